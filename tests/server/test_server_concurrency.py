"""Concurrent kiosks never oversell: 50 clients race for 10 seats over real HTTP."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest
from server_helpers import ServerFactory, api, attendee, count, event_seed

from kiosk.server.runner import RunningServer

EVENT = "Race_Event"
CLIENTS = 50
CAPACITY = 10


def _race(server: RunningServer, *, join_waitlist: bool) -> Counter[str]:
    """Each client asks for a seat; refused ones join the waitlist when told they can."""
    outcomes: Counter[str] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(CLIENTS)
    errors: list[BaseException] = []

    def kiosk(n: int) -> None:
        try:
            with api(server) as client:
                client.get("events/published")  # connect before the race starts
                barrier.wait(timeout=30)
                path = f"events/{EVENT}/registrations"
                result: dict[str, Any] = client.post(
                    path, json={"attendees": [attendee(n)]}
                ).json()
                outcome = result["status"] if result["status"] != "Failure" else (
                    result["errorCode"])
                if outcome == "EventCapacityReached" and join_waitlist:
                    result = client.post(
                        path, json={"attendees": [attendee(n, waitlisted=True)]}
                    ).json()
                    assert result["status"] == "Success", result
                    outcome = "waitlisted" if result["attendees"][0]["waitlisted"] else "seat?"
            with lock:
                outcomes[outcome] += 1
        except BaseException as exc:  # reported by the main thread
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=kiosk, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return outcomes


@pytest.mark.parametrize("waitlist", [True, False], ids=["waitlist-on", "waitlist-off"])
def test_fifty_clients_ten_seats(server_factory: ServerFactory, waitlist: bool) -> None:
    server = server_factory(
        event_seed(EVENT, maxCapacity=CAPACITY, isCapacityRestricted=True, showWaitlist=waitlist)
    )
    outcomes = _race(server, join_waitlist=waitlist)
    if waitlist:
        assert outcomes == Counter({"Success": CAPACITY, "waitlisted": CLIENTS - CAPACITY})
    else:
        assert outcomes == Counter(
            {"Success": CAPACITY, "EventCapacityReached": CLIENTS - CAPACITY}
        )
    with api(server) as client:
        assert count(client, EVENT) == CAPACITY
