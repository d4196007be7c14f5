"""The path of a check-in: scanned text -> code -> outbox -> API, or the offline list.

Like a registration, every check-in is in the outbox before the first network call and is
sent with its own ``Idempotency-Key``. The first answer the server gives while the
attendee stands at the kiosk is final for the outbox, whatever it says: the attendee saw
it. A check-in that had to wait (the server unreachable) was answered by the kiosk itself,
from the offline check-in list when it has one, or with "we'll confirm as soon as the
connection is back"; when the server later refuses it (unknown code, another event, the
waitlist, a session not chosen), staff find it refused, with the reason in plain words.

Codes never reach a log: submissions and registrations are logged by id only.
"""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, unquote, urlsplit

from kiosk.api.client import EventsApiClient
from kiosk.api.codes import is_check_in_code, normalise_check_in_code
from kiosk.api.errors import (
    ApiError,
    BadRequestError,
    ConfigurationError,
    InvalidResponseError,
    NotFoundError,
)
from kiosk.api.models import (
    AttendeeHit,
    AttendeeRecord,
    CheckInRequest,
    CheckInResult,
    CheckInStatus,
)
from kiosk.services.checkin_list import CheckInListStore
from kiosk.services.outbox import (
    InFlight,
    Outbox,
    Submission,
    SubmissionState,
    new_submission_id,
)
from kiosk.services.registration import _blames_submission, _keep_queued

log = logging.getLogger(__name__)

# A list synced this recently is trusted to say "unknown code"; an older one only to
# recognise codes (someone may have registered since).
LIST_FRESH_FOR = timedelta(minutes=5)

# --------------------------------------------------------------------------- the code

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")
_CODE_PARAMS = frozenset({"code", "checkincode"})
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
# Two groups of 4 split by a space; a lookahead, so "ABCD EFGH JKMN" yields both pairs.
_SPLIT_CODE = re.compile(
    r"(?<![A-Za-z0-9])(?=([A-Za-z0-9]{4}) ([A-Za-z0-9]{4})(?![A-Za-z0-9]))"
)


def _as_code(text: str) -> str | None:
    code = normalise_check_in_code(text)
    return code if is_check_in_code(code) else None


def _code_in_url(url: str) -> str | None:
    """The ``code`` or ``checkInCode`` query parameter (any case), else the last path
    segment, when it is a code."""
    parts = urlsplit(url)
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name.lower() in _CODE_PARAMS:
            return _as_code(value)
    segments = [s for s in parts.path.split("/") if s]
    return _as_code(unquote(segments[-1])) if segments else None


def extract_code(text: str) -> str | None:
    """The normalised 8-character check-in code in what a scanner, the camera or a person
    produced, or None.

    Accepted: the code alone in any case, with dashes or spaces (``7kq4-m2zp``); a URL
    carrying it in the query parameter ``code`` or ``checkInCode`` (any case) or as its
    last path segment; or other text holding exactly one code-shaped token (8 characters
    of the code alphabet after normalisation; also two groups of 4 split by a space).
    Two different candidates are ambiguous: None.
    """
    whole = _as_code(text.strip())
    if whole is not None:
        return whole
    candidates: set[str] = set()
    for url in _URL.findall(text):
        code = _code_in_url(url.rstrip(".,;:!?)]}>\"'"))
        if code is not None:
            candidates.add(code)
    rest = _URL.sub(" ", text)
    for token in _TOKEN.findall(rest):
        code = _as_code(token)
        if code is not None:
            candidates.add(code)
    for first, second in _SPLIT_CODE.findall(rest):
        code = _as_code(first + second)
        if code is not None:
            candidates.add(code)
    return candidates.pop() if len(candidates) == 1 else None


# --------------------------------------------------------------------------- outcomes


class CheckInKind(enum.StrEnum):
    """What the result screen says."""

    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    WAITLISTED = "waitlisted"
    WRONG_EVENT = "wrong_event"
    UNKNOWN_CODE = "unknown_code"
    NOT_REGISTERED_FOR_SESSION = "not_registered_for_session"
    PAYMENT_PENDING = "payment_pending"  # kept for tenants that report it
    # "Checked in; we'll confirm as soon as the connection is back": no list to check.
    ACCEPTED_OFFLINE = "accepted_offline"
    NOT_A_CODE = "not_a_code"  # the scan held no code; nothing was stored


