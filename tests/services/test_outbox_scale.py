"""The outbox at venue scale: the queue's status is kept as it changes (not counted
again for every delivery), the drainer's next choice is a few index seeks, and the staff
view reads one page at a time, in order, without repeating or skipping a row."""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.api.models import (
    Attendee,
    CheckInRequest,
    CheckInResult,
    RegistrationData,
    RegistrationResult,
)
from kiosk.services.outbox import (
    SCHEMA_VERSION,
    STUCK_AFTER,
    STUCK_AFTER_ATTEMPTS,
    Outbox,
    PageKey,
    SubmissionState,
)

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]


def _payload(first: str = "Lena", email: str = "lena@example.org") -> RegistrationData:
    return RegistrationData(
        attendees=[Attendee(first_name=first, last_name="Vogt", email=email)]
    )


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    box = Outbox(tmp_path / "outbox.sqlite3")
    yield box
    box.close()


def _counted(path: Path) -> dict[str, int]:
    """What a full count of the file says, state by state (the reference)."""
    with closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT state, COUNT(*) FROM submissions GROUP BY state").fetchall()
    counted = {"queued": 0, "delivered": 0, "refused": 0}
    counted.update({state: int(n) for state, n in rows})
    return counted


def _kept(path: Path) -> dict[str, int]:
    """What the counters kept by the outbox say."""
    with closing(sqlite3.connect(path)) as db:
        return {state: int(n) for state, n in db.execute("SELECT state, n FROM state_counts")}


def _oldest(outbox: Outbox) -> datetime | None:
    return min((s.created_at for s in outbox.queued()), default=None)


# --------------------------------------------------------------------------- the counts


def test_the_queue_status_stays_right_through_every_change(outbox: Outbox) -> None:
    """Add, deliver, refuse, retry, fail, purge, reopen: the status line's count and the
    oldest time are always what a full count of the queue says."""
    ids = [
        outbox.add("E", "E", _payload(f"P{n}", f"p{n}@example.org"),
                   now=START + timedelta(minutes=n)).id
        for n in range(6)
    ]
    check_in = outbox.add("E", "E", CheckInRequest(check_in_code="7KQ4M2ZP"),
                          now=START + timedelta(minutes=6))

    def consistent() -> tuple[int, datetime | None]:
        status = outbox.queued_count()
        assert status == (len(outbox.queued()), _oldest(outbox))
        assert _kept(outbox.path) == _counted(outbox.path)
        return status

    assert consistent() == (7, START)
    outbox.mark_delivered(ids[0], RegistrationResult(status="Success"), now=START)
    assert consistent() == (6, START + timedelta(minutes=1))
    outbox.mark_refused(ids[1], "full", now=START)
    outbox.mark_refused(check_in.id, "unknown code", CheckInResult(status="UnknownCode"))
    assert consistent() == (4, START + timedelta(minutes=2))
    outbox.record_failed_attempt(ids[2], "server error", now=START)
    outbox.schedule(ids[2], START + timedelta(minutes=30))
    assert consistent() == (4, START + timedelta(minutes=2))
    outbox.requeue(ids[1])  # refused -> queued again
    outbox.requeue(ids[3])  # queued: stays queued, counted once
    assert consistent() == (5, START + timedelta(minutes=1))
    # Delivering or refusing twice (a late answer after a retry) counts once.
    outbox.mark_delivered(ids[1], RegistrationResult(status="Success"), now=START)
    outbox.mark_delivered(ids[1], RegistrationResult(status="Success"), now=START)
    assert consistent() == (4, START + timedelta(minutes=2))
    assert outbox.purge_personal_data(START + timedelta(days=30)) >= 2
    assert consistent() == (4, START + timedelta(minutes=2))
    assert outbox.requeue_many(None) == [ids[2], ids[3], ids[4], ids[5]]  # the purged stay
    assert consistent() == (4, START + timedelta(minutes=2))

    counts = outbox.counts(START)
    assert (counts.queued, counts.refused, counts.stuck) == (4, 1, 0)
    assert counts.oldest_queued == START + timedelta(minutes=2)

    path = outbox.path
    outbox.close()
    reopened = Outbox(path)
    try:
        assert reopened.queued_count() == (4, START + timedelta(minutes=2))
    finally:
        reopened.close()


