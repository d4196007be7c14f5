"""Seed files: the shipped example loads, data round-trips, and bad seeds say what is wrong."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_helpers import NOW, ServerFactory, api, attendee, event_seed, register, session_seed

import kiosk.server
from kiosk.server.db import Database
from kiosk.server.dump import dump_seed
from kiosk.server.loader import SeedError, load_seed, load_seed_file
from kiosk.server.runner import start_server

EXAMPLE = Path(kiosk.server.__file__).parent / "example-seed.json"
SUMMIT = "Fabrikam_Makers_Summit_2030"
MASTERCLASS = "Fabrikam_PCB_Masterclass_2030"


def _everything(client: httpx.Client, readable_id: str) -> dict[str, Any]:
    """Every JSON answer about one event, keyed by resource."""
    resources = ("sessions", "tracks", "speakers", "sponsorships", "passes",
                 "custom-registration-fields")
    out = {r: client.get(f"events/{readable_id}/{r}").json() for r in resources}
    out["event"] = client.get(f"events/{readable_id}").json()
    return out


def test_example_seed_loads(tmp_path: Path) -> None:
    with start_server(tmp_path / "db.sqlite3", seed=EXAMPLE,
                      web_apps=[("t", "http://o.test")], now=lambda: NOW) as server, httpx.Client(
        base_url=server.base_url_v2, params={"emApplicationtoken": "t"},
        headers={"Origin": "http://o.test"},
    ) as client:
        events = client.get("events/published").json()
        assert [e["readableEventId"] for e in events] == [SUMMIT, MASTERCLASS]
        summit = events[0]
        # Local time + ianaTimeZone gave the UTC twin (Berlin is UTC+1 in March).
        assert summit["startDate"] == "2030-03-18T09:00:00"
        assert summit["startDateUTC"] == "2030-03-18T08:00:00Z"
        sessions = client.get(f"events/{SUMMIT}/sessions").json()
        assert [s["name"] for s in sessions] == [
            "Keynote: Making Hardware Open", "Soldering Lab: Surface-Mount Basics"]
        assert sessions[0]["startTime"] == "2030-03-18T09:00:00"  # from the UTC twin
        assert sessions[1]["speakers"][0]["name"] == "Noor Haddad"
        assert sessions[0]["timeZone"] == 110  # inherited from the event
        tracks = client.get(f"events/{SUMMIT}/tracks").json()
        labs = client.get(f"tracks/{tracks[0]['id']}/sessions").json()
        assert [s["name"] for s in labs] == ["Soldering Lab: Surface-Mount Basics"]
        seed = json.loads(EXAMPLE.read_text(encoding="utf-8"))["events"][0]
        speaker = client.get(f"events/{SUMMIT}/speakers").json()[0]
        image = client.get(speaker["imageUrl"])
        assert image.content == base64.b64decode(seed["speakers"][0]["image"])
        assert image.headers["content-type"] == "image/png"
        masterclass = client.get(f"events/{MASTERCLASS}").json()
        assert masterclass["eventId"]  # generated, stable
        assert masterclass["startDate"] == "2030-03-19T09:00:00"
        assert client.get(f"events/{MASTERCLASS}/passes").json()[0]["price"] == 349.0


def test_seed_round_trip_through_dump(tmp_path: Path) -> None:
    """API JSON -> dump -> seed -> API JSON: identical, ids and images included."""
    apps = [("t", "http://o.test")]
    with start_server(tmp_path / "a.sqlite3", seed=EXAMPLE, web_apps=apps,
                      now=lambda: NOW) as first:
        db = Database.open(first.db_path)
        try:
            dumped = dump_seed(db)
        finally:
            db.close()
        with httpx.Client(base_url=first.base_url_v2, params={"emApplicationtoken": "t"},
                          headers={"Origin": "http://o.test"}) as client:
            before = {rid: _everything(client, rid) for rid in (SUMMIT, MASTERCLASS)}
    path = tmp_path / "dumped.json"
    path.write_text(json.dumps(dumped), encoding="utf-8")
    with start_server(tmp_path / "b.sqlite3", seed=path, web_apps=apps,
                      now=lambda: NOW) as second, httpx.Client(
        base_url=second.base_url_v2, params={"emApplicationtoken": "t"},
        headers={"Origin": "http://o.test"},
    ) as client:
        after = {rid: _everything(client, rid) for rid in (SUMMIT, MASTERCLASS)}
    assert after == before


def test_reloading_a_seed_updates_in_place_and_keeps_registrations(
    server_factory: ServerFactory,
) -> None:
    event = event_seed("Reload", allowCustomAgenda=True, sessions=[session_seed(1)])
    first = server_factory(event, db_name="reload.sqlite3")
    with api(first) as client:
        register(client, "Reload", attendee(1, attendeeSessions=[{"sessionId": event[
            "sessions"][0]["id"]}]))
    first.stop()
    renamed = {**event, "eventName": "Reloaded", "sessions": [
        {**event["sessions"][0], "name": "Renamed"}, session_seed(2)]}
    second = server_factory(renamed, db_name="reload.sqlite3")
    with api(second) as client:
        assert client.get("events/Reload").json()["eventName"] == "Reloaded"
        sessions = client.get("events/Reload/sessions").json()
        assert [(s["name"], s["registrationCount"]) for s in sessions] == [
            ("Renamed", 1), ("Session 2", 0)]
        assert client.get("events/Reload/registrations/count").json() == 1


def test_removing_a_session_with_registrations_is_refused(tmp_path: Path) -> None:
    event = event_seed("Keep", allowCustomAgenda=True, sessions=[session_seed(1)])
    path = tmp_path / "seed.json"
    path.write_text(json.dumps({"events": [event]}), encoding="utf-8")
    with start_server(tmp_path / "db.sqlite3", seed=path, web_apps=[("t", "http://o.test")],
                      now=lambda: NOW) as server, httpx.Client(
        base_url=server.base_url_v2, params={"emApplicationtoken": "t"},
        headers={"Origin": "http://o.test"},
    ) as client:
        register(client, "Keep", attendee(1, attendeeSessions=[{"sessionId": event[
            "sessions"][0]["id"]}]))
    db = Database.open(tmp_path / "db.sqlite3")
    try:
        with pytest.raises(SeedError, match="cannot be removed because it has registrations"):
            load_seed(db, {"events": [{**event, "sessions": []}]}, lambda: NOW)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ([], "must be a JSON object"),
        ({}, '"events" list'),
        ({"events": {}}, "events must be a list"),
        ({"events": [{"eventName": "x"}]}, "readableEventId is required"),
        ({"events": [event_seed("Bad id!")]}, "readableEventId is required"),
        ({"events": [event_seed("A", eventName="")]}, "eventName is required"),
        ({"events": [event_seed("A", startDateUTC=None, startDate=None)]},
         "startDate and endDate"),
        ({"events": [event_seed("A", eventId="not-a-guid")]}, "is not a GUID"),
        ({"events": [event_seed("A", ianaTimeZone="Mars/Olympus")]}, "not a known time zone"),
        ({"events": [event_seed("A", maxCapacity="many")]}, "maxCapacity"),
        ({"events": [event_seed("A"), event_seed("A")]}, "appears twice"),
        ({"events": [event_seed("A", sessions=[session_seed(1, speakerIds=["x"])])]},
         "unknown speaker"),
        ({"events": [event_seed("A", tracks=[{"name": "T", "sessionIds": ["nope"]}])]},
         "unknown session"),
        ({"events": [event_seed("A", speakers=[{"name": "S", "image": "###"}])]},
         "not valid base64"),
        ({"events": [event_seed("A", speakers=[{"name": "S", "image": "aGVsbG8="}])]},
         "not a JPEG, PNG"),
        ({"events": [event_seed("A", customRegistrationFields=[
            {"text": "Pick", "type": 100000003}])]}, "needs choices"),
        ({"events": [event_seed("A", customRegistrationFields=[
            {"text": "Odd", "type": 7}])]}, "type must be"),
    ],
)
def test_bad_seeds_say_where_and_why(tmp_path: Path, seed: Any, message: str) -> None:
    db = Database.open(tmp_path / "db.sqlite3")
    try:
        with pytest.raises(SeedError, match=message):
            load_seed(db, seed, lambda: NOW)
        with db.read() as conn:  # all or nothing
            assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    finally:
        db.close()


def test_seed_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "seed.json"
    path.write_text("{ nope", encoding="utf-8")
    db = Database.open(tmp_path / "db.sqlite3")
    try:
        with pytest.raises(SeedError, match=r"not valid JSON \(line 1"):
            load_seed_file(db, path, lambda: NOW)
        with pytest.raises(SeedError, match="cannot read"):
            load_seed_file(db, tmp_path / "missing.json", lambda: NOW)
    finally:
        db.close()