_KINDS: dict[str, CheckInKind] = {
    CheckInStatus.CHECKED_IN: CheckInKind.CHECKED_IN,
    CheckInStatus.ALREADY_CHECKED_IN: CheckInKind.ALREADY_CHECKED_IN,
    CheckInStatus.WAITLISTED: CheckInKind.WAITLISTED,
    CheckInStatus.WRONG_EVENT: CheckInKind.WRONG_EVENT,
    CheckInStatus.UNKNOWN_CODE: CheckInKind.UNKNOWN_CODE,
    CheckInStatus.NOT_REGISTERED_FOR_SESSION: CheckInKind.NOT_REGISTERED_FOR_SESSION,
    # Not the local server's (it answers UnknownCode before payment); the contract leaves
    # the statuses open (question 14), so both spellings a tenant might use are read.
    "PaymentPending": CheckInKind.PAYMENT_PENDING,
    "PendingPayment": CheckInKind.PAYMENT_PENDING,
}

# Why a check-in that waited in the queue was refused at upload: for staff, no personal data.
_UPLOAD_REFUSALS: dict[CheckInKind, str] = {
    CheckInKind.UNKNOWN_CODE: "Code not recognised at upload",
    CheckInKind.WAITLISTED: "On the waitlist at upload: not checked in",
    CheckInKind.NOT_REGISTERED_FOR_SESSION: "Not registered for this session at upload",
    CheckInKind.PAYMENT_PENDING: "Payment not completed at upload: not checked in",
}


def _upload_refusal(kind: CheckInKind, result: CheckInResult) -> str | None:
    """The reason staff see for a queued check-in the server refused; None when it is in."""
    if kind is CheckInKind.WRONG_EVENT:
        other = result.event_name or result.readable_event_id or "unknown"
        return f"Registered for another event at upload: {other}"
    return _UPLOAD_REFUSALS.get(kind)


@dataclass(frozen=True)
class CheckInOutcome:
    """What happened to one scan, for the result screen (and the drainer)."""

    kind: CheckInKind
    first_name: str | None = None
    checked_in_at: datetime | None = None
    other_event_id: str | None = None  # WRONG_EVENT: the event the code belongs to
    other_event_name: str | None = None
    session_ids: tuple[str, ...] = ()  # the attendee's sessions with a seat, when known
    offline: bool = False  # answered from the local list, or accepted without one
    submission_id: str | None = None  # None for NOT_A_CODE
    message: str | None = None  # the server's words, for staff
    registration_id: str | None = None  # when known: for a badge print log
    state: SubmissionState | None = None  # the outbox's; None for NOT_A_CODE
    error: ApiError | None = None  # why it is still queued

    @property
    def queued(self) -> bool:
        return self.state is SubmissionState.QUEUED


def _outcome_of(result: CheckInResult, kind: CheckInKind, submission_id: str,
                state: SubmissionState) -> CheckInOutcome:
    wrong = kind is CheckInKind.WRONG_EVENT
    return CheckInOutcome(
        kind=kind,
        first_name=result.first_name,
        checked_in_at=result.checked_in_at,
        other_event_id=result.readable_event_id if wrong else None,
        other_event_name=result.event_name if wrong else None,
        session_ids=tuple(result.session_ids),
        submission_id=submission_id,
        message=result.message,
        registration_id=result.registration_id,
        state=state,
    )


def _not_accepted(
    submission_id: str, state: SubmissionState, reason: str | None, error: ApiError | None = None
) -> CheckInOutcome:
    """A settled check-in without an answer to read (the API refused the request itself, or
    the answer was purged): for the attendee, the code was not accepted."""
    return CheckInOutcome(
        CheckInKind.UNKNOWN_CODE, submission_id=submission_id, state=state, message=reason,
        error=error,
    )


# --------------------------------------------------------------------------- the service


