"""Small reusable widgets: QR code, capacity bar, touch scrolling, the big buttons."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QClipboard,
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.images import QrMatrix

TOUCH_TARGET = 56  # px: the smallest thing a finger must hit (DESIGN.md)


def button_text(text: str) -> str:
    """Server text for a button or check box: "&" is shown, not taken as a shortcut key."""
    return text.replace("&", "&&")


def guard_personal_field(edit: QLineEdit) -> None:
    """For a field that holds a person's data (names, e-mail, answers, the staff PIN): no
    context menu (its Undo and Paste would hand the last person's text to the next), and
    the input method is told not to learn what is typed. Call after setting other hints."""
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setInputMethodHints(edit.inputMethodHints() | Qt.InputMethodHint.ImhSensitiveData)


def wipe_field(edit: QLineEdit) -> None:
    """Empty ``edit`` with its undo and redo history. ``clear()`` is undoable: Ctrl+Z
    would give the next person the last one's text back; ``setText()`` starts afresh."""
    edit.setText("")


def forget_clipboard() -> None:
    """Drop what a person may have copied or selected, so the next one cannot paste it."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Drag-to-scroll with momentum, for fingers and for the mouse of a touch emulator."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    # Deliver presses at once: a tap must feel instant (the default holds it 0.25 s to
    # see whether it becomes a drag; a drag now cancels the press instead).
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    props.setScrollMetric(
        QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3
    )
    props.setScrollMetric(
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
    )
    scroller.setScrollerProperties(props)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def scroll_page(parent: QWidget, inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless, kinetically scrolling area as wide as the screen."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    enable_kinetic_scrolling(area)
    return area


def screen_layout(screen: QWidget, back: QPushButton, bottom_margin: int = 16) -> QVBoxLayout:
    """A screen's outer layout: the way back in the top-left corner, content below."""
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(32, 16, 32, bottom_margin)
    layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
    return layout


class CheckRow(QWidget):
    """A check box whose text wraps, and a row that toggles wherever it is tapped.

    QCheckBox cannot wrap its text, so long session titles or a consent sentence would
    make the form wider than a portrait screen.

    Signals:
        toggled(bool): the box was ticked or cleared.
    """

    toggled = Signal(bool)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setMinimumHeight(TOUCH_TARGET)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setMinimumHeight(TOUCH_TARGET)
        self.check.toggled.connect(self.toggled)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QCheckBox
        self.label.setText(text)

    def isChecked(self) -> bool:  # noqa: N802 - mirrors QCheckBox
        return self.check.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 - mirrors QCheckBox
        self.check.setChecked(checked)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.check.toggle()
        super().mouseReleaseEvent(event)


class QrWidget(QWidget):
    """Paints a QR matrix as crisp squares at whatever size the layout gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: QrMatrix = ()
        self._image: QImage | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_matrix(self, matrix: QrMatrix) -> None:
        self._matrix = matrix
        self._image = None
        self.update()

    def set_image(self, image: QImage | None) -> None:
        """A QR code that came as a picture (the API's events/{id}/qrcode)."""
        self._matrix = ()
        self._image = image if image is not None and not image.isNull() else None
        self.update()

    @property
    def has_code(self) -> bool:
        return bool(self._matrix) or self._image is not None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 320)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(self.rect(), QColor("white"))
        if self._image is not None:
            # Nearest-neighbour scaling keeps the modules sharp enough to scan.
            target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
            painter.drawImage(target, self._image)
            painter.end()
            return
        if not self._matrix:
            painter.end()
            return
        modules = len(self._matrix)
        cell = side / modules
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    # A hair of overlap avoids seams between modules at fractional sizes.
                    square = QRectF(left + x * cell, top + y * cell, cell + 0.5, cell + 0.5)
                    painter.drawRect(square)
        painter.end()


class CapacityBar(QWidget):
    """How full the event is: a bar and a caption in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._known = False
        self.setMinimumHeight(20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fill(self, registered: int | None, capacity: int | None) -> None:
        self._known = registered is not None and bool(capacity)
        if self._known and registered is not None and capacity:
            self._fraction = min(max(registered / capacity, 0.0), 1.0)
        self.update()

    @property
    def fraction(self) -> float:
        return self._fraction if self._known else 0.0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, 20)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dfe3ea"))
        painter.drawRoundedRect(rect, radius, radius)
        if self._known and self._fraction > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.width() * self._fraction, rect.height()))
            if self._fraction >= 1:
                colour = "#b3261e"
            elif self._fraction > 0.8:
                colour = "#d97706"
            else:
                colour = "#1b6e3a"
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class Banner(QLabel):
    """A strip across the top that explains a problem in plain words; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def show_message(self, text: str, level: str = "warning") -> None:
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def primary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("primary")
    button.setMinimumHeight(TOUCH_TARGET + 16)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def secondary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("secondary")
    button.setMinimumHeight(TOUCH_TARGET)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(f"h{level}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def body_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("separator")
    return line


# A 9x9 sketch of a QR code: three finder squares and a few modules. A picture meaning
# "scan", deliberately no code a phone could read.
_QR_GLYPH = (
    "XXX.X.XXX",
    "X.X...X.X",
    "XXX.X.XXX",
    ".X..X.X..",
    "X.XX..XX.",
    "...X.X..X",
    "XXX..XX.X",
    "X.X.X..X.",
    "XXX.XX.XX",
)


def paint_qr_glyph(painter: QPainter, area: QRectF, colour: QColor) -> None:
    """Draw the QR sketch, square, centred in ``area``."""
    side = min(area.width(), area.height())
    cell = side / len(_QR_GLYPH)
    left = area.center().x() - side / 2
    top = area.center().y() - side / 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for y, row in enumerate(_QR_GLYPH):
        for x, mark in enumerate(row):
            if mark == "X":
                painter.drawRect(QRectF(left + x * cell, top + y * cell, cell + 0.5, cell + 0.5))
    painter.restore()


def scan_icon(side: int = 48, colour: str = "#ffffff") -> QIcon:
    """The QR sketch as a button icon."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_qr_glyph(painter, QRectF(0, 0, side, side), QColor(colour))
    painter.end()
    return QIcon(pixmap)
