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

The presentation an attendee chooses (kiosk/ui/presentation.py) lives here too: a text
size (``TEXT_SCALES``: font sizes only, ``font_px(n)`` for fonts code builds) and a
palette (``PALETTES``: standard or high contrast). A colour in the template is a token
``@name@``; code that paints asks ``colour(name)``. Every pair of colours shown together
is checked for contrast by tests/ui/test_contrast.py: the template's rules, and the pairs
painted in code, declared in ``PAINTED_PAIRS`` next to the palettes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
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
_FONT_LENGTH = re.compile(r"((?:font-size|letter-spacing):\s*)(\d+(?:\.\d+)?)u\b")
_TOKEN = re.compile(r"@([a-z][a-z0-9-]*)@")

# ----------------------------------------------------------------------------- palettes

Palette = dict[str, str]

# The standard look: dark text on a pale page, blue for what acts. Text >= 4.5:1 on what
# it sits on, outlines and graphics >= 3:1 (tests/ui/test_contrast.py computes them all).
STANDARD: Palette = {
    "page": "#f5f6f9",        # the screens' background
    "surface": "#ffffff",     # buttons, fields, cards, panels
    "text": "#1c2230",
    "text-strong": "#2c3340",  # the clock, secondary lines
    "muted": "#4a5160",       # hints, steps, times
    "disabled": "#5a6170",    # disabled text (kept readable: 5.8:1)
    "disabled-surface": "#eceef2",
    "outline": "#767d8c",     # buttons, fields, cards
    "pressed": "#e6eaf2",
    "accent": "#1d4ed8",      # primary buttons, links, checked boxes
    "accent-pressed": "#3563e9",  # lighter when pressed: the black focus outline stays 3:1
    "on-accent": "#ffffff",   # text on accent and on "selected"
    "selected": "#1c2230",    # a checked tab, chip or choice; the scan button
    "selected-pressed": "#2c3340",
    "focus": "#000000",       # the keyboard focus outline (3.1:1 even on accent)
    "focus-on-dark": "#5a7ee0",  # the focus outline on a "selected" control (and the page)
    "scrollbar": "#767d8c",
    "separator": "#d3d7df",   # decoration only: lines between list rows
    "highlight": "#dbe6fb",   # a selected list row
    "soft-accent": "#dbe6fb",  # the busy bar's track
    "warn-text": "#7a4a00",
    "error-text": "#a1160f",
    "error-strong": "#8a1c14",
    "error-soft": "#fde2e0",
    "info-text": "#163f73",
    "info-soft": "#e0ecfb",
    "banner-text": "#4d2f00",
    "banner": "#ffe2a8",
    "banner-outline": "#8a5a00",
    "banner-error": "#a1160f",
    "banner-error-outline": "#6e0d08",
    "banner-info": "#cfe1fb",
    "banner-info-text": "#0f2a4d",
    "success-text": "#0f4a25",
    "success-soft": "#e3f3e8",
    "warning-text": "#5c3400",
    "warning-soft": "#fff1d6",
    "problem-text": "#7a1710",
    "problem-soft": "#fde4e1",
    "result-info": "#e6eefb",
    # Painted in code (kiosk/ui/delegates.py, widgets.py, language.py, overlay.py).
    "card-outline": "#767d8c",
    "card-pressed": "#eef3fb",
    "chip-ok": "#e3f4e8", "chip-ok-text": "#14532d",
    "chip-warn": "#fff1d6", "chip-warn-text": "#7a4a00",
    "chip-bad": "#fde2e0", "chip-bad-text": "#8a1c14",
    "chip-info": "#e0ecfb", "chip-info-text": "#163f73",
    "chip-neutral": "#eceef2", "chip-neutral-text": "#2c3340",
    "day-band": "#e6eaf2",
    "row-pressed": "#eef3fb",
    "bar-track": "#dfe3ea",
    "bar-ok": "#1b6e3a",
    "bar-warn": "#a15c07",
    "bar-full": "#b3261e",
    "placeholder": "#5a6170",
}

