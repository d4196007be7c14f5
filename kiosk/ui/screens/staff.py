"""Staff view of the outbox: queued and refused submissions, with "retry now".

Attendee names appear here and nowhere else; the view can be locked behind a PIN.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.outbox import Submission, SubmissionState
from kiosk.ui import text
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    body_label,
    enable_kinetic_scrolling,
    heading,
    primary_button,
    screen_layout,
    secondary_button,
)

Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Rows of undelivered submissions, oldest first."""

    COLUMNS = ("time", "event", "attendee", "status", "reason")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Submission] = []

    def set_submissions(self, submissions: list[Submission]) -> None:
        self.beginResetModel()
        self._rows = list(submissions)
        self.endResetModel()

    def submission(self, row: int) -> Submission:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "time": text.translate("kiosk", "Time"),
            "event": text.translate("kiosk", "Event"),
            "attendee": text.translate("kiosk", "Attendee"),
            "status": text.translate("kiosk", "Status"),
            "reason": text.translate("kiosk", "Reason"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        submission = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "time":
            local = submission.created_at.astimezone()
            return f"{text.short_day(local.date())} {text.clock(local.replace(tzinfo=None))}"
        if column == "event":
            return submission.event_name or submission.readable_event_id
        if column == "attendee":
            return submission.attendee_label
        if column == "status":
            if submission.state is SubmissionState.REFUSED:
                return text.translate("kiosk", "Refused")
            return text.translate("kiosk", "Waiting (%n attempt(s))", None, submission.attempts)
        return submission.last_error or ""


class StaffScreen(QWidget):
    """Signals:
        back(): leave the staff view.
        refresh_requested(): reload the list from the outbox.
        retry_requested(list): ids of submissions to send again now (empty: all).
    """

    back = Signal()
    refresh_requested = Signal()
    retry_requested = Signal(list)

    def __init__(self, pin: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffScreen")
        self._pin = pin
        self.model = QueueModel(self)
        self.pages = QStackedWidget(self)

        lock = QWidget(self)
        self.pin_edit = QLineEdit(lock)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin_edit.setMinimumHeight(TOUCH_TARGET)
        self.pin_edit.setMaximumWidth(360)
        self.pin_edit.returnPressed.connect(self._on_pin_entered)
        self.pin_error = body_label()
        self.pin_error.setObjectName("fieldError")
        unlock = primary_button(self.tr("Unlock"), lock)
        unlock.clicked.connect(self._on_pin_entered)
        lock_layout = QVBoxLayout(lock)
        lock_layout.addWidget(heading(self.tr("Staff only"), 1))
        lock_layout.addWidget(body_label(self.tr("Enter the staff PIN.")))
        lock_layout.addWidget(self.pin_edit)
        lock_layout.addWidget(self.pin_error)
        lock_layout.addWidget(unlock, 0, Qt.AlignmentFlag.AlignLeft)
        lock_layout.addStretch(1)

        queue = QWidget(self)
        self.summary = body_label()
        self.table = QTableView(queue)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_TARGET + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        enable_kinetic_scrolling(self.table)
        retry_selected = primary_button(self.tr("Retry selected now"), queue)
        retry_selected.clicked.connect(self._on_retry_selected)
        retry_all = secondary_button(self.tr("Retry all now"), queue)
        retry_all.clicked.connect(lambda: self.retry_requested.emit([]))
        buttons = QHBoxLayout()
        buttons.addWidget(retry_selected)
        buttons.addWidget(retry_all)
        buttons.addStretch(1)
        queue_layout = QVBoxLayout(queue)
        queue_layout.addWidget(heading(self.tr("Registrations not yet delivered"), 1))
        queue_layout.addWidget(self.summary)
        queue_layout.addWidget(self.table, 1)
        queue_layout.addLayout(buttons)
        self.pages.addWidget(lock)
        self.pages.addWidget(queue)

        close = secondary_button(self.tr("‹ Close"), self)
        close.clicked.connect(self.back)
        layout = screen_layout(self, close)
        layout.addWidget(self.pages, 1)

    def open(self) -> None:
        """Show the PIN prompt when a PIN is set, else the queue."""
        self.pin_edit.clear()
        self.pin_error.clear()
        if self._pin:
            self.pages.setCurrentIndex(0)
            self.pin_edit.setFocus()
        else:
            self._unlocked()

    def lock(self) -> None:
        self.model.set_submissions([])
        self.pages.setCurrentIndex(0 if self._pin else 1)

    def show_submissions(self, submissions: list[Submission], now: datetime) -> None:
        self.model.set_submissions(submissions)
        waiting = sum(1 for s in submissions if s.state is SubmissionState.QUEUED)
        refused = len(submissions) - waiting
        self.summary.setText(
            self.tr("%n waiting to be sent", None, waiting)
            + " · "
            + self.tr("%n refused by the server", None, refused)
        )

    def _unlocked(self) -> None:
        self.pages.setCurrentIndex(1)
        self.refresh_requested.emit()

    def _on_pin_entered(self) -> None:
        if self.pin_edit.text() == self._pin:
            self._unlocked()
        else:
            self.pin_error.setText(self.tr("That PIN is not right."))
            self.pin_edit.clear()

    def _on_retry_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = [self.model.submission(row).id for row in sorted(rows)]
        if ids:
            self.retry_requested.emit(ids)
