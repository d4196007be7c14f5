"""The client's staff calls against the real local events server: attendee search, the
full record, the offline check-in list, and how a refused staff token is reported."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.api.client import EventsApiClient
from kiosk.api.codes import check_in_code_hash, normalise_check_in_code
from kiosk.api.errors import (
    BadRequestError,
    ConfigurationError,
    NotFoundError,
    TokenRejectedError,
)
from kiosk.api.models import (
    Attendee,
    AttendeeState,
    CheckInRequest,
    RegistrationData,
)
from kiosk.server.runner import RunningServer, start_server

TOKEN = "api-staff-test-token"
ORIGIN = "https://kiosk.staff.test"
STAFF = "staff-SECRET-token-0123456789"
EVENT = "Client_Staff_Event"
NOW = datetime(2026, 3, 18, 8, 0, tzinfo=UTC)


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[RunningServer]:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"events": [{
        "readableEventId": EVENT, "eventName": "Client staff event",
        "startDateUTC": "2026-03-18T09:00:00Z", "endDateUTC": "2026-03-18T17:00:00Z",
        "allowAnonymousRegistrations": True, "maxCapacity": 1, "isCapacityRestricted": True,
        "showWaitlist": True,
    }]}), encoding="utf-8")
    server = start_server(tmp_path / "events.sqlite3", seed=seed, web_apps=[(TOKEN, ORIGIN)],
                          staff_tokens=[STAFF], now=lambda: NOW)
    yield server
    server.stop()


@pytest.fixture
def kiosk(local_server: RunningServer) -> Iterator[EventsApiClient]:
    with EventsApiClient(local_server.base_url_v1, TOKEN, ORIGIN) as client:
        yield client


def _register(kiosk: EventsApiClient, first: str, last: str, email: str,
              waitlisted: bool = False) -> tuple[str, str]:
    """Registers one person; returns (registration id, check-in code)."""
    result = kiosk.register(EVENT, RegistrationData(attendees=[Attendee(
        first_name=first, last_name=last, email=email, waitlisted=waitlisted)]))
    outcome = result.attendees[0]
    assert outcome.registration_id, result
    assert outcome.check_in_code, result
    return outcome.registration_id, outcome.check_in_code


def test_staff_find_an_attendee_without_accents_and_open_the_record(
    kiosk: EventsApiClient,
) -> None:
    registration_id, code = _register(kiosk, "José", "Núñez", "jose.nunez@example.com")
    _register(kiosk, "Joanna", "Smith", "jo@example.com", waitlisted=True)
    kiosk.check_in(CheckInRequest(check_in_code=code))

    hits = kiosk.search_attendees(EVENT, "jose", STAFF)
    assert [(h.registration_id, h.first_name, h.last_name_initial) for h in hits] == [
        (registration_id, "José", "N.")]
    (hit,) = hits
    assert hit.state == AttendeeState.REGISTERED
    assert hit.checked_in is True
    assert hit.checked_in_at == NOW
    assert hit.check_in_code == code
    assert [h.state for h in kiosk.search_attendees(EVENT, "JO", STAFF)] == [
        AttendeeState.WAITLISTED, AttendeeState.REGISTERED]  # Joanna, then José

    record = kiosk.attendee(EVENT, registration_id, STAFF)
    assert (record.first_name, record.last_name, record.email) == (
        "José", "Núñez", "jose.nunez@example.com")
    assert record.checked_in_at == NOW
    assert record.check_in_code == code


def test_a_kiosk_matches_a_scanned_code_against_the_offline_list(
    kiosk: EventsApiClient,
) -> None:
    first_id, first_code = _register(kiosk, "Anna", "Kowalski", "anna@example.com")
    full = kiosk.checkin_list(EVENT, STAFF)
    assert [e.registration_id for e in full.entries] == [first_id]
    (entry,) = full.entries
    assert (entry.first_name, entry.last_name_initial, entry.waitlisted) == ("Anna", "K.", False)
    # Scanned or typed (lower case, a dash, spaces), the kiosk's hash finds the entry.
    typed = f" {first_code[:4].lower()}-{first_code[4:]} "
    assert normalise_check_in_code(typed) == first_code
    assert check_in_code_hash(full.salt, typed) == entry.code_hash
    assert entry.code_hash != check_in_code_hash(full.salt, "ZZZZZZZZ")

    second_id, _ = _register(kiosk, "Ben", "Ode", "ben@example.com", waitlisted=True)
    changed = kiosk.checkin_list(EVENT, STAFF, since=full.cursor)
    assert [(e.registration_id, e.waitlisted) for e in changed.entries] == [(second_id, True)]
    assert changed.salt == full.salt
    assert kiosk.checkin_list(EVENT, STAFF, since=changed.cursor).entries == []


def test_a_refused_staff_token_names_the_staff_token(kiosk: EventsApiClient) -> None:
    with pytest.raises(TokenRejectedError) as refused:
        kiosk.search_attendees(EVENT, "anna", "not-the-staff-token-0000")
    assert refused.value.status_code == 403
    assert "staff token" in str(refused.value)
    with pytest.raises(ConfigurationError, match="staff token is empty"):
        kiosk.checkin_list(EVENT, "  ")


def test_unusable_requests_are_typed_errors(kiosk: EventsApiClient) -> None:
    with pytest.raises(BadRequestError) as short:
        kiosk.search_attendees(EVENT, "a", STAFF)
    assert short.value.server_message
    assert "2" in short.value.server_message
    with pytest.raises(NotFoundError):
        kiosk.attendee(EVENT, "00000000-0000-4000-8000-000000000000", STAFF)
    with pytest.raises(NotFoundError):  # a Dynamics tenant, or an unknown event
        kiosk.search_attendees("No_Such_Event", "anna", STAFF)
    with pytest.raises(BadRequestError):  # start over with the whole list
        kiosk.checkin_list(EVENT, STAFF, since="not-a-cursor")


def test_search_text_and_staff_token_stay_out_of_the_kiosk_log(
    kiosk: EventsApiClient, caplog: pytest.LogCaptureFixture
) -> None:
    _register(kiosk, "Zbigniew", "Quaestor", "zq@example.com")
    caplog.set_level(logging.DEBUG)
    assert kiosk.search_attendees(EVENT, "Zbigniew Q", STAFF)
    assert kiosk.search_attendees(EVENT, "zq@exa", STAFF)
    lines = [r.getMessage() for r in caplog.records]
    assert any("/attendees?***" in line for line in lines)  # httpx did log the requests
    for line in lines:
        for secret in ("Zbig", "zq%40", "zq@", STAFF, TOKEN):
            assert secret not in line, line
