"""Staff's "retry now": a refused registration is a new attempt (a new Idempotency-Key),
a queued one is the same attempt (the same key), against a real local server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fault_proxy import Fault, FaultProxy
from faultkit import (
    TINY,
    Kiosk,
    assert_delivered_once,
    draft,
    fill_tiny,
    key_count,
    registrations_for,
    write_seed,
)

from kiosk.api.models import RegistrationErrorCode
from kiosk.server.db import Database
from kiosk.server.loader import load_seed_file
from kiosk.server.runner import RunningServer
from kiosk.services.outbox import SubmissionState


def _raise_tiny_capacity(server: RunningServer, tmp_path: Path) -> None:
    """The organiser adds a seat: the same seed with a higher capacity, loaded by the
    server's own loader over its database (registrations are kept)."""
    seed = write_seed(tmp_path / "more-seats.json", tiny_capacity=2)
    db = Database.open(server.db_path)
    try:
        load_seed_file(db, seed, lambda: datetime.now(UTC))
    finally:
        db.close()


def test_retrying_a_refused_registration_after_a_seat_is_added_registers_it(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer, tmp_path: Path
) -> None:
    details = kiosk.details(TINY)
    fill_tiny(server)
    attendee = draft("second-chance")
    refused = kiosk.registration.submit(attendee, details)
    assert refused.state is SubmissionState.REFUSED
    assert refused.error_code == RegistrationErrorCode.EVENT_FULL

    _raise_tiny_capacity(server, tmp_path)
    kiosk.outbox.requeue(refused.submission_id)
    kiosk.start_drainer()
    kiosk.wait_drained()

    stored = kiosk.outbox.get(refused.submission_id)
    assert stored is not None
    assert stored.id == refused.submission_id
    assert stored.previous_keys == (refused.submission_id,)
    assert stored.idempotency_key != refused.submission_id
    assert_delivered_once(server.db_path, stored, attendee.email)
    assert key_count(server.db_path, stored.idempotency_key) == 1
    # The refusal stays on record under the old key.
    assert key_count(server.db_path, refused.submission_id) == 1


def test_retrying_a_queued_registration_keeps_its_key_and_registers_once(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    """The server registered it but the answer was lost: a new key would register the
    attendee a second time."""
    attendee = draft("answer-lost")
    proxy.inject(Fault.DROP)
    outcome = kiosk.registration.submit(attendee, kiosk.details())
    assert outcome.state is SubmissionState.QUEUED
    assert len(registrations_for(server.db_path, attendee.email)) == 1

    kiosk.outbox.requeue(outcome.submission_id)
    queued = kiosk.outbox.get(outcome.submission_id)
    assert queued is not None
    assert queued.idempotency_key == outcome.submission_id
    assert queued.previous_keys == ()
    kiosk.start_drainer()
    kiosk.wait_drained()

    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)
