"""The assembled kiosk for GUI tests: real services, real outbox, the real window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.services.catalog import Catalog
from kiosk.services.catalog_cache import CatalogCache
from kiosk.services.outbox import Outbox
from kiosk.services.registration import RegistrationService
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.window import KioskWindow, WindowSettings


class Kiosk:
    """The assembled kiosk under test, with handles on its parts."""

    def __init__(self, window: KioskWindow, outbox: Outbox, runner: TaskRunner) -> None:
        self.window = window
        self.outbox = outbox
        self.runner = runner


def build_kiosk(
    qtbot: QtBot, client: EventsApiClient, folder: Path, settings: WindowSettings | None = None
) -> Iterator[Kiosk]:
    outbox = Outbox(folder / "outbox.sqlite3")
    cache = CatalogCache(folder / "catalog.sqlite3")

    def clock() -> datetime:
        return datetime.now(UTC)

    catalog = Catalog(client, clock, cache)
    registration = RegistrationService(client, outbox, clock=clock)
    runner = TaskRunner()
    window = KioskWindow(
        catalog, registration, outbox, runner, settings or WindowSettings(), clock
    )
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start()
    try:
        yield Kiosk(window, outbox, runner)
    finally:
        window.stop()
        window.close()
        runner.shutdown()
        cache.close()
        outbox.close()


def active_timers(window: KioskWindow) -> list[QTimer]:
    return [t for t in window.findChildren(QTimer) if t.isActive()]
