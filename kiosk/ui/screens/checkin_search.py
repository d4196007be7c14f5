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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import AttendeeHit, AttendeeRecord, AttendeeState
from kiosk.ui import text
from kiosk.ui.i18n import say
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


def _hit_text(hit: AttendeeHit) -> str:
    """A row of the list: the short name and where the registration stands."""
    state = state_text(hit.state, hit.checked_in, hit.checked_in_at)
    return f"{short_name(hit)}  ·  {state}"


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
        self._hits: list[AttendeeHit] = []  # the rows listed, in order (retranslate)
        self.pages = QStackedWidget(self)

        results = QWidget(self)
        self.field = QLineEdit(results)
        self.field.setObjectName("searchField")
        say(self.field.setAccessibleName, lambda: self.tr("Name"))
        say(self.field.setPlaceholderText, lambda: self.tr("First or last name"))
        self.field.setMaxLength(100)
        self.field.setClearButtonEnabled(True)
        for clear in self.field.findChildren(QToolButton):  # Qt's icon-only clear button
            say(clear.setAccessibleName, lambda: self.tr("Clear the name"))
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        guard_personal_field(self.field)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.status = body_label("", results)
        self.status.setObjectName("muted")
        self.list = QListWidget(results)
        self.list.setObjectName("searchHits")
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Enter or Space picks a name
        enable_kinetic_scrolling(self.list)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        results_layout = QVBoxLayout(results)
        scale_margins(results_layout, 0, 0, 0, 0, spacing=12)
        title = heading("", 1, results)
        say(title.setText, lambda: self.tr("Find an attendee"))
        results_layout.addWidget(title)
        results_layout.addWidget(self.field)
        results_layout.addWidget(self.status)
        results_layout.addWidget(self.list, 1)

        record = QWidget(self)
        self.name = heading("", 1, record)
        self.state = body_label("", record)
        self.state.setObjectName("lead")
        self.note = body_label("", record)
        self.note.setObjectName("muted")
        self.check_in_button = primary_button("", record)
        say(self.check_in_button.setText, lambda: self.tr("Check in"))
        on_unit_changed(self.check_in_button,
                        lambda: self.check_in_button.setMinimumWidth(px(240)))
        self.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        self.reprint_button = secondary_button("", record)
        say(self.reprint_button.setText, lambda: self.tr("Reprint badge"))
        scale_minimum_height(self.reprint_button, TOUCH_TARGET + 16)
        self.reprint_button.setVisible(can_reprint)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.results_button = secondary_button("", record)
        say(self.results_button.setText, lambda: self.tr("Back to the results"))
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
        self.done_button = secondary_button("", self)
        say(self.done_button.setText, lambda: self.tr("‹ Done: back to scanning"))
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
        self._clear_hits()
        self._forget_record()
        say(self.status.setText, self._too_short)
        self.pages.setCurrentIndex(self.RESULTS_PAGE)

    def _forget_record(self) -> None:
        self._code = None
        self._record = None
        self.name.clear()
        say(self.state.setText, str)
        say(self.note.setText, str)

    def _too_short(self) -> str:
        return self.tr("Type at least two letters of a first or last name.")

    # ------------------------------------------------------------------ results

    def show_searching(self) -> None:
        say(self.status.setText, lambda: self.tr("Searching…"))

    def show_too_short(self) -> None:
        self._clear_hits()
        say(self.status.setText, self._too_short)

    def show_hits(self, hits: list[AttendeeHit]) -> None:
        self._clear_hits()
        for hit in hits:
            item = QListWidgetItem(_hit_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.registration_id)
            item.setSizeHint(QSize(0, px(ROW_HEIGHT)))
            self.list.addItem(item)
        self._hits = list(hits)
        count = len(hits)

        def status() -> str:
            if count:
                return self.tr("Found: %Ln. Tap the right person.", None, count)
            return self.tr(
                "No one found. Try the first name or the last name instead, or fewer letters."
            )

        say(self.status.setText, status)

    def show_search_failed(self) -> None:
        self._clear_hits()
        say(self.status.setText, lambda: self.tr(
            "The search is not available right now. Please try again in a moment."
        ))

    def _clear_hits(self) -> None:
        self.list.clear()
        self._hits = []

    def retranslate(self) -> None:
        """After a language switch: the rows' states in the new language (the list keeps
        its texts)."""
        for row, hit in enumerate(self._hits):
            item = self.list.item(row)
            if item is not None:
                item.setText(_hit_text(hit))

    # ------------------------------------------------------------------ one record

    def show_record(self, record: AttendeeRecord) -> None:
        self._code = record.check_in_code
        self._record = record
        self.reprint_button.setEnabled(bool(self._code))
        self.name.setText(f"{record.first_name.strip()} {record.last_name.strip()}".strip())
        say(self.state.setText,
            lambda: state_text(record.state, record.checked_in, record.checked_in_at))
        self.check_in_button.setEnabled(bool(self._code))
        if self._code:
            say(self.note.setText, str)
        else:
            say(self.note.setText,
                lambda: self.tr("This registration has no check-in code."))
        self.note.setVisible(not self._code)
        self.pages.setCurrentIndex(self.RECORD_PAGE)

    def show_reprint_sent(self) -> None:
        """Staff see that the tap was taken (the printer's state is in the staff view)."""
        say(self.note.setText, lambda: self.tr("The badge is being printed again."))
        self.note.setVisible(True)

    def show_record_failed(self) -> None:
        say(self.status.setText, lambda: self.tr(
            "This registration cannot be opened right now. Please try again."
        ))

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
