"""Event versions, cached answers and the published list's extension (issue 13).

A kiosk polls counts and agendas with ``If-None-Match``; the server answers from a version
per event, moved in the same transaction as anything that changes an answer. These tests
check what a kiosk sees: the ETag moves exactly when the answer does (and only for the
event that changed), a cached 200 is the same answer a fresh build gives, the published
list carries each event's seat count and whether it sells passes, and an upgraded
database keeps its pass counts.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from server_helpers import (
    NOW,
    Clock,
    ServerFactory,
    api,
    attendee,
    count,
    event_seed,
    guid,
    register,
    session_seed,
)

from kiosk.server import catalog
from kiosk.server.app import AnswerCache
from kiosk.server.db import MIGRATIONS, SCHEMA_VERSION, Database
from kiosk.server.loader import load_seed

AGENDA = "Agenda_Event"
OTHER = "Other_Event"
PAID = "Paid_Event"
PASS_ID = guid(1, "a")


def _speaker(n: int) -> dict[str, Any]:
    return {"id": guid(n, "d"), "name": f"Speaker {n}"}


def _agenda_event(name: str = "Session", **fields: Any) -> dict[str, Any]:
    return event_seed(
        AGENDA,
        allowCustomAgenda=True,
        speakers=[_speaker(1), _speaker(2)],
        sessions=[
            session_seed(n, name=f"{name} {n}", speakerIds=[guid(1 + n % 2, "d")],
                         maxCapacity=5, isCapacityRestricted=True)
            for n in range(1, 7)
        ],
        **fields,
    )


def _paid_event() -> dict[str, Any]:
    return event_seed(
        PAID,
        passes=[{"passId": PASS_ID, "passName": "Standard", "price": 10.0,
                 "numberOfPassesLeft": 50, "numberOfPassesSold": 3}],
    )


def _sessions_of(client: httpx.Client, readable_id: str = AGENDA) -> list[dict[str, Any]]:
    response = client.get(f"events/{readable_id}/sessions")
    assert response.status_code == 200
    result: list[dict[str, Any]] = response.json()
    return result


def _etag(client: httpx.Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.text
    return response.headers["etag"]


def _revalidate(client: httpx.Client, path: str, etag: str) -> httpx.Response:
    return client.get(path, headers={"If-None-Match": etag})


def test_a_registration_moves_only_its_own_events_etags(server_factory: ServerFactory) -> None:
    server = server_factory(_agenda_event(), event_seed(OTHER))
    paths = [f"events/{AGENDA}/{r}" for r in ("sessions", "speakers", "registrations/count")]
    with api(server) as client:
        before = {p: _etag(client, p) for p in paths}
        other_before = {
            p: _etag(client, p) for p in (f"events/{OTHER}/sessions", f"events/{OTHER}")
        }
        static_before = {
            p: _etag(client, p) for p in (
                f"events/{AGENDA}", f"events/{AGENDA}/tracks", f"events/{AGENDA}/sponsorships",
                f"events/{AGENDA}/custom-registration-fields", f"events/{AGENDA}/qrcode",
            )
        }
        for path, etag in before.items():
            assert _revalidate(client, path, etag).status_code == 304

        session_id = _sessions_of(client)[2]["id"]
        register(client, AGENDA, attendee(1, attendeeSessions=[{"sessionId": session_id}]))

        for path, etag in before.items():
            fresh = _revalidate(client, path, etag)
            assert fresh.status_code == 200, path  # the kiosk gets the new count
            assert fresh.headers["etag"] != etag
        # Nothing about the other event changed: its kiosks keep their copies.
        for path, etag in other_before.items():
            assert _revalidate(client, path, etag).status_code == 304
        # Answers without counts follow seed loads only: a registration keeps them.
        for path, etag in static_before.items():
            assert _revalidate(client, path, etag).status_code == 304, path
        taken = {s["id"]: s["registrationCount"] for s in _sessions_of(client)}
        assert taken[session_id] == 1
        assert sum(taken.values()) == 1
        assert count(client, AGENDA) == 1


def test_a_registration_without_sessions_keeps_the_agenda(
    server_factory: ServerFactory,
) -> None:
    """30 kiosks poll the agenda while attendees register for the event alone: the agenda's
    seats did not change, so their copies stay good (304); the event count moves."""
    server = server_factory(_agenda_event())
    agenda = [f"events/{AGENDA}/sessions", f"events/{AGENDA}/speakers"]
    counted = f"events/{AGENDA}/registrations/count"
    with api(server) as client:
        before = {p: _etag(client, p) for p in [*agenda, counted]}
        register(client, AGENDA, attendee(1))
        for path in agenda:
            assert _revalidate(client, path, before[path]).status_code == 304, path
        moved = _revalidate(client, counted, before[counted])
        assert moved.status_code == 200
        assert moved.json() == 1


def test_a_sessions_and_a_tracks_answers_follow_their_events_seats(
    server_factory: ServerFactory, clock: Clock
) -> None:
    """GET sessions/{id}, its count and tracks/{id}/sessions answer If-None-Match from the
    event they belong to: a 304 until that event's seats move, then the new count."""
    track_id = guid(1, "7")
    server = server_factory(
        _agenda_event(tracks=[{"id": track_id, "name": "Main", "sessionIds": [guid(2, "5")]}]),
        event_seed(OTHER),
    )
    chosen, other = guid(2, "5"), guid(3, "5")
    paths = [f"sessions/{chosen}", f"sessions/{chosen}/registrations/count",
             f"tracks/{track_id}/sessions", f"sessions/{other}"]
    with api(server) as client:
        before = {p: _etag(client, p) for p in paths}
        assert len(set(before.values())) == len(paths)  # one version, distinct answers
        for path, etag in before.items():
            assert _revalidate(client, path, etag).status_code == 304, path

        register(client, OTHER, attendee(1))  # another event: nothing here moves
        register(client, AGENDA, attendee(2))  # this event, no session: seats unchanged
        for path, etag in before.items():
            assert _revalidate(client, path, etag).status_code == 304, path

        register(client, AGENDA, attendee(3, attendeeSessions=[{"sessionId": chosen}]))
        for path, etag in before.items():
            fresh = _revalidate(client, path, etag)
            assert fresh.status_code == 200, path
            assert fresh.headers["etag"] != etag
        assert client.get(paths[0]).json()["registrationCount"] == 1
        assert client.get(paths[1]).json() == 1
        assert [s["registrationCount"] for s in client.get(paths[2]).json()] == [1]
        assert client.get(paths[3]).json()["registrationCount"] == 0

        # A seed reload without the track and the other session: gone, not a stale copy.
        with closing(Database.open(server.db_path, create=False)) as db:
            reloaded = _agenda_event()
            reloaded["sessions"] = [s for s in reloaded["sessions"] if s["id"] != other]
            load_seed(db, {"events": [reloaded]}, clock)
        for path in paths[2:]:
            gone = _revalidate(client, path, before[path])
            assert gone.status_code == 404, path
            assert "Traceback" not in gone.text
        assert client.get(paths[0]).json()["registrationCount"] == 1


