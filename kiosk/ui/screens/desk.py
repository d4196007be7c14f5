"""The staff desk: one keyboard-first form for walk-ins, the day's registrations, and a lock.

Staff at a desk with a hardware keyboard register a queue of walk-ins: every field of the
chosen event's registration is on one page in Tab order, Enter registers, and the form is
empty at once for the next person while one line says what became of the last one. No
attract screen, no countdown, no idle reset: after a few minutes without input the desk
locks (the flow asks for the PIN), and what was typed stays hidden behind the lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import CustomFieldType, CustomRegistrationField
from kiosk.services.availability import SessionAvailability, session_availability
from kiosk.services.catalog import EventDetails
from kiosk.services.registration import (
    CONSENT,
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    NAME_MAX,
    SESSIONS,
    TEXT_ANSWER_MAX,
    Answer,
    Problem,
    RegistrationDraft,
)
from kiosk.ui import text
from kiosk.ui.i18n import Text, say, text_of
from kiosk.ui.theme import on_unit_changed, px
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    CheckRow,
    body_label,
    button_text,
    guard_personal_field,
    heading,
    primary_button,
    scroll_page,
    secondary_button,
    wipe_field,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CHOICE_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class DeskRow:
    """One line of the day's list: no more than the unlocked desk may show."""

    submission_id: str
    time_text: str
    name: str
    event_name: str
    status: str
    reprintable: bool = False


