"""How long the contract models take to read a realistic published-events list and agenda.

Budget (this 2-core machine): ``parse_list(Event, ...)`` of 500 complete events and
``parse_list(Session, ...)`` of 1,000 sessions with 2 embedded speakers each, 10 ms each
(median). The input is JSON-decoded Python data, as the client hands it over.

Run: ``.venv/bin/python benchmarks/bench_models.py [--repeats N] [--profile]``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.api.models import Event, Session, parse_list  # noqa: E402

BUDGET_MS = 10.0
EVENTS = 500
SESSIONS = 1_000
SPEAKERS_PER_SESSION = 2


def _guid(kind: str, n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kiosk-bench/{kind}/{n}"))


def _building(n: int) -> dict[str, Any]:
    return {
        "id": _guid("building", n),
        "name": f"Conference Centre {n}",
        "description": "Main venue with four halls and a lab floor.",
        "addressLine1": f"Messeallee {n}",
        "addressLine2": None,
        "addressLine3": None,
        "city": "Berlin",
        "stateProvince": None,
        "postalCode": "10115",
        "country": "Germany",
        "addressComposite": f"Messeallee {n} 10115 Berlin Germany",
        "email": "venue@example.org",
        "website": "https://venue.example.org",
        "telephone1": "+49 30 1234567",
        "telephone2": None,
        "telephone3": None,
        "accessibleToilets": True,
        "disabledAccess": True,
        "disabledParking": n % 2 == 0,
        "publicTelephoneAvailable": False,
        "wifiAvailable": True,
        "wifiSSID": "Venue-Guest",
        "wifiPassword": None,
        "additionalFacilities": "Cloakroom, cafe",
    }


def _room(n: int) -> dict[str, Any]:
    return {
        "id": _guid("room", n),
        "name": f"Hall {n % 4 + 1}",
        "description": None,
        "disabledAccess": True,
    }


def make_events(count: int = EVENTS) -> list[dict[str, Any]]:
    """Complete Event objects, every field present, the way a current server sends them."""
    start = datetime(2026, 3, 18, 9, 0)
    events = []
    for n in range(count):
        local = start + timedelta(days=n % 60, hours=n % 5)
        utc = local - timedelta(hours=1)
        events.append(
            {
                "eventId": _guid("event", n),
                "readableEventId": f"Fabrikam_Event_{n:04d}",
                "eventName": f"Fabrikam Makers Summit {n}",
                "description": "One day of talks and hands-on labs for hardware makers. " * 3,
                "startDate": local.isoformat(),
                "endDate": (local + timedelta(hours=8)).isoformat(),
                "startDateUTC": utc.isoformat() + "Z",
                "endDateUTC": (utc + timedelta(hours=8)).isoformat() + "Z",
                "timeZone": 110,
                "timeZoneName": "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
                "eventFormat": 100000001,
                "eventType": 100000001 + n % 5,
                "eventLanguage": None if n % 3 else 100000002,
                "maxCapacity": 120,
                "isCapacityRestricted": True,
                "showWaitlist": True,
                "autoregisterWaitlistItems": False,
                "showAutomaticRegistrationCheckbox": True,
                "allowAnonymousRegistrations": True,
                "allowCustomAgenda": True,
                "enableMultiAttendeeRegistration": True,
                "enableCaptcha": False,
                "registrationForm": None,
                "setRegistrationEndDate": True,
                "stopRegistrationDate": (utc - timedelta(hours=10)).isoformat() + "Z",
                "websiteMessage": "Registration for this event is closed.",
                "publicEventUrl": f"https://events.example.org/{n}",
                "image": f"https://cdn.example.org/banners/{n}.jpg",
                "building": _building(n),
                "room": _room(n),
            }
        )
    return events


def _speaker(n: int) -> dict[str, Any]:
    return {
        "id": _guid("speaker", n),
        "name": f"Speaker {n}",
        "title": "Hardware Engineer",
        "about": "Builds things that blink. " * 4,
        "accomplishments": None,
        "publications": None,
        "email": None,
        "blog": None,
        "linkedin": f"https://linkedin.example/{n}",
        "twitter": None,
        "website": None,
        "image": None,
        "imageUrl": f"speakers/{_guid('speaker', n)}/image",
        "sessions": [],
    }


def make_sessions(count: int = SESSIONS) -> list[dict[str, Any]]:
    """Sessions of the agenda endpoint, each embedding its speakers (contract §4.5)."""
    start = datetime(2026, 3, 18, 9, 0)
    sessions = []
    for n in range(count):
        local = start + timedelta(minutes=30 * (n % 20))
        utc = local - timedelta(hours=1)
        sessions.append(
            {
                "id": _guid("session", n),
                "name": f"Session {n}: Surface-Mount Basics",
                "sessionSummary": "Bring a laptop; kits are provided.",
                "detailedDescription": "A longer description of what happens. " * 3,
                "sessionObjectives": None,
                "sessionPreRequisites": None,
                "startTime": local.isoformat(),
                "endTime": (local + timedelta(minutes=45)).isoformat(),
                "startTimeUTC": utc.isoformat() + "Z",
                "endTimeUTC": (utc + timedelta(minutes=45)).isoformat() + "Z",
                "timeZone": 110,
                "sessionFormat": 100000001,
                "sessionType": 100000000 + n % 4,
                "language": 100000000,
                "camerasPermitted": 100000001,
                "recordingsPermitted": 100000002,
                "maxCapacity": 24,
                "isCapacityRestricted": True,
                "registrationCount": n % 25,
                "userEligibleToRegister": False,
                "alreadyRegistered": False,
                "building": None,
                "room": _room(n),
                "speakers": [
                    _speaker(n * SPEAKERS_PER_SESSION + k) for k in range(SPEAKERS_PER_SESSION)
                ],
            }
        )
    return sessions


def measure(fn: Callable[[], object], repeats: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        fn()
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        timings.append((time.perf_counter() - started) * 1000.0)
    return timings


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--profile", action="store_true", help="cProfile one run of each")
    args = parser.parse_args()

    # Round-trip through JSON so the input is exactly what httpx's response.json() gives.
    events = json.loads(json.dumps(make_events()))
    sessions = json.loads(json.dumps(make_sessions()))
    # The data must parse completely, or the timing means nothing.
    assert len(parse_list(Event, events, "events")) == EVENTS
    parsed = parse_list(Session, sessions, "sessions")
    assert len(parsed) == SESSIONS
    assert all(len(s.speakers or []) == SPEAKERS_PER_SESSION for s in parsed)

    cases: list[tuple[str, Callable[[], object]]] = [
        (f"parse_list(Event) x{EVENTS}", lambda: parse_list(Event, events, "events")),
        (
            f"parse_list(Session) x{SESSIONS} (+{SPEAKERS_PER_SESSION} speakers each)",
            lambda: parse_list(Session, sessions, "sessions"),
        ),
    ]
    print(f"python {sys.version.split()[0]}, {args.repeats} repeats after {args.warmup} warm-up")
    over = False
    for name, fn in cases:
        timings = measure(fn, args.repeats, args.warmup)
        median = statistics.median(timings)
        verdict = "ok" if median <= BUDGET_MS else "OVER BUDGET"
        over |= median > BUDGET_MS
        print(
            f"{name:<52} median {median:7.2f} ms   p90 {p90(timings):7.2f} ms   "
            f"min {min(timings):7.2f} ms   budget {BUDGET_MS:.0f} ms: {verdict}"
        )
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            fn()
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
            print(out.getvalue())
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
