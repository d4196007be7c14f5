"""The contract models read the contract's payloads, quirks included, and write them back."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from contract_fixtures import contract_models, load
from pydantic import BaseModel

from kiosk.api import models
from kiosk.api.errors import InvalidResponseError
from kiosk.api.models import (
    Attendee,
    AttendeeSessions,
    Building,
    Captcha,
    CheckInRequest,
    CheckInResult,
    ContractModel,
    CustomFieldType,
    CustomRegistrationField,
    CustomRegistrationFieldResponse,
    ErrorBody,
    Event,
    EventFormat,
    EventType,
    FinalizeRegistrationRequest,
    HipObject,
    Language,
    Pass,
    RegistrationData,
    RegistrationErrorCode,
    RegistrationResult,
    RegistrationStatus,
    Room,
    Session,
    SessionFormat,
    SessionTrack,
    SessionType,
    Speaker,
    Sponsorship,
    YesNo,
    is_guid,
    parse_count,
    parse_flag,
    parse_list,
    parse_object,
)
from kiosk.api.timezones import short_time_zone_label, time_zone_label

ALL_MODELS = contract_models()


def wire_names(model: type[BaseModel]) -> set[str]:
    return {info.alias or name for name, info in model.model_fields.items()}


def nullable(model: type[BaseModel], name: str) -> bool:
    annotation = model.model_fields[name].annotation
    return type(None) in getattr(annotation, "__args__", ())


def round_trip(model: type[ContractModel], data: dict[str, Any]) -> None:
    first = parse_object(model, data, model.__name__)
    wire = first.to_wire()
    # What we write is plain JSON...
    wire = json.loads(json.dumps(wire))
    second = parse_object(model, wire, model.__name__)
    assert second == first
    # ...and writing again is stable.
    assert second.to_wire() == wire


# --------------------------------------------------------------------------- Appendix A


def test_a1_event_parses_every_field() -> None:
    event = parse_object(Event, load("a1_event"), "event")

    assert event.event_id == "e1bd6b65-97ac-47ce-beff-8551eab16fc6"
    assert event.readable_event_id == "Fabrikam_Makers_Summit_2026"
    assert event.event_name == "Fabrikam Makers Summit 2026"
    assert event.start_date == datetime(2026, 3, 18, 9, 0)
    assert event.start_date.tzinfo is None
    assert event.end_date == datetime(2026, 3, 18, 17, 30)
    assert event.start_date_utc == datetime(2026, 3, 18, 8, 0, tzinfo=UTC)
    assert event.start_date_utc.utcoffset() == timedelta(0)
    assert event.end_date_utc == datetime(2026, 3, 18, 16, 30, tzinfo=UTC)
    assert event.time_zone == 110
    assert event.time_zone_name is not None
    assert event.time_zone_name.startswith("(GMT+01:00) Amsterdam")
    assert event.event_format is EventFormat.ON_SITE
    assert event.event_type is EventType.CONFERENCE
    assert event.event_language is None
    assert event.max_capacity == 120
    assert event.is_capacity_restricted is True
    assert event.show_waitlist is True
    assert event.autoregister_waitlist_items is False
    assert event.show_automatic_registration_checkbox is True
    assert event.allow_anonymous_registrations is True
    assert event.allow_custom_agenda is True
    assert event.enable_multi_attendee_registration is True
    assert event.enable_captcha is False
    assert event.registration_form is None
    assert event.set_registration_end_date is True
    assert event.stop_registration_date == datetime(2026, 3, 17, 22, 59, tzinfo=UTC)
    assert event.website_message == "Registration for this event is closed."
    assert event.public_event_url is None
    assert event.image is None
    assert event.room is None

    building = event.building
    assert building is not None
    assert building.id == "4fb9ae59-a1fc-458a-8521-1516117d4fac"
    assert building.name == "Hall 4 Conference Centre"
    assert building.address_line1 == "Messeallee 4"
    assert building.postal_code == "10115"
    assert building.city == "Berlin"
    assert building.country == "Germany"
    assert building.wifi_available is True
    assert building.wifi_ssid == "Hall4-Guest"
    assert building.accessible_toilets is True
    assert building.disabled_parking is False
    assert building.address == "Messeallee 4 10115 Berlin Germany"


def test_a1_event_is_written_back_exactly() -> None:
    data = load("a1_event")
    assert parse_object(Event, data, "event").to_wire() == data


def test_a1_registration_window() -> None:
    event = parse_object(Event, load("a1_event"), "event")
    closes = datetime(2026, 3, 17, 22, 59, tzinfo=UTC)
    assert not event.registration_closed_at(closes - timedelta(seconds=1))
    assert event.registration_closed_at(closes)
    # The same instant seen from Berlin.
    berlin = timezone(timedelta(hours=1))
    assert event.registration_closed_at(datetime(2026, 3, 18, 0, 0, tzinfo=berlin))
    event.set_registration_end_date = False
    assert not event.registration_closed_at(closes + timedelta(days=1))


def test_a2_session_parses_every_field() -> None:
    session = parse_object(Session, load("a2_session"), "session")

    assert session.id == "1eb23220-a565-4537-b17f-787dd198f2e5"
    assert session.name == "Soldering Lab: Surface-Mount Basics"
    assert session.session_summary == "Bring a laptop; kits are provided."
    assert session.start_time == datetime(2026, 3, 18, 10, 30)
    assert session.start_time.tzinfo is None
    assert session.end_time == datetime(2026, 3, 18, 12, 0)
    assert session.start_time_utc == datetime(2026, 3, 18, 9, 30, tzinfo=UTC)
    assert session.end_time_utc == datetime(2026, 3, 18, 11, 0, tzinfo=UTC)
    assert session.time_zone == 110
    assert session.session_format is SessionFormat.ON_SITE
    assert session.session_type is SessionType.LAB
    assert session.language is Language.ENGLISH
    assert session.cameras_permitted is YesNo.NO
    assert session.recordings_permitted is YesNo.NO
    assert session.max_capacity == 24
    assert session.is_capacity_restricted is True
    assert session.registration_count == 23
    assert session.seats_left == 1
    assert session.building is None
    assert session.room == Room(
        id="61f56d30-b09a-4d67-9603-f78893ae39ae", name="Lab B", disabled_access=True
    )
    assert session.speakers is not None
    (speaker,) = session.speakers
    assert speaker.name == "Noor Haddad"
    assert speaker.title == "Hardware Engineer"
    assert speaker.sessions == []


def test_a2_session_is_written_back_exactly() -> None:
    data = load("a2_session")
    assert parse_object(Session, data, "session").to_wire() == data


def test_a3_registration_is_written_back_exactly() -> None:
    data = load("a3_registration")
    registration = parse_object(RegistrationData, data, "registration")

    lena, tomas, aiko = registration.attendees
    assert lena.first_name == "Lena"
    assert lena.pass_id == ""
    assert lena.responses[0].values is None
    assert lena.responses[1].values == ["Labs", "Talks"]
    assert lena.attendee_sessions == [
        AttendeeSessions(session_id="1eb23220-a565-4537-b17f-787dd198f2e5", waitlisted=False)
    ]
    assert tomas.last_name == "Ruiz"
    assert tomas.attendee_sessions[0].waitlisted is True
    assert aiko.waitlisted is True
    assert aiko.auto_register is True
    assert registration.hip_object is None

    wire = registration.to_wire()
    assert wire == data
    assert "hipObject" not in wire
    # Non-ASCII names survive JSON encoding.
    assert json.loads(json.dumps(wire))["attendees"][1]["firstName"] == "Tomás"


def test_a3_rtm_registration_fills_the_omitted_attendee_fields() -> None:
    registration = parse_object(RegistrationData, load("a3_registration_rtm"), "registration")
    (lena,) = registration.attendees
    assert lena.pass_id == ""
    assert lena.waitlisted is False
    assert lena.auto_register is False
    assert lena.responses == [CustomRegistrationFieldResponse(id="jobtitle", value="Technician")]
    assert lena.attendee_sessions[0].waitlisted is False
    wire = registration.to_wire()
    assert wire["attendees"][0]["passId"] == ""
    assert wire["attendees"][0]["responses"][0] == {
        "id": "jobtitle",
        "value": "Technician",
        "values": None,
    }


@pytest.mark.parametrize(
    ("name", "succeeded", "needs_payment", "failed"),
    [
        ("success", True, False, False),
        ("redirect", False, True, False),
        ("failure", False, False, True),
    ],
)
def test_a4_registration_results(
    name: str, succeeded: bool, needs_payment: bool, failed: bool
) -> None:
    data = load("a4_registration_results")[name]
    result = parse_object(RegistrationResult, data, "registration result")
    assert (result.succeeded, result.needs_payment, result.failed) == (
        succeeded,
        needs_payment,
        failed,
    )
    assert result.attendees == []  # local-server extension, absent from the cloud's answer
    round_trip(RegistrationResult, data)
    wire = result.to_wire()
    assert {k: wire[k] for k in data} == data


def test_a4_failure_keeps_message_and_code() -> None:
    data = load("a4_registration_results")["failure"]
    result = parse_object(RegistrationResult, data, "registration result")
    assert result.error_message == "The event has reached its maximum capacity."
    assert result.error_code == RegistrationErrorCode.EVENT_FULL


@pytest.mark.parametrize(
    ("status", "failed"),
    [("Initiated", False), ("", True), ("Pending", True), ("success", True)],
)
def test_any_unknown_status_is_a_failure(status: str, failed: bool) -> None:
    result = parse_object(RegistrationResult, {"status": status}, "registration result")
    assert result.failed is failed
    if status == "Initiated":
        assert result.status == RegistrationStatus.INITIATED
        assert result.needs_payment


# ---------------------------------------------------------------- drifted (mock) payloads

NEWER_EVENT_FIELDS = {
    "allowCustomAgenda": ("allow_custom_agenda", False),
    "startDateUTC": ("start_date_utc", None),
    "endDateUTC": ("end_date_utc", None),
    "enableMultiAttendeeRegistration": ("enable_multi_attendee_registration", False),
    "isCapacityRestricted": ("is_capacity_restricted", False),
    "registrationForm": ("registration_form", None),
    "setRegistrationEndDate": ("set_registration_end_date", False),
    "stopRegistrationDate": ("stop_registration_date", None),
    "websiteMessage": ("website_message", None),
}
NEWER_SESSION_FIELDS = {
    "startTimeUTC": ("start_time_utc", None),
    "endTimeUTC": ("end_time_utc", None),
    "timeZone": ("time_zone", None),
    "maxCapacity": ("max_capacity", 0),
    "isCapacityRestricted": ("is_capacity_restricted", False),
    "registrationCount": ("registration_count", 0),
}


def test_mock_event_list_lacks_the_nine_newer_fields() -> None:
    data = load("mock_events_published")
    assert all(key not in item for item in data for key in NEWER_EVENT_FIELDS)
    assert set(NEWER_EVENT_FIELDS) <= wire_names(Event)

    events = parse_list(Event, data, "events")

    assert [e.readable_event_id for e in events] == [
        "Contoso_Ltd_Conference",
        "Contoso_Training_Day",
    ]
    for event in events:
        for attribute, default in NEWER_EVENT_FIELDS.values():
            assert getattr(event, attribute) == default, attribute
    first = events[0]
    assert first.enable_captcha is False
    assert first.start_date == datetime(2017, 8, 10, 8, 0)
    assert first.event_type is EventType.CONFERENCE
    assert events[1].event_type is EventType.TRAINING
    assert first.image == "https://contoso.example/images/conference-banner.jpg"
    assert first.registration_closed_at(datetime.now(UTC)) is False


def test_mock_event_detail_differs_from_the_list_item_in_captcha_only() -> None:
    listed = parse_list(Event, load("mock_events_published"), "events")[0]
    detail = parse_object(Event, load("mock_event_detail"), "event")
    assert detail.enable_captcha is True
    assert detail.model_copy(update={"enable_captcha": False}) == listed


def test_building_with_six_space_composite_and_no_parts_has_an_empty_address() -> None:
    event = parse_list(Event, load("mock_events_published"), "events")[0]
    assert event.building is not None
    assert event.building.address_composite == "      "
    assert event.building.address == ""


def test_building_with_six_space_composite_falls_back_to_the_parts() -> None:
    building = parse_object(
        Building,
        {
            "addressComposite": "      ",
            "addressLine1": " Messeallee 4 ",
            "addressLine2": "",
            "addressLine3": "   ",
            "postalCode": "10115",
            "city": "Berlin",
            "stateProvince": None,
            "country": "Germany",
        },
        "building",
    )
    assert building.address == "Messeallee 4, 10115, Berlin, Germany"


@pytest.mark.parametrize(
    ("composite", "expected"),
    [
        ("Messeallee 4\r\n10115 Berlin\nGermany", "Messeallee 4 10115 Berlin Germany"),
        (None, "Somewhere"),  # null in a non-nullable field: the default, then the parts
        ("", "Somewhere"),
        ("\t\n ", "Somewhere"),
    ],
)
def test_building_address_prefers_a_meaningful_composite(
    composite: str | None, expected: str
) -> None:
    building = parse_object(
        Building, {"addressComposite": composite, "city": "Somewhere"}, "building"
    )
    assert building.address == expected


def test_mock_sessions_lack_the_six_newer_fields() -> None:
    data = load("mock_sessions")
    assert all(key not in item for item in data for key in NEWER_SESSION_FIELDS)
    assert set(NEWER_SESSION_FIELDS) <= wire_names(Session)

    (session,) = parse_list(Session, data, "sessions")

    for attribute, default in NEWER_SESSION_FIELDS.values():
        assert getattr(session, attribute) == default, attribute
    assert session.seats_left is None  # capacity not restricted: unlimited
    assert session.session_type is None
    assert session.recordings_permitted is None
    assert session.cameras_permitted is YesNo.YES
    assert session.language is Language.ENGLISH
    assert session.speakers is not None
    speaker = session.speakers[0]
    assert speaker.image == data[0]["speakers"][0]["image"]  # base64 kept verbatim
    assert speaker.sessions == []
    round_trip(Session, data[0])


def test_mock_speakers_embed_sessions_without_speakers() -> None:
    data = load("mock_speakers")
    with_sessions, with_url = parse_list(Speaker, data, "speakers")
    assert with_sessions.sessions is not None
    assert with_sessions.sessions[0].name == "Opening keynote"
    assert with_sessions.sessions[0].speakers is None
    assert with_sessions.image is not None
    assert with_sessions.image.startswith("/9j/")  # base64 of a JPEG
    assert with_url.image is None
    assert with_url.image_url == "speakers/0b1c2d3e-3c3e-e811-a95a-000d3a1be5ae/image"
    for item in data:
        round_trip(Speaker, item)


def test_other_sub_resources_parse_and_round_trip() -> None:
    tracks = parse_list(SessionTrack, load("mock_tracks"), "tracks")
    assert tracks == [
        SessionTrack(id="1c2d3e4f-3c3e-e811-a95a-000d3a1be5ae", name="Developer track")
    ]

    gold, plain = parse_list(Sponsorship, load("sponsorships"), "sponsorships")
    assert gold.image is not None
    assert gold.image.startswith("/9j/")  # unwrapped from {"image": ...}
    assert plain.sponsor_id is None
    assert plain.image is None

    (full,) = parse_list(Pass, load("passes"), "passes")
    assert full.price == 199.5
    assert full.currency_symbol == "$"
    assert full.number_of_passes_left == 12
    assert full.sessions[0].name == "Opening keynote"

    fields = parse_list(CustomRegistrationField, load("custom_registration_fields"), "fields")
    assert [f.type for f in fields] == [
        CustomFieldType.SINGLE_CHOICE,
        CustomFieldType.MULTIPLE_CHOICE,
        CustomFieldType.SIMPLE_TEXT,
        100000099,
    ]
    assert type(fields[3].type) is int
    assert fields[0].choice_list == ["None", "Vegetarian", "Vegan"]
    assert fields[1].choice_list == ["Labs", "Talks"]
    assert fields[2].choice_list == []

    for item in load("passes"):
        round_trip(Pass, item)
    for item in load("custom_registration_fields"):
        round_trip(CustomRegistrationField, item)
    for item in load("mock_events_published"):
        round_trip(Event, item)


# --------------------------------------------------------------------------- tolerance


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://contoso.example/banner.jpg", "https://contoso.example/banner.jpg"),
        (
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        ),
        ({"image": "https://contoso.example/logo.png"}, "https://contoso.example/logo.png"),
        ({"image": "/9j/4AAQSkZJRg=="}, "/9j/4AAQSkZJRg=="),
        ({"image": None}, None),
        ({}, None),
        ({"image": "  "}, None),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
@pytest.mark.parametrize("model", [Event, Speaker, Sponsorship])
def test_image_shapes(model: type[ContractModel], value: object, expected: str | None) -> None:
    parsed = parse_object(model, {"image": value}, "image holder")
    assert parsed.image == expected  # type: ignore[attr-defined]
    assert parsed.to_wire()["image"] == expected


def test_unknown_keys_are_ignored_and_never_written() -> None:
    data = load("a1_event")
    data["msevtmgt_customcolumn"] = 42
    data["someNewField"] = {"nested": [1, 2, 3]}
    data["building"]["parkingSpaces"] = 300
    event = parse_object(Event, data, "event")
    wire = event.to_wire()
    assert "msevtmgt_customcolumn" not in wire
    assert "someNewField" not in wire
    assert "parkingSpaces" not in wire["building"]
    assert event == parse_object(Event, load("a1_event"), "event")


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_null_everywhere_means_the_defaults(model: type[ContractModel]) -> None:
    everything_null = dict.fromkeys(wire_names(model))
    parsed = parse_object(model, everything_null, model.__name__)
    assert parsed == model()
    for name, info in model.model_fields.items():
        value = getattr(parsed, name)
        if nullable(model, name):
            assert value is None, name
        else:
            assert value == info.get_default(call_default_factory=True), name


def test_null_in_non_nullable_fields_keeps_the_meaningful_defaults() -> None:
    event = parse_object(
        Event,
        {
            "eventName": None,
            "maxCapacity": None,
            "allowAnonymousRegistrations": None,
            "isCapacityRestricted": None,
            "description": None,
        },
        "event",
    )
    assert event.event_name == ""
    assert event.max_capacity == 0
    assert event.allow_anonymous_registrations is True
    assert event.is_capacity_restricted is False
    assert event.description is None
    passes = parse_object(Pass, {"sessions": None, "price": None}, "pass")
    assert passes.sessions == []
    assert passes.price == 0.0
    finalize = parse_object(FinalizeRegistrationRequest, {"hipObject": None}, "finalize")
    assert finalize.hip_object == HipObject()


def test_an_empty_object_parses_for_every_model() -> None:
    for model in ALL_MODELS:
        assert parse_object(model, {}, model.__name__) == model()


OPTION_FIELDS = [
    (Event, "eventFormat", "event_format", EventFormat),
    (Event, "eventType", "event_type", EventType),
    (Event, "eventLanguage", "event_language", Language),
    (Session, "sessionFormat", "session_format", SessionFormat),
    (Session, "sessionType", "session_type", SessionType),
    (Session, "language", "language", Language),
    (Session, "camerasPermitted", "cameras_permitted", YesNo),
    (Session, "recordingsPermitted", "recordings_permitted", YesNo),
    (CustomRegistrationField, "type", "type", CustomFieldType),
]


@pytest.mark.parametrize(
    ("model", "key", "attribute", "enum_cls"),
    OPTION_FIELDS,
    ids=[f"{m.__name__}.{k}" for m, k, _, _ in OPTION_FIELDS],
)
def test_option_sets_known_become_members_unknown_stay_ints(
    model: type[ContractModel], key: str, attribute: str, enum_cls: type[Any]
) -> None:
    for member in enum_cls:
        parsed = parse_object(model, {key: member.value}, model.__name__)
        assert getattr(parsed, attribute) is member
        assert parsed.to_wire()[key] == member.value
    for custom in (100000999, 0, -1, 7):
        parsed = parse_object(model, {key: custom}, model.__name__)
        value = getattr(parsed, attribute)
        assert value == custom
        assert type(value) is int
        assert parsed.to_wire()[key] == custom
        round_trip(model, {key: custom})
    assert getattr(parse_object(model, {key: None}, model.__name__), attribute) is None


def test_option_set_written_as_a_plain_integer() -> None:
    wire = Event(event_format=EventFormat.HYBRID, event_type=100000777).to_wire()
    assert json.dumps({k: wire[k] for k in ("eventFormat", "eventType")}) == (
        '{"eventFormat": 100000003, "eventType": 100000777}'
    )


# --------------------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2026-03-18T09:00:00", datetime(2026, 3, 18, 9, 0)),
        ("2026-03-18T09:00:00.5", datetime(2026, 3, 18, 9, 0, 0, 500000)),
        # An offset a server might add is dropped; the wall clock is what counts.
        ("2026-03-18T09:00:00+02:00", datetime(2026, 3, 18, 9, 0)),
        ("2026-03-18T09:00:00Z", datetime(2026, 3, 18, 9, 0)),
    ],
)
def test_local_times_are_naive_wall_clock(wire: str, expected: datetime) -> None:
    event = parse_object(Event, {"startDate": wire, "endDate": wire}, "event")
    session = parse_object(Session, {"startTime": wire, "endTime": wire}, "session")
    for value in (event.start_date, event.end_date, session.start_time, session.end_time):
        assert value == expected
        assert value is not None
        assert value.tzinfo is None


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2026-03-18T08:00:00", datetime(2026, 3, 18, 8, 0, tzinfo=UTC)),  # no offset = UTC
        ("2026-03-18T08:00:00Z", datetime(2026, 3, 18, 8, 0, tzinfo=UTC)),
        ("2026-03-18T10:00:00+02:00", datetime(2026, 3, 18, 8, 0, tzinfo=UTC)),
        ("2026-03-18T03:00:00-05:00", datetime(2026, 3, 18, 8, 0, tzinfo=UTC)),
        ("2026-03-18T08:00:00.1234567Z", datetime(2026, 3, 18, 8, 0, 0, 123456, tzinfo=UTC)),
    ],
)
def test_utc_fields_are_aware_and_in_utc(wire: str, expected: datetime) -> None:
    event = parse_object(
        Event,
        {"startDateUTC": wire, "endDateUTC": wire, "stopRegistrationDate": wire},
        "event",
    )
    session = parse_object(Session, {"startTimeUTC": wire, "endTimeUTC": wire}, "session")
    for value in (
        event.start_date_utc,
        event.end_date_utc,
        event.stop_registration_date,
        session.start_time_utc,
        session.end_time_utc,
    ):
        assert value == expected
        assert value is not None
        assert value.utcoffset() == timedelta(0)
        assert value.tzinfo is UTC


def test_utc_fields_are_written_with_z_and_local_without_offset() -> None:
    event = parse_object(
        Event,
        {"startDate": "2026-03-18T09:00:00", "startDateUTC": "2026-03-18T10:00:00+02:00"},
        "event",
    )
    wire = event.to_wire()
    assert wire["startDate"] == "2026-03-18T09:00:00"
    assert wire["startDateUTC"] == "2026-03-18T08:00:00Z"
    assert wire["endDateUTC"] is None


def test_an_unreadable_time_is_an_invalid_response() -> None:
    with pytest.raises(InvalidResponseError, match="startDateUTC"):
        parse_object(Event, {"startDateUTC": "next Tuesday"}, "event")


# --------------------------------------------------------------------------- writing


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_to_wire_emits_every_field_by_its_wire_name(model: type[ContractModel]) -> None:
    wire = model().to_wire()
    expected = wire_names(model)
    if model is RegistrationData:
        expected -= {"hipObject"}  # left out when there is no captcha (§4.14)
    assert set(wire) == expected
    json.dumps(wire)  # JSON-ready


def test_exact_wire_names() -> None:
    assert {"startDateUTC", "endDateUTC", "stopRegistrationDate", "timeZoneName"} <= set(
        Event().to_wire()
    )
    assert {"startTimeUTC", "endTimeUTC", "sessionPreRequisites", "camerasPermitted"} <= set(
        Session().to_wire()
    )
    assert {"wifiSSID", "wifiPassword", "addressLine1", "telephone3", "stateProvince"} <= set(
        Building().to_wire()
    )
    assert "imageUrl" in Speaker().to_wire()
    assert "customRegistrationFieldId" in CustomRegistrationField().to_wire()
    assert {"numberOfPassesLeft", "numberOfPassesSold", "currencySymbol"} <= set(Pass().to_wire())
    # No snake_case leaks anywhere.
    for model in ALL_MODELS:
        assert all("_" not in key for key in model().to_wire()), model.__name__


def test_blank_fields_are_written_as_null() -> None:
    wire = Event(readable_event_id="x").to_wire()
    for key in (
        "description",
        "startDate",
        "startDateUTC",
        "building",
        "room",
        "image",
        "eventType",
        "eventLanguage",
        "registrationForm",
        "websiteMessage",
    ):
        assert wire[key] is None, key
    assert wire["readableEventId"] == "x"
    assert wire["allowAnonymousRegistrations"] is True


def test_captcha_and_hip_object_are_pascal_case() -> None:
    data = load("captcha")
    captcha = parse_object(Captcha, data, "captcha")
    assert captcha.flow_id == "flow-42"
    assert captcha.hip_url == "https://hip.example/script.js"
    assert captcha.to_wire() == data
    assert set(HipObject().to_wire()) == {"Solution", "Token", "Type", "FlowId"}
    assert HipObject().to_wire() == {"Solution": "", "Token": "", "Type": "", "FlowId": ""}
    hip = parse_object(
        HipObject,
        {"Solution": "ABCD", "Token": "t", "Type": "visual", "FlowId": "flow-42"},
        "hip",
    )
    assert hip == HipObject(solution="ABCD", token="t", type="visual", flow_id="flow-42")
    round_trip(Captcha, data)


def test_registration_data_hip_object_omitted_when_none_included_when_set() -> None:
    attendee = Attendee(first_name="Lena", last_name="Vogt", email="lena.vogt@example.org")
    without = RegistrationData(attendees=[attendee]).to_wire()
    assert "hipObject" not in without
    assert "hip_object" not in without
    assert without["attendees"][0] == {
        "firstName": "Lena",
        "lastName": "Vogt",
        "email": "lena.vogt@example.org",
        "passId": "",
        "waitlisted": False,
        "autoRegister": False,
        "responses": [],
        "attendeeSessions": [],
    }

    hip = HipObject(solution="ABCD", token="widget-token", type="visual", flow_id="flow-42")
    with_captcha = RegistrationData(attendees=[attendee], hip_object=hip).to_wire()
    assert with_captcha["hipObject"] == {
        "Solution": "ABCD",
        "Token": "widget-token",
        "Type": "visual",
        "FlowId": "flow-42",
    }
    round_trip(RegistrationData, with_captcha)
    round_trip(RegistrationData, without)
    assert parse_object(RegistrationData, with_captcha, "registration").hip_object == hip


def test_finalize_always_sends_the_hip_object() -> None:
    wire = FinalizeRegistrationRequest(purchase_id="05e7d878-21da-4431-a011-9565d5e2d628").to_wire()
    assert wire == {
        "purchaseId": "05e7d878-21da-4431-a011-9565d5e2d628",
        "hipObject": {"Solution": "", "Token": "", "Type": "", "FlowId": ""},
    }


def test_check_in_models() -> None:
    assert CheckInRequest(check_in_code="K-123").to_wire() == {
        "checkInCode": "K-123",
        "sessionId": None,
        "readableEventId": None,
    }
    result = parse_object(
        CheckInResult,
        {"status": "AlreadyCheckedIn", "checkedInAt": "2026-03-18T08:05:00+01:00"},
        "check-in result",
    )
    assert result.checked_in
    assert result.checked_in_at == datetime(2026, 3, 18, 7, 5, tzinfo=UTC)
    assert not parse_object(CheckInResult, {"status": "UnknownCode"}, "r").checked_in


def test_error_body_reads_message() -> None:
    assert ErrorBody.model_validate({"Message": "Nope", "Other": 1}).Message == "Nope"
    assert ErrorBody.model_validate({}).Message is None


# --------------------------------------------------------------------------- bare bodies


@pytest.mark.parametrize(("data", "expected"), [(0, 0), (118, 118), (118.0, 118), (50000, 50000)])
def test_parse_count_accepts_whole_non_negative_numbers(data: object, expected: int) -> None:
    count = parse_count(data)
    assert count == expected
    assert type(count) is int


@pytest.mark.parametrize(
    "data",
    [True, False, -1, -0.5, 2.5, math.nan, math.inf, "5", None, [], {}, [5], {"count": 5}],
    ids=repr,
)
def test_parse_count_rejects_non_counts(data: object) -> None:
    with pytest.raises(InvalidResponseError) as caught:
        parse_count(data, "event registration count")
    assert "event registration count" in str(caught.value)


def test_parse_count_messages_say_what_was_wrong() -> None:
    with pytest.raises(InvalidResponseError, match="got a boolean"):
        parse_count(True)
    with pytest.raises(InvalidResponseError, match="negative"):
        parse_count(-3)
    with pytest.raises(InvalidResponseError, match="whole number"):
        parse_count(1.5)


@pytest.mark.parametrize("data", [True, False])
def test_parse_flag_accepts_booleans(data: bool) -> None:
    assert parse_flag(data, "session registration") is data


@pytest.mark.parametrize("data", [1, 0, "true", None, [], {}], ids=repr)
def test_parse_flag_rejects_everything_else(data: object) -> None:
    with pytest.raises(InvalidResponseError, match="session registration"):
        parse_flag(data, "session registration")


@pytest.mark.parametrize(
    ("data", "kind"),
    [(None, "null"), (True, "a boolean"), (3, "a number"), ("x", "a string"), ([], "a list")],
)
def test_parse_object_rejects_non_objects(data: object, kind: str) -> None:
    with pytest.raises(InvalidResponseError, match=f"expected event as a JSON object, got {kind}"):
        parse_object(Event, data, "event")


@pytest.mark.parametrize("data", [None, {}, "[]", 5])
def test_parse_list_rejects_non_lists(data: object) -> None:
    with pytest.raises(InvalidResponseError, match="expected a list of events"):
        parse_list(Event, data, "events")


@pytest.mark.parametrize("item", [None, 5, "event", [1]], ids=repr)
def test_parse_list_rejects_non_object_items(item: object) -> None:
    with pytest.raises(InvalidResponseError, match="a list of events did not match"):
        parse_list(Event, [load("a1_event"), item], "events")


def test_parse_list_of_nothing_is_empty() -> None:
    assert parse_list(Event, [], "events") == []


def test_wrong_field_type_names_the_field() -> None:
    with pytest.raises(InvalidResponseError, match=r"maxCapacity"):
        parse_object(Event, {"maxCapacity": "lots"}, "event")
    with pytest.raises(InvalidResponseError, match=r"1\.building\.wifiAvailable"):
        parse_list(Event, [{}, {"building": {"wifiAvailable": "maybe"}}], "events")


def test_is_guid() -> None:
    assert is_guid("05e7d878-21da-4431-a011-9565d5e2d628")
    assert is_guid("05E7D878-21DA-4431-A011-9565D5E2D628")
    assert not is_guid("05e7d878-21da-4431-a011-9565d5e2d62")
    assert not is_guid("")
    assert not is_guid(None)
    assert not is_guid("{05e7d878-21da-4431-a011-9565d5e2d628}")


def test_model_module_exports_are_consistent() -> None:
    # Every ContractModel subclass in the module is covered by the tests above.
    defined = {
        obj
        for obj in vars(models).values()
        if isinstance(obj, type)
        and issubclass(obj, ContractModel)
        and obj not in (ContractModel, models.PascalModel)
    }
    assert defined == set(ALL_MODELS)


# --------------------------------------------------------------------------- time-zone labels


@pytest.mark.parametrize(
    ("code", "name", "label", "short"),
    [
        (
            4,
            "(GMT-08:00) Pacific Time (US & Canada)",
            "(GMT-08:00) Pacific Time (US & Canada)",
            "GMT-08:00",
        ),
        (110, None, "GMT+01:00", "GMT+01:00"),
        (110, "   ", "GMT+01:00", "GMT+01:00"),
        (92, None, "GMT", "GMT"),
        (190, None, "GMT+05:30", "GMT+05:30"),
        (9999, None, "", ""),
        (None, None, "", ""),
        (None, "Local time", "Local time", "Local time"),
    ],
)
def test_time_zone_labels(code: int | None, name: str | None, label: str, short: str) -> None:
    assert time_zone_label(code, name) == label
    assert short_time_zone_label(code, name) == short


@pytest.mark.parametrize(
    "wire", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00"], ids=["min", "max"]
)
def test_instant_outside_datetime_range_is_an_invalid_response(wire: str) -> None:
    # .NET's DateTime.MinValue with a local offset; used to escape as OverflowError.
    with pytest.raises(InvalidResponseError, match="out of range"):
        parse_object(Event, {"startDateUTC": wire}, "event")
    with pytest.raises(InvalidResponseError, match="out of range"):
        parse_list(Session, [{"endTimeUTC": wire}], "sessions")
    # The same value in a wall-clock field is fine: the clock is kept, the offset dropped.
    assert parse_object(Event, {"startDate": wire}, "event").start_date is not None