def test_stuck_ones_are_counted_for_staff(outbox: Outbox) -> None:
    now = START + timedelta(hours=1)
    many = outbox.add("E", "E", _payload("Many"), now=START)
    slow = outbox.add("E", "E", _payload("Slow"), now=START)
    offline = outbox.add("E", "E", _payload("Offline"), now=START)
    outbox.add("E", "E", _payload("Fresh"), now=START)
    for _ in range(STUCK_AFTER_ATTEMPTS):
        outbox.record_failed_attempt(many.id, "server error", now=now)
    outbox.record_failed_attempt(slow.id, "server error", now=now - STUCK_AFTER * 2)
    outbox.record_failed_attempt(offline.id, "unreachable", counts_towards_stuck=False, now=now)

    counts = outbox.counts(now)
    assert (counts.queued, counts.stuck, counts.refused) == (4, 2, 0)
    assert counts.stuck == sum(s.is_stuck(now) for s in outbox.queued())


_WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from kiosk.api.models import Attendee, RegistrationData, RegistrationResult
from kiosk.services.outbox import Outbox
box = Outbox(__import__("pathlib").Path(sys.argv[1]))
n = 0
while True:
    s = box.add("E", "E", RegistrationData(attendees=[Attendee(
        first_name="Crash", last_name=str(n), email=f"c{n}@example.org")]))
    if n % 3 == 0:
        box.mark_delivered(s.id, RegistrationResult(status="Success"))
    elif n % 3 == 1:
        box.mark_refused(s.id, "full")
        box.requeue(s.id)
    n += 1
    if n == 40:
        print("ready", flush=True)
