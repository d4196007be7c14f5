"""Every query a request runs is an index lookup, never a walk over a growing table.

A real server is started with every SQLite connection traced; a client then exercises
every public endpoint, the staff extensions and the writes (registration with sessions
and an Idempotency-Key, paid registration, finalize, check-ins). Each traced statement is
planned with ``EXPLAIN QUERY PLAN`` and must not:

* ``SCAN`` registrations, contacts, sessions, session registrations or check-ins (their
  size grows with the venue). The one exception is the staff check-in list's full export
  (no ``since``): it hands every registration of the event to staff, so it reads them all
  (a range of ``registrations_by_change``, off the event loop; app.py says so too).
* read registrations through ``registrations_by_pass`` or ``registrations_by_state``:
  those are linear in the event's registrations (a ``COUNT(*)`` of a pass's holders is
  a SEARCH, yet reads every holder). Pass and event seat counts are kept by triggers.
* on a write, walk the event's sessions (``sessions_in_order``/``sessions_by_event``): a
  registration reads only the chosen sessions' rows, by id.
* sort the published list or the agenda in a temporary B-tree (their indexes give the
  order).

A 304 costs one indexed lookup: the test also checks that it runs no other statement.
"""

from __future__ import annotations

import base64
import re
import sqlite3
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_helpers import (
    STAFF_HEADER,
    STAFF_TOKEN,
    ServerFactory,
    api,
    attendee,
    event_seed,
    guid,
    session_seed,
)

from kiosk.server.runner import RunningServer

FREE = "Plan_Event"
PAID = "Plan_Paid"
PASS_ID = guid(1, "a")
GROWING = ("registrations", "contacts", "sessions", "session_registrations", "checkins",
           "attendee_search", "idempotency_keys")
LINEAR_INDEXES = ("registrations_by_pass", "registrations_by_state")
AGENDA_INDEXES = ("sessions_in_order", "sessions_by_event")
WRITES = ("register", "replay", "paid register", "finalize", "check in", "session check in")
# A 1x1 PNG, so the image endpoints have something to serve.
PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000105fe02fea50000000049454e44ae426082"
)).decode()


