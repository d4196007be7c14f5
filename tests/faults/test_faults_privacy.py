"""No attendee data and no token in any log record, at DEBUG, over a full registration
with failures: catalog refreshes (live and failing), a submission that is queued, spoiled
answers, the drainer's retries and probes, and a refusal with the server's words. And
attendee data that was purged is gone from the outbox's files on disk.

Every record of every logger in the process is checked (the kiosk's, httpx/httpcore's,
and the embedded local server's, which runs in the kiosk's process with ``--demo``):
the formatted message with any traceback, and the record's attributes.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from fault_proxy import Fault, FaultProxy
from faultkit import EVENT, TINY, TOKEN, Kiosk, fill_tiny, wait_until

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


# --------------------------------------------------------------------------- purged from disk


def _on_disk(path: Path, *secrets: str) -> set[str]:
    """Which of ``secrets`` (UTF-8) are in the outbox file or its WAL, read raw."""
    files = [path, path.with_name(path.name + "-wal")]
    data = b"".join(f.read_bytes() for f in files if f.exists())
    return {secret for secret in secrets if secret.encode() in data}


def test_purged_attendee_data_is_gone_from_the_disk_while_the_kiosk_runs(
    kiosk: Kiosk, server: RunningServer
) -> None:
    """Delivered, and refused-and-seen-by-staff: after the purge neither the outbox file
    nor its WAL holds the name, the address or the check-in code (a credential: whoever
    holds it can check in as that person). Refused but not yet seen: kept."""
    people = {
        "delivered": ("Zoë", "Ångström-Quillfeather", "zoe.angstrom@privacy.example"),
        "seen": ("Ignatius", "Brämblewood", "ignatius.bramblewood@privacy.example"),
        "unseen": ("Philippa", "Thistlethwaite", "philippa.thistle@privacy.example"),
    }

    def draft_of(who: str) -> RegistrationDraft:
        first, last, email = people[who]
        return RegistrationDraft(first_name=first, last_name=last, email=email, consent=True)

    delivered = kiosk.registration.submit(draft_of("delivered"), kiosk.details())
    assert delivered.state is SubmissionState.DELIVERED
    assert delivered.check_in_code
    tiny = kiosk.details(TINY)
    fill_tiny(server)
    seen = kiosk.registration.submit(draft_of("seen"), tiny)
    unseen = kiosk.registration.submit(draft_of("unseen"), tiny)
    assert seen.state is unseen.state is SubmissionState.REFUSED
    path = kiosk.outbox.path
    everyone = [part for person in people.values() for part in person]
    assert _on_disk(path, *everyone) == set(everyone)  # the check can see them

    now = datetime.now(UTC)
    kiosk.outbox.mark_seen_by_staff([delivered.submission_id, seen.submission_id], now)
    assert kiosk.outbox.purge_personal_data(now + timedelta(hours=1)) == 2

    assert _on_disk(path, *people["delivered"], *people["seen"], delivered.check_in_code) == set()
    for gone in (delivered, seen):
        stored = kiosk.outbox.get(gone.submission_id)
        assert stored is not None
        assert stored.payload is None
    assert _on_disk(path, *people["unseen"]) == set(people["unseen"])
    kept = kiosk.outbox.get(unseen.submission_id)
    assert kept is not None
    assert kept.state is SubmissionState.REFUSED
    assert kept.attendee_label == "Philippa Thistlethwaite"
