"""Check-in (RTM #20, local schema): statuses, repeats, sessions, and the check-in codes."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from typing import Any

import httpx
from server_helpers import (
    NOW,
    ORIGIN,
    TOKEN,
    Clock,
    ServerFactory,
    api,
    assert_plain_message,
    attendee,
    event_seed,
    guid,
    register,
    session_seed,
)

from kiosk.api.client import EventsApiClient
from kiosk.api.models import CheckInRequest, CheckInStatus
from kiosk.server.codes import ALPHABET, LENGTH
from kiosk.server.runner import RunningServer

EVENT = "Checkin_Event"


def _check_in(client: httpx.Client, code: str, session_id: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"checkInCode": code}
    if session_id is not None:
        body["sessionId"] = session_id
    return client.post("checkins", json=body)


def _server(server_factory: ServerFactory, **fields: Any) -> Any:
    event = event_seed(EVENT, **fields)
    event.setdefault("sessions", [session_seed(1), session_seed(2)])
    return server_factory(event)


def test_check_in_then_repeat(server_factory: ServerFactory, clock: Clock) -> None:
    with api(_server(server_factory)) as client:
        code = register(client, EVENT, attendee(1))["attendees"][0]["checkInCode"]
        first = _check_in(client, code)
        assert first.status_code == 200
        body = first.json()
        assert body["status"] == "CheckedIn"
        assert body["readableEventId"] == EVENT
        assert body["firstName"] == "First1"
        assert body["checkedInAt"].startswith(NOW.strftime("%Y-%m-%dT%H:%M"))
        clock.advance(timedelta(minutes=5))
        again = _check_in(client, code)
        assert again.status_code == 200
        assert again.json()["status"] == "AlreadyCheckedIn"
        assert again.json()["checkedInAt"] == body["checkedInAt"]  # the first time


def test_codes_are_forgiving_about_case_spaces_and_dashes(server_factory: ServerFactory) -> None:
    with api(_server(server_factory)) as client:
        code = register(client, EVENT, attendee(1))["attendees"][0]["checkInCode"]
        typed = f" {code[:4].lower()}-{code[4:]} "
        assert _check_in(client, typed).json()["status"] == "CheckedIn"


def test_unknown_code_is_404_with_a_result(server_factory: ServerFactory) -> None:
    with api(_server(server_factory)) as client:
        response = _check_in(client, "ZZZZZZZZ")
        assert response.status_code == 404
        body = response.json()
        assert body["status"] == "UnknownCode"
        assert_plain_message(body["message"])
        assert _check_in(client, "").status_code == 404


def test_waitlisted_attendee_is_409(server_factory: ServerFactory) -> None:
    server = _server(server_factory, maxCapacity=1, isCapacityRestricted=True, showWaitlist=True)
    with api(server) as client:
        register(client, EVENT, attendee(1))
        code = register(client, EVENT, attendee(2, waitlisted=True))["attendees"][0]["checkInCode"]
        response = _check_in(client, code)
        assert response.status_code == 409
        assert response.json()["status"] == "Waitlisted"
        assert_plain_message(response.json()["message"])


def test_session_check_in_with_a_custom_agenda(server_factory: ServerFactory) -> None:
    server = _server(server_factory, allowCustomAgenda=True, showWaitlist=True, sessions=[
        session_seed(1), session_seed(2, maxCapacity=1, isCapacityRestricted=True)])
    with api(server) as client:
        register(client, EVENT, attendee(9, attendeeSessions=[{"sessionId": guid(2, "5")}]))
        code = register(client, EVENT, attendee(1, attendeeSessions=[
            {"sessionId": guid(1, "5")}, {"sessionId": guid(2, "5"), "waitlisted": True},
        ]))["attendees"][0]["checkInCode"]
        ok = _check_in(client, code, guid(1, "5"))
        assert (ok.status_code, ok.json()["status"]) == (200, "CheckedIn")
        assert ok.json()["sessionId"] == guid(1, "5")
        waiting = _check_in(client, code, guid(2, "5"))
        assert (waiting.status_code, waiting.json()["status"]) == (409, "Waitlisted")
        # The event check-in is separate from the session one.
        assert _check_in(client, code).json()["status"] == "CheckedIn"


def test_session_not_chosen_is_409(server_factory: ServerFactory) -> None:
    server = _server(server_factory, allowCustomAgenda=True)
    with api(server) as client:
        code = register(client, EVENT, attendee(1, attendeeSessions=[
            {"sessionId": guid(1, "5")}]))["attendees"][0]["checkInCode"]
        response = _check_in(client, code, guid(2, "5"))
        assert response.status_code == 409
        assert response.json()["status"] == "NotRegisteredForSession"
        other = _check_in(client, code, guid(77, "5"))  # not a session of this event
        assert other.json()["status"] == "NotRegisteredForSession"


def test_without_custom_agenda_every_session_is_open(server_factory: ServerFactory) -> None:
    server = _server(server_factory, allowCustomAgenda=False)
    with api(server) as client:
        code = register(client, EVENT, attendee(1))["attendees"][0]["checkInCode"]
        assert _check_in(client, code, guid(2, "5")).json()["status"] == "CheckedIn"


def test_the_project_client_reads_every_check_in_answer(server_factory: ServerFactory) -> None:
    server = _server(server_factory, maxCapacity=1, isCapacityRestricted=True, showWaitlist=True)
    with api(server) as client:
        code = register(client, EVENT, attendee(1))["attendees"][0]["checkInCode"]
        waiting = register(client, EVENT, attendee(2, waitlisted=True))["attendees"][0]
    with EventsApiClient(server.base_url_v1, TOKEN, ORIGIN) as kiosk:
        statuses = [
            kiosk.check_in(CheckInRequest(check_in_code=c)).status
            for c in (code, code, "ZZZZZZZZ", waiting["checkInCode"])
        ]
    assert statuses == [
        CheckInStatus.CHECKED_IN, CheckInStatus.ALREADY_CHECKED_IN, CheckInStatus.UNKNOWN_CODE,
        CheckInStatus.WAITLISTED,
    ]


def test_codes_are_short_unambiguous_and_unique(server_factory: ServerFactory) -> None:
    server = _server(server_factory, enableMultiAttendeeRegistration=True)
    codes: list[str] = []
    with api(server) as client:
        for batch in range(4):
            people = [attendee(batch * 25 + n) for n in range(25)]
            codes += [o["checkInCode"] for o in register(client, EVENT, *people)["attendees"]]
    assert len(set(codes)) == len(codes) == 100
    for code in codes:
        assert len(code) == LENGTH
        assert set(code) <= set(ALPHABET)
    assert not set("01OIL") & set(ALPHABET)


# ---------------------------------------------------------------- several kiosks at once


def _at_once(
    server: RunningServer, kiosks: int, post: Callable[[httpx.Client, int], Any]
) -> list[Any]:
    """Each kiosk (its own client and connection) calls ``post`` at the same moment."""
    results: list[Any] = [None] * kiosks
    errors: list[BaseException] = []
    barrier = threading.Barrier(kiosks)

    def kiosk(n: int) -> None:
        try:
            with api(server) as client:
                client.get("events/published")  # connected before the race starts
                barrier.wait(timeout=30)
                results[n] = post(client, n)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=kiosk, args=(n,)) for n in range(kiosks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


def _check_in_rows(server: RunningServer) -> int:
    with closing(sqlite3.connect(server.db_path)) as db:
        return int(db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0])


def test_twenty_kiosks_scanning_one_code_check_in_once(server_factory: ServerFactory) -> None:
    server = _server(server_factory)
    with api(server) as client:
        code = register(client, EVENT, attendee(1))["attendees"][0]["checkInCode"]
    answers = _at_once(server, 20, lambda client, n: client.post(
        "checkins", json={"checkInCode": code}, headers={"Idempotency-Key": f"door-{n}"}))
    assert {a.status_code for a in answers} == {200}
    statuses = Counter(a.json()["status"] for a in answers)
    assert statuses == {"CheckedIn": 1, "AlreadyCheckedIn": 19}
    assert len({a.json()["checkedInAt"] for a in answers}) == 1  # every kiosk shows one time
    assert _check_in_rows(server) == 1


def test_one_key_from_two_kiosks_gets_one_answer(server_factory: ServerFactory) -> None:
    server = _server(server_factory)
    with api(server) as client:
        code = register(client, EVENT, attendee(1))["attendees"][0]["checkInCode"]
    answers = _at_once(server, 2, lambda client, n: client.post(
        "checkins", json={"checkInCode": code}, headers={"Idempotency-Key": "shared-key"}))
    assert answers[0].content == answers[1].content
    assert answers[0].json()["status"] == "CheckedIn"
    assert sorted(a.headers.get("Idempotent-Replayed", "") for a in answers) == ["", "true"]
    assert _check_in_rows(server) == 1


# ---------------------------------------------------------------- the kiosk's event


def test_a_code_of_another_event_is_wrong_event_and_checks_nobody_in(
    server_factory: ServerFactory,
) -> None:
    """A door kiosk for one event must send a guest of another event on, not admit them."""
    other = event_seed("Other_Event", eventName="The Other Gathering")
    server = server_factory(event_seed(EVENT), other)
    with api(server) as client:
        code = register(client, "Other_Event", attendee(1))["attendees"][0]["checkInCode"]
        response = client.post(
            "checkins", json={"checkInCode": code, "readableEventId": EVENT}
        )
        assert response.status_code == 409
        body = response.json()
        assert body["status"] == "WrongEvent"
        assert body["readableEventId"] == "Other_Event"
        assert body["eventName"] == "The Other Gathering"
        assert_plain_message(body["message"])
        assert _check_in_rows(server) == 0
        # At its own event's kiosk the same code checks in.
        own = client.post("checkins", json={"checkInCode": code, "readableEventId": "Other_Event"})
        assert own.json()["status"] == "CheckedIn"


def test_the_answer_lists_the_sessions_with_a_seat(server_factory: ServerFactory) -> None:
    """The kiosk greets with "your sessions today": seats only, in the order chosen."""
    server = _server(server_factory, allowCustomAgenda=True, showWaitlist=True, sessions=[
        session_seed(1), session_seed(2, maxCapacity=1, isCapacityRestricted=True),
        session_seed(3)])
    with api(server) as client:
        register(client, EVENT, attendee(9, attendeeSessions=[{"sessionId": guid(2, "5")}]))
        code = register(client, EVENT, attendee(1, attendeeSessions=[
            {"sessionId": guid(3, "5")}, {"sessionId": guid(2, "5"), "waitlisted": True},
            {"sessionId": guid(1, "5")},
        ]))["attendees"][0]["checkInCode"]
        first = _check_in(client, code).json()
        again = _check_in(client, code).json()
    assert first["sessionIds"] == again["sessionIds"] == [guid(3, "5"), guid(1, "5")]
    assert again["status"] == "AlreadyCheckedIn"


def test_the_project_client_reads_wrong_event_and_sessions(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT), event_seed("Other_Event"))
    with api(server) as client:
        code = register(client, "Other_Event", attendee(1))["attendees"][0]["checkInCode"]
    with EventsApiClient(server.base_url_v1, TOKEN, ORIGIN) as kiosk:
        wrong = kiosk.check_in(CheckInRequest(check_in_code=code, readable_event_id=EVENT))
        right = kiosk.check_in(CheckInRequest(check_in_code=code))
    assert wrong.status == CheckInStatus.WRONG_EVENT
    assert (wrong.readable_event_id, wrong.event_name) == ("Other_Event", "Other Event")
    assert not wrong.checked_in
    assert right.status == CheckInStatus.CHECKED_IN  # no event given: any event's code
    assert right.session_ids == []
