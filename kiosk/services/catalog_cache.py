"""The catalog on disk: the last good published events and every opened event's details.

A kiosk started while the API is unreachable shows these at once. The cache is only a
convenience: a corrupt or unreadable file is discarded and rebuilt, never fatal.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.api.models import (
    CustomRegistrationField,
    Event,
    Pass,
    PublishedEvent,
    Session,
    SessionTrack,
    Speaker,
    Sponsorship,
)
from kiosk.services.catalog import EventDetails, EventsSnapshot, EventSummary
from kiosk.services.outbox import open_private_sqlite

log = logging.getLogger(__name__)

_EVENTS_KEY = "events"
_DETAILS_PREFIX = "event:"


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _events_body(snapshot: EventsSnapshot) -> dict[str, Any]:
    return {
        "fetchedAt": snapshot.fetched_at.isoformat(),
        "events": [
            {
                "event": s.event.to_wire(),
                "registrationCount": s.registration_count,
                "paid": s.paid,
                "pending": s.pending,
            }
            for s in snapshot.events
        ],
    }


def _events_from(body: dict[str, Any]) -> EventsSnapshot:
    return EventsSnapshot(
        events=tuple(
            EventSummary(
                PublishedEvent.model_validate(item["event"]),
                item["registrationCount"],
                bool(item["paid"]),
                bool(item.get("pending", False)),
            )
            for item in body["events"]
        ),
        fetched_at=_when(body["fetchedAt"]),
        stale=True,
    )


def _details_body(details: EventDetails) -> dict[str, Any]:
    return {
        "fetchedAt": details.fetched_at.isoformat(),
        "event": details.event.to_wire(),
        "sessions": [s.to_wire() for s in details.sessions],
        "tracks": [t.to_wire() for t in details.tracks],
        "trackSessions": {k: sorted(v) for k, v in details.track_sessions.items()},
        "speakers": [s.to_wire() for s in details.speakers],
        "sponsorships": [s.to_wire() for s in details.sponsorships],
        "passes": [p.to_wire() for p in details.passes],
        "fields": [f.to_wire() for f in details.fields],
        "registrationCount": details.registration_count,
    }


def _details_from(body: dict[str, Any]) -> EventDetails:
    return EventDetails(
        event=Event.model_validate(body["event"]),
        sessions=tuple(Session.model_validate(s) for s in body["sessions"]),
        tracks=tuple(SessionTrack.model_validate(t) for t in body["tracks"]),
        track_sessions={k: frozenset(v) for k, v in body["trackSessions"].items()},
        speakers=tuple(Speaker.model_validate(s) for s in body["speakers"]),
        sponsorships=tuple(Sponsorship.model_validate(s) for s in body["sponsorships"]),
        passes=tuple(Pass.model_validate(p) for p in body["passes"]),
        fields=tuple(CustomRegistrationField.model_validate(f) for f in body["fields"]),
        registration_count=body["registrationCount"],
        fetched_at=_when(body["fetchedAt"]),
        stale=True,
    )


class CatalogCache:
    """A small key-value table of JSON documents. Thread-safe; failures are logged, not raised."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._open()

    def _open(self) -> None:
        try:
            self._db = self._connect()
        except (sqlite3.DatabaseError, OSError) as exc:
            log.warning("catalog cache unusable (%s); starting a new one", exc)
            self._discard()
            try:
                self._db = self._connect()
            except (sqlite3.DatabaseError, OSError) as again:
                log.error("catalog cache disabled: %s", again)
                self._db = None

    def _connect(self) -> sqlite3.Connection:
        db = open_private_sqlite(self.path)
        try:
            db.execute(
                "CREATE TABLE IF NOT EXISTS documents"
                " (key TEXT PRIMARY KEY, saved_at REAL NOT NULL, body TEXT NOT NULL)"
            )
            db.execute("SELECT COUNT(*) FROM documents").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _discard(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # ------------------------------------------------------------------ documents

    def _put(self, key: str, body: dict[str, Any]) -> None:
        with self._lock:
            if self._db is None:
                return
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO documents (key, saved_at, body) VALUES (?, ?, ?)",
                    (key, datetime.now(UTC).timestamp(), json.dumps(body, ensure_ascii=False)),
                )
            except sqlite3.Error as exc:
                log.warning("catalog cache not written: %s", exc)

    def _get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            if self._db is None:
                return None
            try:
                row = self._db.execute(
                    "SELECT body FROM documents WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.DatabaseError as exc:
                log.warning("catalog cache unreadable (%s); rebuilding it", exc)
                self._db.close()
                self._db = None
                self._discard()
                row = None
        if row is None:
            if self._db is None:
                self._open()
            return None
        try:
            body = json.loads(row[0])
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    def save_events(self, snapshot: EventsSnapshot) -> None:
        self._put(_EVENTS_KEY, _events_body(snapshot))

    def load_events(self) -> EventsSnapshot | None:
        body = self._get(_EVENTS_KEY)
        if body is None:
            return None
        try:
            return _events_from(body)
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            log.warning("cached event list discarded: %s", type(exc).__name__)
            return None

    def save_details(self, details: EventDetails) -> None:
        self._put(_DETAILS_PREFIX + details.readable_id, _details_body(details))

    def load_details(self, readable_id: str) -> EventDetails | None:
        body = self._get(_DETAILS_PREFIX + readable_id)
        if body is None:
            return None
        try:
            return _details_from(body)
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            log.warning("cached event %s discarded: %s", readable_id, type(exc).__name__)
            return None
