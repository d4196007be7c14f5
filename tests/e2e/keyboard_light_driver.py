"""Light-keyboard driver: the kiosk's keyboard reached, read and reset without importing
PySide6.QtQuick (kiosk.ui.keyboard works on QWindow and QObject: the bindings would cost
the kiosk 3-4 MB, BENCHMARKS.md "Memory, third pass"). On a real X display:

    DISPLAY=:N QT_QPA_PLATFORM=xcb python keyboard_light_driver.py OUT_DIR

As the kiosk sets it up (``enable_virtual_keyboard()`` before QApplication, then
``limit_languages()``): a text field is focused, the keyboard shown; its state is read,
caps lock turned on (as a last person could leave it), then ``reset_keyboard()`` runs as
the window's reset to start does. Unlike the other drivers this one imports nothing of
Qt Quick itself. The last line on stdout is one JSON object (``"ok": false`` with
``"error"`` when a wait timed out); OUT_DIR/light-keyboard.png is the screen with the
keyboard up.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.ui import keyboard
from kiosk.ui.setup import enable_virtual_keyboard


def wait_until(condition: Callable[[], bool], what: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} within {seconds:.0f} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def drive(field: QLineEdit, out_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = {"limited_to": keyboard.limit_languages()}
    field.setGeometry(100, 100, 600, 80)
    field.show()
    field.activateWindow()
    field.setFocus()
    method = QGuiApplication.inputMethod()
    wait_until(lambda: field.hasFocus(), "focus on the field")
    method.show()
    wait_until(lambda: method.isVisible() and keyboard.keyboard_item() is not None
               and not method.isAnimating(), "the keyboard")
    result["panel_class"] = keyboard.panel_window().metaObject().className()  # type: ignore[union-attr]
    # Its layout loads after the keyboard first shows.
    wait_until(lambda: bool((keyboard.keyboard_state() or {}).get("locale")), "its layout")
    result["shown"] = keyboard.keyboard_state()
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out_dir / "light-keyboard.png"))
    item = keyboard.keyboard_item()
    assert isinstance(item, QObject)
    result["item_type"] = type(item).__name__
    # The last person leaves caps lock and the symbol layer on (set in the keyboard's own
    # QML engine, through the kiosk's helper there: no taps, which would need Qt Quick).
    helper = next(iter(keyboard._helpers.values()))  # noqa: SLF001 - made by keyboard_state
    expression = QQmlExpression(
        QQmlEngine.contextForObject(helper), helper,
        "InputContext.priv.shiftHandler.capsLockActive = true, kb.symbolMode = true, true")
    expression.evaluate()
    result["left_on"] = keyboard.keyboard_state()
    result["reset"] = keyboard.reset_keyboard()
    wait_until(lambda: not method.isVisible(), "the keyboard to go down")
    method.show()
    wait_until(lambda: method.isVisible() and keyboard.keyboard_item() is not None,
               "the keyboard again")
    wait_until(lambda: bool((keyboard.keyboard_state() or {}).get("locale")), "its layout")
    result["after_reset"] = keyboard.keyboard_state()
    result["quick_bindings_imported"] = "PySide6.QtQuick" in sys.modules
    return result


def main() -> None:
    out_dir = Path(sys.argv[1])
    enable_virtual_keyboard()
    app = QApplication(sys.argv[:1])
    field = QLineEdit()
    result: dict[str, Any]
    try:
        result = {"ok": True} | drive(field, out_dir)
    except TimeoutError as exc:
        result = {"ok": False, "error": str(exc)}
    print(json.dumps(result), flush=True)
    QGuiApplication.inputMethod().hide()
    shiboken6.delete(field)  # before the application, as the kiosk's window goes
    QTimer.singleShot(0, app.quit)  # through the event loop: aboutToQuit takes the
    app.exec()  # keyboard's window down while the application still exists


if __name__ == "__main__":
    main()
