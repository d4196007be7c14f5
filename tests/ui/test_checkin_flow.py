"""Checking people in at the kiosk, as attendees and staff do it: a keyboard-wedge scan on
any attendee screen, a typed code, the camera, staff's name search behind the PIN, offline
answers from the synced list, and the three modes.

Everything is real: the local events server over HTTP with a staff token, the outbox and
the check-in list in SQLite, the window offscreen, the wedge scanner on the application.
Two things stand in for hardware: a scanner's keys are QKeyEvents whose timing comes from
the wedge scanner's injected clock, and the camera's frames go into
``CameraScanner.video_sink`` (the path a QCamera's frames take).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import qrcode
from kiosk_harness import Kiosk, build_kiosk
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage, QInputMethodEvent, QKeyEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN

from kiosk.api.client import EventsApiClient
from kiosk.api.models import (
    Attendee,
    AttendeeSessions,
    CustomRegistrationFieldResponse,
    RegistrationData,
)
from kiosk.server.demo import CONFERENCE, DEMO_ORIGIN, DEMO_TOKEN, FULL_LAB, MEETUP
from kiosk.server.runner import RunningServer, start_server
from kiosk.services.checkin import CheckInKind
from kiosk.services.outbox import Submission, SubmissionKind, SubmissionState
from kiosk.ui import text
from kiosk.ui.flows.checkin import PROBLEM, SUCCESS, CheckInFlow, CheckInSettings, KioskMode
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.screens.checkin_result import ResultLevel
from kiosk.ui.screens.staff import QueueModel
from kiosk.ui.window import WindowSettings

TIMEOUT = 10_000  # ms; generous for a loaded 2-core machine, never waited in the good case
PIN = "2468"
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


# --------------------------------------------------------------------------- the scanner


class ScannerClock:
    """Monotonic milliseconds for the wedge scanner, moved on by the keyboard below."""

    def __init__(self) -> None:
        self.now = 100_000.0

    def __call__(self) -> float:
        return self.now


class Scanner:
    """A keyboard-wedge scanner: a burst of key presses 8 ms apart (Shift for capitals, as
    a US-layout scanner sends them) ending in Enter, sent the way hardware keys reach Qt:
    to the window, which hands them to its focus widget."""

    def __init__(self, window: QWidget, clock: ScannerClock) -> None:
        self.window = window
        self.clock = clock

    def scan(self, code: str) -> None:
        target = self.window.windowHandle()
        assert target is not None
        for char in code:
            shifted = char.isupper()
            if shifted:
                self._send(target, QEvent.Type.KeyPress, Qt.Key.Key_Shift.value, "", SHIFT)
            self._key(target, ord(char.upper()), char, SHIFT if shifted else NO_MODIFIER)
            if shifted:
                self._send(target, QEvent.Type.KeyRelease, Qt.Key.Key_Shift.value, "",
                           NO_MODIFIER)
        self._key(target, Qt.Key.Key_Return.value, "\r", NO_MODIFIER)

    def _key(self, target: QObject, key: int, char: str, modifiers: Qt.KeyboardModifier) -> None:
        self.clock.now += 8
        self._send(target, QEvent.Type.KeyPress, key, char, modifiers)
        self._send(target, QEvent.Type.KeyRelease, key, char, modifiers)

    @staticmethod
    def _send(
        target: QObject, kind: QEvent.Type, key: int, char: str, modifiers: Qt.KeyboardModifier
    ) -> None:
        QCoreApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, char))


def type_on_screen(field: QLineEdit, typed: str) -> None:
    """What the on-screen keyboard does: commit text through the input method."""
    field.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(typed)
    QCoreApplication.sendEvent(field, event)


# --------------------------------------------------------------------------- the server


@pytest.fixture
def door_server(tmp_path: Path) -> Iterator[RunningServer]:
    running = _start(tmp_path, demo=True)
    yield running
    running.stop()


def _start(tmp_path: Path, *, demo: bool = False, port: int = 0) -> RunningServer:
    return start_server(
        tmp_path / "events.sqlite3", demo=demo, port=port,
        web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)], staff_tokens=[STAFF_TOKEN],
    )


@pytest.fixture
def door_api(door_server: RunningServer) -> Iterator[EventsApiClient]:
    client = EventsApiClient(door_server.base_url_v2, DEMO_TOKEN, DEMO_ORIGIN)
    yield client
    client.close()


def register(
    api: EventsApiClient,
    readable_id: str,
    first_name: str,
    *,
    waitlisted: bool = False,
    sessions: tuple[str, ...] = (),
) -> tuple[str, str]:
    """Someone registered elsewhere (a web portal, another kiosk): (registration id, code)."""
    responses = [
        CustomRegistrationFieldResponse(
            id=field.custom_registration_field_id,
            value=(field.choice_list or ["Yes"])[0],
        )
        for field in api.custom_registration_fields(readable_id)
        if field.is_required
    ]
    person = Attendee(
        first_name=first_name, last_name="Okafor", email=f"{first_name.lower()}@door.example",
        waitlisted=waitlisted, responses=responses,
        attendee_sessions=[AttendeeSessions(session_id=s) for s in sessions],
    )
    result = api.register(readable_id, RegistrationData(attendees=[person]))
    assert result.attendees, result.error_message
    (outcome,) = result.attendees
    assert outcome.registration_id
    assert outcome.check_in_code
    return outcome.registration_id, outcome.check_in_code


def settings(mode: KioskMode = KioskMode.BOTH, event: str = CONFERENCE,
             result_s: float = 30) -> WindowSettings:
    """A long result time by default: the result stays while the test reads it; the
    camera and sounds are set up at once."""
    return WindowSettings(checkin=CheckInSettings(
        mode=mode, event=event, result_s=result_s, devices_after_ms=0
    ))


@pytest.fixture
def clock() -> ScannerClock:
    return ScannerClock()


@pytest.fixture
def door(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path, english: None, clock: ScannerClock
) -> Iterator[Kiosk]:
    """A kiosk that registers and checks in for the conference, with the staff token."""
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     staff_token=STAFF_TOKEN, scanner_clock=clock) as kiosk:
        yield kiosk


def flow(kiosk: Kiosk) -> CheckInFlow:
    assert kiosk.window.checkin is not None
    return kiosk.window.checkin


def wait_for_result(kiosk: Kiosk, qtbot: QtBot, kind: CheckInKind) -> None:
    screen = flow(kiosk).result_screen
    qtbot.waitUntil(
        lambda: kiosk.window.stack.currentWidget() is screen and screen.kind is kind,
        timeout=TIMEOUT,
    )


def wait_ready(kiosk: Kiosk, qtbot: QtBot) -> None:
    """The events are listed and the door's event is loaded (its name is on the scan
    screen): the catalog can name other events and the attendee's sessions."""
    window = kiosk.window
    qtbot.waitUntil(lambda: window.browse.events_screen.model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: flow(kiosk).scan_screen.where.text() != "", timeout=TIMEOUT)