"""


def test_the_counts_survive_a_kiosk_killed_while_writing(tmp_path: Path) -> None:
    """Power cut in the middle of deliveries: the counters change in the same transaction
    as the rows, so after the restart they are exactly what the file holds."""
    path = tmp_path / "outbox.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], cwd=REPO, stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == b"ready"
        deadline = time.monotonic() + 5
        while _counted(path)["queued"] < 60 and time.monotonic() < deadline:
            time.sleep(0.01)  # let it write some more, then cut it off mid-flight
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        if writer.stdout is not None:
            writer.stdout.close()

    box = Outbox(path)
    try:
        counted = _counted(path)
        assert counted["queued"] >= 27
        assert _kept(path) == counted
        assert box.queued_count() == (counted["queued"], _oldest(box))
    finally:
        box.close()


# --------------------------------------------------------------------------- migration

_SCHEMA_3 = """
CREATE TABLE submissions (
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
    next_attempt_at REAL,
    idempotency_key TEXT,
    previous_keys TEXT NOT NULL DEFAULT '[]',
    failures INTEGER NOT NULL DEFAULT 0,
    first_failed_at REAL,
    seen_by_staff_at REAL,
    email_hash BLOB,
    kind TEXT NOT NULL DEFAULT 'registration' CHECK (kind IN ('registration', 'checkin'))
);
CREATE INDEX submissions_queue ON submissions (state, created_at);
CREATE INDEX submissions_email ON submissions (readable_event_id, email_hash);
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE health (id INTEGER PRIMARY KEY, checked_at REAL, room BLOB);
PRAGMA user_version=3;
"""


def test_an_outbox_of_the_previous_kiosk_keeps_every_row_and_counts_them(
    tmp_path: Path,
) -> None:
    """A kiosk updated with submissions in every state: the counts start right, the queue
    goes on in its order, the staff view pages through all of them."""
    path = tmp_path / "outbox.sqlite3"
    t0 = START.timestamp()
    registration = json.dumps(_payload().to_wire())
    rows = [
        # id, created_at, event, payload, state, attempts, failures, first_failed_at, kind
        ("q1", t0 + 1, "E", registration, "queued", 0, 0, None, "registration"),
        ("q2", t0 + 2, "F", registration, "queued", 6, 6, t0, "registration"),  # stuck
        ("q3", t0 + 3, "E", json.dumps({"checkInCode": "7KQ4M2ZP"}), "queued", 0, 0, None,
         "checkin"),
        ("d1", t0 + 4, "E", None, "delivered", 1, 0, None, "registration"),  # purged
        ("d2", t0 + 5, "E", registration, "delivered", 1, 0, None, "registration"),
        ("r1", t0 + 6, "E", registration, "refused", 1, 0, None, "registration"),
        ("r2", t0 + 7, "F", None, "refused", 1, 0, None, "registration"),  # purged
    ]
    with closing(sqlite3.connect(path)) as old:
        old.executescript(_SCHEMA_3)
        old.execute("INSERT INTO meta (key, value) VALUES ('email_salt', ?)", (b"s" * 16,))
        old.executemany(
            "INSERT INTO submissions (id, created_at, readable_event_id, event_name, payload,"
            " state, attempts, failures, first_failed_at, kind, idempotency_key)"
            " VALUES (?, ?, ?, 'Event', ?, ?, ?, ?, ?, ?, ?)",
            [(*row, row[0]) for row in rows],
        )
        old.commit()

    box = Outbox(path)
    try:
        assert box.queued_count() == (3, START + timedelta(seconds=1))
        counts = box.counts(START + timedelta(hours=1))
        assert (counts.queued, counts.refused, counts.stuck) == (3, 2, 1)
        assert _kept(path) == {"queued": 3, "delivered": 2, "refused": 2}
        page = box.undelivered_page(limit=3)
        assert [s.id for s in page.submissions] == ["q1", "q2", "q3"]
        assert (page.offset, page.total, page.has_before, page.has_after) == (0, 5, False, True)
        rest = box.undelivered_page(after=page.keys[-1], limit=3)
        assert [s.id for s in rest.submissions] == ["r1", "r2"]
        assert (rest.offset, rest.has_after) == (3, False)
        # The drainer's order: E's head, then F's stuck one.
        now = START + timedelta(hours=1)
        chosen = box.next_to_send(now)
        assert chosen is not None
        assert chosen.id == "q1"
        box.mark_delivered("q1", RegistrationResult(status="Success"), now=now)
        chosen = box.next_to_send(now)
        assert chosen is not None
        assert chosen.id == "q3"
        assert box.queued_count() == (2, START + timedelta(seconds=2))
    finally:
        box.close()
    with closing(sqlite3.connect(path)) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5


# --------------------------------------------------------------------------- the drainer's choice

# The query before schema 4 (every queued row, ranked): the reference for the seeks.
_REFERENCE = """
WITH queue AS (
    SELECT rowid AS r, readable_event_id, created_at, next_attempt_at,
        (failures >= :attempts OR (first_failed_at IS NOT NULL
            AND first_failed_at < :since)) AS stuck
    FROM submissions WHERE state = 'queued'
), ranked AS (
    SELECT *, ROW_NUMBER() OVER (
        PARTITION BY readable_event_id, stuck ORDER BY created_at, r) AS n
    FROM queue
)
SELECT r FROM ranked WHERE stuck OR n = 1
ORDER BY COALESCE(next_attempt_at > :now, 0),
    CASE WHEN next_attempt_at > :now THEN next_attempt_at END,
    stuck, created_at, r