def test_cached_answers_equal_a_fresh_build(server_factory: ServerFactory) -> None:
    """The seat counts filled into the cached agenda and speakers are the stored ones."""
    server = server_factory(_agenda_event())
    with api(server) as client:
        chosen = [s["id"] for s in _sessions_of(client)[:3]]
        for n in range(1, 4):
            register(client, AGENDA, attendee(n, attendeeSessions=[
                {"sessionId": s} for s in chosen[:n]
            ]))
        sessions = _sessions_of(client)
        speakers = client.get(f"events/{AGENDA}/speakers").json()
    with closing(Database.open(server.db_path, create=False)) as db, db.read() as conn:
        event_id = catalog.event_id_for(conn, AGENDA)
        assert event_id is not None
        fresh_sessions = [s.to_wire() for s in catalog.sessions(conn, event_id)]
        fresh_speakers = [s.to_wire() for s in catalog.speakers(conn, event_id)]
    assert sessions == json.loads(json.dumps(fresh_sessions))
    assert speakers == json.loads(json.dumps(fresh_speakers))
    assert [s["registrationCount"] for s in sessions] == [3, 2, 1, 0, 0, 0]
    by_session = {
        s["id"]: s["registrationCount"] for speaker in speakers for s in speaker["sessions"]
    }
    assert by_session[chosen[0]] == 3


