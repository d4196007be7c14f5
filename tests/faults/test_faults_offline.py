"""The API down when the kiosk starts: the cached catalog is shown (marked stale), new
registrations are queued, and when the API returns the catalog is live again and the
queue drains by itself, woken by the drainer's probe rather than by anyone's action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fault_proxy import Fault, FaultProxy
from faultkit import (
    EVENT,
    Kiosk,
    assert_delivered_once,
    draft,
    wait_until,
)

from kiosk.api.errors import ApiTimeoutError, ApiUnreachableError, InvalidResponseError
from kiosk.server.runner import RunningServer
from kiosk.services.outbox import SubmissionState
from kiosk.services.registration import build_payload


def test_api_down_at_start_up_then_back(
    server: RunningServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    data_dir = tmp_path / "kiosk"
    endpoint = proxy.url_for(server.base_url_v2)
    with Kiosk(endpoint, data_dir) as yesterday:  # a good day: the cache is filled
        live = yesterday.catalog.refresh_events()
        assert not live.stale
        assert EVENT in [s.readable_id for s in live.events]
        yesterday.details()

    proxy.refuse()
    with Kiosk(endpoint, data_dir) as kiosk:  # restarted with the API unreachable
        assert kiosk.catalog.stored_events() is not None  # the first paint: no network
        events = kiosk.catalog.refresh_events()
        assert events.stale
        assert isinstance(events.error, ApiUnreachableError)
        assert EVENT in [s.readable_id for s in events.events]
        details = kiosk.details()
        assert details.stale
        assert isinstance(details.error, ApiUnreachableError)
        assert details.event.event_name == "Fault Fest"

        attendee = draft("offline")
        outcome = kiosk.registration.submit(attendee, details)
        assert outcome.state is SubmissionState.QUEUED
        assert isinstance(outcome.error, ApiUnreachableError)

        # Production-like backoff: the next regular retry is 2.5-5 s away, so only the
        # probe can deliver within the 2.4 s allowed below.
        kiosk.start_drainer(base_delay=5.0, max_delay=30.0, probe_interval=0.05)

        def scheduled() -> bool:
            stored = kiosk.outbox.get(outcome.submission_id)
            return stored is not None and stored.next_attempt_at is not None

        assert wait_until(scheduled, 5.0), "the drainer never tried and backed off"
        stored = kiosk.outbox.get(outcome.submission_id)
        assert stored is not None
        assert stored.next_attempt_at is not None
        assert stored.next_attempt_at - datetime.now(UTC) > timedelta(seconds=2)

        proxy.restore()  # the API is back; nobody touches the kiosk
        assert wait_until(lambda: kiosk.queued() == 0, 2.4), "the probe did not wake it"

        assert_delivered_once(
            server.db_path, kiosk.outbox.get(outcome.submission_id), attendee.email
        )
        events = kiosk.catalog.refresh_events()
        assert not events.stale
        assert events.error is None
        details = kiosk.catalog.refresh_counts(EVENT)
        assert not details.stale
        assert details.registration_count == 1


def test_api_down_at_first_start_without_a_cache_says_so(
    server: RunningServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    proxy.refuse()
    with Kiosk(proxy.url_for(server.base_url_v2), tmp_path / "kiosk") as kiosk:
        assert kiosk.catalog.stored_events() is None
        with pytest.raises(ApiUnreachableError):
            kiosk.catalog.refresh_events()


def test_a_wall_clock_set_back_does_not_park_the_queue(kiosk: Kiosk) -> None:
    """A kiosk without a battery-backed clock boots in the past and NTP moves it forward
    (or the reverse): a retry time stored far ahead must not stall delivery for hours."""
    details = kiosk.details()
    attendee = draft("clock")
    payload = build_payload(attendee, details, kiosk.registration.plan(details, attendee))
    submission = kiosk.outbox.add(EVENT, details.event.event_name, payload)
    kiosk.outbox.schedule(submission.id, datetime.now(UTC) + timedelta(days=1))

    kiosk.start_drainer(max_delay=0.1)
    kiosk.wait_drained(timeout=5.0)

    assert_delivered_once(kiosk.server.db_path, kiosk.outbox.get(submission.id), attendee.email)



@pytest.mark.parametrize("fault", list(Fault), ids=lambda f: f.name.lower())
def test_a_catalog_refresh_survives_every_fault(
    kiosk: Kiosk, proxy: FaultProxy, fault: Fault
) -> None:
    """Connection-level failures, 429 and 5xx are retried (GETs are safe to repeat); an
    unreadable answer or a timeout shows the last good copy, marked stale. Never an
    untyped exception, never an empty screen."""
    assert not kiosk.catalog.refresh_events().stale
    proxy.inject(fault, method="GET", path_contains="/events/published", retry_after="0",
                 delay=1.0)

    events = kiosk.catalog.refresh_events()

    unreadable = {Fault.DELAY, Fault.MALFORMED_JSON, Fault.HTML_PAGE, Fault.BAD_ENCODING}
    assert events.stale is (fault in unreadable)
    assert EVENT in [s.readable_id for s in events.events]
    if events.stale:
        assert isinstance(events.error, ApiTimeoutError | InvalidResponseError)
    assert not kiosk.catalog.refresh_events().stale
