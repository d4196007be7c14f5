"""Every attendee screen of the kiosk, read by a real AT-SPI client on a real X display.

Run by ``test_accessibility_tree.py`` (which starts Xvfb, a private session bus and the
AT-SPI bus) as::

    DISPLAY=:N QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \\
    DBUS_SESSION_BUS_ADDRESS=... python tests/e2e/accessibility_driver.py OUT_DIR

It starts the local events server with the demo data and a staff token on loopback, builds
the kiosk as ``kiosk.app`` does with check-in at the door and a staff PIN (virtual keyboard
first, the theme, English, full screen), and opens each screen in turn: the events list,
the event page (every tab), every register step, the confirmation, the scan screen and
its typed-code page, a check-in result, the PIN pad, the staff search and a registration
found in it, the language panel and "Still there?". At each it runs ``atspi_walk.py walk``
with ``/usr/bin/python3`` (the kiosk's event loop keeps running meanwhile: the client's
questions are answered by this process) and keeps its answer. Meanwhile an
``atspi_walk.py listen`` client records the announcements the kiosk sends: a form error,
a check-in result, the "Still there?" countdown.

The last line on stdout is one JSON object: ``{"ok": true, "screens": {name: walk},
"announcements": [...]}`` (or ``ok`` false and the ``error``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from display_kiosk import Timeout, wait_until  # also turns the virtual keyboard on
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, CustomRegistrationFieldResponse, RegistrationData
from kiosk.server.demo import CONFERENCE, DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import start_server
from kiosk.services.catalog import Catalog
from kiosk.services.catalog_cache import CatalogCache
from kiosk.services.checkin import CheckInService
from kiosk.services.images import qr_matrix
from kiosk.services.outbox import Outbox, SubmissionState
from kiosk.services.registration import RegistrationService, SubmissionOutcome
from kiosk.ui.flows.checkin import CheckInSettings, KioskMode
from kiosk.ui.i18n import translations
from kiosk.ui.language import LanguagePanel
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin
from kiosk.ui.scanner import WedgeScanner
from kiosk.ui.setup import apply_theme
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.window import KioskWindow, WindowSettings

WALKER = Path(__file__).with_name("atspi_walk.py")
CLIENT_PYTHON = os.environ.get("ATSPI_PYTHON", "/usr/bin/python3")
STAFF_TOKEN = "staff-token-for-the-accessibility-walk"
PIN = "2468"
WALK_S = 30.0


def pump_until(condition: Callable[[], bool], what: str, timeout_s: float = WALK_S) -> None:
    """Like ``wait_until``, in a real event loop: the client's D-Bus questions are answered
    the moment they arrive (``QTest.qWait`` sleeps 10 ms between rounds of events, and a
    walk asks thousands of questions)."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(
        lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise Timeout(f"timed out after {timeout_s:g} s waiting for {what}")


