"""What the on-screen drivers share: the kiosk as ``kiosk.app`` builds it, full screen on a
real X display with Qt Virtual Keyboard and the demo data, and the waits and taps they do.

The drivers (``keyboard_driver.py``, ``keyboard_style_driver.py``, ``walkup_driver.py``)
run in a subprocess with ``DISPLAY`` and ``QT_QPA_PLATFORM=xcb``: the input method is
chosen once, before QApplication exists, so importing this module turns it on.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.ui.i18n import translations
from kiosk.ui.setup import apply_theme, enable_virtual_keyboard

enable_virtual_keyboard()  # before QApplication exists, as kiosk.app does

from PySide6.QtCore import QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQuick import QQuickItem  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.api.client import EventsApiClient  # noqa: E402
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN  # noqa: E402
from kiosk.server.runner import start_server  # noqa: E402
from kiosk.services.catalog import Catalog  # noqa: E402
from kiosk.services.catalog_cache import CatalogCache  # noqa: E402
from kiosk.services.outbox import Outbox  # noqa: E402
from kiosk.services.registration import RegistrationService  # noqa: E402
from kiosk.ui import keyboard  # noqa: E402
from kiosk.ui.models import Role  # noqa: E402
from kiosk.ui.tasks import TaskRunner  # noqa: E402
from kiosk.ui.window import KioskWindow, WindowSettings  # noqa: E402

TIMEOUT_S = 15.0  # generous for a loaded machine; never waited in the good case

Drive = Callable[[KioskWindow, Path], dict[str, Any]]


class Timeout(Exception):
    pass


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
    """Run the event loop until ``condition()`` holds; raise Timeout after the deadline."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise Timeout(f"timed out after {timeout_s:g} s waiting for {what}")
        QTest.qWait(10)


def quick_items(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from quick_items(child)


_NOT_KEYS = ("KeyPanel", "KeyFace", "KeyLabel", "KeyIcon", "Keyboard")


def shown_keys() -> list[QQuickItem]:
    """The keys the keyboard shows now (letters, symbols, Shift, Enter, ...)."""
    panel = keyboard.panel_window()
    if panel is None or not panel.isVisible():
        return []
    return [
        item for item in quick_items(panel.contentItem())
        if "Key" in (name := item.metaObject().className()) and not name.startswith(_NOT_KEYS)
        and item.isVisible() and item.width() > 0
    ]


def key_label(key: QQuickItem) -> str:
    return str(key.property("displayText") or key.property("text") or "")


def find_key(label: str) -> QQuickItem | None:
    """A visible key showing ``label`` (either case); "enter" is the Enter key."""
    for key in shown_keys():
        if label == "enter":
            if key.metaObject().className().startswith("EnterKey"):
                return key
        elif key_label(key).lower() == label:
            return key
    return None


def tap_key(key: QQuickItem) -> None:
    """A tap in the keyboard's own window, where a finger would put it."""
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    QTest.mouseClick(key.window(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre)


def screenshot(window: KioskWindow, path: Path) -> None:
    """The whole X screen, once the window and the keyboard have painted what they show."""
    window.repaint()  # synchronous: painted and flushed to the X server
    panel = keyboard.panel_window()
    if panel is not None and panel.isVisible():
        frames: list[None] = []
        panel.frameSwapped.connect(lambda: frames.append(None))
        panel.update()
        with suppress(Timeout):  # nothing new to paint
            wait_until(lambda: bool(frames), "the keyboard to paint", 3)
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))


def open_register_form(window: KioskWindow, event: str) -> None:
    """Tap ``event`` in the list, wait for its fresh details, tap Register."""
    events = window.browse.events_screen
    wait_until(lambda: events.model.rowCount() > 0, "the events list")
    row = next(
        r for r in range(events.model.rowCount())
        if events.model.index(r, 0).data(Role.KEY) == event
    )
    index = events.model.index(row, 0)
    events.view.scrollTo(index)
    QTest.mouseClick(events.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=events.view.visualRect(index).center())
    page = window.browse.event_screen
    wait_until(
        lambda: window.stack.currentWidget() is page and page.details is not None
        and not page.details.stale and page.primary.isEnabled(),
        "the event page with fresh details",
    )
    QTest.mouseClick(page.primary, Qt.MouseButton.LeftButton)
    form = window.registration.register_screen
    wait_until(lambda: window.stack.currentWidget() is form, "the form")


def run_kiosk(
    out_dir: Path,
    drive: Drive,
    settings: WindowSettings | None = None,
    *,
    one_language: bool = False,
) -> dict[str, Any]:
    """The kiosk full screen on the demo data (local server on loopback), ``drive`` run
    inside the event loop; prints and returns its result, ``"ok"`` added. With
    ``one_language`` the keyboard offers only the interface language, as in the app."""
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    translations().use("en")
    chosen = keyboard.limit_languages() if one_language else None
    server = start_server(
        out_dir / "events.sqlite3", demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)]
    )
    client = EventsApiClient(server.base_url_v2, DEMO_TOKEN, DEMO_ORIGIN)
    outbox = Outbox(out_dir / "outbox.sqlite3")
    cache = CatalogCache(out_dir / "catalog.sqlite3")

    def clock() -> datetime:
        return datetime.now(UTC)

    runner = TaskRunner()
    window = KioskWindow(
        Catalog(client, clock, cache), RegistrationService(client, outbox, clock=clock),
        outbox, runner, settings or WindowSettings(), clock,
    )
    app.installEventFilter(window.idle)
    result: dict[str, Any] = {"ok": False, "error": "the driver did not run"}

    def run() -> None:
        nonlocal result
        try:
            # Nothing activates a new window on an X server without a window manager (a
            # first tap would); without an active window no widget has the focus.
            window.activateWindow()
            wait_until(lambda: QGuiApplication.focusWindow() is window.windowHandle(),
                       "activation")
            result = drive(window, out_dir) | {"ok": True}
        except Timeout as exc:
            result = {"ok": False, "error": str(exc)}
            QGuiApplication.primaryScreen().grabWindow(0).save(str(out_dir / "timeout.png"))
        finally:
            if chosen is not None:
                result["limited_to"] = chosen
            window.close_for_good()  # a plain close() is refused without the staff's say
            app.quit()

    try:
        window.showFullScreen()
        # Without a window manager nothing honours "full screen": cover the screen.
        window.setGeometry(QGuiApplication.primaryScreen().geometry())
        window.start()
        # Inside the event loop, as in the app (aboutToQuit closes the keyboard's window).
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