def test_a_seed_reload_moves_the_etag_and_shows_the_new_text(
    server_factory: ServerFactory, clock: Clock
) -> None:
    server = server_factory(_agenda_event())
    path = f"events/{AGENDA}/sessions"
    with api(server) as client:
        etag = _etag(client, path)
        event_etag = _etag(client, f"events/{AGENDA}")
        with closing(Database.open(server.db_path, create=False)) as db:
            load_seed(db, {"events": [_agenda_event(name="Renamed", eventName="New name")]},
                      clock)
        fresh = _revalidate(client, path, etag)
        assert fresh.status_code == 200
        assert fresh.json()[0]["name"] == "Renamed 1"
        event = _revalidate(client, f"events/{AGENDA}", event_etag)
        assert event.status_code == 200
        assert event.json()["eventName"] == "New name"


def test_the_published_list_carries_counts_and_passes(server_factory: ServerFactory) -> None:
    server = server_factory(_agenda_event(), _paid_event())
    with api(server) as client:
        listed = client.get("events/published")
        first = {e["readableEventId"]: e for e in listed.json()}
        assert first[AGENDA]["registrationCount"] == 0
        assert first[AGENDA]["hasPasses"] is False
        assert first[PAID]["hasPasses"] is True
        assert _revalidate(client, "events/published", listed.headers["etag"]).status_code == 304

        register(client, AGENDA, attendee(1))
        register(client, PAID, attendee(2, passId=PASS_ID))  # a held seat counts too

        again = _revalidate(client, "events/published", listed.headers["etag"])
        assert again.status_code == 200
        now = {e["readableEventId"]: e for e in again.json()}
        for readable_id in (AGENDA, PAID):
            assert now[readable_id]["registrationCount"] == count(client, readable_id) == 1


def test_an_ended_event_leaves_the_published_list_a_day_later(
    server_factory: ServerFactory, clock: Clock
) -> None:
    server = server_factory(event_seed(AGENDA), event_seed(
        OTHER, startDateUTC=(NOW + timedelta(days=5)).isoformat(),
        endDateUTC=(NOW + timedelta(days=6)).isoformat(),
    ))
    with api(server) as client:
        listed = client.get("events/published")
        assert [e["readableEventId"] for e in listed.json()] == [AGENDA, OTHER]
        # Nothing is written, yet time alone changes the answer: the cache must not hold it.
        clock.advance(timedelta(hours=9 + 24, minutes=1))
        later = _revalidate(client, "events/published", listed.headers["etag"])
        assert later.status_code == 200
        assert [e["readableEventId"] for e in later.json()] == [OTHER]


def test_paid_seat_counts_follow_holds_and_expiry(
    server_factory: ServerFactory, clock: Clock
) -> None:
    server = server_factory(_paid_event())
    path = f"events/{PAID}/passes"
    with api(server) as client:
        assert client.get(path).json()[0]["numberOfPassesSold"] == 3
        held = register(client, PAID, attendee(1, passId=PASS_ID))
        assert held["status"] == "Initiated"
        passes = client.get(path)
        assert passes.json()[0]["numberOfPassesSold"] == 4
        assert passes.json()[0]["numberOfPassesLeft"] == 49
        # The hold expires; the next write releases it and the pass is free again.
        clock.advance(timedelta(minutes=31))
        register(client, PAID, attendee(2, passId=PASS_ID))
        fresh = _revalidate(client, path, passes.headers["etag"])
        assert fresh.status_code == 200
        assert fresh.json()[0]["numberOfPassesSold"] == 4  # the new hold only


