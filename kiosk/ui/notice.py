"""A full-screen notice for staff when the kiosk cannot work at all (instead of a crash loop)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets import body_label, heading, primary_button


class NoticeWindow(QWidget):
    """Says what is wrong and what staff can do; "Try again" reruns the start-up step.

    It stands where the kiosk stood, so it is no way out either: with a staff PIN set
    there is no quit shortcut (staff fix the cause and tap Try again, then leave through
    the kiosk's PIN, or stop the service), and window-manager closes are ignored in full
    screen.
    """

    def __init__(self, message: str, retry: Callable[[], None], *, can_quit: bool) -> None:
        super().__init__()
        self._closing = False
        self.setObjectName("noticeWindow")
        self.setWindowTitle(self.tr("Kiosk needs attention"))
        self.title = heading(self.tr("This kiosk needs a staff member"), 1)
        self.message = body_label(message)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = primary_button(self.tr("Try again"), self)
        self.retry_button.clicked.connect(retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        if can_quit:
            self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
            self.quit_shortcut.activated.connect(self.close_for_good)

    def close_for_good(self) -> None:
        """Close: the kiosk has opened in its place, or (without a PIN) staff quit."""
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closing or not self.isFullScreen():
            super().closeEvent(event)
        else:
            event.ignore()

    def set_message(self, message: str) -> None:
        self.message.setText(message)
