"""The built-in demo: a two-day conference and five smaller events, dated relative to now.

``kiosk --demo`` and ``kiosk-server --demo`` load it into an empty database, so a laptop
with no tenant shows something realistic: an event happening now, one later today, one
tomorrow, one full with its waitlist open, one whose registration has closed, and a paid
one. It is built as a seed document (the same JSON a ``--seed`` file holds) and loaded
through the same loader, then a few demo attendees are registered through the same rules
to fill the full event and one full session.

Times are wall-clock in Europe/Berlin (Dynamics time-zone code 110) with UTC twins
computed by zoneinfo, so daylight saving is handled the way the real service does.
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.api.models import (
    Attendee,
    AttendeeSessions,
    CustomFieldType,
    CustomRegistrationFieldResponse,
    EventFormat,
    EventType,
    Language,
    RegistrationData,
    SessionFormat,
    SessionType,
    YesNo,
)
from kiosk.server import catalog
from kiosk.server.db import Database
from kiosk.server.loader import store_seed
from kiosk.server.registration import Registrar, load_event

log = logging.getLogger(__name__)

# The demo web application: the kiosk app uses these to talk to a --demo server.
DEMO_TOKEN = "demo-kiosk-token"
DEMO_ORIGIN = "http://kiosk.localhost"

ZONE_NAME = "Europe/Berlin"
ZONE = ZoneInfo(ZONE_NAME)
TIME_ZONE_CODE = 110
TIME_ZONE_LABEL = "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

CONFERENCE = "Nordlicht_Tech_Conference"
MEETUP = "Nordlicht_Evening_Meetup"
WORKSHOP = "Cloud_Native_Workshop_Day"
FULL_LAB = "AI_Hands_On_Lab"
CLOSED = "Security_Leaders_Breakfast"
PAID = "Product_Leadership_Masterclass"

_NS = uuid.UUID("0b7c5a52-8f1e-4d7e-9b3a-54a1e3c2d9f0")


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NS, ":".join(str(p) for p in parts)))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _local(day: date, hour: int, minute: int = 0) -> str:
    return datetime(day.year, day.month, day.day, hour, minute).isoformat()


BUILDING: dict[str, Any] = {
    "id": _id("building"),
    "name": "Spreeufer Congress Centre",
    "description": "Conference centre on the river, five minutes from the S-Bahn.",
    "addressLine1": "Uferpromenade 12",
    "addressLine2": None,
    "addressLine3": None,
    "city": "Berlin",
    "stateProvince": None,
    "postalCode": "10179",
    "country": "Germany",
    "addressComposite": "Uferpromenade 12, 10179 Berlin, Germany",
    "email": "info@spreeufer-congress.example",
    "website": "https://spreeufer-congress.example",
    "telephone1": "+49 30 5550 1200",
    "telephone2": None,
    "telephone3": None,
    "accessibleToilets": True,
    "disabledAccess": True,
    "disabledParking": True,
    "publicTelephoneAvailable": False,
    "wifiAvailable": True,
    "wifiSSID": "Spreeufer-Guest",
    "wifiPassword": None,
    "additionalFacilities": "Cloakroom, quiet room, parents' room, bicycle parking.",
}


def _room(name: str, description: str) -> dict[str, Any]:
    return {"id": _id("room", name), "name": name, "description": description,
            "disabledAccess": True}


ROOMS = {
    "main": _room("Main Stage", "Ground floor, 600 seats"),
    "a": _room("Hall A", "Ground floor, 200 seats"),
    "b": _room("Hall B", "First floor, 160 seats"),
    "c1": _room("Room C1", "First floor, 90 seats"),
    "c2": _room("Room C2", "First floor, 60 seats"),
    "lab": _room("Lab D", "Second floor, workstations provided"),
    "lounge": _room("River Lounge", "Ground floor, terrace side"),
}

SPEAKERS = (
    ("Amara Okafor", "Principal Engineer, Contoso"),
    ("Jonas Becker", "Head of Platform, Fabrikam"),
    ("Mei Lin", "Data Scientist, Northwind Traders"),
    ("Lukas Schneider", "Site Reliability Engineer, Tailspin Toys"),
    ("Sofia Rossi", "Engineering Manager, Adventure Works"),
    ("Rahul Mehta", "Machine Learning Lead, Woodgrove Bank"),
    ("Elena Petrova", "Security Architect, Litware"),
    ("Tomás García", "Developer Advocate, Proseware"),
    ("Hannah Fischer", "Staff Engineer, Wide World Importers"),
    ("Kwame Mensah", "Cloud Architect, Alpine Ski House"),
    ("Ingrid Johansson", "Accessibility Specialist, Contoso"),
    ("Yuki Tanaka", "Data Engineer, Fabrikam"),
    ("Fatima Al-Sayed", "Product Security Lead, Northwind Traders"),
    ("Daniel Novák", "Python Core Developer, Tailspin Toys"),
    ("Chloé Martin", "UX Researcher, Adventure Works"),
    ("Oliver Bennett", "CTO, Litware"),
    ("Priya Raman", "AI Ethics Researcher, Woodgrove Bank"),
    ("Mateusz Kowalski", "Streaming Platform Lead, Proseware"),
    ("Leila Haddad", "Sustainability Engineer, Wide World Importers"),
    ("Noah Schmidt", "Infrastructure Engineer, Alpine Ski House"),
)

# (track, room, capacity or None, titles): ten sessions per track, five a day.
TRACKS = (
    ("Cloud & Infrastructure", "a", None, (
        "Kubernetes Without Tears: Operating Clusters at Small Scale",
        "Zero-Downtime Database Migrations in Practice",
        "Cost-Aware Cloud Architecture",
        "Observability Beyond Dashboards: SLOs That Matter",
        "Infrastructure as Code: Lessons From 500 Terraform Modules",
        "Edge Computing for Retail: A Field Report",
        "Designing for Failure: Chaos Engineering on a Budget",
        "Serverless in Production: What the Bills Taught Us",
        "Platform Engineering: Building the Paved Road",
        "Green Software: Measuring the Carbon Cost of Code",
    )),
    ("Data & AI", "b", 160, (
        "From Prototype to Production: Shipping LLM Features Responsibly",
        "Data Contracts: Stopping Pipeline Breakage at the Source",
        "Vector Search Explained for Database People",
        "Evaluating Machine Learning Models Beyond Accuracy",
        "Privacy-Preserving Analytics With Differential Privacy",
        "Streaming Data With Apache Kafka: Patterns and Pitfalls",
        "Forecasting Demand for Small Businesses",
        "Explainable AI for Regulated Industries",
        "The Modern Data Stack, Five Years Later",
        "Retrieval-Augmented Generation: An Architecture Deep Dive",
    )),
    ("Developer Experience", "c1", 90, (
        "Fast Feedback: Cutting CI Time in Half",
        "Type Hints at Scale: Migrating a Large Python Codebase",
        "Accessible by Default: Building Inclusive Interfaces",
        "API Design Reviews That Developers Actually Enjoy",
        "Testing Strategies for Event-Driven Systems",
        "Monorepo or Polyrepo? A Decision Framework",
        "Writing Documentation People Read",
        "Secure Software Supply Chains for Everyone",
        "Refactoring Legacy Code With Confidence",
        "Developer Productivity Metrics Without the Surveillance",
    )),
    ("Hands-on Labs", "lab", 20, (
        "Lab: Build Your First Data Pipeline",
        "Lab: Container Security Scanning",
        "Lab: Fine-Tuning a Small Language Model",
        "Lab: Property-Based Testing With Hypothesis",
        "Lab: Terraform From Zero",
        "Lab: Observability With OpenTelemetry",
        "Lab: Accessible Web Components",
        "Lab: Kafka Streams Hands-On",
        "Lab: Threat Modelling a Web Application",
        "Lab: Debugging Performance in Python",
    )),
)
FULL_SESSION_TITLE = "Lab: Fine-Tuning a Small Language Model"
FULL_SESSION_CAPACITY = 12
SLOTS = ((10, 0), (11, 0), (12, 0), (14, 0), (15, 0))

SPONSORS = (
    ("Contoso Cloud", "Platinum sponsor"),
    ("Fabrikam Data", "Platinum sponsor"),
    ("Northwind Systems", "Gold sponsor"),
    ("Woodgrove Bank", "Gold sponsor"),
    ("Litware Security", "Silver sponsor"),
    ("Proseware", "Silver sponsor"),
    ("Tailspin Labs", "Coffee bar sponsor"),
    ("Alpine Networks", "Wi-Fi sponsor"),
)

FIRST_NAMES = ("Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Henrik", "Ida",
               "Jan", "Karla", "Leon", "Mia", "Nils", "Olga", "Paul")
LAST_NAMES = ("Adler", "Brandt", "Conrad", "Dietrich", "Engel", "Frank", "Graf", "Hahn")


def _event(
    readable_id: str,
    name: str,
    description: str,
    start: str,
    end: str,
    *,
    event_type: EventType,
    room: str | None,
    capacity: int | None,
    waitlist: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "eventId": _id("event", readable_id),
        "readableEventId": readable_id,
        "eventName": name,
        "description": description,
        "startDate": start,
        "endDate": end,
        "timeZone": TIME_ZONE_CODE,
        "timeZoneName": TIME_ZONE_LABEL,
        "ianaTimeZone": ZONE_NAME,
        "eventFormat": EventFormat.ON_SITE.value,
        "eventType": event_type.value,
        "eventLanguage": Language.ENGLISH.value,
        "building": BUILDING,
        "room": ROOMS[room] if room else None,
        "image": None,
        "publicEventUrl": None,
        "maxCapacity": capacity or 0,
        "isCapacityRestricted": capacity is not None,
        "showWaitlist": waitlist,
        "autoregisterWaitlistItems": False,
        "showAutomaticRegistrationCheckbox": waitlist,
        "allowAnonymousRegistrations": True,
        "allowCustomAgenda": False,
        "enableMultiAttendeeRegistration": False,
        "enableCaptcha": False,
        "registrationForm": None,
        "setRegistrationEndDate": False,
        "stopRegistrationDate": None,
        "websiteMessage": None,
    }
    event.update(extra)
    return event


def _field(event: str, n: int, text: str, kind: CustomFieldType, required: bool,
           choices: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "customRegistrationFieldId": _id("field", event, n),
        "text": text,
        "type": kind.value,
        "isRequired": required,
        "choices": "\n".join(choices) if choices else None,
    }


def _session(
    event: str, n: int, name: str, day: date, start: tuple[int, int], minutes: int,
    room: str, *, kind: SessionType, capacity: int | None, speakers: list[str],
    summary: str,
) -> dict[str, Any]:
    begin = datetime(day.year, day.month, day.day, *start)
    return {
        "id": _id("session", event, n),
        "name": name,
        "sessionSummary": summary,
        "detailedDescription": None,
        "sessionObjectives": None,
        "sessionPreRequisites": "Bring a laptop." if kind is SessionType.LAB else None,
        "startTime": begin.isoformat(),
        "endTime": (begin + timedelta(minutes=minutes)).isoformat(),
        "timeZone": TIME_ZONE_CODE,
        "sessionFormat": SessionFormat.ON_SITE.value,
        "sessionType": kind.value,
        "language": Language.ENGLISH.value,
        "camerasPermitted": (YesNo.NO if kind is SessionType.LAB else YesNo.YES).value,
        "recordingsPermitted": (YesNo.NO if kind is SessionType.LAB else YesNo.YES).value,
        "building": BUILDING,
        "room": ROOMS[room],
        "maxCapacity": capacity or 0,
        "isCapacityRestricted": capacity is not None,
        "speakerIds": speakers,
    }


def _conference(day1: date) -> dict[str, Any]:
    day2 = day1 + timedelta(days=1)
    speakers: list[dict[str, Any]] = []
    for i, (name, title) in enumerate(SPEAKERS):
        first = name.split()[0]
        speakers.append({
            "id": _id("speaker", i),
            "name": name,
            "title": title,
            "about": f"{first} has spent more than a decade building and running software "
                     "in production, and enjoys sharing what worked and what did not.",
            "accomplishments": None,
            "publications": None,
            "email": None,
            "blog": None,
            "linkedin": None,
            "twitter": None,
            "website": None,
            "image": _b64(_images().portrait_jpeg(name)),
        })
    speaker_ids: list[str] = [str(s["id"]) for s in speakers]
    sessions: list[dict[str, Any]] = [
        _session(CONFERENCE, 0, "Opening Keynote: Building Technology People Trust", day1,
                 (9, 0), 45, "main", kind=SessionType.KEYNOTE, capacity=None,
                 speakers=[speaker_ids[15], speaker_ids[16]],
                 summary="Why trust is the product, and what it takes to earn it."),
    ]
    tracks = []
    n = 1
    for t, (track_name, room, capacity, titles) in enumerate(TRACKS):
        track_sessions = []
        for k, title in enumerate(titles):
            day = day1 if k < 5 else day2
            kind = SessionType.LAB if room == "lab" else SessionType.GENERAL
            cap = FULL_SESSION_CAPACITY if title == FULL_SESSION_TITLE else capacity
            minutes = 50 if kind is SessionType.LAB else 45
            session = _session(
                CONFERENCE, n, title, day, SLOTS[k % 5], minutes, room, kind=kind,
                capacity=cap, speakers=[speaker_ids[(t * 5 + k) % len(speaker_ids)]],
                summary=f"A {track_name.lower()} session with practical takeaways.",
            )
            sessions.append(session)
            track_sessions.append(session["id"])
            n += 1
        tracks.append({
            "id": _id("track", t),
            "name": track_name,
            "description": f"Talks and labs on {track_name.lower()}.",
            "sessionIds": track_sessions,
        })
    sessions.append(
        _session(CONFERENCE, n, "Closing Keynote: The Next Ten Years of Software", day2,
                 (16, 0), 45, "main", kind=SessionType.KEYNOTE, capacity=None,
                 speakers=[speaker_ids[0], speaker_ids[9]],
                 summary="Where the industry is heading, and how to get ready.")
    )
    sponsorships = [
        {
            "id": _id("sponsorship", i),
            "sponsorId": _id("sponsor", i),
            "sponsorName": name,
            "sponsorshipTopic": topic,
            "description": f"{name} supports the Nordlicht community.",
            "image": _b64(_images().logo_png(name)),
        }
        for i, (name, topic) in enumerate(SPONSORS)
    ]
    fields = [
        _field(CONFERENCE, 0, "Job title", CustomFieldType.SIMPLE_TEXT, False),
        _field(CONFERENCE, 1, "Dietary requirements", CustomFieldType.SINGLE_CHOICE, True,
               ("No requirements", "Vegetarian", "Vegan", "Gluten-free", "Halal", "Kosher")),
        _field(CONFERENCE, 2, "Which topics interest you?", CustomFieldType.MULTIPLE_CHOICE,
               False, ("Cloud", "Data & AI", "Developer experience", "Security")),
        _field(CONFERENCE, 3, "Send me the event newsletter", CustomFieldType.BOOLEAN, False),
        _field(CONFERENCE, 4, "I have read the code of conduct", CustomFieldType.BOOLEAN, True),
    ]
    event = _event(
        CONFERENCE,
        "Nordlicht Tech Conference",
        "Two days of talks and hands-on labs on cloud, data, AI and the craft of "
        "software, with four tracks and plenty of time to meet people.",
        _local(day1, 8, 0),
        _local(day2, 18, 0),
        event_type=EventType.CONFERENCE,
        room="main",
        capacity=400,
        waitlist=True,
        allowCustomAgenda=True,
        enableMultiAttendeeRegistration=True,
        image=_b64(_images().banner_jpeg("Nordlicht Tech Conference")),
    )
    event.update(sessions=sessions, tracks=tracks, speakers=speakers,
                 sponsorships=sponsorships, customRegistrationFields=fields)
    return event


def _images() -> Any:
    """The demo's pictures (Pillow): needed when the demo is made, not when a server
    starts on a database that has it already (``kiosk --demo`` on a later start)."""
    from kiosk.server import images

    return images


def build_demo(now: datetime) -> dict[str, Any]:
    """The demo as a seed document, dated relative to ``now`` (an aware instant)."""
    local_now = now.astimezone(ZONE).replace(tzinfo=None)
    # Day 1 is chosen so the conference (08:00 day 1 to 18:00 day 2) is always on now.
    day1 = (local_now - timedelta(hours=8)).date()
    today = local_now.date()
    later = (local_now + timedelta(hours=2)).replace(second=0, microsecond=0)
    later = later.replace(minute=0 if later.minute < 30 else 30)
    tomorrow = today + timedelta(days=1)

    meetup = _event(
        MEETUP, "Nordlicht Evening Meetup: Lightning Talks",
        "Five-minute talks from the community, then drinks on the terrace.",
        later.isoformat(), (later + timedelta(hours=2, minutes=30)).isoformat(),
        event_type=EventType.DEMONSTRATION, room="lounge", capacity=80,
        image=_b64(_images().banner_jpeg("Evening Meetup")),
        customRegistrationFields=[
            _field(MEETUP, 0, "Company", CustomFieldType.SIMPLE_TEXT, False),
        ],
    )
    workshop = _event(
        WORKSHOP, "Cloud Native Workshop Day",
        "A guided day of exercises: containers, Kubernetes and GitOps, from zero to deploy.",
        _local(tomorrow, 10, 0), _local(tomorrow, 16, 30),
        event_type=EventType.TRAINING, room="c2", capacity=40, waitlist=True,
        # A picture as the contract's wrapper form, {"image": ...} (§4.4).
        image={"image": _b64(_images().banner_jpeg("Cloud Native"))},
        sessions=[
            _session(WORKSHOP, i, title, tomorrow, start, 75, "c2", kind=SessionType.LAB,
                     capacity=None, speakers=[], summary="Hands-on, with a coach per table.")
            for i, (title, start) in enumerate((
                ("Containers From Scratch", (10, 0)),
                ("Kubernetes Fundamentals", (11, 30)),
                ("GitOps With Flux", (13, 45)),
                ("Production Readiness Review", (15, 15)),
            ))
        ],
    )
    full_day = tomorrow + timedelta(days=1)
    full_lab = _event(
        FULL_LAB, "AI Hands-on Lab: Build a Document Assistant",
        "Build a retrieval-augmented assistant over your own documents in one afternoon.",
        _local(full_day, 13, 0), _local(full_day, 17, 30),
        event_type=EventType.TRAINING, room="lab", capacity=24, waitlist=True,
        customRegistrationFields=[
            _field(FULL_LAB, 0, "Experience with Python", CustomFieldType.SINGLE_CHOICE, True,
                   ("Beginner", "Intermediate", "Advanced")),
        ],
    )
    closed_day = today + timedelta(days=3)
    closed = _event(
        CLOSED, "Security Leaders Breakfast",
        "An invitation-style breakfast round table on incident response.",
        _local(closed_day, 8, 0), _local(closed_day, 10, 0),
        event_type=EventType.EXECUTIVE_BRIEFING, room="lounge", capacity=30,
        setRegistrationEndDate=True,
        stopRegistrationDate=(now - timedelta(hours=2)).isoformat(),
        websiteMessage="Registration for the Security Leaders Breakfast has closed. Please "
                       "ask at the information desk about standby places.",
    )
    paid_day = today + timedelta(days=5)
    paid = _event(
        PAID, "Product Leadership Masterclass",
        "A full-day masterclass on product strategy, discovery and roadmaps.",
        _local(paid_day, 9, 0), _local(paid_day, 17, 0),
        event_type=EventType.TRAINING, room="c1", capacity=60,
        passes=[
            {"passId": _id("pass", 0), "passName": "Standard", "price": 249.0,
             "currencySymbol": "\u20ac", "numberOfPassesLeft": 38,
             "numberOfPassesSold": 12},
            {"passId": _id("pass", 1), "passName": "Student", "price": 79.0,
             "currencySymbol": "\u20ac", "numberOfPassesLeft": 5,
             "numberOfPassesSold": 5},
        ],
    )
    return {"events": [_conference(day1), meetup, workshop, full_lab, closed, paid]}


def _full_session_id() -> str:
    n = 1  # session 0 is the opening keynote; then the tracks' sessions in order
    for _, _, _, titles in TRACKS:
        for title in titles:
            if title == FULL_SESSION_TITLE:
                return _id("session", CONFERENCE, n)
            n += 1
    raise AssertionError("the full session is missing from TRACKS")  # pragma: no cover


def _attendee(n: int, **extra: Any) -> Attendee:
    first = FIRST_NAMES[n % len(FIRST_NAMES)]
    last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return Attendee(first_name=first, last_name=last,
                    email=f"{first}.{last}.{n}@example.org".lower(), **extra)


def _register_demo_attendees(registrar: Registrar, conn: Any, now: datetime) -> None:
    """Fill the full event (and its waitlist) and one conference lab, through the rules."""
    def submit(readable_id: str, attendee: Attendee) -> None:
        event_id, event = load_event(conn, readable_id)
        result = registrar.register_in(
            conn, event_id, event, RegistrationData(attendees=[attendee]), now
        )
        if result.failed:  # pragma: no cover - the demo data and the rules disagree
            raise RuntimeError(f"demo registration refused: {result.error_code}")

    level = _id("field", FULL_LAB, 0)
    for n in range(24 + 3):
        submit(FULL_LAB, _attendee(n, waitlisted=n >= 24, responses=[
            CustomRegistrationFieldResponse(id=level, value=("Beginner", "Advanced")[n % 2]),
        ]))
    diet, conduct = _id("field", CONFERENCE, 1), _id("field", CONFERENCE, 4)
    full_session = _full_session_id()
    for n in range(30, 30 + FULL_SESSION_CAPACITY):
        submit(CONFERENCE, _attendee(n, responses=[
            CustomRegistrationFieldResponse(id=diet, value="No requirements"),
            CustomRegistrationFieldResponse(id=conduct, value="Yes"),
        ], attendee_sessions=[AttendeeSessions(session_id=full_session)]))


def load_demo_if_empty(db: Database, now: Callable[[], datetime]) -> bool:
    """Load the demo when the database has no events yet; True if it did."""
    started = time.perf_counter()
    with db.write() as conn:
        if catalog.has_events(conn):
            return False
        moment = now()
        store_seed(conn, build_demo(moment), moment)
        _register_demo_attendees(Registrar(db, now), conn, moment)
    log.info("demo loaded in %.0f ms", (time.perf_counter() - started) * 1000)
    return True
