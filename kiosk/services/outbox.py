"""The outbox: every registration and check-in is written here, durably, before any
network call.

SQLite in WAL mode with ``synchronous=FULL`` (in WAL, NORMAL does not fsync at commit),
one transaction per change, the file created with mode 0600 because it holds attendee
data. Each submission carries an ``Idempotency-Key`` (its id at first), so a resend after
a crash or a lost answer never registers or checks in anyone twice. A submission is of one
:class:`SubmissionKind`: a registration (``RegistrationData``, names and an e-mail) or a
check-in (``CheckInRequest``, a code and no name).

Personal data leaves the disk when it is purged: ``secure_delete`` overwrites freed content
with zeros, ``auto_vacuum=FULL`` gives freed pages back, and a purge ends with a
checkpoint that empties the WAL of old page images. Every SQLite or OS failure surfaces
as :class:`OutboxError` with a plain reason for staff.
"""

from __future__ import annotations

import enum
import errno
import hashlib
import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.api.identity import email_key
from kiosk.api.models import (
    CheckInRequest,
    CheckInResult,
    RegistrationData,
    RegistrationResult,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5

# A queued submission is "stuck" once the API has failed it this often, or for this long:
# the drainer then lets younger submissions go first and retries it on its own backoff.
# A refusal nobody unlocked the staff view to see is purged this long after the usual clock.
REFUSED_UNSEEN_GRACE = timedelta(days=7)
STUCK_AFTER_ATTEMPTS = 5
STUCK_AFTER = timedelta(minutes=5)

_HASH_BYTES = 16


class OutboxError(Exception):
    """The outbox file cannot be used (unwritable, full, corrupt, or from a newer kiosk).

    ``reason`` is a short plain-language sentence for staff; it never holds attendee data.
    """

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


class SubmissionKind(enum.StrEnum):
    REGISTRATION = "registration"  # payload RegistrationData, result RegistrationResult
    CHECK_IN = "checkin"  # payload CheckInRequest, result CheckInResult


Payload = RegistrationData | CheckInRequest
Result = RegistrationResult | CheckInResult


class SubmissionState(enum.StrEnum):
    QUEUED = "queued"  # written, not yet accepted by the API
    DELIVERED = "delivered"  # the API answered with a success or payment status
    REFUSED = "refused"  # the API's answer was final and negative


@dataclass(frozen=True)
class Submission:
    id: str
    created_at: datetime
    readable_event_id: str
    event_name: str
    payload: Payload | None  # None once personal data has been purged
    state: SubmissionState
    attempts: int = 0
    last_error: str | None = None
    result: Result | None = None
    delivered_at: datetime | None = None
    next_attempt_at: datetime | None = None
    idempotency_key: str = ""  # sent as Idempotency-Key; the id unless staff retried a refusal
    previous_keys: tuple[str, ...] = ()  # keys of earlier, refused attempts
    failures: int = 0  # failed answers of the API since queued (network failures not counted)
    first_failed_at: datetime | None = None
    seen_by_staff_at: datetime | None = None  # refused ones: when staff first saw it
    kind: SubmissionKind = SubmissionKind.REGISTRATION

    def __post_init__(self) -> None:
        if not self.idempotency_key:
            object.__setattr__(self, "idempotency_key", self.id)

    @property
    def attendee_label(self) -> str:
        """Names for the staff view only; never log this. Empty for a check-in, which holds
        no name."""
        if not isinstance(self.payload, RegistrationData):
            return ""
        return ", ".join(f"{a.first_name} {a.last_name}".strip() for a in self.payload.attendees)

    @property
    def stuck(self) -> bool:
        """Queued, and the API keeps failing it: staff see "Stuck" with ``last_error``."""
        return self.is_stuck(datetime.now(UTC))

    def is_stuck(self, now: datetime) -> bool:
        if self.state is not SubmissionState.QUEUED:
            return False
        if self.failures >= STUCK_AFTER_ATTEMPTS:
            return True
        return self.first_failed_at is not None and now - self.first_failed_at > STUCK_AFTER


PageKey = tuple[float, int]
"""Where a row sits in the staff view's order: its ``created_at`` timestamp and rowid."""


@dataclass(frozen=True)
class QueueCounts:
    queued: int  # of them ``stuck`` are stuck
    refused: int
    stuck: int
    oldest_queued: datetime | None


@dataclass(frozen=True)
class Page:
    """One page of the staff view: its rows oldest first, where it starts among all the
    undelivered ones (``offset``, from 0) and how many there are."""

    submissions: list[Submission]
    keys: list[PageKey]  # each row's place in the order, for the next or previous page
    offset: int
    total: int
    has_before: bool
    has_after: bool


class InFlight:
    """Submissions being sent right now: the attendee's first attempt and the drainer must
    never send the same one at once."""

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    @contextmanager
    def claim(self, submission_id: str) -> Iterator[bool]:
        """Mark a submission as being sent; yields False when another thread already is."""
        with self._lock:
            if submission_id in self._ids:
                yield False
                return
            self._ids.add(submission_id)
        try:
            yield True
        finally:
            with self._lock:
                self._ids.discard(submission_id)


def new_submission_id() -> str:
    return str(uuid.uuid4())


def _ts(value: datetime | None) -> float | None:
    return value.timestamp() if value is not None else None


def _dt(value: float | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value is not None else None


def _statements(script: str) -> list[str]:
    """The script's statements, one at a time (executescript() would commit the
    migration's transaction); a trigger's body stays whole."""
    statements: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip())
    return statements


_MIGRATIONS: dict[int, str] = {
    1: """
CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    readable_event_id TEXT NOT NULL,
    event_name TEXT NOT NULL,
    payload TEXT,
    state TEXT NOT NULL CHECK (state IN ('queued', 'delivered', 'refused')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    result TEXT,
    delivered_at REAL,
    next_attempt_at REAL
);
CREATE INDEX IF NOT EXISTS submissions_queue ON submissions (state, created_at);
""",
    2: """
ALTER TABLE submissions ADD COLUMN idempotency_key TEXT;
ALTER TABLE submissions ADD COLUMN previous_keys TEXT NOT NULL DEFAULT '[]';
ALTER TABLE submissions ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN first_failed_at REAL;
ALTER TABLE submissions ADD COLUMN seen_by_staff_at REAL;
ALTER TABLE submissions ADD COLUMN email_hash BLOB;
CREATE INDEX submissions_email ON submissions (readable_event_id, email_hash);
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE health (id INTEGER PRIMARY KEY, checked_at REAL, room BLOB);
UPDATE submissions SET idempotency_key = id;
UPDATE submissions SET failures = attempts,
    first_failed_at = CASE WHEN attempts > 0 THEN created_at END
    WHERE state = 'queued';
""",
    3: """
ALTER TABLE submissions ADD COLUMN kind TEXT NOT NULL DEFAULT 'registration'
    CHECK (kind IN ('registration', 'checkin'));
""",
    # The queue's status at any length: counts kept by triggers in the same transaction as
    # every change of state (so a crash never leaves them wrong), each event's head and the
    # failing ones found by index seeks, the staff view paged over its own index.
    4: """
CREATE TABLE state_counts (state TEXT PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO state_counts (state, n) VALUES ('queued', 0), ('delivered', 0), ('refused', 0);
UPDATE state_counts SET n = (SELECT COUNT(*) FROM submissions
    WHERE submissions.state = state_counts.state);
CREATE TRIGGER submissions_counted_insert AFTER INSERT ON submissions BEGIN
    UPDATE state_counts SET n = n + 1 WHERE state = NEW.state;
END;
CREATE TRIGGER submissions_counted_delete AFTER DELETE ON submissions BEGIN
    UPDATE state_counts SET n = n - 1 WHERE state = OLD.state;
END;
CREATE TRIGGER submissions_counted_update AFTER UPDATE OF state ON submissions
    WHEN OLD.state IS NOT NEW.state BEGIN
    UPDATE state_counts SET n = n - 1 WHERE state = OLD.state;
    UPDATE state_counts SET n = n + 1 WHERE state = NEW.state;
END;
CREATE INDEX submissions_event_queue ON submissions (readable_event_id, created_at)
    WHERE state = 'queued';
CREATE INDEX submissions_failing ON submissions (created_at)
    WHERE state = 'queued' AND (failures > 0 OR first_failed_at IS NOT NULL);
CREATE INDEX submissions_undelivered ON submissions (created_at)
    WHERE state != 'delivered';
""",
    # The staff desk's list of the day's registrations (registrations_since).
    5: """
CREATE INDEX submissions_registrations ON submissions (created_at)
    WHERE kind = 'registration';
""",
}

_COLUMNS = (
    "id, created_at, readable_event_id, event_name, payload, state, attempts, last_error,"
    " result, delivered_at, next_attempt_at, idempotency_key, previous_keys, failures,"
    " first_failed_at, seen_by_staff_at, kind"
)


# Candidates: each event's oldest queued submission that is not stuck (a seek in
# submissions_event_queue per event, found one after another by a skip-scan), and the
# stuck ones (among the failing ones only, submissions_failing). The order is the drainer's:
# due before not due, then the soonest due, not stuck before stuck, oldest first.
_STUCK = "(failures >= :attempts OR (first_failed_at IS NOT NULL AND first_failed_at < :since))"
_NEXT_TO_SEND = f"""
WITH RECURSIVE events(e) AS (
    SELECT MIN(readable_event_id) FROM submissions INDEXED BY submissions_event_queue
        WHERE state = 'queued'
    UNION ALL
    SELECT (SELECT MIN(readable_event_id) FROM submissions INDEXED BY submissions_event_queue
            WHERE state = 'queued' AND readable_event_id > events.e)
        FROM events WHERE events.e IS NOT NULL
), heads(r) AS (
    SELECT (SELECT rowid FROM submissions INDEXED BY submissions_event_queue
            WHERE state = 'queued' AND readable_event_id = events.e AND NOT {_STUCK}
            ORDER BY created_at, rowid LIMIT 1)
        FROM events WHERE events.e IS NOT NULL
), candidates(r, stuck) AS (
    SELECT r, 0 FROM heads WHERE r IS NOT NULL
    UNION ALL
    SELECT rowid, 1 FROM submissions INDEXED BY submissions_failing
        WHERE state = 'queued' AND (failures > 0 OR first_failed_at IS NOT NULL) AND {_STUCK}
)
SELECT c.r FROM candidates c JOIN submissions s ON s.rowid = c.r
ORDER BY COALESCE(s.next_attempt_at > :now, 0),
    CASE WHEN s.next_attempt_at > :now THEN s.next_attempt_at END,
    c.stuck, s.created_at, c.r
LIMIT 1
"""

def open_private_sqlite(path: Path) -> sqlite3.Connection:
    """A connection to ``path`` in WAL/FULL mode; a new file is created readable by us only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA busy_timeout=5000")
    except sqlite3.DatabaseError:
        connection.close()
        raise
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.chmod(side, 0o600)
    return connection


DISK_FULL = "The disk is full"
READ_ONLY = "The outbox file is read-only"


def plain_reason(exc: BaseException) -> str:
    """What went wrong with the outbox file, in words staff can act on."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_FULL"):
            return DISK_FULL
        if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
            return READ_ONLY
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return "The outbox file is damaged"
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return "The outbox file is in use by another program"
        if name.startswith("SQLITE_IOERR"):
            return "The disk cannot be written (input/output error)"
        return "The outbox file cannot be used"
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return READ_ONLY
        return f"The outbox file cannot be used ({exc.strerror or exc})"
    return "The outbox file cannot be used"


