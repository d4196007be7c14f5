"""The scan screen: "Scan your QR code" with the camera's picture to aim by, and the two
ways around a code that will not scan: typing it, or (staff) finding the person by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QValidator,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.codes import CODE_LENGTH, is_check_in_code, normalise_check_in_code
from kiosk.ui.i18n import say
from kiosk.ui.presentation import CornerButtons
from kiosk.ui.reach import keyboard_overlap, reach_low
from kiosk.ui.theme import colour, on_unit_changed, px
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    ButtonRow,
    body_label,
    guard_personal_field,
    heading,
    paint_qr_glyph,
    primary_button,
    scale_margins,
    scale_minimum_height,
    secondary_button,
    wipe_field,
)

if TYPE_CHECKING:
    from kiosk.ui.camera import CameraPreview

TYPING_LIMIT = 16  # room for dashes and spaces around 8 characters


class _CodeValidator(QValidator):
    """Letters, digits, dashes and spaces, shown in capitals as they are typed (PySide6
    takes the edited text back from ``validate``)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        upper = text.upper()
        if all(ch.isascii() and (ch.isalnum() or ch in " -") for ch in upper):
            return QValidator.State.Acceptable, upper, pos
        return QValidator.State.Invalid, text, pos


class ScanPicture(QWidget):
    """What the attendee aims at without a camera: a large sketch of a QR code, in the
    place the camera's picture takes when there is one. Its side follows the screen's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As large as the screen gives room for (set_side), smaller when it must: a fixed
        # size kept from a larger screen would hold the window at that size.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._side = px(320)

    def set_side(self, side: int) -> None:
        if side != self._side:
            self._side = side
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._side, self._side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(px(120), px(120))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        area = QRectF(0, 0, side, side)
        area.moveCenter(QRectF(self.rect()).center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("surface"))  # the palette's (kiosk/ui/theme.py)
        painter.drawRoundedRect(area, side * 0.08, side * 0.08)
        paint_qr_glyph(painter, area.adjusted(side * 0.16, side * 0.16, -side * 0.16,
                                              -side * 0.16), colour("text"))
        painter.end()


class ScanScreen(QWidget):
    """Two pages: the scan page (camera picture or sketch, and the ways around it) and the
    code page (an 8-character field on the on-screen keyboard).

    Signals:
        back(): the attendee went back to the events (a kiosk that also registers).
        code_entered(str): a code typed whole (8 letters and digits, as typed).
        search_requested(): staff asked to find someone by name.
        scanning_changed(bool): the scan page became visible (True) or stopped being so;
            the camera runs only meanwhile.
    """

    back = Signal()
    code_entered = Signal(str)
    search_requested = Signal()
    scanning_changed = Signal(bool)

    SCAN_PAGE, CODE_PAGE = 0, 1

    def __init__(self, can_go_back: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanScreen")
        self._scanning = False
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_scan_page(can_go_back))
        self.pages.addWidget(self._build_code_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _build_scan_page(self, can_go_back: bool) -> QWidget:
        page = QWidget(self)
        self.back_button = secondary_button("", page)
        say(self.back_button.setText, lambda: self.tr("‹ Back"))
        self.back_button.setVisible(can_go_back)
        self.back_button.clicked.connect(self.back)
        self.title = heading("", 1, page)
        say(self.title.setText, lambda: self.tr("Scan your QR code"))
        self.title.setObjectName("scanTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where = body_label("", page)
        self.where.setObjectName("scanWhere")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.hide()
        self.preview: CameraPreview | None = None  # made when a camera is first found
        self.picture = ScanPicture(page)
        self.hint = body_label("", page)
        self.hint.setObjectName("lead")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.type_button = secondary_button("", page)
        say(self.type_button.setText, lambda: self.tr("Type your code instead"))
        scale_minimum_height(self.type_button, TOUCH_TARGET + 16)
        self.type_button.clicked.connect(self._on_type_button_clicked)
        self.search_button = secondary_button("", page)
        say(self.search_button.setText, lambda: self.tr("Find by name (staff)"))
        self.search_button.setObjectName("staffButton")
        self.search_button.clicked.connect(self.search_requested)
        self.search_button.hide()

        # Side by side when they fit, one above the other on a narrow (portrait) screen.
        buttons = ButtonRow(page)
        buttons.add(self.type_button)
        buttons.add(self.search_button)
        layout = QVBoxLayout(page)
        scale_margins(layout, 32, 16, 32, 24, spacing=12)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.corner = CornerButtons(page)  # the language and text size / contrast buttons
        self.language_button = self.corner.language
        top.addWidget(self.corner)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        # Without a camera the sketch, the hint and the buttons stay together in the middle;
        # a camera's picture takes all the room there is.
        layout.addStretch(1)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        layout.addStretch(1)
        self._scan_layout = layout
        self.set_camera_available(False)
        return page

    def _build_code_page(self) -> QWidget:
        page = QWidget(self)
        self.code_back_button = secondary_button("", page)
        say(self.code_back_button.setText, lambda: self.tr("‹ Back to scanning"))
        self.code_back_button.clicked.connect(self.show_scan_page)
        title = heading("", 1, page)
        say(title.setText, lambda: self.tr("Type your check-in code"))
        explanation = body_label("", page)
        say(explanation.setText, lambda: self.tr(
            "The 8 letters and digits under the QR code in your confirmation e-mail."
        ))
        explanation.setObjectName("lead")
        self.code_field = QLineEdit(page)
        self.code_field.setObjectName("codeField")
        say(self.code_field.setAccessibleName, lambda: self.tr("Check-in code"))
        self.code_field.setMaxLength(TYPING_LIMIT)
        scale_minimum_height(self.code_field, TOUCH_TARGET + 24)
        on_unit_changed(self.code_field, self._size_code_field)
        self.code_field.setValidator(_CodeValidator(self.code_field))
        self.code_field.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase
            | Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        guard_personal_field(self.code_field)  # a code is as good as a ticket
        self.code_field.returnPressed.connect(self._on_code_submitted)
        self.code_field.textEdited.connect(self._on_code_field_text_edited)
        self.code_error = body_label("", page)
        self.code_error.setObjectName("fieldError")
        self.code_error.hide()
        self.check_in_button = primary_button("", page)
        say(self.check_in_button.setText, lambda: self.tr("Check in"))
        self.check_in_button.clicked.connect(self._on_code_submitted)
        scale_minimum_height(self.check_in_button, TOUCH_TARGET + 24)  # as tall as the field
        entry = QHBoxLayout()
        entry.addWidget(self.code_field, 1)
        entry.addWidget(self.check_in_button)
        entry.addStretch(1)
        scale_margins(entry, 0, 0, 0, 0, spacing=24)
        layout = QVBoxLayout(page)
        scale_margins(layout, 32, 16, 32, 16, spacing=16)
        layout.addWidget(self.code_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(explanation)
        # Reach (kiosk.ui.reach): on a portrait kiosk this gap pushes the field and the
        # button down to just above the keyboard (the spacer at the end is its height).
        layout.addStretch(0)
        # Field and button side by side, the message under them: all of it stays above the
        # on-screen keyboard, which covers the lower half of a landscape screen.
        layout.addLayout(entry)
        layout.addWidget(self.code_error)
        layout.addStretch(1)
        self._keyboard_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum,
                                         QSizePolicy.Policy.Fixed)
        layout.addSpacerItem(self._keyboard_gap)
        self._code_layout = layout
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self._place_for_reach)
        method.keyboardRectangleChanged.connect(self._place_for_reach)
        return page

    @Slot()
    def _place_for_reach(self) -> None:
        """Low on a portrait kiosk: the scan page's sketch, hint and buttons at the bottom;
        the code page's field and Check in button just above the keyboard."""
        low = reach_low(self)
        scan = self._scan_layout
        camera = self.preview is not None and self.preview.isVisibleTo(self)
        scan.setStretch(scan.count() - 1, 0 if low or camera else 1)
        code = self._code_layout
        code.setStretch(code.count() - 5, 1 if low else 0)
        code.setStretch(code.count() - 2, 0 if low else 1)
        page = self.pages.widget(self.CODE_PAGE)
        gap = keyboard_overlap(page) if low and page is not None and page.isVisible() else 0
        if gap != self._keyboard_gap.sizeHint().height():
            self._keyboard_gap.changeSize(0, gap, QSizePolicy.Policy.Minimum,
                                          QSizePolicy.Policy.Fixed)
            code.invalidate()

    def _size_code_field(self) -> None:
        self.code_field.setMinimumWidth(px(300))
        self.code_field.setMaximumWidth(px(560))

    # ------------------------------------------------------------------ what is shown

    def set_where(self, event_name: str, session_name: str = "") -> None:
        """The door's event (and session) under the title; hidden when neither is known."""
        parts = [part for part in (event_name, session_name) if part]
        self.where.setText(" · ".join(parts))
        self.where.setVisible(bool(parts))

    @Slot(bool)
    def set_camera_available(self, available: bool) -> None:
        """The camera's picture in the sketch's place, or the sketch again."""
        if available and self.preview is None:
            from kiosk.ui.camera import CameraPreview  # loads QtMultimedia: only with a camera

            self.preview = CameraPreview(self)
            say(self.preview.set_caption, lambda: self.tr("Hold the code inside the square"))
            layout = self._scan_layout
            layout.insertWidget(layout.indexOf(self.picture), self.preview, 1)
        if self.preview is not None:
            self.preview.set_available(available)
            self.preview.setVisible(available)
        self.picture.setVisible(not available)
        gaps = 0 if available else 1
        layout = self._scan_layout
        layout.setStretch(layout.indexOf(self.where) + 1, gaps)
        layout.setStretch(layout.count() - 1, gaps)
        if hasattr(self, "_code_layout"):  # built: the scan page's gap below, for reach
            self._place_for_reach()

        def hint() -> str:
            if available:
                return self.tr("Hold the QR code from your confirmation e-mail up to the camera.")
            return self.tr("Hold the QR code from your confirmation e-mail under the scanner.")

        say(self.hint.setText, hint)

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        if self.preview is not None:
            self.preview.set_frame(image)

    def set_search_available(self, available: bool) -> None:
        self.search_button.setVisible(available)

    @Slot()
    def show_scan_page(self) -> None:
        self.pages.setCurrentIndex(self.SCAN_PAGE)
        self._update_scanning()

    def show_code_page(self) -> None:
        self.code_error.hide()
        self.pages.setCurrentIndex(self.CODE_PAGE)
        self._update_scanning()
        self.code_field.setFocus()
        QGuiApplication.inputMethod().show()

    def forget_code(self) -> None:
        """Nothing typed stays, not even in the field's undo history."""
        wipe_field(self.code_field)
        say(self.code_error.setText, str)
        self.code_error.hide()

    @property
    def scanning(self) -> bool:
        return self._scanning

    # ------------------------------------------------------------------ the code page

    @Slot()
    def _on_type_button_clicked(self) -> None:
        self.show_code_page()

    @Slot(str)
    def _on_code_field_text_edited(self, _text: str) -> None:
        self.code_error.hide()

    @Slot()
    def _on_code_submitted(self) -> None:
        typed = self.code_field.text()
        code = normalise_check_in_code(typed)
        if not code:
            return
        count = len(code)
        if count != CODE_LENGTH:
            self._show_code_error(lambda: self.tr(
                "A check-in code has 8 letters and digits. This one has %Ln.", None, count
            ))
            return
        if not is_check_in_code(code):
            self._show_code_error(lambda: self.tr(
                "This is not a check-in code. Please compare it with your e-mail."
            ))
            return
        self.forget_code()
        self.code_entered.emit(typed)

    def _show_code_error(self, message: Callable[[], str]) -> None:
        say(self.code_error.setText, message)
        self.code_error.show()
        self.code_field.setFocus()

    # ------------------------------------------------------------------ the camera

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        side = int(min(self.width() * 0.5, self.height() * 0.36))
        self.picture.set_side(max(side, px(120)))
        self._place_for_reach()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._update_scanning()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        if not event.spontaneous():  # another screen took this one's place
            self._update_scanning(hidden=True)

    def _update_scanning(self, hidden: bool = False) -> None:
        scanning = (
            not hidden and self.isVisible() and self.pages.currentIndex() == self.SCAN_PAGE
        )
        if scanning != self._scanning:
            self._scanning = scanning
            self.scanning_changed.emit(scanning)