# High contrast: black on white, one dark blue for what acts; text >= 7:1, outlines black
# and thicker in the template (``@outline-width@``).
HIGH_CONTRAST: Palette = {
    **{name: "#000000" for name in STANDARD},
    "page": "#ffffff",
    "surface": "#ffffff",
    "disabled-surface": "#ffffff",
    "disabled": "#3d3d3d",
    "pressed": "#ececec",  # light: the focus outline stays 3:1 on it
    "accent": "#0a2a8c",
    "accent-pressed": "#000000",
    "on-accent": "#ffffff",
    "selected": "#000000",
    "selected-pressed": "#0a2a8c",
    "focus": "#e05a00",       # >= 3:1 on white, on black and on the accent
    "focus-on-dark": "#e05a00",
    "separator": "#000000",
    "highlight": "#ffffff",
    "soft-accent": "#ffffff",
    "error-soft": "#ffffff",
    "info-soft": "#ffffff",
    "banner": "#ffffff",
    "banner-error": "#8a0000",
    "banner-info": "#ffffff",
    "success-soft": "#ffffff",
    "warning-soft": "#ffffff",
    "problem-soft": "#ffffff",
    "result-info": "#ffffff",
    "error-text": "#8a0000",
    "error-strong": "#8a0000",
    "problem-text": "#8a0000",
    "success-text": "#004d1a",
    "card-pressed": "#ececec",
    "chip-ok": "#ffffff", "chip-warn": "#ffffff", "chip-bad": "#ffffff",
    "chip-info": "#ffffff", "chip-neutral": "#ffffff",
    "chip-bad-text": "#8a0000", "chip-ok-text": "#004d1a",
    "day-band": "#ffffff",
    "row-pressed": "#ececec",
    "bar-track": "#ffffff",
    "bar-ok": "#004d1a",
    "bar-warn": "#000000",
    "bar-full": "#8a0000",
}

PALETTES: dict[str, Palette] = {"standard": STANDARD, "high": HIGH_CONTRAST}

# Outline widths (design pixels) per palette: high contrast draws them thicker.
OUTLINE_WIDTHS = {"standard": (2, 4), "high": (3, 5)}  # (outline, focus outline)

TEXT_SCALES = (1.0, 1.25, 1.5)
# A larger text size grows a font up to this size (design px) and no further; a font that
# is already larger (a heading read from two metres) keeps its size. So the words an
# attendee could not read grow by half, and the screens still fit at 1280x800.
FONT_CAP = 48


def text_size(size: float, text_scale: float) -> float:
    """A font of ``size`` design px at the attendee's ``text_scale`` (``FONT_CAP``)."""
    return max(size, min(size * text_scale, FONT_CAP))

# Pairs that code paints (not the style sheet): (foreground, background, kind), kind
# "text" (>= 4.5:1, 7:1 in high contrast) or "graphic" (>= 3:1). A new painted colour is
# declared here with what it is painted on, or the contrast test cannot check it.
PAINTED_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("text", "surface", "text"),              # event card titles
    ("muted", "surface", "text"),             # event card dates and venues, speaker topics
    ("card-outline", "page", "graphic"),      # event, speaker and sponsor card outlines
    ("text", "card-pressed", "text"),         # a pressed card
    ("chip-ok-text", "chip-ok", "text"),
    ("chip-warn-text", "chip-warn", "text"),
    ("chip-bad-text", "chip-bad", "text"),
    ("chip-info-text", "chip-info", "text"),
    ("chip-neutral-text", "chip-neutral", "text"),
    ("text", "day-band", "text"),             # the agenda's day headings
    ("text", "row-pressed", "text"),          # a pressed agenda row
    ("muted", "page", "text"),                # agenda times and rooms
    ("bar-ok", "bar-track", "graphic"),       # the capacity bar
    ("bar-warn", "bar-track", "graphic"),
    ("bar-full", "bar-track", "graphic"),
    ("outline", "page", "graphic"),           # the capacity bar's outline (high contrast)
    ("accent", "surface", "graphic"),         # the globe and display icons
    ("accent", "page", "graphic"),
    ("text", "surface", "graphic"),           # QR codes
    ("card-outline", "page", "graphic"),      # the overlay card on the dimmed window
    ("focus", "surface", "graphic"),          # item focus rings (delegates)
    ("focus", "page", "graphic"),
    ("placeholder", "surface", "text"),       # "First or last name" in an empty field
)


