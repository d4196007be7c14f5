"""The register screen, in steps: name, e-mail, the event's questions, sessions, review.

Each step asks a few things, so that a step fits above the on-screen keyboard (which
covers about 55% of a landscape screen). Back and Next sit in the top row and never move
under the finger; the keyboard's Enter goes to the next field, then to the next step.
All widgets are built once per event shape (``_form_shape``): a step change only switches
the page shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleTableModelChangeEvent,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api.models import CustomFieldType, CustomRegistrationField, Session
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
from kiosk.ui.announce import announce
from kiosk.ui.delegates import SessionChoiceDelegate
from kiosk.ui.focus import first_control
from kiosk.ui.i18n import Text, say, text_of
from kiosk.ui.models import SessionChoiceModel
from kiosk.ui.presentation import CornerButtons
from kiosk.ui.reach import keyboard_overlap, reach_low
from kiosk.ui.theme import on_unit_changed, px
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    CheckRow,
    body_label,
    button_text,
    enable_kinetic_scrolling,
    forget_clipboard,
    guard_personal_field,
    heading,
    primary_button,
    scale_margins,
    scale_minimum_height,
    scroll_page,
    secondary_button,
    wipe_field,
)

# Generous, so a long paste is reported as too long instead of being cut silently.
TYPING_LIMIT = 200

# What a question step may hold, in estimated pixels at the base size. A step with a text
# field fits above the keyboard at 1280x800 (about 360 px remain, the top row and title
# included); a step of choices only has no keyboard, so nearly the whole screen.
TYPING_STEP_BUDGET = 240
CHOICE_STEP_BUDGET = 600

PlanProvider = Callable[[RegistrationDraft], Plan]
Validator = Callable[[RegistrationDraft], dict[str, Problem]]


def _min_width(widget: QWidget, width: int) -> Callable[[], None]:
    return lambda: widget.setMinimumWidth(px(width))


def _columns(choices: int) -> int:
    """Choices side by side: fewer rows, so a step of questions needs no scrolling."""
    return 3 if choices > 4 else 2


class _Question:
    """One custom registration field: its widgets and how to read its answer."""

    def __init__(self, field: CustomRegistrationField, parent: QWidget) -> None:
        self.field = field
        self.box = QWidget(parent)
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
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
            captions: tuple[tuple[Callable[[], str], int], ...] = (
                (lambda: text.translate("kiosk", "Yes"), 1),
                (lambda: text.translate("kiosk", "No"), 0),
            )
            for caption, value in captions:
                button = QPushButton(self.box)
                say(button.setText, caption)
                button.setObjectName("choice")
                button.setCheckable(True)
                scale_minimum_height(button, TOUCH_TARGET)
                on_unit_changed(button, _min_width(button, 140))
                self.group.addButton(button, value)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        elif kind is CustomFieldType.SINGLE_CHOICE and choices:
            self.group = QButtonGroup(self.box)
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            columns = _columns(len(choices))
            for number, choice in enumerate(choices):
                radio = QRadioButton(button_text(choice), self.box)
                scale_minimum_height(radio, TOUCH_TARGET)
                self.group.addButton(radio, number)
                grid.addWidget(radio, number // columns, number % columns)
            layout.addLayout(grid)
        elif kind is CustomFieldType.MULTIPLE_CHOICE and choices:
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            columns = _columns(len(choices))
            for number, choice in enumerate(choices):
                check = QCheckBox(button_text(choice), self.box)
                scale_minimum_height(check, TOUCH_TARGET)
                self.checks.append(check)
                grid.addWidget(check, number // columns, number % columns)
            layout.addLayout(grid)
        else:
            self.edit = QLineEdit(self.box)
            self.edit.setMaxLength(TEXT_ANSWER_MAX + 10)
            scale_minimum_height(self.edit, TOUCH_TARGET)
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

    @property
    def estimated_height(self) -> int:
        """Roughly how tall the question is, to share questions out over steps."""
        if self.edit is not None or self.field.type is CustomFieldType.BOOLEAN:
            return 110
        count = len(self.checks) or (len(self.group.buttons()) if self.group else 0)
        columns = _columns(count)
        return 50 + 60 * ((count + columns - 1) // columns)

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

    def answer_text(self) -> str:
        """The answer as the review step shows it."""
        answer = self.answer()
        if answer is None:
            return ""
        if isinstance(answer, bool):
            return text.translate("kiosk", "Yes") if answer else text.translate("kiosk", "No")
        if isinstance(answer, str):
            return " ".join(answer.split())
        return ", ".join(answer)

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


class SessionChoices(QListView):
    """The sessions step's choices: one item view (kiosk.ui.models.SessionChoiceModel,
    painted by kiosk.ui.delegates.SessionChoiceDelegate), not a widget per session, so an
    agenda of 5,000 sessions costs what is on screen. A tap anywhere on a session's row
    ticks it or clears it; so do Space and Enter on the current row (kiosk.ui.focus
    .KeyActivation sends them as ``clicked``; without it, this view does). A full session
    without a waitlist cannot be ticked; a full one with a waitlist is (its waitlist)."""

    def __init__(self, model: SessionChoiceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionChoices")
        self.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap their words anew
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a stop of Tab; a tap leaves no ring
        enable_kinetic_scrolling(self)
        self.setModel(model)
        self.choices = model
        self.delegate = SessionChoiceDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Rows are as tall as their words, measured in one pass (a tap must find its row
        # at once: QListView's batched layout misses taps until it is done); a row's
        # words are measured once, a relayout looks its height up.
        model.modelReset.connect(self.delegate.forget_rows)
        on_unit_changed(self, self._on_unit_changed)
        self.clicked.connect(self._on_clicked)

    def dataChanged(  # noqa: N802 - Qt override
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """Seats and ticks changed: repaint those rows. QListView would measure every row
        again on any change (2,000 rows: 300 ms a tap); seats and ticks never change a
        row's height (its words do, and new words rebuild the rows or ``retranslate``)."""
        if top_left == bottom_right:
            self.viewport().update(self.visualRect(top_left))
        else:
            self.viewport().update()
        if QAccessible.isActive():  # what the item view would have told assistive technology
            event = QAccessibleTableModelChangeEvent(
                self, QAccessibleTableModelChangeEvent.ModelChangeType.DataChanged)
            event.setFirstRow(top_left.row())
            event.setLastRow(bottom_right.row())
            event.setFirstColumn(0)
            event.setLastColumn(0)
            QAccessible.updateAccessibility(event)

    def _on_unit_changed(self) -> None:
        self.setMinimumHeight(px(240))
        self.delegate.forget()
        self.scheduleDelayedItemsLayout()

    def retranslate(self) -> None:
        """Another language: new words, so new heights (called by ``retranslate_all``)."""
        self.delegate.retranslate()
        self.choices.retranslate()
        self.scheduleDelayedItemsLayout()

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.choices.toggle(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Enter,
                           Qt.Key.Key_Return):
            index = self.currentIndex()
            if index.isValid():
                self.clicked.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def rect_of(self, session_id: str) -> QRect:
        """Where a session's row is in the viewport, scrolled into view first as far as the
        rows laid out so far allow (an empty rectangle: not offered, or not laid out yet)."""
        row = self.choices.row_of(session_id)
        if row < 0:
            return QRect()
        index = self.choices.index(row)
        if self.visualRect(index).isEmpty():
            return QRect()  # not laid out yet (long lists are, in batches between paints)
        self.scrollTo(index, QListView.ScrollHint.EnsureVisible)
        return self.visualRect(index)