def sessions_today(api: EventsApiClient, count: int) -> list[tuple[str, str]]:
    """(id, name) of up to ``count`` conference sessions that start today, the kiosk's day."""
    today = datetime.now().astimezone().date()
    found = [
        s for s in api.sessions(CONFERENCE)
        if s.start_time_utc is not None and s.start_time_utc.astimezone().date() == today
    ]
    found.sort(key=lambda s: s.start_time_utc or datetime.max)
    return [(s.id, s.name) for s in found[:count]]


# --------------------------------------------------------------------------- scans


def test_a_wedge_scan_on_the_events_screen_welcomes_then_says_already_checked_in(
    qtbot: QtBot, door: Kiosk, door_api: EventsApiClient, clock: ScannerClock
) -> None:
    chosen = sessions_today(door_api, 2)
    registration_id, code = register(
        door_api, CONFERENCE, "Amara", sessions=tuple(s for s, _ in chosen)
    )
    window = door.window
    wait_ready(door, qtbot)
    assert window.stack.currentWidget() is window.browse.events_screen
    assert window.browse.events_screen.scan_button.isVisible()
    result = flow(door).result_screen

    Scanner(window, clock).scan(code)

    wait_for_result(door, qtbot, CheckInKind.CHECKED_IN)
    assert result.title.text() == "Welcome, Amara!"
    assert result.detail.text() == "You're checked in"
    assert result.level is ResultLevel.SUCCESS
    if chosen:  # the demo's conference has sessions today unless it is run near midnight
        assert result.extra.text().startswith("Your sessions today:")
        for _, name in chosen:
            assert name in result.extra.text()
    assert flow(door).last_sound == SUCCESS

    # The same code while the result is still shown: handled at once.
    Scanner(window, clock).scan(code)

    wait_for_result(door, qtbot, CheckInKind.ALREADY_CHECKED_IN)
    record = door_api.attendee(CONFERENCE, registration_id, STAFF_TOKEN)
    assert record.checked_in_at is not None
    at = text.clock(record.checked_in_at.astimezone().replace(tzinfo=None))
    assert result.title.text() == f"Already checked in at {at}"
    assert result.level is ResultLevel.WARNING
    assert flow(door).last_sound == PROBLEM
    stored = door.outbox.undelivered()
    assert stored == []  # both answers were final and delivered


