"""Every network fault between the kiosk and the server: the registration is delivered
exactly once in the end, and the attendee was told the truth meanwhile.

Each test submits through the real service layer (outbox first, then the API with the
submission id as Idempotency-Key) via the fault proxy to a real local events server,
then lets the real drainer finish the job. Exactly once is checked on the server's own
database and on the wire (of all the POSTs that reached the server, exactly one was a
first write; every other one was answered from the Idempotency-Key store).
"""

from __future__ import annotations

import pytest
from fault_proxy import Fault, FaultProxy
from faultkit import (
    EVENT,
    SPOILED,
    TINY,
    Kiosk,
    assert_delivered_once,
    draft,
    event_registration_total,
    fill_tiny,
    registrations_for,
    wait_until,
)

from kiosk.api.errors import (
    ApiError,
    ApiUnreachableError,
    RateLimitedError,
    ServerError,
)
from kiosk.server.runner import RunningServer
from kiosk.services.outbox import SubmissionState


def _writes(proxy: FaultProxy) -> tuple[int, int]:
    """(first writes, replayed answers) among the registration POSTs the server saw."""
    posts = [e for e in proxy.exchanges if e.forwarded and e.method == "POST"]
    return sum(not e.replayed for e in posts), sum(e.replayed for e in posts)


@pytest.mark.parametrize(("fault", "reaches_server", "error_type"), SPOILED)
def test_a_spoiled_answer_keeps_the_submission_queued_until_delivered_once(
    kiosk: Kiosk,
    proxy: FaultProxy,
    server: RunningServer,
    fault: Fault,
    reaches_server: bool,
    error_type: type[ApiError],
) -> None:
    details = kiosk.details()
    attendee = draft("spoiled")
    proxy.inject(fault, delay=1.0)

    outcome = kiosk.registration.submit(attendee, details)

    # Honest: "saved on this kiosk, will be sent automatically" - not delivered, not refused.
    assert outcome.state is SubmissionState.QUEUED
    assert isinstance(outcome.error, error_type)
    assert outcome.check_in_code is None
    stored = kiosk.outbox.get(outcome.submission_id)
    assert stored is not None
    assert stored.state is SubmissionState.QUEUED
    assert stored.attempts == 1
    if not reaches_server:
        assert registrations_for(server.db_path, attendee.email) == []

    kiosk.start_drainer()
    kiosk.wait_drained()

    if fault is Fault.DELAY:
        # The held request reaches the server late, after the drainer's resend.
        assert wait_until(lambda: proxy.forwarded() == 2, 5.0)
    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)
    first_writes, replays = _writes(proxy)
    assert first_writes == 1
    assert replays == (1 if reaches_server else 0)
    assert event_registration_total(server.db_path) == 1
    assert kiosk.client.event_registration_count(EVENT) == 1


def test_refused_connections_keep_it_queued_until_the_api_is_back(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    details = kiosk.details()
    attendee = draft("refused")
    proxy.refuse()

    outcome = kiosk.registration.submit(attendee, details)

    assert outcome.state is SubmissionState.QUEUED
    assert isinstance(outcome.error, ApiUnreachableError)
    kiosk.start_drainer()

    def attempts() -> int:
        stored = kiosk.outbox.get(outcome.submission_id)
        return stored.attempts if stored else 0

    assert wait_until(lambda: attempts() >= 3, 5.0), "the drainer does not retry"
    assert kiosk.queued() == 1
    assert registrations_for(server.db_path, attendee.email) == []

    proxy.restore()
    kiosk.wait_drained()

    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)
    assert _writes(proxy) == (1, 0)


