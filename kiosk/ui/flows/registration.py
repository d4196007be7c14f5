"""Registration: the form, the submission through the outbox, and the confirmation."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.api.models import RegistrationErrorCode
from kiosk.services.badges import BadgeData
from kiosk.services.catalog import Catalog, EventDetails
from kiosk.services.drainer import OutboxDrainer
from kiosk.services.images import QrMatrix, qr_matrix
from kiosk.services.outbox import OutboxError, SubmissionState
from kiosk.services.registration import (
    RegistrationDraft,
    RegistrationService,
    SubmissionOutcome,
)
from kiosk.ui import text
from kiosk.ui.flows.badges import REGISTRATION, Badges, badge_date
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource, Shell
from kiosk.ui.screens.confirmation import ConfirmationScreen
from kiosk.ui.screens.register import RegisterScreen
from kiosk.ui.sounds import PROBLEM, SUCCESS, ResultSounds

log = logging.getLogger(__name__)


@dataclass
class _Attempt:
    """One tap on Register, from the tap until its answer (or the hand-over)."""

    number: int
    generation: int
    waitlisted: bool
    stored_id: str | None = None  # in the outbox: "saved" is true from then on
    timed_out: bool = False  # handover_s passed without an answer
    handed_over: bool = False  # the confirmation said "saved"; the outbox delivers
    answered: bool = False


class RegistrationFlow(QObject):
    """From the Register button to "You are registered": the form and its validation, the
    submission off the GUI thread, the outcome in plain words (a refusal keeps the form),
    and wiping the form once the attendee is done. One owner for the attendee's details
    on screen, so one place forgets them.

    Signals:
        back(): the attendee went back to the event page (what was typed is kept).
        submitted(): a registration was recorded; the event's counts may have changed.
        done(): the attendee finished with the confirmation.
    """

    back = Signal()
    submitted = Signal()
    done = Signal()
    # From the worker thread (queued to the GUI thread): (attempt number, submission id).
    _stored = Signal(object)

    def __init__(
        self,
        shell: Shell,
        service: RegistrationService,
        catalog: Catalog,
        drainer: OutboxDrainer | None,
        consent_text: str,
        confirmation_countdown_s: int,
        parent: QObject | None = None,
        *,
        badges: Badges | None = None,
        handover_s: float = 3.0,
        sounds: ResultSounds | None = None,
    ) -> None:
        """``badges``: the badge printer (printed after a confirmed registration only
        with ``[badges] print_on`` holding "registration"). ``handover_s``: how long the
        attendee waits for the server's answer before the outbox takes over and the
        confirmation says the registration is saved and will be sent. ``sounds``: the
        window's result cues (None: silent)."""
        super().__init__(parent)
        self.sounds = sounds
        self.last_sound: str | None = None  # SUCCESS or PROBLEM, asked for with an outcome
        self._shell = shell
        self.badges = badges or Badges(None)
        self.service = service
        self._catalog = catalog
        self._drainer = drainer
        self._generation = 0  # bumped on every reset; results for a walked-away attendee drop
        self._attempts = 0
        self._attempt: _Attempt | None = None
        self._handover = QTimer(self)
        self._handover.setSingleShot(True)
        self._handover.setInterval(max(0, int(handover_s * 1000)))
        self._handover.timeout.connect(self._on_handover_timeout)
        self._stored.connect(self._on_stored)

        self.register_screen = RegisterScreen(consent_text or text.default_consent)
        self.confirmation_screen = ConfirmationScreen(confirmation_countdown_s)
        shell.add_screen(self.register_screen)
        shell.add_screen(self.confirmation_screen)
        self.register_screen.back.connect(self.back)
        self.register_screen.submit_requested.connect(self._on_register_screen_submit_requested)
        self.register_screen.draft_changed.connect(self._on_register_screen_draft_changed)
        self.confirmation_screen.done.connect(self.done)

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Nothing to load: the form opens for an event the browse flow shows."""

    def stop(self) -> None:
        self.confirmation_screen.stop()
        self._handover.stop()

    def reset(self) -> None:
        """Nothing of the last attendee stays on the form or the confirmation."""
        self._generation += 1
        self._handover.stop()
        self.confirmation_screen.stop()
        self.register_screen.forget_event()

    # ------------------------------------------------------------------ the form

    def open_for(self, details: EventDetails) -> None:
        """Show the form for the event of ``details``, planned from the freshest counts."""
        readable_id = details.readable_id
        self.register_screen.open_for(
            details,
            lambda draft: self.service.plan(
                self._catalog.cached_details(readable_id) or details, draft
            ),
            lambda draft: self.service.validate(draft, details),
        )
        self._shell.show_screen(self.register_screen)

    def update_details(self, details: EventDetails) -> None:
        """Fresh counts of the open event: the form relabels its seats and re-decides."""
        self.register_screen.update_details(details)

    @Slot()
    def _on_register_screen_draft_changed(self) -> None:
        # Once problems are shown, they update as the attendee fixes them.
        screen = self.register_screen
        if screen.details is None or not (screen.shown_problems or screen.checked):
            return
        screen.show_problems(self.service.validate(screen.draft(), screen.details), focus=False)

    @Slot(object)
    def _on_register_screen_submit_requested(self, draft: RegistrationDraft) -> None:
        screen = self.register_screen
        details = screen.details
        if details is None or screen.busy:
            return
        problems = self.service.validate(draft, details)
        screen.show_problems(problems)
        if problems:
            self._play(PROBLEM)  # a form error blocks Register
            return
        screen.set_busy(True)
        generation = self._generation
        self._attempts += 1
        number = self._attempts
        plan = self.service.plan(details, draft)
        attempt = _Attempt(number, generation, waitlisted=plan.waitlisted)
        self._attempt = attempt
        self._handover.start()

        def stored(submission_id: str) -> None:  # on the worker thread
            self._stored.emit((number, submission_id))

        def submit() -> tuple[SubmissionOutcome, QrMatrix]:
            outcome = self.service.submit(draft, details, on_stored=stored)
            code = outcome.check_in_code
            # A repeat registration shows no code: the one typing may not be its owner.
            return outcome, qr_matrix(code) if code and not outcome.already_registered else ()

        self._shell.runner.run(
            submit,
            lambda done: self._on_submitted(attempt, draft, details, *done),
            lambda error: self._on_submit_failed(attempt, error),
            urgent=True,
        )

    # ------------------------------------------------------------------ the hand-over

    @Slot(object)
    def _on_stored(self, stored: tuple[int, str]) -> None:
        number, submission_id = stored
        attempt = self._attempt
        if attempt is None or attempt.number != number:
            return
        attempt.stored_id = submission_id
        if attempt.timed_out:
            self._hand_over(attempt)

    @Slot()
    def _on_handover_timeout(self) -> None:
        attempt = self._attempt
        if attempt is None or attempt.answered:
            return
        attempt.timed_out = True
        if attempt.stored_id is not None:  # never "saved" before it is stored
            self._hand_over(attempt)

    def _hand_over(self, attempt: _Attempt) -> None:
        """No answer within handover_s: the registration is in the outbox, which sends
        it; the attendee is told so and may go. The late answer changes no screen."""
        if attempt.answered or attempt.handed_over or attempt.stored_id is None:
            return
        attempt.handed_over = True
        self._shell.refresh_queue_status()
        if attempt.generation != self._generation:
            return  # the attendee walked away meanwhile
        screen = self.register_screen
        draft = screen.draft()
        details = screen.details
        if details is None:
            return
        outcome = SubmissionOutcome(
            attempt.stored_id, SubmissionState.QUEUED, waitlisted=attempt.waitlisted
        )
        self._confirm(draft, details, outcome, ())

    # ------------------------------------------------------------------ outcomes

    def _on_submitted(
        self,
        attempt: _Attempt,
        draft: RegistrationDraft,
        details: EventDetails,
        outcome: SubmissionOutcome,
        matrix: QrMatrix,
    ) -> None:
        attempt.answered = True
        if self._attempt is attempt:
            self._handover.stop()
        self._shell.refresh_queue_status()
        if outcome.queued and self._drainer is not None:
            self._drainer.wake()
        self.submitted.emit()
        self._print_badge(draft, details, outcome)
        if attempt.generation != self._generation or attempt.handed_over:
            return  # the attendee walked away or was told "saved"; the outbox has it
        if outcome.state.value == "refused":
            self.register_screen.show_refusal(lambda: self._refusal_message(outcome, details))
            self._play(PROBLEM)
            return
        self._confirm(draft, details, outcome, matrix)

    def _confirm(
        self,
        draft: RegistrationDraft,
        details: EventDetails,
        outcome: SubmissionOutcome,
        matrix: QrMatrix,
    ) -> None:
        names = [
            s.name for sid in outcome.waitlisted_session_ids if (s := details.session(sid))
        ]
        attendee = f"{' '.join(draft.first_name.split())} {' '.join(draft.last_name.split())}"
        self.confirmation_screen.show_outcome(
            outcome, attendee, details.event.event_name, names, matrix
        )
        self._shell.show_screen(self.confirmation_screen)
        # Registered, waitlisted or saved to send: none of them is a failure.
        self._play(SUCCESS)
        # The attendee is done: wipe the (now hidden) form once the confirmation has been
        # painted, so the two never share one frame's time.
        generation_now = self._generation
        QTimer.singleShot(50, lambda: self._forget_form(generation_now))

    def _print_badge(
        self, draft: RegistrationDraft, details: EventDetails, outcome: SubmissionOutcome
    ) -> None:
        """A confirmed registration (delivered, not waitlisted, new, with a check-in
        code) prints the badge with the names as typed."""
        code = outcome.check_in_code
        if (
            not self.badges.prints_on(REGISTRATION)
            or outcome.state is not SubmissionState.DELIVERED
            or outcome.waitlisted
            or outcome.already_registered
            or not code
        ):
            return
        self.badges.print_badge(None, BadgeData(
            first_name=" ".join(draft.first_name.split()),
            last_name=" ".join(draft.last_name.split()),
            event_name=details.event.event_name,
            date_text=badge_date(details.event),
            check_in_code=code,
        ))

    def _forget_form(self, generation: int) -> None:
        if generation == self._generation:  # a reset meanwhile has wiped it already
            self.register_screen.forget_event()

    def _refusal_message(self, outcome: SubmissionOutcome, details: EventDetails) -> str:
        code = outcome.error_code
        if code == RegistrationErrorCode.EVENT_FULL:
            if details.event.show_waitlist:
                return self.tr(
                    "Sorry, the event filled up a moment ago. You can join the waitlist "
                    "instead: tap the button again."
                )
            return self.tr("Sorry, the event filled up a moment ago.")
        if code == RegistrationErrorCode.SESSION_FULL:
            return self.tr(
                "Sorry, a session you chose filled up a moment ago. Please check your sessions."
            )
        if code == RegistrationErrorCode.REGISTRATION_CLOSED:
            return self.tr("Sorry, registration for this event has just closed.")
        reason = (outcome.reason or "").strip()
        if reason:
            return self.tr("The registration was not accepted: %1").replace("%1", reason)
        return self.tr("The registration was not accepted. Please ask a staff member.")

    def _on_submit_failed(self, attempt: _Attempt, error: BaseException) -> None:
        attempt.answered = True
        if self._attempt is attempt:
            self._handover.stop()
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
            log.error("registration failed unexpectedly", exc_info=error)
        if attempt.generation == self._generation and not attempt.handed_over:
            self.register_screen.show_refusal(
                lambda: self.tr(
                    "Sorry, this kiosk cannot take your registration right now. Nothing you "
                    "typed is lost: please ask a staff member."
                )
            )
            self._play(PROBLEM)

    def _play(self, sound: str) -> None:
        """Never the only signal: the screen says it too (and the sounds may be off)."""
        self.last_sound = sound
        if self.sounds is not None:
            self.sounds.play(sound)