def test_before_the_check_in_screens_are_built_a_scan_still_gets_its_result(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path, english: None,
    clock: ScannerClock
) -> None:
    """As the app starts (issue 13, start-up), the events list comes up without the scan,
    result and search screens; a scan in that moment builds them and is answered."""
    _, code = register(door_api, CONFERENCE, "Bisi")
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     staff_token=STAFF_TOKEN, scanner_clock=clock, defer_forms=True) as kiosk:
        window = kiosk.window
        qtbot.waitUntil(lambda: window.browse.events_screen.model.rowCount() > 0,
                        timeout=TIMEOUT)
        assert not flow(kiosk).screens_built
        assert window.still_there is not None  # built when asked for

        Scanner(window, clock).scan(code)

        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        assert flow(kiosk).result_screen.title.text() == "Welcome, Bisi!"
        # The door's event, loaded before the screens existed, is named on the scan screen.
        flow(kiosk).result_screen.done.emit()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is flow(kiosk).scan_screen,
                        timeout=TIMEOUT)
        qtbot.waitUntil(lambda: flow(kiosk).scan_screen.where.text() != "", timeout=TIMEOUT)


def test_the_idle_reset_leaves_no_name_behind_on_the_hidden_result(
    qtbot: QtBot, door: Kiosk, door_api: EventsApiClient, clock: ScannerClock
) -> None:
    """A hidden label still reaches assistive technology and screenshots: after the reset
    the next person cannot read who checked in last."""
    _, code = register(door_api, CONFERENCE, "Noor")
    window = door.window
    wait_ready(door, qtbot)
    result = flow(door).result_screen
    Scanner(window, clock).scan(code)
    wait_for_result(door, qtbot, CheckInKind.CHECKED_IN)
    assert "Noor" in result.title.text()

    window.reset_to_start()

    assert window.stack.currentWidget() is not result
    texts = [result.title.text(), result.detail.text(), result.extra.text()]
    assert not any("Noor" in t for t in texts), texts
    assert result.kind is None


def test_a_code_of_another_event_names_it_with_its_time_and_place(
    qtbot: QtBot, door: Kiosk, door_api: EventsApiClient, clock: ScannerClock
) -> None:
    _, code = register(door_api, MEETUP, "Tomasz")
    meetup = door_api.event(MEETUP)
    wait_ready(door, qtbot)

    Scanner(door.window, clock).scan(code)

    wait_for_result(door, qtbot, CheckInKind.WRONG_EVENT)
    result = flow(door).result_screen
    assert result.title.text() == "This code is for another event"
    assert result.detail.text() == meetup.event_name
    assert text.event_when(meetup) in result.extra.text()
    assert text.event_venue(meetup) in result.extra.text()
    assert result.level is ResultLevel.PROBLEM


def test_an_unknown_code_and_a_waitlisted_attendee_are_told_what_to_do(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path, english: None,
    clock: ScannerClock,
) -> None:
    _, waiting = register(door_api, FULL_LAB, "Wanda", waitlisted=True)
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(event=FULL_LAB),
                     checkin=True, staff_token=STAFF_TOKEN, scanner_clock=clock) as kiosk:
        result = flow(kiosk).result_screen
        Scanner(kiosk.window, clock).scan("ZZZZ-ZZZZ")
        wait_for_result(kiosk, qtbot, CheckInKind.UNKNOWN_CODE)
        assert result.title.text() == "Code not recognised"
        assert result.detail.text() == "Please check the code, or see a staff member."

        Scanner(kiosk.window, clock).scan(waiting)
        wait_for_result(kiosk, qtbot, CheckInKind.WAITLISTED)
        assert result.title.text() == "On the waitlist"
        assert result.detail.text() == "Please see a staff member."
        assert result.level is ResultLevel.WARNING

        Scanner(kiosk.window, clock).scan("https://wifi.example/login")
        wait_for_result(kiosk, qtbot, CheckInKind.NOT_A_CODE)
        assert result.title.text() == "That is not a check-in code"