def _detail(exc: BaseException) -> str:
    """SQLite's or the OS's own words (no values: they never quote attendee data)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


class Outbox:
    """Durable queue of registration and check-in submissions. Thread-safe (one
    connection, one lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = open_private_sqlite(path)
        except (sqlite3.Error, OSError) as exc:
            raise self._open_error(exc) from None
        try:
            self._db.execute("PRAGMA secure_delete=ON")
            self._migrate()
            self._salt = self._email_salt()
            # A real write: a read-only file or a full disk is found now, not at the first
            # registration.
            self.check_writable()
        except (sqlite3.Error, OSError) as exc:
            self._db.close()
            raise self._open_error(exc) from None
        except OutboxError as exc:
            self._db.close()
            if exc.reason == READ_ONLY:
                raise self._read_only_error() from None
            raise

    def _open_error(self, exc: sqlite3.Error | OSError) -> OutboxError:
        reason = plain_reason(exc)
        if reason == READ_ONLY:
            return self._read_only_error()
        if isinstance(exc, OSError):
            return OutboxError(f"The outbox {self.path} cannot be created: {_detail(exc)}", reason)
        return OutboxError(f"The outbox {self.path} cannot be opened: {exc}", reason)

    def _read_only_error(self) -> OutboxError:
        return OutboxError(
            f"The outbox {self.path} is read-only: registrations cannot be saved. Check the "
            "owner and permissions of the file and its folder, and that the disk is mounted "
            "writable.",
            READ_ONLY,
        )

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise OutboxError(
                f"The outbox {self.path} was written by a newer kiosk (schema {version}); "
                "update this kiosk or move the file aside.",
                "The outbox file was written by a newer kiosk",
            )
        if version < SCHEMA_VERSION:
            with self._transaction("The outbox could not be updated") as db:
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in _statements(_MIGRATIONS[step]):
                        db.execute(statement)
                    if step == 2:
                        self._migrate_2(db)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            log.info("outbox schema %d -> %d", version, SCHEMA_VERSION)
        if self._db.execute("PRAGMA auto_vacuum").fetchone()[0] != 1:
            # Freed pages go back to the file system; VACUUM also rewrites a file from an
            # older kiosk, whose free pages may still hold purged attendee data.
            with self._lock, self._mapped("The outbox could not be updated"):
                self._db.execute("PRAGMA auto_vacuum=FULL")
                self._db.execute("VACUUM")
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @staticmethod
    def _migrate_2(db: sqlite3.Connection) -> None:
        """A fresh e-mail salt, and the e-mail hashes of the submissions already stored."""
        salt = os.urandom(16)
        db.execute("INSERT INTO meta (key, value) VALUES ('email_salt', ?)", (salt,))
        rows = db.execute(
            "SELECT id, payload FROM submissions WHERE payload IS NOT NULL"
            " AND state IN ('queued', 'delivered')"
        ).fetchall()
        for sid, payload in rows:
            hashed = _email_hash(salt, RegistrationData.model_validate(json.loads(payload)))
            db.execute("UPDATE submissions SET email_hash = ? WHERE id = ?", (hashed, sid))

    def _email_salt(self) -> bytes:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'email_salt'").fetchone()
        return bytes(row[0])

    @contextmanager
    def _mapped(self, action: str) -> Iterator[None]:
        """SQLite and OS failures become OutboxError: ``action`` failed, and why."""
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            reason = plain_reason(exc)
            raise OutboxError(f"{action}: {reason.lower()} ({_detail(exc)})", reason) from None

    @contextmanager
    def _transaction(self, action: str, *, commit: bool = True) -> Iterator[sqlite3.Connection]:
        with self._lock, self._mapped(action):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                if commit:
                    self._db.execute("COMMIT")
            finally:
                # SQLite rolls back by itself after some failures (a full disk at COMMIT).
                if self._db.in_transaction:
                    with suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------------ writing

    def add(
        self,
        readable_event_id: str,
        event_name: str,
        payload: Payload,
        *,
        submission_id: str | None = None,
        now: datetime | None = None,
    ) -> Submission:
        """Store a new submission durably (fsync'd) and return it, still queued; its kind
        follows from the payload."""
        registration = isinstance(payload, RegistrationData)
        submission = Submission(
            id=submission_id or new_submission_id(),
            created_at=now or datetime.now(UTC),
            readable_event_id=readable_event_id,
            event_name=event_name,
            payload=payload,
            state=SubmissionState.QUEUED,
            kind=SubmissionKind.REGISTRATION if registration else SubmissionKind.CHECK_IN,
        )
        what = "registration" if registration else "check-in"
        with self._transaction(f"The {what} could not be saved on this kiosk") as db:
            db.execute(
                "INSERT INTO submissions (id, created_at, readable_event_id, event_name,"
                " payload, state, idempotency_key, email_hash, kind)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    submission.id,
                    _ts(submission.created_at),
                    readable_event_id,
                    event_name,
                    json.dumps(payload.to_wire(), ensure_ascii=False),
                    SubmissionState.QUEUED.value,
                    submission.idempotency_key,
                    _email_hash(self._salt, payload)
                    if isinstance(payload, RegistrationData) else None,
                    submission.kind.value,
                ),
            )
        log.info(
            "%s submission %s queued for event %s", what, submission.id, readable_event_id
        )
        return submission

    def mark_delivered(
        self, submission_id: str, result: Result, now: datetime | None = None
    ) -> None:
        self._finish(submission_id, SubmissionState.DELIVERED, result, None, now)

    def mark_refused(
        self,
        submission_id: str,
        reason: str,
        result: Result | None = None,
        now: datetime | None = None,
    ) -> None:
        self._finish(submission_id, SubmissionState.REFUSED, result, reason, now)

    def _finish(
        self,
        submission_id: str,
        state: SubmissionState,
        result: Result | None,
        reason: str | None,
        now: datetime | None,
    ) -> None:
        with self._transaction(f"Submission {submission_id} could not be marked {state}") as db:
            db.execute(
                "UPDATE submissions SET state = ?, result = ?, last_error = ?, delivered_at = ?,"
                " attempts = attempts + 1, next_attempt_at = NULL WHERE id = ?",
                (
                    state.value,
                    json.dumps(result.to_wire()) if result is not None else None,
                    reason,
                    _ts(now or datetime.now(UTC)),
                    submission_id,
                ),
            )
        log.info("submission %s %s", submission_id, state.value)

    def record_failed_attempt(
        self,
        submission_id: str,
        error: str,
        *,
        counts_towards_stuck: bool = True,
        now: datetime | None = None,
    ) -> None:
        """A transient failure: the submission stays queued, with the reason staff will see.

        A network failure (``counts_towards_stuck=False``) says nothing about this
        submission, so it does not make it stuck: every other one would fail the same way.
        """
        stuck_counts = 1 if counts_towards_stuck else 0
        with self._transaction(f"The failure of submission {submission_id} was not saved") as db:
            db.execute(
                "UPDATE submissions SET attempts = attempts + 1, last_error = ?,"
                " failures = failures + ?,"
                " first_failed_at = CASE WHEN ? THEN COALESCE(first_failed_at, ?)"
                "  ELSE first_failed_at END"
                " WHERE id = ? AND state = 'queued'",
                (error, stuck_counts, stuck_counts, _ts(now or datetime.now(UTC)), submission_id),
            )

    def schedule(self, submission_id: str, next_attempt_at: datetime | None) -> None:
        """When the drainer will try a queued submission again (shown to staff)."""
        with self._transaction(f"The next try of submission {submission_id} was not saved") as db:
            db.execute(
                "UPDATE submissions SET next_attempt_at = ? WHERE id = ? AND state = 'queued'",
                (_ts(next_attempt_at), submission_id),
            )

    def requeue(self, submission_id: str) -> None:
        """Staff's "retry now": the submission is tried again at once.

        A refused one is a new attempt with a new Idempotency-Key (the server would replay
        its stored refusal to the old one forever); the old key is kept in
        ``previous_keys``. A queued one keeps its key: the server may already have
        registered it, and a new key would register the attendee twice.
        """
        self.requeue_many([submission_id])

    def requeue_many(self, ids: list[str] | None = None) -> list[str]:
        """:meth:`requeue` for each of ``ids`` (None: every undelivered submission whose
        data is kept), in one transaction. Returns the ids queued again."""
        with self._transaction("Submissions could not be queued again") as db:
            if ids is None:
                rows = db.execute(
                    "SELECT id, state, idempotency_key, previous_keys FROM submissions"
                    " WHERE state != 'delivered' AND payload IS NOT NULL"
                    " ORDER BY created_at, rowid"
                ).fetchall()
            else:
                rows = []
                for submission_id in ids:
                    row = db.execute(
                        "SELECT id, state, idempotency_key, previous_keys FROM submissions"
                        " WHERE id = ? AND payload IS NOT NULL",
                        (submission_id,),
                    ).fetchone()
                    if row is not None and row[1] != SubmissionState.DELIVERED:
                        rows.append(row)
            queued = [(sid,) for sid, state, _, _ in rows if state == SubmissionState.QUEUED]
            db.executemany("UPDATE submissions SET next_attempt_at = NULL WHERE id = ?", queued)
            refused = [
                (new_submission_id(), json.dumps([*json.loads(previous), key or sid]), sid)
                for sid, state, key, previous in rows if state == SubmissionState.REFUSED
            ]
            db.executemany(
                "UPDATE submissions SET state = 'queued', next_attempt_at = NULL,"
                " idempotency_key = ?, previous_keys = ?, result = NULL, failures = 0,"
                " first_failed_at = NULL, seen_by_staff_at = NULL WHERE id = ?",
                refused,
            )
        for _, _, sid in refused:
            log.info("refused submission %s queued again with a new key", sid)
        return [row[0] for row in rows]

    def mark_seen_by_staff(self, ids: list[str], now: datetime) -> None:
        """Staff were shown these submissions: a refused one's data may be purged from now on
        (the first time counts; other states are ignored)."""
        if not ids:
            return
        with self._transaction("The staff view could not be recorded") as db:
            db.executemany(
                "UPDATE submissions SET seen_by_staff_at = ? WHERE id = ?"
                " AND state = 'refused' AND seen_by_staff_at IS NULL",
                [(_ts(now), sid) for sid in ids],
            )

    def purge_personal_data(self, cutoff: datetime) -> int:
        """Forget attendee fields of submissions delivered before the cutoff, and of refused
        ones staff saw before it (or refused more than REFUSED_UNSEEN_GRACE before it, so a
        kiosk without a PIN, whose staff view shows no names, does not keep them forever);
        ids and status stay for the record. Queued ones are never purged. A check-in's code
        goes the same way, and so does its answer (it holds the attendee's first name), and
        so does a delivered registration's answer (it holds the check-in code). The
        data is gone from the disk, not only from the table: freed content is zeroed and the
        WAL emptied of old page images. Returns how many were purged."""
        with self._transaction("Attendee data could not be purged") as db:
            purged = db.execute(
                "UPDATE submissions SET payload = NULL, email_hash = NULL,"
                " result = CASE WHEN kind = 'checkin' OR state = 'delivered' THEN NULL"
                " ELSE result END"
                " WHERE payload IS NOT NULL AND ((state = 'delivered' AND delivered_at < :cut)"
                " OR (state = 'refused' AND (seen_by_staff_at < :cut OR delivered_at < :unseen)))",
                {"cut": _ts(cutoff), "unseen": _ts(cutoff - REFUSED_UNSEEN_GRACE)},
            ).rowcount
        if purged:
            with self._lock, self._mapped("Purged attendee data could not be cleared from disk"):
                busy = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                log.warning("the outbox WAL is in use; purged data leaves it at the next purge")
            log.info("purged attendee data of %d submission(s)", purged)
        return purged

    def check_writable(self, *, durable: bool = True) -> None:
        """Raise OutboxError unless a delivery result could be recorded now.

        Adds a page's worth of data (a full database fails here) and, when ``durable``,
        commits a tiny write (a read-only file or a disk that cannot take the commit fails
        here); otherwise rolls back, costing no disk write at all.
        """
        page = self._db.execute("PRAGMA page_size").fetchone()[0]
        with self._transaction("The outbox cannot be written", commit=durable) as db:
            db.execute("INSERT OR REPLACE INTO health (id, room) VALUES (2, zeroblob(?))", (page,))
            db.execute("DELETE FROM health WHERE id = 2")
            db.execute(
                "INSERT OR REPLACE INTO health (id, checked_at) VALUES (1, ?)",
                (_ts(datetime.now(UTC)),),
            )

    # ------------------------------------------------------------------ reading

    def get(self, submission_id: str) -> Submission | None:
        rows = self._select("WHERE id = ?", (submission_id,))
        return rows[0] if rows else None

    def queued(self) -> list[Submission]:
        """Queued submissions, oldest first."""
        return self._select("WHERE state = 'queued' ORDER BY created_at, rowid")

    def next_to_send(self, now: datetime) -> Submission | None:
        """The submission the drainer should try next, or None when nothing is queued.

        Each event's queue keeps its order, but a stuck submission steps out of it: first
        the oldest due head of an event's queue that is not stuck, then the oldest due stuck
        one, and when nothing is due, whichever of those is due soonest.

        Index seeks only: one per event with something queued (and per stuck one skipped at
        its head), plus the failing ones; never the whole queue, so a delivery costs the
        same with 10 or 50,000 queued.
        """
        with self._lock, self._mapped("The outbox could not be read"):
            row = self._db.execute(_NEXT_TO_SEND, {
                "attempts": STUCK_AFTER_ATTEMPTS,
                "since": _ts(now - STUCK_AFTER),
                "now": _ts(now),
            }).fetchone()
        if row is None:
            return None
        rows = self._select("WHERE rowid = ?", (row[0],))
        return rows[0] if rows else None

    def registered_earlier(self, readable_event_id: str, email: str) -> Submission | None:
        """The queued or delivered submission for this event whose attendee has the same
        e-mail identity (:func:`email_key`), while its data is kept; None otherwise."""
        key = email_key(email)
        if key is None:
            return None
        rows = self._select(
            "WHERE readable_event_id = ? AND email_hash = ? AND kind = 'registration'"
            " AND state IN ('queued', 'delivered') ORDER BY created_at, rowid LIMIT 1",
            (readable_event_id, _key_hash(self._salt, key)),
        )
        return rows[0] if rows else None

    def undelivered(self) -> list[Submission]:
        """Queued and refused submissions, oldest first (all of them: parses every row; the
        staff view reads :meth:`undelivered_page`)."""
        return self._select(
            "WHERE state != 'delivered' ORDER BY created_at, rowid"
        )

    def queued_count(self) -> tuple[int, datetime | None]:
        """How many are queued, and when the oldest of them was written: a counter kept by
        triggers and one index seek, whatever the length of the queue."""
        with self._lock, self._mapped("The outbox could not be read"):
            count = self._db.execute(
                "SELECT n FROM state_counts WHERE state = 'queued'"
            ).fetchone()[0]
            oldest = self._db.execute(
                "SELECT MIN(created_at) FROM submissions WHERE state = 'queued'"
            ).fetchone()[0]
        return int(count), _dt(oldest)

    def counts(self, now: datetime) -> QueueCounts:
        """What the staff view sums up: queued (of them stuck), refused, the oldest queued.

        The counts are kept by triggers; the stuck ones are counted over the failing ones
        only (an index of the submissions the API has failed at least once)."""
        with self._lock, self._mapped("The outbox could not be read"):
            counts = dict(self._db.execute("SELECT state, n FROM state_counts").fetchall())
            oldest = self._db.execute(
                "SELECT MIN(created_at) FROM submissions WHERE state = 'queued'"
            ).fetchone()[0]
            stuck = self._db.execute(
                "SELECT COUNT(*) FROM submissions INDEXED BY submissions_failing"
                " WHERE state = 'queued' AND (failures > 0 OR first_failed_at IS NOT NULL)"
                " AND (failures >= ? OR first_failed_at < ?)",
                (STUCK_AFTER_ATTEMPTS, _ts(now - STUCK_AFTER)),
            ).fetchone()[0]
        return QueueCounts(
            queued=int(counts.get("queued", 0)),
            refused=int(counts.get("refused", 0)),
            stuck=int(stuck),
            oldest_queued=_dt(oldest),
        )

    def undelivered_page(
        self,
        *,
        start: PageKey | None = None,
        after: PageKey | None = None,
        before: PageKey | None = None,
        limit: int = 50,
    ) -> Page:
        """One page of queued and refused submissions, oldest first, for the staff view.

        Keyset pagination on (created_at, rowid): ``start`` reads from that row on (the
        page shown, read again), ``after`` the page after that row, ``before`` the page
        before it (the first page when fewer are left); none of them, the first page. Rows
        that arrive or leave meanwhile never make another page repeat or skip a row.
        """
        if limit < 1:
            raise ValueError("limit must be positive")
        undelivered = (
            "FROM submissions INDEXED BY submissions_undelivered WHERE state != 'delivered'"
        )
        with self._lock, self._mapped("The outbox could not be read"):
            if before is not None:
                fetched = self._db.execute(
                    f"SELECT rowid, {_COLUMNS} {undelivered} AND (created_at, rowid) < (?, ?)"
                    " ORDER BY created_at DESC, rowid DESC LIMIT ?",
                    (*before, limit),
                ).fetchall()
                fetched.reverse()
                if len(fetched) < limit:
                    before, start = None, None
            if before is None:
                bound = ""
                params: tuple[Any, ...] = ()
                if start is not None:
                    bound, params = " AND (created_at, rowid) >= (?, ?)", start
                elif after is not None:
                    bound, params = " AND (created_at, rowid) > (?, ?)", after
                fetched = self._db.execute(
                    f"SELECT rowid, {_COLUMNS} {undelivered}{bound}"
                    " ORDER BY created_at, rowid LIMIT ?",
                    (*params, limit + 1),
                ).fetchall()
                more_after = len(fetched) > limit
                fetched = fetched[:limit]
            else:
                more_after = True  # the page we came from
            keys = [(float(row[2]), int(row[0])) for row in fetched]
            offset = 0
            if keys:
                # Where the page starts: the one cost here that grows (with the position,
                # counted in the index; a row-value test per entry costs three times more).
                created, rowid = keys[0]
                offset = self._db.execute(
                    f"SELECT COUNT(*) {undelivered} AND created_at < ?", (created,)
                ).fetchone()[0] + self._db.execute(
                    f"SELECT COUNT(*) {undelivered} AND created_at = ? AND rowid < ?",
                    (created, rowid),
                ).fetchone()[0]
            counts = dict(self._db.execute("SELECT state, n FROM state_counts").fetchall())
        total = int(counts.get("queued", 0)) + int(counts.get("refused", 0))
        return Page(
            submissions=[self._row(row[1:]) for row in fetched],
            keys=keys,
            offset=int(offset),
            total=total,
            has_before=bool(offset),
            has_after=more_after,
        )

    def registrations_since(
        self, since: datetime, limit: int = 100
    ) -> tuple[list[Submission], int]:
        """The registrations written at or after ``since`` (the staff desk's day), newest
        first, at most ``limit`` of them, and how many there are in all (an index range
        over the registrations only, whatever the size of the outbox)."""
        if limit < 1:
            raise ValueError("limit must be positive")
        day = (
            "FROM submissions INDEXED BY submissions_registrations"
            " WHERE kind = 'registration' AND created_at >= ?"
        )
        with self._lock, self._mapped("The outbox could not be read"):
            fetched = self._db.execute(
                f"SELECT {_COLUMNS} {day} ORDER BY created_at DESC, rowid DESC LIMIT ?",
                (_ts(since), limit),
            ).fetchall()
            total = self._db.execute(f"SELECT COUNT(*) {day}", (_ts(since),)).fetchone()[0]
        return [self._row(row) for row in fetched], int(total)

    def states_of(self, ids: list[str]) -> dict[str, SubmissionState]:
        """The state of each of these submissions that exists (by primary key, in chunks)."""
        found: dict[str, SubmissionState] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            with self._lock, self._mapped("The outbox could not be read"):
                rows = self._db.execute(
                    f"SELECT id, state FROM submissions WHERE id IN ({marks})", part
                ).fetchall()
            found.update((sid, SubmissionState(state)) for sid, state in rows)
        return found

    def _select(self, clause: str, params: tuple[Any, ...] = ()) -> list[Submission]:
        with self._lock, self._mapped("The outbox could not be read"):
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM submissions {clause}", params)
            fetched = rows.fetchall()
        return [self._row(row) for row in fetched]

    @staticmethod
    def _row(row: tuple[Any, ...]) -> Submission:
        (
            sid, created_at, rid, name, payload, state, attempts, last_error, result,
            delivered_at, next_attempt_at, key, previous_keys, failures, first_failed_at,
            seen_by_staff_at, kind,
        ) = row
        payload_type: type[Payload]
        result_type: type[Result]
        if kind == SubmissionKind.CHECK_IN:
            payload_type, result_type = CheckInRequest, CheckInResult
        else:
            payload_type, result_type = RegistrationData, RegistrationResult
        return Submission(
            id=sid,
            created_at=_dt(created_at) or datetime.now(UTC),
            readable_event_id=rid,
            event_name=name,
            payload=payload_type.model_validate(json.loads(payload)) if payload else None,
            state=SubmissionState(state),
            attempts=attempts,
            last_error=last_error,
            result=result_type.model_validate(json.loads(result)) if result else None,
            delivered_at=_dt(delivered_at),
            next_attempt_at=_dt(next_attempt_at),
            idempotency_key=key or sid,
            previous_keys=tuple(json.loads(previous_keys)),
            failures=failures,
            first_failed_at=_dt(first_failed_at),
            seen_by_staff_at=_dt(seen_by_staff_at),
            kind=SubmissionKind(kind),
        )


def _key_hash(salt: bytes, key: str) -> bytes:
    return hashlib.blake2b(key.encode(), key=salt, digest_size=_HASH_BYTES).digest()


def _email_hash(salt: bytes, payload: RegistrationData) -> bytes | None:
    """The keyed hash of the attendee's e-mail identity (one-attendee submissions, which
    is what the kiosk sends); the address itself is only ever in the payload."""
    if len(payload.attendees) != 1:
        return None
    key = email_key(payload.attendees[0].email)
    return _key_hash(salt, key) if key is not None else None