class CheckInService:
    """Checks people in: stores, sends once, answers; ``send`` is the drainer's resend.

    With a staff token it also keeps the offline check-in list (:meth:`sync_list`) and
    offers attendee search. Blocking: the UI calls it off the GUI thread.
    """

    def __init__(
        self,
        client: EventsApiClient,
        outbox: Outbox,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        staff_token: str | None = None,
        check_in_list: CheckInListStore | None = None,
        list_fresh_for: timedelta = LIST_FRESH_FOR,
    ) -> None:
        self._client = client
        self._outbox = outbox
        self._clock = clock
        self._staff_token = (staff_token or "").strip() or None
        self._list = check_in_list if self._staff_token else None
        self._list_fresh_for = list_fresh_for
        self._staff_api = True  # until the server answers 404 to a staff call
        self._in_flight = InFlight()

    @property
    def supports_search(self) -> bool:
        """A staff token is configured and the server did not answer the last search or
        list 404 (a Dynamics tenant has neither)."""
        return self._staff_token is not None and self._staff_api

    # ------------------------------------------------------------------ checking in

    def check_in(
        self,
        text: str,
        readable_event_id: str | None,
        session_id: str | None = None,
        *,
        event_name: str = "",
    ) -> CheckInOutcome:
        """Check in whoever's code is in ``text`` (see :func:`extract_code`) at the event,
        or at one of its sessions; with ``readable_event_id`` None, at whatever event the
        code belongs to (a kiosk that serves every event).

        The check-in is stored before it is sent. The server's answer is final; when the
        server cannot be reached it stays queued and the kiosk answers from its list (or
        accepts it, without a list or without an event: the list is one event's).
        ``event_name`` is only for the staff view. Raises :class:`ApiError` when the API
        refused the request itself (not the attendee): the submission is then refused, for
        staff to see.
        """
        code = extract_code(text)
        if code is None:
            return CheckInOutcome(CheckInKind.NOT_A_CODE)
        request = CheckInRequest(
            check_in_code=code, session_id=session_id, readable_event_id=readable_event_id
        )
        submission_id = new_submission_id()
        with self._in_flight.claim(submission_id):  # a new id: always ours
            # The outbox keeps "" for "any event": its queues are per event id.
            submission = self._outbox.add(
                readable_event_id or "", event_name, request,
                submission_id=submission_id, now=self._clock(),
            )
            return self._attempt(submission, request, attendee_waiting=True)

    def send(self, submission: Submission) -> CheckInOutcome:
        """One delivery attempt of a stored check-in, with its stored Idempotency-Key.

        Returns a queued outcome without an error when another thread is sending it, and
        what is stored when it was settled meanwhile.
        """
        request = submission.payload
        if not isinstance(request, CheckInRequest):
            raise ValueError(f"submission {submission.id} has no check-in left to send")
        with self._in_flight.claim(submission.id) as claimed:
            if not claimed:
                return CheckInOutcome(
                    CheckInKind.ACCEPTED_OFFLINE, offline=True, submission_id=submission.id,
                    state=SubmissionState.QUEUED,
                )
            current = self._outbox.get(submission.id)
            if current is not None and current.state is not SubmissionState.QUEUED:
                return self._stored_outcome(current)
            return self._attempt(current or submission, request, attendee_waiting=False)

    @staticmethod
    def _stored_outcome(submission: Submission) -> CheckInOutcome:
        result = submission.result
        kind = _KINDS.get(result.status) if isinstance(result, CheckInResult) else None
        if isinstance(result, CheckInResult) and kind is not None:
            return _outcome_of(result, kind, submission.id, submission.state)
        return _not_accepted(submission.id, submission.state, submission.last_error)

    def _attempt(
        self, submission: Submission, request: CheckInRequest, *, attendee_waiting: bool
    ) -> CheckInOutcome:
        try:
            result = self._client.check_in(request, idempotency_key=submission.idempotency_key)
        except ApiError as exc:
            if _keep_queued(exc):
                return self._keep(submission, request, exc, attendee_waiting)
            reason = exc.server_message or exc.message
            self._outbox.mark_refused(submission.id, reason, now=self._clock())
            log.info("check-in %s refused by the API: %s", submission.id, exc.kind)
            if attendee_waiting:
                raise
            return _not_accepted(submission.id, SubmissionState.REFUSED, reason, exc)
        kind = _KINDS.get(result.status)
        if kind is None:
            # No status, or one nobody knows: not an answer to act on; ask again later.
            error = InvalidResponseError("the check-in answer had no known status")
            return self._keep(submission, request, error, attendee_waiting)
        refusal = None if attendee_waiting else _upload_refusal(kind, result)
        if refusal is None:
            self._outbox.mark_delivered(submission.id, result, now=self._clock())
            state = SubmissionState.DELIVERED
        else:
            self._outbox.mark_refused(submission.id, refusal, result, now=self._clock())
            state = SubmissionState.REFUSED
        log.info("check-in %s: %s (registration %s)", submission.id, kind, result.registration_id)
        if kind in (CheckInKind.CHECKED_IN, CheckInKind.ALREADY_CHECKED_IN):
            self._remember(submission.readable_event_id, result)
        return _outcome_of(result, kind, submission.id, state)

    def _keep(
        self, submission: Submission, request: CheckInRequest, error: ApiError,
        attendee_waiting: bool,
    ) -> CheckInOutcome:
        """A transient failure: stays queued (same rules as registrations); the attendee
        is answered by the kiosk."""
        now = self._clock()
        self._outbox.record_failed_attempt(
            submission.id, error.kind, counts_towards_stuck=_blames_submission(error), now=now
        )
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            self._outbox.schedule(submission.id, now + timedelta(seconds=retry_after))
        log.info("check-in %s kept queued: %s", submission.id, error.kind)
        if attendee_waiting:
            return self._offline_answer(submission, request, error)
        return CheckInOutcome(
            CheckInKind.ACCEPTED_OFFLINE, offline=True, submission_id=submission.id,
            state=SubmissionState.QUEUED, error=error,
        )

    def _offline_answer(
        self, submission: Submission, request: CheckInRequest, error: ApiError
    ) -> CheckInOutcome:
        now = self._clock()
        queued = CheckInOutcome(
            CheckInKind.ACCEPTED_OFFLINE, offline=True, submission_id=submission.id,
            state=SubmissionState.QUEUED, error=error,
        )
        status = self._list.status() if self._list is not None else None
        if (
            self._list is None
            or status is None
            or not submission.readable_event_id
            or status.readable_event_id != submission.readable_event_id
        ):
            return queued
        entry = self._list.find(submission.readable_event_id, request.check_in_code)
        if entry is None:
            if now - status.synced_at > self._list_fresh_for:
                return queued  # too old to say: they may have registered since
            return replace(queued, kind=CheckInKind.UNKNOWN_CODE)
        answer = replace(
            queued, first_name=entry.first_name, registration_id=entry.registration_id,
            session_ids=tuple(entry.session_ids),
        )
        session = (request.session_id or "").strip().lower()
        seats = [s.lower() for s in entry.session_ids]
        waiting = [s.lower() for s in entry.waitlisted_session_ids]
        if entry.waitlisted or session in waiting:
            return replace(answer, kind=CheckInKind.WAITLISTED)
        if session and (seats or waiting) and session not in seats:
            return replace(answer, kind=CheckInKind.NOT_REGISTERED_FOR_SESSION)
        earlier = None if session else entry.checked_in_at
        if earlier is None:
            earlier = self._list.check_in_locally(entry.registration_id, session, now)
        if earlier is not None:
            return replace(answer, kind=CheckInKind.ALREADY_CHECKED_IN, checked_in_at=earlier)
        log.info("check-in %s answered from the list (registration %s)",
                 submission.id, entry.registration_id)
        return replace(answer, kind=CheckInKind.CHECKED_IN, checked_in_at=now)

    def _remember(self, readable_event_id: str, result: CheckInResult) -> None:
        """A check-in the server confirmed: a later scan while offline says "already"."""
        status = self._list.status() if self._list is not None else None
        if (
            self._list is not None and status is not None and result.registration_id
            and status.readable_event_id == readable_event_id
        ):
            self._list.check_in_locally(
                result.registration_id, (result.session_id or "").lower(),
                result.checked_in_at or self._clock(),
            )

    # ------------------------------------------------------------------ staff

    def sync_list(self, readable_event_id: str) -> None:
        """Bring the offline check-in list up to date: the whole list the first time (or
        for another event, or when the server refuses the cursor), else the changes since.

        Without a staff token it does nothing; a 404 (no such endpoint on a Dynamics
        tenant) forgets the list; a transient failure keeps the old one. Other errors (a
        refused staff token) are raised for staff to see.
        """
        if self._list is None or self._staff_token is None:
            return
        status = self._list.status()
        since = (
            status.cursor
            if status is not None and status.readable_event_id == readable_event_id
            else None
        )
        try:
            try:
                fetched = self._client.checkin_list(
                    readable_event_id, self._staff_token, since=since
                )
            except BadRequestError:
                if since is None:
                    raise
                log.info("check-in list cursor refused; fetching the whole list")
                since = None
                fetched = self._client.checkin_list(readable_event_id, self._staff_token)
        except NotFoundError:
            self._staff_api = False
            self._list.clear()
            log.info("no check-in list for event %s on this server", readable_event_id)
            return
        except ApiError as exc:
            if not exc.transient:
                raise
            log.info("check-in list not synced (%s); keeping the one held", exc.kind)
            return
        self._staff_api = True
        if since is None:
            self._list.replace(readable_event_id, fetched, self._clock())
        else:
            self._list.merge(fetched, self._clock())
        log.info("check-in list for event %s synced: %d entr%s %s", readable_event_id,
                 len(fetched.entries), "y" if len(fetched.entries) == 1 else "ies",
                 "in full" if since is None else "changed")

    def search(self, readable_event_id: str, query: str) -> list[AttendeeHit]:
        """Attendees whose names or address start with ``query`` (staff only)."""
        try:
            hits = self._client.search_attendees(readable_event_id, query, self._token())
        except NotFoundError:
            self._staff_api = False
            raise
        self._staff_api = True
        return hits

    def attendee(self, readable_event_id: str, registration_id: str) -> AttendeeRecord:
        """One attendee's full registration, for staff who opened a search hit."""
        return self._client.attendee(readable_event_id, registration_id, self._token())

    def _token(self) -> str:
        if self._staff_token is None:
            raise ConfigurationError("No staff token is configured on this kiosk.")
        return self._staff_token
