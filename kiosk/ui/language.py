"""The language picker: a button on the attendee screens and the panel it opens.

Each language is named in itself (Deutsch, العربية), never with a flag. A choice lasts
until the idle reset brings the kiosk's own language back (``KioskWindow.reset_to_start``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.ui.i18n import LANGUAGES, say, translations
from kiosk.ui.overlay import CardOverlay
from kiosk.ui.theme import colour, on_unit_changed, px
from kiosk.ui.widgets import heading, secondary_button


def globe_icon(side: int, colour: QColor) -> QIcon:
    """A globe drawn in lines: the sign for "language" that needs no words."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(side / 14, 1.5))
    painter.setPen(pen)
    inset = pen.widthF()
    box = QRectF(inset, inset, side - 2 * inset, side - 2 * inset)
    painter.drawEllipse(box)
    painter.drawEllipse(box.adjusted(box.width() * 0.28, 0, -box.width() * 0.28, 0))
    centre = box.center()
    painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()))
    painter.drawLine(QPointF(centre.x(), box.top()), QPointF(centre.x(), box.bottom()))
    painter.end()
    return QIcon(pixmap)


class LanguageButton(QPushButton):
    """The globe and the language in use, named in itself; opens the picker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secondary")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._open_panel)
        on_unit_changed(self, self._size_icon)
        self.retranslate()

    def _size_icon(self) -> None:
        side = px(28)
        self.setIcon(globe_icon(side * 2, colour("accent")))
        self.setIconSize(QSize(side, side))

    def retranslate(self) -> None:
        """Called after every switch (kiosk.ui.i18n.retranslate_all)."""
        self.setText(LANGUAGES.get(translations().language, LANGUAGES["en"]))
        say(self.setAccessibleName, lambda: self.tr("Language: %1").replace(
            "%1", LANGUAGES.get(translations().language, LANGUAGES["en"])))

    @Slot()
    def _open_panel(self) -> None:
        LanguagePanel.over(self.window()).present()


class LanguagePanel(CardOverlay):
    """Every language as a big button; a tap switches at once and closes the panel.

    Signals:
        chosen(str): the language code picked.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "languagePanel")
        self.title = heading("", 1, self.card)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        say(self.title.setText, lambda: self.tr("Choose your language"))
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for index, (code, name) in enumerate(LANGUAGES.items()):
            button = secondary_button(name, self.card)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # Each name in its own direction: العربية reads right to left anywhere.
            if code == "ar":
                button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            button.clicked.connect(lambda _=False, c=code: self._pick(c))
            self.buttons[code] = button
            grid.addWidget(button, index // 2, index % 2)
        self.card_layout.addWidget(self.title)
        self.card_layout.addLayout(grid)
        self.close_button = secondary_button("", self.card)
        say(self.close_button.setText, lambda: self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        self.card_layout.addWidget(self.close_button)

    def present(self) -> None:
        current = translations().language
        for code, button in self.buttons.items():
            button.setChecked(code == current)
        super().present()

    def _pick(self, code: str) -> None:
        self.hide()
        translations().use(code)
        self.chosen.emit(code)
