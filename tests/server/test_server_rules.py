"""Registration rules, one test each: the errorCode, a plain message, and the state after."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from server_helpers import (
    NOW,
    Clock,
    ServerFactory,
    api,
    assert_plain_message,
    attendee,
    count,
    event_seed,
    guid,
    register,
    session_seed,
)

from kiosk.api.models import RegistrationErrorCode as Code

EVENT = "Test_Event"


def refused(result: dict[str, Any], code: Code) -> None:
    assert result["status"] == "Failure", result
    assert result["errorCode"] == code.value, result
    assert_plain_message(result["errorMessage"])
    assert result["attendees"] == []


def succeeded(result: dict[str, Any]) -> list[dict[str, Any]]:
    assert result["status"] == "Success", result
    assert result["errorCode"] is None
    outcomes: list[dict[str, Any]] = result["attendees"]
    return outcomes


@pytest.fixture
def start(server_factory: ServerFactory) -> Any:
    """Start a server with one event built from overrides; returns a client on it."""
    clients: list[httpx.Client] = []

    def make(*, sessions: list[dict[str, Any]] | None = None, **fields: Any) -> httpx.Client:
        event = event_seed(EVENT, **fields)
        if sessions is not None:
            event["sessions"] = sessions
        client = api(server_factory(event))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


# ---------------------------------------------------------------- event capacity and waitlist


def test_registers_and_counts(start: Any) -> None:
    client = start()
    (outcome,) = succeeded(register(client, EVENT, attendee(1)))
    assert outcome["registrationId"]
    assert len(outcome["checkInCode"]) == 8
    assert outcome["waitlisted"] is False
    assert outcome["alreadyRegistered"] is False
    assert count(client, EVENT) == 1


def test_full_event_without_waitlist_refuses(start: Any) -> None:
    client = start(maxCapacity=1, isCapacityRestricted=True)
    succeeded(register(client, EVENT, attendee(1)))
    result = register(client, EVENT, attendee(2))
    refused(result, Code.EVENT_FULL)
    assert "waitlist" not in result["errorMessage"]
    assert count(client, EVENT) == 1


def test_full_event_with_waitlist_refuses_a_seat_request(start: Any) -> None:
    # The server never waitlists anyone who did not ask: the kiosk decides from live
    # counts and sends waitlisted=true itself (docs/local-server.md).
    client = start(maxCapacity=1, isCapacityRestricted=True, showWaitlist=True)
    succeeded(register(client, EVENT, attendee(1)))
    result = register(client, EVENT, attendee(2))
    refused(result, Code.EVENT_FULL)
    assert "waitlist" in result["errorMessage"]
    assert count(client, EVENT) == 1


def test_full_event_with_waitlist_takes_a_waitlist_request(start: Any) -> None:
    client = start(maxCapacity=1, isCapacityRestricted=True, showWaitlist=True)
    succeeded(register(client, EVENT, attendee(1)))
    (outcome,) = succeeded(register(client, EVENT, attendee(2, waitlisted=True)))
    assert outcome["waitlisted"] is True
    assert outcome["checkInCode"]  # for the confirmation; check-in answers "Waitlisted"
    assert count(client, EVENT) == 1


def test_waitlist_request_without_a_waitlist_refuses(start: Any) -> None:
    client = start(maxCapacity=1, isCapacityRestricted=True, showWaitlist=False)
    succeeded(register(client, EVENT, attendee(1)))
    refused(register(client, EVENT, attendee(2, waitlisted=True)), Code.WAITLIST_NOT_AVAILABLE)
    assert count(client, EVENT) == 1


def test_waitlist_request_with_a_free_seat_gets_the_seat(start: Any) -> None:
    client = start(maxCapacity=5, isCapacityRestricted=True, showWaitlist=True)
    (outcome,) = succeeded(register(client, EVENT, attendee(1, waitlisted=True)))
    assert outcome["waitlisted"] is False
    assert count(client, EVENT) == 1


def test_unrestricted_capacity_ignores_max_capacity(start: Any) -> None:
    client = start(maxCapacity=1, isCapacityRestricted=False)
    for n in range(3):
        succeeded(register(client, EVENT, attendee(n)))
    assert count(client, EVENT) == 3


def test_capacity_counts_the_whole_submission(start: Any) -> None:
    client = start(maxCapacity=2, isCapacityRestricted=True,
                   enableMultiAttendeeRegistration=True)
    succeeded(register(client, EVENT, attendee(1)))
    refused(register(client, EVENT, attendee(2), attendee(3)), Code.EVENT_FULL)
    assert count(client, EVENT) == 1  # all-or-nothing: attendee 2 was not registered


def test_mixed_submission_registers_and_waitlists(start: Any) -> None:
    client = start(maxCapacity=1, isCapacityRestricted=True, showWaitlist=True,
                   enableMultiAttendeeRegistration=True)
    outcomes = succeeded(register(client, EVENT, attendee(1), attendee(2, waitlisted=True)))
    assert [o["waitlisted"] for o in outcomes] == [False, True]
    assert count(client, EVENT) == 1


def test_auto_register_waitlist_entry_is_promoted_when_capacity_grows(
    server_factory: ServerFactory,
) -> None:
    event = event_seed(EVENT, maxCapacity=1, isCapacityRestricted=True, showWaitlist=True,
                       enableMultiAttendeeRegistration=True)
    server = server_factory(event, db_name="grow.sqlite3")
    with api(server) as client:
        succeeded(register(client, EVENT, attendee(1)))
        outcomes = succeeded(register(
            client, EVENT, attendee(2, waitlisted=True, autoRegister=False),
            attendee(3, waitlisted=True, autoRegister=True),
        ))
        assert all(o["waitlisted"] for o in outcomes)
    server.stop()
    # The organiser raises the capacity by reloading the seed: the seat goes to the
    # auto-register entry; the other stays waitlisted (Dynamics would "invite" it).
    bigger = server_factory({**event, "maxCapacity": 3}, db_name="grow.sqlite3")
    with api(bigger) as client:
        assert count(client, EVENT) == 2
        stays, promoted = (o["checkInCode"] for o in outcomes)
        assert client.post("checkins", json={"checkInCode": promoted}).json()["status"] == (
            "CheckedIn"
        )
        assert client.post("checkins", json={"checkInCode": stays}).json()["status"] == (
            "Waitlisted"
        )


def test_autoregister_waitlist_items_forces_auto_registration(
    server_factory: ServerFactory,
) -> None:
    event = event_seed(EVENT, maxCapacity=1, isCapacityRestricted=True, showWaitlist=True,
                       autoregisterWaitlistItems=True)
    server = server_factory(event, db_name="forced.sqlite3")
    with api(server) as client:
        succeeded(register(client, EVENT, attendee(1)))
        succeeded(register(client, EVENT, attendee(2, waitlisted=True, autoRegister=False)))
    server.stop()
    bigger = server_factory({**event, "maxCapacity": 2}, db_name="forced.sqlite3")
    with api(bigger) as client:
        assert count(client, EVENT) == 2


# ---------------------------------------------------------------- event-level flags


def test_registration_window_closed(start: Any) -> None:
    client = start(setRegistrationEndDate=True,
                   stopRegistrationDate=(NOW - timedelta(minutes=1)).isoformat(),
                   websiteMessage="Registration is closed. Ask at the desk.")
    result = register(client, EVENT, attendee(1))
    refused(result, Code.REGISTRATION_CLOSED)
    assert result["errorMessage"] == "Registration is closed. Ask at the desk."
    assert count(client, EVENT) == 0


def test_registration_window_open_until_the_stop_date(start: Any) -> None:
    client = start(setRegistrationEndDate=True,
                   stopRegistrationDate=(NOW + timedelta(minutes=1)).isoformat())
    succeeded(register(client, EVENT, attendee(1)))


def test_stop_date_without_offset_is_utc(start: Any) -> None:
    naive = (NOW - timedelta(minutes=1)).replace(tzinfo=None).isoformat()
    client = start(setRegistrationEndDate=True, stopRegistrationDate=naive)
    refused(register(client, EVENT, attendee(1)), Code.REGISTRATION_CLOSED)


def test_stop_date_is_ignored_without_set_registration_end_date(start: Any) -> None:
    client = start(setRegistrationEndDate=False,
                   stopRegistrationDate=(NOW - timedelta(days=1)).isoformat())
    succeeded(register(client, EVENT, attendee(1)))


def test_ended_event_refuses(start: Any, clock: Clock) -> None:
    client = start()
    clock.advance(timedelta(hours=10))
    refused(register(client, EVENT, attendee(1)), Code.EVENT_NOT_OPEN)


def test_anonymous_registrations_not_allowed(start: Any) -> None:
    client = start(allowAnonymousRegistrations=False)
    refused(register(client, EVENT, attendee(1)), Code.ANONYMOUS_NOT_ALLOWED)
    assert count(client, EVENT) == 0


def test_captcha_events_refuse(start: Any) -> None:
    client = start(enableCaptcha=True)
    refused(register(client, EVENT, attendee(1)), Code.CAPTCHA_REQUIRED)


def test_multiple_attendees_not_allowed(start: Any) -> None:
    client = start(enableMultiAttendeeRegistration=False)
    refused(register(client, EVENT, attendee(1), attendee(2)),
            Code.MULTIPLE_ATTENDEES_NOT_ALLOWED)
    assert count(client, EVENT) == 0


def test_multiple_attendees_allowed(start: Any) -> None:
    client = start(enableMultiAttendeeRegistration=True)
    outcomes = succeeded(register(client, EVENT, attendee(1), attendee(2)))
    assert len({o["registrationId"] for o in outcomes}) == 2
    assert count(client, EVENT) == 2


def test_no_attendees(start: Any) -> None:
    client = start()
    refused(register(client, EVENT), Code.NO_ATTENDEES)


# ---------------------------------------------------------------- the attendee


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"firstName": ""}, Code.MISSING_NAME),
        ({"lastName": "   "}, Code.MISSING_NAME),
        ({"firstName": "A" * 51}, Code.VALUE_TOO_LONG),
        ({"lastName": "B" * 51}, Code.VALUE_TOO_LONG),
        ({"email": ""}, Code.INVALID_EMAIL),
        ({"email": "not-an-address"}, Code.INVALID_EMAIL),
        ({"email": "two@@example.com"}, Code.INVALID_EMAIL),
        ({"email": "a" * 90 + "@example.com"}, Code.VALUE_TOO_LONG),
    ],
)
def test_attendee_fields(start: Any, fields: dict[str, str], code: Code) -> None:
    client = start()
    refused(register(client, EVENT, attendee(1, **fields)), code)
    assert count(client, EVENT) == 0


def test_names_at_the_limit_are_fine(start: Any) -> None:
    client = start()
    succeeded(register(client, EVENT, attendee(1, firstName="A" * 50, lastName="B" * 50)))


def test_duplicate_attendee_in_one_submission(start: Any) -> None:
    client = start(enableMultiAttendeeRegistration=True)
    result = register(client, EVENT, attendee(1), attendee(2, email=" PERSON1@example.com "))
    refused(result, Code.DUPLICATE_ATTENDEE)
    assert result["errorMessage"].startswith("Attendee 2:")
    assert count(client, EVENT) == 0


def test_contact_matching_makes_a_repeat_a_no_op(start: Any) -> None:
    client = start()
    succeeded(register(client, EVENT, attendee(1)))
    (again,) = succeeded(register(client, EVENT, attendee(
        1, email="  Person1@EXAMPLE.com ", firstName="Another", lastName="Spelling")))
    # Only "already registered": the e-mail alone must not reveal the person's code.
    assert again == {"registrationId": None, "checkInCode": None, "waitlisted": False,
                     "waitlistedSessionIds": [], "alreadyRegistered": True}
    assert count(client, EVENT) == 1


def test_all_or_nothing_when_a_later_attendee_fails(start: Any) -> None:
    client = start(enableMultiAttendeeRegistration=True)
    result = register(client, EVENT, attendee(1), attendee(2), attendee(3, email="broken"))
    refused(result, Code.INVALID_EMAIL)
    assert result["errorMessage"].startswith("Attendee 3:")
    assert count(client, EVENT) == 0
    # Nobody was registered: attendee 1 registers afresh, not as a repeat.
    (outcome,) = succeeded(register(client, EVENT, attendee(1)))
    assert outcome["alreadyRegistered"] is False


# ---------------------------------------------------------------- custom registration fields


def _fields() -> list[dict[str, Any]]:
    return [
        {"customRegistrationFieldId": guid(1, "f"), "text": "Job title", "type": 100000000,
         "isRequired": False},
        {"customRegistrationFieldId": guid(2, "f"), "text": "Code of conduct", "type": 100000001,
         "isRequired": True},
        {"customRegistrationFieldId": guid(3, "f"), "text": "Topics", "type": 100000002,
         "isRequired": False, "choices": "Cloud\nData & AI\nSecurity"},
        {"customRegistrationFieldId": guid(4, "f"), "text": "Meal", "type": 100000003,
         "isRequired": True, "choices": "Meat\nVegetarian\nVegan"},
    ]


def _answers(**overrides: Any) -> list[dict[str, Any]]:
    answers = {
        2: {"id": guid(2, "f"), "value": "Yes"},
        4: {"id": guid(4, "f"), "value": "Vegan"},
    }
    for key, value in overrides.items():
        n = int(key.removeprefix("f"))
        if value is None:
            answers.pop(n, None)
        else:
            answers[n] = {"id": guid(n, "f"), **value}
    return list(answers.values())


def test_custom_fields_valid_answers(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    succeeded(register(client, EVENT, attendee(1, responses=_answers(
        f1={"value": "Engineer"},
        f3={"value": "Cloud, Security", "values": ["Cloud", "Security"]},
    ))))
    assert count(client, EVENT) == 1


def test_required_field_missing(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    result = register(client, EVENT, attendee(1, responses=_answers(f4=None)))
    refused(result, Code.REQUIRED_FIELD_MISSING)
    assert "Meal" in result["errorMessage"]
    assert count(client, EVENT) == 0


def test_required_field_blank_counts_as_missing(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    refused(register(client, EVENT, attendee(1, responses=_answers(f4={"value": "  "}))),
            Code.REQUIRED_FIELD_MISSING)


def test_required_boolean_accepts_no(start: Any) -> None:
    # Required means answered; consent is the kiosk's own checkbox (docs/local-server.md).
    client = start(customRegistrationFields=_fields())
    succeeded(register(client, EVENT, attendee(1, responses=_answers(f2={"value": "No"}))))


def test_boolean_must_be_yes_or_no(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    refused(register(client, EVENT, attendee(1, responses=_answers(f2={"value": "Maybe"}))),
            Code.INVALID_CHOICE)


def test_single_choice_must_be_a_choice(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    refused(register(client, EVENT, attendee(1, responses=_answers(f4={"value": "Fish"}))),
            Code.INVALID_CHOICE)


def test_multiple_choice_values_must_be_choices(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    refused(register(client, EVENT, attendee(1, responses=_answers(
        f3={"value": "Cloud, Gardening", "values": ["Cloud", "Gardening"]}))),
        Code.INVALID_CHOICE)


def test_multiple_choice_joined_value_without_values(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    succeeded(register(client, EVENT, attendee(1, responses=_answers(
        f3={"value": "Data & AI, Security"}))))


def test_multiple_choice_joined_value_with_a_bad_choice(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    refused(register(client, EVENT, attendee(1, responses=_answers(
        f3={"value": "Data & AI, Knitting"}))), Code.INVALID_CHOICE)


def test_unknown_field(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    refused(register(client, EVENT, attendee(1, responses=_answers(
        f9={"value": "?"}))), Code.UNKNOWN_FIELD)


def test_text_answer_too_long(start: Any) -> None:
    client = start(customRegistrationFields=_fields())
    refused(register(client, EVENT, attendee(1, responses=_answers(
        f1={"value": "x" * 1001}))), Code.VALUE_TOO_LONG)


# ---------------------------------------------------------------- sessions


def _agenda(capacity: int | None = None) -> list[dict[str, Any]]:
    limited = {"maxCapacity": capacity, "isCapacityRestricted": True} if capacity else {}
    return [session_seed(1, **limited), session_seed(2)]


def _session_count(client: httpx.Client, n: int) -> int:
    value: int = client.get(f"sessions/{guid(n, '5')}/registrations/count").json()
    return value


def test_sessions_need_a_custom_agenda(start: Any) -> None:
    client = start(allowCustomAgenda=False, sessions=_agenda())
    refused(register(client, EVENT, attendee(1, attendeeSessions=[{"sessionId": guid(1, "5")}])),
            Code.SESSION_SELECTION_NOT_ALLOWED)
    assert count(client, EVENT) == 0


def test_unknown_session(start: Any) -> None:
    client = start(allowCustomAgenda=True, sessions=_agenda())
    refused(register(client, EVENT, attendee(1, attendeeSessions=[{"sessionId": guid(99, "5")}])),
            Code.UNKNOWN_SESSION)


def test_session_registration_counts(start: Any) -> None:
    client = start(allowCustomAgenda=True, sessions=_agenda())
    succeeded(register(client, EVENT, attendee(1, attendeeSessions=[
        {"sessionId": guid(1, "5")}, {"sessionId": guid(2, "5")}])))
    assert (_session_count(client, 1), _session_count(client, 2)) == (1, 1)
    sessions = client.get(f"events/{EVENT}/sessions").json()
    assert [s["registrationCount"] for s in sessions] == [1, 1]


def test_full_session_refuses(start: Any) -> None:
    client = start(allowCustomAgenda=True, sessions=_agenda(capacity=1))
    pick = [{"sessionId": guid(1, "5")}]
    succeeded(register(client, EVENT, attendee(1, attendeeSessions=pick)))
    result = register(client, EVENT, attendee(2, attendeeSessions=pick))
    refused(result, Code.SESSION_FULL)
    assert "Session 1" in result["errorMessage"]
    assert count(client, EVENT) == 1  # the event registration was refused with it
    assert _session_count(client, 1) == 1


def test_full_session_with_waitlist_still_refuses_a_seat_request(start: Any) -> None:
    client = start(allowCustomAgenda=True, showWaitlist=True, sessions=_agenda(capacity=1))
    pick = [{"sessionId": guid(1, "5")}]
    succeeded(register(client, EVENT, attendee(1, attendeeSessions=pick)))
    refused(register(client, EVENT, attendee(2, attendeeSessions=pick)), Code.SESSION_FULL)


def test_full_session_waitlist(start: Any) -> None:
    client = start(allowCustomAgenda=True, showWaitlist=True, sessions=_agenda(capacity=1))
    succeeded(register(client, EVENT, attendee(1, attendeeSessions=[{"sessionId": guid(1, "5")}])))
    (outcome,) = succeeded(register(client, EVENT, attendee(2, attendeeSessions=[
        {"sessionId": guid(1, "5"), "waitlisted": True}, {"sessionId": guid(2, "5")}])))
    assert outcome["waitlisted"] is False
    assert outcome["waitlistedSessionIds"] == [guid(1, "5")]
    assert count(client, EVENT) == 2
    assert (_session_count(client, 1), _session_count(client, 2)) == (1, 1)


def test_session_waitlist_without_event_waitlist(start: Any) -> None:
    client = start(allowCustomAgenda=True, showWaitlist=False, sessions=_agenda(capacity=1))
    succeeded(register(client, EVENT, attendee(1, attendeeSessions=[{"sessionId": guid(1, "5")}])))
    refused(register(client, EVENT, attendee(2, attendeeSessions=[
        {"sessionId": guid(1, "5"), "waitlisted": True}])), Code.WAITLIST_NOT_AVAILABLE)


def test_session_capacity_counts_the_whole_submission(start: Any) -> None:
    client = start(allowCustomAgenda=True, enableMultiAttendeeRegistration=True,
                   sessions=_agenda(capacity=1))
    pick = [{"sessionId": guid(1, "5")}]
    refused(register(client, EVENT, attendee(1, attendeeSessions=pick),
                     attendee(2, attendeeSessions=pick)), Code.SESSION_FULL)
    assert _session_count(client, 1) == 0


def test_event_waitlisted_attendee_is_waitlisted_for_sessions(start: Any) -> None:
    client = start(allowCustomAgenda=True, maxCapacity=1, isCapacityRestricted=True,
                   showWaitlist=True, sessions=_agenda())
    succeeded(register(client, EVENT, attendee(1)))
    (outcome,) = succeeded(register(client, EVENT, attendee(
        2, waitlisted=True, attendeeSessions=[{"sessionId": guid(2, "5")}])))
    assert outcome["waitlisted"] is True
    assert outcome["waitlistedSessionIds"] == [guid(2, "5")]
    assert _session_count(client, 2) == 0


# ---------------------------------------------------------------- paid events


def _passes(left: int = 2) -> list[dict[str, Any]]:
    return [{"passId": guid(1, "a"), "passName": "Standard", "price": 99.0,
             "currencySymbol": "\u20ac", "numberOfPassesLeft": left, "numberOfPassesSold": 3}]


def test_paid_event_needs_a_pass(start: Any) -> None:
    client = start(passes=_passes())
    refused(register(client, EVENT, attendee(1)), Code.PASS_REQUIRED)


def test_paid_event_unknown_pass(start: Any) -> None:
    client = start(passes=_passes())
    refused(register(client, EVENT, attendee(1, passId=guid(9, "a"))), Code.UNKNOWN_PASS)


def test_paid_event_pass_sold_out(start: Any) -> None:
    client = start(passes=_passes(left=1), enableMultiAttendeeRegistration=True)
    result = register(client, EVENT, attendee(1, passId=guid(1, "a")),
                      attendee(2, passId=guid(1, "a")))
    refused(result, Code.PASS_SOLD_OUT)
    assert count(client, EVENT) == 0


def test_paid_event_initiated_then_finalized(start: Any) -> None:
    client = start(passes=_passes())
    result = register(client, EVENT, attendee(1, passId=guid(1, "a")))
    assert result["status"] == "Initiated"
    purchase = result["purchaseId"]
    assert purchase
    assert result["attendees"][0]["checkInCode"] is None  # not before payment
    assert count(client, EVENT) == 1  # the seat is held
    passes = client.get(f"events/{EVENT}/passes").json()
    assert (passes[0]["numberOfPassesLeft"], passes[0]["numberOfPassesSold"]) == (1, 4)
    final = client.post(f"events/{EVENT}/registrations/finalize",
                        json={"purchaseId": purchase}).json()
    (outcome,) = succeeded(final)
    assert outcome["registrationId"] == result["attendees"][0]["registrationId"]
    assert len(outcome["checkInCode"]) == 8
    again = client.post(f"events/{EVENT}/registrations/finalize", json={"purchaseId": purchase})
    assert again.json() == final  # finalizing twice answers the same
    assert count(client, EVENT) == 1


def test_finalize_unknown_purchase(start: Any) -> None:
    client = start(passes=_passes())
    result = client.post(f"events/{EVENT}/registrations/finalize",
                         json={"purchaseId": guid(7, "b")}).json()
    refused(result, Code.UNKNOWN_PURCHASE)


def test_unfinished_purchase_expires_and_releases_the_seat(start: Any, clock: Clock) -> None:
    client = start(passes=_passes(left=1))
    result = register(client, EVENT, attendee(1, passId=guid(1, "a")))
    assert count(client, EVENT) == 1
    clock.advance(timedelta(minutes=31))
    final = client.post(f"events/{EVENT}/registrations/finalize",
                        json={"purchaseId": result["purchaseId"]}).json()
    refused(final, Code.UNKNOWN_PURCHASE)
    assert count(client, EVENT) == 0
    assert register(client, EVENT, attendee(2, passId=guid(1, "a")))["status"] == "Initiated"


def test_paid_event_waitlist_needs_no_pass(start: Any) -> None:
    client = start(passes=_passes(), showWaitlist=True)
    (outcome,) = succeeded(register(client, EVENT, attendee(1, waitlisted=True)))
    assert outcome["waitlisted"] is True
    assert count(client, EVENT) == 0
