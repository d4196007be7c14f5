"""Staff find someone who cannot show their code: a name search, a short list ("Ana M."),
the chosen person's full name and state, and "Check in".

Shown only after the staff PIN; everything on it is wiped when staff leave, when the
staff view locks again and at the idle reset.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import AttendeeHit, AttendeeRecord, AttendeeState
from kiosk.ui import text
from kiosk.ui.theme import on_unit_changed, px
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    ButtonRow,
    body_label,
    enable_kinetic_scrolling,
    guard_personal_field,
    heading,
    primary_button,
    scale_margins,
    scale_minimum_height,
    screen_layout,
    secondary_button,
    wipe_field,
)

MIN_QUERY = 2  # letters the server needs before it searches
ROW_HEIGHT = TOUCH_TARGET + 24  # units


def state_text(state: str, checked_in: bool, checked_in_at: datetime | None) -> str:
    """Where a registration stands, in words."""
    if checked_in:
        if checked_in_at is None:
            return text.translate("kiosk", "Checked in")
        local = checked_in_at.astimezone().replace(tzinfo=None)
        return text.translate("kiosk", "Checked in at %1").replace("%1", text.clock(local))
    if state == AttendeeState.WAITLISTED:
        return text.translate("kiosk", "On the waitlist")
    if state == AttendeeState.PENDING_PAYMENT:
        return text.translate("kiosk", "Payment not completed")
    return text.translate("kiosk", "Registered, not checked in yet")


def short_name(hit: AttendeeHit) -> str:
    """"Ana M.": enough to pick the right person, not a full name on a list."""
    return " ".join(part for part in (hit.first_name.strip(), hit.last_name_initial) if part)


class StaffSearchScreen(QWidget):
    """Two pages: the search with its list, and one person's record.

    Signals:
        back(): staff are done with the search (the staff view locks again).
        query_changed(str): the search text, after each change.
        hit_chosen(str): the registration id of the row tapped.
        check_in_requested(str): check the open record in; its check-in code.
        reprint_requested(object): print the open record's badge again; the
            ``AttendeeRecord`` (only with ``can_reprint``).
    """

    back = Signal()
    query_changed = Signal(str)
    hit_chosen = Signal(str)
    check_in_requested = Signal(str)
    reprint_requested = Signal(object)

    RESULTS_PAGE, RECORD_PAGE = 0, 1

    def __init__(self, parent: QWidget | None = None, *, can_reprint: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("staffSearchScreen")
        self._code: str | None = None
        self._record: AttendeeRecord | None = None
        self.pages = QStackedWidget(self)

        results = QWidget(self)
        self.field = QLineEdit(results)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Name"))
        self.field.setPlaceholderText(self.tr("First or last name"))
        self.field.setMaxLength(100)
        self.field.setClearButtonEnabled(True)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        guard_personal_field(self.field)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.status = body_label("", results)
        self.status.setObjectName("muted")
        self.list = QListWidget(results)
        self.list.setObjectName("searchHits")
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        enable_kinetic_scrolling(self.list)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        results_layout = QVBoxLayout(results)
        scale_margins(results_layout, 0, 0, 0, 0, spacing=12)
        results_layout.addWidget(heading(self.tr("Find an attendee"), 1, results))
        results_layout.addWidget(self.field)
        results_layout.addWidget(self.status)
        results_layout.addWidget(self.list, 1)

        record = QWidget(self)
        self.name = heading("", 1, record)
        self.state = body_label("", record)
        self.state.setObjectName("lead")
        self.note = body_label("", record)
        self.note.setObjectName("muted")
        self.check_in_button = primary_button(self.tr("Check in"), record)
        on_unit_changed(self.check_in_button,
                        lambda: self.check_in_button.setMinimumWidth(px(240)))
        self.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        self.reprint_button = secondary_button(self.tr("Reprint badge"), record)
        scale_minimum_height(self.reprint_button, TOUCH_TARGET + 16)
        self.reprint_button.setVisible(can_reprint)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.results_button = secondary_button(self.tr("Back to the results"), record)
        self.results_button.clicked.connect(self._on_results_button_clicked)
        scale_minimum_height(self.results_button, TOUCH_TARGET + 16)
        record_buttons = ButtonRow(record, centred=False)
        for button in (self.check_in_button, self.reprint_button, self.results_button):
            record_buttons.add(button)
        record_layout = QVBoxLayout(record)
        scale_margins(record_layout, 0, 0, 0, 0, spacing=16)
        record_layout.addWidget(self.name)
        record_layout.addWidget(self.state)
        record_layout.addWidget(self.note)
        record_layout.addWidget(record_buttons)
        record_layout.addStretch(1)

        self.pages.addWidget(results)
        self.pages.addWidget(record)
        self.done_button = secondary_button(self.tr("‹ Done: back to scanning"), self)
        self.done_button.clicked.connect(self.back)
        layout = screen_layout(self, self.done_button)
        layout.addWidget(self.pages, 1)

    # ------------------------------------------------------------------ opening, wiping

    def open(self) -> None:
        """A fresh search, with the keyboard up."""
        self.clear()
        self.field.setFocus()
        QGuiApplication.inputMethod().show()

    def clear(self) -> None:
        """Nothing of the last search stays: field (with its undo history), rows, record."""
        blocked = self.field.blockSignals(True)
        wipe_field(self.field)
        self.field.blockSignals(blocked)
        self.list.clear()
        self._forget_record()
        self.status.setText(self.tr("Type at least two letters of a first or last name."))
        self.pages.setCurrentIndex(self.RESULTS_PAGE)

    def _forget_record(self) -> None:
        self._code = None
        self._record = None
        self.name.clear()
        self.state.clear()
        self.note.clear()

    # ------------------------------------------------------------------ results

    def show_searching(self) -> None:
        self.status.setText(self.tr("Searching…"))

    def show_too_short(self) -> None:
        self.list.clear()
        self.status.setText(self.tr("Type at least two letters of a first or last name."))

    def show_hits(self, hits: list[AttendeeHit]) -> None:
        self.list.clear()
        for hit in hits:
            state = state_text(hit.state, hit.checked_in, hit.checked_in_at)
            item = QListWidgetItem(f"{short_name(hit)}  ·  {state}")
            item.setData(Qt.ItemDataRole.UserRole, hit.registration_id)
            item.setSizeHint(QSize(0, px(ROW_HEIGHT)))
            self.list.addItem(item)
        count = len(hits)
        self.status.setText(
            self.tr("Found: %n. Tap the right person.", None, count)
            if hits
            else self.tr("No one found. Try the other name, or fewer letters.")
        )

    def show_search_failed(self) -> None:
        self.list.clear()
        self.status.setText(
            self.tr("The search is not available right now. Please try again in a moment.")
        )

    # ------------------------------------------------------------------ one record

    def show_record(self, record: AttendeeRecord) -> None:
        self._code = record.check_in_code
        self._record = record
        self.reprint_button.setEnabled(bool(self._code))
        self.name.setText(f"{record.first_name.strip()} {record.last_name.strip()}".strip())
        self.state.setText(state_text(record.state, record.checked_in, record.checked_in_at))
        self.check_in_button.setEnabled(bool(self._code))
        self.note.setText(
            "" if self._code else self.tr("This registration has no check-in code.")
        )
        self.note.setVisible(not self._code)
        self.pages.setCurrentIndex(self.RECORD_PAGE)

    def show_reprint_sent(self) -> None:
        """Staff see that the tap was taken (the printer's state is in the staff view)."""
        self.note.setText(self.tr("The badge is being printed again."))
        self.note.setVisible(True)

    def show_record_failed(self) -> None:
        self.status.setText(
            self.tr("This registration cannot be opened right now. Please try again.")
        )

    # ------------------------------------------------------------------ slots

    @Slot(str)
    def _on_field_text_changed(self, query: str) -> None:
        self.query_changed.emit(query)

    @Slot(QListWidgetItem)
    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        registration_id = item.data(Qt.ItemDataRole.UserRole)
        if registration_id:
            self.hit_chosen.emit(str(registration_id))

    @Slot()
    def _on_check_in_button_clicked(self) -> None:
        if self._code:
            self.check_in_requested.emit(self._code)

    @Slot()
    def _on_reprint_button_clicked(self) -> None:
        if self._record is not None and self._code:
            self.reprint_requested.emit(self._record)

    @Slot()
    def _on_results_button_clicked(self) -> None:
        self._forget_record()
        self.pages.setCurrentIndex(self.RESULTS_PAGE)
