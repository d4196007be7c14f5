"""Staff choose the door's event and session at the kiosk (behind the PIN): scans go
there at once, the choice outlives a restart, and "Use the settings file's choice" undoes
it. Everything is real: the local events server over HTTP with a staff token, the outbox,
the window offscreen; ``door.json`` in the data folder."""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_checkin_flow import (
    TIMEOUT,
    Scanner,
    ScannerClock,
    door_api,  # noqa: F401 - fixture
    door_server,  # noqa: F401 - fixture
    flow,
    register,
    settings,
    wait_for_result,
)

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE, MEETUP
from kiosk.server.runner import RunningServer
from kiosk.services.checkin import CheckInKind
from kiosk.ui.door import DOOR_FILE
from kiosk.ui.flows.checkin import KioskMode
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.screens.door import DoorScreen

PIN = "2468"


@pytest.fixture
def lock(tmp_path: Path) -> StaffLock:
    return StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)


@pytest.fixture
def clock() -> ScannerClock:
    return ScannerClock()


def door_kiosk(
    qtbot: QtBot, api: EventsApiClient, folder: Path, lock: StaffLock | None,
    clock: ScannerClock,
) -> Iterator[Kiosk]:
    """A door scanner for the meetup (the settings file's choice)."""
    return build_kiosk(qtbot, api, folder, settings(KioskMode.CHECKIN, event=MEETUP),
                       checkin=True, staff_token=STAFF_TOKEN, staff_lock=lock,
                       scanner_clock=clock)


def unlock_staff_view(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = kiosk.window
    staff = window.staff.screen
    qtbot.waitUntil(lambda: window.browse.last_events is not None, timeout=TIMEOUT)
    window.staff.open()
    qtbot.keyClicks(staff.pin_edit, PIN)
    qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: staff.unlocked, timeout=TIMEOUT)


def buttons(door: DoorScreen, page: int) -> list[QPushButton]:
    holder = door.events_list if page == door.EVENTS_PAGE else door.sessions_list
    return [b for b in holder.findChildren(QPushButton) if b.isVisible()]


def tap(qtbot: QtBot, button: QPushButton) -> None:
    assert button.height() >= 56
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_text(qtbot: QtBot, door: DoorScreen, page: int, starts: str) -> None:
    qtbot.waitUntil(
        lambda: any(b.text().startswith(starts) for b in buttons(door, page)), timeout=TIMEOUT
    )
    tap(qtbot, next(b for b in buttons(door, page) if b.text().startswith(starts)))


def test_staff_choose_another_event_and_session_and_a_scan_checks_in_there(
    qtbot: QtBot, door_api: EventsApiClient, door_server: RunningServer,  # noqa: F811
    tmp_path: Path, english: None, lock: StaffLock, clock: ScannerClock,
) -> None:
    sessions = door_api.sessions(CONFERENCE)
    assert sessions
    session = sessions[0]
    conference = door_api.event(CONFERENCE)
    registration_id, code = register(door_api, CONFERENCE, "Amara", sessions=(session.id,))
    folder = tmp_path / "kiosk"
    with door_kiosk(qtbot, door_api, folder, lock, clock) as kiosk:
        window, checkin = kiosk.window, flow(kiosk)
        scan = checkin.scan_screen
        meetup_name = door_api.event(MEETUP).event_name
        qtbot.waitUntil(lambda: scan.where.text() == meetup_name, timeout=TIMEOUT)
        unlock_staff_view(kiosk, qtbot)
        staff = window.staff.screen
        assert staff.door_section.isVisible()
        assert staff.door_line.text() == f"Door: {meetup_name} · whole event"
        tap(qtbot, staff.door_button)
        assert window.door is not None
        door = window.door.screen
        assert window.stack.currentWidget() is door

        tap_text(qtbot, door, door.EVENTS_PAGE, conference.event_name)
        assert door.pages.currentIndex() == door.SESSIONS_PAGE
        tap_text(qtbot, door, door.SESSIONS_PAGE, session.name)

        # Back in the staff view; the scan screen names the new door at once.
        assert window.stack.currentWidget() is staff
        where = f"{conference.event_name} · {session.name}"
        qtbot.waitUntil(lambda: scan.where.text() == where, timeout=TIMEOUT)
        assert staff.door_line.text() == f"Door: {where}"
        assert checkin.settings.event == CONFERENCE
        assert checkin.settings.session == session.id

        # The file: private, ids only.
        path = folder / DOOR_FILE
        qtbot.waitUntil(path.exists, timeout=TIMEOUT)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert json.loads(path.read_text()) == {"event": CONFERENCE, "session": session.id}
        for name in (conference.event_name, session.name, meetup_name):
            assert name not in path.read_text()

        # The offline list follows the door's event.
        list_store = kiosk.check_in_list
        assert list_store is not None
        qtbot.waitUntil(
            lambda: (s := list_store.status()) is not None and s.readable_event_id == CONFERENCE,
            timeout=TIMEOUT,
        )

        # The start screen of the door is the scan screen, for the new event.
        window.staff.screen.back.emit()
        assert window.stack.currentWidget() is scan
        Scanner(window, clock).scan(code)
        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        assert checkin.result_screen.title.text() == "Welcome, Amara!"

    with sqlite3.connect(tmp_path / "events.sqlite3") as db:
        keys = [key for (key,) in db.execute(
            "SELECT session_key FROM checkins WHERE registration_id = ?", (registration_id,)
        )]
    assert keys == [session.id]


