"""The staff desk: walk-ins registered by staff at a keyboard, through the same outbox.

``--mode desk`` starts the kiosk at the desk (locked until the PIN is given); the staff
view's "Desk mode" opens it with the PIN just given. Leaving the desk and closing the
kiosk need the PIN. The desk locks itself after ``lock_ms`` without input; it never wipes
what was typed: the form stays, hidden behind the lock, and is there after the PIN.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from kiosk.api.models import RegistrationData, RegistrationErrorCode, RegistrationResult
from kiosk.services.badges import BadgeData
from kiosk.services.catalog import Catalog, EventDetails, EventsSnapshot
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.outbox import Outbox, OutboxError, Submission, SubmissionState
from kiosk.services.registration import (
    Decision,
    RegistrationDraft,
    RegistrationService,
    SubmissionOutcome,
)
from kiosk.ui import text
from kiosk.ui.flows.badges import REGISTRATION, Badges, badge_date
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource, Shell
from kiosk.ui.i18n import Text
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.pin import Attempt, StaffLock, Verdict

if TYPE_CHECKING:
    from kiosk.ui.screens.desk import DeskScreen

log = logging.getLogger(__name__)

DAY_LIMIT = 100  # the day's list shows the newest this many (and says how many in all)
DEFAULT_LOCK_MS = 180_000


@dataclass
class _Attempt:
    """One Enter at the desk, from the submit until its answer (or the hand-over)."""

    number: int
    who: str
    event_name: str
    draft: RegistrationDraft
    stored: bool = False
    answered: bool = False


def _who(draft: RegistrationDraft) -> str:
    return f"{' '.join(draft.first_name.split())} {' '.join(draft.last_name.split())}".strip()


class DeskFlow(QObject):
    """The desk's event, form, submissions, day's list and lock.

    Signals:
        left(): staff gave the PIN to leave desk mode.
        search_requested(readable_id): "Find attendee" for the desk's event.
    """

    left = Signal()
    search_requested = Signal(str)
    _stored = Signal(int)  # from the worker thread: this attempt is in the outbox

    def __init__(
        self,
        shell: Shell,
        service: RegistrationService,
        catalog: Catalog,
        outbox: Outbox,
        drainer: OutboxDrainer | None,
        lock: StaffLock,
        events: Callable[[], EventsSnapshot | None],
        *,
        consent_text: Text = "",
        lock_ms: int = DEFAULT_LOCK_MS,
        handover_s: float = 3.0,
        badges: Badges | None = None,
        event: str = "",
        parent: QObject | None = None,
    ) -> None:
        """``events``: the events the start screen listed last (None: read them here);
        ``event``: the desk's event to begin with ("": staff choose it)."""
        super().__init__(parent)
        self._shell = shell
        self.service = service
        self._catalog = catalog
        self._outbox = outbox
        self._drainer = drainer
        self._lock = lock
        self._events = events
        self._consent_text = consent_text
        self.badges = badges or Badges(None)
        self.event_id = event
        self.details: EventDetails | None = None
        self.unlocked = False
        self._leaving = False
        self._session = 0  # bumped by every lock: a PIN check or a list read after it drops
        self._attempts = 0
        self._attempt: _Attempt | None = None
        self._reading = False
        self._read_again = False
        self._handover_ms = max(0, int(handover_s * 1000))
        self.idle = IdleWatcher(lock_ms, self)
        self.idle.idle.connect(self._on_idle)
        self._stored.connect(self._on_stored)
        # The desk's screen (and its module): built by build_screen when first shown.
        self._screen: DeskScreen | None = None
        self._search_offered = False

    def build_screen(self) -> None:
        """Build the desk's screen (once), locked."""
        if self._screen is not None:
            return
        from kiosk.ui.screens.desk import DeskScreen  # staff only: loaded with its screen

        screen = self._screen = DeskScreen()
        self._shell.add_screen(screen)
        screen.set_reprint_offered(self.badges.enabled)
        screen.set_search_offered(self._search_offered)
        screen.pin_entered.connect(self._on_screen_pin_entered)
        screen.leave_cancelled.connect(self._on_screen_leave_cancelled)
        screen.event_chosen.connect(self.choose_event)
        screen.submit_requested.connect(self.submit)
        screen.search_requested.connect(self._on_screen_search_requested)
        screen.lock_requested.connect(self.lock)
        screen.leave_requested.connect(self._on_screen_leave_requested)
        screen.reprint_requested.connect(self._on_screen_reprint_requested)
        screen.retranslated.connect(self.refresh_list)
        screen.show_lock(self._unlock_prompt)

    @property
    def screen_built(self) -> bool:
        return self._screen is not None

    @property
    def screen(self) -> DeskScreen:
        self.build_screen()
        assert self._screen is not None
        return self._screen

    def _unlock_prompt(self) -> str:
        return self.tr("Enter the staff PIN to open the desk.")

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Nothing to load until the desk is shown."""

    def stop(self) -> None:
        self._stop_idle()
        app = QApplication.instance()
        if app is not None and self._screen is not None:
            app.removeEventFilter(self._screen)  # its Enter filter (the window is closing)

    def _stop_idle(self) -> None:
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)

    def reset(self) -> None:
        """The kiosk resets (a bug, staff's exit): the desk locks; what was typed stays
        behind the lock, never wiped silently."""
        self.lock()

    def set_search_offered(self, offered: bool) -> None:
        self._search_offered = offered
        if self._screen is not None:
            self._screen.set_search_offered(offered)

    # ------------------------------------------------------------------ entering, leaving

    def show(self) -> None:
        """The desk as it is: at the PIN when locked, else the form."""
        self._shell.show_screen(self.screen)
        if self.unlocked and self.screen.locked and not self._leaving:
            self.screen.show_desk()
        self._load_events()

    def enter_unlocked(self) -> None:
        """From the staff view, with the PIN just given: the form at once."""
        self._unlock()
        self.show()

    @Slot()
    def lock(self) -> None:
        """The PIN is needed again; the form keeps its text, hidden; the list goes."""
        self._session += 1
        self.unlocked = False
        self._leaving = False
        self._stop_idle()
        if self._screen is not None:  # else built locked
            self._screen.show_lock(self._unlock_prompt)

    def _unlock(self) -> None:
        self.unlocked = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.installEventFilter(self.idle)
        self.idle.start()

    @Slot()
    def _on_idle(self) -> None:
        if self.unlocked:
            log.info("desk locked after a while without input")
            self.lock()

    @Slot()
    def _on_screen_leave_requested(self) -> None:
        self._leaving = True
        self.screen.show_lock(
            lambda: self.tr("Enter the staff PIN to leave desk mode."), leaving=True)

    @Slot()
    def _on_screen_leave_cancelled(self) -> None:
        self._leaving = False
        if self.unlocked:
            self.screen.show_desk()
            self.refresh_list()

    @Slot(str)
    def _on_screen_pin_entered(self, pin: str) -> None:
        session = self._session
        lock = self._lock
        self.screen.set_pin_enabled(False)
        # The check is slow on purpose (about 60 ms): off the GUI thread.
        self._shell.runner.run(
            lambda: lock.attempt(pin), lambda done: self._on_pin_checked(session, done),
            lambda error: self._on_pin_check_failed(session, error),
        )

    def _on_pin_checked(self, session: int, attempt: Attempt) -> None:
        if session != self._session:
            return
        self.screen.set_pin_enabled(True)
        if attempt.verdict is Verdict.ACCEPTED:
            if self._leaving:
                log.info("desk mode left")
                self.lock()
                self.left.emit()
                return
            log.info("desk unlocked")
            self._unlock()
            self.screen.show_desk()
            self.refresh_list()
            return
        if attempt.verdict is Verdict.LOCKED or attempt.locked_for > 0:
            seconds = max(int(attempt.locked_for + 0.999), 1)
            self.screen.show_pin_error(lambda: self.tr(
                "Too many wrong PINs. Try again in %Ln second(s).", None, seconds))
            return
        self.screen.show_pin_error(lambda: self.tr("That PIN is not right."))

    def _on_pin_check_failed(self, session: int, error: BaseException) -> None:
        log.error("staff PIN check failed: %s", type(error).__name__)
        if session == self._session:
            self.screen.set_pin_enabled(True)
            self.screen.show_pin_error(lambda: self.tr("That PIN is not right."))

    # ------------------------------------------------------------------ the event

    def _load_events(self) -> None:
        snapshot = self._events()
        if snapshot is not None:
            self._on_events(snapshot)
        else:
            self._shell.runner.run(self._catalog.stored_events, self._on_events)
            self._shell.runner.run(self._catalog.refresh_events, self._on_events)
        if self.event_id and self.details is None:
            self.choose_event(self.event_id)

    def _on_events(self, snapshot: EventsSnapshot | None) -> None:
        if snapshot is None:
            return
        events = [(s.readable_id, s.event.event_name) for s in snapshot.events]
        self.screen.set_events(events, self.event_id)

    @Slot(str)
    def choose_event(self, readable_id: str) -> None:
        """The desk's event from now on (for this session): its fields, its state."""
        self.event_id = readable_id
        cached = self._catalog.cached_details(readable_id)
        if cached is not None:
            self._on_details(readable_id, cached)
        self._shell.runner.run(
            lambda: self._catalog.load_event(readable_id),
            lambda details: self._on_details(readable_id, details),
            lambda error: log.warning("desk event not loaded: %s", type(error).__name__),
        )

    def _on_details(self, readable_id: str, details: EventDetails) -> None:
        if readable_id != self.event_id:
            return
        if self.details is None or self.details.readable_id != readable_id:
            log.info("desk ready for event %s", readable_id)
        self.details = details
        consent = self._consent_text or text.default_consent
        self.screen.set_details(
            details, consent=consent if self.service.consent_required else "",
            consent_required=self.service.consent_required,
        )
        self.screen.select_event(readable_id, details.event.event_name)
        plan = self.service.plan(details)
        event_name = details.event.event_name

        def state() -> str:
            if plan.decision is Decision.REFUSE:
                return text.refusal_text(plan.refusal, details.event.website_message) or \
                    self.tr("Registration is not possible for this event.")
            if plan.decision is Decision.EVENT_WAITLIST:
                return self.tr("%1 is full: new registrations go on the waitlist.").replace(
                    "%1", event_name)
            return self.tr("Registering for %1.").replace("%1", event_name)

        self.screen.show_event_state(state)

    # ------------------------------------------------------------------ submitting

    @Slot()
    def submit(self) -> None:
        """Enter: validate, then at once an empty form for the next person while the
        registration goes through the outbox like every other."""
        if not self.unlocked or self.screen.locked:
            return
        details = self.details
        if details is None:
            self.screen.show_outcome(lambda: self.tr("Choose the event first."), problem=True)
            return
        details = self._catalog.cached_details(details.readable_id) or details
        draft = self.screen.draft()
        problems = self.service.validate(draft, details)
        if problems:
            self.screen.show_problems(problems)
            return
        who = _who(draft)
        plan = self.service.plan(details, draft)
        if plan.decision is Decision.REFUSE:
            reason = text.refusal_text(plan.refusal, details.event.website_message)
            self.screen.show_outcome(lambda: self.tr("%1 was not registered: %2")
                                     .replace("%1", who).replace("%2", reason), problem=True)
            return
        self._attempts += 1
        attempt = _Attempt(self._attempts, who, details.event.event_name, draft)
        self._attempt = attempt
        self.screen.clear_form()
        self.screen.show_outcome(lambda: self.tr("%1: registering…").replace("%1", who))
        number = attempt.number

        def stored(_: str) -> None:  # on the worker thread
            self._stored.emit(number)

        self._shell.runner.run(
            lambda: self.service.submit(draft, details, on_stored=stored),
            lambda outcome: self._on_submitted(attempt, details, outcome),
            lambda error: self._on_submit_failed(attempt, error),
            urgent=True,
        )
        if self._handover_ms:
            QTimer.singleShot(self._handover_ms, self, lambda: self._hand_over(attempt))

    @Slot(int)
    def _on_stored(self, number: int) -> None:
        attempt = self._attempt
        if attempt is not None and attempt.number == number:
            attempt.stored = True
        self._shell.refresh_queue_status()
        self.refresh_list()

    def _hand_over(self, attempt: _Attempt) -> None:
        """No answer yet, but the outbox holds it: the outbox delivers it."""
        if attempt.answered or not attempt.stored or attempt is not self._attempt:
            return
        who = attempt.who
        self.screen.show_outcome(lambda: self.tr(
            "%1 is saved at this desk and queued for delivery.").replace("%1", who))

    def _on_submitted(
        self, attempt: _Attempt, details: EventDetails, outcome: SubmissionOutcome
    ) -> None:
        attempt.answered = True
        self._shell.refresh_queue_status()
        if outcome.queued and self._drainer is not None:
            self._drainer.wake()
        self._print_badge(attempt.draft, details, outcome)
        self.refresh_list()
        log.info("desk registration %s: %s", outcome.submission_id, outcome.state.value)
        if attempt is not self._attempt:
            return  # a later walk-in's line is on show; the list has this one
        who, event_name = attempt.who, attempt.event_name
        if outcome.state is SubmissionState.REFUSED:
            reason = self._refusal_words(outcome)
            self.screen.show_outcome(lambda: self.tr("%1 was not registered: %2")
                                     .replace("%1", who).replace("%2", reason), problem=True)
            if self.screen.form_empty():  # nobody typed the next one yet: fix and resend
                self.screen.fill(attempt.draft)
            return
        self.screen.show_outcome(self._outcome_words(outcome, who, event_name, details))

    def _outcome_words(
        self, outcome: SubmissionOutcome, who: str, event_name: str, details: EventDetails
    ) -> Text:
        if outcome.already_registered:
            return lambda: self.tr("%1 was already registered for %2.").replace(
                "%1", who).replace("%2", event_name)
        if outcome.queued:
            return lambda: self.tr(
                "%1 is saved at this desk and queued for delivery.").replace("%1", who)
        if outcome.waitlisted:
            return lambda: self.tr("%1 is on the waitlist for %2.").replace(
                "%1", who).replace("%2", event_name)
        sessions = len(outcome.waitlisted_session_ids)
        if sessions:
            return lambda: self.tr(
                "%1 is registered for %2, on the waitlist for %Ln session(s).", None, sessions
            ).replace("%1", who).replace("%2", event_name)
        return lambda: self.tr("%1 is registered for %2.").replace(
            "%1", who).replace("%2", event_name)

    def _refusal_words(self, outcome: SubmissionOutcome) -> str:
        code = outcome.error_code
        if code == RegistrationErrorCode.EVENT_FULL:
            return self.tr("the event is full.")
        if code == RegistrationErrorCode.SESSION_FULL:
            return self.tr("a chosen session is full.")
        if code == RegistrationErrorCode.REGISTRATION_CLOSED:
            return self.tr("registration for this event has closed.")
        reason = (outcome.reason or "").strip()
        return reason or self.tr("the server did not accept it.")

    def _on_submit_failed(self, attempt: _Attempt, error: BaseException) -> None:
        attempt.answered = True
        if isinstance(error, OutboxError):
            log.error("outbox unusable: %s", error)
            self._shell.show_notice(
                NoticeSource.OUTBOX,
                lambda: self.tr(
                    "This kiosk cannot save registrations right now. Staff: check the data "
                    "folder."
                ),
                NoticeLevel.ERROR,
            )
        else:
            log.error("desk registration failed: %s", type(error).__name__)
        who = attempt.who
        if attempt is self._attempt:
            self.screen.show_outcome(lambda: self.tr(
                "%1 could not be saved. Nothing is lost: the details are back in the form."
            ).replace("%1", who), problem=True)
        if not attempt.stored and self.screen.form_empty():
            self.screen.fill(attempt.draft)

    def _print_badge(
        self, draft: RegistrationDraft, details: EventDetails, outcome: SubmissionOutcome
    ) -> None:
        """As at the attendee form: a confirmed, new registration prints its badge."""
        code = outcome.check_in_code
        if (not self.badges.prints_on(REGISTRATION) or outcome.waitlisted or not code
                or outcome.state is not SubmissionState.DELIVERED
                or outcome.already_registered):
            return
        self.badges.print_badge(None, BadgeData(
            first_name=" ".join(draft.first_name.split()),
            last_name=" ".join(draft.last_name.split()),
            event_name=details.event.event_name,
            date_text=badge_date(details.event),
            check_in_code=code,
        ))

    # ------------------------------------------------------------------ the day's list

    @Slot()
    def refresh_list(self) -> None:
        """Re-read today's registrations, when the unlocked desk shows them."""
        if not self.unlocked or self._screen is None or self._screen.locked:
            return
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        session = self._session
        now = self._shell.clock()
        local = now.astimezone()
        since = local.replace(hour=0, minute=0, second=0, microsecond=0)
        outbox = self._outbox

        def done(result: tuple[list[Submission], int]) -> None:
            self._read_done()
            if session == self._session and self.unlocked:
                self._show_day(*result, now=now)

        def failed(error: BaseException) -> None:
            self._read_done()
            log.warning("the desk could not read the outbox: %s", type(error).__name__)

        self._shell.runner.run(lambda: outbox.registrations_since(since, DAY_LIMIT), done,
                               failed)

    def _read_done(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh_list()

    def _show_day(self, submissions: list[Submission], total: int, *, now: datetime) -> None:
        from kiosk.ui.screens.desk import DeskRow

        locale = QLocale()
        rows = []
        for submission in submissions:
            moment = submission.created_at.astimezone()
            rows.append(DeskRow(
                submission_id=submission.id,
                time_text=locale.toString(QTime(moment.hour, moment.minute),
                                          QLocale.FormatType.ShortFormat),
                name=submission.attendee_label or "—",
                event_name=submission.event_name,
                status=self._status(submission, now),
                reprintable=self._reprintable(submission),
            ))
        shown = len(rows)

        def summary() -> str:
            said = self.tr("%Ln registration(s) today", None, total)
            if shown < total:
                said += " " + self.tr("(the latest %Ln shown)", None, shown)
            return said

        self.screen.show_day(rows, summary)

    def _status(self, submission: Submission, now: datetime) -> str:
        if submission.state is SubmissionState.QUEUED:
            if submission.is_stuck(now):
                return self.tr("Stuck: %1").replace("%1", submission.last_error or "")
            return self.tr("Queued to send")
        if submission.state is SubmissionState.REFUSED:
            return self.tr("Refused: %1").replace(
                "%1", submission.last_error or self.tr("the server did not accept it."))
        result = submission.result if isinstance(submission.result, RegistrationResult) else None
        outcome = result.attendees[0] if result is not None and result.attendees else None
        if outcome is not None and outcome.already_registered:
            return self.tr("Already registered")
        payload = submission.payload
        asked = isinstance(payload, RegistrationData) and any(
            a.waitlisted for a in payload.attendees)
        if (outcome.waitlisted if outcome is not None else asked):
            return self.tr("Waitlisted")
        return self.tr("Registered")

    @staticmethod
    def _reprintable(submission: Submission) -> bool:
        result = submission.result if isinstance(submission.result, RegistrationResult) else None
        outcome = result.attendees[0] if result is not None and result.attendees else None
        return (submission.state is SubmissionState.DELIVERED and outcome is not None
                and bool(outcome.check_in_code) and not outcome.waitlisted
                and isinstance(submission.payload, RegistrationData))

    # ------------------------------------------------------------------ search, badges

    @Slot()
    def _on_screen_search_requested(self) -> None:
        if self.unlocked and self.event_id:
            self.search_requested.emit(self.event_id)

    @Slot(str)
    def _on_screen_reprint_requested(self, submission_id: str) -> None:
        if not self.unlocked or not self.badges.enabled:
            return
        outbox, catalog = self._outbox, self._catalog

        def make() -> BadgeData | None:
            submission = outbox.get(submission_id)
            if submission is None or not self._reprintable(submission):
                return None
            payload, result = submission.payload, submission.result
            assert isinstance(payload, RegistrationData)
            assert isinstance(result, RegistrationResult)
            attendee = payload.attendees[0]
            details = catalog.stored_details(submission.readable_event_id)
            return BadgeData(
                first_name=attendee.first_name, last_name=attendee.last_name,
                event_name=submission.event_name,
                date_text=badge_date(details.event if details else None),
                check_in_code=result.attendees[0].check_in_code or "",
            )

        self.badges.print_later(self._shell.runner, None, make, reprint=True)
        self.screen.show_reprint_sent()