class DeskScreen(QWidget):
    """The lock page (the PIN) and the desk page (the event, the form, the day's list).

    Signals:
        pin_entered(str): a PIN was typed at the lock page.
        leave_cancelled(): staff stayed at the desk rather than leave it.
        event_chosen(str): the readable id of the event chosen at the top.
        submit_requested(): Enter in the form, or the Register button.
        search_requested(): "Find attendee" (the name search and check-in).
        lock_requested(): staff lock the desk themselves.
        leave_requested(): staff want to leave desk mode (the PIN first).
        reprint_requested(str): reprint the badge of this submission.
        retranslated(): the language changed (the day's list is worded again).
    """

    LOCK_PAGE, DESK_PAGE = 0, 1

    pin_entered = Signal(str)
    leave_cancelled = Signal()
    event_chosen = Signal(str)
    submit_requested = Signal()
    search_requested = Signal()
    lock_requested = Signal()
    leave_requested = Signal()
    reprint_requested = Signal(str)
    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskScreen")
        self.details: EventDetails | None = None
        self._consent_required = True
        self._answers: dict[str, QWidget] = {}  # custom field id -> its widget
        self._last_focus: QWidget | None = None  # where the focus was when the desk locked
        self._rows: list[DeskRow] = []
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._lock_page())
        self.pages.addWidget(self._desk_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.pages.setCurrentIndex(self.LOCK_PAGE)

    # ------------------------------------------------------------------ building

    def _lock_page(self) -> QWidget:
        page = QWidget(self)
        title = heading("", 1, page)
        say(title.setText, lambda: self.tr("Staff desk"))
        self.pin_prompt = body_label("", page)
        self.pin_edit = QLineEdit(page)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        guard_personal_field(self.pin_edit)
        say(self.pin_edit.setAccessibleName, lambda: self.tr("Staff PIN"))
        on_unit_changed(self.pin_edit, lambda: self.pin_edit.setMaximumWidth(px(360)))
        self.pin_edit.returnPressed.connect(self._on_pin_return)
        self.pin_error = body_label("", page)
        self.pin_error.setObjectName("fieldError")
        self.unlock_button = primary_button("", page)
        say(self.unlock_button.setText, lambda: self.tr("Unlock"))
        self.unlock_button.clicked.connect(self._on_pin_return)
        self.stay_button = secondary_button("", page)
        say(self.stay_button.setText, lambda: self.tr("Stay at the desk"))
        self.stay_button.clicked.connect(self.leave_cancelled)
        self.stay_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.stay_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.pin_prompt)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.pin_error)
        layout.addLayout(buttons)
        layout.addStretch(2)
        on_unit_changed(page, lambda: layout.setContentsMargins(px(64), px(32), px(64), px(32)))
        return page

    def _desk_page(self) -> QWidget:
        page = QWidget(self)
        # The top: the event (kept for the session), and the staff functions.
        title = heading("", 2, page)
        say(title.setText, lambda: self.tr("Staff desk"))
        self.event_combo = QComboBox(page)
        self.event_combo.addItem("", "")
        say(self._set_placeholder, lambda: self.tr("Choose the event…"))
        say(self.event_combo.setAccessibleName, lambda: self.tr("Event"))
        self.event_combo.activated.connect(self._on_event_combo_activated)
        # A long event name is elided, never widens the window past the screen.
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(16)
        on_unit_changed(self.event_combo, lambda: self.event_combo.setMinimumWidth(px(320)))
        self.event_state = body_label("", page)
        self.event_state.setObjectName("muted")
        self.search_button = secondary_button("", page)
        say(self.search_button.setText, lambda: self.tr("Find attendee"))
        self.search_button.clicked.connect(self.search_requested)
        self.lock_button = secondary_button("", page)
        say(self.lock_button.setText, lambda: self.tr("Lock"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.leave_button = secondary_button("", page)
        say(self.leave_button.setText, lambda: self.tr("Leave desk mode"))
        self.leave_button.clicked.connect(self.leave_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.event_combo, 1)
        top.addWidget(self.search_button)
        top.addWidget(self.lock_button)
        top.addWidget(self.leave_button)

        # The form: every field on one page, in Tab order.
        self.form_area = QWidget(page)
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.first_name = self._line(lambda: self.tr("First name"))
        self.last_name = self._line(lambda: self.tr("Last name"))
        self.email = self._line(lambda: self.tr("E-mail"))
        self.email.setInputMethodHints(
            Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhSensitiveData)
        for edit, label in ((self.first_name, lambda: self.tr("First name")),
                            (self.last_name, lambda: self.tr("Last name")),
                            (self.email, lambda: self.tr("E-mail"))):
            form.addRow(self._label(label), edit)
        self.questions = QWidget(self.form_area)
        self._questions_form = QFormLayout(self.questions)
        self._questions_form.setContentsMargins(0, 0, 0, 0)
        self._questions_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.questions)
        self.sessions_label = self._label(lambda: self.tr("Sessions"))
        self.sessions = QListWidget(self.form_area)
        self.sessions.setObjectName("deskChoices")  # large tick boxes (theme.qss)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        say(self.sessions.setAccessibleName, lambda: self.tr("Sessions"))
        self.sessions.clicked.connect(lambda index: self._toggle(self.sessions, index.row()))
        on_unit_changed(self.sessions, lambda: self.sessions.setMaximumHeight(px(220)))
        form.addRow(self.sessions_label, self.sessions)
        self.consent = CheckRow("", self.form_area)
        self.consent.setObjectName("consent")
        form.addRow(self.consent)
        self.problems = body_label("", page)
        self.problems.setObjectName("fieldError")
        self.register_button = primary_button("", page)
        say(self.register_button.setText, lambda: self.tr("Register (Enter)"))
        self.register_button.clicked.connect(self.submit_requested)
        self.outcome = body_label("", page)
        self.outcome.setObjectName("deskOutcome")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        form_inner = QVBoxLayout(self.form_area)
        form_inner.setContentsMargins(0, 0, 0, 0)
        form_inner.addLayout(form)
        form_inner.addStretch(1)
        # Below the fields, never scrolled away: what is wrong, Register, the last person.
        form_column = QVBoxLayout()
        # A long form (many questions, a long agenda) scrolls rather than squeezes.
        form_column.addWidget(scroll_page(page, self.form_area), 1)
        form_column.addWidget(self.problems)
        send = self._send = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        send.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignTop)
        send.addWidget(self.outcome, 1)
        on_unit_changed(self.outcome, lambda: send.setSpacing(px(24)))
        form_column.addLayout(send)

        # The day's registrations at this desk, with their delivery status.
        day = QWidget(page)
        day_title = heading("", 2, day)
        say(day_title.setText, lambda: self.tr("Registered here today"))
        self.day_summary = body_label("", day)
        self.day_summary.setObjectName("muted")
        self.day_list = QTreeWidget(day)
        self.day_list.setRootIsDecorated(False)
        self.day_list.setUniformRowHeights(True)
        self.day_list.setColumnCount(4)
        say(self.day_list.setAccessibleName, lambda: self.tr("Registered here today"))
        self._say_headers()
        header = self.day_list.header()
        header.setStretchLastSection(True)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.day_list.currentItemChanged.connect(self._on_day_current_changed)
        on_unit_changed(self.day_list, self._size_columns)
        self.reprint_button = secondary_button("", day)
        say(self.reprint_button.setText, lambda: self.tr("Reprint badge"))
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.reprint_button.setEnabled(False)
        self.reprint_button.hide()
        self.reprint_note = body_label("", day)
        self.reprint_note.setObjectName("muted")
        day_column = QVBoxLayout(day)
        day_column.setContentsMargins(0, 0, 0, 0)
        day_column.addWidget(day_title)
        day_column.addWidget(self.day_summary)
        day_column.addWidget(self.day_list, 1)
        day_column.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignLeft)
        day_column.addWidget(self.reprint_note)

        body = self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addLayout(form_column, 5)
        body.addWidget(day, 4)
        self._top = top
        self._combo_row = QHBoxLayout()  # the event's own row in a portrait window
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(self._combo_row)
        layout.addWidget(self.event_state)
        layout.addLayout(body, 1)

        def margins() -> None:
            layout.setContentsMargins(px(32), px(16), px(32), px(16))
            layout.setSpacing(px(12))
            body.setSpacing(px(32))
            top.setSpacing(px(16))

        on_unit_changed(page, margins)
        self.set_details(None)
        return page

    def _label(self, words: Text) -> QLabel:
        label = QLabel(self.form_area)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        say(label.setText, lambda: text_of(words))
        return label

    def _line(self, name: Text) -> QLineEdit:
        edit = QLineEdit(self.form_area)
        guard_personal_field(edit)
        say(edit.setAccessibleName, lambda: text_of(name))
        on_unit_changed(edit, lambda: edit.setMinimumHeight(px(TOUCH_TARGET)))
        return edit

    def _set_placeholder(self, words: str) -> None:
        self.event_combo.setItemText(0, words)

    def _say_headers(self) -> None:
        say(self._set_headers, lambda: "\n".join(
            (self.tr("Time"), self.tr("Name"), self.tr("Event"), self.tr("Status"))))

    def _set_headers(self, joined: str) -> None:
        self.day_list.setHeaderLabels(joined.split("\n"))

    def _size_columns(self) -> None:
        self.day_list.setColumnWidth(1, px(170))
        self.day_list.setColumnWidth(2, px(110))

    # ------------------------------------------------------------------ the lock

    def show_lock(self, prompt: Text, *, leaving: bool = False) -> None:
        """The PIN page: the form (kept as typed) and the day's list are not on show."""
        if self.pages.currentIndex() == self.DESK_PAGE:
            focused = QApplication.focusWidget()
            if focused is not None and self.form_area.isAncestorOf(focused):
                self._last_focus = focused
        self.clear_day()
        say(self.pin_prompt.setText, lambda: text_of(prompt))
        say(self.pin_error.setText, str)
        wipe_field(self.pin_edit)
        self.set_pin_enabled(True)
        self.stay_button.setVisible(leaving)
        self.pages.setCurrentIndex(self.LOCK_PAGE)
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_pin_error(self, words: Text) -> None:
        say(self.pin_error.setText, lambda: text_of(words))
        wipe_field(self.pin_edit)
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_pin_enabled(self, enabled: bool) -> None:
        self.pin_edit.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)

    @property
    def locked(self) -> bool:
        return self.pages.currentIndex() == self.LOCK_PAGE

    def show_desk(self) -> None:
        """The desk page, the focus back where it was (the first name at first)."""
        wipe_field(self.pin_edit)
        self.stay_button.hide()
        self.pages.setCurrentIndex(self.DESK_PAGE)
        target = self._last_focus
        if target is None or not target.isVisible():
            target = self.first_name
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_pin_return(self) -> None:
        pin = self.pin_edit.text()
        if pin and self.unlock_button.isEnabled():
            self.pin_entered.emit(pin)

    # ------------------------------------------------------------------ the event

    def set_events(self, events: Sequence[tuple[str, str]], chosen: str) -> None:
        """The chooser's events (readable id, name); ``chosen`` stays selected."""
        combo = self.event_combo
        blocked = combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for readable_id, name in events:
            combo.addItem(name, readable_id)
        index = combo.findData(chosen) if chosen else 0
        if index < 0 and chosen:
            combo.addItem(chosen, chosen)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(blocked)

    def select_event(self, readable_id: str, name: str) -> None:
        """Show ``readable_id`` as the chosen event (added when the list lacks it)."""
        combo = self.event_combo
        blocked = combo.blockSignals(True)
        index = combo.findData(readable_id)
        if index < 0:
            combo.addItem(name, readable_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(blocked)

    @Slot(int)
    def _on_event_combo_activated(self, index: int) -> None:
        readable_id = self.event_combo.itemData(index) or ""
        if readable_id:
            self.event_chosen.emit(readable_id)

    def show_event_state(self, words: Text) -> None:
        say(self.event_state.setText, lambda: text_of(words))

    def set_details(
        self, details: EventDetails | None, *, consent: Text = "", consent_required: bool = True
    ) -> None:
        """The fields the event's registration needs. Names and e-mail stay as typed;
        answers and sessions of another event go."""
        same = (details is not None and self.details is not None
                and details.readable_id == self.details.readable_id)
        kept = self._answers_now() if same else {}
        kept_sessions = self._checked(self.sessions) if same else []
        self.details = details
        self._consent_required = consent_required
        form = self._questions_form
        while form.rowCount():
            form.removeRow(0)
        self._answers = {}
        for custom in details.fields if details is not None else ():
            widget = self._question(custom)
            self._answers[custom.custom_registration_field_id] = widget
            if isinstance(widget, CheckRow):
                form.addRow(widget)
            else:
                label = body_label(custom.text + (" *" if custom.is_required else ""))
                form.addRow(label, widget)
        self.questions.setVisible(bool(self._answers))
        self._fill_answers(kept)
        self.sessions.clear()
        now_sessions = details.sessions if details is not None else ()
        for session in now_sessions:
            state = session_availability(session, details.event) if details else None
            words = f"{text.session_when(session)}  {session.name}"
            if state is not None and state is not SessionAvailability.OPEN:
                words += f"  ({text.session_availability_text(session, state)})"
            item = QListWidgetItem(words, self.sessions)
            item.setData(_CHOICE_ID, session.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            full = state is SessionAvailability.FULL
            if full:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setCheckState(
                Qt.CheckState.Checked if session.id in kept_sessions and not full
                else Qt.CheckState.Unchecked)
        self.sessions.setVisible(bool(now_sessions))
        self.sessions_label.setVisible(bool(now_sessions))
        say(self.consent.setText, lambda: text_of(consent))
        self.consent.setVisible(bool(text_of(consent)))
        if not same:
            self.consent.setChecked(False)
        say(self.problems.setText, str)
        self.problems.hide()
        enabled = details is not None
        for widget in (self.first_name, self.last_name, self.email, self.register_button):
            widget.setEnabled(enabled)
        self.connect_fields()

    def _question(self, custom: CustomRegistrationField) -> QWidget:
        name = custom.text + (" *" if custom.is_required else "")
        if custom.type is CustomFieldType.BOOLEAN:
            return CheckRow(button_text(name), self.questions)
        if custom.type is CustomFieldType.SINGLE_CHOICE:
            combo = QComboBox(self.questions)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.addItem("—", "")
            for choice in custom.choice_list:
                combo.addItem(choice, choice)
            combo.setAccessibleName(custom.text)
            on_unit_changed(combo, lambda: combo.setMinimumHeight(px(TOUCH_TARGET)))
            return combo
        if custom.type is CustomFieldType.MULTIPLE_CHOICE:
            choices = QListWidget(self.questions)
            choices.setObjectName("deskChoices")
            choices.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            choices.setAccessibleName(custom.text)
            for choice in custom.choice_list:
                item = QListWidgetItem(choice, choices)
                item.setData(_CHOICE_ID, choice)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
            choices.clicked.connect(lambda index, c=choices: self._toggle(c, index.row()))
            rows = max(min(len(custom.choice_list), 4), 1)

            def size(c: QListWidget = choices, n: int = rows) -> None:
                c.setMaximumHeight(px(44) * n + px(8))

            on_unit_changed(choices, size)
            return choices
        edit = QLineEdit(self.questions)
        guard_personal_field(edit)
        edit.setAccessibleName(custom.text)
        edit.setMaxLength(TEXT_ANSWER_MAX + 100)
        return edit

    @staticmethod
    def _toggle(choices: QListWidget, row: int) -> None:
        item = choices.item(row)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        item.setCheckState(
            Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked)

    @staticmethod
    def _checked(choices: QListWidget) -> list[str]:
        return [
            str(item.data(_CHOICE_ID)) for row in range(choices.count())
            if (item := choices.item(row)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    # ------------------------------------------------------------------ the form

    def _answers_now(self) -> dict[str, Answer]:
        answers: dict[str, Answer] = {}
        for fid, widget in self._answers.items():
            if isinstance(widget, CheckRow):
                if widget.isChecked():
                    answers[fid] = True
            elif isinstance(widget, QComboBox):
                if widget.currentData():
                    answers[fid] = str(widget.currentData())
            elif isinstance(widget, QListWidget):
                if chosen := self._checked(widget):
                    answers[fid] = chosen
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                answers[fid] = widget.text()
        return answers

    def _fill_answers(self, answers: dict[str, Answer]) -> None:
        for fid, widget in self._answers.items():
            answer = answers.get(fid)
            if isinstance(widget, CheckRow):
                widget.setChecked(answer is True)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(answer), 0)
                                       if isinstance(answer, str) else 0)
            elif isinstance(widget, QListWidget):
                chosen = set(answer) if isinstance(answer, list | tuple) else set()
                for row in range(widget.count()):
                    item = widget.item(row)
                    if item is not None:
                        item.setCheckState(Qt.CheckState.Checked if item.data(_CHOICE_ID)
                                           in chosen else Qt.CheckState.Unchecked)
            elif isinstance(widget, QLineEdit):
                widget.setText(answer if isinstance(answer, str) else "")

    def draft(self) -> RegistrationDraft:
        return RegistrationDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            answers=self._answers_now(),
            session_ids=self._checked(self.sessions),
            consent=self.consent.isChecked() or not self.consent.isVisible(),
        )

    def form_empty(self) -> bool:
        draft = self.draft()
        return not (draft.first_name.strip() or draft.last_name.strip() or draft.email.strip()
                    or draft.answers or draft.session_ids or self.consent.isChecked())

    def clear_form(self) -> None:
        """Empty for the next person (undo history too), the focus on the first name."""
        for edit in (self.first_name, self.last_name, self.email):
            wipe_field(edit)
        self._fill_answers({})
        for row in range(self.sessions.count()):
            item = self.sessions.item(row)
            if item is not None:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.consent.setChecked(False)
        say(self.problems.setText, str)
        self.problems.hide()
        self._last_focus = None
        if self.pages.currentIndex() == self.DESK_PAGE:
            self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill(self, draft: RegistrationDraft) -> None:
        """The form as it was (a refusal the staff may fix, on an untouched form)."""
        self.first_name.setText(draft.first_name)
        self.last_name.setText(draft.last_name)
        self.email.setText(draft.email)
        self._fill_answers(dict(draft.answers))
        for row in range(self.sessions.count()):
            item = self.sessions.item(row)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if item.data(_CHOICE_ID)
                                   in draft.session_ids else Qt.CheckState.Unchecked)
        self.consent.setChecked(draft.consent and self.consent.isVisible())

    def show_problems(self, problems: dict[str, Problem]) -> None:
        """What keeps the form from being sent, field by field; the focus on the first."""
        fields: list[tuple[QWidget, str]] = [
            (self.first_name, FIRST_NAME), (self.last_name, LAST_NAME), (self.email, EMAIL),
            *((widget, fid) for fid, widget in self._answers.items()),
            (self.sessions, SESSIONS), (self.consent, CONSENT),
        ]
        names = {
            FIRST_NAME: lambda: self.tr("First name"),
            LAST_NAME: lambda: self.tr("Last name"),
            EMAIL: lambda: self.tr("E-mail"),
            SESSIONS: lambda: self.tr("Sessions"),
            CONSENT: lambda: self.tr("Consent"),
        }
        custom = {f.custom_registration_field_id: f.text for f in
                  (self.details.fields if self.details is not None else ())}
        shown = [(widget, key) for widget, key in fields if key in problems]

        def words() -> str:
            lines = []
            for _, key in shown:
                name = names[key]() if key in names else custom.get(key, key)
                problem = problems[key]
                limit = NAME_MAX if key in (FIRST_NAME, LAST_NAME) else None
                said = (self.tr("required") if problem is Problem.REQUIRED
                        else text.problem_text(problem, limit))
                lines.append(self.tr("%1: %2").replace("%1", name).replace("%2", said))
            return "\n".join(lines)

        say(self.problems.setText, words)
        self.problems.setVisible(bool(shown))
        if shown:
            target = shown[0][0]
            target = target.check if isinstance(target, CheckRow) else target
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_outcome(self, words: Text, problem: bool = False) -> None:
        """The one line about the last person: who, and what became of them."""
        self.outcome.setObjectName("fieldError" if problem else "deskOutcome")
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        say(self.outcome.setText, lambda: text_of(words))

    # ------------------------------------------------------------------ the day's list

    def show_day(self, rows: list[DeskRow], summary: Text) -> None:
        current = self.day_list.currentItem()
        chosen = current.data(0, _CHOICE_ID) if current is not None else None
        self._rows = rows
        self.day_list.clear()
        for row in rows:
            item = QTreeWidgetItem([row.time_text, row.name, row.event_name, row.status])
            item.setData(0, _CHOICE_ID, row.submission_id)
            item.setToolTip(1, row.name)
            item.setToolTip(3, row.status)
            self.day_list.addTopLevelItem(item)
            if row.submission_id == chosen:
                self.day_list.setCurrentItem(item)
        say(self.day_summary.setText, lambda: text_of(summary))
        self._on_day_current_changed()

    def clear_day(self) -> None:
        self._rows = []
        self.day_list.clear()
        say(self.day_summary.setText, str)
        say(self.reprint_note.setText, str)
        self.reprint_button.setEnabled(False)

    def retranslate(self) -> None:
        """After a language switch (``kiosk.ui.i18n.retranslate_all``)."""
        self.retranslated.emit()

    def day_rows(self) -> list[DeskRow]:
        return list(self._rows)

    def set_reprint_offered(self, offered: bool) -> None:
        self.reprint_button.setVisible(offered)

    def set_search_offered(self, offered: bool) -> None:
        self.search_button.setVisible(offered)

    def show_reprint_sent(self) -> None:
        say(self.reprint_note.setText, lambda: self.tr("The badge is being printed again."))

    @Slot()
    def _on_day_current_changed(self, *_: object) -> None:
        current = self.day_list.currentItem()
        chosen = current.data(0, _CHOICE_ID) if current is not None else None
        row = next((r for r in self._rows if r.submission_id == chosen), None)
        self.reprint_button.setEnabled(row is not None and row.reprintable)

    @Slot()
    def _on_reprint_clicked(self) -> None:
        current = self.day_list.currentItem()
        if current is not None:
            self.reprint_requested.emit(str(current.data(0, _CHOICE_ID)))

    # ------------------------------------------------------------------ orientation

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._follow_orientation(self.height() > self.width())

    def _follow_orientation(self, portrait: bool) -> None:
        """Portrait: the event on a row of its own, the day's list under the form and
        the outcome under Register; landscape: side by side."""
        across, down = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        if self._body.direction() == (down if portrait else across):
            return
        self._body.setDirection(down if portrait else across)
        self._send.setDirection(down if portrait else across)
        if portrait:
            self._top.removeWidget(self.event_combo)
            self._combo_row.addWidget(self.event_combo)
            self._top.insertStretch(1, 1)
        else:
            self._top.takeAt(1)  # the stretch
            self._combo_row.removeWidget(self.event_combo)
            self._top.insertWidget(1, self.event_combo, 1)

    # ------------------------------------------------------------------ Enter registers

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None:  # installed last: before the window's Enter-presses-a-button
            app.removeEventFilter(self)
            app.installEventFilter(self)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter on a check box, a list or a choice of the form registers (the window
        would tick the box or tap the item); a text field says so itself."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER or event.isAutoRepeat():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if (not isinstance(watched, QWidget) or watched is not QApplication.focusWidget()
                or self.locked or not self.form_area.isAncestorOf(watched)):
            return False
        if isinstance(watched, QLineEdit | QPushButton):
            return False  # returnPressed, or the window presses the button
        if isinstance(watched, QAbstractButton | QAbstractItemView | QComboBox):
            self.submit_requested.emit()
            return True
        return False

    def connect_fields(self) -> None:
        """Enter in a text field registers (after a scanner's held keys have landed)."""
        for edit in self.form_area.findChildren(QLineEdit):
            if not edit.property("deskEnter"):
                edit.setProperty("deskEnter", True)
                edit.returnPressed.connect(self.submit_requested)
