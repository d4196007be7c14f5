"""The presentation an attendee can adjust: text size and high contrast (issue 12, item 8).

A button next to the language button on every attendee screen (``CornerButtons`` makes
the pair) opens a panel with three text sizes (100, 125, 150 %) and high contrast on or
off. A choice applies at once to the whole window (kiosk/ui/theme.py renders the style
sheet again; code that paints asks ``theme.colour``), keeps what was typed, and lasts
until the idle reset (``KioskWindow.reset_to_start`` calls ``reset_presentation``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QPushButton, QWidget

from kiosk.ui.i18n import say
from kiosk.ui.language import LanguageButton, LanguagePanel
from kiosk.ui.overlay import CardOverlay
from kiosk.ui.theme import TEXT_SCALES, colour, on_unit_changed, px, theme
from kiosk.ui.widgets import heading, secondary_button


def display_icon(side: int, ink: QColor) -> QIcon:
    """A circle half filled (the sign for contrast) beside a large and a small "A"."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(ink, max(side / 14, 1.5))
    painter.setPen(pen)
    inset = pen.widthF()
    radius = side * 0.22
    centre = QPointF(side - radius - inset, radius + inset)
    circle = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawEllipse(circle)
    half = QPainterPath()
    half.moveTo(centre.x(), circle.top())
    half.arcTo(circle, 90, 180)
    half.closeSubpath()
    painter.fillPath(half, ink)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(round(side * 0.62), 6))
    painter.setFont(font)
    painter.drawText(QRectF(0, side * 0.3, side * 0.55, side * 0.7),
                     Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, "A")
    font.setPixelSize(max(round(side * 0.4), 5))
    painter.setFont(font)
    painter.drawText(QRectF(side * 0.5, side * 0.45, side * 0.5, side * 0.55),
                     Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, "a")
    painter.end()
    return QIcon(pixmap)


class PresentationButton(QPushButton):
    """The text size and contrast button: an icon, a name for assistive technology."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secondary")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._open_panel)
        on_unit_changed(self, self._size_icon)
        say(self.setAccessibleName, lambda: self.tr("Text size and contrast"))
        say(self.setToolTip, lambda: self.tr("Text size and contrast"))

    def _size_icon(self) -> None:
        side = px(36)
        self.setIcon(display_icon(side * 2, colour("accent")))
        self.setIconSize(QSize(side, side))

    @Slot()
    def _open_panel(self) -> None:
        PresentationPanel.over(self.window()).present()


class PresentationPanel(CardOverlay):
    """Three text sizes and high contrast on or off; a tap applies at once and the panel
    stays open to show the result (Close, or a tap elsewhere on the panel's card, ends)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "presentationPanel")
        self.title = heading("", 1, self.card)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        say(self.title.setText, lambda: self.tr("Text size and contrast"))
        self.size_heading = heading("", 3, self.card)
        say(self.size_heading.setText, lambda: self.tr("Text size"))
        grid = QGridLayout()
        self.size_buttons: dict[float, QPushButton] = {}
        captions = {
            1.0: lambda: self.tr("Normal"),
            1.25: lambda: self.tr("Large"),
            1.5: lambda: self.tr("Largest"),
        }
        for column, scale in enumerate(TEXT_SCALES):
            button = secondary_button("", self.card)
            button.setCheckable(True)
            say(button.setText, captions[scale])
            button.clicked.connect(lambda _=False, s=scale: self.choose_text_scale(s))
            self.size_buttons[scale] = button
            grid.addWidget(button, 0, column)
        self.contrast_heading = heading("", 3, self.card)
        say(self.contrast_heading.setText, lambda: self.tr("Contrast"))
        self.contrast_button = secondary_button("", self.card)
        self.contrast_button.setCheckable(True)
        say(self.contrast_button.setText, lambda: self.tr("High contrast"))
        self.contrast_button.clicked.connect(
            lambda on: self.choose_contrast("high" if on else "standard"))
        self.close_button = secondary_button("", self.card)
        say(self.close_button.setText, lambda: self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.size_heading)
        self.card_layout.addLayout(grid)
        self.card_layout.addWidget(self.contrast_heading)
        self.card_layout.addWidget(self.contrast_button)
        self.card_layout.addWidget(self.close_button)

    def present(self) -> None:
        self._show_state()
        super().present()

    def _show_state(self) -> None:
        state = theme()
        for scale, button in self.size_buttons.items():
            button.setChecked(abs(scale - state.text_scale) < 1e-6)
        self.contrast_button.setChecked(state.contrast == "high")

    def choose_text_scale(self, scale: float) -> None:
        theme().set_presentation(text_scale=scale)
        self._show_state()

    def choose_contrast(self, contrast: str) -> None:
        theme().set_presentation(contrast=contrast)
        self._show_state()


class CornerButtons(QWidget):
    """The language button and the presentation button for a screen's top corner: side
    by side, or one above the other in a portrait window (narrow: the row beside them
    keeps its room)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = LanguageButton(self)
        self.display = PresentationButton(self)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        on_unit_changed(self, lambda: self._row.setSpacing(px(12)))
        self._row.addWidget(self.language)
        self._row.addWidget(self.display, 0, Qt.AlignmentFlag.AlignRight)
        self._watched: QWidget | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        self._follow(window)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._follow(self._watched)
        return False

    def _follow(self, window: QWidget) -> None:
        portrait = window.height() > window.width()
        direction = (QBoxLayout.Direction.TopToBottom if portrait
                     else QBoxLayout.Direction.LeftToRight)
        if self._row.direction() != direction:
            self._row.setDirection(direction)


def reset_presentation(window: QWidget | None = None) -> None:
    """The standard text size and palette (the idle reset: the next person's start);
    the text size and language panels of ``window`` closed if the last person left
    one open."""
    if window is not None:
        for panel in (*window.findChildren(PresentationPanel),
                      *window.findChildren(LanguagePanel)):
            panel.hide()
    theme().set_presentation(text_scale=1.0, contrast="standard")
