"""Virtual-keyboard driver: the assembled kiosk on a real X display with Qt Virtual Keyboard.

Run by ``test_virtual_keyboard.py`` in a subprocess, because the input method and the
platform are chosen once, before QApplication exists (the test session's is offscreen)::

    DISPLAY=:N QT_QPA_PLATFORM=xcb python keyboard_driver.py OUT_DIR

It starts the local events server with the demo data on loopback and builds the kiosk as
``kiosk.app`` does: ``enable_virtual_keyboard()`` first, then QApplication, the theme, the
English translations and the real window, full screen. It taps its way to the register
form of an open demo event that has a text question after the e-mail field; opening the
form puts the focus in the first name, and nothing else is done until the keyboard shows.
Then for the first name, the e-mail and the form's last text field in turn it gives the
field the focus, waits (polling, with a deadline) until the keyboard is up and the form
has settled, and records where the field and the keyboard are. It taps the keyboard's Q
key in the keyboard's own window, for the first name and for the e-mail, and reads what
arrived. Screenshots of the whole screen go to ``OUT_DIR/keyboard-<field>.png``.

The last line on stdout is one JSON object; ``"ok": false`` with ``"error"`` when a wait
timed out. Geometry is ``[x, y, width, height]`` in global (screen) coordinates.
"""

from __future__ import annotations

import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

from display_kiosk import (
    Timeout,
    find_key,
    open_register_form,
    run_kiosk,
    screenshot,
    wait_until,
)
from display_kiosk import tap_key as tap_on_keyboard
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.ui.keyboard import panel_window
from kiosk.ui.window import KioskWindow

# An open demo event whose form has a text question ("Job title") after the e-mail field.
EVENT = "Nordlicht_Tech_Conference"


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


# ---------------------------------------------------------------------- the keyboard


def keyboard_rect() -> QRect:
    """The keyboard in global coordinates. QInputMethod gives it in the coordinates of the
    panel window, a transparent window over the screen; add that window's position."""
    r = QGuiApplication.inputMethod().keyboardRectangle().toAlignedRect()
    panel = panel_window()
    return r.translated(panel.position()) if panel is not None else r


def keyboard_settled() -> bool:
    method = QGuiApplication.inputMethod()
    return method.isVisible() and not method.isAnimating() and not keyboard_rect().isEmpty()


def tap_key(field: QLineEdit, label: str) -> dict[str, Any]:
    """Tap a key in the keyboard's own window, as a finger would; report what arrived."""
    before = field.text()
    try:  # the panel loads its layout after it first shows
        wait_until(lambda: find_key(label) is not None, f"the keyboard's {label!r} key", 5)
    except Timeout:
        return {"key_found": False, "before": before, "after": field.text()}
    key = find_key(label)
    assert key is not None
    panel = key.window()
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    tap_on_keyboard(key)
    with suppress(Timeout):  # reported: the text did not change
        wait_until(lambda: field.text() != before, "the key to arrive in the field", 5)
    at = panel.position() + centre
    return {"key_found": True, "at": [at.x(), at.y()], "before": before, "after": field.text()}


# ---------------------------------------------------------------------- the kiosk


def tap(widget: QWidget) -> None:
    """A finger's tap: press and release at one point, a moment apart."""
    point = QPoint(widget.width() // 4, widget.height() // 2)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point, 50
    )


def field_report(window: KioskWindow, field: QWidget) -> dict[str, Any]:
    """Where the focused field and the keyboard are, and whether the field can be seen."""
    viewport = global_rect(window.registration.register_screen.scroll_area.viewport())
    keyboard = keyboard_rect()
    place = global_rect(field)
    # What the attendee sees of the form: its viewport, above the keyboard.
    seen = viewport.intersected(QRect(viewport.x(), 0, viewport.width(), keyboard.top()))
    return {
        "focused": field.hasFocus(),
        "field": rect(place),
        "keyboard": rect(keyboard),
        "viewport": rect(viewport),
        "intersects_keyboard": place.intersects(keyboard),
        "fully_seen": seen.contains(place),
    }


