"""The path of a registration: draft -> validation -> decision -> payload -> outbox -> API.

The kiosk's decision only shapes the screen; the server stays the authority. Every
submission is in the outbox before the first network call, so no failure after that
point can lose what an attendee typed.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import (
    ApiError,
    InvalidResponseError,
    OriginRejectedError,
    RateLimitedError,
    ServerError,
    TokenRejectedError,
)
from kiosk.api.identity import email_key
from kiosk.api.models import (
    Attendee,
    AttendeeSessions,
    CustomFieldType,
    CustomRegistrationField,
    CustomRegistrationFieldResponse,
    RegistrationData,
    RegistrationResult,
)
from kiosk.services.availability import (
    Availability,
    SessionAvailability,
    event_availability,
    session_availability,
)
from kiosk.services.catalog import EventDetails
from kiosk.services.outbox import (
    InFlight,
    Outbox,
    Submission,
    SubmissionState,
    new_submission_id,
)

log = logging.getLogger(__name__)

# Contract §4.12: what the sample portal enforces, and the local server too.
NAME_MAX = 50
EMAIL_MAX = 100
TEXT_ANSWER_MAX = 1000

Answer = str | bool | Sequence[str]


@dataclass
class RegistrationDraft:
    """What the register screen collected. Mutable: the screen fills it as people type."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)  # field id -> answer
    session_ids: list[str] = field(default_factory=list)
    consent: bool = False
    auto_register: bool = False


