"""Reach from a wheelchair: on a tall (portrait) floor-standing kiosk the main actions sit
in the lower part of the screen (``[screen] reach``).

The ADA's reach range puts operable parts between 15 and 48 inches above the floor. A
floor-standing 1080x1920 kiosk usually carries a 43-inch portrait panel (about 37.5 in of
picture, 21 in wide) with its lower edge about 27 in above the floor: 48 in is then 21 in
up the picture, 56 % of its height. With a little margin for taller stands the kiosk
keeps its primary buttons in the lower 55 % of the window: the top of each is at least
``REACH_LINE`` (45 %) of the window's height down from its top edge. (The lowest 15 in
are under the panel, so nothing on screen is too low.)

The mode is one per application, like the language (``KioskWindow`` sets it from its
settings); screens ask ``reach_low(self)`` when they lay themselves out.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ReachMode = Literal["auto", "low", "off"]

# The top of every primary button at or below this share of the window's height.
REACH_LINE = 0.45

_mode: ReachMode = "auto"


def set_reach(mode: ReachMode) -> None:
    """``auto``: low in portrait only; ``low``: in every orientation; ``off``: never."""
    global _mode
    _mode = mode


def reach_mode() -> ReachMode:
    return _mode


def reach_low(widget: QWidget) -> bool:
    """Whether ``widget``'s screen should put its main actions low: the mode, and for
    ``auto`` the shape of the window it is in (taller than wide)."""
    if _mode == "off":
        return False
    if _mode == "low":
        return True
    window = widget.window()
    return window.height() > window.width()


def keyboard_overlap(widget: QWidget) -> int:
    """How many pixels at the bottom of ``widget`` the on-screen keyboard covers (0 when
    it is down). Qt Virtual Keyboard's desktop panel is a window over the screen's
    available geometry; its rectangle is in that window's coordinates."""
    keyboard = QGuiApplication.inputMethod()
    screen = widget.screen()
    if not keyboard.isVisible() or screen is None:
        return 0
    covered = keyboard.keyboardRectangle().toAlignedRect().translated(
        screen.availableGeometry().topLeft()
    )
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    overlap = rect.intersected(covered)
    return 0 if overlap.isEmpty() else rect.bottom() - overlap.top() + 1