class Tracer:
    """Records the statements of every connection opened while installed, per request."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.statements: list[str] = []

    def __call__(self, sql: str) -> None:
        with self.lock:
            self.statements.append(sql)

    def take(self) -> list[str]:
        with self.lock:
            taken, self.statements = self.statements, []
        return taken


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch) -> Tracer:
    tracer = Tracer()
    connect = sqlite3.connect

    def traced_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = connect(*args, **kwargs)
        conn.set_trace_callback(tracer)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced_connect)
    return tracer


def _seed() -> tuple[dict[str, Any], dict[str, Any]]:
    free = event_seed(
        FREE,
        allowCustomAgenda=True,
        speakers=[{"id": guid(1, "d"), "name": "Speaker", "image": PNG}],
        sessions=[session_seed(n, speakerIds=[guid(1, "d")], maxCapacity=3,
                               isCapacityRestricted=True) for n in range(1, 4)],
        tracks=[{"id": guid(1, "7"), "name": "Track", "sessionIds": [guid(1, "5")]}],
        sponsorships=[{"id": guid(1, "9"), "sponsorName": "Sponsor", "image": PNG}],
        customRegistrationFields=[{"customRegistrationFieldId": guid(1, "f"),
                                   "text": "Diet", "type": 100000000}],
    )
    paid = event_seed(
        PAID,
        passes=[{"passId": PASS_ID, "passName": "Standard", "price": 10.0,
                 "numberOfPassesLeft": 50, "numberOfPassesSold": 0,
                 "sessionIds": [guid(11, "5")]}],
        sessions=[session_seed(11)],
    )
    return free, paid


def _exercise(server: RunningServer, tracer: Tracer) -> dict[str, list[str]]:
    """Every endpoint once; the statements each ran, by request."""
    ran: dict[str, list[str]] = {}
    tracer.take()
    with api(server) as client, httpx.Client(base_url=server.root_url) as page:

        def call(label: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
            response = client.request(method, path, **kwargs)
            assert response.status_code < 500, (label, response.text)
            ran[label] = tracer.take()
            return response

        call("published", "GET", "events/published")
        for resource in ("", "/sessions", "/speakers", "/tracks", "/passes", "/sponsorships",
                         "/custom-registration-fields", "/registrations/count", "/qrcode"):
            call(f"event{resource}", "GET", f"events/{FREE}{resource}")
        call("paid passes", "GET", f"events/{PAID}/passes")
        call("session", "GET", f"sessions/{guid(1, '5')}")
        call("session count", "GET", f"sessions/{guid(1, '5')}/registrations/count")
        call("track sessions", "GET", f"tracks/{guid(1, '7')}/sessions")
        call("speaker image", "GET", f"speakers/{guid(1, 'd')}/image")
        call("sponsor logo", "GET", f"sponsorships/{guid(1, '9')}/logo")
        page.get(f"/events/{FREE}")
        ran["event page"] = tracer.take()

        body = {"attendees": [attendee(1, attendeeSessions=[
            {"sessionId": guid(1, "5")}, {"sessionId": guid(2, "5")}])]}
        first = call("register", "POST", f"events/{FREE}/registrations", json=body,
                     headers={"Idempotency-Key": "plan-1"})
        call("replay", "POST", f"events/{FREE}/registrations", json=body,
             headers={"Idempotency-Key": "plan-1"})
        code = first.json()["attendees"][0]["checkInCode"]
        held = call("paid register", "POST", f"events/{PAID}/registrations",
                    json={"attendees": [attendee(2, passId=PASS_ID)]}).json()
        call("finalize", "POST", f"events/{PAID}/registrations/finalize",
             json={"purchaseId": held["purchaseId"]})
        call("check in", "POST", "checkins", json={"checkInCode": code})
        call("session check in", "POST", "checkins",
             json={"checkInCode": code, "sessionId": guid(1, "5")})
        call("counts after", "GET", f"events/{FREE}/sessions")

        staff = {STAFF_HEADER: STAFF_TOKEN}
        hits = call("search", "GET", f"events/{FREE}/attendees", params={"q": "first"},
                    headers=staff).json()
        call("record", "GET", f"events/{FREE}/attendees/{hits[0]['registrationId']}",
             headers=staff)
        full = call("checkin-list", "GET", f"events/{FREE}/checkin-list", headers=staff).json()
        call("checkin-list since", "GET", f"events/{FREE}/checkin-list",
             params={"since": full["cursor"]}, headers=staff)
    return ran


_SKIP = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|--)", re.I)


def _plans(db_path: Path, statements: list[str]) -> list[tuple[str, list[str]]]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return [
            (sql, [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")])
            for sql in dict.fromkeys(statements) if not _SKIP.match(sql)
        ]


def _aliases(sql: str) -> dict[str, str]:
    """Alias (or name) -> table for every table the statement names."""
    found = re.findall(r"\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", sql, re.I)
    keywords = {"where", "join", "on", "set", "values", "order", "group", "limit", "left",
                "inner", "using", "select", "default"}
    table_of: dict[str, str] = {}
    for table, alias in found:
        table_of[table] = table
        if alias and alias.lower() not in keywords:
            table_of[alias] = table
    return table_of


def _problems(label: str, sql: str, plan: list[str]) -> list[str]:
    table_of = _aliases(sql)
    problems = []
    for step in plan:
        scanned = re.match(r"SCAN (\w+)", step)
        if scanned and table_of.get(scanned[1], scanned[1]) in GROWING:
            if label == "checkin-list":
                continue  # the full export: every registration of the event, by design
            problems.append(f"{label}: {step} in {sql[:160]}")
        if any(index in step for index in LINEAR_INDEXES):
            problems.append(f"{label}: {step} in {sql[:160]}")
        if label in WRITES and any(index in step for index in AGENDA_INDEXES):
            problems.append(f"{label}: {step} in {sql[:160]}")
    return problems


def test_no_request_walks_a_growing_table(
    traced: Tracer, server_factory: ServerFactory
) -> None:
    server = server_factory(*_seed())
    ran = _exercise(server, traced)
    seen = 0
    problems: list[str] = []
    for label, statements in ran.items():
        for sql, plan in _plans(server.db_path, statements):
            seen += 1
            problems += _problems(label, sql, plan)
    assert seen > 60  # the trace really saw the requests' SQL
    assert problems == []


def test_the_lists_come_out_of_their_indexes_in_order(
    traced: Tracer, server_factory: ServerFactory
) -> None:
    server = server_factory(*_seed())
    ran = _exercise(server, traced)
    lists = [
        (sql, plan)
        for label in ("published", "event/sessions", "counts after")
        for sql, plan in _plans(server.db_path, ran[label])
        if re.search(r"ORDER BY (s|e)\.start_utc", sql)
    ]
    assert len(lists) >= 2
    for sql, plan in lists:
        assert not any("TEMP B-TREE" in step for step in plan), (sql, plan)


def test_a_304_runs_one_indexed_lookup(traced: Tracer, server_factory: ServerFactory) -> None:
    server = server_factory(*_seed())
    with api(server) as client:
        for path in (f"events/{FREE}/sessions", f"events/{FREE}/speakers",
                     f"events/{FREE}/registrations/count", f"events/{PAID}/passes"):
            etag = client.get(path).headers["etag"]
            traced.take()
            assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
            statements = [s for s in traced.take() if not _SKIP.match(s)]
            assert len(statements) == 1, statements
            plan = _plans(server.db_path, statements)[0][1]
            assert plan == ["SEARCH events USING INDEX sqlite_autoindex_events_2 (readable_id=?)"]
        # A session's and a track's answers: the event they belong to, by primary keys.
        for path in (f"sessions/{guid(1, '5')}", f"sessions/{guid(1, '5')}/registrations/count",
                     f"tracks/{guid(1, '7')}/sessions"):
            etag = client.get(path).headers["etag"]
            traced.take()
            assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
            statements = [s for s in traced.take() if not _SKIP.match(s)]
            assert len(statements) == 1, (path, statements)
            plan = _plans(server.db_path, statements)[0][1]
            assert len(plan) == 2, (path, plan)
            for step in plan:
                assert step.startswith("SEARCH"), (path, plan)
                assert "(event_id=?)" in step or "(id=?)" in step, (path, plan)


def test_the_checker_catches_a_pass_count_over_registrations(
    traced: Tracer, server_factory: ServerFactory
) -> None:
    """The old pass check (COUNT(*) of a pass's holders) is caught, though a SEARCH."""
    server = server_factory(*_seed())
    _exercise(server, traced)
    old = ("SELECT p.pass_id, (SELECT COUNT(*) FROM registrations r WHERE r.pass_id = "
           "p.pass_id AND r.state = 'registered') FROM passes p WHERE p.event_id = 'x'")
    [(sql, plan)] = _plans(server.db_path, [old])
    assert _problems("paid register", sql, plan)
