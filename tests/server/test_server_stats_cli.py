"""``kiosk-server stats``: counts per event from a real database filled through the API,
read while the server runs (and in a process of its own), read-only, without personal data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from server_helpers import NOW, ServerFactory, api, attendee, event_seed, register

from kiosk.server.__main__ import main
from kiosk.server.runner import RunningServer

SMALL = "Small_Talk"  # room for 2, then a waitlist
BIG = "Big_Conference"
EMPTY = "Quiet_Day"


def _filled(server_factory: ServerFactory) -> RunningServer:
    """Small_Talk: 2 registered (1 checked in), 3 on the waitlist; Big_Conference: 4
    registered (3 checked in, one of them twice); Quiet_Day: nobody."""
    server = server_factory(
        event_seed(SMALL, maxCapacity=2, isCapacityRestricted=True, showWaitlist=True),
        event_seed(BIG, startDateUTC=(NOW + timedelta(days=2)).isoformat(),
                   endDateUTC=(NOW + timedelta(days=2, hours=8)).isoformat()),
        event_seed(EMPTY, startDateUTC=(NOW + timedelta(days=3)).isoformat(),
                   endDateUTC=(NOW + timedelta(days=3, hours=8)).isoformat()),
    )
    with api(server) as client:
        small = [register(client, SMALL, attendee(n))["attendees"][0] for n in (1, 2)]
        for n in (3, 4, 5):
            outcome = register(client, SMALL, attendee(n, waitlisted=True))
            assert outcome["status"] == "Success", outcome
        big = [register(client, BIG, attendee(n))["attendees"][0] for n in range(10, 14)]
        codes = [small[0]["checkInCode"], *(b["checkInCode"] for b in big[:3]),
                 big[0]["checkInCode"]]  # the last one again: checked in once
        for code in codes:
            assert client.post("checkins", json={"checkInCode": code}).status_code in (200, 409)
    return server


def test_stats_table_while_the_server_runs(
    server_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    server = _filled(server_factory)
    assert main(["stats", "--db", str(server.db_path)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    # event, start date, start time, then the counts, right-aligned in their columns
    assert rows[SMALL][-4:] == ["2", "0", "3", "1"], out
    assert rows[BIG][-4:] == ["4", "0", "0", "3"], out
    assert rows[EMPTY][-4:] == ["0", "0", "0", "0"], out
    assert rows["total"][-4:] == ["6", "0", "3", "4"], out
    for heading in ("registered", "pending payment", "waitlist", "checked in"):
        assert heading in out
    assert "(3 events)" in out
    lines = out.splitlines()
    assert lines.index(next(x for x in lines if x.startswith(SMALL))) < lines.index(
        next(x for x in lines if x.startswith(BIG)))  # in the order the events start
    assert max(len(line) for line in lines) <= 120  # fits a terminal
    for private in ("First1", "Last1", "person1@example.com", "@example.com"):
        assert private not in out


def test_stats_json_in_its_own_process_while_the_server_writes(
    server_factory: ServerFactory,
) -> None:
    server = _filled(server_factory)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.server", "stats", "--db", str(server.db_path), "--json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    by_id = {e["readableEventId"]: e for e in document["events"]}
    assert by_id[SMALL] | {"startUtc": None} == {
        "readableEventId": SMALL, "eventName": "Small Talk", "startUtc": None,
        "registered": 2, "paymentPending": 0, "waitlisted": 3, "checkedIn": 1,
    }
    assert (by_id[BIG]["registered"], by_id[BIG]["checkedIn"]) == (4, 3)
    assert document["totals"] == {"registered": 6, "paymentPending": 0, "waitlisted": 3,
                                  "checkedIn": 4, "events": 3}
    assert "@example.com" not in done.stdout
    # The server goes on writing while (and after) stats read its file.
    with api(server) as client:
        register(client, BIG, attendee(20))
    again = subprocess.run(
        [sys.executable, "-m", "kiosk.server", "stats", "--db", str(server.db_path), "--json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert json.loads(again.stdout)["totals"]["registered"] == 7


def test_stats_never_creates_or_changes_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["stats", "--db", str(missing)]) == 1
    assert "no events database" in capsys.readouterr().err
    assert not missing.exists()  # unlike serving, stats never creates one

    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("shopping list\n", encoding="utf-8")
    assert main(["stats", "--db", str(not_a_database)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk-server stats: ")
    assert "Traceback" not in err
    assert not_a_database.read_text(encoding="utf-8") == "shopping list\n"


def test_stats_of_a_stopped_server_leaves_the_file_as_it_was(
    server_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    server = _filled(server_factory)
    server.stop()
    before = server.db_path.read_bytes()
    assert main(["stats", "--db", str(server.db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["checkedIn"] == 4
    assert server.db_path.read_bytes() == before