class Problem(enum.Enum):
    """A validation problem; the UI words it (and translates it)."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    INVALID_CHOICE = "invalid_choice"
    INVALID_CHARACTERS = "invalid_characters"
    CONSENT_REQUIRED = "consent_required"
    SESSION_FULL = "session_full"


# Keys of the problems dict for the fixed fields; custom fields use their GUID.
FIRST_NAME = "firstName"
LAST_NAME = "lastName"
EMAIL = "email"
CONSENT = "consent"
SESSIONS = "sessions"


class Decision(enum.Enum):
    REGISTER = "register"
    EVENT_WAITLIST = "event_waitlist"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Plan:
    """What submitting the draft would do right now, from the freshest counts we have."""

    decision: Decision
    refusal: Availability | None = None
    waitlisted_session_ids: frozenset[str] = frozenset()
    offer_auto_register: bool = False

    @property
    def waitlisted(self) -> bool:
        return self.decision is Decision.EVENT_WAITLIST


def plan_for(details: EventDetails, draft: RegistrationDraft | None, now: datetime) -> Plan:
    """Register, join the event waitlist, go on session waitlists, or refuse with a reason."""
    event = details.event
    state = event_availability(event, details.registration_count, now, paid=details.paid)
    if not state.availability.can_register:
        return Plan(Decision.REFUSE, refusal=state.availability)
    offer_auto = event.show_automatic_registration_checkbox and not (
        event.autoregister_waitlist_items or details.paid
    )
    if state.availability is Availability.WAITLIST:
        return Plan(Decision.EVENT_WAITLIST, offer_auto_register=offer_auto)
    waitlisted_sessions = frozenset(
        sid
        for sid in (draft.session_ids if draft else ())
        if (s := details.session(sid)) is not None
        and session_availability(s, event) is SessionAvailability.WAITLIST
    )
    return Plan(
        Decision.REGISTER,
        waitlisted_session_ids=waitlisted_sessions,
        offer_auto_register=offer_auto and bool(waitlisted_sessions),
    )


def _has_control_characters(text: str) -> bool:
    return any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text)


def validate(draft: RegistrationDraft, details: EventDetails, *, consent_required: bool) -> dict[
    str, Problem
]:
    """Every problem in the draft, keyed by field; empty when the draft can be submitted."""
    problems: dict[str, Problem] = {}
    for key, value in ((FIRST_NAME, draft.first_name), (LAST_NAME, draft.last_name)):
        text = value.strip()
        if not text:
            problems[key] = Problem.REQUIRED
        elif len(text) > NAME_MAX:
            problems[key] = Problem.TOO_LONG
        elif _has_control_characters(text):
            problems[key] = Problem.INVALID_CHARACTERS
    email = draft.email.strip()
    if not email:
        problems[EMAIL] = Problem.REQUIRED
    elif len(email) > EMAIL_MAX:
        problems[EMAIL] = Problem.TOO_LONG
    elif email_key(email) is None:  # the identity the server matches on; syntax only
        problems[EMAIL] = Problem.INVALID_EMAIL
    for custom in details.fields:
        problem = _answer_problem(custom, draft.answers.get(custom.custom_registration_field_id))
        if problem is not None:
            problems[custom.custom_registration_field_id] = problem
    if consent_required and not draft.consent:
        problems[CONSENT] = Problem.CONSENT_REQUIRED
    session_problem = _sessions_problem(draft, details)
    if session_problem is not None:
        problems[SESSIONS] = session_problem
    return problems


def _blank(answer: Answer) -> bool:
    if isinstance(answer, bool):
        return False
    if isinstance(answer, str):
        return not answer.strip()
    return not answer


def _answer_problem(custom: CustomRegistrationField, answer: Answer | None) -> Problem | None:
    if answer is None or _blank(answer):
        return Problem.REQUIRED if custom.is_required else None
    choices = custom.choice_list
    if custom.type is CustomFieldType.BOOLEAN:
        return None if isinstance(answer, bool) else Problem.INVALID_CHOICE
    if custom.type is CustomFieldType.SINGLE_CHOICE:
        return None if isinstance(answer, str) and answer in choices else Problem.INVALID_CHOICE
    if custom.type is CustomFieldType.MULTIPLE_CHOICE:
        if isinstance(answer, str | bool) or not all(a in choices for a in answer):
            return Problem.INVALID_CHOICE
        return None
    if not isinstance(answer, str):
        return Problem.INVALID_CHOICE
    if len(answer.strip()) > TEXT_ANSWER_MAX:
        return Problem.TOO_LONG
    return None


def _sessions_problem(draft: RegistrationDraft, details: EventDetails) -> Problem | None:
    for sid in draft.session_ids:
        session = details.session(sid)
        if session is None:
            continue  # vanished from the agenda; the server will say so if it matters
        if session_availability(session, details.event) is SessionAvailability.FULL:
            return Problem.SESSION_FULL
    return None


def build_payload(draft: RegistrationDraft, details: EventDetails, plan: Plan) -> RegistrationData:
    """The contract's body for one attendee (contract §4.12-4.14)."""
    waitlisted = plan.decision is Decision.EVENT_WAITLIST
    # §8.5: an event-waitlisted attendee is sent without sessions and without a pass.
    sessions = [] if waitlisted else [
        AttendeeSessions(session_id=sid, waitlisted=sid in plan.waitlisted_session_ids)
        for sid in draft.session_ids
    ]
    attendee = Attendee(
        first_name=" ".join(draft.first_name.split()),
        last_name=" ".join(draft.last_name.split()),
        email=draft.email.strip(),
        pass_id="",
        waitlisted=waitlisted,
        auto_register=draft.auto_register and plan.offer_auto_register,
        responses=_responses(details.fields, draft.answers),
        attendee_sessions=sessions,
    )
    return RegistrationData(attendees=[attendee])


def _responses(
    fields: Sequence[CustomRegistrationField], answers: Mapping[str, Answer]
) -> list[CustomRegistrationFieldResponse]:
    """Answered fields only, formatted as §4.11 says; blanks are dropped like the sample does."""
    out = []
    for custom in fields:
        answer = answers.get(custom.custom_registration_field_id)
        if answer is None or _blank(answer):
            continue
        fid = custom.custom_registration_field_id
        if isinstance(answer, bool):
            out.append(CustomRegistrationFieldResponse(id=fid, value="Yes" if answer else "No"))
        elif isinstance(answer, str):
            out.append(CustomRegistrationFieldResponse(id=fid, value=answer.strip()))
        else:
            chosen = [c for c in custom.choice_list if c in answer]
            out.append(
                CustomRegistrationFieldResponse(id=fid, value=", ".join(chosen), values=chosen)
            )
    return out


# --------------------------------------------------------------------------- submitting


@dataclass(frozen=True)
class SubmissionOutcome:
    """What the confirmation screen says."""

    submission_id: str
    state: SubmissionState
    waitlisted: bool
    waitlisted_session_ids: frozenset[str] = frozenset()
    check_in_code: str | None = None
    already_registered: bool = False
    reason: str | None = None  # the server's words when refused
    error_code: str | None = None
    error: ApiError | None = None  # why it is still queued

    @property
    def queued(self) -> bool:
        return self.state is SubmissionState.QUEUED