def client_env() -> dict[str, str]:
    """The environment for Debian's Python: none of the venv's."""
    return {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


class Client:
    """An ``atspi_walk.py`` client (``serve`` or ``listen``) on this process, its JSON lines
    read without blocking: the event loop keeps running to answer its questions."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.process = subprocess.Popen(
            [CLIENT_PYTHON, str(WALKER), mode, str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=client_env(),
        )
        assert self.process.stdout is not None
        os.set_blocking(self.process.stdout.fileno(), False)
        self.lines: list[dict[str, Any]] = []
        self._partial = ""
        self.wait_for_line(lambda line: bool(line.get("ready")), f"the AT-SPI {mode} client")

    def _read(self) -> None:
        assert self.process.stdout is not None
        try:
            chunk = os.read(self.process.stdout.fileno(), 1 << 20)
        except BlockingIOError:
            chunk = b""
        self._partial += chunk.decode(errors="replace")
        *whole, self._partial = self._partial.split("\n")
        self.lines += [json.loads(line) for line in whole if line.strip()]

    def wait_for_line(self, wanted: Callable[[dict[str, Any]], bool], what: str,
                      timeout_s: float = WALK_S, start: int = 0) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            self._read()
            if self.process.poll() is not None and not self.lines[start:]:
                stderr = self.process.stderr.read() if self.process.stderr else b""
                raise Timeout(f"the AT-SPI {self.mode} client exited "
                              f"({self.process.returncode}): {stderr.decode()[-1500:]}")
            return next((line for line in self.lines[start:] if wanted(line)), None)

        pump_until(lambda: found() is not None, what, timeout_s)
        line = found()
        assert line is not None
        return line

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._read()
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


class Walker(Client):
    """Walks of the kiosk's accessible tree, one per call."""

    def __init__(self) -> None:
        super().__init__("serve")

    def walk(self) -> dict[str, Any]:
        start = len(self.lines)
        self.send("walk")
        return self.wait_for_line(lambda line: "nodes" in line, "the AT-SPI walk",
                                  start=start)


class Listener(Client):
    """The announcements an AT-SPI client receives."""

    def __init__(self) -> None:
        super().__init__("listen")

    def heard(self, words: str) -> bool:
        self._read()
        return any(words in line.get("announcement", "") for line in self.lines)

    def wait_for(self, words: str, timeout_s: float = 5.0) -> bool:
        try:
            wait_until(lambda: self.heard(words), f"an announcement with {words!r}", timeout_s)
        except Timeout:
            return False
        return True

    def announcements(self) -> list[str]:
        self._read()
        return [line["announcement"] for line in self.lines if "announcement" in line]


def register_elsewhere(client: EventsApiClient, first_name: str) -> str:
    """Someone registered on the web: their check-in code."""
    responses = [
        CustomRegistrationFieldResponse(
            id=field.custom_registration_field_id, value=(field.choice_list or ["Yes"])[0])
        for field in client.custom_registration_fields(CONFERENCE) if field.is_required
    ]
    person = Attendee(first_name=first_name, last_name="Okafor",
                      email=f"{first_name.lower()}@door.example", responses=responses)
    result = client.register(CONFERENCE, RegistrationData(attendees=[person]))
    (outcome,) = result.attendees
    assert outcome.check_in_code
    return outcome.check_in_code


def visit(window: KioskWindow, client: EventsApiClient, out_dir: Path) -> dict[str, Any]:
    screens: dict[str, Any] = {}
    browse, checkin, staff = window.browse, window.checkin, window.staff
    assert checkin is not None

    def walk(name: str) -> None:
        QApplication.processEvents()
        window.repaint()
        started = time.monotonic()
        screens[name] = walker.walk() | {"seconds": round(time.monotonic() - started, 2)}
        QGuiApplication.primaryScreen().grabWindow(0).save(
            str(out_dir / f"a11y-{len(screens):02d}.png"))

    listener = Listener()
    walker = Walker()
    events = browse.events_screen
    wait_until(lambda: events.model.rowCount() > 0, "the events list")
    walk("events list")

    events.event_chosen.emit(CONFERENCE)
    page = browse.event_screen
    wait_until(lambda: window.stack.currentWidget() is page and page.details is not None
               and not page.details.stale and page.primary.isEnabled(), "the event page")
    for key, tab in page.tab_buttons.items():
        if not tab.isHidden():
            tab.click()
            walk(f"event page, {key}")
    page.tab_buttons["agenda"].click()

    page.primary.click()
    form = window.registration.register_screen
    wait_until(lambda: window.stack.currentWidget() is form, "the form")
    # Next on an empty first step: the field errors appear, and are announced.
    next_button = form.next_button
    QTest.mouseClick(next_button, Qt.MouseButton.LeftButton)
    error_heard = listener.wait_for("Please fill in your first name.")
    for step in range(form.step_count()):
        form.show_step(step)
        walk(f"register, step {step + 1} of {form.step_count()}")

    confirmation = window.registration.confirmation_screen
    details = page.details
    assert details is not None
    confirmation.show_outcome(
        SubmissionOutcome("a11y-walk", SubmissionState.DELIVERED, waitlisted=False,
                          check_in_code="K7Q2M9XD"),
        "Amara Okafor", details.event.event_name, [], qr_matrix("K7Q2M9XD"))
    window.show_screen(confirmation)
    confirmation_heard = listener.wait_for("You are registered")
    walk("confirmation")
    confirmation.stop()

    checkin.show_scan()
    wait_until(lambda: bool(checkin.scan_screen.where.text()), "the scan screen")
    walk("scan")
    checkin.scan_screen.show_code_page()
    walk("scan, typed code")

    code = register_elsewhere(client, "Amara")
    checkin.scan(code)
    result = checkin.result_screen
    wait_until(lambda: window.stack.currentWidget() is result, "the check-in result")
    result_heard = listener.wait_for("Amara")
    walk("check-in result")

    staff.lock()
    staff.open()
    walk("PIN pad")
    QTest.keyClicks(staff.screen.pin_edit, PIN)
    QTest.keyClick(staff.screen.pin_edit, Qt.Key.Key_Return)
    wait_until(lambda: staff.screen.unlocked, "the staff view")
    checkin.open_search()
    search = checkin.search_screen
    wait_until(lambda: search.isVisible(), "the staff search")
    walk("check-in search")
    search.field.setText("Amara")
    wait_until(lambda: search.list.count() > 0, "a name found")
    walk("check-in search, names found")
    search.list.itemClicked.emit(search.list.item(0))
    wait_until(lambda: search.pages.currentIndex() == search.RECORD_PAGE, "the registration")
    walk("check-in search, a registration")

    window.reset_to_start()
    wait_until(lambda: window.stack.currentWidget() is events, "the start")
    panel = LanguagePanel(window)
    panel.present()
    walk("language panel")
    panel.hide()

    still_there = window.still_there
    assert still_there is not None
    still_there.open()
    wait_until(still_there.isVisible, "Still there?")
    countdown_heard = listener.wait_for("Still there")
    walk("still there?")
    still_there.dismiss()

    heard = listener.announcements()
    listener.stop()
    walker.stop()
    return {"screens": screens, "announcements": heard, "heard": {
        "form error": error_heard, "confirmation": confirmation_heard,
        "check-in result": result_heard, "still there": countdown_heard}}


def main(out_dir: Path) -> dict[str, Any]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    translations().use("en")
    server = start_server(out_dir / "events.sqlite3", demo=True,
                          web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)], staff_tokens=[STAFF_TOKEN])
    client = EventsApiClient(server.base_url_v2, DEMO_TOKEN, DEMO_ORIGIN)
    outbox = Outbox(out_dir / "outbox.sqlite3")
    cache = CatalogCache(out_dir / "catalog.sqlite3")

    def clock() -> datetime:
        return datetime.now(UTC)

    checkin = CheckInService(client, outbox, clock=clock, staff_token=STAFF_TOKEN)
    wedge = WedgeScanner(parent=app)
    app.installEventFilter(wedge)
    runner = TaskRunner()
    settings = WindowSettings(checkin=CheckInSettings(
        mode=KioskMode.BOTH, event=CONFERENCE, result_s=600, devices_after_ms=0))
    window = KioskWindow(
        Catalog(client, clock, cache), RegistrationService(client, outbox, clock=clock),
        outbox, runner, settings, clock, None,
        StaffLock(StaffPin(hashed=hash_pin(PIN)), out_dir), checkin=checkin, wedge=wedge,
        door_folder=out_dir,
    )
    app.installEventFilter(window.idle)
    result: dict[str, Any] = {"ok": False, "error": "the driver did not run"}

    def run() -> None:
        nonlocal result
        try:
            window.activateWindow()
            wait_until(lambda: QGuiApplication.focusWindow() is window.windowHandle(),
                       "activation")
            result = visit(window, client, out_dir) | {"ok": True}
        except Timeout as exc:
            result = {"ok": False, "error": str(exc)}
            QGuiApplication.primaryScreen().grabWindow(0).save(str(out_dir / "timeout.png"))
        finally:
            window.close_for_good()
            app.quit()

    try:
        window.showFullScreen()
        window.setGeometry(QGuiApplication.primaryScreen().geometry())
        window.start()
        QTimer.singleShot(0, run)
        app.exec()
    finally:
        runner.shutdown()
        cache.close()
        outbox.close()
        client.close()
        server.stop()
    print(json.dumps(result, default=str), flush=True)
    return result


if __name__ == "__main__":
    main(Path(sys.argv[1]))
