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

import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

from display_kiosk import (
    Timeout,
    key_label,
    open_register_form,
    run_kiosk,
    screenshot,
    shown_keys,
    tap_key,
    wait_until,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kiosk.ui import keyboard
from kiosk.ui.window import KioskWindow, WindowSettings

EVENT = "Nordlicht_Tech_Conference"  # open, with a form


def keyboard_up() -> bool:
    method = QGuiApplication.inputMethod()
    return (
        method.isVisible() and not method.isAnimating()
        and not method.keyboardRectangle().isEmpty() and keyboard.keyboard_item() is not None
    )


def keys(kind: str = "") -> list[QQuickItem]:
    """The visible keys (of one QML type, e.g. "ShiftKey", if given)."""
    return [k for k in shown_keys() if k.metaObject().className().startswith(kind)]


def key_labels() -> list[str]:
    return [key_label(k) for k in shown_keys()]


def focus(field: QLineEdit) -> None:
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    try:
        wait_until(lambda: field.hasFocus() and keyboard_up(), "the keyboard", 3)
    except Timeout:
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        wait_until(lambda: field.hasFocus() and keyboard_up(), "the keyboard after a tap")


def drive(window: KioskWindow, out_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = {}
    open_register_form(window, EVENT)
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
        tap_key(shift[0])
        tap_key(shift[0])  # twice: caps lock
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
    run_kiosk(Path(argv[1]), drive, WindowSettings(idle_warning_s=2), one_language=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
