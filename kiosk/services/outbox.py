"""The outbox: every registration is written here, durably, before any network call.

SQLite in WAL mode with ``synchronous=FULL`` (in WAL, NORMAL does not fsync at commit),
one transaction per change, the file created with mode 0600 because it holds attendee
data. The submission id doubles as the ``Idempotency-Key``, so a resend after a crash or
a lost answer never registers anyone twice.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.api.models import RegistrationData, RegistrationResult

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


class OutboxError(Exception):
    """The outbox file cannot be used (unwritable, full, corrupt, or from a newer kiosk)."""


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
    payload: RegistrationData | None  # None once personal data has been purged
    state: SubmissionState
    attempts: int = 0
    last_error: str | None = None
    result: RegistrationResult | None = None
    delivered_at: datetime | None = None
    next_attempt_at: datetime | None = None

    @property
    def attendee_label(self) -> str:
        """Names for the staff view only; never log this."""
        if self.payload is None:
            return ""
        return ", ".join(f"{a.first_name} {a.last_name}".strip() for a in self.payload.attendees)


def new_submission_id() -> str:
    return str(uuid.uuid4())


def _ts(value: datetime | None) -> float | None:
    return value.timestamp() if value is not None else None


def _dt(value: float | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value is not None else None


_SCHEMA = """
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


class Outbox:
    """Durable queue of registration submissions. Thread-safe (one connection, one lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = open_private_sqlite(path)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise OutboxError(f"The outbox {path} cannot be opened: {exc}") from None
        except OSError as exc:
            raise OutboxError(f"The outbox {path} cannot be created: {exc.strerror}") from None

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise OutboxError(
                f"The outbox {self.path} was written by a newer kiosk (schema {version}); "
                "update this kiosk or move the file aside."
            )
        if version < 1:
            with self._transaction() as db:
                # One statement at a time: executescript() would commit our transaction.
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------------ writing

    def add(
        self,
        readable_event_id: str,
        event_name: str,
        payload: RegistrationData,
        *,
        submission_id: str | None = None,
        now: datetime | None = None,
    ) -> Submission:
        """Store a new submission durably (fsync'd) and return it, still queued."""
        submission = Submission(
            id=submission_id or new_submission_id(),
            created_at=now or datetime.now(UTC),
            readable_event_id=readable_event_id,
            event_name=event_name,
            payload=payload,
            state=SubmissionState.QUEUED,
        )
        try:
            with self._transaction() as db:
                db.execute(
                    "INSERT INTO submissions (id, created_at, readable_event_id, event_name,"
                    " payload, state) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        submission.id,
                        _ts(submission.created_at),
                        readable_event_id,
                        event_name,
                        json.dumps(payload.to_wire(), ensure_ascii=False),
                        SubmissionState.QUEUED.value,
                    ),
                )
        except sqlite3.Error as exc:
            raise OutboxError(f"The registration could not be saved on this kiosk: {exc}") from None
        log.info("submission %s queued for event %s", submission.id, readable_event_id)
        return submission

    def mark_delivered(
        self, submission_id: str, result: RegistrationResult, now: datetime | None = None
    ) -> None:
        self._finish(submission_id, SubmissionState.DELIVERED, result, None, now)

    def mark_refused(
        self,
        submission_id: str,
        reason: str,
        result: RegistrationResult | None = None,
        now: datetime | None = None,
    ) -> None:
        self._finish(submission_id, SubmissionState.REFUSED, result, reason, now)

    def _finish(
        self,
        submission_id: str,
        state: SubmissionState,
        result: RegistrationResult | None,
        reason: str | None,
        now: datetime | None,
    ) -> None:
        with self._transaction() as db:
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

    def record_failed_attempt(self, submission_id: str, error: str) -> None:
        """A transient failure: the submission stays queued, with the reason staff will see."""
        with self._transaction() as db:
            db.execute(
                "UPDATE submissions SET attempts = attempts + 1, last_error = ?"
                " WHERE id = ? AND state = 'queued'",
                (error, submission_id),
            )

    def schedule(self, submission_id: str, next_attempt_at: datetime | None) -> None:
        """When the drainer will try a queued submission again (shown to staff)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE submissions SET next_attempt_at = ? WHERE id = ? AND state = 'queued'",
                (_ts(next_attempt_at), submission_id),
            )

    def requeue(self, submission_id: str) -> None:
        """Staff's "retry now": a refused or waiting submission goes back to the queue."""
        with self._transaction() as db:
            db.execute(
                "UPDATE submissions SET state = 'queued', next_attempt_at = NULL"
                " WHERE id = ? AND state != 'delivered' AND payload IS NOT NULL",
                (submission_id,),
            )

    def purge_personal_data(self, delivered_before: datetime) -> int:
        """Forget attendee fields of submissions delivered before the cutoff; ids and
        status stay for the record. Returns how many were purged."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE submissions SET payload = NULL WHERE state = 'delivered'"
                " AND payload IS NOT NULL AND delivered_at < ?",
                (_ts(delivered_before),),
            )
            purged = cursor.rowcount
        if purged:
            log.info("purged attendee data of %d delivered submission(s)", purged)
        return purged

    # ------------------------------------------------------------------ reading

    def get(self, submission_id: str) -> Submission | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM submissions WHERE id = ?", (submission_id,)
            ).fetchone()
        return self._row(row) if row else None

    def queued(self, limit: int | None = None) -> list[Submission]:
        """Queued submissions, oldest first (the order they are sent in); at most ``limit``."""
        clause = "WHERE state = 'queued' ORDER BY created_at, rowid"
        if limit is not None:
            clause += f" LIMIT {int(limit)}"
        return self._select(clause)

    def undelivered(self) -> list[Submission]:
        """Queued and refused submissions, for the staff view."""
        return self._select("WHERE state != 'delivered' ORDER BY created_at, rowid")

    def queued_count(self) -> tuple[int, datetime | None]:
        """How many are queued, and when the oldest of them was written."""
        with self._lock:
            count, oldest = self._db.execute(
                "SELECT COUNT(*), MIN(created_at) FROM submissions WHERE state = 'queued'"
            ).fetchone()
        return int(count), _dt(oldest)

    def _select(self, clause: str) -> list[Submission]:
        with self._lock:
            rows = self._db.execute(f"SELECT * FROM submissions {clause}").fetchall()
        return [self._row(row) for row in rows]

    @staticmethod
    def _row(row: tuple[Any, ...]) -> Submission:
        (
            sid, created_at, rid, name, payload, state, attempts, last_error, result,
            delivered_at, next_attempt_at,
        ) = row
        return Submission(
            id=sid,
            created_at=_dt(created_at) or datetime.now(UTC),
            readable_event_id=rid,
            event_name=name,
            payload=RegistrationData.model_validate(json.loads(payload)) if payload else None,
            state=SubmissionState(state),
            attempts=attempts,
            last_error=last_error,
            result=RegistrationResult.model_validate(json.loads(result)) if result else None,
            delivered_at=_dt(delivered_at),
            next_attempt_at=_dt(next_attempt_at),
        )
