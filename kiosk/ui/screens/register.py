"""The register screen: names, e-mail, the event's own questions, sessions, consent, submit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import CustomFieldType, CustomRegistrationField
from kiosk.services.availability import SessionAvailability, session_availability
from kiosk.services.catalog import EventDetails
from kiosk.services.registration import (
    CONSENT,
    EMAIL,
    EMAIL_MAX,
    FIRST_NAME,
    LAST_NAME,
    NAME_MAX,
    SESSIONS,
    TEXT_ANSWER_MAX,
    Answer,
    Decision,
    Plan,
    Problem,
    RegistrationDraft,
)
from kiosk.ui import text
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    CheckRow,
    body_label,
    button_text,
    forget_clipboard,
    guard_personal_field,
    heading,
    primary_button,
    screen_layout,
    scroll_page,
    secondary_button,
    wipe_field,
)

# Generous, so a long paste is reported as too long instead of being cut silently.
TYPING_LIMIT = 200

PlanProvider = Callable[[RegistrationDraft], Plan]


class _Question:
    """One custom registration field: its widgets and how to read its answer."""

    def __init__(self, field: CustomRegistrationField, parent: QWidget) -> None:
        self.field = field
        self.box = QWidget(parent)
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = field.text.strip() or "?"
        self.label = body_label(label + (" *" if field.is_required else ""))
        self.label.setObjectName("fieldLabel")
        layout.addWidget(self.label)
        self.edit: QLineEdit | None = None
        self.group: QButtonGroup | None = None
        self.checks: list[QCheckBox] = []
        kind = field.type
        choices = field.choice_list
        if kind is CustomFieldType.BOOLEAN:
            self.group = QButtonGroup(self.box)
            row = QHBoxLayout()
            for caption, value in (
                (text.translate("kiosk", "Yes"), 1),
                (text.translate("kiosk", "No"), 0),
            ):
                button = QPushButton(caption, self.box)
                button.setObjectName("choice")
                button.setCheckable(True)
                button.setMinimumSize(140, TOUCH_TARGET)
                self.group.addButton(button, value)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        elif kind is CustomFieldType.SINGLE_CHOICE and choices:
            self.group = QButtonGroup(self.box)
            for number, choice in enumerate(choices):
                radio = QRadioButton(button_text(choice), self.box)
                radio.setMinimumHeight(TOUCH_TARGET)
                self.group.addButton(radio, number)
                layout.addWidget(radio)
        elif kind is CustomFieldType.MULTIPLE_CHOICE and choices:
            for choice in choices:
                check = QCheckBox(button_text(choice), self.box)
                check.setMinimumHeight(TOUCH_TARGET)
                self.checks.append(check)
                layout.addWidget(check)
        else:
            self.edit = QLineEdit(self.box)
            self.edit.setMaxLength(TEXT_ANSWER_MAX + 10)
            self.edit.setMinimumHeight(TOUCH_TARGET)
            self.edit.setAccessibleName(label)
            guard_personal_field(self.edit)
            layout.addWidget(self.edit)
        self.error = body_label()
        self.error.setObjectName("fieldError")
        self.error.hide()
        layout.addWidget(self.error)

    @property
    def key(self) -> str:
        return self.field.custom_registration_field_id

    def answer(self) -> Answer | None:
        if self.edit is not None:
            return self.edit.text()
        if self.checks:
            pairs = zip(self.field.choice_list, self.checks, strict=False)
            return [choice for choice, check in pairs if check.isChecked()]
        if self.group is not None:
            checked = self.group.checkedId()
            if checked < 0:
                return None
            if self.field.type is CustomFieldType.BOOLEAN:
                return checked == 1
            return self.field.choice_list[checked]
        return None

    def clear(self) -> None:
        if self.edit is not None:
            wipe_field(self.edit)
        for check in self.checks:
            check.setChecked(False)
        if self.group is not None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)

    def watch(self, callback: Callable[[], None]) -> None:
        if self.edit is not None:
            self.edit.textChanged.connect(callback)
        for check in self.checks:
            check.toggled.connect(callback)
        if self.group is not None:
            self.group.buttonToggled.connect(callback)


def _form_shape(details: EventDetails) -> tuple[object, ...]:
    """What the form's widgets depend on; counts and seats are relabelled, not rebuilt."""
    event = details.event
    return (
        details.readable_id,
        tuple(
            (f.custom_registration_field_id, f.text, f.type, f.is_required, f.choices)
            for f in details.fields
        ),
        tuple(s.id for s in details.sessions),
        event.allow_custom_agenda,
        details.paid,
    )


