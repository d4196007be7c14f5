"""The writer thread: group commit keeps each job all-or-nothing, and counters stay exact."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from server_helpers import (
    Clock,
    ServerFactory,
    api,
    attendee,
    event_seed,
    guid,
    register,
    session_seed,
)

from kiosk.server.db import Database
from kiosk.server.writer import WriteQueue


def _insert_app(token: str) -> Any:
    def job(conn: sqlite3.Connection) -> str:
        conn.execute("INSERT INTO web_apps VALUES (?, 'http://o.test', 'now')", (token,))
        return token

    return job


def _failing(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO web_apps VALUES ('half-done', 'http://o.test', 'now')")
    raise ValueError("this job fails after writing")


def test_a_failing_job_is_rolled_back_alone(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "events.sqlite3")
    writer = WriteQueue(db)
    try:
        started, gate = threading.Event(), threading.Event()

        def blocker(conn: sqlite3.Connection) -> None:
            started.set()
            gate.wait(10)  # holds the writer so the next three land in one batch

        first = writer.submit(blocker)
        assert started.wait(10)
        futures = [writer.submit(_insert_app("a")), writer.submit(_failing),
                   writer.submit(_insert_app("b"))]
        gate.set()
        first.result(10)
        assert futures[0].result(10) == "a"
        with pytest.raises(ValueError, match="fails after writing"):
            futures[1].result(10)
        assert futures[2].result(10) == "b"
        with db.read() as conn:
            tokens = [r[0] for r in conn.execute("SELECT token FROM web_apps ORDER BY token")]
        assert tokens == ["a", "b"]
        assert writer.batches == 2
    finally:
        writer.close()
        db.close()
    with pytest.raises(RuntimeError, match="closed"):
        writer.submit(_insert_app("late"))


def test_counters_match_the_rows(server_factory: ServerFactory, clock: Clock) -> None:
    """Triggers keep events.registered/waitlisted and sessions.taken; check every path."""
    passes = [{"passId": guid(1, "a"), "passName": "P", "price": 5.0, "currencySymbol": "$",
               "numberOfPassesLeft": 10, "numberOfPassesSold": 0}]
    free = event_seed("Free", maxCapacity=3, isCapacityRestricted=True, showWaitlist=True,
                      allowCustomAgenda=True, enableMultiAttendeeRegistration=True,
                      sessions=[session_seed(1), session_seed(2, maxCapacity=1,
                                                              isCapacityRestricted=True)])
    paid = event_seed("Paid", passes=passes, allowCustomAgenda=True,
                      sessions=[session_seed(3)])
    server = server_factory(free, paid, db_name="counters.sqlite3")
    with api(server) as client:
        register(client, "Free", attendee(1, attendeeSessions=[
            {"sessionId": guid(1, "5")}, {"sessionId": guid(2, "5")}]))
        register(client, "Free", attendee(2, attendeeSessions=[
            {"sessionId": guid(2, "5"), "waitlisted": True}]), attendee(3))
        register(client, "Free", attendee(4, waitlisted=True, autoRegister=True))
        held = register(client, "Paid", attendee(5, passId=guid(1, "a"),
                                                  attendeeSessions=[{"sessionId": guid(3, "5")}]))
        register(client, "Paid", attendee(6, passId=guid(1, "a")))
        client.post("events/Paid/registrations/finalize",
                    json={"purchaseId": held["purchaseId"]})
        clock.advance(timedelta(minutes=45))  # the second purchase expires...
        register(client, "Free", attendee(7, waitlisted=True))  # ...released by this write
    server.stop()
    bigger = server_factory({**free, "maxCapacity": 5}, paid, db_name="counters.sqlite3")
    bigger.stop()  # the reload promoted the auto-register entry
    with sqlite3.connect(bigger.db_path) as conn:
        for event_id, registered, waitlisted in conn.execute(
            "SELECT event_id, registered, waitlisted FROM events"
        ).fetchall():
            counted = dict(conn.execute(
                "SELECT state, COUNT(*) FROM registrations WHERE event_id = ? GROUP BY state",
                (event_id,)).fetchall())
            assert (registered, waitlisted) == (
                counted.get("registered", 0), counted.get("waitlisted", 0))
        for session_id, taken in conn.execute("SELECT id, taken FROM sessions").fetchall():
            rows = conn.execute(
                "SELECT COUNT(*) FROM session_registrations WHERE session_id = ? "
                "AND waitlisted = 0", (session_id,)).fetchone()[0]
            assert taken == rows, session_id
        totals = conn.execute("SELECT SUM(registered), SUM(waitlisted) FROM events").fetchone()
    conn.close()
    assert totals == (5, 1)  # Free: 1, 2, 3, 4 (promoted); Paid: 5. Waitlisted: 7.
