"""The staff view shows attendee names only to someone who gave the staff PIN, and only
until they step away; without a PIN it shows what staff need, but no names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _event, _events_by_state

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, RegistrationData
from kiosk.services.availability import Availability
from kiosk.services.outbox import STUCK_AFTER_ATTEMPTS, Submission, SubmissionState
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.screens.staff import QueueModel, StaffScreen
from kiosk.ui.window import WindowSettings

PERSONAL = ("Late", "Comer", "late@example.org", "Quinn", "Waits", "quinn@example.org")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _one_refused_one_waiting(kiosk: Kiosk, api: EventsApiClient) -> tuple[str, str]:
    """A registration the server refused after the attendee left, and one still queued."""
    closed = _event(api, Availability.CLOSED)
    refused = kiosk.outbox.add(
        closed.readable_event_id, closed.event_name,
        RegistrationData(attendees=[
            Attendee(first_name="Late", last_name="Comer", email="late@example.org")
        ]),
    )
    assert kiosk.window.registration.service.send(refused).state is SubmissionState.REFUSED
    opened = _event(api, Availability.OPEN)
    waiting = kiosk.outbox.add(
        opened.readable_event_id, opened.event_name,
        RegistrationData(attendees=[
            Attendee(first_name="Quinn", last_name="Waits", email="quinn@example.org")
        ]),
    )
    return refused.id, waiting.id


def _cells(model: QueueModel) -> list[str]:
    return [
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _unlock(qtbot: QtBot, staff: StaffScreen, pin: str = "2468") -> None:
    qtbot.keyClicks(staff.pin_edit, pin)
    qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: staff.unlocked, timeout=TIMEOUT)


def test_without_a_pin_the_staff_view_shows_no_names(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    refused_id, waiting_id = _one_refused_one_waiting(kiosk, api)
    window, staff = kiosk.window, kiosk.window.staff.screen
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)  # anyone can press it
    qtbot.waitUntil(lambda: staff.model.rowCount() == 2, timeout=TIMEOUT)
    cells = _cells(staff.model)
    for personal in PERSONAL:
        assert not any(personal in cell for cell in cells), personal
    headers = [staff.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(staff.model.columnCount())]
    assert "Attendee" not in headers
    # What staff need is still there: times, events, statuses, reasons, ids, counts.
    assert {"Refused", "Waiting (0 attempts)"} <= set(cells)
    assert refused_id[:8] in cells
    assert waiting_id[:8] in cells
    assert kiosk.outbox.get(refused_id).last_error in cells
    assert staff.summary.text() == (
        "1 registration waiting to be sent\n1 registration refused by the server"
    )
    assert staff.no_pin_note.isVisible()
    assert "kiosk set-pin" in staff.no_pin_note.text()
    # Anyone can open this view: that must not start the purge clock of a refusal that
    # staff still have to act on.
    qtbot.waitUntil(lambda: kiosk.runner.running == 0, timeout=TIMEOUT)
    kiosk.outbox.purge_personal_data(datetime.now(UTC) + timedelta(seconds=1))
    assert kiosk.outbox.get(refused_id).payload is not None


def test_with_a_pin_names_show_until_two_minutes_without_a_touch(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    settings = WindowSettings(staff_idle_s=1.0)  # two minutes in the kiosk's settings
    with build_kiosk(qtbot, api, tmp_path / "kiosk", settings, staff_lock=lock) as kiosk:
        _one_refused_one_waiting(kiosk, api)
        window, staff = kiosk.window, kiosk.window.staff.screen
        window.staff.open()
        assert staff.model.rowCount() == 0
        assert staff.pages.currentIndex() == staff.PIN_PAGE
        _unlock(qtbot, staff)
        qtbot.waitUntil(lambda: staff.model.rowCount() == 2, timeout=TIMEOUT)
        assert {"Late Comer", "Quinn Waits"} <= set(_cells(staff.model))
        assert not staff.no_pin_note.isVisible()

        # Nobody touches the kiosk: it locks, and the names are gone from the model.
        qtbot.waitUntil(lambda: not staff.unlocked, timeout=TIMEOUT)
        assert staff.pages.currentIndex() == staff.PIN_PAGE
        assert staff.model.rowCount() == 0
        assert staff.summary.text() == ""


def test_with_a_pin_an_idle_reset_locks_the_staff_view_and_forgets_the_rows(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        _one_refused_one_waiting(kiosk, api)
        window, staff = kiosk.window, kiosk.window.staff.screen
        window.staff.open()
        _unlock(qtbot, staff)
        qtbot.waitUntil(lambda: staff.model.rowCount() == 2, timeout=TIMEOUT)
        window.reset_to_start()
        assert not staff.unlocked
        assert staff.model.rowCount() == 0
        assert staff.summary.text() == ""
        # Opening it again asks for the PIN again.
        window.staff.open()
        assert staff.pages.currentIndex() == staff.PIN_PAGE
        assert staff.model.rowCount() == 0


def test_retry_says_what_it_did(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        refused_id, _ = _one_refused_one_waiting(kiosk, api)
        window, staff = kiosk.window, kiosk.window.staff.screen
        window.staff.open()
        _unlock(qtbot, staff)
        qtbot.waitUntil(lambda: staff.model.rowCount() == 2, timeout=TIMEOUT)

        qtbot.mouseClick(staff.retry_selected_button, Qt.MouseButton.LeftButton)
        assert staff.feedback.text() == "Tap a registration first, then Retry selected now."
        qtbot.mouseClick(staff.retry_all_button, Qt.MouseButton.LeftButton)
        assert staff.feedback.text() == "Sending again…"  # the tap was taken, at once
        qtbot.waitUntil(
            lambda: staff.feedback.text() == "Sending 2 registrations again…", timeout=TIMEOUT
        )
        assert kiosk.outbox.get(refused_id).state is SubmissionState.QUEUED

        # Each gets its answer (sent here as the drainer would; the server refuses both
        # again): the view says what became of them, by itself.
        service = window.registration.service
        for submission in kiosk.outbox.undelivered():
            service.send(submission)
        qtbot.waitUntil(
            lambda: staff.feedback.text() == "2 registrations refused again (see the reason).",
            timeout=TIMEOUT,
        )


def test_the_open_queue_follows_deliveries_and_says_when_nothing_waits(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        opened = next(  # an open event that asks nothing more than names and e-mail
            e for e in _events_by_state(api)[Availability.OPEN]
            if not any(f.is_required for f in api.custom_registration_fields(e.readable_event_id))
        )
        waiting = [
            kiosk.outbox.add(opened.readable_event_id, opened.event_name, RegistrationData(
                attendees=[Attendee(first_name="Quinn", last_name=f"Waits{n}",
                                    email=f"quinn{n}@example.org")]))
            for n in range(2)
        ]
        window, staff = kiosk.window, kiosk.window.staff.screen
        window.staff.open()
        _unlock(qtbot, staff)
        qtbot.waitUntil(lambda: staff.model.rowCount() == 2, timeout=TIMEOUT)
        assert not staff.empty_state.isVisible()

        # Delivered behind the staff member's back (as the drainer would): the rows leave
        # without a tap, and then one clear sentence replaces the empty table.
        service = window.registration.service
        assert service.send(waiting[0]).state is SubmissionState.DELIVERED
        qtbot.waitUntil(lambda: staff.model.rowCount() == 1, timeout=TIMEOUT)
        assert staff.summary.text() == (
            "1 registration waiting to be sent\n0 registrations refused by the server"
        )
        assert service.send(waiting[1]).state is SubmissionState.DELIVERED
        qtbot.waitUntil(staff.empty_state.isVisible, timeout=TIMEOUT)
        assert staff.empty_state.text() == (
            "Nothing waiting: every registration has been delivered."
        )
        assert not staff.table.isVisible()
        assert not staff.retry_all_button.isVisible()


def test_after_a_wrong_pin_the_pin_field_keeps_the_focus(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        window, staff = kiosk.window, kiosk.window.staff.screen
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
        window.staff.open()
        qtbot.keyClicks(staff.pin_edit, "1111")
        qtbot.mouseClick(staff.unlock_button, Qt.MouseButton.LeftButton)  # a tap, not Enter
        qtbot.waitUntil(lambda: staff.pin_error.text() == "That PIN is not right.",
                        timeout=TIMEOUT)
        assert window.focusWidget() is staff.pin_edit
        qtbot.keyClicks(staff.pin_edit, "2468")  # straight on, no tap on the field
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: staff.unlocked, timeout=TIMEOUT)


def test_a_stuck_submission_says_so_with_its_reason(english: None) -> None:
    now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    model = QueueModel(show_names=False)
    model.set_submissions([
        Submission("s1", now, "e", "Event", None, SubmissionState.QUEUED,
                   attempts=STUCK_AFTER_ATTEMPTS, failures=STUCK_AFTER_ATTEMPTS,
                   last_error="server error"),
        Submission("s2", now, "e", "Event", None, SubmissionState.QUEUED, attempts=2,
                   last_error="unreachable"),
    ])
    status, reason = model.columns.index("status"), model.columns.index("reason")
    assert model.index(0, status).data() == "Stuck"
    assert model.index(0, reason).data() == "server error"
    assert model.index(1, status).data() == "Waiting (2 attempts)"


def test_refusals_shown_to_an_unlocked_staff_member_are_purged_on_the_purge_clock(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin("2468")), tmp_path)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", staff_lock=lock) as kiosk:
        refused_id, waiting_id = _one_refused_one_waiting(kiosk, api)
        window, staff = kiosk.window, kiosk.window.staff.screen
        window.staff.open()
        _unlock(qtbot, staff)
        qtbot.waitUntil(lambda: staff.model.rowCount() == 2, timeout=TIMEOUT)
        qtbot.waitUntil(
            lambda: kiosk.outbox.get(refused_id).seen_by_staff_at is not None, timeout=TIMEOUT
        )
        kiosk.outbox.purge_personal_data(datetime.now(UTC) + timedelta(seconds=1))
        assert kiosk.outbox.get(refused_id).payload is None
        assert kiosk.outbox.get(waiting_id).payload is not None  # still to be sent

