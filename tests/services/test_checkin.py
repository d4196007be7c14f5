"""The check-in service against the real local server: every answer an attendee can get,
the code in whatever the scanner read, and the offline check-in list (whole, then as
changes; hashes only) with what the upload later makes of the offline answers.

The kiosk reaches the server through the fault proxy, so tests can take the server away
and bring it back; other kiosks register straight at the server.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
from fault_proxy import FaultProxy
from faultkit import (
    CLIENT_OPTIONS,
    ORIGIN,
    STAFF_TOKEN,
    TOKEN,
    Kiosk,
    check_in_rows,
    wait_until,
)

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import ConfigurationError
from kiosk.api.models import Attendee, AttendeeSessions, RegistrationData
from kiosk.server.runner import RunningServer, start_server
from kiosk.services.checkin import CheckInKind, CheckInService, extract_code
from kiosk.services.checkin_list import FILE_NAME
from kiosk.services.drainer import NO_SENDER, OutboxDrainer
from kiosk.services.outbox import Submission, SubmissionKind, SubmissionState

DOOR = "DoorFest"
FULL = "FullFest"  # one seat, then the waitlist
OTHER = "OtherFest"
AGENDA = "AgendaFest"  # custom agenda with two sessions
TALK = "00000005-0000-4000-8000-000000000001"
LAB = "00000005-0000-4000-8000-000000000002"


def _seed(path: Path) -> Path:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=30)

    def at(hours: float) -> str:
        return (start + timedelta(hours=hours)).isoformat().replace("+00:00", "Z")

    def event(readable_id: str, name: str, **fields: Any) -> dict[str, Any]:
        return {
            "readableEventId": readable_id, "eventName": name, "startDateUTC": at(0),
            "endDateUTC": at(8), "ianaTimeZone": "UTC", "allowAnonymousRegistrations": True,
            **fields,
        }

    def session(session_id: str, name: str, hour: int) -> dict[str, Any]:
        return {"id": session_id, "name": name, "startTimeUTC": at(hour),
                "endTimeUTC": at(hour + 1)}

    events = [
        event(DOOR, "Door Fest"),
        event(FULL, "Full Fest", maxCapacity=1, isCapacityRestricted=True, showWaitlist=True),
        event(OTHER, "Other Fest"),
        event(AGENDA, "Agenda Fest", allowCustomAgenda=True,
              sessions=[session(TALK, "Talk", 1), session(LAB, "Lab", 3)]),
    ]
    path.write_text(json.dumps({"events": events}), encoding="utf-8")
    return path


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(
        tmp_path / "server.sqlite3", seed=_seed(tmp_path / "seed.json"),
        web_apps=[(TOKEN, ORIGIN)], staff_tokens=[STAFF_TOKEN],
    )
    yield running
    running.stop()


@pytest.fixture
def proxy(server: RunningServer) -> Iterator[FaultProxy]:
    with FaultProxy(server.port) as fault_proxy:
        yield fault_proxy


@pytest.fixture
def kiosk(server: RunningServer, proxy: FaultProxy, tmp_path: Path) -> Iterator[Kiosk]:
    """A door kiosk with the staff token: it keeps an offline check-in list."""
    endpoint = proxy.url_for(server.base_url_v2)
    with Kiosk(endpoint, tmp_path / "kiosk", server, staff_token=STAFF_TOKEN) as built:
        yield built


class Guest(NamedTuple):
    registration_id: str
    code: str


def _register(
    server: RunningServer,
    n: int,
    readable_id: str = DOOR,
    *,
    waitlisted: bool = False,
    sessions: tuple[str, ...] = (),
) -> Guest:
    """Someone registered at another kiosk, straight to the server."""
    person = Attendee(
        first_name=f"Mira{n}", last_name="Okafor", email=f"mira.{n}@checkin.example",
        waitlisted=waitlisted,
        attendee_sessions=[AttendeeSessions(session_id=s) for s in sessions],
    )
    with EventsApiClient(server.base_url_v2, TOKEN, ORIGIN) as elsewhere:
        (outcome,) = elsewhere.register(readable_id, RegistrationData(attendees=[person])).attendees
    assert outcome.registration_id
    assert outcome.check_in_code
    return Guest(outcome.registration_id, outcome.check_in_code)


def _stored(kiosk: Kiosk, submission_id: str | None) -> Submission:
    assert submission_id is not None
    stored = kiosk.outbox.get(submission_id)
    assert stored is not None
    return stored


# --------------------------------------------------------------------------- the code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("7KQ4M2ZP", id="bare"),
        pytest.param("7kq4m2zp", id="lower-case"),
        pytest.param("7KQ4-M2ZP", id="dash"),
        pytest.param(" 7kq4 m2zp\r\n", id="spaces-and-enter"),
        pytest.param("https://events.example/checkin?code=7kq4m2zp", id="url-code"),
        pytest.param("https://events.example/c?lang=de&CHECKINCODE=7KQ4-M2ZP", id="url-any-case"),
        pytest.param("https://events.example/checkin/7KQ4M2ZP/", id="url-path-segment"),
        pytest.param("Your check-in code: 7KQ4-M2ZP. See you!", id="in-text"),
        pytest.param("Code 7KQ4 M2ZP", id="split-in-text"),
        pytest.param("Show this: https://events.example/c?checkInCode=7KQ4M2ZP.", id="url-in-text"),
    ],
)
def test_the_code_is_found_in_whatever_was_scanned(text: str) -> None:
    assert extract_code(text) == "7KQ4M2ZP"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("7KQ4M2ZP and 8KQ4M2ZP", id="two-candidates"),
        pytest.param("ABCD EFGH JKMN", id="overlapping-halves"),
        pytest.param("hello world", id="words"),
        pytest.param("", id="empty"),
        pytest.param("7KQ4M2Z0", id="zero-is-not-in-the-alphabet"),
        pytest.param("7KQ4M2ZPX", id="too-long"),
        pytest.param("https://events.example/checkin?code=nonsense", id="url-without-a-code"),
    ],
)
def test_what_holds_no_single_code_is_not_a_code(text: str) -> None:
    assert extract_code(text) is None


# --------------------------------------------------------------------------- online answers


def test_a_first_check_in_greets_by_name_and_a_second_says_since_when(
    kiosk: Kiosk, server: RunningServer
) -> None:
    guest = _register(server, 1, AGENDA, sessions=(LAB, TALK))

    first = kiosk.checkin.check_in(guest.code.lower(), AGENDA)
    again = kiosk.checkin.check_in(f"https://x.example/c?code={guest.code}", AGENDA)

    assert first.kind is CheckInKind.CHECKED_IN
    assert (first.first_name, first.offline) == ("Mira1", False)
    assert first.session_ids == (LAB, TALK)  # "your sessions today"
    assert first.checked_in_at is not None
    assert again.kind is CheckInKind.ALREADY_CHECKED_IN
    assert again.checked_in_at == first.checked_in_at
    for outcome in (first, again):
        stored = _stored(kiosk, outcome.submission_id)
        assert stored.state is SubmissionState.DELIVERED
        assert stored.kind is SubmissionKind.CHECK_IN
        assert stored.attendee_label == ""  # a check-in holds no name
    assert check_in_rows(server.db_path, guest.registration_id) == 1


def test_a_waitlisted_attendee_is_told_so_and_not_admitted(
    kiosk: Kiosk, server: RunningServer
) -> None:
    _register(server, 1, FULL)
    waiting = _register(server, 2, FULL, waitlisted=True)

    outcome = kiosk.checkin.check_in(waiting.code, FULL)

    assert outcome.kind is CheckInKind.WAITLISTED
    assert outcome.message
    assert _stored(kiosk, outcome.submission_id).state is SubmissionState.DELIVERED  # final
    assert check_in_rows(server.db_path) == 0


def test_a_code_for_another_event_names_that_event_and_admits_nobody(
    kiosk: Kiosk, server: RunningServer
) -> None:
    guest = _register(server, 1, OTHER)

    outcome = kiosk.checkin.check_in(guest.code, DOOR)

    assert outcome.kind is CheckInKind.WRONG_EVENT
    assert (outcome.other_event_id, outcome.other_event_name) == (OTHER, "Other Fest")
    assert _stored(kiosk, outcome.submission_id).state is SubmissionState.DELIVERED
    assert check_in_rows(server.db_path) == 0


def test_an_unknown_code_is_said_so_and_the_answer_is_final(
    kiosk: Kiosk, server: RunningServer
) -> None:
    outcome = kiosk.checkin.check_in("ZZZZ-ZZZZ", DOOR)

    assert outcome.kind is CheckInKind.UNKNOWN_CODE
    assert not outcome.offline
    assert _stored(kiosk, outcome.submission_id).state is SubmissionState.DELIVERED
    assert kiosk.queued() == 0


def test_a_session_kiosk_admits_to_chosen_sessions_only(
    kiosk: Kiosk, server: RunningServer
) -> None:
    guest = _register(server, 1, AGENDA, sessions=(TALK,))

    lab = kiosk.checkin.check_in(guest.code, AGENDA, LAB)
    talk = kiosk.checkin.check_in(guest.code, AGENDA, TALK)

    assert lab.kind is CheckInKind.NOT_REGISTERED_FOR_SESSION
    assert talk.kind is CheckInKind.CHECKED_IN
    assert check_in_rows(server.db_path, guest.registration_id) == 1


def test_without_an_event_a_code_checks_in_at_its_own_event_and_offline_skips_the_list(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    """A kiosk serving every event (no door event set): the code says which event; offline
    the list, which is one event's, is not consulted, so the answer is "we'll confirm"."""
    online = _register(server, 1, OTHER)
    listed = _register(server, 2)
    kiosk.checkin.sync_list(DOOR)

    outcome = kiosk.checkin.check_in(online.code, None)

    assert (outcome.kind, outcome.first_name) == (CheckInKind.CHECKED_IN, "Mira1")
    assert _stored(kiosk, outcome.submission_id).state is SubmissionState.DELIVERED
    assert check_in_rows(server.db_path, online.registration_id) == 1

    proxy.refuse()
    offline = kiosk.checkin.check_in(listed.code, None)

    assert (offline.kind, offline.offline, offline.queued) == (
        CheckInKind.ACCEPTED_OFFLINE, True, True)
    assert offline.first_name is None  # in the list, but the list was not asked
    proxy.restore()
    kiosk.start_drainer()
    kiosk.wait_drained()
    assert _stored(kiosk, offline.submission_id).state is SubmissionState.DELIVERED
    assert check_in_rows(server.db_path, listed.registration_id) == 1