def test_a_typed_code_in_lower_case_with_a_dash_checks_in(
    qtbot: QtBot, door: Kiosk, door_api: EventsApiClient
) -> None:
    _, code = register(door_api, CONFERENCE, "Lucia")
    window = door.window
    wait_ready(door, qtbot)
    qtbot.mouseClick(window.browse.events_screen.scan_button, Qt.MouseButton.LeftButton)
    scan = flow(door).scan_screen
    assert window.stack.currentWidget() is scan
    qtbot.mouseClick(scan.type_button, Qt.MouseButton.LeftButton)
    assert scan.pages.currentIndex() == scan.CODE_PAGE
    assert scan.code_field.inputMethodHints() & Qt.InputMethodHint.ImhPreferUppercase

    type_on_screen(scan.code_field, f"{code[:4].lower()}-{code[4:7].lower()}")
    qtbot.mouseClick(scan.check_in_button, Qt.MouseButton.LeftButton)
    assert scan.code_error.text() == "A check-in code has 8 letters and digits. This one has 7."
    assert scan.code_error.isVisible()

    type_on_screen(scan.code_field, code[7].lower())
    assert scan.code_field.text() == f"{code[:4]}-{code[4:]}"  # shown in capitals
    qtbot.keyClick(scan.code_field, Qt.Key.Key_Return)

    wait_for_result(door, qtbot, CheckInKind.CHECKED_IN)
    assert flow(door).result_screen.title.text() == "Welcome, Lucia!"
    assert scan.code_field.text() == ""
    assert not scan.code_field.isUndoAvailable()  # the code does not come back


def test_a_qr_code_shown_to_the_camera_checks_in(
    qtbot: QtBot, door: Kiosk, door_api: EventsApiClient
) -> None:
    """The camera is simulated: the frame goes into the scanner's video sink."""
    _, code = register(door_api, CONFERENCE, "Kofi")
    wait_ready(door, qtbot)
    camera = door.camera
    assert camera is not None
    assert not camera.running  # only while the scan screen is shown
    qtbot.mouseClick(door.window.browse.events_screen.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: camera.running, timeout=TIMEOUT)

    camera.video_sink.setVideoFrame(QVideoFrame(_frame_with(f"https://e.example/c?code={code}")))

    wait_for_result(door, qtbot, CheckInKind.CHECKED_IN)
    assert flow(door).result_screen.title.text() == "Welcome, Kofi!"
    assert not camera.running


