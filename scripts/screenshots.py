"""Render every kiosk screen offscreen into docs/screenshots/<screen>-<w>x<h>.png.

``make screenshots`` runs it. The local events server starts with the demo data on a free
loopback port, with a fixed clock (today, 10:20 in Berlin, the demo's zone, which is
also the process's time zone) so that the pictures stay the same from run to run on a
given day; the kiosk is assembled as the app
does it (check-in at the door, a staff PIN), walked screen by screen, and each screen is
grabbed at 1280x800 and 1920x1080 landscape and 1080x1920 portrait. PNGs are reduced to
a palette when Pillow is installed, to keep the repository small. The main screens are
shot again at 1280x800 with the largest text (``*-large-text-*``) and in high contrast
(``*-high-contrast-*``), chosen as an attendee does (kiosk/ui/presentation.py).

Usage: python scripts/screenshots.py [--presentation-only] [output folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Europe/Berlin"  # the demo venue's: the kiosk's clock reads 10:20 too
time.tzset()

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget  # noqa: E402

from kiosk.api.client import EventsApiClient  # noqa: E402
from kiosk.api.models import (  # noqa: E402
    Attendee,
    AttendeeSessions,
    CustomRegistrationFieldResponse,
    RegistrationData,
)
from kiosk.server.demo import CONFERENCE, DEMO_ORIGIN, DEMO_TOKEN  # noqa: E402
from kiosk.server.runner import start_server  # noqa: E402
from kiosk.services.catalog import Catalog  # noqa: E402
from kiosk.services.catalog_cache import CatalogCache  # noqa: E402
from kiosk.services.checkin import CheckInService  # noqa: E402
from kiosk.services.images import qr_matrix  # noqa: E402
from kiosk.services.outbox import Outbox, SubmissionState  # noqa: E402
from kiosk.services.registration import RegistrationService, SubmissionOutcome  # noqa: E402
from kiosk.ui.flows.checkin import CheckInSettings, KioskMode  # noqa: E402
from kiosk.ui.i18n import translations  # noqa: E402
from kiosk.ui.pin import StaffLock, StaffPin, hash_pin  # noqa: E402
from kiosk.ui.presentation import PresentationPanel, reset_presentation  # noqa: E402
from kiosk.ui.setup import apply_theme  # noqa: E402
from kiosk.ui.tasks import TaskRunner  # noqa: E402
from kiosk.ui.theme import theme  # noqa: E402
from kiosk.ui.window import KioskWindow, WindowSettings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1280, 800), (1920, 1080), (1080, 1920))
# The screens shown again in Arabic and Japanese.
TRANSLATED = ("events", "event-agenda", "register-step1", "register-step6", "confirmation",
              "checkin-scan")
# The screens shown again with the largest text and in high contrast, at 1280x800.
PRESENTED = ("events", "event-agenda", "register-step1")
PRESENTATIONS = (("large-text", 1.5, "standard"), ("high-contrast", 1.0, "high"))
PIN = "2468"
STAFF_TOKEN = "screenshots-staff-token"
ZONE = ZoneInfo("Europe/Berlin")


def fixed_now() -> datetime:
    """Today at 10:20 in the demo's zone: the conference's first day, mid-morning."""
    today = datetime.now(ZONE).date()
    return datetime(today.year, today.month, today.day, 10, 20, tzinfo=ZONE).astimezone(UTC)


class Timeout(Exception):
    pass


def wait(condition: Callable[[], object], what: str, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise Timeout(f"timed out waiting for {what}")
        QTest.qWait(20)


def register(api: EventsApiClient, readable_id: str, sessions: tuple[str, ...]) -> str:
    """Someone registered on the web: their check-in code."""
    responses = [
        CustomRegistrationFieldResponse(
            id=field.custom_registration_field_id, value=(field.choice_list or ["Yes"])[0]
        )
        for field in api.custom_registration_fields(readable_id)
        if field.is_required
    ]
    person = Attendee(
        first_name="Amara", last_name="Okafor", email="amara@screenshots.example",
        responses=responses, attendee_sessions=[AttendeeSessions(session_id=s) for s in sessions],
    )
    result = api.register(readable_id, RegistrationData(attendees=[person]))
    (outcome,) = result.attendees
    assert outcome.check_in_code, result.error_message
    return outcome.check_in_code


def sessions_today(api: EventsApiClient, now: datetime, count: int) -> tuple[str, ...]:
    today = now.astimezone(ZONE).date()
    found = [s for s in api.sessions(CONFERENCE) if s.start_time_utc is not None
             and s.start_time_utc.astimezone(ZONE).date() == today]
    found.sort(key=lambda s: s.start_time_utc or datetime.max.replace(tzinfo=UTC))
    return tuple(s.id for s in found[:count])


def save(widget: QWidget, path: Path) -> None:
    image = widget.grab().toImage()
    try:
        from PIL import Image
    except ImportError:
        image.save(str(path), "PNG", 0)
        return
    temporary = path.with_suffix(".raw.png")
    image.save(str(temporary), "PNG", 100)
    with Image.open(temporary) as picture:
        reduced = picture.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT,
                                                  dither=Image.Dither.NONE)
        reduced.save(path, optimize=True)
    temporary.unlink()


def walk(window: KioskWindow, api: EventsApiClient, now: datetime
         ) -> list[tuple[str, Callable[[], None], tuple[tuple[int, int], ...]]]:
    """Fill the screens once; returns (name, how to show it, sizes) for each picture."""
    every = SIZES
    landscape = SIZES[:1]
    shots: list[tuple[str, Callable[[], None], tuple[tuple[int, int], ...]]] = []
    browse, checkin, door = window.browse, window.checkin, window.door
    assert checkin is not None
    assert door is not None
    wait(lambda: browse.events_screen.model.rowCount() > 0, "the events")
    shots.append(("events", browse.show_start, every))

    browse.events_screen.event_chosen.emit(CONFERENCE)
    page = browse.event_screen
    wait(lambda: page.details is not None and page.primary.isEnabled(), "the event page")
    for key, tab in page.tab_buttons.items():
        if tab.isHidden():
            continue

        def show_tab(tab: QAbstractButton = tab) -> None:
            window.show_screen(page)
            tab.click()
        shots.append((f"event-{key}", show_tab, every if key == "agenda" else landscape))

    page.primary.click()
    form = window.registration.register_screen
    wait(lambda: window.stack.currentWidget() is form, "the form")
    steps = form.step_count() if hasattr(form, "step_count") else 1
    for step in range(steps):
        def show_step(step: int = step) -> None:
            window.show_screen(form)
            if hasattr(form, "show_step"):
                form.show_step(step)
        first_or_last = step in (0, steps - 1)
        shots.append((f"register-step{step + 1}", show_step,
                      every if first_or_last else landscape))

    confirmation = window.registration.confirmation_screen
    details = page.details
    assert details is not None
    registered = SubmissionOutcome("screenshots", SubmissionState.DELIVERED,
                                   waitlisted=False, check_in_code="K7Q2M9XD")
    waitlisted = SubmissionOutcome("screenshots", SubmissionState.DELIVERED, waitlisted=True)

    def show_confirmation(outcome: SubmissionOutcome = registered) -> None:
        code = outcome.check_in_code
        confirmation.show_outcome(outcome, "Amara Okafor", details.event.event_name, [],
                                  qr_matrix(code) if code else ())
        window.show_screen(confirmation)
        confirmation.stop()
    shots.append(("confirmation", show_confirmation, every))
    shots.append(("confirmation-waitlisted", lambda: show_confirmation(waitlisted), landscape))

    still_there = window.still_there
    if still_there is not None:
        def show_still_there() -> None:
            show_step(0)
            form.first_name.setText("Amara")
            still_there.open()
        shots.append(("still-there", show_still_there, landscape))

    checkin.show_scan()
    wait(lambda: checkin.scan_screen.where.text(), "the scan screen")
    shots.append(("checkin-scan", checkin.show_scan, every))
    code = register(api, CONFERENCE, sessions_today(api, now, 2))
    checkin.scan(code)
    result = checkin.result_screen
    wait(lambda: window.stack.currentWidget() is result and result.kind is not None,
         "the check-in result")
    shots.append(("checkin-result", lambda: window.show_screen(result), every))

    staff = window.staff.screen

    def show_pin_pad() -> None:
        window.staff.lock()
        window.staff.open()

    def show_staff_view() -> None:
        show_pin_pad()
        QTest.keyClicks(staff.pin_edit, PIN)
        QTest.keyClick(staff.pin_edit, Qt.Key.Key_Return)
        wait(lambda: staff.unlocked, "the staff view")

    show_staff_view()
    door.open()
    wait(lambda: door.screen.events_list.findChildren(QAbstractButton), "the door chooser")

    def show_door() -> None:
        window.show_screen(door.screen)
        door.screen.pages.setCurrentIndex(door.screen.EVENTS_PAGE)

    shots.append(("staff-pin", show_pin_pad, landscape))
    shots.append(("staff-view", show_staff_view, landscape))
    shots.append(("door-chooser", show_door, landscape))
    shots.append(("checkin-search", checkin.open_search, landscape))
    return shots


def main(argv: list[str]) -> int:
    presentation_only = "--presentation-only" in argv
    argv = [a for a in argv if a != "--presentation-only"]
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    apply_theme(app)
    translations().use("en_GB")
    now = fixed_now()

    def clock() -> datetime:
        return now

    with tempfile.TemporaryDirectory(prefix="kiosk-screenshots-") as scratch:
        folder = Path(scratch)
        server = start_server(folder / "events.sqlite3", demo=True, now=clock,
                              web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)], staff_tokens=[STAFF_TOKEN])
        client = EventsApiClient(server.base_url_v2, DEMO_TOKEN, DEMO_ORIGIN)
        outbox = Outbox(folder / "outbox.sqlite3")
        cache = CatalogCache(folder / "catalog.sqlite3")
        runner = TaskRunner()
        settings = WindowSettings(checkin=CheckInSettings(
            mode=KioskMode.BOTH, event=CONFERENCE, result_s=3600, devices_after_ms=0))
        window = KioskWindow(
            Catalog(client, clock, cache), RegistrationService(client, outbox, clock=clock),
            outbox, runner, settings, clock,
            staff_lock=StaffLock(StaffPin(hashed=hash_pin(PIN)), folder),
            checkin=CheckInService(client, outbox, clock=clock, staff_token=STAFF_TOKEN),
            door_folder=folder,
        )
        written: list[Path] = []
        try:
            window.resize(*SIZES[0])
            window.show()
            window.start()
            shots = walk(window, client, now)
            # English everywhere; the main screens again in Arabic (right to left) and
            # Japanese, switched the way an attendee does, on the spot.
            runs = [("en_GB", None), ("ar", TRANSLATED), ("ja", TRANSLATED)]
            for language, names in [] if presentation_only else runs:
                translations().use(language)
                suffix = "" if names is None else f"-{language}"
                for width, height in SIZES:
                    window.resize(width, height)
                    for name, show, sizes in shots:
                        if (width, height) not in sizes or (names and name not in names):
                            continue
                        if names and (width, height) == SIZES[1]:
                            continue  # 1280x800 and portrait are enough to see the language
                        if window.still_there is not None:
                            window.still_there.dismiss()
                        show()
                        window.keys.forget_keys()  # as a finger leaves it: no focus outline
                        QTest.qWait(50)  # layouts, pictures decoded off the GUI thread
                        window.resize(width, height)
                        QTest.qWait(50)  # a screen that resizes its parts lays out again
                        path = out_dir / f"{name}{suffix}-{width}x{height}.png"
                        save(window, path)
                        written.append(path)
            translations().use("en_GB")
            window.resize(*SIZES[0])
            for label, text_scale, contrast in PRESENTATIONS:
                theme().set_presentation(text_scale=text_scale, contrast=contrast)
                for name, show, _sizes in shots:
                    if name not in PRESENTED:
                        continue
                    show()
                    window.keys.forget_keys()
                    QTest.qWait(50)
                    width, height = SIZES[0]
                    path = out_dir / f"{name}-{label}-{width}x{height}.png"
                    save(window, path)
                    written.append(path)
                # The panel the button opens, over the start screen.
                window.browse.show_start()
                panel = PresentationPanel.over(window)
                panel.present()
                QTest.qWait(50)
                path = out_dir / f"presentation-panel-{label}-{SIZES[0][0]}x{SIZES[0][1]}.png"
                save(window, path)
                written.append(path)
                panel.hide()
                reset_presentation()
        finally:
            window.close_for_good()
            runner.shutdown()
            cache.close()
            outbox.close()
            client.close()
            server.stop()
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} screenshots, {total / 1e6:.1f} MB, in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
