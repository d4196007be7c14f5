"""The assembled kiosk for GUI tests: real services, real outbox, the real window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.services.catalog import Catalog
from kiosk.services.catalog_cache import CatalogCache
from kiosk.services.drainer import OutboxDrainer, api_probe
from kiosk.services.outbox import Outbox
from kiosk.services.registration import RegistrationService
from kiosk.ui.pin import StaffLock
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.window import KioskWindow, WindowSettings


class Kiosk:
    """The assembled kiosk under test, with handles on its parts."""

    def __init__(self, window: KioskWindow, outbox: Outbox, runner: TaskRunner) -> None:
        self.window = window
        self.outbox = outbox
        self.runner = runner


@contextmanager
def build_kiosk(
    qtbot: QtBot,
    client: EventsApiClient,
    folder: Path,
    settings: WindowSettings | None = None,
    *,
    drain: bool = False,
    staff_lock: StaffLock | None = None,
) -> Iterator[Kiosk]:
    """The kiosk as the app assembles it; with ``drain``, an outbox drainer tuned for tests
    (short backoff, probe and outbox-health intervals, same code paths); ``staff_lock``
    sets a staff PIN."""
    outbox = Outbox(folder / "outbox.sqlite3")
    cache = CatalogCache(folder / "catalog.sqlite3")

    def clock() -> datetime:
        return datetime.now(UTC)

    catalog = Catalog(client, clock, cache)
    registration = RegistrationService(client, outbox, clock=clock)
    runner = TaskRunner()
    drainer = (
        OutboxDrainer(
            outbox, registration, probe=api_probe(client), base_delay=0.05, max_delay=0.5,
            probe_interval=0.05, idle_poll=0.2, health_interval=0.2, clock=clock,
        )
        if drain
        else None
    )
    window = KioskWindow(
        catalog, registration, outbox, runner, settings or WindowSettings(), clock, drainer,
        staff_lock,
    )
    if drainer is not None:
        drainer.set_on_change(window.queue_changed.emit)
        drainer.start()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start()
    try:
        yield Kiosk(window, outbox, runner)
    finally:
        if drainer is not None:
            drainer.stop()
        window.close_for_good()
        runner.shutdown()
        cache.close()
        outbox.close()


def active_timers(window: KioskWindow) -> list[QTimer]:
    return [t for t in window.findChildren(QTimer) if t.isActive()]