class RegisterScreen(QWidget):
    """Signals:
        back(): return to the event page (what was typed is kept until idle reset).
        submit_requested(object): a RegistrationDraft the screen found complete.
        draft_changed(): something was typed or ticked (used to re-check problems).
    """

    back = Signal()
    submit_requested = Signal(object)
    draft_changed = Signal()

    def __init__(self, consent_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerScreen")
        self.details: EventDetails | None = None
        self._plan_provider: PlanProvider | None = None
        self._plan: Plan | None = None
        self._questions: list[_Question] = []
        self._session_checks: dict[str, CheckRow] = {}
        self._form_shape: tuple[object, ...] | None = None
        self._shown_problems: dict[str, Problem] = {}
        self._busy = False

        self.back_button = secondary_button(self.tr("‹ Back to the event"), self)
        self.back_button.clicked.connect(self.back)
        self.title = heading("", 1)
        self.subtitle = body_label()
        self.subtitle.setObjectName("muted")

        self.first_name = self._line_edit(self.tr("First name"))
        self.last_name = self._line_edit(self.tr("Last name"))
        self.email = self._line_edit(self.tr("E-mail"))
        self.email.setInputMethodHints(
            Qt.InputMethodHint.ImhEmailCharactersOnly
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        for edit in (self.first_name, self.last_name, self.email):
            guard_personal_field(edit)
        self.first_name_error = self._error_label()
        self.last_name_error = self._error_label()
        self.email_error = self._error_label()

        self.questions_box = QVBoxLayout()
        self.questions_box.setSpacing(18)
        self.sessions_title = heading(self.tr("Choose your sessions"), 3)
        self.sessions_hint = body_label(
            self.tr("Optional. Full sessions put you on their waitlist.")
        )
        self.sessions_hint.setObjectName("muted")
        self.sessions_box = QVBoxLayout()
        self.sessions_box.setContentsMargins(0, 0, 0, 0)
        self.sessions_error = self._error_label()
        # One panel for the picker, shown or hidden at once (not row by row: 200 rows).
        self.sessions_panel = QWidget(self)
        panel_layout = QVBoxLayout(self.sessions_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.sessions_title)
        panel_layout.addWidget(self.sessions_hint)
        panel_layout.addLayout(self.sessions_box)
        self.auto_register = CheckRow(
            self.tr("Register me automatically if a place becomes free"), self
        )
        self.consent = CheckRow(consent_text, self)
        self.consent.setObjectName("consent")
        self.consent_error = self._error_label()
        self.summary = body_label()
        self.summary.setObjectName("formError")
        self.summary.hide()
        self.submit = primary_button(self.tr("Register"), self)
        self.submit.clicked.connect(self._on_submit_clicked)

        form = QWidget()
        form.setObjectName("form")
        layout = QVBoxLayout(form)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        for label, edit, error in (
            (self.tr("First name *"), self.first_name, self.first_name_error),
            (self.tr("Last name *"), self.last_name, self.last_name_error),
            (self.tr("E-mail *"), self.email, self.email_error),
        ):
            caption = body_label(label)
            caption.setObjectName("fieldLabel")
            caption.setBuddy(edit)
            layout.addWidget(caption)
            layout.addWidget(edit)
            layout.addWidget(error)
        layout.addSpacing(8)
        layout.addLayout(self.questions_box)
        layout.addSpacing(8)
        layout.addWidget(self.sessions_panel)
        layout.addWidget(self.sessions_error)
        layout.addWidget(self.auto_register)
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_error)
        layout.addWidget(self.summary)
        layout.addWidget(self.submit)
        layout.addStretch(1)
        self.form = form
        self.form_layout = layout

        form.setMaximumWidth(1200)
        self.scroll_area = scroll_page(self, form)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer = screen_layout(self, self.back_button, bottom_margin=0)
        outer.addWidget(self.scroll_area, 1)

        for edit in (self.first_name, self.last_name, self.email):
            edit.textChanged.connect(self._on_input_changed)
        self.consent.toggled.connect(self._on_input_changed)

        # Keep the focused field above the on-screen keyboard (Qt Virtual Keyboard).
        input_method = QGuiApplication.inputMethod()
        input_method.keyboardRectangleChanged.connect(self._on_keyboard_changed)
        input_method.visibleChanged.connect(self._on_keyboard_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(TYPING_LIMIT)
        edit.setMinimumHeight(TOUCH_TARGET)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        return edit

    def _error_label(self) -> QLabel:
        label = body_label()
        label.setObjectName("fieldError")
        label.hide()
        return label

    # ------------------------------------------------------------------ set-up

    def open_for(self, details: EventDetails, plan_provider: PlanProvider) -> None:
        """Show the form for ``details``.

        Coming back to the same event keeps what was typed. The widgets are rebuilt only
        when the event's questions or agenda differ from the form's: the next attendee
        of the same event gets the (cleared) form at once, even with 200 sessions.
        """
        same_event = self.details is not None and self.details.readable_id == details.readable_id
        self.details = details
        self._plan_provider = plan_provider
        if not same_event:
            self.clear()
        shape = _form_shape(details)
        if shape != self._form_shape:
            self._form_shape = shape
            self._build_questions(details)
            self._build_sessions(details)
        else:
            self._label_sessions()
        self.set_busy(False)
        self._refresh_plan()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.first_name.setFocus()

    def _build_questions(self, details: EventDetails) -> None:
        for question in self._questions:
            # Out of the layout and hidden now; deleted when the event loop comes round.
            self.questions_box.removeWidget(question.box)
            question.box.hide()
            question.box.deleteLater()
        self._questions = []
        for field in details.fields:
            question = _Question(field, self)
            question.watch(self._on_input_changed)
            self.questions_box.addWidget(question.box)
            self._questions.append(question)

    def _build_sessions(self, details: EventDetails) -> None:
        while self.sessions_box.count():
            item = self.sessions_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._session_checks = {}
        show = details.event.allow_custom_agenda and bool(details.sessions) and not details.paid
        ordered = sorted(details.sessions, key=lambda s: (s.start_time is None, s.start_time))
        for session in ordered if show else ():
            check = CheckRow("", self)
            check.toggled.connect(self._on_session_toggled)
            self._session_checks[session.id] = check
            self.sessions_box.addWidget(check)
        self._label_sessions()
        self.sessions_panel.setVisible(bool(self._session_checks))

    def _label_sessions(self) -> None:
        details = self.details
        if details is None:
            return
        for sid, check in self._session_checks.items():
            session = details.session(sid)
            if session is None:
                check.setEnabled(False)
                continue
            state = session_availability(session, details.event)
            day = text.short_day(session.start_time.date()) if session.start_time else ""
            seats = text.session_availability_text(session, state)
            label = f"{day} {text.session_when(session)}  {session.name}".strip()
            check.setText(button_text(f"{label}  ({seats})" if seats else label))
            full = state is SessionAvailability.FULL
            if full:
                check.setChecked(False)
            check.setEnabled(not full)

    def update_details(self, details: EventDetails) -> None:
        """Fresh counts arrived: relabel seats and re-decide, keeping every answer."""
        if self.details is None or details.readable_id != self.details.readable_id:
            return
        self.details = details
        self._label_sessions()
        self._refresh_plan()

    def _refresh_plan(self) -> None:
        if self.details is None or self._plan_provider is None:
            return
        plan = self._plan_provider(self.draft())
        self._plan = plan
        event = self.details.event
        waitlist = plan.decision is Decision.EVENT_WAITLIST
        if waitlist:
            self.title.setText(self.tr("Join the waitlist"))
            self.subtitle.setText(
                self.tr("%1 is full. We will let you know if a place becomes free.").replace(
                    "%1", event.event_name
                )
            )
            self.submit.setText(self.tr("Join the waitlist"))
        else:
            self.title.setText(self.tr("Register"))
            self.subtitle.setText(event.event_name)
            self.submit.setText(self.tr("Register"))
        self.sessions_panel.setVisible(bool(self._session_checks) and not waitlist)
        self.auto_register.setVisible(plan.offer_auto_register)
        if plan.decision is Decision.REFUSE:
            self.submit.setEnabled(False)
            self.summary.setText(text.refusal_text(plan.refusal, event.website_message))
            self.summary.show()
        elif not self._busy:
            self.submit.setEnabled(True)

    # ------------------------------------------------------------------ reading and errors

    def draft(self) -> RegistrationDraft:
        return RegistrationDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            answers={
                q.key: answer for q in self._questions if (answer := q.answer()) is not None
            },
            session_ids=[sid for sid, c in self._session_checks.items() if c.isChecked()],
            consent=self.consent.isChecked(),
            auto_register=self.auto_register.isVisible() and self.auto_register.isChecked(),
        )

    @property
    def shown_problems(self) -> dict[str, Problem]:
        return dict(self._shown_problems)

    def show_problems(self, problems: dict[str, Problem], *, focus: bool = True) -> None:
        """Inline messages under each field; the first problem gets the focus."""
        self._shown_problems = dict(problems)
        fixed: list[tuple[str, QLabel, str, int | None, QWidget]] = [
            (FIRST_NAME, self.first_name_error, self.tr("your first name"), NAME_MAX,
             self.first_name),
            (LAST_NAME, self.last_name_error, self.tr("your last name"), NAME_MAX,
             self.last_name),
            (EMAIL, self.email_error, self.tr("your e-mail address"), EMAIL_MAX, self.email),
            (CONSENT, self.consent_error, "", None, self.consent),
            (SESSIONS, self.sessions_error, "", None, self.sessions_title),
        ]
        first: QWidget | None = None
        for key, label, name, limit, widget in fixed:
            problem = problems.get(key)
            label.setText(text.problem_text(problem, name, limit) if problem else "")
            label.setVisible(problem is not None)
            if problem is not None and first is None:
                first = widget
        for question in self._questions:
            problem = problems.get(question.key)
            question.error.setText(self._question_problem_text(question, problem))
            question.error.setVisible(problem is not None)
            if problem is not None and first is None:
                first = question.box
        if problems:
            self.summary.setText(self.tr("Please check the fields marked above."))
            self.summary.show()
        else:
            self.summary.hide()
        if first is not None and focus:
            self.scroll_area.ensureWidgetVisible(first, 0, 80)
            first.setFocus()

    def _question_problem_text(self, question: _Question, problem: Problem | None) -> str:
        if problem is None:
            return ""
        if problem is Problem.REQUIRED and question.edit is None:
            return self.tr("Please choose an answer.")
        return text.problem_text(problem, self.tr("this answer"), TEXT_ANSWER_MAX)

    def show_refusal(self, message: str) -> None:
        """The server said no: say why, keep everything typed, and allow another try."""
        self.set_busy(False)
        self.summary.setText(message)
        self.summary.show()
        self.scroll_area.ensureWidgetVisible(self.summary)

    def set_busy(self, busy: bool) -> None:
        """While sending, the button shows progress and cannot be pressed again."""
        self._busy = busy
        self.submit.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self.submit.setText(self.tr("Sending…"))
        elif self._plan is not None:
            waitlist = self._plan.decision is Decision.EVENT_WAITLIST
            self.submit.setText(self.tr("Join the waitlist") if waitlist else self.tr("Register"))

    @property
    def busy(self) -> bool:
        return self._busy

    def clear(self) -> None:
        """Forget everything the last person typed, undo history and clipboard included."""
        for edit in (self.first_name, self.last_name, self.email):
            wipe_field(edit)
        for question in self._questions:
            question.clear()
        for check in self._session_checks.values():
            # Quietly: one plan for the cleared form below, not one per row.
            blocked = check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(blocked)
        self._refresh_plan()
        self.consent.setChecked(False)
        self.auto_register.setChecked(False)
        self.show_problems({})
        self.summary.hide()
        forget_clipboard()

    def forget_event(self) -> None:
        """Idle reset: clear the form and drop the event, so the next form starts afresh."""
        self.clear()
        self.details = None
        self.set_busy(False)

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_submit_clicked(self) -> None:
        if self._busy:
            return
        self.submit_requested.emit(self.draft())

    @Slot()
    def _on_input_changed(self) -> None:
        self.draft_changed.emit()

    @Slot()
    def _on_session_toggled(self) -> None:
        # A full session changes the plan (its waitlist; the auto-register offer).
        self._refresh_plan()
        self.draft_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # The keyboard may have come up before this screen was first laid out.
        self._on_keyboard_changed()

    @Slot()
    def _on_keyboard_changed(self) -> None:
        # The keyboard is a window of its own over the bottom of the screen: the form's
        # viewport ends where the keyboard begins, so every field can scroll above it.
        self.scroll_area.setViewportMargins(0, 0, 0, self._keyboard_overlap())
        focused = QApplication.focusWidget()
        if self.isVisible() and QGuiApplication.inputMethod().isVisible() and focused is not None:
            self._keep_in_view(focused)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """Touch only: a text field that gets the focus brings up the keyboard; while the
        keyboard is up, the focused field is scrolled above it."""
        if now is None or not self.form.isAncestorOf(now):
            return
        keyboard = QGuiApplication.inputMethod()
        if keyboard.isVisible():
            self._keep_in_view(now)
        elif isinstance(now, QLineEdit):
            keyboard.show()  # its visibleChanged brings the field into view

    def _keep_in_view(self, focused: QWidget) -> None:
        if self.form.isAncestorOf(focused):
            self.scroll_area.ensureWidgetVisible(focused, 0, 40)

    def _keyboard_overlap(self) -> int:
        """How many pixels at the bottom of the scroll area the keyboard covers."""
        keyboard = QGuiApplication.inputMethod()
        screen = self.screen()
        if not keyboard.isVisible() or screen is None:
            return 0
        # Qt Virtual Keyboard's desktop panel is a window over the screen's available
        # geometry; the rectangle is in that window's coordinates.
        covered = keyboard.keyboardRectangle().toAlignedRect().translated(
            screen.availableGeometry().topLeft()
        )
        area = QRect(self.scroll_area.mapToGlobal(QPoint(0, 0)), self.scroll_area.size())
        overlap = area.intersected(covered)
        return 0 if overlap.isEmpty() else area.bottom() - overlap.top() + 1