def _keep_queued(error: ApiError) -> bool:
    """Whether a failed send stays in the queue rather than counting as a refusal.

    Network trouble, 429 and 5xx pass with time. An unreadable answer (half a body, a
    portal's page) says nothing about whether the server registered the attendee: the
    resend with the same key will ask. A rejected token or origin is this kiosk's
    configuration, not the attendee's fault: the registration waits until staff fix it.
    """
    return error.transient or isinstance(
        error, InvalidResponseError | TokenRejectedError | OriginRejectedError
    )


def _blames_submission(error: ApiError) -> bool:
    """Whether a failure that keeps a submission queued counts towards making it stuck.

    Only an API that answered, but not usefully (5xx, 429, an unreadable body), may be
    failing this submission in particular. No connection, a timeout or a rejected token
    fail every submission alike: skipping ahead would gain nothing.
    """
    return isinstance(error, ServerError | RateLimitedError | InvalidResponseError)


def _waitlisted(payload: RegistrationData) -> bool:
    return any(a.waitlisted for a in payload.attendees)


class RegistrationService:
    """Turns a validated draft into a stored submission and sends it once.

    Transient failures leave the submission queued (the outbox drainer retries it); a
    4xx or a non-success status is final and stored with the server's reason.
    """

    def __init__(
        self,
        client: EventsApiClient,
        outbox: Outbox,
        *,
        consent_required: bool = True,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client = client
        self._outbox = outbox
        self._clock = clock
        self.consent_required = consent_required
        # Submissions being sent right now: the screen's first attempt and the drainer must
        # not send the same one at once.
        self._in_flight = InFlight()

    def plan(self, details: EventDetails, draft: RegistrationDraft | None = None) -> Plan:
        return plan_for(details, draft, self._clock())

    def validate(self, draft: RegistrationDraft, details: EventDetails) -> dict[str, Problem]:
        return validate(draft, details, consent_required=self.consent_required)

    def submit(
        self,
        draft: RegistrationDraft,
        details: EventDetails,
        on_stored: Callable[[str], None] | None = None,
    ) -> SubmissionOutcome:
        """Validate, decide, store, send. Raises ValueError for a draft that is not valid.

        An attendee this kiosk already holds a queued or delivered submission for (same
        event, same :func:`email_key`) is answered ``already_registered`` with that
        submission's id and state, and nothing new is queued.

        ``on_stored(submission_id)`` is called (on this thread) once the submission is in
        the outbox and before it is sent: from then on nothing typed can be lost, so the
        screen may say "saved" without waiting for the server.
        """
        problems = self.validate(draft, details)
        if problems:
            raise ValueError(f"draft has {len(problems)} problem(s)")
        plan = self.plan(details, draft)
        if plan.decision is Decision.REFUSE:
            raise ValueError(f"registration refused by the kiosk: {plan.refusal}")
        payload = build_payload(draft, details, plan)
        earlier = self._outbox.registered_earlier(details.readable_id, draft.email)
        if earlier is not None:
            # Offline the server cannot catch a repeat: answer as it would, and queue
            # nothing. Nothing of the earlier submission's data goes into the answer.
            log.info("submission %s repeats an earlier one for the same attendee", earlier.id)
            return SubmissionOutcome(
                earlier.id, earlier.state, waitlisted=False, already_registered=True
            )
        # Claimed before it is stored: the drainer must not pick it up and send it first,
        # or this attempt would only learn "someone else is sending it".
        submission_id = new_submission_id()
        with self._in_flight.claim(submission_id):  # a new id: always ours
            submission = self._outbox.add(
                details.readable_id, details.event.event_name, payload,
                submission_id=submission_id,
            )
            if on_stored is not None:
                on_stored(submission.id)
            return self._attempt(submission, payload, _waitlisted(payload))

    def send(self, submission: Submission) -> SubmissionOutcome:
        """One delivery attempt of a stored submission, with its stored Idempotency-Key.

        Returns a queued outcome without an error when another thread is already sending
        it, and the stored outcome when it was settled meanwhile.
        """
        if not isinstance(submission.payload, RegistrationData):
            raise ValueError(f"submission {submission.id} has no registration left to send")
        waitlisted = _waitlisted(submission.payload)
        with self._in_flight.claim(submission.id) as claimed:
            if not claimed:
                return SubmissionOutcome(submission.id, SubmissionState.QUEUED, waitlisted)
            current = self._outbox.get(submission.id)
            if current is not None and current.state is not SubmissionState.QUEUED:
                return self._stored_outcome(current, waitlisted)
            # The stored key: staff may have given a refused one a new key meanwhile.
            return self._attempt(current or submission, submission.payload, waitlisted)

    def _stored_outcome(self, submission: Submission, waitlisted: bool) -> SubmissionOutcome:
        result = submission.result if isinstance(submission.result, RegistrationResult) else None
        if submission.state is SubmissionState.REFUSED:
            return SubmissionOutcome(
                submission.id,
                SubmissionState.REFUSED,
                waitlisted,
                reason=submission.last_error,
                error_code=result.error_code if result else None,
            )
        return self._outcome_of(submission, result or RegistrationResult(), waitlisted)

    def _attempt(
        self, submission: Submission, payload: RegistrationData, waitlisted: bool
    ) -> SubmissionOutcome:
        try:
            result = self._client.register(
                submission.readable_event_id, payload,
                idempotency_key=submission.idempotency_key,
            )
        except ApiError as exc:
            if _keep_queued(exc):
                self._outbox.record_failed_attempt(
                    submission.id, exc.kind, counts_towards_stuck=_blames_submission(exc),
                    now=self._clock(),
                )
                retry_after = getattr(exc, "retry_after", None)
                if retry_after is not None:
                    # The drainer must not resend before the server said it may.
                    when = self._clock() + timedelta(seconds=retry_after)
                    self._outbox.schedule(submission.id, when)
                log.info("submission %s kept queued: %s", submission.id, exc.kind)
                return SubmissionOutcome(
                    submission.id, SubmissionState.QUEUED, waitlisted, error=exc
                )
            reason = exc.server_message or exc.message
            self._outbox.mark_refused(submission.id, reason)
            return SubmissionOutcome(
                submission.id, SubmissionState.REFUSED, waitlisted, reason=reason, error=exc
            )
        return self._settle(submission, result, waitlisted)

    def _settle(
        self, submission: Submission, result: RegistrationResult, waitlisted: bool
    ) -> SubmissionOutcome:
        if not result.status:
            # A 200 without a status (``{}``, a portal-style ``{"error": ...}``) is not an
            # answer to act on; keep it and ask again with the same key.
            error = InvalidResponseError("the registration answer had no status")
            self._outbox.record_failed_attempt(submission.id, error.kind, now=self._clock())
            return SubmissionOutcome(
                submission.id, SubmissionState.QUEUED, waitlisted, error=error
            )
        if result.failed:
            reason = result.error_message or result.error_code or result.status or "refused"
            self._outbox.mark_refused(submission.id, reason, result)
            return SubmissionOutcome(
                submission.id,
                SubmissionState.REFUSED,
                waitlisted,
                reason=result.error_message,
                error_code=result.error_code,
            )
        self._outbox.mark_delivered(submission.id, result)
        return self._outcome_of(submission, result, waitlisted)

    @staticmethod
    def _outcome_of(
        submission: Submission, result: RegistrationResult, waitlisted: bool
    ) -> SubmissionOutcome:
        # The local server reports each attendee's outcome; the cloud service does not, so
        # fall back to what was asked for.
        outcome = result.attendees[0] if result.attendees else None
        payload = submission.payload
        asked_sessions = frozenset(
            s.session_id
            for a in (payload.attendees if isinstance(payload, RegistrationData) else ())
            for s in a.attendee_sessions
            if s.waitlisted
        )
        return SubmissionOutcome(
            submission.id,
            SubmissionState.DELIVERED,
            waitlisted=outcome.waitlisted if outcome else waitlisted,
            waitlisted_session_ids=(
                frozenset(outcome.waitlisted_session_ids) if outcome else asked_sessions
            ),
            check_in_code=outcome.check_in_code if outcome else None,
            already_registered=outcome.already_registered if outcome else False,
        )
