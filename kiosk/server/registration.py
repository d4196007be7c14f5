"""Registration, paid-event finalisation and check-in: every rule, each in one transaction.

Each submission runs inside one ``BEGIN IMMEDIATE`` transaction (see
:meth:`kiosk.server.db.Database.write`), so the capacity a rule reads is still true when
the registration is written: concurrent kiosks can never oversell a seat. A submission is
all-or-nothing: every attendee is checked before anything is written, and the first
refusal answers the whole submission. The ``Idempotency-Key`` answer is stored in the
same transaction as the registration, so a crash can never keep one without the other.

The rules and their wording are documented in docs/local-server.md.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from email_validator import EmailNotValidError, validate_email

from kiosk.api.codes import normalise_check_in_code
from kiosk.api.identity import EMAIL_MAX, email_key
from kiosk.api.models import (
    Attendee,
    AttendeeOutcome,
    CheckInRequest,
    CheckInResult,
    CheckInStatus,
    CustomFieldType,
    CustomRegistrationField,
    CustomRegistrationFieldResponse,
    Event,
    FinalizeRegistrationRequest,
    RegistrationData,
    RegistrationErrorCode,
    RegistrationResult,
    RegistrationStatus,
)
from kiosk.server import attendees
from kiosk.server.codes import new_code
from kiosk.server.db import Database
from kiosk.server.wire import dumps, parse_utc_text, utc_text

log = logging.getLogger(__name__)

# Contract §4.12 (the sample portal's limits; EMAIL_MAX lives with email_key), and the
# kiosk's own text-answer limit.
NAME_MAX = 50
TEXT_ANSWER_MAX = 1000
# How long a paid registration holds its seats before finalize (RTM holds them for the
# payment provider's timeout; 30 minutes is a common default).
HOLD_MINUTES = 30

Code = RegistrationErrorCode

# Idempotency-Keys are kept at least this long (a kiosk retries within minutes; a week
# covers a kiosk that was offline over a long weekend), then purged in small batches,
# each in the writer's transaction: a batch costs a few milliseconds, never a stall.
IDEMPOTENCY_KEEP = timedelta(days=7)
PURGE_BATCH = 500
PURGE_EVERY = timedelta(minutes=10)


@dataclass(frozen=True)
class Reply:
    """An HTTP answer produced inside a transaction: status and the exact body bytes."""

    status_code: int
    body: bytes
    replayed: bool = False


Job = Callable[[sqlite3.Connection], Reply]
"""A write, ready to run inside a write transaction (see :mod:`kiosk.server.writer`)."""


class NotFoundProblem(Exception):
    """The path names something that does not exist (answered 404 with this message)."""


class KeyReusedProblem(Exception):
    """An Idempotency-Key was reused for a different request (answered 422)."""


class _Refusal(Exception):
    def __init__(self, code: RegistrationErrorCode, message: str) -> None:
        # Messages are written to follow "Attendee 2: "; alone, they start a sentence.
        message = message[:1].upper() + message[1:]
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class _SessionInfo:
    name: str
    restricted: bool
    capacity: int
    taken: int


@dataclass
class _Plan:
    """What one attendee of a submission will get, decided before anything is written."""

    attendee: Attendee
    first_name: str
    last_name: str
    email: str
    email_key: str
    responses: list[dict[str, Any]]
    repeat: bool = False  # already registered or waitlisted for this event
    waitlisted: bool = False
    auto_register: bool = False
    pass_id: str | None = None
    sessions: list[tuple[str, bool]] = field(default_factory=list)  # (session id, waitlisted)


def _why_invalid(email: str) -> str:
    """email-validator's explanation of why ``email`` is not an address (for the message)."""
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return ""


def _refuse(code: RegistrationErrorCode, message: str) -> RegistrationResult:
    return RegistrationResult(
        status=RegistrationStatus.FAILURE.value, error_code=code.value, error_message=message
    )


