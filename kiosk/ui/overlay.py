"""A card over the whole window, the screen dimmed behind it ("Still there?", languages)."""

from __future__ import annotations

from typing import Self

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.focus import first_control, trap_tab
from kiosk.ui.reach import keyboard_overlap, reach_low


class CardOverlay(QWidget):
    """Covers its parent (the window); ``card_layout`` holds the content. Call ``present()``
    to show it on top, fitted to the window's size and the theme's scale.

    While it is shown, Tab goes round its own controls only; the focus comes to its first
    control (when it has one) and goes back where it was when it is hidden."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.card = QFrame(self)
        self.card.setObjectName(f"{name}Card")
        self.card_layout = QVBoxLayout(self.card)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        # Fitted again when the window's size or the theme (its scale unit) changes.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        parent.installEventFilter(self)
        self.card.installEventFilter(self)
        self._focus_before: QWidget | None = None
        self.hide()

    @classmethod
    def over(cls, window: QWidget) -> Self:
        """The window's one panel of this kind (a panel that opens with one argument, the
        window), made the first time it is asked for."""
        panel = window.findChild(cls)
        return panel if panel is not None else cls(window)  # type: ignore[call-arg]

    def present(self) -> None:
        self._fit()
        self.raise_()
        if not self.isVisible():
            self._focus_before = self.window().focusWidget()
        self.show()
        first = first_control(self.card)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab and Shift+Tab go round the card's controls: nothing under the dimmed
        window can be reached while it is shown."""
        return trap_tab(self.card, next) or super().focusNextPrevChild(next)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """The focus back where it was before the overlay opened."""
        super().hideEvent(event)
        before, self._focus_before = self._focus_before, None
        if before is not None and shiboken6.isValid(before) and before.isVisible() and (
                before.isEnabled()):
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        """The whole window; the card a share of its width, so it reads at every size."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        width, height = parent.width(), parent.height()
        share = 0.86 if width < height else 0.56
        card_width = max(int(width * share), min(width, 320))
        self.card.setFixedWidth(card_width)
        margin = max(round(min(width, height) * 0.04), 16)
        self.card_layout.setContentsMargins(margin, margin, margin, margin)
        self.card_layout.setSpacing(max(margin // 2, 8))
        # Reach (kiosk.ui.reach): on a portrait kiosk a bottom sheet, its buttons low (and
        # above the on-screen keyboard when it is up); else in the middle.
        outer = self.layout()
        if isinstance(outer, QVBoxLayout):
            low = reach_low(self)
            outer.setStretch(outer.count() - 1, 0 if low else 1)
            if low:
                outer.setContentsMargins(0, 0, 0, keyboard_overlap(self))
            else:
                outer.unsetContentsMargins()
        sheet = (  # white on the dimmed window, corners rounded to scale
            f"QFrame#{self.card.objectName()} {{ background: #ffffff; border: 1px solid #b6bcc8;"
            f" border-radius: {max(margin // 2, 12)}px; }}"
        )
        if self.card.styleSheet() != sheet:  # a new sheet restyles: only when it changed
            self.card.setStyleSheet(sheet)
        # As tall as its wrapped text needs at that width (the border included).
        self.card.ensurePolished()
        inner = card_width - self.card.frameWidth() * 2
        self.card.setFixedHeight(
            self.card_layout.totalHeightForWidth(inner) + self.card.frameWidth() * 2
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(28, 34, 48, 150))  # the app's text colour, dimmed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.parentWidget() or watched is self.card) and self.isVisible() and (
                event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange,
                                 QEvent.Type.FontChange, QEvent.Type.LanguageChange)):
            self._refit.start()
        return False
