"""Badges at the door, as attendees and staff meet them: a first check-in prints the
attendee's badge once (through a real CUPS queue to the CUPS-PDF printer), a second scan
prints nothing, a paused printer holds up no one and is shown to staff while the badge
waits in the staff view, staff reprint from the name search, and a kiosk set to print on
registration prints for a confirmed walk-up and not for the waitlist.

Everything is real: the local events server with a staff token, the outbox, the window
offscreen, the wedge scanner, the BadgePrinter with its print log and renderer process,
and CUPS (a queue of this test run's own, see test_badge_printing). Without CUPS these
tests skip with the reason; under CI (CI=true) they fail instead.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_badge_printing import (  # noqa: F401 - fixtures: the test queue, the printers
    PRINTED_MS,
    REPORTED_MS,
    Cups,
    Printers,
    cups,
    cups_session,
    plain,
    printers,
)
from test_checkin_flow import (  # noqa: F401 - fixtures: the server with a staff token
    PIN,
    TIMEOUT,
    Scanner,
    ScannerClock,
    clock,
    door_api,
    door_server,
    flow,
    register,
    settings,
    type_on_screen,
    wait_for_result,
    wait_ready,
)
from test_screens import _event, _fill, _open_event, _submit, _wait_confirmation

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.availability import Availability
from kiosk.services.badges import BadgeKind, BadgeState, QueueState
from kiosk.services.checkin import CheckInKind
from kiosk.ui.badges import BadgePrinter
from kiosk.ui.flows.badges import CHECKIN, REGISTRATION, Badges
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin


def jobs(queue: str) -> list[int]:
    """Every job the queue was ever given (waiting, printing, done), by id."""
    listing = subprocess.run(
        ["lpstat", "-W", "all", "-o", queue], capture_output=True, text=True, check=False,
        env=dict(os.environ, LC_ALL="C"),
    ).stdout
    return [int(m.group(1)) for m in re.finditer(rf"^{re.escape(queue)}-(\d+)\s", listing,
                                                  re.MULTILINE)]


def pdf_words(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return plain(out)


def settled(qtbot: QtBot, printer: BadgePrinter) -> None:
    """The print worker has done everything asked of it before now (it runs one job at a
    time, in order, and reports the count waiting after each)."""
    with qtbot.waitSignal(printer.pending_changed, timeout=PRINTED_MS):
        printer.retry("none-such")


@pytest.fixture
def door_printer(cups: Cups, printers: Printers) -> BadgePrinter:  # noqa: F811
    """The badge printer on the test queue (default template, 4 x 3 in), stopped and its
    print log closed at the end."""
    return printers.start(cups.queue)


@contextmanager
def door(qtbot: QtBot, api: EventsApiClient, folder: Path, clock: ScannerClock,  # noqa: F811
         printer: BadgePrinter, *, lock: StaffLock | None = None,
         print_on: tuple[str, ...] = (CHECKIN,)) -> Iterator[Kiosk]:
    """A door kiosk for the conference (registering too) with the staff token, printing
    badges at ``print_on``."""
    with build_kiosk(qtbot, api, folder, settings(), checkin=True, staff_token=STAFF_TOKEN,
                     staff_lock=lock, scanner_clock=clock,
                     badges=Badges(printer, print_on)) as kiosk:
        yield kiosk


def test_a_first_check_in_prints_the_badge_once_and_a_second_scan_prints_nothing(
    qtbot: QtBot, cups: Cups, door_printer: BadgePrinter,  # noqa: F811
    door_api: EventsApiClient, tmp_path: Path, english: None, clock: ScannerClock,  # noqa: F811
) -> None:
    _, code = register(door_api, CONFERENCE, "Amara")
    before = jobs(cups.queue)
    with door(qtbot, door_api, tmp_path / "kiosk", clock, door_printer) as kiosk:
        wait_ready(kiosk, qtbot)
        result = flow(kiosk).result_screen
        with qtbot.waitSignal(door_printer.sent, timeout=PRINTED_MS) as sent:
            Scanner(kiosk.window, clock).scan(code)
            wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
            assert result.title.text() == "Welcome, Amara!"
            assert "Your badge is printing." in result.extra.text()
        _, job_id = sent.args
        pdf = cups.wait_for_pdf(qtbot, job_id)
        words = pdf_words(pdf)
        # The last name comes from the server (the staff token), the event from the door.
        assert "Amara" in words
        assert "Okafor" in words

        Scanner(kiosk.window, clock).scan(code)
        wait_for_result(kiosk, qtbot, CheckInKind.ALREADY_CHECKED_IN)
        assert "badge" not in result.extra.text()
        settled(qtbot, door_printer)
        assert len(jobs(cups.queue)) == len(before) + 1
        [record] = door_printer.print_log.history()
        assert record.kind is BadgeKind.PRINT
        assert record.state is BadgeState.SENT
        assert record.job_id == job_id


def test_a_paused_printer_holds_up_no_one_and_the_badge_prints_once_when_it_is_back(
    qtbot: QtBot, cups: Cups, door_printer: BadgePrinter,  # noqa: F811
    door_api: EventsApiClient, tmp_path: Path, english: None, clock: ScannerClock,  # noqa: F811
) -> None:
    _, code = register(door_api, CONFERENCE, "Bisi")
    before = jobs(cups.queue)
    with door(qtbot, door_api, tmp_path / "kiosk", clock, door_printer) as kiosk:
        window = kiosk.window
        wait_ready(kiosk, qtbot)
        qtbot.waitUntil(lambda: door_printer.status is not None
                        and door_printer.status.ready, timeout=REPORTED_MS)
        cups.admin("cupsdisable", "-r", "Label roll being changed", cups.queue)
        # Staff see it within a few seconds, wherever the kiosk is.
        qtbot.waitUntil(lambda: window.banner.isVisible()
                        and "Label roll being changed" in window.banner.text(),
                        timeout=REPORTED_MS)
        assert "stopped" in window.banner.text()
        assert door_printer.status is not None
        assert door_printer.status.state is QueueState.STOPPED

        result = flow(kiosk).result_screen
        Scanner(window, clock).scan(code)
        wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)  # at once: no printer wait
        assert result.title.text() == "Welcome, Bisi!"
        assert "Please collect your badge from a staff member." in result.extra.text()

        # The badge waits in the staff view (no PIN here: no names, only its id).
        window.staff.open()
        staff = window.staff.screen
        assert staff.badge_section.isVisible()
        qtbot.waitUntil(lambda: staff.badge_list.count() == 1, timeout=PRINTED_MS)
        assert "Bisi" not in staff.badge_list.item(0).text()
        assert "stopped" in staff.printer_line.text()
        [waiting] = door_printer.print_log.pending()
        assert jobs(cups.queue) == before

        with qtbot.waitSignal(door_printer.sent, timeout=PRINTED_MS) as sent:
            cups.admin("cupsenable", cups.queue)
        badge_id, job_id = sent.args
        assert badge_id == waiting.id
        cups.wait_for_pdf(qtbot, job_id)
        qtbot.waitUntil(lambda: staff.badge_list.count() == 0, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=REPORTED_MS)
        assert "ready" in staff.printer_line.text()
        settled(qtbot, door_printer)
        assert len(jobs(cups.queue)) == len(before) + 1
        assert door_printer.print_log.pending() == []


def test_staff_reprint_a_badge_from_the_name_search(
    qtbot: QtBot, cups: Cups, door_printer: BadgePrinter,  # noqa: F811
    door_api: EventsApiClient, tmp_path: Path, english: None, clock: ScannerClock,  # noqa: F811
) -> None:
    _, code = register(door_api, CONFERENCE, "Chidi")
    lock = StaffLock(StaffPin(hashed=hash_pin(PIN)), tmp_path)
    with door(qtbot, door_api, tmp_path / "kiosk", clock, door_printer, lock=lock) as kiosk:
        window = kiosk.window
        wait_ready(kiosk, qtbot)
        with qtbot.waitSignal(door_printer.sent, timeout=PRINTED_MS) as first:
            Scanner(window, clock).scan(code)
            wait_for_result(kiosk, qtbot, CheckInKind.CHECKED_IN)
        cups.wait_for_pdf(qtbot, first.args[1])

        qtbot.mouseClick(flow(kiosk).result_screen, Qt.MouseButton.LeftButton)
        scan = flow(kiosk).scan_screen
        search = flow(kiosk).search_screen
        staff = window.staff.screen
        qtbot.waitUntil(lambda: window.stack.currentWidget() is scan, timeout=TIMEOUT)
        qtbot.mouseClick(scan.search_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(staff.pin_edit, PIN)
        qtbot.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is search, timeout=TIMEOUT)
        type_on_screen(search.field, "chidi")
        qtbot.waitUntil(lambda: search.list.count() == 1, timeout=TIMEOUT)
        rect = search.list.visualItemRect(search.list.item(0))
        qtbot.mouseClick(search.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: search.name.text() == "Chidi Okafor", timeout=TIMEOUT)
        assert search.reprint_button.isVisible()

        with qtbot.waitSignal(door_printer.sent, timeout=PRINTED_MS) as again:
            qtbot.mouseClick(search.reprint_button, Qt.MouseButton.LeftButton)
        assert search.note.text() == "The badge is being printed again."
        assert again.args[1] != first.args[1]
        pdf = cups.wait_for_pdf(qtbot, again.args[1])
        assert "Chidi" in pdf_words(pdf)
        history = door_printer.print_log.history()
        assert [r.kind for r in history] == [BadgeKind.REPRINT, BadgeKind.PRINT]
        assert all(r.state is BadgeState.SENT for r in history)


def test_print_on_registration_prints_a_confirmed_walk_up_and_not_the_waitlist(
    qtbot: QtBot, cups: Cups, door_printer: BadgePrinter,  # noqa: F811
    door_api: EventsApiClient, tmp_path: Path, english: None,  # noqa: F811
) -> None:
    before = jobs(cups.queue)
    # A kiosk that only registers (no wedge scanner to take the typing for a scan).
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk",
                     badges=Badges(door_printer, (REGISTRATION,))) as kiosk:
        registration = kiosk.window.registration
        open_event = _event(door_api, Availability.OPEN)
        _open_event(kiosk, qtbot, open_event.readable_event_id)
        qtbot.mouseClick(kiosk.window.browse.event_screen.primary, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(door_printer.sent, timeout=PRINTED_MS) as sent:
            _fill(qtbot, registration.register_screen, "Dalia")
            _submit(kiosk, qtbot)
            _wait_confirmation(kiosk, qtbot)
            assert registration.confirmation_screen.title.text() == "You are registered"
        pdf = cups.wait_for_pdf(qtbot, sent.args[1])
        words = pdf_words(pdf)
        assert "Dalia" in words
        assert "Vogt" in words

        kiosk.window.reset_to_start()
        full = _event(door_api, Availability.WAITLIST)
        _open_event(kiosk, qtbot, full.readable_event_id)
        qtbot.mouseClick(kiosk.window.browse.event_screen.primary, Qt.MouseButton.LeftButton)
        _fill(qtbot, registration.register_screen, "Emeka")
        _submit(kiosk, qtbot)
        _wait_confirmation(kiosk, qtbot)
        assert registration.confirmation_screen.title.text() == "You are on the waitlist"
        settled(qtbot, door_printer)
        assert len(jobs(cups.queue)) == len(before) + 1
        assert len(door_printer.print_log.history()) == 1