def _frame_with(content: str) -> QImage:
    """A 1280x720 frame with the QR code in the middle, as a webcam sees a phone."""
    code = qrcode.make(content, box_size=8).get_image().convert("RGB")
    frame = Image.new("RGB", (1280, 720), (200, 200, 200))
    frame.paste(code, ((1280 - code.width) // 2, (720 - code.height) // 2))
    data = frame.tobytes()
    return QImage(data, 1280, 720, 1280 * 3, QImage.Format.Format_RGB888).copy()


def test_a_scan_into_the_register_forms_email_field_leaves_it_as_it_was(
    qtbot: QtBot, door: Kiosk, door_api: EventsApiClient, clock: ScannerClock
) -> None:
    _, code = register(door_api, CONFERENCE, "Ines")
    window = door.window
    wait_ready(door, qtbot)
    window.browse._on_events_screen_event_chosen(CONFERENCE)  # as a tap on its card does
    page = window.browse.event_screen
    qtbot.waitUntil(lambda: page.details is not None, timeout=TIMEOUT)
    qtbot.mouseClick(page.primary, Qt.MouseButton.LeftButton)
    form = window.registration.register_screen
    assert window.stack.currentWidget() is form
    form.show_step(form.step_of(form.email))
    form.email.setText("someone@exam")
    form.email.setFocus()
    qtbot.waitUntil(form.email.hasFocus, timeout=TIMEOUT)

    Scanner(window, clock).scan(code)

    wait_for_result(door, qtbot, CheckInKind.CHECKED_IN)
    assert form.email.text() == "someone@exam"


# --------------------------------------------------------------------------- offline


def test_offline_the_synced_list_welcomes_by_name_and_the_check_in_is_delivered_later(
    qtbot: QtBot, door_server: RunningServer, door_api: EventsApiClient, tmp_path: Path,
    english: None, clock: ScannerClock,
) -> None:
    registration_id, code = register(door_api, CONFERENCE, "Olu")
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     staff_token=STAFF_TOKEN, scanner_clock=clock, drain=True) as kiosk:
        held = kiosk.check_in_list
        assert held is not None
        qtbot.waitUntil(lambda: held.status() is not None, timeout=TIMEOUT)
        door_server.stop()

        Scanner(kiosk.window, clock).scan(code)

        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        assert flow(kiosk).result_screen.title.text() == "Welcome, Olu!"
        (queued,) = kiosk.outbox.queued()
        assert queued.kind is SubmissionKind.CHECK_IN

        restarted = _start(tmp_path, port=door_server.port)
        try:
            qtbot.waitUntil(lambda: kiosk.outbox.queued_count()[0] == 0, timeout=TIMEOUT)
            delivered = kiosk.outbox.get(queued.id)
            assert delivered is not None
            assert delivered.state is SubmissionState.DELIVERED
            record = door_api.attendee(CONFERENCE, registration_id, STAFF_TOKEN)
            assert record.checked_in
        finally:
            restarted.stop()


def test_offline_without_a_staff_token_the_check_in_is_accepted_to_confirm_later(
    qtbot: QtBot, door_server: RunningServer, door_api: EventsApiClient, tmp_path: Path,
    english: None, clock: ScannerClock,
) -> None:
    _, code = register(door_api, CONFERENCE, "Noor")
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     scanner_clock=clock) as kiosk:
        assert not flow(kiosk).scan_screen.search_button.isVisibleTo(flow(kiosk).scan_screen)
        door_server.stop()

        Scanner(kiosk.window, clock).scan(code)

        wait_for_result(kiosk, qtbot, CheckInKind.ACCEPTED_OFFLINE)
        result = flow(kiosk).result_screen
        assert result.title.text() == "Checked in"
        assert result.detail.text() == "We'll confirm as soon as the connection is back."
        assert kiosk.outbox.queued_count()[0] == 1


def test_a_refused_staff_token_is_a_banner_for_staff_and_no_name_search(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    lock = StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)
    wrong = "not-the-staff-token-of-this-server"
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     staff_token=wrong, staff_lock=lock) as kiosk:
        banner = kiosk.window.banner
        qtbot.waitUntil(lambda: "staff token" in banner.text(), timeout=TIMEOUT)
        assert banner.property("level") == "error"
        assert wrong not in banner.text()
        scan = flow(kiosk).scan_screen
        assert not scan.search_button.isVisibleTo(scan)


# --------------------------------------------------------------------------- staff


