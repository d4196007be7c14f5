"""The outbox keeps every submission durably, in order, privately."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.api.models import Attendee, RegistrationData, RegistrationResult
from kiosk.services.outbox import Outbox, OutboxError, SubmissionState


def _payload(first: str = "Lena") -> RegistrationData:
    return RegistrationData(
        attendees=[Attendee(first_name=first, last_name="Vogt", email="lena@example.org")]
    )


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
