"""Idempotency-Keys expire: kept at least 7 days, then purged a small batch at a time.

A season of events must not grow the database by every answer ever sent; a kiosk that
retries a registration within the week must still get the first answer back.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import httpx
from server_helpers import NOW, Clock, ServerFactory, api, attendee, event_seed

from kiosk.server.registration import PURGE_BATCH, PURGE_EVERY
from kiosk.server.wire import utc_text

EVENT = "Expiry_Event"


def _keys(db_path: Path) -> set[str]:
    with closing(sqlite3.connect(db_path)) as db:
        return {row[0] for row in db.execute("SELECT key FROM idempotency_keys")}


def _wait_for(condition: object, what: str) -> None:
    """Poll until the writer thread has run the purge (no fixed sleep: a deadline)."""
    assert callable(condition)
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def _post(client: httpx.Client, n: int, key: str) -> httpx.Response:
    response = client.post(f"events/{EVENT}/registrations",
                           json={"attendees": [attendee(n)]}, headers={"Idempotency-Key": key})
    assert response.status_code == 200, response.text
    return response


def test_keys_older_than_a_week_go_younger_ones_stay_and_still_replay(
    server_factory: ServerFactory, clock: Clock
) -> None:
    server = server_factory(event_seed(EVENT, endDateUTC=(NOW + timedelta(days=30)).isoformat()))
    with api(server) as client:
        first = _post(client, 1, "week-old")
        clock.advance(timedelta(days=2))
        _post(client, 2, "five-days-old")
        clock.advance(timedelta(days=4, hours=23))
        # Six days and 23 hours on: the first answer still replays, code included.
        replay = _post(client, 1, "week-old")
        assert replay.headers.get("idempotent-replayed") == "true"
        assert replay.json() == first.json()
        assert _keys(server.db_path) == {"week-old", "five-days-old"}

        clock.advance(timedelta(hours=2))  # the first key is now over 7 days old
        _post(client, 3, "new")
        _wait_for(lambda: "week-old" not in _keys(server.db_path), "the old key was purged")
        assert _keys(server.db_path) == {"five-days-old", "new"}
        again = _post(client, 2, "five-days-old")
        assert again.headers.get("idempotent-replayed") == "true"


def test_a_backlog_is_purged_in_small_batches(
    server_factory: ServerFactory, clock: Clock
) -> None:
    server = server_factory(event_seed(EVENT, endDateUTC=(NOW + timedelta(days=30)).isoformat()))
    backlog = 2 * PURGE_BATCH + 100
    with closing(sqlite3.connect(server.db_path)) as db, db:
        db.executemany(
            "INSERT INTO idempotency_keys (token, key, path, request_hash, status_code, body, "
            "created_utc) VALUES ('t', ?, '/p', 'h', 200, x'7b7d', ?)",
            [(f"old-{n}", utc_text(NOW - timedelta(days=30))) for n in range(backlog)],
        )

    def old_left() -> int:
        return sum(1 for key in _keys(server.db_path) if key.startswith("old-"))

    with api(server) as client:
        # One write, one batch: never the whole backlog inside a registration's commit.
        _post(client, 1, "k1")
        _wait_for(lambda: old_left() == backlog - PURGE_BATCH, "one batch purged")
        # A full batch means more to do: the next write purges again at once.
        _post(client, 2, "k2")
        _wait_for(lambda: old_left() == backlog - 2 * PURGE_BATCH, "a second batch purged")
        _post(client, 3, "k3")
        _wait_for(lambda: old_left() == 0, "the backlog is gone")
        # Nothing left: the next purge waits PURGE_EVERY, and fresh keys stay.
        clock.advance(PURGE_EVERY)
        _post(client, 4, "k4")
    assert _keys(server.db_path) == {"k1", "k2", "k3", "k4"}
