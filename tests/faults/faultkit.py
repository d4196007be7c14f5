"""Shared pieces of the fault tests: the seed, the spoiled answers, the kiosk's service
layer wired to an endpoint, polling with a deadline, and exactly-once checks against the
server's database."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fault_proxy import Fault

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import ApiTimeoutError, ApiUnreachableError, InvalidResponseError, ServerError
from kiosk.api.models import Attendee, AttendeeOutcome, RegistrationData
from kiosk.services.catalog import Catalog, EventDetails
from kiosk.services.catalog_cache import CatalogCache
from kiosk.services.checkin import CheckInService
from kiosk.services.checkin_list import FILE_NAME, CheckInListStore
from kiosk.services.drainer import OutboxDrainer, api_probe
from kiosk.services.outbox import Outbox, Submission, SubmissionState
from kiosk.services.registration import RegistrationDraft, RegistrationService

# Distinctive, so a leak into a log is easy to spot.
TOKEN = "tok-FAULT-5ecret-9f3b"
STAFF_TOKEN = "staff-FAULT-5ecret-token-77c1"
ORIGIN = "http://kiosk.faults.example"
EVENT = "FaultFest"
TINY = "TinyFest"  # capacity 1: for a real refusal

# Small timeouts and delays keep the suite fast; the behaviour is the same as in production.
CLIENT_OPTIONS: dict[str, Any] = {
    "connect_timeout": 0.5,
    "read_timeout": 0.5,
    "get_attempts": 2,
    "backoff_base": 0.01,
    "backoff_cap": 0.05,
}
DRAINER_OPTIONS: dict[str, Any] = {
    "base_delay": 0.05,
    "max_delay": 0.5,
    "probe_interval": 0.05,
    "idle_poll": 0.05,
    "stuck_max_delay": 0.5,
    "health_interval": 0.2,
}

# fault, does the server see (and commit) the spoiled request, what the kiosk is told
SPOILED = [
    pytest.param(Fault.DELAY, True, ApiTimeoutError, id="delay-past-timeout"),
    pytest.param(Fault.RESET, True, ApiUnreachableError, id="reset-mid-response"),
    pytest.param(Fault.DROP, True, ApiUnreachableError, id="answer-dropped-after-commit"),
    pytest.param(Fault.SERVER_ERROR, False, ServerError, id="500"),
    pytest.param(Fault.MALFORMED_JSON, True, InvalidResponseError, id="malformed-json"),
    pytest.param(Fault.HTML_PAGE, True, InvalidResponseError, id="html-instead-of-json"),
    pytest.param(Fault.TRUNCATED, True, ApiUnreachableError, id="truncated-body"),
    pytest.param(Fault.BAD_ENCODING, True, InvalidResponseError, id="corrupt-gzip"),
]


def write_seed(path: Path, *, now: datetime | None = None, tiny_capacity: int = 1) -> Path:
    start = (now or datetime.now(UTC)).replace(microsecond=0) + timedelta(days=30)
    end = start + timedelta(hours=8)

    def event(readable_id: str, name: str, capacity: int) -> dict[str, Any]:
        return {
            "readableEventId": readable_id,
            "eventName": name,
            "startDateUTC": start.isoformat().replace("+00:00", "Z"),
            "endDateUTC": end.isoformat().replace("+00:00", "Z"),
            "ianaTimeZone": "UTC",
            "maxCapacity": capacity,
            "isCapacityRestricted": True,
            "allowAnonymousRegistrations": True,
        }

    seed = {
        "events": [event(EVENT, "Fault Fest", 100_000), event(TINY, "Tiny Fest", tiny_capacity)]
    }
    path.write_text(json.dumps(seed), encoding="utf-8")
    return path


def fill_tiny(server: Any) -> None:
    """Another kiosk takes the only seat (straight to the server, not through the proxy)."""
    with EventsApiClient(server.base_url_v2, TOKEN, ORIGIN) as other_kiosk:
        result = other_kiosk.register(
            TINY,
            RegistrationData(attendees=[Attendee(first_name="Early", last_name="Bird",
                                                 email="early.bird@faults.example")]),
            idempotency_key="fill-the-only-seat",
        )
    assert result.succeeded


def draft(n: int | str, *, first: str = "Ottilie", last: str = "Quenby") -> RegistrationDraft:
    return RegistrationDraft(
        first_name=first,
        last_name=last,
        email=f"attendee.{n}@faults.example",
        consent=True,
    )


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.01) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` seconds pass; True when it held."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def register_directly(server: Any, n: int | str, readable_id: str = EVENT) -> AttendeeOutcome:
    """Someone registered earlier (at another kiosk, straight to the server): their outcome,
    with the registration id and the check-in code."""
    with EventsApiClient(server.base_url_v2, TOKEN, ORIGIN) as elsewhere:
        result = elsewhere.register(
            readable_id,
            RegistrationData(attendees=[Attendee(first_name=f"Guest{n}", last_name="Early",
                                                 email=f"guest.{n}@faults.example")]),
        )
    (outcome,) = result.attendees
    assert outcome.check_in_code
    return outcome


class Kiosk:
    """The kiosk's service layer against one endpoint, with its own data folder; with a
    staff token, an offline check-in list too."""

    def __init__(
        self, endpoint: str, data_dir: Path, server: Any = None, staff_token: str | None = None
    ) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.endpoint = endpoint
        self.server = server
        self.client = EventsApiClient(endpoint, TOKEN, ORIGIN, **CLIENT_OPTIONS)
        self.probe_client = EventsApiClient(
            endpoint, TOKEN, ORIGIN, **{**CLIENT_OPTIONS, "get_attempts": 1}
        )
        self.outbox = Outbox(data_dir / "outbox.sqlite3")
        self.cache = CatalogCache(data_dir / "catalog.sqlite3")
        self.catalog = Catalog(self.client, cache=self.cache)
        self.registration = RegistrationService(self.client, self.outbox)
        self.check_in_list = CheckInListStore(data_dir / FILE_NAME) if staff_token else None
        self.checkin = CheckInService(
            self.client, self.outbox, staff_token=staff_token, check_in_list=self.check_in_list
        )
        self.drainer: OutboxDrainer | None = None

    def details(self, readable_id: str = EVENT) -> EventDetails:
        return self.catalog.load_event(readable_id)

    def start_drainer(self, **options: Any) -> OutboxDrainer:
        assert self.drainer is None
        settings = {**DRAINER_OPTIONS, **options}
        self.drainer = OutboxDrainer(
            self.outbox, self.registration, checkin=self.checkin,
            probe=api_probe(self.probe_client), **settings,
        )
        self.drainer.start()
        return self.drainer

    def queued(self) -> int:
        return self.outbox.queued_count()[0]

    def wait_drained(self, timeout: float = 10.0) -> None:
        assert wait_until(lambda: self.queued() == 0, timeout), (
            f"{self.queued()} submission(s) still queued after {timeout}s: "
            f"{[s.last_error for s in self.outbox.queued()]}"
        )

    def close(self) -> None:
        if self.drainer is not None:
            self.drainer.stop()
            assert not self.drainer.running
        self.cache.close()
        if self.check_in_list is not None:
            self.check_in_list.close()
        self.outbox.close()
        self.probe_client.close()
        self.client.close()

    def __enter__(self) -> Kiosk:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# --------------------------------------------------------------------------- the server's side


@contextmanager
def read_only_db(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a SQLite file in use (WAL: safe while it is written)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        yield conn


def registrations_for(db_path: Path, email: str) -> list[tuple[str, str]]:
    """(registration id, state) of every registration of the contact with ``email``."""
    with read_only_db(db_path) as conn:
        rows = conn.execute(
            "SELECT r.id, r.state FROM registrations r JOIN contacts c ON c.id = r.contact_id"
            " WHERE lower(c.email) = lower(?)",
            (email,),
        ).fetchall()
    return [(row[0], row[1]) for row in rows]


def check_in_rows(db_path: Path, registration_id: str | None = None) -> int:
    """Check-ins the server recorded (for one registration, or all)."""
    with read_only_db(db_path) as conn:
        if registration_id is None:
            row = conn.execute("SELECT COUNT(*) FROM checkins")
        else:
            row = conn.execute(
                "SELECT COUNT(*) FROM checkins WHERE registration_id = ?", (registration_id,)
            )
        return int(row.fetchone()[0])


def key_count(db_path: Path, key: str) -> int:
    with read_only_db(db_path) as conn:
        row = conn.execute("SELECT COUNT(*) FROM idempotency_keys WHERE key = ?", (key,))
        return int(row.fetchone()[0])


def event_registration_total(db_path: Path, readable_id: str = EVENT) -> int:
    with read_only_db(db_path) as conn:
        return int(
            conn.execute(
                "SELECT COUNT(*) FROM registrations r JOIN events e ON e.event_id = r.event_id"
                " WHERE e.readable_id = ?",
                (readable_id,),
            ).fetchone()[0]
        )


def assert_delivered_once(db_path: Path, submission: Submission | None, email: str) -> None:
    """The submission is delivered, and the server holds exactly one registration for it:
    one row for the e-mail, one stored Idempotency-Key, and the kiosk's stored answer is
    that registration's first answer (a second, unkeyed write would say
    already_registered)."""
    assert submission is not None
    assert submission.state is SubmissionState.DELIVERED, submission.last_error
    rows = registrations_for(db_path, email)
    assert len(rows) == 1, rows
    assert rows[0][1] == "registered"
    assert key_count(db_path, submission.id) == 1
    assert submission.result is not None
    assert submission.result.succeeded
    (outcome,) = submission.result.attendees
    assert outcome.registration_id == rows[0][0]
    assert not outcome.already_registered