@dataclass
class _Step:
    """One page of the form."""

    kind: str  # "name", "email", "questions", "sessions", "review"
    title: Callable[[], str]
    page: QScrollArea
    content: QVBoxLayout
    edits: list[QLineEdit] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    active: bool = True


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


def _shows_sessions(details: EventDetails) -> bool:
    return details.event.allow_custom_agenda and bool(details.sessions) and not details.paid


def _overlap(sessions: Sequence[Session]) -> datetime | None:
    """The local start time at which two of ``sessions`` run at once, if any."""
    timed = sorted(
        (s.start_time, s.end_time or s.start_time) for s in sessions if s.start_time is not None
    )
    latest_end: datetime | None = None
    latest_start: datetime | None = None
    for start, end in timed:
        if latest_end is not None and (start < latest_end or start == latest_start):
            return start
        latest_end = end if latest_end is None else max(latest_end, end)
        latest_start = start
    return None


class RegisterScreen(QWidget):
    """Signals:
        back(): return to the event page (what was typed is kept until idle reset).
        submit_requested(object): a RegistrationDraft the screen found complete.
        draft_changed(): something was typed or ticked (used to re-check problems).
        step_changed(int): another step is shown (its index among the steps shown).
    """

    back = Signal()
    submit_requested = Signal(object)
    draft_changed = Signal()
    step_changed = Signal(int)

    def __init__(self, consent_text: Text, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerScreen")
        # Takes the focus while sending: nothing under the finger moves, no keyboard.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.details: EventDetails | None = None
        self._plan_provider: PlanProvider | None = None
        self._validator: Validator | None = None
        self._plan: Plan | None = None
        self._questions: list[_Question] = []
        # The sessions offered (one model and one view, whatever the agenda's size).
        self.session_choices = SessionChoiceModel(self)
        self.session_choices.toggled.connect(self._on_session_toggled)
        self._form_shape: tuple[object, ...] | None = None
        self._shown_problems: dict[str, Problem] = {}
        # Fields already checked (Next tapped on their step): their messages follow typing.
        self._checked_keys: set[str] = set()
        self._busy = False
        self._steps: list[_Step] = []
        self._question_steps: list[_Step] = []
        self._current = 0  # index into self._steps
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)

        # The top row: Back, the title, the step, Next. Fixed: nothing moves under a finger.
        self.back_button = secondary_button("", self)
        say(self.back_button.setText, lambda: self.tr("‹ Back"))
        self.back_button.clicked.connect(self._on_back_clicked)
        self.title = heading("", 2)
        self.subtitle = body_label()
        self.subtitle.setObjectName("muted")
        self.step_label = body_label()
        self.step_label.setObjectName("stepIndicator")
        self.step_label.setWordWrap(True)  # "Step 2 of 4" wraps rather than widen the row
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = primary_button("", self)
        say(self.next_button.setText, self._next_caption)
        scale_minimum_height(self.next_button, TOUCH_TARGET)
        for button in (self.back_button, self.next_button):
            # Never narrower than their words: the titles and the step wrap instead.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        on_unit_changed(self.next_button, self._size_next_button)
        self.next_button.clicked.connect(self.go_next)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        scale_margins(top, 0, 0, 0, 0, spacing=16)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(titles, 1)
        top.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        # The language and text size / contrast buttons, on the first step only, on a row
        # of their own under the top row (a portrait screen has no room beside Next).
        self.corner = CornerButtons(self)

        self.summary = body_label()
        self.summary.setObjectName("formError")
        self.summary.hide()

        self.pages = QStackedWidget(self)

        # Step: name.
        self.first_name = self._line_edit(lambda: self.tr("First name"))
        self.last_name = self._line_edit(lambda: self.tr("Last name"))
        self.first_name_error = self._error_label()
        self.last_name_error = self._error_label()
        name_step = self._add_step("name", lambda: self.tr("Your name"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        name_fields: tuple[tuple[Callable[[], str], QLineEdit, QLabel], ...] = (
            (lambda: self.tr("First name *"), self.first_name, self.first_name_error),
            (lambda: self.tr("Last name *"), self.last_name, self.last_name_error),
        )
        for column, (caption_text, edit, error) in enumerate(name_fields):
            caption = self._caption(caption_text, edit)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
            grid.addWidget(error, 2, column, Qt.AlignmentFlag.AlignTop)
        name_step.content.addLayout(grid)
        name_step.edits = [self.first_name, self.last_name]
        name_step.keys = {FIRST_NAME, LAST_NAME}
        self._finish_page(name_step)

        # Step: e-mail.
        self.email = self._line_edit(lambda: self.tr("E-mail"))
        self.email.setInputMethodHints(  # Latin letters whatever the language (Arabic)
            Qt.InputMethodHint.ImhEmailCharactersOnly
            | Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.email_error = self._error_label()
        email_step = self._add_step("email", lambda: self.tr("Your e-mail address"))
        email_step.content.addWidget(self._caption(lambda: self.tr("E-mail *"), self.email))
        email_step.content.addWidget(self.email)
        email_step.content.addWidget(self.email_error)
        self.email_hint = body_label()
        say(self.email_hint.setText, lambda: self.tr("Your confirmation is sent there."))
        self.email_hint.setObjectName("muted")
        email_step.content.addWidget(self.email_hint)
        email_step.edits = [self.email]
        email_step.keys = {EMAIL}
        self._finish_page(email_step)
        for edit in (self.first_name, self.last_name, self.email):
            guard_personal_field(edit)

        # Step: sessions (its rows are built per event).
        self.sessions_step = self._add_step(
            "sessions", lambda: self.tr("Choose your sessions")
        )
        # The hint turns into the overlap warning in its place: nothing below it moves
        # under the finger that picked the second session.
        self.sessions_hint = body_label()
        self._overlapping = False
        self._say_overlap(None)
        self.sessions_error = self._error_label()
        self.session_view = SessionChoices(self.session_choices)
        self.sessions_step.content.addWidget(self.sessions_hint)
        self.sessions_step.content.addWidget(self.sessions_error)
        self.sessions_step.content.addWidget(self.session_view, 1)
        self.sessions_step.keys = {SESSIONS}
        self.sessions_panel = self.sessions_step.page

        # Step: review, consent and the big button.
        self.review_step = self._add_step("review", lambda: self.tr("Check and register"))
        self.review_rows = QVBoxLayout()
        self.review_rows.setSpacing(4)
        self._review_layouts: dict[QLabel, QHBoxLayout] = {}
        self.review_name = self._review_row(0)
        self.review_email = self._review_row(1)
        self._review_questions: list[tuple[QLabel, QPushButton]] = []
        self.review_sessions = self._review_row(None)
        self.review_sessions[1].clicked.connect(lambda: self._show(self._steps.index(
            self.sessions_step
        )))
        self.auto_register = CheckRow("", self)
        say(self.auto_register.setText,
            lambda: self.tr("Register me automatically if a place becomes free"))
        self.consent = CheckRow("", self)
        say(self.consent.setText, lambda: text_of(consent_text))
        self.consent.setObjectName("consent")
        self.consent_error = self._error_label()
        self.submit = primary_button("", self)
        say(self.submit.setText, lambda: self.tr("Register"))
        self.submit.clicked.connect(self._on_submit_clicked)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)  # indeterminate: something is happening
        self.busy_bar.setTextVisible(False)
        on_unit_changed(self.busy_bar, lambda: self.busy_bar.setFixedHeight(px(6)))
        self.busy_bar.hide()
        # Side by side in landscape (the summary left, consent and the button right), so
        # the button is on screen without scrolling; one above the other in portrait.
        decide = QVBoxLayout()
        decide.setSpacing(8)
        decide.addWidget(self.auto_register)
        decide.addWidget(self.consent)
        decide.addWidget(self.consent_error)
        decide.addWidget(self.submit)
        decide.addWidget(self.busy_bar)
        decide.addStretch(1)
        self.review_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.review_box.setSpacing(32)
        self.review_box.addLayout(self.review_rows, 1)
        self.review_box.addLayout(decide, 1)
        self.review_step.content.addLayout(self.review_box)
        self.review_step.keys = {CONSENT}
        self._finish_page(self.review_step)

        outer = QVBoxLayout(self)
        scale_margins(outer, 32, 16, 32, 0, spacing=8)
        outer.addLayout(top)
        outer.addWidget(self.corner, 0, Qt.AlignmentFlag.AlignTrailing)
        outer.addWidget(self.summary)
        outer.addWidget(self.pages, 1)
        # A screen reader reads the children in their order (raise_ moves one to the end):
        # the title and the step first, then what went wrong, the step, and Next.
        for part in (self.title, self.subtitle, self.step_label, self.corner, self.summary,
                     self.pages, self.next_button):
            part.raise_()
        # Reach (kiosk.ui.reach): on a portrait kiosk Back, Next and Register leave the top
        # row and the review step for a row at the bottom, above the keyboard when it is up
        # (the gap under the row is the keyboard's height).
        self._top_row = top
        self._decide = decide
        self._bottom_row = QHBoxLayout()
        self._bottom_row.setSpacing(0)
        outer.addLayout(self._bottom_row)
        self._keyboard_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum,
                                         QSizePolicy.Policy.Fixed)
        outer.addSpacerItem(self._keyboard_gap)
        self._low = False

        for edit in (self.first_name, self.last_name, self.email):
            edit.textChanged.connect(self._on_input_changed)
            edit.returnPressed.connect(self._on_return_pressed)
        self.consent.toggled.connect(self._on_input_changed)

        # Keep the focused field above the on-screen keyboard (Qt Virtual Keyboard).
        input_method = QGuiApplication.inputMethod()
        input_method.keyboardRectangleChanged.connect(self._on_keyboard_changed)
        input_method.visibleChanged.connect(self._on_keyboard_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._show(0, focus=False)

    # ------------------------------------------------------------------ building

    def _line_edit(self, name: Callable[[], str]) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(TYPING_LIMIT)
        scale_minimum_height(edit, TOUCH_TARGET)
        say(edit.setAccessibleName, name)
        edit.setClearButtonEnabled(True)
        return edit

    def _caption(self, caption_text: Callable[[], str], buddy: QWidget) -> QLabel:
        caption = body_label()
        say(caption.setText, caption_text)
        caption.setObjectName("fieldLabel")
        caption.setBuddy(buddy)
        return caption

    def _error_label(self) -> QLabel:
        label = body_label()
        label.setObjectName("fieldError")
        label.hide()
        return label

    def _add_step(
        self, kind: str, title: Callable[[], str], position: int | None = None
    ) -> _Step:
        inner = QWidget()
        inner.setObjectName("form")
        on_unit_changed(inner, lambda: inner.setMaximumWidth(px(1200)))
        content = QVBoxLayout(inner)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(8)
        content.addStretch(0)  # reach (kiosk.ui.reach): low, the step sits on the buttons
        step_title = heading("", 3)
        say(step_title.setText, title)
        content.addWidget(step_title)
        page = scroll_page(self, inner)
        page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        step = _Step(kind, title, page, content)
        if position is None:
            self._steps.append(step)
            self.pages.addWidget(page)
        else:
            self._steps.insert(position, step)
            self.pages.insertWidget(position, page)
        return step

    def _finish_page(self, step: _Step) -> None:
        step.content.addStretch(1)

    def _review_row(
        self, step_index: int | None, position: int | None = None
    ) -> tuple[QLabel, QPushButton]:
        row = QHBoxLayout()
        label = body_label()
        label.setObjectName("reviewValue")
        edit = QPushButton(self)
        say(edit.setText, lambda: self.tr("Edit"))
        edit.setObjectName("link")
        scale_minimum_height(edit, TOUCH_TARGET)
        edit.setCursor(Qt.CursorShape.PointingHandCursor)
        if step_index is not None:
            edit.clicked.connect(lambda: self._show(step_index))
        row.addWidget(label, 1)
        row.addWidget(edit, 0, Qt.AlignmentFlag.AlignVCenter)
        if position is None:
            self.review_rows.addLayout(row)
        else:
            self.review_rows.insertLayout(position, row)
        self._review_layouts[label] = row
        return label, edit

    def open_for(
        self,
        details: EventDetails,
        plan_provider: PlanProvider,
        validator: Validator | None = None,
    ) -> None:
        """Show the form for ``details`` at its first step.

        Coming back to the same event keeps what was typed. The widgets are rebuilt only
        when the event's questions or agenda differ from the form's: the next attendee
        of the same event gets the (cleared) form at once, even with 200 sessions.
        """
        same_event = self.details is not None and self.details.readable_id == details.readable_id
        self.details = details
        self._plan_provider = plan_provider
        self._validator = validator
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
        self._show(0)

    def _build_questions(self, details: EventDetails) -> None:
        for old in self._question_steps:
            self.pages.removeWidget(old.page)
            self._steps.remove(old)
            old.page.hide()
            old.page.deleteLater()
        self._current = 0
        for label, button in self._review_questions:
            row = self._review_layouts.pop(label)
            self.review_rows.removeItem(row)
            row.deleteLater()
            for widget in (label, button):
                widget.hide()
                widget.deleteLater()
        self._question_steps = []
        self._review_questions = []
        self._questions = []
        position = self._steps.index(self.sessions_step)
        step: _Step | None = None
        used = 0
        for custom in details.fields:
            question = _Question(custom, self)
            question.watch(self._on_input_changed)
            if question.edit is not None:
                question.edit.returnPressed.connect(self._on_return_pressed)
            cost = question.estimated_height
            typing = question.edit is not None or (step is not None and bool(step.edits))
            budget = TYPING_STEP_BUDGET if typing else CHOICE_STEP_BUDGET
            if step is None or used + cost > budget:
                number = len(self._question_steps) + 1
                step = self._add_step(
                    "questions", lambda: self.tr("A few questions"), position + number - 1
                )
                self._question_steps.append(step)
                used = 0
            used += cost
            step.content.addWidget(question.box)
            if question.edit is not None:
                step.edits.append(question.edit)
            step.keys.add(question.key)
            self._questions.append(question)
        for step in self._question_steps:
            self._finish_page(step)
            # Above the sessions row: the review lists the steps in order.
            label, button = self._review_row(None, self.review_rows.count() - 1)
            button.clicked.connect(lambda _=False, s=step: self._show(self._steps.index(s)))
            self._review_questions.append((label, button))
        self._order_review_tabs()
        # Read in the same order: the question rows were built after the Register button.
        decide: tuple[QWidget, ...] = (*self.review_sessions, self.auto_register, self.consent,
                                       self.consent_error, self.submit, self.busy_bar)
        for part in decide:
            part.raise_()

    def _order_review_tabs(self) -> None:
        """Tab on the review step in reading order: the question rows are built after the
        consent and the Register button, and Tab would otherwise visit them last."""
        chain: list[QWidget] = [
            self.review_name[1], self.review_email[1],
            *(button for _, button in self._review_questions),
            self.review_sessions[1], self.auto_register.check, self.consent.check, self.submit,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _build_sessions(self, details: EventDetails) -> None:
        self.session_choices.set_details(
            details if _shows_sessions(details) else None, self.clock()
        )

    def _label_sessions(self) -> None:
        """Fresh counts: only the sessions that changed are relabelled (by id)."""
        details = self.details
        if details is None:
            return
        if _shows_sessions(details):
            self.session_choices.update(details, self.clock())
        self._check_overlap()

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
        event_name = event.event_name
        if waitlist:
            say(self.title.setText, lambda: self.tr("Join the waitlist"))
            say(self.subtitle.setText, lambda: self.tr(
                "%1 is full. We will let you know if a place becomes free."
            ).replace("%1", event_name))
        else:
            say(self.title.setText, lambda: self.tr("Register"))
            say(self.subtitle.setText, lambda: event_name)
        if not self._busy:
            say(self.submit.setText, self._submit_caption)
        active = self.session_choices.has_sessions() and not waitlist
        if active != self.sessions_step.active:
            self.sessions_step.active = active
            self._update_step_label()
        self.auto_register.setVisible(plan.offer_auto_register)
        if plan.decision is Decision.REFUSE:
            self.submit.setEnabled(False)
            refusal, website_message = plan.refusal, event.website_message
            say(self.summary.setText, lambda: text.refusal_text(refusal, website_message))
            self.summary.show()
        elif not self._busy:
            self.submit.setEnabled(True)

    def _submit_caption(self) -> str:
        waitlist = self._plan is not None and self._plan.decision is Decision.EVENT_WAITLIST
        return self.tr("Join the waitlist") if waitlist else self.tr("Register")

    def _next_caption(self) -> str:
        return self.tr("Next ›")

    def retranslate(self) -> None:
        """After a language switch: Next is never narrower than its new words."""
        say(self.next_button.setText, self._next_caption)
        self._size_next_button()

    # ------------------------------------------------------------------ steps

    def _active_steps(self) -> list[_Step]:
        return [step for step in self._steps if step.active]

    def step_count(self) -> int:
        """How many steps this event's form has (the review step included)."""
        return len(self._active_steps())

    def current_step(self) -> int:
        """The index of the step shown, among ``step_count()`` steps."""
        return self._active_steps().index(self._steps[self._current])

    def current_kind(self) -> str:
        """What the step shown asks: "name", "email", "questions", "sessions" or "review"."""
        return self._steps[self._current].kind

    def show_step(self, index: int) -> None:
        """Show step ``index`` (0-based, among ``step_count()`` steps), no checks made."""
        steps = self._active_steps()
        self._show(self._steps.index(steps[max(0, min(index, len(steps) - 1))]))

    def step_of(self, widget: QWidget) -> int:
        """The index of the step holding ``widget`` (-1: none shown)."""
        for number, step in enumerate(self._active_steps()):
            if step.page.isAncestorOf(widget):
                return number
        return -1

    def _show(self, internal: int, *, focus: bool = True) -> None:
        step = self._steps[internal]
        changed = internal != self._current
        self._current = internal
        self.pages.setCurrentWidget(step.page)
        # Tab goes in reading order, the order of the layouts, though questions move
        # between pages and the buttons between rows: kiosk.ui.focus.KeyActivation puts it
        # in place before each Tab (doing it here cost 15 ms a step with 200 sessions).
        self.corner.setVisible(self.current_step() == 0)
        self._update_step_label()
        last = step.kind == "review"
        self.next_button.setVisible(not last)
        self.submit.setVisible(last or not self._low)  # low: in the bottom row
        self._place_step(step)
        if last:
            self._fill_review()
        if changed:
            if not self._refusing():
                self.summary.hide()
            step.page.verticalScrollBar().setValue(0)
        self._on_keyboard_changed()
        if focus:
            if step.edits:
                step.edits[0].setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                # Nothing to type on this step: the keyboard goes away; the focus to its
                # first choice (a keyboard or switch user goes on from there).
                (first_control(step.page) or self).setFocus(Qt.FocusReason.OtherFocusReason)
                QGuiApplication.inputMethod().hide()
        if changed:
            self.step_changed.emit(self.current_step())

    def _refusing(self) -> bool:
        return self._plan is not None and self._plan.decision is Decision.REFUSE

    def _update_step_label(self) -> None:
        say(self.step_label.setText, self._step_text)

    def _step_text(self) -> str:
        steps = self._active_steps()
        step = self._steps[self._current]
        number = steps.index(step) + 1 if step in steps else 1
        return self.tr("Step %1 of %2").replace("%1", QLocale().toString(number)).replace(
            "%2", QLocale().toString(len(steps))
        )

    @Slot()
    def go_next(self) -> None:
        """Check the step shown; when it is fine, show the next one."""
        step = self._steps[self._current]
        if step.kind == "review":
            self._on_submit_clicked()
            return
        if step.kind == "sessions" and self._check_overlap():
            self.sessions_step.page.ensureWidgetVisible(self.sessions_hint)
            return
        self._checked_keys |= step.keys
        if self._validator is not None:
            problems = {
                key: problem for key, problem in self._validator(self.draft()).items()
                if key in step.keys
            }
            if problems:
                self.show_problems(problems)
                return
        # This step is fine: its messages (and the summary line) go.
        if self._shown_problems:
            self.show_problems(
                {k: p for k, p in self._shown_problems.items() if k not in step.keys},
                focus=False,
            )
        steps = self._active_steps()
        position = steps.index(step)
        if position + 1 < len(steps):
            self._show(self._steps.index(steps[position + 1]))

    @Slot()
    def _on_back_clicked(self) -> None:
        steps = self._active_steps()
        step = self._steps[self._current]
        position = steps.index(step) if step in steps else 0
        if position == 0:
            self.back.emit()
        else:
            self._show(self._steps.index(steps[position - 1]))

    @Slot()
    def _on_return_pressed(self) -> None:
        """The keyboard's Enter: the next field of this step, then the next step."""
        sender = self.sender()
        step = self._steps[self._current]
        if isinstance(sender, QLineEdit) and sender in step.edits:
            position = step.edits.index(sender)
            if position + 1 < len(step.edits):
                step.edits[position + 1].setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.go_next()

    def _fill_review(self) -> None:
        draft = self.draft()
        say(self.review_name[0].setText, lambda: self.tr("Name: %1").replace(
            "%1", self._person_name(draft.first_name, draft.last_name)
        ))
        say(self.review_email[0].setText,
            lambda: self.tr("E-mail: %1").replace("%1", draft.email.strip()))
        for (label, button), step in zip(self._review_questions, self._question_steps,
                                         strict=False):
            say(label.setText, partial(self._answers_text, step))
            label.setVisible(step.active)
            button.setVisible(step.active)
        if self.sessions_step.active and self.details is not None:
            choices = self.session_choices
            names = [
                session.name for sid in draft.session_ids
                if (session := choices.session(sid)) is not None
            ]

            def sessions() -> str:
                if not names:
                    return self.tr("No sessions chosen")
                return self.tr("Sessions: %1").replace(
                    "%1", QLocale().createSeparatedList(names)
                )

            say(self.review_sessions[0].setText, sessions)
        for widget in self.review_sessions:
            widget.setVisible(self.sessions_step.active)

    def _person_name(self, first: str, last: str) -> str:
        """A name as typed, in the language's order of first and last name."""
        return text.fill(self.tr("%1 %2", "a person: first name, last name"),
                         " ".join(first.split()), " ".join(last.split())).strip()

    def _answers_text(self, step: _Step) -> str:
        """The answers of a questions step, as the review shows them."""
        answers = [
            f"{q.field.text.strip()}: {answer}" for q in self._questions
            if q.key in step.keys and (answer := q.answer_text())
        ]
        return "\n".join(answers) or self.tr("No answers")

    # ------------------------------------------------------------------ sessions

    def _check_overlap(self) -> bool:
        """Say when two picked sessions run at once; True while they do."""
        details = self.details
        if details is None:
            return False
        choices = self.session_choices
        picked = [
            s for sid in choices.checked_ids() if (s := choices.session(sid)) is not None
        ]
        when = _overlap(picked)
        self._say_overlap(when)
        return when is not None

    def _say_overlap(self, when: datetime | None) -> None:
        def caption() -> str:
            if when is None:
                return self.tr("Optional. Tap a session to pick it; tap again to drop it.")
            return self.tr(
                "You picked two sessions at %1. Please untick one of them."
            ).replace("%1", text.clock(when))

        say(self.sessions_hint.setText, caption)
        overlapping = when is not None
        if overlapping != self._overlapping or not self.sessions_hint.objectName():
            self._overlapping = overlapping
            self.sessions_hint.setObjectName("fieldError" if overlapping else "muted")
            style = self.sessions_hint.style()
            style.unpolish(self.sessions_hint)
            style.polish(self.sessions_hint)

    # ------------------------------------------------------------------ reading and errors

    def draft(self) -> RegistrationDraft:
        return RegistrationDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            answers={
                q.key: answer for q in self._questions if (answer := q.answer()) is not None
            },
            session_ids=(
                self.session_choices.checked_ids() if self.sessions_step.active else []
            ),
            consent=self.consent.isChecked(),
            auto_register=not self.auto_register.isHidden() and self.auto_register.isChecked(),
        )

    @property
    def shown_problems(self) -> dict[str, Problem]:
        return dict(self._shown_problems)

    @property
    def checked(self) -> bool:
        """Whether some step has been checked: its messages then follow the typing."""
        return bool(self._checked_keys)

    def show_problems(self, problems: dict[str, Problem], *, focus: bool = True) -> None:
        """Messages next to each field. With ``focus``, the first problem's step is shown
        and its field gets the focus; without, only messages already shown change (an
        attendee fixing one step is not told about the next one yet)."""
        if focus:
            self._checked_keys |= set(problems)
        else:
            problems = {k: p for k, p in problems.items() if k in self._checked_keys}
        self._shown_problems = dict(problems)
        fixed: list[tuple[str, QLabel, int | None, QWidget]] = [
            (FIRST_NAME, self.first_name_error, NAME_MAX, self.first_name),
            (LAST_NAME, self.last_name_error, NAME_MAX, self.last_name),
            (EMAIL, self.email_error, EMAIL_MAX, self.email),
            (CONSENT, self.consent_error, None, self.consent),
            (SESSIONS, self.sessions_error, None, self.sessions_hint),
        ]
        first: QWidget | None = None
        first_error: QWidget | None = None
        for key, label, limit, widget in fixed:
            problem = problems.get(key)
            say(label.setText, partial(self._field_problem_text, key, problem, limit))
            # Read with the field when it has the focus (a screen reader's description).
            say((widget.check if isinstance(widget, CheckRow) else widget)
                .setAccessibleDescription, partial(self._field_problem_text, key, problem, limit))
            label.setVisible(problem is not None)
            if problem is not None and first is None:
                first, first_error = widget, label
        for question in self._questions:
            problem = problems.get(question.key)
            say(question.error.setText, partial(self._question_problem_text, question, problem))
            question.error.setVisible(problem is not None)
            if problem is not None and first is None:
                first, first_error = question.edit or question.box, question.error
        if problems:
            say(self.summary.setText, lambda: self.tr("Please check the fields marked in red."))
            self.summary.show()
        elif not self._refusing():
            self.summary.hide()
        if first is not None and focus:
            for internal, holder in enumerate(self._steps):
                if holder.active and holder.page.isAncestorOf(first):
                    if internal != self._current:
                        self._show(internal, focus=False)
                    # The field, or the first choice of a question or box (a keyboard
                    # user goes on from there).
                    (first_control(first) or first).setFocus()
                    if first_error is not None:
                        holder.page.ensureWidgetVisible(first_error, 0, 16)
                    if isinstance(first_error, QLabel):
                        announce(first_error, first_error.text(), urgent=True)
                    break

    def _field_problem_text(self, key: str, problem: Problem | None, limit: int | None) -> str:
        if problem is None:
            return ""
        if problem is Problem.REQUIRED:
            # A whole sentence per field: languages with grammatical case need it.
            if key == FIRST_NAME:
                return self.tr("Please fill in your first name.")
            if key == LAST_NAME:
                return self.tr("Please fill in your last name.")
            if key == EMAIL:
                return self.tr("Please fill in your e-mail address.")
        return text.problem_text(problem, limit)

    def _question_problem_text(self, question: _Question, problem: Problem | None) -> str:
        if problem is None:
            return ""
        if problem is Problem.REQUIRED:
            if question.edit is None:
                return self.tr("Please choose an answer.")
            return self.tr("Please answer this question.")
        return text.problem_text(problem, TEXT_ANSWER_MAX)

    def show_refusal(self, message: Text) -> None:
        """The server said no: say why, keep everything typed, and allow another try.
        ``message`` is a function when it is translated, so it follows a language switch."""
        self.set_busy(False)
        say(self.summary.setText, lambda: text_of(message))
        self.summary.show()
        announce(self.summary, self.summary.text(), urgent=True)

    def set_busy(self, busy: bool) -> None:
        """While sending, the button shows progress and cannot be pressed again. Nothing
        moves: the focus goes to the screen itself (no field, so no keyboard) first, since
        disabling the focused button would hand the focus to an earlier field."""
        if busy and not self._busy:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._busy = busy
        self.submit.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        for _label, edit in (self.review_name, self.review_email, self.review_sessions,
                             *self._review_questions):
            edit.setEnabled(not busy)
        if busy:
            say(self.submit.setText, lambda: self.tr("Sending…"))
        else:
            say(self.submit.setText, self._submit_caption)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def scroll_area(self) -> QScrollArea:
        """The step shown: each step scrolls on its own when it must."""
        return self._steps[self._current].page

    def clear(self) -> None:
        """Forget everything the last person typed, undo history and clipboard included,
        and go back to the first step."""
        for edit in (self.first_name, self.last_name, self.email):
            wipe_field(edit)
        for question in self._questions:
            question.clear()
        # Quietly: one plan for the cleared form below, not one per session.
        self.session_choices.clear_checks()
        self._refresh_plan()
        self.consent.setChecked(False)
        self.auto_register.setChecked(False)
        self._shown_problems = {}
        self._checked_keys = set()
        self.show_problems({}, focus=False)
        self._say_overlap(None)
        self.summary.hide()
        self._show(0, focus=False)
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
        self._check_overlap()
        self.draft_changed.emit()

    def _size_next_button(self) -> None:
        # A wide target, and never narrower than its words (an explicit minimum width
        # would otherwise let the layout squeeze it below its text).
        button = self.next_button
        button.setMinimumWidth(max(px(180), button.sizeHint().width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._size_next_button()
        size = event.size()
        landscape = size.width() > size.height()
        self.review_box.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        # The keyboard may have come up before this screen was first laid out.
        self._on_keyboard_changed()

    def _place_for_reach(self) -> None:
        """Low (kiosk.ui.reach): Back, Next and Register in the bottom row, lifted above
        the keyboard; else Back and Next in the top row, Register under the consent."""
        low = reach_low(self)
        top, bottom, decide = self._top_row, self._bottom_row, self._decide
        if low != self._low:
            self._low = low
            for button in (self.back_button, self.next_button, self.submit):
                (bottom if not low else decide if button is self.submit else top).removeWidget(
                    button)
            if low:
                bottom.addWidget(self.back_button)
                bottom.addStretch(1)
                bottom.addWidget(self.next_button)
                bottom.addWidget(self.submit)
            else:
                while bottom.count():
                    bottom.takeAt(0)  # the stretch between them
                top.insertWidget(0, self.back_button, 0, Qt.AlignmentFlag.AlignTop)
                top.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
                decide.insertWidget(decide.indexOf(self.consent_error) + 1, self.submit)
            self.submit.setVisible(not low or self._steps[self._current].kind == "review")
            self._place_step(self._steps[self._current])
        bottom.setContentsMargins(0, px(8) if low else 0, 0, px(16) if low else 0)
        gap = keyboard_overlap(self) if low else 0
        if gap != self._keyboard_gap.sizeHint().height():
            self._keyboard_gap.changeSize(0, gap, QSizePolicy.Policy.Minimum,
                                          QSizePolicy.Policy.Fixed)
            self._keyboard_gap.invalidate()
            layout = self.layout()
            if layout is not None:
                layout.invalidate()

    def _place_step(self, step: _Step) -> None:
        """Low (kiosk.ui.reach): what the step asks sits right above the buttons (and the
        keyboard), within reach; else at the top of the page."""
        content = step.content
        # The sessions' list fills the page down to the buttons: its rows scroll in it.
        content.setStretch(0, 1 if self._low and step is not self.sessions_step else 0)
        last = content.itemAt(content.count() - 1)
        if last is not None and last.spacerItem() is not None:
            content.setStretch(content.count() - 1, 0 if self._low else 1)

    @Slot()
    def _on_keyboard_changed(self) -> None:
        # The keyboard is a window of its own over the bottom of the screen: the step's
        # viewport ends where the keyboard begins, so every field can scroll above it.
        # Low (kiosk.ui.reach), the whole form ends there: the buttons stay in sight.
        self._place_for_reach()
        area = self.scroll_area
        area.setViewportMargins(0, 0, 0, 0 if self._low else self._keyboard_overlap(area))
        focused = QApplication.focusWidget()
        if self.isVisible() and QGuiApplication.inputMethod().isVisible() and focused is not None:
            self._keep_in_view(focused)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """Touch only: a text field that gets the focus brings up the keyboard; while the
        keyboard is up, the focused field is scrolled above it."""
        if now is None or not self.pages.isAncestorOf(now):
            return
        keyboard = QGuiApplication.inputMethod()
        if keyboard.isVisible():
            self._keep_in_view(now)
        elif isinstance(now, QLineEdit):
            keyboard.show()  # its visibleChanged brings the field into view

    def _keep_in_view(self, focused: QWidget) -> None:
        area = self.scroll_area
        if area.isAncestorOf(focused):
            area.ensureWidgetVisible(focused, 0, 40)

    def _keyboard_overlap(self, area: QScrollArea) -> int:
        """How many pixels at the bottom of ``area`` the keyboard covers."""
        keyboard = QGuiApplication.inputMethod()
        screen = self.screen()
        if not keyboard.isVisible() or screen is None:
            return 0
        # Qt Virtual Keyboard's desktop panel is a window over the screen's available
        # geometry; the rectangle is in that window's coordinates.
        covered = keyboard.keyboardRectangle().toAlignedRect().translated(
            screen.availableGeometry().topLeft()
        )
        rect = QRect(area.mapToGlobal(QPoint(0, 0)), area.size())
        overlap = rect.intersected(covered)
        return 0 if overlap.isEmpty() else rect.bottom() - overlap.top() + 1