def _version_3_database(path: Path) -> None:
    """A database as version 3 left it, with a paid event, a free event and registrations."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("BEGIN")
        for migration in MIGRATIONS[:3]:
            migration(db)
        db.execute("PRAGMA user_version = 3")
        for eid, rid in (("e-paid", PAID), ("e-free", AGENDA)):
            db.execute(
                "INSERT INTO events (event_id, readable_id, start_utc, end_utc, data) "
                "VALUES (?, ?, '2026-03-18T09:00:00.000000Z', '2026-03-18T17:00:00.000000Z', ?)",
                (eid, rid, json.dumps({"eventId": eid, "readableEventId": rid})),
            )
        db.execute(
            "INSERT INTO passes (pass_id, event_id, position, data, total, sold_elsewhere) "
            "VALUES ('p1', 'e-paid', 0, '{}', 10, 2)"
        )
        states = ["registered", "registered", "waitlisted", "registered"]
        for n, state in enumerate(states):
            db.execute(
                "INSERT INTO contacts (id, email_key, email, first_name, last_name, "
                "created_utc) VALUES (?, ?, ?, 'F', 'L', '2026-01-01T00:00:00.000000Z')",
                (f"c{n}", f"p{n}@example.com", f"p{n}@example.com"),
            )
            db.execute(
                "INSERT INTO registrations (id, event_id, contact_id, state, pass_id, "
                "responses, created_utc) VALUES (?, ?, ?, ?, ?, '[]', "
                "'2026-01-01T00:00:00.000000Z')",
                (f"r{n}", "e-free" if n == 3 else "e-paid", f"c{n}", state,
                 None if n == 3 else "p1"),
            )
        db.execute("COMMIT")


def test_migrating_a_version_3_database_counts_the_pass_seats(tmp_path: Path) -> None:
    path = tmp_path / "events-v3.sqlite3"
    _version_3_database(path)
    with closing(Database.open(path)) as db, db.read() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # Two registered holders of p1; the waitlisted one holds no seat.
        assert conn.execute("SELECT used FROM passes WHERE pass_id = 'p1'").fetchone()[0] == 2
        assert catalog.event_registration_count(conn, "e-paid") == 2
        versions = dict(conn.execute("SELECT readable_id, version FROM events").fetchall())
        assert versions == {PAID: 0, AGENDA: 0}
    with closing(Database.open(path)) as db:
        with db.write() as conn:  # the triggers are live after the upgrade
            conn.execute("UPDATE registrations SET state = 'registered' WHERE id = 'r2'")
        with db.read() as conn:
            assert conn.execute("SELECT used FROM passes").fetchone()[0] == 3
            assert catalog.event_versions(conn, PAID) == (
                "e-paid", catalog.Versions(all=2, content=0, seats=0))


def test_concurrent_misses_share_one_build_and_the_cache_is_bounded() -> None:
    cache = AnswerCache(size=2)
    calls = 0

    def make() -> tuple[int, bytes, str]:
        nonlocal calls
        calls += 1
        return 7, b"[]", '"tag"'

    async def ask_many() -> list[tuple[bytes, str]]:
        return await asyncio.gather(*(
            cache.build(("sessions", "e1"), 7, make, offload=True) for _ in range(30)
        ))

    answers = asyncio.run(ask_many())
    assert calls == 1
    assert set(answers) == {(b"[]", '"tag"')}
    for n in range(3):
        cache.put(("count", f"e{n}"), 1, b"0", '"c"')
    assert len(cache) == 2
    assert cache.get(("count", "e0")) is None
    by_bytes = AnswerCache(size=10, max_bytes=100)
    for n in range(3):
        by_bytes.put(("sessions", f"e{n}"), 1, b"x" * 40, '"s"')
    assert len(by_bytes) == 2  # 120 bytes > 100: the oldest went
    assert by_bytes.get(("sessions", "e0")) is None
