"""Offline at the kiosk: cached catalog at start-up, saved registrations, the staff view."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk_harness import build_kiosk
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _event, _fill, _open_event, _open_register, _submit

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, RegistrationData
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import RunningServer, start_server
from kiosk.services.availability import Availability
from kiosk.services.outbox import SubmissionState
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.window import WindowSettings


def _restart(server: RunningServer, tmp_path: Path) -> RunningServer:
    """The same server (same database, same port) back after an outage."""
    return start_server(
        tmp_path / "events.sqlite3", port=server.port, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)]
    )


def test_a_kiosk_started_offline_shows_the_last_catalog_and_recovers(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    event = _event(api, Availability.OPEN)
    folder = tmp_path / "kiosk"
    with build_kiosk(qtbot, api, folder) as kiosk:
        _open_event(kiosk, qtbot, event.readable_event_id)  # caches the event's details
    server.stop()

    fast = WindowSettings(events_refresh_s=0.3)
    with build_kiosk(qtbot, api, folder, fast) as kiosk:
        window = kiosk.window
        qtbot.waitUntil(lambda: window.browse.events_screen.model.rowCount() > 0, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=TIMEOUT)
        assert window.banner.text().startswith("Offline: showing the information from ")
        _open_event(kiosk, qtbot, event.readable_event_id)
        assert window.browse.event_screen.name.text() == event.event_name
        assert window.browse.event_screen.agenda_filter.rowCount() > 0  # the agenda, from disk

        restarted = _restart(server, tmp_path)
        try:
            qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=TIMEOUT)
        finally:
            restarted.stop()


def test_a_registration_during_an_outage_is_saved_then_delivered_once(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    event = _event(api, Availability.OPEN)
    before = api.event_registration_count(event.readable_event_id)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", drain=True) as kiosk:
        window = kiosk.window
        screen = _open_register(kiosk, qtbot, event.readable_event_id)
        server.stop()
        _fill(qtbot, screen, "Offline")
        _submit(kiosk, qtbot)
        confirmation = window.registration.confirmation_screen
        qtbot.waitUntil(lambda: window.stack.currentWidget() is confirmation, timeout=TIMEOUT)
        assert confirmation.title.text() == "Your registration is saved"
        assert "saved on this kiosk and will be sent in a moment" in confirmation.message.text()
        assert not confirmation.qr.isVisible()  # no seat is claimed before the server says so
        qtbot.waitUntil(lambda: window.queue_status.isVisible(), timeout=TIMEOUT)
        assert window.queue_status.text().startswith("1 registration waiting to be sent")

        restarted = _restart(server, tmp_path)
        try:
            qtbot.waitUntil(lambda: kiosk.outbox.queued_count()[0] == 0, timeout=TIMEOUT)
            qtbot.waitUntil(lambda: not window.queue_status.isVisible(), timeout=TIMEOUT)
            assert api.event_registration_count(event.readable_event_id) == before + 1
        finally:
            restarted.stop()


def test_staff_see_refused_submissions_behind_a_pin_and_can_retry(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    closed = _event(api, Availability.CLOSED)
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        window = kiosk.window
        # A registration the server refuses after the attendee left (here: closed).
        payload = RegistrationData(
            attendees=[Attendee(first_name="Late", last_name="Comer", email="late@example.org")]
        )
        submission = kiosk.outbox.add(closed.readable_event_id, closed.event_name, payload)
        outcome = window.registration.service.send(submission)
        assert outcome.state is SubmissionState.REFUSED

        window.staff.open()
        staff = window.staff.screen
        assert staff.pages.currentIndex() == staff.PIN_PAGE
        qtbot.keyClicks(staff.pin_edit, "1111")
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: staff.pin_error.text() == "That PIN is not right.",
                        timeout=TIMEOUT)
        qtbot.keyClicks(staff.pin_edit, "2468")
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: staff.model.rowCount() == 1, timeout=TIMEOUT)
        assert staff.model.index(0, 2).data() == "Late Comer"
        assert staff.model.index(0, 3).data() == "Refused"
        assert staff.model.index(0, 4).data()  # the server's reason, in its words

        staff.retry_requested.emit([submission.id])
        qtbot.waitUntil(
            lambda: (s := kiosk.outbox.get(submission.id)) is not None
            and s.state is SubmissionState.QUEUED,
            timeout=TIMEOUT,
        )
        window.reset_to_start()  # idle: the staff view locks again and forgets the rows
        assert staff.model.rowCount() == 0
        assert staff.pages.currentIndex() == staff.PIN_PAGE


def test_two_registrations_during_an_outage_survive_a_kiosk_restart(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    """As a new user would try it: server down, two people register, the kiosk restarts,
    the server comes back: both arrive once and the status line goes back to nothing."""
    event = _event(api, Availability.OPEN)
    before = api.event_registration_count(event.readable_event_id)
    folder = tmp_path / "kiosk"
    with build_kiosk(qtbot, api, folder, drain=True) as kiosk:
        window = kiosk.window
        _open_event(kiosk, qtbot, event.readable_event_id)
        server.stop()
        confirmation = window.registration.confirmation_screen
        for name in ("Ana", "Bo"):
            qtbot.mouseClick(window.browse.event_screen.primary, Qt.MouseButton.LeftButton)
            screen = window.registration.register_screen
            _fill(qtbot, screen, name)
            _submit(kiosk, qtbot)
            qtbot.waitUntil(
                lambda: window.stack.currentWidget() is confirmation, timeout=TIMEOUT
            )
            assert confirmation.title.text() == "Your registration is saved"
            qtbot.mouseClick(confirmation.done_button, Qt.MouseButton.LeftButton)
            _open_event(kiosk, qtbot, event.readable_event_id)
        assert kiosk.outbox.queued_count()[0] == 2

    with build_kiosk(qtbot, api, folder, drain=True) as kiosk:
        window = kiosk.window
        qtbot.waitUntil(lambda: window.queue_status.isVisible(), timeout=TIMEOUT)
        assert window.queue_status.text().startswith("2 registrations waiting to be sent")
        restarted = _restart(server, tmp_path)
        try:
            qtbot.waitUntil(lambda: kiosk.outbox.queued_count()[0] == 0, timeout=TIMEOUT)
            qtbot.waitUntil(lambda: not window.queue_status.isVisible(), timeout=TIMEOUT)
            assert api.event_registration_count(event.readable_event_id) == before + 2
        finally:
            restarted.stop()


def test_staff_see_a_red_banner_while_the_kiosk_cannot_save_registrations(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    event = _event(api, Availability.OPEN)
    folder = tmp_path / "kiosk"
    problem = "This kiosk cannot save registrations right now. Staff: check the data folder."
    with build_kiosk(qtbot, api, folder, drain=True) as kiosk:
        window = kiosk.window
        qtbot.waitUntil(lambda: window.browse.events_screen.model.rowCount() > 0, timeout=TIMEOUT)
        server.stop()  # the registration below stays queued: the drainer keeps at it
        payload = RegistrationData(
            attendees=[Attendee(first_name="Ines", last_name="Held", email="ines@example.org")]
        )
        kiosk.outbox.add(event.readable_event_id, event.event_name, payload)
        # Another program takes the outbox file: no result can be recorded.
        blocker = sqlite3.connect(folder / "outbox.sqlite3", isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            window.drainer.wake()
            qtbot.waitUntil(lambda: window.banner.text() == problem, timeout=3 * TIMEOUT)
            assert window.banner.isVisible()
            assert window.banner.property("level") == "error"
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        qtbot.waitUntil(lambda: window.banner.text() != problem, timeout=3 * TIMEOUT)
        assert kiosk.outbox.queued_count()[0] == 1  # kept, to be sent when the API is back
