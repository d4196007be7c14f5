"""Small reusable widgets: QR code, capacity bar, touch scrolling, the big buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
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
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.images import QrMatrix
from kiosk.ui.announce import announce
from kiosk.ui.i18n import say
from kiosk.ui.theme import colour as palette_colour
from kiosk.ui.theme import on_unit_changed, px, theme

# The smallest thing a finger must hit (DESIGN.md), in units: ``px(TOUCH_TARGET)`` is it in
# pixels at the current scale (theme.qss gives buttons, fields and check boxes at least
# that; a minimum set in code from this constant is a floor the style sheet raises).
TOUCH_TARGET = 56


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


ROWS_SETTLE_MS = 150
"""Scrolling pauses this long before a view reports (``rows_on_screen``) what is near."""


def rows_on_screen(
    view: QListView, screens: int = 1, item_size: QSize | None = None
) -> range | None:
    """The rows of a list's or grid's items on screen, and of ``screens - 1`` screenfuls
    below; None when the view is hidden or has no size yet. Walks only those items, from
    the first on screen: the same cost at 10 items and at 5,000. ``item_size``: an item's
    size when the view has no grid size."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    height = view.viewport().height()
    if not view.isVisible() or height <= 0:
        return None
    if not count:
        return range(0)
    assert model is not None
    grid = view.gridSize()
    if grid.isEmpty():
        grid = item_size or QSize(1, 1)
    # Both ends of the top line of items: the first is on the right in Arabic.
    width = view.viewport().width()
    tops = [
        index.row()
        for y in (1, grid.height() // 2)
        for x in (1, width // 2, width - 2)
        if (index := view.indexAt(QPoint(x, y))).isValid()
    ]
    # Between items (a margin): the first item whose bottom is below the top.
    first = min(tops) if tops else next(
        (row for row in range(count) if view.visualRect(model.index(row, 0)).bottom() >= 0), 0)
    row = first
    while row < count and view.visualRect(model.index(row, 0)).top() < screens * height:
        row += 1
    return range(first, row)


def scroll_page(parent: QWidget, inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless, kinetically scrolling area as wide as the screen."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    enable_kinetic_scrolling(area)
    # Not a stop of its own for Tab: a keyboard goes from field to field (the area still
    # scrolls the focused one into view).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def screen_layout(
    screen: QWidget, back: QPushButton, bottom_margin: int = 16, corner: QWidget | None = None
) -> QVBoxLayout:
    """A screen's outer layout: the way back in the top-left corner on a row of its own
    (``corner``, such as the language button, at its other end), content below; margins
    (``bottom_margin`` too, in units) follow the scale."""
    layout = QVBoxLayout(screen)
    if corner is None:
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch(1)
        top.addWidget(corner)
        layout.addLayout(top)
    scale_margins(layout, 32, 16, 32, bottom_margin)
    return layout


def scale_margins(
    layout: QLayout, left: int, top: int, right: int, bottom: int, spacing: int | None = None
) -> None:
    """``layout``'s margins (and spacing) in units, now and whenever the unit changes."""

    def apply() -> None:
        layout.setContentsMargins(px(left), px(top), px(right), px(bottom))
        if spacing is not None:
            layout.setSpacing(px(spacing))

    owner = layout.parentWidget() or layout
    on_unit_changed(owner, apply)


def scale_minimum_height(widget: QWidget, height: int) -> None:
    """``widget`` at least ``height`` units tall, now and whenever the unit changes."""
    on_unit_changed(widget, lambda: widget.setMinimumHeight(px(height)))


class ButtonRow(QWidget):
    """Buttons side by side, centred, when the width allows; on a narrower screen (a
    portrait panel, a longer translation) one above the other, full width."""

    def __init__(self, parent: QWidget | None = None, *, centred: bool = True) -> None:
        super().__init__(parent)
        self._buttons: list[QWidget] = []
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        if centred:
            self._row.addStretch(1)
        self._row.addStretch(1)
        on_unit_changed(self, lambda: self._row.setSpacing(px(24)))

    def add(self, button: QWidget) -> None:
        self._buttons.append(button)
        self._row.insertWidget(self._row.count() - 1, button)
        button.installEventFilter(self)  # shown or hidden: the width needed changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._choose_direction(self.width())
        return False

    def _needed(self) -> int:
        shown = [b for b in self._buttons if not b.isHidden()]
        return sum(b.sizeHint().width() for b in shown) + px(24) * max(len(shown) - 1, 0)

    def _choose_direction(self, width: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight if self._needed() <= width
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self._row.direction():
            self._row.setDirection(direction)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._choose_direction(self.width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest button (they then stand one above the other)."""
        shown = [b for b in self._buttons if not b.isHidden()]
        width = max((b.sizeHint().width() for b in shown), default=0)
        return QSize(width, self._row.totalMinimumSize().height())


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
        # Drawn by the style sheet (the consent is a bordered panel).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.check = QCheckBox(self)
        # The words are in a label beside the box: assistive technology reads them as the
        # box's name (setText keeps it, so a language switch renames it too).
        self.check.setAccessibleName(text)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self._layout = layout
        on_unit_changed(self, self._apply_margins)
        # The consent (object name "consent") is a bordered panel: room inside its border.
        self.objectNameChanged.connect(self._apply_margins)
        # As tall as a touch target: its check box is (theme.qss).
        self.check.toggled.connect(self.toggled)

    def _apply_margins(self) -> None:
        if self.objectName() == "consent":
            self._layout.setContentsMargins(px(16), px(8), px(16), px(12))
        else:
            self._layout.setContentsMargins(0, px(4), 0, px(4))
        self._layout.setSpacing(px(12))

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QCheckBox
        self.label.setText(text)
        self.check.setAccessibleName(text)

    def isChecked(self) -> bool:  # noqa: N802 - mirrors QCheckBox
        return self.check.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 - mirrors QCheckBox
        self.check.setChecked(checked)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.check.toggle()
        super().mouseReleaseEvent(event)


class QrWidget(QLabel):
    """Paints a QR matrix as crisp squares at whatever size the layout gives it.

    A label with a (blank, never painted) picture only so that assistive technology sees
    an image; it is named "QR code" until its screen says what the code is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        blank = QPixmap(1, 1)
        blank.fill(Qt.GlobalColor.transparent)
        self.setPixmap(blank)  # the accessible role: Graphic
        say(self.setAccessibleName, lambda: self.tr("QR code"))
        self._matrix: QrMatrix = ()
        self._image: QImage | None = None
        on_unit_changed(self, lambda: self.setMinimumSize(px(160), px(160)))
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
        return QSize(px(320), px(320))

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


class CapacityBar(QProgressBar):
    """How full the event is: a bar and a caption in words.

    A progress bar to assistive technology (seats taken of the capacity as its value);
    its screen sets the words ("12 of 40 seats taken") as its accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(False)
        self.setRange(0, 1)
        self.setValue(0)
        say(self.setAccessibleName, lambda: self.tr("Seats taken"))
        self._fraction = 0.0
        self._known = False
        scale_minimum_height(self, 20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fill(self, registered: int | None, capacity: int | None) -> None:
        self._known = registered is not None and bool(capacity)
        if self._known and registered is not None and capacity:
            self._fraction = min(max(registered / capacity, 0.0), 1.0)
            self.setRange(0, capacity)
            self.setValue(min(max(registered, 0), capacity))
        else:
            self.setRange(0, 1)
            self.setValue(0)
        self.update()

    @property
    def fraction(self) -> float:
        return self._fraction if self._known else 0.0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(px(400), px(20))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as a portrait column allows (QProgressBar's would be its full width
        and a text line tall)."""
        return QSize(px(20), px(20))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        # Colours of the palette in use (kiosk/ui/theme.py); outlined in high contrast,
        # where the track is as white as the page.
        high = theme().contrast == "high"
        painter.setPen(palette_colour("outline") if high else Qt.PenStyle.NoPen)
        painter.setBrush(palette_colour("bar-track"))
        painter.drawRoundedRect(rect, radius, radius)
        if self._known and self._fraction > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.width() * self._fraction, rect.height()))
            if self._fraction >= 1:
                colour = "bar-full"
            elif self._fraction > 0.8:
                colour = "bar-warn"
            else:
                colour = "bar-ok"
            painter.setBrush(palette_colour(colour))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class StatusLine(QLabel):
    """A word-wrapped line at the edge of the window: one line while it fits in half the
    window, wrapped beyond that. (A plain wrapping label beside a stretch is given its
    smallest width and wraps into a tall, narrow column that takes the screen's room.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        window = self.window()
        if window is self:
            return hint
        margins, metrics = self.contentsMargins(), self.fontMetrics()
        # A character's width more than the text: the style sheet's box rounds up.
        one_line = (metrics.horizontalAdvance(self.text()) + metrics.averageCharWidth()
                    + margins.left() + margins.right() + 2 * self.margin())
        return QSize(max(hint.width(), min(one_line, window.width() // 2)), hint.height())


class Banner(QLabel):
    """A card that explains a problem in plain words; hidden when all is well.

    With ``overlay(host)`` it floats over the top-right of ``host`` instead of taking a
    row of a layout: showing it never moves the page under a finger about to tap, and the
    top-left corner, where every screen has its way back, stays free."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._host: QWidget | None = None
        self.hide()

    def overlay(self, host: QWidget) -> None:
        """Float over the top of ``host`` from now on, following its size."""
        self._host = host
        self.setParent(host)
        self.hide()
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._host and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        if self._host is None:
            return
        width = self._host.width()
        left = max(width * 3 // 10, px(360)) if width > px(720) else px(8)
        card = max(width - left - px(16), px(200))
        self.setGeometry(left, px(12), card, self.heightForWidth(card))
        self.raise_()

    def show_message(self, text: str, level: str = "warning") -> None:
        if self.isHidden() or text != self.text():  # said once, not at every refresh
            announce(self, text, urgent=level == "error")
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
        self._place()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def primary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("primary")  # theme.qss: at least TOUCH_TARGET + padding tall
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def secondary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("secondary")  # theme.qss: at least TOUCH_TARGET tall
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
