"""Staff view of the outbox: queued and refused submissions, with "retry now"; and the
staff's way to close the kiosk.

With a staff PIN the view asks for it, and only then shows attendee names (they appear
here and nowhere else); it locks again after a while without a touch. Without a PIN it
shows no names at all, only counts, times, events, statuses, reasons and ids.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.badges import BadgeRecord
from kiosk.services.outbox import (
    Page,
    PageKey,
    QueueCounts,
    Submission,
    SubmissionKind,
    SubmissionState,
)
from kiosk.ui import text
from kiosk.ui.i18n import Text, say, text_of
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.pin import Attempt, StaffLock, Verdict
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.theme import on_unit_changed, px
from kiosk.ui.widgets import (
    TOUCH_TARGET,
    body_label,
    enable_kinetic_scrolling,
    guard_personal_field,
    heading,
    primary_button,
    screen_layout,
    secondary_button,
    wipe_field,
)

Index = QModelIndex | QPersistentModelIndex

SHORT_ID = 8  # characters of a submission id shown: enough to find it in the log
PREVIEW_WIDTH = 240  # px: the badge preview in the staff view
PAGE_SIZE = 50  # rows of the queue read and shown at a time, oldest first


class QueueModel(QAbstractTableModel):
    """Rows of undelivered submissions, oldest first; the attendee column only when
    ``show_names`` (a staff member has given the PIN)."""

    def __init__(self, parent: Any = None, *, show_names: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[Submission] = []
        self.columns: tuple[str, ...] = (
            ("time", "event", "attendee", "status", "reason", "id")
            if show_names
            else ("time", "event", "status", "reason", "id")
        )

    def set_submissions(self, submissions: list[Submission]) -> None:
        self.beginResetModel()
        self._rows = list(submissions)
        self.endResetModel()

    def submission(self, row: int) -> Submission:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return {
            "time": text.translate("kiosk", "Time"),
            "event": text.translate("kiosk", "Event"),
            "attendee": text.translate("kiosk", "Attendee"),
            "status": text.translate("kiosk", "Status"),
            "reason": text.translate("kiosk", "Reason"),
            "id": text.translate("kiosk", "Submission"),
        }[self.columns[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        submission = self._rows[index.row()]
        column = self.columns[index.column()]
        if column == "time":
            return text.day_and_time(submission.created_at)
        if column == "event":
            return (
                submission.event_name
                or submission.readable_event_id
                or text.translate("kiosk", "Any event")  # a check-in at the code's event
            )
        if column == "attendee":
            if submission.kind is SubmissionKind.CHECK_IN:
                return text.translate("kiosk", "Check-in")  # a check-in holds no name
            return submission.attendee_label
        if column == "status":
            if submission.state is SubmissionState.REFUSED:
                return text.translate("kiosk", "Refused")
            if submission.stuck:
                return text.translate("kiosk", "Stuck")
            attempts = submission.attempts  # a plain name: lupdate skips ``a.b`` arguments
            return text.translate("kiosk", "Waiting (%Ln attempt(s))", None, attempts)
        if column == "id":
            return submission.id[:SHORT_ID]
        return submission.last_error or ""


def _touch_sized(button: QWidget, width: int) -> None:
    on_unit_changed(button, lambda: button.setMinimumSize(px(width), px(TOUCH_TARGET)))


def _minutes_seconds(seconds: float) -> str:
    whole = max(math.ceil(seconds), 0)
    return f"{whole // 60}:{whole % 60:02d}"


class StaffScreen(QWidget):
    """Three pages: the PIN pad, the queue, and "Close the kiosk?". The PIN pad also
    guards staff functions shown elsewhere (the check-in name search).

    Signals:
        back(): leave the staff view.
        refresh_requested(): reload the list from the outbox (the page shown).
        page_requested(str, object): show the page "after" or "before" this row's
            ``PageKey`` (from the page shown).
        retry_requested(list): ids of submissions to send again now (empty: all).
        close_confirmed(): staff chose to close the kiosk.
        search_unlocked(): the PIN was given to search for attendees.
        locked(): the view locked again (the PIN is needed once more).
        badge_retry_requested(str): send a waiting badge now (its id; "": all of them).
        badge_cancel_requested(str): drop a waiting badge (its id).
        badge_selected(str): staff tapped a waiting badge (its id), for the preview.
        door_requested(): staff (with the PIN) want to choose the door's event.
        desk_requested(): staff (with the PIN) want the staff desk (kiosk.ui.flows.desk).
        setup_check_requested(): staff want the setup check (``kiosk doctor``) run.
    """

    back = Signal()
    refresh_requested = Signal()
    page_requested = Signal(str, object)
    retry_requested = Signal(list)
    close_confirmed = Signal()
    search_unlocked = Signal()
    locked = Signal()
    badge_retry_requested = Signal(str)
    badge_cancel_requested = Signal(str)
    badge_selected = Signal(str)
    door_requested = Signal()
    desk_requested = Signal()
    setup_check_requested = Signal()

    PIN_PAGE, QUEUE_PAGE, CLOSE_PAGE = 0, 1, 2

    def __init__(
        self,
        lock: StaffLock | None,
        runner: TaskRunner,
        idle_lock_ms: int = 120_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffScreen")
        self._lock = lock
        self._runner = runner
        self._unlocked = False  # the PIN was given (never true without a PIN)
        self._showing_queue = False  # the queue page may hold rows
        self._for_closing = False  # after the PIN: "Close the kiosk?" rather than the queue
        self._for_search = False  # after the PIN: the attendee search, not the queue
        self._checking = False
        self._session = 0  # bumped by lock(): a PIN check still running is then ignored
        self.model = QueueModel(self, show_names=lock is not None)
        self.pages = QStackedWidget(self)
        # Unlocked, the view locks again after this long without a touch anywhere.
        self.idle = IdleWatcher(idle_lock_ms, self)
        self.idle.idle.connect(self._on_idle)
        self._lockout_timer = QTimer(self)
        self._lockout_timer.setInterval(1000)
        self._lockout_timer.timeout.connect(self._show_lockout)

        pad = QWidget(self)
        self.pin_prompt = body_label()
        self.pin_edit = QLineEdit(pad)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        guard_personal_field(self.pin_edit)
        say(self.pin_edit.setAccessibleName, lambda: self.tr("Staff PIN"))
        on_unit_changed(self.pin_edit, lambda: self.pin_edit.setMinimumSize(
            0, px(TOUCH_TARGET)))
        on_unit_changed(self.pin_edit, lambda: self.pin_edit.setMaximumWidth(px(360)))
        self.pin_edit.returnPressed.connect(self._on_pin_entered)
        self.pin_error = body_label()
        self.pin_error.setObjectName("fieldError")
        self.unlock_button = primary_button("", pad)
        say(self.unlock_button.setText, lambda: self.tr("Unlock"))
        self.unlock_button.clicked.connect(self._on_pin_entered)
        # A tap on Unlock leaves the focus (and the on-screen keyboard) on the PIN field,
        # so after a wrong PIN staff type again at once.
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        pad_layout = QVBoxLayout(pad)
        staff_only = heading("", 1)
        say(staff_only.setText, lambda: self.tr("Staff only"))
        pad_layout.addWidget(staff_only)
        pad_layout.addWidget(self.pin_prompt)
        pad_layout.addWidget(self.pin_edit)
        pad_layout.addWidget(self.pin_error)
        pad_layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        pad_layout.addStretch(1)

        queue = QWidget(self)
        self.summary = body_label()
        self.no_pin_note = body_label()
        say(self.no_pin_note.setText, lambda: self.tr(
            "Attendee names are hidden because this kiosk has no staff PIN. To see "
            "them, set a PIN on this computer with the command: kiosk set-pin"
        ))
        self.no_pin_note.setObjectName("muted")
        # Hidden, never shown, here: shown before it is in a layout, a label without a
        # parent is a window of its own, which takes the activation from the kiosk's
        # window when the view is built after it is up (StaffFlow.build_screen).
        if lock is not None:
            self.no_pin_note.hide()
        self.feedback = body_label()
        self.feedback.setObjectName("emphasis")
        self.empty_state = body_label()
        say(self.empty_state.setText,
            lambda: self.tr("Nothing waiting: every registration has been delivered."))
        self.empty_state.setObjectName("emptyState")
        self.empty_state.hide()
        self._shown_rows: list[tuple[object, ...]] = []
        self._page_keys: list[PageKey] = []  # where each shown row sits in the order
        self._retried: set[str] = set()  # sent again by staff; watched until delivered
        self._badge_records: list[BadgeRecord] = []  # the rows of badge_list, for retranslate
        self.table = QTableView(queue)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_TARGET + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(TOUCH_TARGET * 3)
        enable_kinetic_scrolling(self.table)
        self.retry_selected_button = primary_button("", queue)
        say(self.retry_selected_button.setText, lambda: self.tr("Retry selected now"))
        self.retry_selected_button.clicked.connect(self._on_retry_selected)
        self.retry_all_button = secondary_button("", queue)
        say(self.retry_all_button.setText, lambda: self.tr("Retry all now"))
        self.retry_all_button.clicked.connect(self._on_retry_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_selected_button)
        buttons.addWidget(self.retry_all_button)
        buttons.addStretch(1)
        # The staff desk: walk-ins typed by staff (shown by set_desk_offered, with a PIN).
        self.desk_button = secondary_button("", queue)
        say(self.desk_button.setText, lambda: self.tr("Desk mode"))
        self.desk_button.clicked.connect(self._on_desk_button_clicked)
        self.desk_button.hide()
        buttons.addWidget(self.desk_button)
        queue_layout = QVBoxLayout(queue)
        pager = self._pager(queue)
        queue_layout.addWidget(self._door_section(queue))
        not_delivered = heading("", 1)
        say(not_delivered.setText, lambda: self.tr("Registrations not yet delivered"))
        queue_layout.addWidget(not_delivered)
        queue_layout.addWidget(self.summary)
        queue_layout.addWidget(self.no_pin_note)
        queue_layout.addWidget(self.table, 1)
        queue_layout.addWidget(pager)
        queue_layout.addWidget(self.empty_state)
        queue_layout.addWidget(self.feedback)
        queue_layout.addLayout(buttons)
        queue_layout.addWidget(self._badge_section(queue))
        queue_layout.addWidget(self._setup_section(queue))

        ask = QWidget(self)
        self.close_button = primary_button("", ask)
        say(self.close_button.setText, lambda: self.tr("Close the kiosk"))
        on_unit_changed(self.close_button, lambda: self.close_button.setMinimumWidth(px(320)))
        self.close_button.clicked.connect(self.close_confirmed)
        self.cancel_button = secondary_button("", ask)
        say(self.cancel_button.setText, lambda: self.tr("Cancel"))
        on_unit_changed(self.cancel_button, lambda: self.cancel_button.setMinimumSize(
            px(320), px(TOUCH_TARGET + 16)))
        self.cancel_button.clicked.connect(self.back)
        question = heading("", 1)
        say(question.setText, lambda: self.tr("Close the kiosk?"))
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        consequence = body_label()
        say(consequence.setText, lambda: self.tr(
            "Attendees cannot register here until the kiosk is started again."))
        consequence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        answers = QHBoxLayout()
        answers.setSpacing(32)
        answers.addStretch(1)
        answers.addWidget(self.cancel_button)
        answers.addWidget(self.close_button)
        answers.addStretch(1)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setSpacing(24)
        ask_layout.addStretch(1)
        ask_layout.addWidget(question)
        ask_layout.addWidget(consequence)
        ask_layout.addSpacing(16)
        ask_layout.addLayout(answers)
        ask_layout.addStretch(2)

        # With the badge printer below the queue, a short screen scrolls the page.
        queue_scroll = QScrollArea(self)
        queue_scroll.setObjectName("staffQueueScroll")
        queue_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        queue_scroll.setWidgetResizable(True)
        queue_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        queue_scroll.setWidget(queue)
        self.pages.addWidget(pad)
        self.pages.addWidget(queue_scroll)
        self.pages.addWidget(ask)

        self.leave_button = secondary_button("", self)
        say(self.leave_button.setText, lambda: self.tr("‹ Leave the staff view"))
        self.leave_button.clicked.connect(self.back)
        layout = screen_layout(self, self.leave_button)
        layout.addWidget(self.pages, 1)

    def _pager(self, parent: QWidget) -> QWidget:
        """"Previous page", where this page is among all of them, "Next page": tapped,
        tabbed to, or Ctrl+Page Up / Ctrl+Page Down. Hidden while everything fits one page."""
        pager = self.pager = QWidget(parent)
        pager.setObjectName("queuePager")
        self.previous_page_button = secondary_button("", pager)
        say(self.previous_page_button.setText, lambda: self.tr("‹ Previous page"))
        self.previous_page_button.clicked.connect(self._on_previous_page)
        self.next_page_button = secondary_button("", pager)
        say(self.next_page_button.setText, lambda: self.tr("Next page ›"))
        self.next_page_button.clicked.connect(self._on_next_page)
        for button in (self.previous_page_button, self.next_page_button):
            _touch_sized(button, 220)
        self.page_line = body_label("", pager)
        self.page_line.setObjectName("pageLine")
        self.page_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(pager)
        row.setContentsMargins(0, 8, 0, 8)
        row.addWidget(self.previous_page_button)
        row.addWidget(self.page_line, 1)
        row.addWidget(self.next_page_button)
        pager.hide()
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+PgDown", self._on_next_page),
                           ("Ctrl+PgUp", self._on_previous_page)):
            shortcut = QShortcut(QKeySequence(keys), parent)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        return pager

    @Slot()
    def _on_next_page(self) -> None:
        if self._showing_queue and self._page_keys and self.next_page_button.isEnabled():
            self.page_requested.emit("after", self._page_keys[-1])

    @Slot()
    def _on_previous_page(self) -> None:
        if self._showing_queue and self._page_keys and self.previous_page_button.isEnabled():
            self.page_requested.emit("before", self._page_keys[0])

    @property
    def page_start(self) -> PageKey | None:
        """The first row of the page shown (None: the first page), read again by a live
        refresh."""
        return self._page_keys[0] if self._page_keys else None

    @property
    def retried(self) -> list[str]:
        """Sent again by staff and not yet answered: the flow reads how they stand."""
        return sorted(self._retried)

    def _door_section(self, parent: QWidget) -> QWidget:
        """The door's event and session, and (with the PIN) "Choose…". Hidden until
        ``set_door_offered(True)`` (a kiosk that checks people in)."""
        section = self.door_section = QWidget(parent)
        section.setObjectName("doorSection")
        self.door_line = body_label("", section)
        self.door_line.setObjectName("doorLine")
        self.door_button = secondary_button("", section)
        say(self.door_button.setText, lambda: self.tr("Choose…"))
        on_unit_changed(self.door_button, lambda: self.door_button.setMinimumWidth(px(200)))
        self.door_button.clicked.connect(self._on_door_button_clicked)
        self.door_note = body_label("", section)
        say(self.door_note.setText, lambda: self.tr("Set a staff PIN to choose the door's event"))
        self.door_note.setObjectName("muted")
        guarded = self._lock is not None
        self.door_button.setVisible(guarded)
        self.door_note.setVisible(not guarded)
        row = QHBoxLayout()
        row.addWidget(self.door_line, 1)
        row.addWidget(self.door_button)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addLayout(row)
        layout.addWidget(self.door_note)
        section.hide()
        return section

    def set_door_offered(self, offered: bool) -> None:
        self.door_section.setVisible(offered)

    def show_door(self, event_name: str, session_name: str) -> None:
        """The door line: the event (or any event) and the session (or the whole event)."""
        say(self.door_line.setText, lambda: (
            self.tr("Door: %1 · %2")
            .replace("%1", event_name or self.tr("any event"))
            .replace("%2", session_name or self.tr("whole event"))
        ))

    @Slot()
    def _on_door_button_clicked(self) -> None:
        if self._unlocked:  # changing the kiosk needs the PIN
            self.door_requested.emit()

    def set_desk_offered(self, offered: bool) -> None:
        self.desk_button.setVisible(offered and self._lock is not None)

    @Slot()
    def _on_desk_button_clicked(self) -> None:
        if self._unlocked:  # the desk shows names: only with the PIN given
            self.desk_requested.emit()

    def _setup_section(self, parent: QWidget) -> QWidget:
        """The setup check (``kiosk doctor``): a button, then one line per item with what
        to do when it fails. Hidden until ``set_setup_check_offered(True)``."""
        section = self.setup_section = QWidget(parent)
        section.setObjectName("setupSection")
        title = heading("", 2, section)
        say(title.setText, lambda: self.tr("Setup check"))
        self.setup_button = secondary_button("", section)
        say(self.setup_button.setText, lambda: self.tr("Check this kiosk's setup"))
        self.setup_button.clicked.connect(self._on_setup_button_clicked)
        self.setup_report = body_label("", section)
        self.setup_report.setObjectName("setupReport")
        self.setup_report.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._setup_rows: list[tuple[str, str, str]] = []
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.setup_report)
        section.hide()
        return section

    def set_setup_check_offered(self, offered: bool) -> None:
        self.setup_section.setVisible(offered)

    @Slot()
    def _on_setup_button_clicked(self) -> None:
        if self._unlocked or self._lock is None:
            self.setup_button.setEnabled(False)
            say(self.setup_report.setText, lambda: self.tr("Checking…"))
            self.setup_check_requested.emit()

    def reset_setup_check(self) -> None:
        """Locked: no report left on the page, the button ready for the next check."""
        self.setup_button.setEnabled(True)
        self._setup_rows = []
        say(self.setup_report.setText, lambda: "")

    def show_setup_report(self, rows: list[tuple[str, str, str]] | None) -> None:
        """One line per item: (key, status OK/WARN/FAIL, detail); None: it could not run."""
        self.setup_button.setEnabled(True)
        self._setup_rows = list(rows or [])

        def report() -> str:
            if rows is None:
                return self.tr("The setup check could not run. Run kiosk doctor on this "
                               "computer.")
            items = {
                "display": self.tr("Display"), "keyboard": self.tr("On-screen keyboard"),
                "fonts": self.tr("Fonts"), "camera": self.tr("Camera"),
                "printer": self.tr("Badge printer"), "data": self.tr("Data folder"),
                "api": self.tr("Events API"),
            }
            states = {"OK": self.tr("OK"), "WARN": self.tr("Warning"),
                      "FAIL": self.tr("Needs fixing")}
            lines = [
                text.fill(self.tr("%1 · %2: %3"), states.get(status, status),
                          items.get(key, key), detail)
                for key, status, detail in self._setup_rows
            ]
            failing = sum(status == "FAIL" for _, status, _ in self._setup_rows)
            lines.append(
                self.tr("Ready to run the kiosk.") if not failing
                else self.tr("Items to fix: %1").replace("%1", str(failing))
            )
            return "\n".join(lines)

        say(self.setup_report.setText, report)

    def _badge_section(self, parent: QWidget) -> QWidget:
        """The badge printer: its state, the badges waiting, retry/cancel, a preview.
        Hidden until ``set_badges_enabled(True)``."""
        section = self.badge_section = QWidget(parent)
        section.setObjectName("badgeSection")
        self.printer_line = body_label("", section)
        self.printer_line.setObjectName("printerLine")
        self.badge_summary = body_label("", section)
        self.badge_list = QListWidget(section)
        self.badge_list.setObjectName("waitingBadges")
        self.badge_list.setMinimumHeight(TOUCH_TARGET * 2)
        enable_kinetic_scrolling(self.badge_list)
        self.badge_list.currentItemChanged.connect(self._on_badge_list_current_changed)
        self.badge_feedback = body_label("", section)
        self.badge_feedback.setObjectName("emphasis")
        self.badge_retry_button = primary_button("", section)
        say(self.badge_retry_button.setText, lambda: self.tr("Print now"))
        self.badge_retry_button.clicked.connect(self._on_badge_retry_clicked)
        self.badge_cancel_button = secondary_button("", section)
        say(self.badge_cancel_button.setText, lambda: self.tr("Cancel badge"))
        self.badge_cancel_button.clicked.connect(self._on_badge_cancel_clicked)
        self.badge_preview = QLabel(section)
        self.badge_preview.setObjectName("badgePreview")
        say(self.badge_preview.setAccessibleName, lambda: self.tr("Badge preview"))
        self.badge_preview.setFixedWidth(PREVIEW_WIDTH)
        self.badge_preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.badge_retry_button)
        buttons.addWidget(self.badge_cancel_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        badges = heading("", 2, section)
        say(badges.setText, lambda: self.tr("Badges"))
        left.addWidget(badges)
        left.addWidget(self.printer_line)
        left.addWidget(self.badge_summary)
        left.addWidget(self.badge_list, 1)
        left.addWidget(self.badge_feedback)
        left.addLayout(buttons)
        layout = QHBoxLayout(section)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.badge_preview)
        section.hide()
        return section

    # ------------------------------------------------------------------ entering, leaving

    def open(self, *, for_closing: bool = False, for_search: bool = False) -> None:
        """The PIN pad when a PIN is set (unless already given), then the queue, or with
        ``for_closing`` the question "Close the kiosk?", or with ``for_search``
        ``search_unlocked``."""
        self._for_closing = for_closing
        self._for_search = for_search
        say(self.feedback.setText, str)
        if self._lock is None or self._unlocked:
            self._enter()
            return

        def prompt() -> str:
            if for_closing:
                return self.tr("Enter the staff PIN to close the kiosk.")
            if for_search:
                return self.tr("Enter the staff PIN to search for attendees.")
            return self.tr("Enter the staff PIN.")

        say(self.pin_prompt.setText, prompt)
        wipe_field(self.pin_edit)
        say(self.pin_error.setText, str)
        self._go_to(self.PIN_PAGE)
        self._show_lockout()
        self.pin_edit.setFocus()
        if for_search:  # a tap on the scan screen brought staff here: no keyboard at hand
            QGuiApplication.inputMethod().show()

    def lock(self) -> None:
        """Forget the PIN and every row shown: the next person starts at the PIN pad."""
        self._session += 1
        self._unlocked = False
        self._showing_queue = False
        self._checking = False
        self._set_pad_enabled(True)
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.model.set_submissions([])
        self._shown_rows = []
        self._page_keys = []
        self.pager.hide()
        self._retried = set()
        self._set_retry_enabled(True)
        say(self.summary.setText, str)
        say(self.feedback.setText, str)
        self.badge_list.clear()
        self._badge_records = []
        say(self.badge_summary.setText, str)
        say(self.badge_feedback.setText, str)
        self.badge_preview.clear()
        wipe_field(self.pin_edit)
        say(self.pin_error.setText, str)
        self._lockout_timer.stop()
        self._for_search = False
        self._go_to(self.PIN_PAGE if self._lock is not None else self.QUEUE_PAGE)
        self.locked.emit()

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    def _enter(self) -> None:
        if self._for_search:
            self._for_search = False
            self.search_unlocked.emit()
            return
        if self._for_closing:
            self._go_to(self.CLOSE_PAGE)
            return
        self._showing_queue = True
        self._go_to(self.QUEUE_PAGE)
        self.refresh_requested.emit()

    def _go_to(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        # "Cancel" is the way back from the question; one way is enough.
        self.leave_button.setVisible(page != self.CLOSE_PAGE)

    # ------------------------------------------------------------------ the queue

    def show_page(
        self,
        page: Page,
        counts: QueueCounts,
        retried: dict[str, SubmissionState] | None = None,
    ) -> list[str]:
        """Show one page of rows (unless the view was locked meanwhile), keeping the rows
        staff selected, with the whole queue's counts; ``retried``: how the rows staff sent
        again stand now. Returns the ids of the refused submissions an unlocked staff
        member now sees with names."""
        if not self._showing_queue:
            return []
        submissions = page.submissions
        rows: list[tuple[object, ...]] = [
            (s.id, s.state, s.attempts, s.stuck, s.last_error) for s in submissions
        ]
        turned = page.keys[:1] != self._page_keys[:1]  # another page, not the same one again
        self._page_keys = list(page.keys)
        if rows != self._shown_rows:  # a live refresh that changes nothing repaints nothing
            selected = set(self._selected_ids())
            self.model.set_submissions(submissions)
            self._shown_rows = rows
            selection = self.table.selectionModel()
            for row, submission in enumerate(submissions):
                if submission.id in selected:
                    selection.select(
                        self.model.index(row, 0),
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
            if turned:
                self.table.scrollToTop()
        empty = not submissions and not page.total
        self.empty_state.setVisible(empty)
        for widget in (self.table, self.summary, self.retry_selected_button,
                       self.retry_all_button):
            widget.setVisible(not empty)
        self._show_pager(page)
        stuck, refused_count = counts.stuck, counts.refused
        waiting = max(counts.queued - stuck, 0)

        def summary() -> str:  # one line each: a whole sentence a translator can order
            lines = [self.tr("%Ln registration(s) waiting to be sent", None, waiting)]
            if stuck:
                lines.append(self.tr("%Ln registration(s) stuck", None, stuck))
            lines.append(
                self.tr("%Ln registration(s) refused by the server", None, refused_count))
            return "\n".join(lines)

        say(self.summary.setText, summary)
        if retried is not None:
            self._report_settled(retried)
        refused = [s.id for s in submissions if s.state is SubmissionState.REFUSED]
        return refused if self._unlocked else []

    def _show_pager(self, page: Page) -> None:
        """Where this page is: "Rows 51–100 of 50,000", and which way staff can go."""
        several = page.has_before or page.has_after
        self.pager.setVisible(several)
        self.previous_page_button.setEnabled(page.has_before)
        self.next_page_button.setEnabled(page.has_after)
        if not several:
            return
        first, last, total = page.offset + 1, page.offset + len(page.submissions), page.total
        locale = QLocale()
        say(self.page_line.setText, lambda: self.tr("Rows %1–%2 of %3").replace(
            "%1", locale.toString(first)).replace("%2", locale.toString(last)).replace(
            "%3", locale.toString(max(total, last))))

    def _report_settled(self, states: dict[str, SubmissionState]) -> None:
        """After "retry", once every row sent again has an answer, say what became of
        them: delivered (gone from the list) or refused again."""
        if not self._retried:
            return
        states = {sid: state for sid, state in states.items() if sid in self._retried}
        if any(state is SubmissionState.QUEUED for state in states.values()):
            return  # still on its way
        refused = sum(1 for state in states.values() if state is SubmissionState.REFUSED)
        delivered = len(self._retried) - refused

        def settled() -> str:  # one whole sentence a line
            lines = (
                [self.tr("%Ln registration(s) delivered.", None, delivered)]
                if delivered or not refused else []
            )
            if refused:
                lines.append(
                    self.tr("%Ln registration(s) refused again (see the reason).", None, refused))
            return "\n".join(lines)

        say(self.feedback.setText, settled)
        self._retried = set()

    def _selected_ids(self) -> list[str]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.submission(row).id for row in sorted(rows)]

    # ------------------------------------------------------------------ badges

    def set_badges_enabled(self, enabled: bool) -> None:
        self.badge_section.setVisible(enabled)

    @property
    def showing_queue(self) -> bool:
        return self._showing_queue

    def show_printer(self, queue: str, state: str, reason: Text) -> None:
        """The printer line: the queue, its state and, in trouble, why (``reason``: a
        whole sentence, or a function that says it again after a language switch)."""

        def line() -> str:
            words = text_of(reason)
            if words:
                return self.tr("Badge printer %1: %2 – %3").replace("%1", queue).replace(
                    "%2", _state_words(state)).replace("%3", words)
            return self.tr("Badge printer %1: %2").replace("%1", queue).replace(
                "%2", _state_words(state))

        say(self.printer_line.setText, line)
        self.printer_line.setProperty("level", "warning" if text_of(reason) else "")
        self.printer_line.style().unpolish(self.printer_line)
        self.printer_line.style().polish(self.printer_line)

    def show_badges(self, records: list[BadgeRecord]) -> None:
        """The badges waiting (unless the view was locked meanwhile): names only when a
        staff member gave the PIN."""
        if not self._showing_queue:
            return
        selected = self.selected_badge()
        self.badge_list.clear()
        self._badge_records = list(records)
        for record in records:
            item = QListWidgetItem(self._badge_row(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.badge_list.addItem(item)
            if record.id == selected:
                self.badge_list.setCurrentItem(item)
        count = len(records)
        say(self.badge_summary.setText, lambda: self.tr("%Ln badge(s) waiting", None, count))
        self.badge_retry_button.setEnabled(bool(records))
        self.badge_cancel_button.setEnabled(bool(records))

    def _badge_row(self, record: BadgeRecord) -> str:
        """A waiting badge's row in the current language: when, whose, why it waits."""
        when = text.day_and_time(record.created_at)
        who = (
            text.fill(self.tr("%1 %2", "a person: first name, last name"),
                      record.data.first_name, record.data.last_name).strip()
            if self._unlocked and record.data is not None
            else self.tr("Badge %1").replace("%1", record.id[:SHORT_ID])
        )
        reason = record.result or self.tr("waiting")
        return text.fill(self.tr("%1 · %2 · %3"), when, who, reason)

    def retranslate(self) -> None:
        """After a language switch: the waiting badges' rows in the new language (the
        queue table's model translates as it is painted; its headers are measured again)."""
        columns = self.model.columnCount()
        if columns:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        for row, record in enumerate(self._badge_records):
            item = self.badge_list.item(row)
            if item is not None:
                item.setText(self._badge_row(record))

    def selected_badge(self) -> str:
        item = self.badge_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_badge_preview(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.badge_preview.clear()
            return
        self.badge_preview.setPixmap(QPixmap.fromImage(image).scaledToWidth(
            PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation))

    def show_badge_feedback(self, words: Text) -> None:
        if self._showing_queue:
            say(self.badge_feedback.setText, lambda: text_of(words))

    @Slot()
    def _on_badge_retry_clicked(self) -> None:
        say(self.badge_feedback.setText,
            lambda: self.tr("Sending the waiting badges to the printer…"))
        self.badge_retry_requested.emit("")

    @Slot()
    def _on_badge_cancel_clicked(self) -> None:
        badge_id = self.selected_badge()
        if not badge_id:
            say(self.badge_feedback.setText,
                lambda: self.tr("Tap a badge first, then Cancel badge."))
            return
        self.badge_cancel_requested.emit(badge_id)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_badge_list_current_changed(
        self, current: QListWidgetItem | None, _: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.badge_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))

    def show_retried(self, ids: list[str]) -> None:
        """Say what "retry" did: staff must see that the tap was taken, and later whether
        the rows sent again left the queue."""
        self._set_retry_enabled(True)
        if not self._showing_queue:
            return
        self._retried = set(ids)
        count = len(ids)
        say(self.feedback.setText, lambda: (
            self.tr("Sending %Ln registration(s) again…", None, count)
            if count
            else self.tr("Nothing to send again.")
        ))

    def show_retry_failed(self) -> None:
        self._set_retry_enabled(True)
        if self._showing_queue:
            say(self.feedback.setText, lambda: self.tr(
                "Could not send again: the kiosk cannot read its queue. Try again."))

    def _on_retry_selected(self) -> None:
        ids = self._selected_ids()
        if ids:
            self._ask_retry(ids)
        else:
            say(self.feedback.setText,
                lambda: self.tr("Tap a registration first, then Retry selected now."))

    def _on_retry_all(self) -> None:
        self._ask_retry([])

    def _ask_retry(self, ids: list[str]) -> None:
        """At once: the tap was taken (the buttons wait until the outbox answered)."""
        say(self.feedback.setText, lambda: self.tr("Sending again…"))
        self._set_retry_enabled(False)
        self.retry_requested.emit(ids)

    def _set_retry_enabled(self, enabled: bool) -> None:
        self.retry_selected_button.setEnabled(enabled)
        self.retry_all_button.setEnabled(enabled)

    # ------------------------------------------------------------------ the PIN

    def _on_pin_entered(self) -> None:
        if self._lock is None or self._checking or not self.pin_edit.isEnabled():
            return
        pin = self.pin_edit.text()
        wipe_field(self.pin_edit)
        if not pin:
            return
        self._checking = True
        self.unlock_button.setEnabled(False)
        say(self.pin_error.setText, lambda: self.tr("Checking…"))
        session = self._session
        lock = self._lock
        # The check is slow on purpose (about 60 ms): off the GUI thread.
        self._runner.run(lambda: lock.attempt(pin), lambda done: self._on_checked(session, done))

    def _on_checked(self, session: int, attempt: Attempt) -> None:
        if session != self._session:
            return  # locked meanwhile (idle reset): an old PIN opens nothing
        self._checking = False
        self.unlock_button.setEnabled(True)
        if attempt.verdict is Verdict.ACCEPTED:
            say(self.pin_error.setText, str)
            self._unlocked = True
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.idle)
            self.idle.start()
            self._enter()
            return
        if attempt.locked_for > 0:
            self._show_lockout()
        else:
            say(self.pin_error.setText, lambda: self.tr("That PIN is not right."))
        self.pin_edit.setFocus()
        if self.isVisible():  # the keyboard stays up for the next try
            QGuiApplication.inputMethod().show()

    @Slot()
    def _show_lockout(self) -> None:
        """While too many wrong PINs lock the pad: say for how long, and take no input."""
        remaining = self._lock.locked_for() if self._lock is not None else 0.0
        if remaining <= 0:
            if self._lockout_timer.isActive():
                self._lockout_timer.stop()
                self._set_pad_enabled(True)
                say(self.pin_error.setText, str)
                self.pin_edit.setFocus()
            return
        self._set_pad_enabled(False)
        say(self.pin_error.setText, lambda: self.tr(
            "Too many wrong PINs. Try again in %1.").replace("%1", _minutes_seconds(remaining)))
        self._lockout_timer.start()

    def _set_pad_enabled(self, enabled: bool) -> None:
        self.pin_edit.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)

    @Slot()
    def _on_idle(self) -> None:
        """Two minutes without a touch: whoever comes next must give the PIN again."""
        if self._unlocked:
            self.lock()


def _state_words(state: str) -> str:
    """A print queue's state (a ``QueueState`` value) for staff."""
    return {
        "idle": text.translate("kiosk", "ready"),
        "printing": text.translate("kiosk", "printing"),
        "stopped": text.translate("kiosk", "stopped"),
        "rejecting": text.translate("kiosk", "refusing jobs"),
        "trouble": text.translate("kiosk", "needs attention"),
        "missing": text.translate("kiosk", "not found"),
        "unavailable": text.translate("kiosk", "print system not answering"),
        "off": text.translate("kiosk", "off"),
    }.get(state, text.translate("kiosk", "checking…"))