def request_hash(payload: Any) -> str:
    """A fingerprint of a request body that ignores key order and spacing."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _new_check_in_code(conn: sqlite3.Connection) -> str:
    while True:
        code = new_code()
        if conn.execute(
            "SELECT 1 FROM registrations WHERE check_in_code = ?", (code,)
        ).fetchone() is None:
            return code


def load_event(conn: sqlite3.Connection, readable_id: str) -> tuple[str, Event]:
    row = conn.execute(
        "SELECT event_id, data FROM events WHERE readable_id = ?", (readable_id,)
    ).fetchone()
    if row is None:
        raise NotFoundProblem(f"There is no event with the readable id {readable_id!r}.")
    return row[0], Event.model_validate_json(row[1])


def _is_paid(conn: sqlite3.Connection, event_id: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM passes WHERE event_id = ? LIMIT 1", (event_id,)
    ).fetchone() is not None


def seats_taken(conn: sqlite3.Connection, event_id: str) -> int:
    """Event seats in use: registrations, including seats held for unfinished payments."""
    # Kept by triggers on registrations (db.py): O(1), where COUNT(*) grew with the event.
    row = conn.execute("SELECT registered FROM events WHERE event_id = ?", (event_id,)).fetchone()
    return int(row[0]) if row else 0


def purge_idempotency_keys(conn: sqlite3.Connection, before: datetime, limit: int) -> int:
    """Delete up to ``limit`` of the oldest Idempotency-Keys stored before ``before``."""
    # idempotency_keys_by_age (migration 4): a range of the index, never a table scan.
    return conn.execute(
        "DELETE FROM idempotency_keys WHERE rowid IN (SELECT rowid FROM idempotency_keys "
        "WHERE created_utc < ? ORDER BY created_utc LIMIT ?)",
        (utc_text(before), limit),
    ).rowcount


def promote_waitlist(conn: sqlite3.Connection, event_id: str, event: Event, now: datetime) -> int:
    """Give free seats to waitlisted attendees who asked for auto-registration, oldest first.

    Seats only free up here when a seed raises an event's capacity (this server has no
    cancellation). Waitlist entries without auto-registration stay on the waitlist: in
    Dynamics they would be *invited*, which is staff follow-up, not an automatic seat.
    Auto-registration exists only for free events (contract §8.5).
    """
    if _is_paid(conn, event_id):
        return 0
    limit = -1  # SQLite: no limit
    if event.is_capacity_restricted:
        limit = max(event.max_capacity - seats_taken(conn, event_id), 0)
        if limit == 0:
            return 0
    rows = conn.execute(
        "SELECT id FROM registrations WHERE event_id = ? AND state = 'waitlisted' "
        "AND auto_register = 1 AND pending = 0 ORDER BY rowid LIMIT ?",
        (event_id, limit),
    ).fetchall()
    for (registration_id,) in rows:
        conn.execute(
            "UPDATE registrations SET state = 'registered', promoted_utc = ? WHERE id = ?",
            (utc_text(now), registration_id),
        )
        log.info("waitlist entry %s promoted on event %s", registration_id, event_id)
    return len(rows)


class Registrar:
    """The write side of the API: register, finalize, check in.

    Every method takes the request body already parsed as JSON (the HTTP layer answers
    400 for anything that is not a JSON object) and returns a :data:`Job`: the server
    hands it to its :class:`~kiosk.server.writer.WriteQueue`; :meth:`run` runs one alone.
    """

    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:
        self.db = db
        self.now = now
        self._next_purge: datetime | None = None  # None: purge at the next write

    # ------------------------------------------------------------------ key expiry

    def purge_job(self) -> Job | None:
        """A job deleting up to PURGE_BATCH expired Idempotency-Keys, when one is due.

        Due at the first write, then every PURGE_EVERY; right away again while a batch
        comes back full (a backlog drains one small batch per write).
        """
        now = self.now()
        if self._next_purge is not None and now < self._next_purge:
            return None
        self._next_purge = now + PURGE_EVERY

        def job(conn: sqlite3.Connection) -> Reply:
            purged = purge_idempotency_keys(conn, now - IDEMPOTENCY_KEEP, PURGE_BATCH)
            if purged >= PURGE_BATCH:
                self._next_purge = None
            if purged:
                log.info("purged %d idempotency keys older than %s", purged,
                         utc_text(now - IDEMPOTENCY_KEEP))
            return Reply(200, b"")

        return job

    # ------------------------------------------------------------------ idempotency

    def run(self, job: Job) -> Reply:
        """Run a job in its own write transaction (the server batches them instead)."""
        with self.db.write() as conn:
            return job(conn)

    def _job(
        self,
        work: Callable[[sqlite3.Connection], Reply],
        *,
        payload: Any,
        token: str,
        idempotency_key: str | None,
        path: str,
    ) -> Job:
        """Wrap ``work`` so its answer is stored, or replayed, by Idempotency-Key.

        The job runs inside the caller's write transaction, so the stored answer and the
        registration it describes commit together or not at all.
        """
        fingerprint = request_hash(payload) if idempotency_key else ""

        def job(conn: sqlite3.Connection) -> Reply:
            if idempotency_key:
                row = conn.execute(
                    "SELECT path, request_hash, status_code, body FROM idempotency_keys "
                    "WHERE token = ? AND key = ?",
                    (token, idempotency_key),
                ).fetchone()
                if row is not None:
                    if row[0] != path or row[1] != fingerprint:
                        raise KeyReusedProblem(
                            "This Idempotency-Key was already used for a different request. "
                            "Use a new key for a new request."
                        )
                    return Reply(row[2], bytes(row[3]), replayed=True)
            reply = work(conn)
            if idempotency_key:
                conn.execute(
                    "INSERT INTO idempotency_keys (token, key, path, request_hash, status_code, "
                    "body, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        token,
                        idempotency_key,
                        path,
                        fingerprint,
                        reply.status_code,
                        reply.body,
                        utc_text(self.now()),
                    ),
                )
            return reply

        return job

    # ------------------------------------------------------------------ register (#11)

    def register(
        self,
        readable_id: str,
        data: RegistrationData,
        *,
        payload: Any,
        token: str,
        idempotency_key: str | None,
        path: str,
    ) -> Job:
        def work(conn: sqlite3.Connection) -> Reply:
            event_id, event = load_event(conn, readable_id)
            now = self.now()
            self._release_expired_holds(conn, now)
            result = self.register_in(conn, event_id, event, data, now)
            return Reply(200, dumps(result.to_wire()))

        return self._job(
            work, payload=payload, token=token, idempotency_key=idempotency_key, path=path
        )

    def register_in(
        self,
        conn: sqlite3.Connection,
        event_id: str,
        event: Event,
        data: RegistrationData,
        now: datetime,
    ) -> RegistrationResult:
        """Apply the rules and write the submission, inside the caller's transaction."""
        try:
            plans = self._plan(conn, event_id, event, data, now)
        except _Refusal as refusal:
            log.info("registration refused on event %s: %s", event_id, refusal.code.value)
            return _refuse(refusal.code, refusal.message)
        return self._apply(conn, event_id, plans, now)

    def _plan(
        self,
        conn: sqlite3.Connection,
        event_id: str,
        event: Event,
        data: RegistrationData,
        now: datetime,
    ) -> list[_Plan]:
        attendees = data.attendees
        if not attendees:
            raise _Refusal(Code.NO_ATTENDEES, "The registration has no attendees.")
        if event.end_date_utc is not None and now >= event.end_date_utc:
            raise _Refusal(Code.EVENT_NOT_OPEN, "This event has already ended.")
        if event.registration_closed_at(now):
            message = (event.website_message or "").strip()
            raise _Refusal(
                Code.REGISTRATION_CLOSED, message or "Registration for this event is closed."
            )
        if not event.allow_anonymous_registrations:
            raise _Refusal(
                Code.ANONYMOUS_NOT_ALLOWED,
                "This event only takes registrations from signed-in attendees, and this "
                "server has no sign-in. Please ask the event staff to register you.",
            )
        if event.enable_captcha:
            raise _Refusal(
                Code.CAPTCHA_REQUIRED,
                "This event needs a captcha, which this server cannot check. Please ask the "
                "event staff to register you.",
            )
        if len(attendees) > 1 and not event.enable_multi_attendee_registration:
            raise _Refusal(
                Code.MULTIPLE_ATTENDEES_NOT_ALLOWED,
                "This event takes one attendee per registration. Please register each "
                "person separately.",
            )

        fields = {
            f.custom_registration_field_id: f
            for f in (
                CustomRegistrationField.model_validate_json(row[0])
                for row in conn.execute(
                    "SELECT data FROM registration_fields WHERE event_id = ? ORDER BY position",
                    (event_id,),
                )
            )
        }
        passes_left = {
            row[0]: row[1] - row[2] - row[3]
            for row in conn.execute(
                # ``used`` is kept by triggers on registrations (db.py migration 4).
                "SELECT p.pass_id, p.total, p.sold_elsewhere, p.used "
                "FROM passes p WHERE p.event_id = ?",
                (event_id,),
            )
        }
        paid = bool(passes_left)
        taken = seats_taken(conn, event_id)
        sessions: dict[str, _SessionInfo] | None = None

        plans: list[_Plan] = []
        seen: set[str] = set()
        new_seats = 0
        new_session_seats: Counter[str] = Counter()
        new_passes: Counter[str] = Counter()
        many = len(attendees) > 1
        for index, attendee in enumerate(attendees):
            who = f"Attendee {index + 1}: " if many else ""
            plan = self._check_person(attendee, who)
            if plan.email_key in seen:
                raise _Refusal(
                    Code.DUPLICATE_ATTENDEE,
                    f"{who}the same e-mail address appears twice in this registration.",
                )
            seen.add(plan.email_key)
            plan.repeat = conn.execute(
                "SELECT 1 FROM registrations r "
                "JOIN contacts c ON c.id = r.contact_id "
                "WHERE c.email_key = ? AND r.event_id = ?",
                (plan.email_key, event_id),
            ).fetchone() is not None
            plans.append(plan)
            if plan.repeat:
                continue  # a repeat changes nothing (see docs/local-server.md)

            requested = list(
                dict.fromkeys(s.session_id.lower() for s in attendee.attendee_sessions)
            )
            wants_waitlist = {
                s.session_id.lower() for s in attendee.attendee_sessions if s.waitlisted
            }
            if requested and not event.allow_custom_agenda:
                raise _Refusal(
                    Code.SESSION_SELECTION_NOT_ALLOWED,
                    f"{who}this event does not let attendees choose sessions; registering for "
                    "the event covers its agenda.",
                )
            if requested:
                sessions = self._session_info(conn, event_id, requested, sessions)
            for session_id in requested:
                if sessions is None or session_id not in sessions:
                    raise _Refusal(
                        Code.UNKNOWN_SESSION,
                        f"{who}one of the chosen sessions is not part of this event.",
                    )

            seat_free = not event.is_capacity_restricted or (
                taken + new_seats < event.max_capacity
            )
            if attendee.waitlisted:
                if not event.show_waitlist:
                    raise _Refusal(
                        Code.WAITLIST_NOT_AVAILABLE, f"{who}this event has no waitlist."
                    )
                # Never waitlist someone for whom a free seat exists (free events only:
                # a seat at a paid event needs a pass, which waitlisted attendees lack).
                plan.waitlisted = paid or not seat_free
            elif not seat_free:
                hint = " You can join the waitlist instead." if event.show_waitlist else ""
                raise _Refusal(Code.EVENT_FULL, f"{who}this event is full.{hint}".strip())
            # Answers are checked after capacity: "the event is full" is the news that
            # matters to someone at a full event, not a missing answer.
            plan.responses = self._check_responses(attendee.responses, fields, who)
            if plan.waitlisted:
                plan.auto_register = not paid and (
                    attendee.auto_register or event.autoregister_waitlist_items
                )
            else:
                new_seats += 1
                if paid:
                    plan.pass_id = self._check_pass(attendee, passes_left, new_passes, who)
            for session_id in requested:
                assert sessions is not None
                plan.sessions.append(
                    (
                        session_id,
                        self._session_place(
                            event,
                            sessions[session_id],
                            session_id,
                            event_waitlisted=plan.waitlisted,
                            wants_waitlist=session_id in wants_waitlist,
                            new_session_seats=new_session_seats,
                            who=who,
                        ),
                    )
                )
        return plans

    def _check_person(self, attendee: Attendee, who: str) -> _Plan:
        first = " ".join(attendee.first_name.split())
        last = " ".join(attendee.last_name.split())
        if not first or not last:
            raise _Refusal(
                Code.MISSING_NAME, f"{who}both a first name and a last name are needed."
            )
        if len(first) > NAME_MAX or len(last) > NAME_MAX:
            raise _Refusal(
                Code.VALUE_TOO_LONG,
                f"{who}first and last names can have at most {NAME_MAX} characters each.",
            )
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in first + last):
            raise _Refusal(Code.MISSING_NAME, f"{who}the name contains control characters.")
        email = attendee.email.strip()
        if not email:
            raise _Refusal(Code.INVALID_EMAIL, f"{who}an e-mail address is needed.")
        if len(email) > EMAIL_MAX:
            raise _Refusal(
                Code.VALUE_TOO_LONG,
                f"{who}the e-mail address can have at most {EMAIL_MAX} characters.",
            )
        # The one key the kiosk matches people on too (syntax only, no DNS).
        key = email_key(email)
        if key is None:
            reason = f"{who}the e-mail address is not valid. {_why_invalid(email)}"
            raise _Refusal(Code.INVALID_EMAIL, reason.strip())
        return _Plan(
            attendee=attendee,
            first_name=first,
            last_name=last,
            email=email,
            email_key=key,
            responses=[],
        )

    def _check_responses(
        self,
        responses: list[CustomRegistrationFieldResponse],
        fields: dict[str, CustomRegistrationField],
        who: str,
    ) -> list[dict[str, Any]]:
        """Valid answers, normalised; refuses unknown fields, bad choices, missing answers."""
        answers: dict[str, dict[str, Any]] = {}
        for response in responses:
            field_id = response.id.strip().lower()
            custom = fields.get(field_id)
            if custom is None:
                raise _Refusal(
                    Code.UNKNOWN_FIELD,
                    f"{who}an answer was sent for a question this event does not ask.",
                )
            answer = self._check_answer(custom, response, who)
            if answer is not None:
                answers[field_id] = answer  # a repeated answer replaces the earlier one
        for field_id, custom in fields.items():
            if custom.is_required and field_id not in answers:
                raise _Refusal(
                    Code.REQUIRED_FIELD_MISSING,
                    f"{who}the question \u201c{custom.text}\u201d needs an answer.",
                )
        return [answers[f] for f in fields if f in answers]

    def _check_answer(
        self,
        custom: CustomRegistrationField,
        response: CustomRegistrationFieldResponse,
        who: str,
    ) -> dict[str, Any] | None:
        question = f"\u201c{custom.text}\u201d"
        value = response.value.strip()
        if custom.type is CustomFieldType.MULTIPLE_CHOICE:
            if response.values is not None:
                chosen = [v.strip() for v in response.values if v.strip()]
            else:
                chosen = [v.strip() for v in value.split(", ") if v.strip()]
            if not chosen:
                return None
            choices = custom.choice_list
            if any(c not in choices for c in chosen):
                raise _Refusal(
                    Code.INVALID_CHOICE, f"{who}an answer to {question} is not one of its choices."
                )
            chosen = [c for c in choices if c in chosen]  # the field's order, no repeats
            return {"id": custom.custom_registration_field_id, "value": ", ".join(chosen),
                    "values": chosen}
        if not value:
            return None
        if custom.type is CustomFieldType.BOOLEAN:
            canonical = {"yes": "Yes", "no": "No"}.get(value.lower())
            if canonical is None:
                raise _Refusal(
                    Code.INVALID_CHOICE, f"{who}the answer to {question} must be Yes or No."
                )
            value = canonical
        elif custom.type is CustomFieldType.SINGLE_CHOICE:
            if value not in custom.choice_list:
                raise _Refusal(
                    Code.INVALID_CHOICE, f"{who}the answer to {question} is not one of its choices."
                )
        elif len(value) > TEXT_ANSWER_MAX:
            raise _Refusal(
                Code.VALUE_TOO_LONG,
                f"{who}the answer to {question} can have at most {TEXT_ANSWER_MAX} characters.",
            )
        return {"id": custom.custom_registration_field_id, "value": value, "values": None}

    @staticmethod
    def _check_pass(
        attendee: Attendee, passes_left: dict[str, int], new_passes: Counter[str], who: str
    ) -> str:
        pass_id = attendee.pass_id.strip().lower()
        if not pass_id:
            raise _Refusal(Code.PASS_REQUIRED, f"{who}this is a paid event: please choose a pass.")
        if pass_id not in passes_left:
            raise _Refusal(Code.UNKNOWN_PASS, f"{who}the chosen pass is not sold for this event.")
        if passes_left[pass_id] - new_passes[pass_id] <= 0:
            raise _Refusal(Code.PASS_SOLD_OUT, f"{who}the chosen pass is sold out.")
        new_passes[pass_id] += 1
        return pass_id

    @staticmethod
    def _session_info(
        conn: sqlite3.Connection,
        event_id: str,
        wanted: list[str],
        known: dict[str, _SessionInfo] | None,
    ) -> dict[str, _SessionInfo]:
        """The chosen sessions of the event (added to ``known``): one row each, by id.

        Only the chosen rows are read and parsed, whatever the size of the agenda; a chosen
        id that is not one of the event's sessions is simply absent from the answer.
        """
        info: dict[str, _SessionInfo] = {} if known is None else known
        missing = [s for s in wanted if s not in info]
        if not missing:
            return info
        # json_each: any number of ids in one statement (no bound-variable limit). The
        # event is checked here, not in SQL: given "event_id = ?", SQLite would rather
        # walk the event's sessions than look each chosen id up.
        for session_id, owner, data, taken in conn.execute(
            "SELECT s.id, s.event_id, s.data, s.taken FROM sessions s "
            "WHERE s.id IN (SELECT value FROM json_each(?))",
            (json.dumps(missing),),
        ):
            if owner != event_id:
                continue
            raw = json.loads(data)
            info[session_id] = _SessionInfo(
                name=raw.get("name") or "",
                restricted=bool(raw.get("isCapacityRestricted")),
                capacity=int(raw.get("maxCapacity") or 0),
                taken=int(taken),
            )
        return info

    @staticmethod
    def _session_place(
        event: Event,
        info: _SessionInfo,
        session_id: str,
        *,
        event_waitlisted: bool,
        wants_waitlist: bool,
        new_session_seats: Counter[str],
        who: str,
    ) -> bool:
        """True when the attendee goes on the session's waitlist, False for a seat."""
        if event_waitlisted:
            return True  # no event seat, so no session seat either
        full = info.restricted and info.taken + new_session_seats[session_id] >= info.capacity
        if not full:
            new_session_seats[session_id] += 1
            return False
        name = f"\u201c{info.name}\u201d"
        if not wants_waitlist:
            hint = " You can join its waitlist instead." if event.show_waitlist else ""
            raise _Refusal(Code.SESSION_FULL, f"{who}the session {name} is full.{hint}")
        if not event.show_waitlist:
            raise _Refusal(
                Code.WAITLIST_NOT_AVAILABLE,
                f"{who}the session {name} is full and this event has no waitlist.",
            )
        return True

    def _apply(
        self, conn: sqlite3.Connection, event_id: str, plans: list[_Plan], now: datetime
    ) -> RegistrationResult:
        created = utc_text(now)
        new = [p for p in plans if not p.repeat]
        purchase_id: str | None = None
        if any(p.pass_id for p in new):
            purchase_id = str(uuid.uuid4())
            conn.execute(
                "INSERT INTO purchases (id, event_id, state, created_utc, expires_utc, outcomes) "
                "VALUES (?, ?, 'pending', ?, ?, '[]')",
                (purchase_id, event_id, created, utc_text(now + timedelta(minutes=HOLD_MINUTES))),
            )
        outcomes: list[AttendeeOutcome] = []
        for plan in plans:
            if plan.repeat:
                outcomes.append(self._repeat_outcome())
                continue
            contact_id, first_name, last_name = self._contact(conn, plan, created)
            registration_id = str(uuid.uuid4())
            code = None if purchase_id else _new_check_in_code(conn)
            conn.execute(
                "INSERT INTO registrations (id, event_id, contact_id, state, pending, "
                "purchase_id, pass_id, auto_register, check_in_code, responses, created_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    registration_id,
                    event_id,
                    contact_id,
                    "waitlisted" if plan.waitlisted else "registered",
                    1 if purchase_id else 0,
                    purchase_id,
                    plan.pass_id,
                    1 if plan.auto_register else 0,
                    code,
                    json.dumps(plan.responses, separators=(",", ":"), ensure_ascii=False),
                    created,
                ),
            )
            conn.executemany(
                "INSERT INTO session_registrations (registration_id, session_id, waitlisted, "
                "position) VALUES (?, ?, ?, ?)",
                [
                    (registration_id, session_id, 1 if waitlisted else 0, position)
                    for position, (session_id, waitlisted) in enumerate(plan.sessions)
                ],
            )
            # The contact's name, which the first registration set, is what staff see.
            attendees.index_attendee(
                conn, registration_id, event_id, first_name, last_name, plan.email_key
            )
            outcomes.append(
                AttendeeOutcome(
                    registration_id=registration_id,
                    check_in_code=code,
                    waitlisted=plan.waitlisted,
                    waitlisted_session_ids=[s for s, w in plan.sessions if w],
                )
            )
            log.info(
                "registration %s on event %s: %s%s",
                registration_id,
                event_id,
                "waitlisted" if plan.waitlisted else "registered",
                " (payment pending)" if purchase_id else "",
            )
        if purchase_id:
            conn.execute(
                "UPDATE purchases SET outcomes = ? WHERE id = ?",
                (json.dumps([o.to_wire() for o in outcomes]), purchase_id),
            )
            return RegistrationResult(
                status=RegistrationStatus.INITIATED.value,
                purchase_id=purchase_id,
                attendees=outcomes,
            )
        return RegistrationResult(status=RegistrationStatus.SUCCESS.value, attendees=outcomes)

    @staticmethod
    def _repeat_outcome() -> AttendeeOutcome:
        """A repeat says only that: anyone may know the e-mail, so nothing of the existing
        registration (id, check-in code, waitlist state) is told. The attendee's code is
        in their confirmation e-mail; the original submitter's resend with its
        Idempotency-Key replays the first answer, code included."""
        return AttendeeOutcome(already_registered=True)

    @staticmethod
    def _contact(conn: sqlite3.Connection, plan: _Plan, created: str) -> tuple[str, str, str]:
        """One person is one contact, matched on :func:`kiosk.api.identity.email_key`.

        Returns its id, first name and last name.
        """
        row = conn.execute(
            "SELECT id, first_name, last_name FROM contacts WHERE email_key = ?",
            (plan.email_key,),
        ).fetchone()
        if row is not None:
            return str(row[0]), str(row[1]), str(row[2])
        contact_id = str(uuid.uuid4())
        conn.execute(
            "INSERT INTO contacts (id, email_key, email, first_name, last_name, created_utc) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (contact_id, plan.email_key, plan.email, plan.first_name, plan.last_name, created),
        )
        return contact_id, plan.first_name, plan.last_name

    @staticmethod
    def _release_expired_holds(conn: sqlite3.Connection, now: datetime) -> None:
        """Free the seats of paid registrations whose payment never completed in time."""
        expired = conn.execute(
            "SELECT id FROM purchases WHERE state = 'pending' AND expires_utc <= ?",
            (utc_text(now),),
        ).fetchall()
        for (purchase_id,) in expired:
            conn.execute("DELETE FROM registrations WHERE purchase_id = ?", (purchase_id,))
            conn.execute("UPDATE purchases SET state = 'expired' WHERE id = ?", (purchase_id,))
            log.info("purchase %s expired; its held seats were released", purchase_id)

    # ------------------------------------------------------------------ finalize (#12)

    def finalize(
        self,
        readable_id: str,
        request: FinalizeRegistrationRequest,
        *,
        payload: Any,
        token: str,
        idempotency_key: str | None,
        path: str,
    ) -> Job:
        def work(conn: sqlite3.Connection) -> Reply:
            event_id, _ = load_event(conn, readable_id)
            now = self.now()
            self._release_expired_holds(conn, now)
            result = self._finalize_in(conn, event_id, request.purchase_id.strip().lower(), now)
            return Reply(200, dumps(result.to_wire()))

        return self._job(
            work, payload=payload, token=token, idempotency_key=idempotency_key, path=path
        )

    def _finalize_in(
        self, conn: sqlite3.Connection, event_id: str, purchase_id: str, now: datetime
    ) -> RegistrationResult:
        row = conn.execute(
            "SELECT event_id, state, outcomes, result FROM purchases WHERE id = ?", (purchase_id,)
        ).fetchone()
        if row is None or row[0] != event_id:
            return _refuse(
                Code.UNKNOWN_PURCHASE, "There is no purchase with this id for this event."
            )
        if row[1] == "finalized":
            return RegistrationResult.model_validate_json(row[3])
        if row[1] == "expired":
            return _refuse(
                Code.UNKNOWN_PURCHASE,
                "This purchase took too long and its seats were released. Please register "
                "again.",
            )
        codes: dict[str, str] = {}
        for (registration_id,) in conn.execute(
            "SELECT id FROM registrations WHERE purchase_id = ? AND pending = 1 ORDER BY rowid",
            (purchase_id,),
        ).fetchall():
            code = _new_check_in_code(conn)
            conn.execute(
                "UPDATE registrations SET pending = 0, check_in_code = ? WHERE id = ?",
                (code, registration_id),
            )
            codes[registration_id] = code
        outcomes = [AttendeeOutcome.model_validate(o) for o in json.loads(row[2])]
        for outcome in outcomes:
            if outcome.registration_id in codes:
                outcome.check_in_code = codes[outcome.registration_id]
        result = RegistrationResult(
            status=RegistrationStatus.SUCCESS.value, purchase_id=purchase_id, attendees=outcomes
        )
        conn.execute(
            "UPDATE purchases SET state = 'finalized', result = ? WHERE id = ?",
            (json.dumps(result.to_wire()), purchase_id),
        )
        log.info("purchase %s finalized: %d registrations", purchase_id, len(codes))
        return result

    # ------------------------------------------------------------------ check-in (#20)

    def check_in(
        self,
        request: CheckInRequest,
        *,
        payload: Any,
        token: str,
        idempotency_key: str | None,
        path: str,
    ) -> Job:
        def work(conn: sqlite3.Connection) -> Reply:
            status, result = self._check_in_in(conn, request, self.now())
            return Reply(status, dumps(result.to_wire()))

        return self._job(
            work, payload=payload, token=token, idempotency_key=idempotency_key, path=path
        )

    def _check_in_in(
        self, conn: sqlite3.Connection, request: CheckInRequest, now: datetime
    ) -> tuple[int, CheckInResult]:
        code = normalise_check_in_code(request.check_in_code)
        row = conn.execute(
            "SELECT r.id, r.state, e.readable_id, e.data, c.first_name, r.event_id "
            "FROM registrations r JOIN events e ON e.event_id = r.event_id "
            "JOIN contacts c ON c.id = r.contact_id "
            "WHERE r.check_in_code = ? AND r.pending = 0",
            (code,),
        ).fetchone() if code else None
        if row is None:
            return 404, CheckInResult(
                status=CheckInStatus.UNKNOWN_CODE.value,
                message="This check-in code is not known. Check the code, or ask the event "
                "staff for help.",
            )
        registration_id, state, readable_id, event_data, first_name, event_id = row
        session_id = (request.session_id or "").strip().lower() or None
        base = CheckInResult(
            registration_id=registration_id,
            readable_event_id=readable_id,
            session_id=session_id,
            first_name=first_name,
        )
        wanted = (request.readable_event_id or "").strip()
        if wanted and wanted != readable_id:
            event_name = Event.model_validate_json(event_data).event_name
            return 409, base.model_copy(update={
                "status": CheckInStatus.WRONG_EVENT.value,
                "event_name": event_name,
                "message": f"This code is for another event: {event_name}. Please ask the "
                "event staff.",
            })
        if state == "waitlisted":
            return 409, base.model_copy(update={
                "status": CheckInStatus.WAITLISTED.value,
                "message": "This attendee is on the waitlist and has no seat yet. Please ask "
                "the event staff.",
            })
        if session_id is not None:
            refusal = self._session_check_in_refusal(
                conn, registration_id, event_id, event_data, session_id
            )
            if refusal is not None:
                status, message = refusal
                return 409, base.model_copy(update={"status": status, "message": message})
        session_key = session_id or ""
        seated = [sid for (sid,) in conn.execute(
            "SELECT session_id FROM session_registrations WHERE registration_id = ? "
            "AND waitlisted = 0 ORDER BY position",
            (registration_id,),
        )]
        existing = conn.execute(
            "SELECT checked_in_utc FROM checkins WHERE registration_id = ? AND session_key = ?",
            (registration_id, session_key),
        ).fetchone()
        if existing is not None:
            return 200, base.model_copy(update={
                "status": CheckInStatus.ALREADY_CHECKED_IN.value,
                "message": "Already checked in.",
                "checked_in_at": parse_utc_text(existing[0]),
                "session_ids": seated,
            })
        conn.execute(
            "INSERT INTO checkins (registration_id, session_key, checked_in_utc) VALUES (?, ?, ?)",
            (registration_id, session_key, utc_text(now)),
        )
        log.info("registration %s checked in%s", registration_id,
                 f" to session {session_id}" if session_id else "")
        return 200, base.model_copy(update={
            "status": CheckInStatus.CHECKED_IN.value,
            "checked_in_at": parse_utc_text(utc_text(now)),
            "session_ids": seated,
        })

    @staticmethod
    def _session_check_in_refusal(
        conn: sqlite3.Connection,
        registration_id: str,
        event_id: str,
        event_data: str,
        session_id: str,
    ) -> tuple[str, str] | None:
        session = conn.execute(
            "SELECT event_id FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if session is None or session[0] != event_id:
            return (
                CheckInStatus.NOT_REGISTERED_FOR_SESSION.value,
                "This session is not part of the attendee's event.",
            )
        booking = conn.execute(
            "SELECT waitlisted FROM session_registrations WHERE registration_id = ? "
            "AND session_id = ?",
            (registration_id, session_id),
        ).fetchone()
        if booking is None:
            # Without a custom agenda, an event registration covers every session.
            if not Event.model_validate_json(event_data).allow_custom_agenda:
                return None
            return (
                CheckInStatus.NOT_REGISTERED_FOR_SESSION.value,
                "This attendee is not registered for this session.",
            )
        if booking[0]:
            return (
                CheckInStatus.WAITLISTED.value,
                "This attendee is on the waitlist for this session and has no seat yet.",
            )
        return None