def focus_and_settle(window: KioskWindow, field: QWidget) -> dict[str, Any]:
    """Give the field the focus and wait until the keyboard is up (if it does not come,
    tap the field as a finger would), then until the form shows the field above the
    keyboard; after that deadline the state is reported as it is."""
    form = window.registration.register_screen
    step = form.step_of(field)
    if step != form.current_step():
        form.show_step(step)  # as Next or Enter on the step before does
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    try:
        wait_until(lambda: field.hasFocus() and keyboard_settled(), "the keyboard to show", 3)
    except Timeout:
        shown = False
        tap(field)
        wait_until(lambda: field.hasFocus() and keyboard_settled(), "the keyboard after a tap")
    else:
        shown = True
    with suppress(Timeout):  # reported as it is
        wait_until(lambda: field_report(window, field)["fully_seen"], "the field to be seen", 3)
    return field_report(window, field) | {"shown_on_focus": shown}


def tap_low_field(window: KioskWindow, field: QWidget) -> dict[str, Any]:
    """With the keyboard down, scroll the step as far down as it goes (a stepped form's
    step fits above the keyboard, so it does not move) and tap ``field`` as a finger
    would; ``before_under_keyboard`` says whether it was where the keyboard comes up."""
    keyboard_at = keyboard_rect()
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    QGuiApplication.inputMethod().hide()
    area = window.registration.register_screen.scroll_area
    wait_until(
        lambda: not QGuiApplication.inputMethod().isVisible()
        and area.viewportMargins().bottom() == 0,
        "the keyboard to go down",
    )
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    before = global_rect(field)
    tap(field)
    wait_until(lambda: field.hasFocus() and keyboard_settled(), "the keyboard to show")
    with suppress(Timeout):  # reported as it is
        wait_until(lambda: field_report(window, field)["fully_seen"], "the field to be seen", 3)
    report = field_report(window, field)
    report["before"] = rect(before)
    report["before_under_keyboard"] = before.intersects(keyboard_at)
    return report


def drive(window: KioskWindow, out_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = {"screen": rect(QGuiApplication.primaryScreen().geometry())}
    result["window"] = rect(window.frameGeometry())

    open_register_form(window, EVENT)
    form = window.registration.register_screen
    focused = QApplication.focusWidget()
    result["focus_after_open"] = focused.accessibleName() if focused is not None else None
    # Nothing is tapped: the focused first name alone must bring the keyboard up.
    try:
        wait_until(keyboard_settled, "the keyboard to show for the focused first name")
    except Timeout:
        result["shown_on_open"] = False
        tap(form.first_name)  # what a finger does
    else:
        result["shown_on_open"] = True

    edits = [q.edit for q in form._questions if q.edit is not None]
    fields = {"first_name": form.first_name, "email": form.email, "last": edits[-1]}
    result["last_field"] = edits[-1].accessibleName()
    result["fields"] = {}
    result["typed"] = {}
    for name, field in fields.items():
        result["fields"][name] = focus_and_settle(window, field)
        if name == "first_name":
            panel = panel_window()
            result["panel_window"] = (
                {"geometry": rect(panel.geometry()), "class": panel.metaObject().className()}
                if panel is not None else None
            )
        if name in ("first_name", "email"):
            result["typed"][name] = tap_key(field, "q")
            result["fields"][name]["at_key_shown"] = find_key("@") is not None
        screenshot(window, out_dir / f"keyboard-{name}.png")
    result["fields"]["tapped_low"] = tap_low_field(window, edits[-1])
    screenshot(window, out_dir / "keyboard-tapped_low.png")
    result["keyboard_visible"] = QGuiApplication.inputMethod().isVisible()
    hints = form.email.inputMethodHints()
    result["email_hints"] = hints.value
    result["email_only"] = bool(hints & Qt.InputMethodHint.ImhEmailCharactersOnly)
    return result


def main(argv: list[str]) -> int:
    run_kiosk(Path(argv[1]), drive)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
