"""Check-ins through every network fault: the attendee is answered at once (the kiosk
accepts the check-in when the server's answer is lost), and the server records each
check-in exactly once in the end. Two kiosks checking in the same person while offline
leave one check-in and no error for anyone. No code, name or token reaches a log.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fault_proxy import Fault, FaultProxy
from faultkit import (
    EVENT,
    SPOILED,
    STAFF_TOKEN,
    TOKEN,
    Kiosk,
    check_in_rows,
    key_count,
    register_directly,
    wait_until,
)

from kiosk.api.errors import ApiError
from kiosk.api.models import CheckInResult, CheckInStatus
from kiosk.server.runner import RunningServer
from kiosk.services.checkin import CheckInKind
from kiosk.services.outbox import SubmissionState


def _check_in_writes(proxy: FaultProxy) -> tuple[int, int]:
    """(first writes, replayed answers) among the check-in POSTs the server saw."""
    posts = [e for e in proxy.exchanges if e.forwarded and e.path.endswith("/checkins")]
    return sum(not e.replayed for e in posts), sum(e.replayed for e in posts)


@pytest.mark.parametrize(("fault", "reaches_server", "error_type"), SPOILED)
def test_a_spoiled_check_in_answer_is_accepted_then_recorded_once(
    kiosk: Kiosk,
    proxy: FaultProxy,
    server: RunningServer,
    fault: Fault,
    reaches_server: bool,
    error_type: type[ApiError],
) -> None:
    guest = register_directly(server, "spoiled")
    assert guest.check_in_code is not None
    proxy.inject(fault, path_contains="/checkins", delay=1.0)

    outcome = kiosk.checkin.check_in(guest.check_in_code, EVENT)

    # Honest: accepted, to be confirmed - not "checked in", not refused.
    assert (outcome.kind, outcome.offline, outcome.queued) == (
        CheckInKind.ACCEPTED_OFFLINE, True, True)
    assert isinstance(outcome.error, error_type)
    if not reaches_server:
        assert check_in_rows(server.db_path) == 0

    kiosk.start_drainer()
    kiosk.wait_drained()

    if fault is Fault.DELAY:
        # The held request reaches the server late, after the drainer's resend.
        assert wait_until(lambda: proxy.forwarded("/checkins") == 2, 5.0)
    assert outcome.submission_id is not None
    stored = kiosk.outbox.get(outcome.submission_id)
    assert stored is not None
    assert stored.state is SubmissionState.DELIVERED, stored.last_error
    assert isinstance(stored.result, CheckInResult)
    assert stored.result.status == CheckInStatus.CHECKED_IN  # the first answer, replayed
    assert check_in_rows(server.db_path, guest.registration_id) == 1
    assert key_count(server.db_path, stored.id) == 1
    assert _check_in_writes(proxy) == (1, 1 if reaches_server else 0)


def test_two_offline_kiosks_checking_in_one_person_leave_one_check_in(
    server: RunningServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    """Both doors greet the guest from their lists; when the server is back, one check-in
    is recorded, both submissions are delivered and neither goes to staff as refused."""
    guest = register_directly(server, "twice")
    assert guest.check_in_code is not None
    endpoint = proxy.url_for(server.base_url_v2)
    with Kiosk(endpoint, tmp_path / "north", server, STAFF_TOKEN) as north, Kiosk(
        endpoint, tmp_path / "south", server, STAFF_TOKEN
    ) as south:
        for door in (north, south):
            door.checkin.sync_list(EVENT)
        proxy.refuse()

        answers = [door.checkin.check_in(guest.check_in_code, EVENT) for door in (north, south)]

        for answer in answers:
            assert (answer.kind, answer.first_name, answer.offline, answer.queued) == (
                CheckInKind.CHECKED_IN, "Guesttwice", True, True)
        proxy.restore()
        for door in (north, south):
            door.start_drainer()
        for door in (north, south):
            door.wait_drained()
        stored = [door.outbox.get(a.submission_id or "") for door, a in
                  zip((north, south), answers, strict=True)]
        assert north.outbox.undelivered() == south.outbox.undelivered() == []
    statuses = []
    for submission in stored:
        assert submission is not None
        assert submission.state is SubmissionState.DELIVERED
        assert isinstance(submission.result, CheckInResult)
        statuses.append(submission.result.status)
    assert sorted(statuses) == [CheckInStatus.ALREADY_CHECKED_IN, CheckInStatus.CHECKED_IN]
    assert check_in_rows(server.db_path, guest.registration_id) == 1


def test_no_code_name_or_token_in_any_log_record_of_check_ins(
    caplog: pytest.LogCaptureFixture, server: RunningServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    """Online and offline check-ins, list syncs (whole, changes, failing), a refusal at
    upload, a staff search: every record of every logger, at DEBUG."""
    caplog.set_level(logging.DEBUG)
    guest = register_directly(server, "Quillon")
    other = register_directly(server, "Marchbanks")
    assert guest.check_in_code is not None
    assert other.check_in_code is not None
    unknown = "ZZZZZZZZ"
    with Kiosk(proxy.url_for(server.base_url_v2), tmp_path / "door", server,
               STAFF_TOKEN) as door:
        door.checkin.sync_list(EVENT)
        door.checkin.sync_list(EVENT)
        assert door.checkin.search(EVENT, "guestquil")
        door.checkin.check_in(guest.check_in_code, EVENT)
        proxy.refuse()
        door.checkin.sync_list(EVENT)
        offline = door.checkin.check_in(other.check_in_code, EVENT)
        refused = door.checkin.check_in(unknown, EVENT)
        proxy.restore()
        proxy.inject(Fault.DROP, path_contains="/checkins")
        door.start_drainer()
        door.wait_drained()
        assert offline.kind is CheckInKind.CHECKED_IN
        stored = door.outbox.get(refused.submission_id or "")
        assert stored is not None
        assert stored.state is SubmissionState.REFUSED

    secrets = [
        guest.check_in_code, other.check_in_code, unknown, "Quillon", "Marchbanks",
        "guestquil", TOKEN, STAFF_TOKEN,
    ]
    formatter = logging.Formatter("%(levelname)s %(name)s %(message)s")
    assert any(r.name.startswith("kiosk.services.checkin") for r in caplog.records)
    leaks = []
    for record in caplog.records:
        text = formatter.format(record) + repr(vars(record))
        for secret in secrets:
            if secret.casefold() in text.casefold():
                leaks.append(f"{secret!r} in {record.name}: {formatter.format(record)[:300]}")
    assert not leaks, "\n".join(leaks)
