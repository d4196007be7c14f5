"""The kiosk's copy of one event's offline check-in list, for checking people in while the
events server cannot be reached.

Its own SQLite file (``checkin-list.sqlite3`` in the data folder): mode 0600, WAL with
``synchronous=FULL``, ``secure_delete`` on, because it holds first names and last-name
initials. Codes are never in it: each entry carries the server's salted hash of its code
(:func:`kiosk.api.codes.check_in_code_hash`), and a scanned code is looked up by its hash.
Besides the list (keyed by registration id) it keeps the list's salt and cursor, when it
was last synced, and the check-ins this kiosk answered itself, so that a second scan of
the same code says "already checked in" before the server has heard of the first.

One event at a time: a list for another event replaces it whole.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.api.codes import check_in_code_hash
from kiosk.api.models import CheckInList, CheckInListEntry
from kiosk.services.outbox import open_private_sqlite

FILE_NAME = "checkin-list.sqlite3"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    registration_id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL,
    entry TEXT NOT NULL
);
CREATE INDEX entries_by_code ON entries (code_hash);
CREATE TABLE local_checkins (
    registration_id TEXT NOT NULL,
    session_key TEXT NOT NULL,
    checked_in_at REAL NOT NULL,
    PRIMARY KEY (registration_id, session_key)
)
"""


@dataclass(frozen=True)
class ListStatus:
    """Which event's list the kiosk holds, and how fresh it is."""

    readable_event_id: str
    salt: str
    cursor: str
    synced_at: datetime
    entries: int


class CheckInListStore:
    """One event's check-in list on disk. Thread-safe (one connection, one lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_private_sqlite(path)
        try:
            self._db.execute("PRAGMA secure_delete=ON")
            if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
                with self._transaction() as db:
                    for statement in _SCHEMA.split(";"):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            finally:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")

    # ------------------------------------------------------------------ reading

    def status(self) -> ListStatus | None:
        """The list held, or None when there is none."""
        with self._lock:
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            count = self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
        if "event" not in meta:
            return None
        return ListStatus(
            readable_event_id=meta["event"],
            salt=meta["salt"],
            cursor=meta["cursor"],
            synced_at=datetime.fromtimestamp(float(meta["synced_at"]), UTC),
            entries=int(count),
        )

    def find(self, readable_event_id: str, code: str) -> CheckInListEntry | None:
        """The entry whose code hash matches ``code``, in the list of that event; None when
        the list is of another event or holds no such code."""
        status = self.status()
        if status is None or status.readable_event_id != readable_event_id:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT entry FROM entries WHERE code_hash = ?",
                (check_in_code_hash(status.salt, code),),
            ).fetchone()
        return CheckInListEntry.model_validate(json.loads(row[0])) if row else None

    # ------------------------------------------------------------------ writing

    def replace(self, readable_event_id: str, fetched: CheckInList, now: datetime) -> None:
        """A whole list (the first, another event's, or after a refused cursor) replaces the
        one held; this kiosk's own check-ins are kept while the event stays the same."""
        with self._transaction() as db:
            held = db.execute("SELECT value FROM meta WHERE key = 'event'").fetchone()
            if held is None or held[0] != readable_event_id:
                db.execute("DELETE FROM local_checkins")
            db.execute("DELETE FROM entries")
            db.execute("DELETE FROM meta")
            db.execute("INSERT INTO meta (key, value) VALUES ('event', ?)", (readable_event_id,))
            db.execute("INSERT INTO meta (key, value) VALUES ('salt', ?)", (fetched.salt,))
            self._store(db, fetched, now)

    def merge(self, fetched: CheckInList, now: datetime) -> None:
        """The entries changed since the cursor held: each replaces its earlier version."""
        with self._transaction() as db:
            self._store(db, fetched, now)

    @staticmethod
    def _store(db: sqlite3.Connection, fetched: CheckInList, now: datetime) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO entries (registration_id, code_hash, entry) VALUES (?, ?, ?)",
            [
                (e.registration_id, e.code_hash, json.dumps(e.to_wire(), ensure_ascii=False))
                for e in fetched.entries
            ],
        )
        db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("cursor", fetched.cursor), ("synced_at", repr(now.timestamp()))],
        )

    def check_in_locally(
        self, registration_id: str, session_key: str, at: datetime
    ) -> datetime | None:
        """Record that this kiosk checked the registration in (``session_key`` "" for the
        event); returns when it had already done so, or None when this is the first time."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT checked_in_at FROM local_checkins WHERE registration_id = ?"
                " AND session_key = ?",
                (registration_id, session_key),
            ).fetchone()
            if row is not None:
                return datetime.fromtimestamp(row[0], UTC)
            db.execute(
                "INSERT INTO local_checkins (registration_id, session_key, checked_in_at)"
                " VALUES (?, ?, ?)",
                (registration_id, session_key, at.timestamp()),
            )
        return None

    def clear(self) -> None:
        """Forget the list (no list on this backend, or the event is over), and empty the
        WAL of its old pages."""
        with self._transaction() as db:
            db.execute("DELETE FROM entries")
            db.execute("DELETE FROM local_checkins")
            db.execute("DELETE FROM meta")
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