def unit_for(size: QSize) -> float:
    """The unit for a window (or screen) of ``size``."""
    side = min(size.width(), size.height())
    if side <= 0:
        return 1.0
    raw = side / DESIGN_SIDE
    stepped = round(raw / STEP) * STEP
    return round(min(max(stepped, MIN_UNIT), MAX_UNIT), 4)


def render(
    template: str, scale: float, text_scale: float = 1.0, palette: Palette | None = None
) -> str:
    """The style sheet with every ``<n>u`` length in pixels at ``scale`` (font sizes
    and letter spacing also at ``text_scale``: ``text_size``) and every ``@name@`` colour
    token of ``palette`` filled in."""
    if palette is not None:
        template = _TOKEN.sub(lambda m: palette.get(m.group(1), m.group(0)), template)
    template = _FONT_LENGTH.sub(
        lambda m: f"{m.group(1)}"
                  f"{max(round(text_size(float(m.group(2)), text_scale) * scale), 0)}px",
        template,
    )
    return _LENGTH.sub(lambda m: f"{max(round(float(m.group(1)) * scale), 0)}px", template)


def tokens(contrast: str) -> Palette:
    """Every token the template may use for ``contrast``: the colours, the outline widths."""
    outline, focus = OUTLINE_WIDTHS[contrast]
    return {**PALETTES[contrast], "outline-width": f"{outline}u", "focus-width": f"{focus}u"}


class Theme(QObject):
    """The current unit and the style sheet template; tells who asks when the unit changes.

    Signals:
        unit_changed(float): the unit changed and the style sheet was rendered again.
        presentation_changed(): the text size or the palette changed (rendered again).
    """

    unit_changed = Signal(float)
    presentation_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.unit = 1.0
        self.text_scale = 1.0
        self.contrast = "standard"
        self.template: str | None = None
        self.renders = 0  # how often the style sheet was rendered (tests, benchmarks)

    @property
    def palette(self) -> Palette:
        return PALETTES[self.contrast]

    def set_presentation(
        self, text_scale: float | None = None, contrast: str | None = None
    ) -> bool:
        """Use this text size and/or palette; re-renders when either changed. True if so."""
        scale = self.text_scale if text_scale is None else text_scale
        chosen = self.contrast if contrast is None else contrast
        if chosen not in PALETTES:
            raise ValueError(f"no palette {chosen!r}")
        if abs(scale - self.text_scale) < 1e-6 and chosen == self.contrast:
            return False
        self.text_scale, self.contrast = scale, chosen
        self.restyle()
        self.presentation_changed.emit()
        return True

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
            palette = app.palette()
            placeholder = QColor(self.palette["placeholder"])
            if palette.color(QPalette.ColorRole.PlaceholderText) != placeholder:
                palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
                app.setPalette(palette)
            app.setStyleSheet(
                render(self.template, self.unit, self.text_scale, tokens(self.contrast))
            )
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


def font_px(size: float) -> int:
    """A font size of ``size`` design pixels at the current unit and text size."""
    state = theme()
    return max(round(text_size(size, state.text_scale) * state.unit), 1)


def colour(name: str) -> QColor:
    """The colour ``name`` of the palette in use (``STANDARD`` lists them)."""
    return QColor(theme().palette[name])


def set_unit(scale: float) -> bool:
    return theme().set_unit(scale)


class _Rescale(QObject):
    """Calls ``apply`` now and whenever the unit or the presentation (text size,
    palette) changes, for as long as its owner lives."""

    def __init__(self, owner: QObject, apply: Callable[[], None]) -> None:
        super().__init__(owner)
        self._apply = apply
        theme().unit_changed.connect(self._on_unit_changed)
        theme().presentation_changed.connect(self._on_presentation_changed)
        apply()

    @Slot(float)
    def _on_unit_changed(self, _scale: float) -> None:
        self._apply()

    @Slot()
    def _on_presentation_changed(self) -> None:
        self._apply()


def on_unit_changed(owner: QObject, apply: Callable[[], None]) -> None:
    """Run ``apply`` (which sizes something of ``owner`` with ``px``, or paints with
    ``colour``) now and whenever the unit or the presentation changes, until ``owner``
    is deleted."""
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
