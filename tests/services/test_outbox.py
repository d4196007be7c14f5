"""The outbox keeps every submission durably, in order, privately."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.api.models import (
    Attendee,
    CheckInRequest,
    CheckInResult,
    RegistrationData,
    RegistrationResult,
)
from kiosk.services.outbox import (
    READ_ONLY,
    REFUSED_UNSEEN_GRACE,
    SCHEMA_VERSION,
    STUCK_AFTER,
    STUCK_AFTER_ATTEMPTS,
    Outbox,
    OutboxError,
    Submission,
    SubmissionKind,
    SubmissionState,
)


def _payload(first: str = "Lena") -> RegistrationData:
    return RegistrationData(
        attendees=[Attendee(first_name=first, last_name="Vogt", email="lena@example.org")]
    )


def _get(outbox: Outbox, submission_id: str) -> Submission:
    stored = outbox.get(submission_id)
    assert stored is not None
    return stored


def _next(outbox: Outbox, now: datetime) -> str | None:
    chosen = outbox.next_to_send(now)
    return chosen.id if chosen else None


@pytest.fixture
def outbox(tmp_path: Path):
    box = Outbox(tmp_path / "outbox.sqlite3")
    yield box
    box.close()


def test_a_stored_submission_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    first = Outbox(path)
    submission = first.add("Summit", "Summit 2026", _payload())
    first.close()

    again = Outbox(path)
    try:
        stored = again.get(submission.id)
        assert stored is not None
        assert stored.state is SubmissionState.QUEUED
        assert stored.payload == _payload()
        assert stored.event_name == "Summit 2026"
    finally:
        again.close()


def test_files_are_readable_by_the_owner_only(outbox: Outbox) -> None:
    outbox.add("Summit", "Summit", _payload())
    for path in outbox.path.parent.iterdir():
        if path.name.startswith("outbox.sqlite3"):
            mode = stat.S_IMODE(os.stat(path).st_mode)
            assert mode & 0o077 == 0, f"{path.name} is {oct(mode)}"


def test_the_database_is_in_wal_mode_with_full_sync(outbox: Outbox) -> None:
    connection = sqlite3.connect(outbox.path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()


def test_queue_is_oldest_first_and_counts_what_waits(outbox: Outbox) -> None:
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    ids = [
        outbox.add("E", "E", _payload(name), now=start + timedelta(seconds=n)).id
        for n, name in enumerate(["A", "B", "C"])
    ]
    assert [s.id for s in outbox.queued()] == ids
    count, oldest = outbox.queued_count()
    assert (count, oldest) == (3, start)

    outbox.mark_delivered(ids[0], RegistrationResult(status="Success"))
    outbox.mark_refused(ids[1], "The event has reached its maximum capacity.")
    assert [s.id for s in outbox.queued()] == [ids[2]]
    refused = outbox.get(ids[1])
    assert refused is not None
    assert refused.state is SubmissionState.REFUSED
    assert refused.last_error == "The event has reached its maximum capacity."
    assert [s.id for s in outbox.undelivered()] == [ids[1], ids[2]]


def test_a_failed_attempt_keeps_the_submission_queued(outbox: Outbox) -> None:
    submission = outbox.add("E", "E", _payload())
    outbox.record_failed_attempt(submission.id, "unreachable")
    stored = outbox.get(submission.id)
    assert stored is not None
    assert stored.state is SubmissionState.QUEUED
    assert stored.attempts == 1
    assert stored.last_error == "unreachable"


def test_staff_can_requeue_a_refused_submission(outbox: Outbox) -> None:
    submission = outbox.add("E", "E", _payload())
    outbox.mark_refused(submission.id, "full")
    outbox.requeue(submission.id)
    stored = outbox.get(submission.id)
    assert stored is not None
    assert stored.state is SubmissionState.QUEUED


def test_a_database_from_a_newer_kiosk_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version=99")
    connection.close()
    with pytest.raises(OutboxError, match="newer kiosk"):
        Outbox(path)


def test_a_corrupt_file_is_an_outbox_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(OutboxError, match="cannot be opened"):
        Outbox(path)


def test_delivered_attendee_data_is_purged_after_the_period_ids_and_status_stay(
    outbox: Outbox,
) -> None:
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    old = outbox.add("E", "E", _payload("Old"), now=start)
    recent = outbox.add("E", "E", _payload("Recent"), now=start)
    waiting = outbox.add("E", "E", _payload("Waiting"), now=start)
    outbox.mark_delivered(old.id, RegistrationResult(status="Success"), now=start)
    outbox.mark_delivered(
        recent.id, RegistrationResult(status="Success"), now=start + timedelta(hours=23)
    )

    now = start + timedelta(hours=25)
    purged = outbox.purge_personal_data(now - timedelta(hours=24))

    assert purged == 1
    gone = outbox.get(old.id)
    assert gone is not None
    assert gone.payload is None
    assert gone.state is SubmissionState.DELIVERED
    kept = outbox.get(recent.id)
    assert kept is not None
    assert kept.payload is not None
    # Never purge what has not been delivered yet.
    queued = outbox.get(waiting.id)
    assert queued is not None
    assert queued.payload == _payload("Waiting")


# --------------------------------------------------------------------------- schema 1 files

_SCHEMA_1 = """
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
PRAGMA user_version=1;
"""


def test_an_outbox_written_by_the_previous_kiosk_is_migrated_in_place(tmp_path: Path) -> None:
    """A kiosk updated with registrations still queued must send them, with their old
    keys, and still know who is already registered; the freed pages of the old file
    (purged without secure_delete) are rewritten."""
    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.execute("PRAGMA journal_mode=WAL")
    old.execute("PRAGMA secure_delete=OFF")  # SQLite's default (Debian builds turn it on)
    old.executescript(_SCHEMA_1)
    old.execute(
        "INSERT INTO submissions (id, created_at, readable_event_id, event_name, payload,"
        " state) VALUES ('purged', 1.0, 'E', 'E', ?, 'delivered')",
        # Long enough to spill into overflow pages, which the purge then freed intact.
        (json.dumps(_payload("x" * 8000 + "Forgotten-Name").to_wire()),),
    )
    old.execute("UPDATE submissions SET payload = NULL WHERE id = 'purged'")
    old.execute(
        "INSERT INTO submissions (id, created_at, readable_event_id, event_name, payload,"
        " state, attempts, last_error) VALUES ('waiting', 2.0, 'E', 'E', ?, 'queued', 2,"
        " 'server error')",
        (json.dumps(_payload().to_wire()),),
    )
    old.commit()
    old.close()
    assert b"Forgotten-Name" in path.read_bytes()

    box = Outbox(path)
    try:
        waiting = box.get("waiting")
        assert waiting is not None
        assert waiting.state is SubmissionState.QUEUED
        assert waiting.idempotency_key == "waiting"
        assert waiting.previous_keys == ()
        assert waiting.failures == 2
        assert waiting.payload == _payload()
        found = box.registered_earlier("E", "LENA@example.org")
        assert found is not None
        assert found.id == "waiting"
        assert b"Forgotten-Name" not in path.read_bytes()
    finally:
        box.close()
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert check.execute("PRAGMA auto_vacuum").fetchone()[0] == 1  # FULL
    finally:
        check.close()


# --------------------------------------------------------------------------- schema 2 files

_SCHEMA_2 = _SCHEMA_1.replace("PRAGMA user_version=1;", "") + """
ALTER TABLE submissions ADD COLUMN idempotency_key TEXT;
ALTER TABLE submissions ADD COLUMN previous_keys TEXT NOT NULL DEFAULT '[]';
ALTER TABLE submissions ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN first_failed_at REAL;
ALTER TABLE submissions ADD COLUMN seen_by_staff_at REAL;
ALTER TABLE submissions ADD COLUMN email_hash BLOB;
CREATE INDEX submissions_email ON submissions (readable_event_id, email_hash);
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE health (id INTEGER PRIMARY KEY, checked_at REAL, room BLOB);
PRAGMA user_version=2;
"""


def test_a_version_2_outbox_keeps_its_registrations_and_takes_check_ins(tmp_path: Path) -> None:
    """A kiosk updated to check-ins still sends the registrations it had queued, still
    knows who registered, and can queue check-ins beside them."""
    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(_SCHEMA_2)
    old.execute("INSERT INTO meta (key, value) VALUES ('email_salt', ?)", (b"s" * 16,))
    old.execute(
        "INSERT INTO submissions (id, created_at, readable_event_id, event_name, payload,"
        " state, idempotency_key, email_hash) VALUES ('waiting', 2.0, 'E', 'E', ?, 'queued',"
        " 'waiting', NULL)",
        (json.dumps(_payload().to_wire()),),
    )
    old.commit()
    old.close()

    box = Outbox(path)
    try:
        waiting = _get(box, "waiting")
        assert waiting.kind is SubmissionKind.REGISTRATION
        assert waiting.payload == _payload()
        assert waiting.attendee_label == "Lena Vogt"
        check_in = box.add("E", "E", CheckInRequest(check_in_code="7KQ4M2ZP"))
        assert [s.id for s in box.queued()] == ["waiting", check_in.id]
        assert _get(box, check_in.id).kind is SubmissionKind.CHECK_IN
    finally:
        box.close()
    with closing(sqlite3.connect(path)) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5


def test_a_check_in_holds_no_name_and_its_code_is_purged_like_attendee_data(
    outbox: Outbox,
) -> None:
    """A check-in's code and the first name in its answer leave with delivered registrations;
    it never counts as someone registered (the offline duplicate check)."""
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    request = CheckInRequest(check_in_code="7KQ4M2ZP", readable_event_id="E")
    check_in = outbox.add("E", "E", request, now=start)
    outbox.mark_delivered(
        check_in.id, CheckInResult(status="CheckedIn", first_name="Lena"), now=start
    )
    stored = _get(outbox, check_in.id)
    assert (stored.kind, stored.payload, stored.attendee_label) == (
        SubmissionKind.CHECK_IN, request, "")
    assert isinstance(stored.result, CheckInResult)
    assert outbox.registered_earlier("E", "lena@example.org") is None

    assert outbox.purge_personal_data(start + timedelta(hours=1)) == 1

    purged = _get(outbox, check_in.id)
    assert (purged.payload, purged.result, purged.state) == (None, None, SubmissionState.DELIVERED)
    files = [outbox.path, outbox.path.with_name(outbox.path.name + "-wal")]
    data = b"".join(f.read_bytes() for f in files if f.exists())
    assert b"7KQ4M2ZP" not in data
    assert b"Lena" not in data


# --------------------------------------------------------------------------- purge rules


def test_refused_data_is_purged_on_the_same_clock_once_staff_have_seen_it(
    outbox: Outbox,
) -> None:
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    seen_early = outbox.add("E", "E", _payload("Early"), now=start)
    seen_late = outbox.add("E", "E", _payload("Late"), now=start)
    unseen = outbox.add("E", "E", _payload("Unseen"), now=start)
    waiting = outbox.add("E", "E", _payload("Waiting"), now=start)
    for submission in (seen_early, seen_late, unseen):
        outbox.mark_refused(submission.id, "full", now=start)
    outbox.mark_seen_by_staff([seen_early.id, waiting.id], start)
    outbox.mark_seen_by_staff([seen_early.id, seen_late.id], start + timedelta(hours=23))

    purged = outbox.purge_personal_data(start + timedelta(hours=1))

    assert purged == 1
    assert [s.id for s in outbox.undelivered() if s.payload is None] == [seen_early.id]
    early = outbox.get(seen_early.id)
    assert early is not None
    assert early.state is SubmissionState.REFUSED
    assert early.seen_by_staff_at == start  # the first time staff saw it counts
    assert early.last_error == "full"


def test_a_refusal_nobody_saw_is_purged_a_week_after_the_usual_clock(outbox: Outbox) -> None:
    """Without a PIN the staff view shows no names, so nobody "sees" a refusal: its details
    must still not stay on the kiosk forever."""
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    unseen = outbox.add("E", "E", _payload("Unseen"), now=start)
    outbox.mark_refused(unseen.id, "full", now=start)

    assert outbox.purge_personal_data(start + REFUSED_UNSEEN_GRACE - timedelta(minutes=1)) == 0
    assert outbox.purge_personal_data(start + REFUSED_UNSEEN_GRACE + timedelta(minutes=1)) == 1
    assert _get(outbox, unseen.id).payload is None


# --------------------------------------------------------------------------- stuck


def test_a_submission_the_api_keeps_failing_is_stuck_and_steps_out_of_line(
    outbox: Outbox,
) -> None:
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    head = outbox.add("E", "E", _payload("Head"), now=start)
    behind = outbox.add("E", "E", _payload("Behind"), now=start + timedelta(seconds=1))
    other = outbox.add("F", "F", _payload("Other"), now=start + timedelta(seconds=2))
    outbox.schedule(other.id, start + timedelta(hours=1))
    for n in range(STUCK_AFTER_ATTEMPTS - 1):
        outbox.record_failed_attempt(head.id, "server error", now=start + timedelta(seconds=n))
    outbox.schedule(head.id, start + timedelta(seconds=30))
    now = start + timedelta(seconds=10)

    assert not _get(outbox, head.id).is_stuck(now)
    # Its event's line waits for the head's backoff; the other event's is not due yet.
    assert _next(outbox, now) == head.id

    outbox.record_failed_attempt(head.id, "server error", now=now)
    stuck = _get(outbox, head.id)
    assert stuck.is_stuck(now)
    assert stuck.stuck
    assert stuck.state is SubmissionState.QUEUED
    assert _next(outbox, now) == behind.id
    outbox.mark_delivered(behind.id, RegistrationResult(status="Success"))
    # Nothing else due: the stuck one is next, before a submission due later.
    assert _next(outbox, now) == head.id


def test_failing_for_five_minutes_is_stuck_but_a_network_failure_does_not_count(
    outbox: Outbox,
) -> None:
    start = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    answered = outbox.add("E", "E", _payload("Answered"), now=start)
    offline = outbox.add("E", "E", _payload("Offline"), now=start)
    outbox.record_failed_attempt(answered.id, "invalid response", now=start)
    for n in range(STUCK_AFTER_ATTEMPTS + 1):
        outbox.record_failed_attempt(
            offline.id, "unreachable", counts_towards_stuck=False, now=start + timedelta(seconds=n)
        )

    assert not _get(outbox, answered.id).is_stuck(start + STUCK_AFTER)
    assert _get(outbox, answered.id).is_stuck(start + STUCK_AFTER + timedelta(seconds=1))
    offline_now = _get(outbox, offline.id)
    assert offline_now.attempts == STUCK_AFTER_ATTEMPTS + 1  # staff still see every try
    assert not offline_now.is_stuck(start + timedelta(hours=1))


# --------------------------------------------------------------------------- retry keys


def test_retrying_a_refused_submission_is_a_new_attempt_with_a_new_key(outbox: Outbox) -> None:
    submission = outbox.add("E", "E", _payload())
    outbox.mark_refused(submission.id, "full")
    outbox.requeue(submission.id)
    first = _get(outbox, submission.id)
    outbox.mark_refused(submission.id, "still full")
    outbox.requeue(submission.id)
    second = _get(outbox, submission.id)

    assert second.state is SubmissionState.QUEUED
    assert len({submission.id, first.idempotency_key, second.idempotency_key}) == 3
    assert second.previous_keys == (submission.id, first.idempotency_key)


def test_retrying_a_queued_submission_keeps_its_key(outbox: Outbox) -> None:
    submission = outbox.add("E", "E", _payload())
    outbox.record_failed_attempt(submission.id, "unreachable", counts_towards_stuck=False)
    outbox.schedule(submission.id, datetime.now(UTC) + timedelta(minutes=1))
    outbox.requeue(submission.id)
    stored = _get(outbox, submission.id)
    assert stored.idempotency_key == submission.id
    assert stored.previous_keys == ()
    assert stored.next_attempt_at is None  # "retry now"


# --------------------------------------------------------------------------- unusable files


def test_an_outbox_that_cannot_be_written_raises_outbox_errors_with_plain_reasons(
    outbox: Outbox,
) -> None:
    """Every write fails the same way, never as a raw sqlite3 error, and the message
    names no attendee."""
    submission = outbox.add("E", "E", _payload("Secret-First-Name"))
    outbox.mark_refused(submission.id, "full")
    with outbox._lock:
        outbox._db.execute("PRAGMA query_only=ON")  # what a read-only remount does
    now = datetime.now(UTC)
    writes = [
        lambda: outbox.add("E", "E", _payload("Secret-First-Name")),
        lambda: outbox.mark_delivered(submission.id, RegistrationResult(status="Success")),
        lambda: outbox.mark_refused(submission.id, "full"),
        lambda: outbox.record_failed_attempt(submission.id, "server error"),
        lambda: outbox.schedule(submission.id, now),
        lambda: outbox.requeue(submission.id),
        lambda: outbox.mark_seen_by_staff([submission.id], now),
        lambda: outbox.purge_personal_data(now),
        outbox.check_writable,
    ]
    for write in writes:
        with pytest.raises(OutboxError) as caught:
            write()
        assert caught.value.reason == READ_ONLY
        assert "Secret" not in str(caught.value)
        assert "lena@" not in str(caught.value)
    assert _get(outbox, submission.id).state is SubmissionState.REFUSED  # readable still


def test_reads_of_a_closed_outbox_are_outbox_errors(outbox: Outbox) -> None:
    outbox.close()
    reads = [
        lambda: outbox.get("x"),
        outbox.queued,
        outbox.undelivered,
        outbox.queued_count,
        lambda: outbox.next_to_send(datetime.now(UTC)),
        lambda: outbox.registered_earlier("E", "lena@example.org"),
    ]
    for read in reads:
        with pytest.raises(OutboxError):
            read()


_OPENER = """
import ctypes, os, sys
from pathlib import Path

if os.geteuid() == 0 and sys.argv[-1] != "--dropped":
    # Root writes any file. Drop the capabilities that let it ignore file permissions
    # (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) from the bounding set and exec again: the new
    # program is an ordinary owner of a file that is mode 0400.
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    for capability in (1, 2):
        if prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop a capability")
    os.execv(sys.executable, [sys.executable, *sys.argv, "--dropped"])

from kiosk.services.outbox import Outbox, OutboxError

try:
    Outbox(Path(sys.argv[1])).close()
except OutboxError as exc:
    print(f"{exc.reason}|{exc}")
else:
    print("opened")
"""


def test_a_read_only_outbox_file_is_refused_when_opened(tmp_path: Path) -> None:
    """Found at start-up (staff get the notice), not at the first registration. The
    file is opened in a subprocess that may not write it: as root, one without the
    capabilities that bypass file permissions (a setuid to 'nobody' cannot run the
    interpreter here, which lives under /root)."""
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    box.add("E", "E", _payload())
    box.close()
    path.chmod(0o400)
    opener = tmp_path / "opener.py"
    opener.write_text(_OPENER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(opener), str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    reason, _, message = result.stdout.strip().partition("|")
    assert reason == READ_ONLY
    assert "read-only" in message
