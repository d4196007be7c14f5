"""No attendee data and no token in any log record, at DEBUG, over a full registration
with failures: catalog refreshes (live and failing), a submission that is queued, spoiled
answers, the drainer's retries and probes, and a refusal with the server's words.

Every record of every logger in the process is checked (the kiosk's, httpx/httpcore's,
and the embedded local server's, which runs in the kiosk's process with ``--demo``):
the formatted message with any traceback, and the record's attributes.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

import pytest
from fault_proxy import Fault, FaultProxy
from faultkit import EVENT, TINY, TOKEN, Kiosk, wait_until

from kiosk.server.runner import RunningServer
from kiosk.services.outbox import SubmissionState
from kiosk.services.registration import RegistrationDraft

FIRST = "Wilhelmina"
LAST = "Featherstonehaugh"
EMAIL = "w.featherstonehaugh@privacy.example"
SECRETS = [FIRST, LAST, EMAIL, "featherstonehaugh@", TOKEN, quote(TOKEN, safe="")]


def _draft(suffix: str = "") -> RegistrationDraft:
    return RegistrationDraft(
        first_name=FIRST, last_name=LAST + suffix,
        email=EMAIL.replace("@", f"{suffix}@"), consent=True,
    )


def test_no_attendee_data_and_no_token_in_any_log_record(
    caplog: pytest.LogCaptureFixture, kiosk: Kiosk, proxy: FaultProxy, server: RunningServer
) -> None:
    caplog.set_level(logging.DEBUG)
    catalog = kiosk.catalog

    # Catalog: live, then failing (refused, then a 500 on the count), then live again.
    assert not catalog.refresh_events().stale
    details = kiosk.details()
    tiny = kiosk.details(TINY)
    proxy.refuse()
    assert catalog.refresh_events().stale
    proxy.restore()
    proxy.inject(Fault.SERVER_ERROR, method="GET", path_contains="/registrations/count",
                 times=4)
    assert catalog.refresh_counts(EVENT).stale

    # A submission while the API is away: queued.
    proxy.refuse()
    queued = kiosk.registration.submit(_draft(), details)
    assert queued.state is SubmissionState.QUEUED
    proxy.restore()

    # Spoiled answers for the drainer's resends, then delivery.
    for fault in (Fault.DROP, Fault.MALFORMED_JSON, Fault.RATE_LIMIT, Fault.TRUNCATED):
        proxy.inject(fault, retry_after="0")
    kiosk.start_drainer()
    kiosk.wait_drained()
    stored = kiosk.outbox.get(queued.submission_id)
    assert stored is not None
    assert stored.state is SubmissionState.DELIVERED

    # A real refusal, with the server's words: the only seat went to the previous attendee,
    # whose answer was lost on the way (queued, then delivered by the drainer).
    proxy.inject(Fault.DROP)
    first = kiosk.registration.submit(_draft("1"), tiny)
    assert first.state is SubmissionState.QUEUED
    assert wait_until(lambda: kiosk.queued() == 0, 10.0)
    refused = kiosk.registration.submit(_draft("2"), tiny)
    assert refused.state is SubmissionState.REFUSED
    assert refused.reason
    assert not catalog.refresh_events().stale
    assert catalog.refresh_counts(TINY).registration_count == 1

    formatter = logging.Formatter("%(levelname)s %(name)s %(message)s")
    assert any(r.levelno == logging.DEBUG for r in caplog.records)
    assert any(r.name.startswith("httpx") for r in caplog.records)
    assert any(r.name.startswith("kiosk.services") for r in caplog.records)
    leaks = []
    for record in caplog.records:
        text = formatter.format(record) + repr(vars(record))
        for secret in SECRETS:
            if secret.casefold() in text.casefold():
                leaks.append(f"{secret!r} in {record.name}: {formatter.format(record)[:300]}")
    assert not leaks, "\n".join(leaks)
