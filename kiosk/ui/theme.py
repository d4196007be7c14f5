"""One scale unit for every size on screen, derived from the window the kiosk fills.

Sizes are designed for a 1280x800 panel (unit 1.0: a touch target is 56 px, body text
24 px) and scale with the shorter side of the window: 1920x1080 -> 1.35, 3840x2160 -> 2.7,
portrait 800x1280 -> 1.0, 1080x1920 -> 1.35. The unit is never below 48/56, so a touch
target never falls below 48 px, and it moves in steps of 0.05 so that resizing a window
re-renders the style sheet only now and then.

``resources/theme.qss`` is a template: a length written ``24u`` becomes ``round(24 *
unit)px`` (font sizes too, in px, so they do not depend on the screen's DPI). Code uses
``px(n)`` for what it sizes itself, and ``on_unit_changed`` to size it again when the
unit changes (the window moved to another screen, the screen's geometry changed).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

DESIGN_SIDE = 800  # px: the shorter side of the screen the sizes are designed for
MIN_UNIT = 48 / 56  # a 56-unit touch target stays at least 48 px
MAX_UNIT = 4.0
STEP = 0.05

# Fonts in the order Qt tries them for a character: Latin first, then Arabic, CJK and
# emoji, so that names in any script and an emoji in an event title all render.
FONT_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans CJK JP",
    "Noto Sans Hebrew",
    "Noto Color Emoji",
)

_LENGTH = re.compile(r"(?<![\w#.-])(\d+(?:\.\d+)?)u\b")


def unit_for(size: QSize) -> float:
    """The unit for a window (or screen) of ``size``."""
    side = min(size.width(), size.height())
    if side <= 0:
        return 1.0
    raw = side / DESIGN_SIDE
    stepped = round(raw / STEP) * STEP
    return round(min(max(stepped, MIN_UNIT), MAX_UNIT), 4)


def render(template: str, scale: float) -> str:
    """The style sheet with every ``<n>u`` length in pixels at ``scale``."""
    return _LENGTH.sub(lambda m: f"{max(round(float(m.group(1)) * scale), 0)}px", template)


class Theme(QObject):
    """The current unit and the style sheet template; tells who asks when the unit changes.

    Signals:
        unit_changed(float): the unit changed and the style sheet was rendered again.
    """

    unit_changed = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.unit = 1.0
        self.template: str | None = None
        self.renders = 0  # how often the style sheet was rendered (tests, benchmarks)

    def set_unit(self, scale: float) -> bool:
        """Use ``scale``; re-renders the style sheet only when it changed. True if it did."""
        if abs(scale - self.unit) < 1e-6:
            return False
        self.unit = scale
        self.restyle()
        self.unit_changed.emit(scale)
        return True

    def restyle(self) -> None:
        app = QApplication.instance()
        if self.template is not None and isinstance(app, QApplication):
            app.setStyleSheet(render(self.template, self.unit))
            self.renders += 1


_theme: Theme | None = None


def theme() -> Theme:
    global _theme
    if _theme is None:
        _theme = Theme()
    return _theme


def unit() -> float:
    return theme().unit


def px(length: float) -> int:
    """``length`` design pixels (at unit 1.0) in pixels at the current unit."""
    return max(round(length * theme().unit), 0)


def set_unit(scale: float) -> bool:
    return theme().set_unit(scale)


class _Rescale(QObject):
    """Calls ``apply`` now and whenever the unit changes, for as long as its owner lives."""

    def __init__(self, owner: QObject, apply: Callable[[], None]) -> None:
        super().__init__(owner)
        self._apply = apply
        theme().unit_changed.connect(self._on_unit_changed)
        apply()

    @Slot(float)
    def _on_unit_changed(self, _scale: float) -> None:
        self._apply()


def on_unit_changed(owner: QObject, apply: Callable[[], None]) -> None:
    """Run ``apply`` (which sizes something of ``owner`` with ``px``) now and whenever
    the unit changes, until ``owner`` is deleted."""
    _Rescale(owner, apply)


class _WindowFollower(QObject):
    """Sets the unit from the window's size: full screen that is its screen's, in a
    window the window's own. A move to another screen resizes a full-screen window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() in (
            QEvent.Type.Resize, QEvent.Type.ScreenChangeInternal
        ):
            self.update()
        return False

    def update(self) -> None:
        size = self._window.size()
        if not self._window.isVisible():  # not laid out yet: it will fill its screen
            screen = self._window.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                size = screen.geometry().size()
        theme().set_unit(unit_for(size))


def follow_window(window: QWidget) -> None:
    """Keep the unit fitting ``window`` (the kiosk's main window) from now on."""
    _WindowFollower(window).update()