def test_staff_find_someone_by_name_behind_the_pin_and_check_them_in(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path, english: None,
    clock: ScannerClock,
) -> None:
    register(door_api, CONFERENCE, "Zaynab")
    _, walk_in = register(door_api, CONFERENCE, "Yusuf")
    lock = StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     staff_token=STAFF_TOKEN, staff_lock=lock, scanner_clock=clock) as kiosk:
        window = kiosk.window
        wait_ready(kiosk, qtbot)
        qtbot.mouseClick(window.browse.events_screen.scan_button, Qt.MouseButton.LeftButton)
        scan = flow(kiosk).scan_screen
        assert scan.search_button.isVisible()
        staff = window.staff.screen
        search = flow(kiosk).search_screen

        def unlock_search() -> None:
            qtbot.mouseClick(scan.search_button, Qt.MouseButton.LeftButton)
            assert window.stack.currentWidget() is staff
            assert staff.pages.currentIndex() == staff.PIN_PAGE
            assert staff.pin_prompt.text() == "Enter the staff PIN to search for attendees."
            qtbot.keyClicks(staff.pin_edit, PIN)
            qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: window.stack.currentWidget() is search, timeout=TIMEOUT)

        unlock_search()

        type_on_screen(search.field, "zay")
        qtbot.waitUntil(lambda: search.list.count() == 1, timeout=TIMEOUT)
        item = search.list.item(0)
        assert item.text().startswith("Zaynab O.")  # first name and initial only
        rect = search.list.visualItemRect(item)
        qtbot.mouseClick(search.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: search.name.text() == "Zaynab Okafor", timeout=TIMEOUT)
        assert search.state.text() == "Registered, not checked in yet"
        qtbot.mouseClick(search.check_in_button, Qt.MouseButton.LeftButton)

        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        assert flow(kiosk).result_screen.title.text() == "Welcome, Zaynab!"
        # Done with the search: its data is gone and the next search asks for the PIN.
        assert search.list.count() == 0
        assert search.field.text() == ""
        assert not search.field.isUndoAvailable()
        assert not staff.unlocked

        # A tap on the result: back to scanning. A scan while staff search ends it too.
        qtbot.mouseClick(flow(kiosk).result_screen, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is scan
        unlock_search()
        type_on_screen(search.field, "zay")
        qtbot.waitUntil(lambda: search.list.count() == 1, timeout=TIMEOUT)
        Scanner(window, clock).scan(walk_in)
        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        assert flow(kiosk).result_screen.title.text() == "Welcome, Yusuf!"
        assert search.list.count() == 0
        assert not staff.unlocked


def test_without_a_staff_pin_there_is_no_name_search(
    qtbot: QtBot, door: Kiosk
) -> None:
    """Personal data needs the PIN: a staff token alone does not offer the search."""
    qtbot.mouseClick(door.window.browse.events_screen.scan_button, Qt.MouseButton.LeftButton)
    scan = flow(door).scan_screen
    assert door.window.stack.currentWidget() is scan
    assert not scan.search_button.isVisible()


def test_the_staff_view_labels_check_ins_as_check_ins(english: None) -> None:
    check_in = Submission(
        id="c0ffee00-0000-4000-8000-000000000001", created_at=datetime.now(UTC),
        readable_event_id="", event_name="", payload=None, state=SubmissionState.QUEUED,
        kind=SubmissionKind.CHECK_IN,
    )
    model = QueueModel(show_names=True)
    model.set_submissions([check_in])
    column = model.columns.index
    assert model.index(0, column("attendee")).data() == "Check-in"
    assert model.index(0, column("event")).data() == "Any event"


# --------------------------------------------------------------------------- modes


def test_a_door_kiosk_starts_on_the_scan_screen_and_always_comes_back_to_it(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path, english: None,
    clock: ScannerClock,
) -> None:
    _, code = register(door_api, CONFERENCE, "Dara")
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk",
                     settings(KioskMode.CHECKIN, result_s=0.2), checkin=True,
                     staff_token=STAFF_TOKEN, scanner_clock=clock) as kiosk:
        window = kiosk.window
        scan = flow(kiosk).scan_screen
        assert window.stack.currentWidget() is scan
        assert not scan.back_button.isVisibleTo(scan)  # nowhere else to go
        qtbot.waitUntil(lambda: scan.where.text() == "Nordlicht Tech Conference",
                        timeout=TIMEOUT)

        Scanner(window, clock).scan(code)
        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is scan, timeout=TIMEOUT)

        # Someone starts typing a code and walks away: the idle reset wipes it.
        qtbot.mouseClick(scan.type_button, Qt.MouseButton.LeftButton)
        type_on_screen(scan.code_field, "7KQ4")
        window.idle.idle.emit()  # the idle timer ran out
        assert window.stack.currentWidget() is scan
        assert scan.pages.currentIndex() == scan.SCAN_PAGE
        assert scan.code_field.text() == ""
        assert not scan.code_field.isUndoAvailable()


def test_a_register_only_kiosk_offers_no_check_in_and_ignores_scans(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path, english: None,
    clock: ScannerClock,
) -> None:
    registration_id, code = register(door_api, CONFERENCE, "Rui")
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(KioskMode.REGISTER),
                     checkin=True, staff_token=STAFF_TOKEN, scanner_clock=clock) as kiosk:
        window = kiosk.window
        assert window.checkin is None
        qtbot.waitUntil(lambda: window.browse.events_screen.model.rowCount() > 0,
                        timeout=TIMEOUT)
        assert not window.browse.events_screen.scan_button.isVisible()
        assert kiosk.wedge is not None
        assert not kiosk.wedge.enabled

        with qtbot.assertNotEmitted(kiosk.wedge.scanned, wait=200):
            Scanner(window, clock).scan(code)

        assert window.stack.currentWidget() is window.browse.events_screen
        assert kiosk.outbox.undelivered() == []
        assert not door_api.attendee(CONFERENCE, registration_id, STAFF_TOKEN).checked_in
