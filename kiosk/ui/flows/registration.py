"""Registration: the form, the submission through the outbox, and the confirmation."""

from __future__ import annotations

import logging

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
from kiosk.ui.flows.badges import REGISTRATION, Badges, badge_date
from kiosk.ui.flows.shell import NoticeLevel, NoticeSource, Shell
from kiosk.ui.screens.confirmation import ConfirmationScreen
from kiosk.ui.screens.register import RegisterScreen

log = logging.getLogger(__name__)


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
    ) -> None:
        """``badges``: the badge printer (printed after a confirmed registration only
        with ``[badges] print_on`` holding "registration")."""
        super().__init__(parent)
        self._shell = shell
        self.badges = badges or Badges(None)
        self.service = service
        self._catalog = catalog
        self._drainer = drainer
        self._generation = 0  # bumped on every reset; results for a walked-away attendee drop

        self.register_screen = RegisterScreen(consent_text or self._default_consent())
        self.confirmation_screen = ConfirmationScreen(confirmation_countdown_s)
        shell.add_screen(self.register_screen)
        shell.add_screen(self.confirmation_screen)
        self.register_screen.back.connect(self.back)
        self.register_screen.submit_requested.connect(self._on_register_screen_submit_requested)
        self.register_screen.draft_changed.connect(self._on_register_screen_draft_changed)
        self.confirmation_screen.done.connect(self.done)

    def _default_consent(self) -> str:
        return self.tr(
            "I agree that the organiser stores my details to manage my registration "
            "and may e-mail me about this event."
        )

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Nothing to load: the form opens for an event the browse flow shows."""

    def stop(self) -> None:
        self.confirmation_screen.stop()

    def reset(self) -> None:
        """Nothing of the last attendee stays on the form or the confirmation."""
        self._generation += 1
        self.confirmation_screen.stop()
        self.register_screen.forget_event()

    # ------------------------------------------------------------------ the form

    def open_for(self, details: EventDetails) -> None:
        """Show the form for the event of ``details``, planned from the freshest counts."""
        readable_id = details.readable_id
        self.register_screen.open_for(details, lambda draft: self.service.plan(
            self._catalog.cached_details(readable_id) or details, draft
        ))
        self._shell.show_screen(self.register_screen)

    def update_details(self, details: EventDetails) -> None:
        """Fresh counts of the open event: the form relabels its seats and re-decides."""
        self.register_screen.update_details(details)

    @Slot()
    def _on_register_screen_draft_changed(self) -> None:
        # Once problems are shown, they update as the attendee fixes them.
        screen = self.register_screen
        if screen.details is None or not screen.shown_problems:
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
            return
        screen.set_busy(True)
        generation = self._generation

        def submit() -> tuple[SubmissionOutcome, QrMatrix]:
            outcome = self.service.submit(draft, details)
            code = outcome.check_in_code
            # A repeat registration shows no code: the one typing may not be its owner.
            return outcome, qr_matrix(code) if code and not outcome.already_registered else ()

        self._shell.runner.run(
            submit,
            lambda done: self._on_submitted(generation, draft, details, *done),
            lambda error: self._on_submit_failed(generation, error),
            urgent=True,
        )

    # ------------------------------------------------------------------ outcomes

    def _on_submitted(
        self,
        generation: int,
        draft: RegistrationDraft,
        details: EventDetails,
        outcome: SubmissionOutcome,
        matrix: QrMatrix,
    ) -> None:
        self._shell.refresh_queue_status()
        if outcome.queued and self._drainer is not None:
            self._drainer.wake()
        self.submitted.emit()
        self._print_badge(draft, details, outcome)
        if generation != self._generation:
            return  # the attendee walked away; the outbox has it either way
        if outcome.state.value == "refused":
            self.register_screen.show_refusal(self._refusal_message(outcome, details))
            return
        names = [
            s.name for sid in outcome.waitlisted_session_ids if (s := details.session(sid))
        ]
        attendee = f"{' '.join(draft.first_name.split())} {' '.join(draft.last_name.split())}"
        self.confirmation_screen.show_outcome(
            outcome, attendee, details.event.event_name, names, matrix
        )
        self._shell.show_screen(self.confirmation_screen)
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

    def _on_submit_failed(self, generation: int, error: BaseException) -> None:
        if isinstance(error, OutboxError):
            log.error("outbox unusable: %s", error)
            self._shell.show_notice(
                NoticeSource.OUTBOX,
                self.tr(
                    "This kiosk cannot save registrations right now. Staff: check the data "
                    "folder."
                ),
                NoticeLevel.ERROR,
            )
        else:
            log.error("registration failed unexpectedly", exc_info=error)
        if generation == self._generation:
            self.register_screen.show_refusal(
                self.tr(
                    "Sorry, this kiosk cannot take your registration right now. Nothing you "
                    "typed is lost: please ask a staff member."
                )
            )
