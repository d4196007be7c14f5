"""One submission the API keeps failing must not hold up the others behind it.

A real local server behind the fault proxy; the proxy answers 500 to every POST that
carries one submission's Idempotency-Key (the others pass through to the server).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fault_proxy import Fault, FaultProxy
from faultkit import EVENT, Kiosk, assert_delivered_once, draft, registrations_for, wait_until

from kiosk.server.runner import RunningServer
from kiosk.services.outbox import STUCK_AFTER_ATTEMPTS, Submission, SubmissionState
from kiosk.services.registration import build_payload


def _store(kiosk: Kiosk, name: str, at: datetime) -> Submission:
    details = kiosk.details()
    attendee = draft(name)
    payload = build_payload(attendee, details, kiosk.registration.plan(details, attendee))
    return kiosk.outbox.add(EVENT, details.event.event_name, payload, now=at)


def test_a_poisoned_submission_does_not_block_the_ones_behind_it(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    start = datetime.now(UTC) - timedelta(minutes=1)
    poisoned = _store(kiosk, "poisoned", start)
    good = [_store(kiosk, f"good-{n}", start + timedelta(seconds=n + 1)) for n in range(3)]
    proxy.inject(Fault.SERVER_ERROR, key=poisoned.id, times=1_000_000)

    kiosk.start_drainer()

    def delivered(submission: Submission) -> bool:
        stored = kiosk.outbox.get(submission.id)
        return stored is not None and stored.state is SubmissionState.DELIVERED

    assert wait_until(lambda: all(delivered(s) for s in good), 15.0), [
        (s.id, s.attempts, s.last_error) for s in kiosk.outbox.queued()
    ]
    for submission in good:
        assert submission.payload is not None
        address = submission.payload.attendees[0].email
        assert_delivered_once(server.db_path, kiosk.outbox.get(submission.id), address)

    # Never lost, never refused: still queued, and staff see it as stuck, with the reason.
    stuck = kiosk.outbox.get(poisoned.id)
    assert stuck is not None
    assert stuck.state is SubmissionState.QUEUED
    assert stuck.stuck
    assert stuck.attempts >= STUCK_AFTER_ATTEMPTS
    assert stuck.last_error == "server error"
    assert registrations_for(server.db_path, draft("poisoned").email) == []

    # Per-event order until it was stuck: the poisoned one alone, five times; then the
    # good ones, oldest first, before the stuck one is tried again.
    keys = [e.key for e in proxy.exchanges if e.method == "POST"]
    expected = [poisoned.id] * STUCK_AFTER_ATTEMPTS + [s.id for s in good]
    assert keys[: len(expected)] == expected

    # Retried on its own backoff; delivered once the API stops failing it.
    tried = stuck.attempts
    assert wait_until(lambda: (kiosk.outbox.get(poisoned.id) or stuck).attempts > tried, 10.0)
    proxy.clear()
    kiosk.wait_drained()
    assert_delivered_once(
        server.db_path, kiosk.outbox.get(poisoned.id), draft("poisoned").email
    )