LIMIT 1
"""


def test_the_next_to_send_is_what_ranking_the_whole_queue_would_choose(
    outbox: Outbox,
) -> None:
    """Random queues of several events, with failures, backoffs, stuck ones, deliveries
    and refusals: the index seeks choose exactly what the old full ranking chose."""
    rng = random.Random(13)
    ids: list[str] = []
    for step in range(400):
        now = START + timedelta(seconds=step * 7)
        action = rng.random()
        if action < 0.4 or not ids:
            ids.append(outbox.add(rng.choice("ABC"), "E", _payload(),
                                  now=now - timedelta(seconds=rng.randint(0, 900))).id)
        else:
            sid = rng.choice(ids)
            if action < 0.6:
                outbox.record_failed_attempt(sid, "server error", now=now
                                             - timedelta(seconds=rng.randint(0, 600)))
            elif action < 0.75:
                outbox.schedule(sid, now + timedelta(seconds=rng.randint(-60, 120)))
            elif action < 0.85:
                outbox.mark_delivered(sid, RegistrationResult(status="Success"))
            elif action < 0.92:
                outbox.mark_refused(sid, "full")
            else:
                outbox.requeue(sid)
        params = {"attempts": STUCK_AFTER_ATTEMPTS, "since": (now - STUCK_AFTER).timestamp(),
                  "now": now.timestamp()}
        with closing(sqlite3.connect(outbox.path)) as db:
            row = db.execute(_REFERENCE, params).fetchone()
            expected = (
                db.execute("SELECT id FROM submissions WHERE rowid = ?", row).fetchone()[0]
                if row else None
            )
        chosen = outbox.next_to_send(now)
        assert (chosen.id if chosen else None) == expected, step


def test_the_hot_queries_read_no_whole_table(outbox: Outbox) -> None:
    """The status line, the drainer's choice and a staff page use indexes: no SCAN of the
    submissions table, and no sort of the whole queue."""
    with closing(sqlite3.connect(outbox.path)) as db:
        from kiosk.services import outbox as module

        queries: list[tuple[str, Any]] = [
            ("SELECT n FROM state_counts WHERE state = 'queued'", ()),
            ("SELECT MIN(created_at) FROM submissions WHERE state = 'queued'", ()),
            (module._NEXT_TO_SEND, {"attempts": 5, "since": 1.0, "now": 2.0}),
            ("SELECT rowid FROM submissions INDEXED BY submissions_undelivered"
             " WHERE state != 'delivered' AND (created_at, rowid) > (?, ?)"
             " ORDER BY created_at, rowid LIMIT 51", (1.0, 1)),
        ]
        for sql, params in queries:
            plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params)]
            for step in plan:
                assert not step.startswith("SCAN submissions ") or "USING INDEX" in step, plan
                assert step != "SCAN submissions", plan
            if "submissions_undelivered" in sql:
                assert not any("TEMP B-TREE" in step for step in plan), plan


# --------------------------------------------------------------------------- staff pages


def test_staff_pages_go_oldest_first_through_everything_while_the_queue_moves(
    outbox: Outbox,
) -> None:
    """New ones arrive and old ones are delivered while staff page through: no row
    shows twice, none that was there all along is missed, the order is the oldest
    first, and the totals are the counts."""
    ids = [
        outbox.add("E", "E", _payload(), now=START + timedelta(seconds=n // 2)).id  # ties
        for n in range(23)
    ]
    outbox.mark_refused(ids[5], "full")
    there_all_along = set(ids[:20])
    seen: list[str] = []
    page = outbox.undelivered_page(limit=5)
    assert (page.offset, page.total, page.has_before) == (0, 23, False)
    arrived = 0
    while True:
        seen.extend(s.id for s in page.submissions)
        created = [s.created_at for s in page.submissions]
        assert created == sorted(created)
        # Meanwhile: one is delivered from further on, and a new one is queued.
        delivered = ids[20 + arrived] if arrived < 3 else None
        if delivered is not None:
            outbox.mark_delivered(delivered, RegistrationResult(status="Success"))
        outbox.add("E", "E", _payload(), now=START + timedelta(minutes=5, seconds=arrived))
        arrived += 1
        if not page.has_after:
            break
        page = outbox.undelivered_page(after=page.keys[-1], limit=5)

    assert len(seen) == len(set(seen))
    assert there_all_along <= set(seen)
    assert not set(ids[20:23]) & set(seen)  # delivered before staff reached them
    assert len(seen) == 20 + arrived - 1  # the last one came after the last page was read
    assert outbox.undelivered_page(limit=5).total == 20 + arrived


def test_staff_can_go_back_a_page_and_read_the_same_page_again(outbox: Outbox) -> None:
    ids = [outbox.add("E", "E", _payload(), now=START + timedelta(seconds=n)).id
           for n in range(12)]
    first = outbox.undelivered_page(limit=5)
    second = outbox.undelivered_page(after=first.keys[-1], limit=5)
    third = outbox.undelivered_page(after=second.keys[-1], limit=5)
    assert [s.id for s in third.submissions] == ids[10:]
    assert (third.offset, third.has_before, third.has_after) == (10, True, False)
    back = outbox.undelivered_page(before=third.keys[0], limit=5)
    assert [s.id for s in back.submissions] == ids[5:10]
    assert (back.offset, back.has_before, back.has_after) == (5, True, True)
    # Two delivered on the first page: going back shows the first five that are left.
    outbox.mark_delivered(ids[0], RegistrationResult(status="Success"))
    outbox.mark_delivered(ids[1], RegistrationResult(status="Success"))
    front = outbox.undelivered_page(before=back.keys[0], limit=5)
    assert [s.id for s in front.submissions] == ids[2:7]
    assert (front.offset, front.has_before) == (0, False)
    # The page shown, read again (the live refresh) from its first row.
    again = outbox.undelivered_page(start=second.keys[0], limit=5)
    assert [s.id for s in again.submissions] == ids[5:10]
    key: PageKey = second.keys[0]
    outbox.mark_delivered(ids[5], RegistrationResult(status="Success"))
    moved = outbox.undelivered_page(start=key, limit=5)
    assert [s.id for s in moved.submissions] == ids[6:11]
    assert outbox.undelivered_page(limit=5).total == 9


def test_retry_of_many_is_one_transaction_and_keeps_the_rules(outbox: Outbox) -> None:
    queued = outbox.add("E", "E", _payload())
    refused = outbox.add("E", "E", _payload())
    delivered = outbox.add("E", "E", _payload())
    outbox.schedule(queued.id, START + timedelta(days=400))
    outbox.mark_refused(refused.id, "full")
    outbox.mark_delivered(delivered.id, RegistrationResult(status="Success"))

    chosen = outbox.requeue_many([queued.id, refused.id, delivered.id, "missing"])
    assert chosen == [queued.id, refused.id]
    again = outbox.get(refused.id)
    assert again is not None
    assert again.state is SubmissionState.QUEUED
    assert again.previous_keys == (refused.id,)
    assert again.idempotency_key != refused.id
    kept = outbox.get(queued.id)
    assert kept is not None
    assert kept.next_attempt_at is None
    assert kept.idempotency_key == queued.id
    assert outbox.states_of([queued.id, delivered.id, "missing"]) == {
        queued.id: SubmissionState.QUEUED, delivered.id: SubmissionState.DELIVERED,
    }


def test_nothing_personal_is_logged(outbox: Outbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = _payload("Zebedee", "zebedee.secret@example.org")
    submission = outbox.add("E", "E", secret)
    outbox.mark_refused(submission.id, "full")
    outbox.requeue_many(None)
    outbox.undelivered_page(limit=5)
    outbox.counts(START)
    outbox.next_to_send(START)
    assert submission.id in caplog.text  # ids are logged ...
    assert "Zebedee" not in caplog.text  # ... names and e-mails never
    assert "zebedee.secret" not in caplog.text