@pytest.mark.parametrize("retry_after", ["1", "0"])
def test_429_keeps_it_queued_and_the_drainer_waits_as_long_as_retry_after_says(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer, retry_after: str
) -> None:
    details = kiosk.details()
    attendee = draft("busy")
    proxy.inject(Fault.RATE_LIMIT, retry_after=retry_after)

    outcome = kiosk.registration.submit(attendee, details)

    assert outcome.state is SubmissionState.QUEUED
    assert isinstance(outcome.error, RateLimitedError)
    assert outcome.error.retry_after == float(retry_after)
    assert registrations_for(server.db_path, attendee.email) == []
    # The probe answers at once (the limiter only answers the POST), yet Retry-After holds.
    kiosk.start_drainer()
    kiosk.wait_drained()

    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)
    posts = [e for e in proxy.exchanges if e.method == "POST"]
    assert [e.fault for e in posts] == [Fault.RATE_LIMIT, None]
    waited = posts[1].at - posts[0].at
    assert waited >= float(retry_after) - 0.05, f"resent after {waited:.2f}s"
    assert _writes(proxy) == (1, 0)


def test_a_500_after_the_server_committed_is_delivered_once(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    details = kiosk.details()
    attendee = draft("gateway")
    proxy.inject(Fault.SERVER_ERROR, forward=True)

    outcome = kiosk.registration.submit(attendee, details)

    assert outcome.state is SubmissionState.QUEUED
    assert isinstance(outcome.error, ServerError)
    assert len(registrations_for(server.db_path, attendee.email)) == 1  # committed, unanswered
    kiosk.start_drainer()
    kiosk.wait_drained()

    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)
    assert _writes(proxy) == (1, 1)


def test_json_labelled_as_html_is_still_the_servers_answer(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    details = kiosk.details()
    attendee = draft("mislabelled")
    proxy.inject(Fault.WRONG_CONTENT_TYPE)

    outcome = kiosk.registration.submit(attendee, details)

    # It *was* delivered, and the body says so: telling the attendee is the truth.
    assert outcome.state is SubmissionState.DELIVERED
    assert outcome.check_in_code
    assert kiosk.queued() == 0
    assert_delivered_once(server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email)
    assert _writes(proxy) == (1, 0)


def test_one_submission_through_every_fault_in_a_row_is_delivered_once(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    details = kiosk.details()
    attendee = draft("storm")
    for fault in (
        Fault.DROP, Fault.RESET, Fault.SERVER_ERROR, Fault.TRUNCATED, Fault.MALFORMED_JSON,
        Fault.HTML_PAGE, Fault.RATE_LIMIT, Fault.DELAY,
    ):
        proxy.inject(fault, retry_after="0", delay=0.7)

    outcome = kiosk.registration.submit(attendee, details)
    assert outcome.state is SubmissionState.QUEUED
    kiosk.start_drainer()
    kiosk.wait_drained(timeout=20.0)

    stored = kiosk.outbox.get(outcome.submission_id)
    assert stored is not None
    assert stored.attempts == 9  # eight spoiled answers, then the delivery
    assert wait_until(lambda: proxy.forwarded() == 7, 5.0)  # the delayed one lands late
    assert_delivered_once(server.db_path, stored, attendee.email)
    assert _writes(proxy) == (1, 6)


# --------------------------------------------------------------------------- real refusals


def test_a_real_refusal_is_refused_with_the_servers_words(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    details = kiosk.details(TINY)  # counted while the seat was still free
    fill_tiny(server)
    attendee = draft("late")

    outcome = kiosk.registration.submit(attendee, details)

    assert outcome.state is SubmissionState.REFUSED
    assert outcome.reason
    stored = kiosk.outbox.get(outcome.submission_id)
    assert stored is not None
    assert stored.state is SubmissionState.REFUSED
    assert stored.last_error == outcome.reason
    assert registrations_for(server.db_path, attendee.email) == []


def test_a_refusal_whose_answer_was_lost_is_queued_then_refused(
    kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    details = kiosk.details(TINY)
    fill_tiny(server)
    attendee = draft("late-and-unlucky")
    proxy.inject(Fault.DROP)

    outcome = kiosk.registration.submit(attendee, details)

    assert outcome.state is SubmissionState.QUEUED  # nobody knows the answer yet
    kiosk.start_drainer()
    kiosk.wait_drained()
    stored = kiosk.outbox.get(outcome.submission_id)
    assert stored is not None
    assert stored.state is SubmissionState.REFUSED
    assert stored.last_error
    assert stored.result is not None
    assert stored.result.failed
    assert registrations_for(server.db_path, attendee.email) == []
    assert _writes(proxy) == (1, 1)
