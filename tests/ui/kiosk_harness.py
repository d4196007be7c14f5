"""The assembled kiosk for GUI tests: real services, real outbox, the real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.services.catalog import Catalog
from kiosk.services.catalog_cache import CatalogCache
from kiosk.services.checkin import CheckInService
from kiosk.services.checkin_list import FILE_NAME, CheckInListStore
from kiosk.services.drainer import OutboxDrainer, api_probe
from kiosk.services.outbox import Outbox
from kiosk.services.registration import RegistrationService
from kiosk.ui.camera import CameraScanner
from kiosk.ui.flows.badges import Badges
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.pin import StaffLock
from kiosk.ui.scanner import WedgeScanner, monotonic_ms
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.window import KioskWindow, WindowSettings


class Kiosk:
    """The assembled kiosk under test, with handles on its parts."""

    def __init__(self, window: KioskWindow, outbox: Outbox, runner: TaskRunner) -> None:
        self.window = window
        self.outbox = outbox
        self.runner = runner
        self.checkin: CheckInService | None = None
        self.check_in_list: CheckInListStore | None = None
        self.wedge: WedgeScanner | None = None
        self.camera: CameraScanner | None = None


@contextmanager
def build_kiosk(
    qtbot: QtBot,
    client: EventsApiClient,
    folder: Path,
    settings: WindowSettings | None = None,
    *,
    drain: bool = False,
    staff_lock: StaffLock | None = None,
    checkin: bool = False,
    staff_token: str | None = None,
    scanner_clock: Callable[[], float] | None = None,
    badges: Badges | None = None,
    defer_forms: bool = False,
) -> Iterator[Kiosk]:
    """The kiosk as the app assembles it; with ``drain``, an outbox drainer tuned for tests
    (short backoff, probe and outbox-health intervals, same code paths); ``staff_lock``
    sets a staff PIN.

    With ``checkin``, the check-in parts as the app builds them: the check-in service (with
    ``staff_token``, its offline list), a wedge scanner on the application (its clock
    ``scanner_clock``, so tests time the keys) and a camera scanner without a device (tests
    hand it frames through ``video_sink``). Which of them the window uses follows from
    ``settings.checkin.mode``. ``badges``: the badge printer (the caller starts and stops
    its BadgePrinter). ``defer_forms``: as the app builds it, the screens that are not the
    first left for ``window.build_deferred``."""
    folder.mkdir(parents=True, exist_ok=True)
    outbox = Outbox(folder / "outbox.sqlite3")
    cache = CatalogCache(folder / "catalog.sqlite3")

    def clock() -> datetime:
        return datetime.now(UTC)

    catalog = Catalog(client, clock, cache)
    registration = RegistrationService(client, outbox, clock=clock)
    check_in_list = CheckInListStore(folder / FILE_NAME) if checkin and staff_token else None
    service = (
        CheckInService(client, outbox, clock=clock, staff_token=staff_token,
                       check_in_list=check_in_list)
        if checkin
        else None
    )
    wedge = WedgeScanner(clock=scanner_clock or monotonic_ms) if checkin else None
    camera = CameraScanner("") if checkin else None
    app = QApplication.instance()
    if wedge is not None and app is not None:
        app.installEventFilter(wedge)
    runner = TaskRunner()
    drainer = (
        OutboxDrainer(
            outbox, registration, checkin=service, probe=api_probe(client), base_delay=0.05,
            max_delay=0.5, probe_interval=0.05, idle_poll=0.2, health_interval=0.2,
            clock=clock,
        )
        if drain
        else None
    )
    window = KioskWindow(
        catalog, registration, outbox, runner, settings or WindowSettings(), clock, drainer,
        staff_lock, checkin=service, wedge=wedge,
        camera=(lambda: camera) if camera is not None else None, badges=badges,
        door_folder=folder, defer_forms=defer_forms,
    )
    # Owned by the window, as the app's are by long-lived objects: parentless, they would
    # sit in reference cycles after the test, and a garbage collection that a worker
    # thread happens to run would delete them (Qt objects) from that thread.
    for part in (runner, wedge, camera):
        if part is not None:
            part.setParent(window)
    if drainer is not None:
        drainer.set_on_change(window.queue_changed.emit)
        drainer.start()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start()
    kiosk = Kiosk(window, outbox, runner)
    kiosk.checkin, kiosk.check_in_list = service, check_in_list
    kiosk.wedge, kiosk.camera = wedge, camera
    try:
        yield kiosk
    finally:
        if drainer is not None:
            drainer.stop()
        window.close_for_good()
        if wedge is not None and app is not None:
            app.removeEventFilter(wedge)
        if camera is not None:
            camera.stop()
        runner.shutdown()
        if check_in_list is not None:
            check_in_list.close()
        cache.close()
        outbox.close()


def active_timers(window: KioskWindow) -> list[QTimer]:
    return [t for t in window.findChildren(QTimer) if t.isActive()]


def walk_away_now(idle: IdleWatcher, after_ms: int = 500) -> None:
    """The attendee stops touching the screen from now: the idle timeout, short only from
    here. A short timeout from the start would strike while a loaded machine is still
    opening the page (the reset then beats the test to the form it wanted)."""
    idle._timer.start(after_ms)  # the same single-shot timer the window set up