def test_a_scan_without_a_code_stores_and_sends_nothing(
    kiosk: Kiosk, proxy: FaultProxy
) -> None:
    outcome = kiosk.checkin.check_in("https://wifi.example/login", DOOR)

    assert outcome.kind is CheckInKind.NOT_A_CODE
    assert outcome.submission_id is None
    assert kiosk.outbox.queued_count() == (0, None)
    assert proxy.forwarded("/checkins") == 0


# --------------------------------------------------------------------------- the offline list


class _Recorder(httpx.HTTPTransport):
    """A real transport that notes the ``since`` of every check-in list request."""

    def __init__(self) -> None:
        super().__init__()
        self.since: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/checkin-list"):
            self.since.append(request.url.params.get("since"))
        return super().handle_request(request)


def test_the_list_comes_whole_then_as_changes_and_answers_offline(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    assert kiosk.check_in_list is not None
    recorder = _Recorder()
    with EventsApiClient(kiosk.endpoint, TOKEN, ORIGIN, transport=recorder,
                         **CLIENT_OPTIONS) as client:
        service = CheckInService(client, kiosk.outbox, staff_token=STAFF_TOKEN,
                                 check_in_list=kiosk.check_in_list)
        _register(server, 1)
        service.sync_list(DOOR)
        latecomer = _register(server, 2)  # after the first sync
        service.sync_list(DOOR)
        status = kiosk.check_in_list.status()
        assert status is not None
        assert (status.readable_event_id, status.entries) == (DOOR, 2)
        assert recorder.since[0] is None
        assert recorder.since[1]  # only the changes since the first answer

        proxy.refuse()
        outcome = service.check_in(latecomer.code, DOOR)
        assert outcome.kind is CheckInKind.CHECKED_IN
        assert (outcome.first_name, outcome.offline, outcome.queued) == ("Mira2", True, True)

        proxy.restore()
        service.sync_list(OTHER)  # the kiosk moved to another event's door
    assert recorder.since[2] is None
    status = kiosk.check_in_list.status()
    assert status is not None
    assert (status.readable_event_id, status.entries) == (OTHER, 0)


def test_the_list_on_disk_holds_code_hashes_never_codes(
    kiosk: Kiosk, server: RunningServer
) -> None:
    codes = [_register(server, n).code for n in range(3)]
    kiosk.checkin.sync_list(DOOR)

    path = kiosk.outbox.path.with_name(FILE_NAME)
    files = [f for f in (path, path.with_name(FILE_NAME + "-wal")) if f.exists()]
    data = b"".join(f.read_bytes() for f in files)
    assert b"Mira1" in data  # the list is there...
    for code in codes:
        assert code.encode() not in data  # ...its codes are not
        assert code.lower().encode() not in data
    for f in files:
        assert stat.S_IMODE(os.stat(f).st_mode) & 0o077 == 0, f.name


def test_offline_the_list_answers_and_the_upload_settles_each_answer(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    """Checked in offline (a second scan says "already"), checked in online before the
    sync, a guest of another event: each answered from the list; at upload the first ones
    stay checked in, the other event's guest goes to staff."""
    fresh = _register(server, 1)
    early = _register(server, 2)
    visitor = _register(server, 3, OTHER)
    kiosk.checkin.check_in(early.code, DOOR)  # online, before the sync
    kiosk.checkin.sync_list(DOOR)

    proxy.refuse()
    first = kiosk.checkin.check_in(fresh.code, DOOR)
    second = kiosk.checkin.check_in(fresh.code, DOOR)
    earlier = kiosk.checkin.check_in(early.code, DOOR)
    kiosk.checkin.sync_list(DOOR)  # unreachable: the list held is kept
    other = kiosk.checkin.check_in(visitor.code, DOOR)

    assert (first.kind, first.first_name) == (CheckInKind.CHECKED_IN, "Mira1")
    assert second.kind is CheckInKind.ALREADY_CHECKED_IN
    assert second.checked_in_at == first.checked_in_at
    assert earlier.kind is CheckInKind.ALREADY_CHECKED_IN
    assert other.kind is CheckInKind.UNKNOWN_CODE  # not in this event's list
    assert all(o.offline and o.queued for o in (first, second, earlier, other))

    proxy.restore()
    kiosk.start_drainer()
    kiosk.wait_drained()
    for outcome in (first, second, earlier):
        assert _stored(kiosk, outcome.submission_id).state is SubmissionState.DELIVERED
    refused = _stored(kiosk, other.submission_id)
    assert refused.state is SubmissionState.REFUSED
    assert refused.last_error == "Registered for another event at upload: Other Fest"
    assert check_in_rows(server.db_path, fresh.registration_id) == 1
    assert check_in_rows(server.db_path, visitor.registration_id) == 0


def test_the_waitlist_is_answered_offline_and_refused_at_upload(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    _register(server, 0, FULL)
    waiting = _register(server, 1, FULL, waitlisted=True)
    kiosk.checkin.sync_list(FULL)
    proxy.refuse()

    outcome = kiosk.checkin.check_in(waiting.code, FULL)

    assert (outcome.kind, outcome.first_name, outcome.queued) == (
        CheckInKind.WAITLISTED, "Mira1", True)
    proxy.restore()
    kiosk.start_drainer()
    kiosk.wait_drained()
    refused = _stored(kiosk, outcome.submission_id)
    assert refused.state is SubmissionState.REFUSED
    assert refused.last_error == "On the waitlist at upload: not checked in"
    assert check_in_rows(server.db_path) == 0


def test_a_code_newer_than_the_list_is_unknown_offline_and_the_upload_decides(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    """Someone registered after the last sync is told "unknown" but stays queued: at upload
    they are checked in. A code nobody has goes to staff as refused, with the reason."""
    _register(server, 1)
    kiosk.checkin.sync_list(DOOR)
    latecomer = _register(server, 2)
    proxy.refuse()

    late = kiosk.checkin.check_in(latecomer.code, DOOR)
    typo = kiosk.checkin.check_in("ZZZZZZZZ", DOOR)

    for outcome in (late, typo):
        assert (outcome.kind, outcome.offline, outcome.queued) == (
            CheckInKind.UNKNOWN_CODE, True, True)
    proxy.restore()
    kiosk.start_drainer()
    kiosk.wait_drained()
    delivered = _stored(kiosk, late.submission_id)
    assert delivered.state is SubmissionState.DELIVERED
    assert check_in_rows(server.db_path, latecomer.registration_id) == 1
    refused = _stored(kiosk, typo.submission_id)
    assert refused.state is SubmissionState.REFUSED
    assert refused.last_error == "Code not recognised at upload"
    assert [s.id for s in kiosk.outbox.undelivered()] == [typo.submission_id]  # staff see it


def test_an_old_list_does_not_call_a_code_unknown(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    later = datetime.now(UTC) + timedelta(minutes=6)
    _register(server, 1)
    kiosk.checkin.sync_list(DOOR)
    stale = CheckInService(kiosk.client, kiosk.outbox, clock=lambda: later,
                           staff_token=STAFF_TOKEN, check_in_list=kiosk.check_in_list)
    proxy.refuse()

    outcome = stale.check_in("ZZZZZZZZ", DOOR)

    assert (outcome.kind, outcome.queued) == (CheckInKind.ACCEPTED_OFFLINE, True)


def test_a_refused_cursor_fetches_the_whole_list_again(
    kiosk: Kiosk, server: RunningServer
) -> None:
    """The server's database was recreated: its new cursors do not match the old one."""
    assert kiosk.check_in_list is not None
    _register(server, 1)
    kiosk.checkin.sync_list(DOOR)
    with closing(sqlite3.connect(kiosk.check_in_list.path)) as db, db:
        db.execute("UPDATE meta SET value = '7.0123456789abcdef' WHERE key = 'cursor'")
    _register(server, 2)

    kiosk.checkin.sync_list(DOOR)

    status = kiosk.check_in_list.status()
    assert status is not None
    assert status.entries == 2
    assert status.cursor != "7.0123456789abcdef"


def test_a_server_answering_404_has_no_list_and_no_search(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    """As on a Dynamics tenant, where these staff endpoints do not exist."""
    assert kiosk.check_in_list is not None
    _register(server, 1)
    kiosk.checkin.sync_list(DOOR)
    assert kiosk.checkin.supports_search

    kiosk.checkin.sync_list("NoSuchFest")

    assert kiosk.check_in_list.status() is None
    assert not kiosk.checkin.supports_search
    proxy.refuse()
    outcome = kiosk.checkin.check_in("ZZZZZZZZ", DOOR)
    assert outcome.kind is CheckInKind.ACCEPTED_OFFLINE


def test_without_a_staff_token_check_ins_are_accepted_offline(
    server: RunningServer, proxy: FaultProxy, tmp_path: Path
) -> None:
    with Kiosk(proxy.url_for(server.base_url_v2), tmp_path / "kiosk", server) as kiosk:
        guest = _register(server, 1)
        kiosk.checkin.sync_list(DOOR)  # nothing to sync with
        assert not kiosk.checkin.supports_search
        with pytest.raises(ConfigurationError):
            kiosk.checkin.search(DOOR, "mira")
        proxy.refuse()

        outcome = kiosk.checkin.check_in(guest.code, DOOR)

        assert (outcome.kind, outcome.offline, outcome.queued) == (
            CheckInKind.ACCEPTED_OFFLINE, True, True)
        assert outcome.first_name is None
        proxy.restore()
        kiosk.start_drainer()
        kiosk.wait_drained()
        assert _stored(kiosk, outcome.submission_id).state is SubmissionState.DELIVERED
        assert check_in_rows(server.db_path, guest.registration_id) == 1
    assert proxy.forwarded("/checkin-list", method="GET") == 0


def test_staff_find_someone_who_lost_their_code_and_check_them_in(
    kiosk: Kiosk, server: RunningServer
) -> None:
    guest = _register(server, 1)
    _register(server, 2, OTHER)

    hits = kiosk.checkin.search(DOOR, "mira")
    record = kiosk.checkin.attendee(DOOR, hits[0].registration_id)
    assert hits[0].check_in_code is not None
    outcome = kiosk.checkin.check_in(hits[0].check_in_code, DOOR)

    assert [(h.first_name, h.last_name_initial) for h in hits] == [("Mira1", "O.")]
    assert (record.registration_id, record.email) == (
        guest.registration_id, "mira.1@checkin.example")
    assert outcome.kind is CheckInKind.CHECKED_IN
    assert kiosk.checkin.supports_search


def test_a_drainer_without_the_check_in_sender_tells_staff_why_it_waits(
    kiosk: Kiosk, server: RunningServer, proxy: FaultProxy
) -> None:
    """The composition root must pass ``checkin=``; until it does, nothing is lost."""
    proxy.refuse()
    outcome = kiosk.checkin.check_in("ZZZZZZZZ", DOOR)
    proxy.restore()
    drainer = OutboxDrainer(kiosk.outbox, kiosk.registration, idle_poll=0.05)
    drainer.start()
    try:
        assert wait_until(
            lambda: _stored(kiosk, outcome.submission_id).last_error == NO_SENDER, 5.0
        )
    finally:
        drainer.stop()
    assert _stored(kiosk, outcome.submission_id).state is SubmissionState.QUEUED
