"""The kiosk's own decision and validation: what the screen offers and what it refuses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.api.models import (
    CustomFieldType,
    CustomRegistrationField,
    Event,
    Pass,
    Session,
)
from kiosk.services.availability import (
    Availability,
    Timing,
    event_availability,
    event_timing,
)
from kiosk.services.catalog import EventDetails
from kiosk.services.registration import (
    CONSENT,
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    SESSIONS,
    Decision,
    Problem,
    RegistrationDraft,
    build_payload,
    plan_for,
    validate,
)

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def _event(**overrides: object) -> Event:
    data: dict[str, object] = {
        "readableEventId": "Summit",
        "eventName": "Summit",
        "startDateUTC": (NOW + timedelta(hours=2)).isoformat(),
        "endDateUTC": (NOW + timedelta(hours=8)).isoformat(),
        "isCapacityRestricted": True,
        "maxCapacity": 10,
        "allowAnonymousRegistrations": True,
        "allowCustomAgenda": True,
    }
    data.update(overrides)
    return Event.model_validate(data)


FIELDS = (
    CustomRegistrationField(
        custom_registration_field_id="diet", text="Diet", type=CustomFieldType.SINGLE_CHOICE,
        is_required=True, choices="None\nVegetarian\nVegan",
    ),
    CustomRegistrationField(
        custom_registration_field_id="topics", text="Topics",
        type=CustomFieldType.MULTIPLE_CHOICE, choices="Labs\nTalks",
    ),
    CustomRegistrationField(
        custom_registration_field_id="photo", text="Photos OK?", type=CustomFieldType.BOOLEAN,
        is_required=True,
    ),
    CustomRegistrationField(
        custom_registration_field_id="job", text="Job title", type=CustomFieldType.SIMPLE_TEXT
    ),
)


def _details(event: Event | None = None, count: int = 0, **kwargs: object) -> EventDetails:
    return EventDetails(event=event or _event(), registration_count=count, **kwargs)  # type: ignore[arg-type]


def _good_draft() -> RegistrationDraft:
    return RegistrationDraft(
        first_name=" Lena ", last_name="Vogt", email=" lena.vogt@example.org ",
        answers={"diet": "Vegan", "topics": ["Talks", "Labs"], "photo": False, "job": ""},
        consent=True,
    )


@pytest.mark.parametrize(
    ("overrides", "count", "paid", "expected"),
    [
        ({}, 3, False, Availability.OPEN),
        ({}, 10, False, Availability.FULL),
        ({"showWaitlist": True}, 10, False, Availability.WAITLIST),
        ({"isCapacityRestricted": False}, 500, False, Availability.OPEN),
        (
            {"setRegistrationEndDate": True, "stopRegistrationDate": NOW.isoformat()},
            0, False, Availability.CLOSED,
        ),
        ({}, 0, True, Availability.PAID),
        ({"enableCaptcha": True}, 0, False, Availability.CAPTCHA),
        ({"registrationForm": "<form/>"}, 0, False, Availability.EMBEDDED_FORM),
        ({"allowAnonymousRegistrations": False}, 0, False, Availability.NO_ANONYMOUS),
        ({"endDateUTC": (NOW - timedelta(minutes=1)).isoformat()}, 0, False, Availability.ENDED),
    ],
)
def test_event_availability(
    overrides: dict[str, object], count: int, paid: bool, expected: Availability
) -> None:
    state = event_availability(_event(**overrides), count, NOW, paid=paid)
    assert state.availability is expected


def test_timing_comes_from_the_utc_instants() -> None:
    event = _event(startDateUTC=(NOW + timedelta(minutes=30)).isoformat())
    timing = event_timing(event, NOW)
    assert timing.timing is Timing.STARTS_SOON
    assert timing.minutes_until_start == 30
    assert event_timing(_event(startDateUTC=NOW.isoformat()), NOW).timing is Timing.HAPPENING_NOW


def test_a_good_draft_has_no_problems_and_becomes_the_contract_body() -> None:
    details = _details(fields=FIELDS)
    draft = _good_draft()
    assert validate(draft, details, consent_required=True) == {}
    plan = plan_for(details, draft, NOW)
    assert plan.decision is Decision.REGISTER
    body = build_payload(draft, details, plan).to_wire()
    attendee = body["attendees"][0]
    assert attendee["firstName"] == "Lena"
    assert attendee["email"] == "lena.vogt@example.org"
    assert attendee["waitlisted"] is False
    assert attendee["passId"] == ""
    responses = {r["id"]: r for r in attendee["responses"]}
    assert responses["diet"] == {"id": "diet", "value": "Vegan", "values": None}
    # Options keep the event's order, joined with ", " (contract §4.11).
    assert responses["topics"]["value"] == "Labs, Talks"
    assert responses["topics"]["values"] == ["Labs", "Talks"]
    assert responses["photo"]["value"] == "No"
    assert "job" not in responses  # blank answers are dropped
    assert "hipObject" not in body


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        ({"first_name": "  "}, FIRST_NAME, Problem.REQUIRED),
        ({"last_name": ""}, LAST_NAME, Problem.REQUIRED),
        ({"first_name": "x" * 51}, FIRST_NAME, Problem.TOO_LONG),
        ({"last_name": "a\x00b"}, LAST_NAME, Problem.INVALID_CHARACTERS),
        ({"email": ""}, EMAIL, Problem.REQUIRED),
        ({"email": "lena@"}, EMAIL, Problem.INVALID_EMAIL),
        ({"email": "not an address"}, EMAIL, Problem.INVALID_EMAIL),
        ({"email": "a" * 95 + "@x.org"}, EMAIL, Problem.TOO_LONG),
        ({"consent": False}, CONSENT, Problem.CONSENT_REQUIRED),
        ({"answers": {"photo": True}}, "diet", Problem.REQUIRED),
        ({"answers": {"diet": "Meat", "photo": True}}, "diet", Problem.INVALID_CHOICE),
        ({"answers": {"diet": "Vegan"}}, "photo", Problem.REQUIRED),
        (
            {"answers": {"diet": "Vegan", "photo": True, "topics": ["Naps"]}},
            "topics", Problem.INVALID_CHOICE,
        ),
    ],
)
def test_each_validation_problem(change: dict[str, object], key: str, problem: Problem) -> None:
    draft = _good_draft()
    for name, value in change.items():
        setattr(draft, name, value)
    problems = validate(draft, _details(fields=FIELDS), consent_required=True)
    assert problems.get(key) is problem


def test_names_in_any_script_and_emoji_are_accepted() -> None:
    draft = _good_draft()
    draft.first_name, draft.last_name = "نور", "李 🎉"
    assert validate(draft, _details(fields=FIELDS), consent_required=True) == {}


def test_a_full_event_with_a_waitlist_plans_the_waitlist_without_sessions() -> None:
    session = Session(id="s1", name="Lab", is_capacity_restricted=True, max_capacity=5)
    details = _details(_event(showWaitlist=True), count=10, sessions=(session,))
    draft = _good_draft()
    draft.answers = {}
    draft.session_ids = ["s1"]
    plan = plan_for(details, draft, NOW)
    assert plan.decision is Decision.EVENT_WAITLIST
    attendee = build_payload(draft, details, plan).attendees[0]
    assert attendee.waitlisted is True
    assert attendee.attendee_sessions == []


def test_a_full_session_goes_on_its_waitlist_when_the_event_has_one() -> None:
    full = Session(
        id="s1", name="Lab", is_capacity_restricted=True, max_capacity=5, registration_count=5
    )
    free = Session(id="s2", name="Talk")
    details = _details(
        _event(showWaitlist=True, showAutomaticRegistrationCheckbox=True), count=1,
        sessions=(full, free),
    )
    draft = _good_draft()
    draft.answers = {}
    draft.session_ids = ["s1", "s2"]
    draft.auto_register = True
    assert SESSIONS not in validate(draft, details, consent_required=True)
    plan = plan_for(details, draft, NOW)
    assert plan.decision is Decision.REGISTER
    assert plan.waitlisted_session_ids == {"s1"}
    assert plan.offer_auto_register
    attendee = build_payload(draft, details, plan).attendees[0]
    assert [(s.session_id, s.waitlisted) for s in attendee.attendee_sessions] == [
        ("s1", True), ("s2", False),
    ]
    assert attendee.auto_register is True


def test_a_full_session_without_a_waitlist_cannot_be_chosen() -> None:
    full = Session(
        id="s1", name="Lab", is_capacity_restricted=True, max_capacity=5, registration_count=5
    )
    details = _details(sessions=(full,))
    draft = _good_draft()
    draft.answers = {}
    draft.session_ids = ["s1"]
    assert validate(draft, details, consent_required=True)[SESSIONS] is Problem.SESSION_FULL


def test_paid_events_are_refused_at_the_kiosk() -> None:
    details = _details(passes=(Pass(pass_id="p", pass_name="Day pass", price=20),))
    plan = plan_for(details, _good_draft(), NOW)
    assert plan.decision is Decision.REFUSE
    assert plan.refusal is Availability.PAID
