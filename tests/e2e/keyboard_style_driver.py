"""Keyboard-style driver: the kiosk's own keyboard style, its one language, and a keyboard
that the idle reset puts back as the next person should find it. On a real X display:

    DISPLAY=:N QT_QPA_PLATFORM=xcb python keyboard_style_driver.py OUT_DIR

Built as ``kiosk.app`` builds the kiosk (``enable_virtual_keyboard()`` before QApplication,
the theme, English, ``limit_languages()``), full screen on the demo data. It opens the
register form of an open demo event, waits for the keyboard (polling, with a deadline),
reads its state, goes to the e-mail step and looks for "@" and "." on the first layer,
turns caps lock and the symbol layer on with taps on the keyboard's own window, then lets
the idle reset run ("Still there?" with a short countdown) and reads the keyboard again.
Screenshots of the whole screen go to OUT_DIR/style-*.png. The last line on stdout is one
JSON object (``"ok": false`` with ``"error"`` when a wait timed out).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.ui.setup import apply_theme, enable_virtual_keyboard, install_translations

enable_virtual_keyboard()  # before QApplication exists, as kiosk.app does

from PySide6.QtCore import QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQuick import QQuickItem  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

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

EVENT = "Nordlicht_Tech_Conference"  # open, with a form
TIMEOUT_S = 15.0  # generous for a loaded machine; never waited in the good case


class Timeout(Exception):
    pass


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise Timeout(f"timed out after {timeout_s:g} s waiting for {what}")
        QTest.qWait(20)


def keyboard_up() -> bool:
    method = QGuiApplication.inputMethod()
    return (
        method.isVisible() and not method.isAnimating()
        and not method.keyboardRectangle().isEmpty() and keyboard.keyboard_item() is not None
    )


def keys(kind: str = "") -> list[QQuickItem]:
    """The visible keys of the keyboard (of one QML type, e.g. "ShiftKey", if given)."""
    item = keyboard.keyboard_item()
    if item is None:
        return []
    found = []
    stack = [item]
    while stack:
        current = stack.pop()
        stack.extend(current.childItems())
        name = current.metaObject().className()
        if not name.startswith(kind or "") or "Key" not in name or not current.isVisible():
            continue
        if current.width() > 0 and current.property("displayText") is not None:
            found.append(current)
    return found


def key_labels() -> list[str]:
    return [str(k.property("displayText") or k.property("text") or "") for k in keys()]


def tap_key(key: QQuickItem, twice: bool = False) -> None:
    window = key.window()
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    if twice:
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         centre, 30)


def screenshot(window: KioskWindow, path: Path) -> None:
    window.repaint()
    panel = keyboard.panel_window()
    if panel is not None and panel.isVisible():
        frames: list[None] = []
        panel.frameSwapped.connect(lambda: frames.append(None))
        panel.update()
        with suppress(Timeout):
            wait_until(lambda: bool(frames), "the keyboard to paint", 3)
    QTest.qWait(100)
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))


def open_register_form(window: KioskWindow) -> None:
    events = window.browse.events_screen
    wait_until(lambda: events.model.rowCount() > 0, "the events list")
    row = next(
        r for r in range(events.model.rowCount())
        if events.model.index(r, 0).data(Role.KEY) == EVENT
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


def focus(field: QLineEdit) -> None:
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    try:
        wait_until(lambda: field.hasFocus() and keyboard_up(), "the keyboard", 3)
    except Timeout:
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        wait_until(lambda: field.hasFocus() and keyboard_up(), "the keyboard after a tap")


def drive(window: KioskWindow, out_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = {}
    window.activateWindow()
    wait_until(lambda: QGuiApplication.focusWindow() is window.windowHandle(), "activation")
    open_register_form(window)
    form = window.registration.register_screen
    focus(form.first_name)
    QTest.qWait(300)  # the layout loads after the keyboard first shows
    result["first_name"] = keyboard.keyboard_state()
    result["language_keys"] = len(keys("ChangeLanguageKey"))
    screenshot(window, out_dir / "style-first_name.png")

    QTest.keyClicks(form.first_name, "Ada")
    QTest.keyClicks(form.last_name, "Lovelace")
    for _ in range(6):  # the stepped form: on to the e-mail's step
        if form.email.isVisible():
            break
        QTest.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
        QTest.qWait(100)
    focus(form.email)
    with suppress(Timeout):
        wait_until(lambda: "@" in key_labels(), "the @ key", 3)
    labels = key_labels()
    result["email"] = keyboard.keyboard_state()
    result["email_first_layer"] = {"at": "@" in labels, "dot": "." in labels}
    for label in ("@", "."):  # what the keys type, tapped in the keyboard's window
        key = next((k for k in keys() if k.property("displayText") == label), None)
        if key is not None:
            before = form.email.text()
            tap_key(key)
            with suppress(Timeout):
                wait_until(lambda b=before: form.email.text() != b, f"{label!r} to arrive", 3)
    result["email_typed"] = form.email.text()
    screenshot(window, out_dir / "style-email.png")

    # The last person leaves caps lock and the symbol layer on.
    shift = keys("ShiftKey")
    if shift:
        tap_key(shift[0], twice=True)
        with suppress(Timeout):
            wait_until(lambda: bool((keyboard.keyboard_state() or {}).get("capsLock")),
                       "caps lock", 3)
    symbol = keys("SymbolModeKey")
    if symbol:
        tap_key(symbol[0])
        with suppress(Timeout):
            wait_until(lambda: bool((keyboard.keyboard_state() or {}).get("symbolMode")),
                       "the symbol layer", 3)
    result["left_behind"] = keyboard.keyboard_state()
    screenshot(window, out_dir / "style-symbols.png")

    # The idle timeout runs out: "Still there?"; a tap on "Yes" (through the window
    # system, as a finger's) keeps what was typed.
    overlay = window.still_there
    assert overlay is not None
    window.idle.idle.emit()
    result["still_there_shown"] = overlay.isVisible()
    QTest.qWait(100)
    yes = overlay.yes_button
    centre = yes.mapTo(window, yes.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, centre)
    with suppress(Timeout):
        wait_until(lambda: not overlay.isVisible(), "Yes to take the question away", 3)
    result["yes_kept"] = {
        "overlay_gone": not overlay.isVisible(),
        "form_shown": window.stack.currentWidget() is form,
        "email": form.email.text(),
    }
    # Then nobody touches the kiosk: the question again, and the reset.
    window.idle.idle.emit()
    QTest.qWait(200)
    screenshot(window, out_dir / "style-still-there.png")
    wait_until(lambda: window.stack.currentWidget() is window.browse.events_screen,
               "the idle reset")
    result["after_reset"] = keyboard.keyboard_state()
    result["keyboard_visible_after_reset"] = QGuiApplication.inputMethod().isVisible()
    return result


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    apply_theme(app)
    translators = install_translations(app, "en")
    chosen = keyboard.limit_languages()

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
        outbox, runner, WindowSettings(idle_warning_s=2), clock,
    )
    app.installEventFilter(window.idle)
    result: dict[str, Any] = {"ok": False, "error": "the driver did not run"}

    def run() -> None:
        nonlocal result
        try:
            result = drive(window, out_dir)
            result["ok"] = True
        except Timeout as exc:
            result = {"ok": False, "error": str(exc)}
            QGuiApplication.primaryScreen().grabWindow(0).save(str(out_dir / "timeout.png"))
        finally:
            result["limited_to"] = chosen
            result["translators"] = len(translators)
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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