def test_the_choice_survives_a_restart_and_the_settings_choice_comes_back(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811
    english: None, lock: StaffLock, clock: ScannerClock,
) -> None:
    conference = door_api.event(CONFERENCE)
    meetup_name = door_api.event(MEETUP).event_name
    folder = tmp_path / "kiosk"
    with door_kiosk(qtbot, door_api, folder, lock, clock) as kiosk:
        unlock_staff_view(kiosk, qtbot)
        tap(qtbot, kiosk.window.staff.screen.door_button)
        assert kiosk.window.door is not None
        door = kiosk.window.door.screen
        tap_text(qtbot, door, door.EVENTS_PAGE, conference.event_name)
        tap_text(qtbot, door, door.SESSIONS_PAGE, "Whole event")
        qtbot.waitUntil((folder / DOOR_FILE).exists, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: kiosk.runner.running == 0, timeout=TIMEOUT)

    # A restart: a new window over the same data folder.
    with door_kiosk(qtbot, door_api, folder, lock, clock) as kiosk:
        window, checkin = kiosk.window, flow(kiosk)
        assert checkin.settings.event == CONFERENCE
        assert checkin.settings.session == ""
        qtbot.waitUntil(
            lambda: checkin.scan_screen.where.text() == conference.event_name, timeout=TIMEOUT
        )
        assert window.stack.currentWidget() is checkin.scan_screen

        unlock_staff_view(kiosk, qtbot)
        assert window.staff.screen.door_line.text() == (
            f"Door: {conference.event_name} · whole event")
        tap(qtbot, window.staff.screen.door_button)
        assert window.door is not None
        tap(qtbot, window.door.screen.settings_button)
        assert checkin.settings.event == MEETUP
        qtbot.waitUntil(
            lambda: checkin.scan_screen.where.text() == meetup_name, timeout=TIMEOUT
        )
        qtbot.waitUntil(lambda: not (folder / DOOR_FILE).exists(), timeout=TIMEOUT)
        assert window.staff.screen.door_line.text() == f"Door: {meetup_name} · whole event"


def test_without_a_pin_the_chooser_is_not_offered(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811
    english: None, clock: ScannerClock,
) -> None:
    with door_kiosk(qtbot, door_api, tmp_path / "kiosk", None, clock) as kiosk:
        window = kiosk.window
        window.staff.open()
        staff = window.staff.screen
        assert window.door is None
        assert staff.door_section.isVisible()
        assert not staff.door_button.isVisible()
        assert staff.door_note.isVisible()
        assert staff.door_note.text() == "Set a staff PIN to choose the door's event"
        staff.door_button.click()  # even if it were tapped: nothing opens
        assert window.stack.currentWidget() is staff
        assert not (tmp_path / "kiosk" / DOOR_FILE).exists()


def test_a_kiosk_that_only_registers_has_no_door_line(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811
    english: None, lock: StaffLock,
) -> None:
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(KioskMode.REGISTER),
                     checkin=True, staff_token=STAFF_TOKEN, staff_lock=lock) as kiosk:
        unlock_staff_view(kiosk, qtbot)
        assert not kiosk.window.staff.screen.door_section.isVisible()
        assert kiosk.window.door is None
