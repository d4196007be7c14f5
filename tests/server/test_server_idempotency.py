"""Idempotency-Key on register, finalize and check-in: a repeat returns the first answer."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from typing import Any

import httpx
from server_helpers import (
    OTHER_ORIGIN,
    OTHER_TOKEN,
    ServerFactory,
    api,
    attendee,
    count,
    event_seed,
    guid,
)

EVENT = "Idem_Event"


def _post(client: httpx.Client, path: str, body: dict[str, Any], key: str) -> httpx.Response:
    return client.post(path, json=body, headers={"Idempotency-Key": key})


def test_same_key_twice_gives_the_same_bytes_and_one_registration(
    server_factory: ServerFactory,
) -> None:
    server = server_factory(event_seed(EVENT))
    body = {"attendees": [attendee(1)]}
    with api(server) as client:
        first = _post(client, f"events/{EVENT}/registrations", body, "key-1")
        second = _post(client, f"events/{EVENT}/registrations", body, "key-1")
        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert "idempotent-replayed" not in first.headers
        assert second.headers["idempotent-replayed"] == "true"
        assert first.json()["attendees"][0]["alreadyRegistered"] is False
        assert count(client, EVENT) == 1
    with closing(sqlite3.connect(server.db_path)) as db:
        assert db.execute("SELECT COUNT(*) FROM registrations").fetchone()[0] == 1


def test_key_works_across_both_base_forms(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    body = {"attendees": [attendee(1)]}
    with api(server, form="v2") as v2, api(server, form="v1") as v1:
        first = _post(v2, f"events/{EVENT}/registrations", body, "same")
        second = _post(v1, f"events/{EVENT}/registrations", body, "same")
    assert first.content == second.content


def test_key_order_and_spacing_do_not_matter(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        first = client.post(f"events/{EVENT}/registrations", headers={"Idempotency-Key": "k"},
                            content=b'{"attendees": [{"firstName": "A", "lastName": "B", '
                            b'"email": "ab@example.com"}]}')
        second = client.post(f"events/{EVENT}/registrations", headers={"Idempotency-Key": "k"},
                             content=b'{"attendees":[{"email":"ab@example.com","lastName":"B",'
                             b'"firstName":"A"}]}')
    assert first.content == second.content


def test_key_reused_for_a_different_body_is_422(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        _post(client, f"events/{EVENT}/registrations", {"attendees": [attendee(1)]}, "k")
        other = _post(client, f"events/{EVENT}/registrations", {"attendees": [attendee(2)]}, "k")
        assert other.status_code == 422
        assert "Idempotency-Key" in other.json()["Message"]
        assert count(client, EVENT) == 1


def test_refusals_are_replayed_too(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT, maxCapacity=1, isCapacityRestricted=True))
    with api(server) as client:
        client.post(f"events/{EVENT}/registrations", json={"attendees": [attendee(1)]})
        body = {"attendees": [attendee(2)]}
        first = _post(client, f"events/{EVENT}/registrations", body, "full")
        assert first.json()["errorCode"] == "EventCapacityReached"
        assert _post(client, f"events/{EVENT}/registrations", body, "full").content == (
            first.content
        )


def test_keys_belong_to_one_web_application(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT, enableMultiAttendeeRegistration=True))
    with api(server) as one, api(server, token=OTHER_TOKEN, origin=OTHER_ORIGIN) as other:
        _post(one, f"events/{EVENT}/registrations", {"attendees": [attendee(1)]}, "shared")
        reply = _post(other, f"events/{EVENT}/registrations", {"attendees": [attendee(2)]},
                      "shared")
        assert reply.status_code == 200
        assert count(one, EVENT) == 2


def test_concurrent_repeats_of_one_key_register_once(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    body = {"attendees": [attendee(1)]}
    answers: list[bytes] = []
    lock = threading.Lock()

    def send() -> None:
        with api(server) as client:
            content = _post(client, f"events/{EVENT}/registrations", body, "race").content
        with lock:
            answers.append(content)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(answers)) == 1
    with api(server) as client:
        assert count(client, EVENT) == 1


def test_finalize_and_check_in_take_keys(server_factory: ServerFactory) -> None:
    passes = [{"passId": guid(1, "a"), "passName": "Day", "price": 10.0, "currencySymbol": "$",
               "numberOfPassesLeft": 5, "numberOfPassesSold": 0}]
    server = server_factory(event_seed(EVENT, passes=passes))
    with api(server) as client:
        started = client.post(f"events/{EVENT}/registrations",
                              json={"attendees": [attendee(1, passId=guid(1, "a"))]}).json()
        body = {"purchaseId": started["purchaseId"]}
        first = _post(client, f"events/{EVENT}/registrations/finalize", body, "fin")
        again = _post(client, f"events/{EVENT}/registrations/finalize", body, "fin")
        assert first.content == again.content
        code = first.json()["attendees"][0]["checkInCode"]
        one = _post(client, "checkins", {"checkInCode": code}, "chk")
        two = _post(client, "checkins", {"checkInCode": code}, "chk")
        assert one.content == two.content
        assert one.json()["status"] == "CheckedIn"  # not AlreadyCheckedIn: a replay
        three = client.post("checkins", json={"checkInCode": code})
        assert three.json()["status"] == "AlreadyCheckedIn"


def test_malformed_key_is_400(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        reply = _post(client, f"events/{EVENT}/registrations", {"attendees": [attendee(1)]},
                      "k" * 201)
        assert reply.status_code == 400
        assert reply.json()["Message"]
        assert count(client, EVENT) == 0
