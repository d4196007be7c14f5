"""Helpers for the local events server tests: test data builders, clients, a clock."""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import RunningServer

TOKEN = "test-token"
ORIGIN = "https://kiosk.test"
OTHER_TOKEN = "other-token"
OTHER_ORIGIN = "https://other.test"
WEB_APPS = ((TOKEN, ORIGIN), (OTHER_TOKEN, OTHER_ORIGIN))
STAFF_TOKEN = "staff-token-for-the-tests-0001"
STAFF_HEADER = "X-Kiosk-Staff-Token"

# A fixed "now" (a Wednesday morning in Berlin) so every date in the tests is predictable.
NOW = datetime(2026, 3, 18, 8, 0, tzinfo=UTC)

ServerFactory = Callable[..., RunningServer]


class Clock:
    """A settable clock: ``clock()`` is now; ``advance()`` moves it."""

    def __init__(self, start: datetime = NOW) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._now = moment


def guid(n: int, kind: str = "0") -> str:
    """A readable fixed GUID for test data: guid(3, 'a') -> 0000000a-...-000000000003."""
    return f"{int(kind, 16):08x}-0000-4000-8000-{n:012x}"


def event_seed(readable_id: str = "Test_Event", **fields: Any) -> dict[str, Any]:
    """A minimal, open, free event (starts an hour after NOW), overridable field by field."""
    event: dict[str, Any] = {
        "eventId": guid(zlib.crc32(readable_id.encode()), "e"),
        "readableEventId": readable_id,
        "eventName": readable_id.replace("_", " "),
        "startDateUTC": (NOW + timedelta(hours=1)).isoformat(),
        "endDateUTC": (NOW + timedelta(hours=9)).isoformat(),
        "ianaTimeZone": "Europe/Berlin",
        "timeZone": 110,
        "timeZoneName": "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        "allowAnonymousRegistrations": True,
    }
    event.update(fields)
    return event


def session_seed(n: int, **fields: Any) -> dict[str, Any]:
    session: dict[str, Any] = {
        "id": guid(n, "5"),
        "name": f"Session {n}",
        "startTimeUTC": (NOW + timedelta(hours=1 + n)).isoformat(),
        "endTimeUTC": (NOW + timedelta(hours=1 + n, minutes=45)).isoformat(),
    }
    session.update(fields)
    return session


def attendee(n: int = 1, **fields: Any) -> dict[str, Any]:
    person: dict[str, Any] = {
        "firstName": f"First{n}",
        "lastName": f"Last{n}",
        "email": f"person{n}@example.com",
        "passId": "",
        "waitlisted": False,
        "autoRegister": False,
        "responses": [],
        "attendeeSessions": [],
    }
    person.update(fields)
    return person


def api(
    server: RunningServer,
    *,
    form: str = "v2",
    token: str | None = TOKEN,
    origin: str | None = ORIGIN,
) -> httpx.Client:
    """A client on one base URL form, sending the token and Origin like the kiosk does."""
    base = server.base_url_v2 if form == "v2" else server.base_url_v1
    params = {"emApplicationtoken": token} if token is not None else {}
    headers = {"Origin": origin} if origin is not None else {}
    return httpx.Client(base_url=base, params=params, headers=headers, timeout=30.0)


def staff_api(server: RunningServer, staff_token: str = STAFF_TOKEN) -> httpx.Client:
    """A kiosk's client for the staff extensions: the web app's token and Origin plus the
    staff token."""
    client = api(server)
    client.headers[STAFF_HEADER] = staff_token
    return client


def demo_api(server: RunningServer, form: str = "v2") -> httpx.Client:
    return api(server, form=form, token=DEMO_TOKEN, origin=DEMO_ORIGIN)


_SENTENCE = re.compile(r"^[A-Z][^<>{}\[\]\n\r\t]*[.!?]$")


def assert_plain_message(message: object) -> None:
    """A message a person can read: one plain sentence or two, no markup, no internals."""
    assert isinstance(message, str), message
    assert _SENTENCE.match(message), message
    for leak in ("Traceback", "Error:", "sqlite", "pydantic", "File \""):
        assert leak not in message, message


def register(
    client: httpx.Client, readable_id: str, *people: dict[str, Any], **headers: str
) -> dict[str, Any]:
    response = client.post(
        f"events/{readable_id}/registrations", json={"attendees": list(people)}, headers=headers
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def count(client: httpx.Client, readable_id: str) -> int:
    response = client.get(f"events/{readable_id}/registrations/count")
    assert response.status_code == 200, response.text
    value = response.json()
    assert isinstance(value, int)
    return value
