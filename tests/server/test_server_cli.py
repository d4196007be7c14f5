"""The ``kiosk-server`` command: serving as a subprocess, CSV export, seed dump, errors."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import httpx
import pytest
from server_helpers import ServerFactory, api, attendee, event_seed, register

from kiosk.server.__main__ import main
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN

URL = re.compile(r"base URL \((v2\.0|v1\.0)\): (\S+)")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], dict[str, str], list[str]]]:
    """``python -m kiosk.server --port 0 --demo`` running; yields (process, urls, lines)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.server", "--port", "0", "--demo",
         "--db", str(tmp_path / "cli.sqlite3"), "--web-app", "cli-token", "http://cli.test"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    lines: list[str] = []
    urls: dict[str, str] = {}
    timer = threading.Timer(30, process.kill)  # never hang the suite on a stuck server
    timer.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if match := URL.search(line):
                urls[match.group(1)] = match.group(2)
            if line.startswith("Press Ctrl+C"):
                break
        yield process, urls, lines
    finally:
        timer.cancel()
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
        process.communicate(timeout=30)


def test_cli_serves_and_prints_real_urls(
    served: tuple[subprocess.Popen[str], dict[str, str], list[str]],
) -> None:
    process, urls, lines = served
    assert set(urls) == {"v2.0", "v1.0"}, lines
    port = re.search(r":(\d+)/", urls["v2.0"])
    assert port is not None
    assert port.group(1) != "0"  # the real port, not the requested 0
    text = "".join(lines)
    assert DEMO_TOKEN in text
    assert DEMO_ORIGIN in text
    assert "cli-token" in text
    for base in urls.values():
        with httpx.Client(base_url=base, params={"emApplicationtoken": DEMO_TOKEN},
                          headers={"Origin": DEMO_ORIGIN}) as client:
            assert len(client.get("events/published").json()) == 6
        with httpx.Client(base_url=base, params={"emApplicationtoken": "cli-token"},
                          headers={"Origin": "http://cli.test"}) as client:
            assert client.get("events/published").status_code == 200
    os.kill(process.pid, signal.SIGTERM)
    assert process.wait(timeout=30) == 0


def _start_lines(db: Path, *args: str) -> list[str]:
    """What ``python -m kiosk.server --port 0 --db DB ARGS`` prints up to "Press Ctrl+C"; the
    server is then stopped with SIGTERM (and must exit 0)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.server", "--port", "0", "--db", str(db), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    timer = threading.Timer(30, process.kill)  # never hang the suite on a stuck server
    timer.start()
    lines: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        os.kill(process.pid, signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        timer.cancel()
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)
    return lines


def test_cli_staff_tokens_print_once_and_stay_enabled(tmp_path: Path) -> None:
    db = tmp_path / "staff.sqlite3"
    token = "cli-staff-token-0123456789"
    first = "".join(_start_lines(db, "--staff-token", token))
    assert f"staff token: {token}" in first  # given here: the operator needs it
    assert "staff endpoints enabled: 1 staff token(s)" in first
    second = "".join(_start_lines(db))
    assert "staff endpoints enabled: 1 staff token(s)" in second
    assert token not in second  # only its hash is stored, and it was not given this time
    third = "".join(_start_lines(tmp_path / "none.sqlite3"))
    assert "staff endpoints disabled" in third


def test_cli_refuses_a_bad_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text("[]", encoding="utf-8")
    assert main(["--port", "0", "--db", str(tmp_path / "db.sqlite3"), "--seed", str(seed)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk-server: ")
    assert "must be a JSON object" in err
    assert err.count("\n") == 1


def test_cli_refuses_a_bad_origin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--port", "0", "--db", str(tmp_path / "db.sqlite3"),
                 "--web-app", "t", "not a url"])
    assert code == 1
    assert "not an origin" in capsys.readouterr().err


def _registered_db(server_factory: ServerFactory) -> Path:
    event = event_seed("Export_Event", maxCapacity=2, isCapacityRestricted=True,
                       showWaitlist=True, allowCustomAgenda=True,
                       sessions=[{"name": "Intro", "id": "00000000-0000-4000-8000-00000000000a",
                                  "startTimeUTC": "2026-03-18T10:00:00Z",
                                  "endTimeUTC": "2026-03-18T11:00:00Z"}])
    server = server_factory(event)
    with api(server) as client:
        first = register(client, "Export_Event", attendee(1, firstName="=HYPERLINK(\"x\")",
                         attendeeSessions=[{"sessionId": "00000000-0000-4000-8000-00000000000a"}]))
        register(client, "Export_Event", attendee(2, lastName="+Plus"))
        register(client, "Export_Event", attendee(3, waitlisted=True, firstName="@Wait"))
        code = first["attendees"][0]["checkInCode"]
        assert client.post("checkins", json={"checkInCode": code}).status_code == 200
    server.stop()
    return server.db_path


def test_export_csv(server_factory: ServerFactory, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    db = _registered_db(server_factory)
    out = tmp_path / "export.csv"
    assert main(["export", "--db", str(db), "--event", "Export_Event", "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["kind", "registration id", "first name", "last name", "email", "status",
                       "sessions", "checked in at"]
    body = rows[1:]
    assert [r[0] for r in body] == ["registration", "registration", "waitlist"]
    assert [r[5] for r in body] == ["registered", "registered", "waitlisted"]
    # Formula injection: cells that start with = + - @ are defused with a quote.
    assert body[0][2] == "'=HYPERLINK(\"x\")"
    assert body[1][3] == "'+Plus"
    assert body[2][2] == "'@Wait"
    assert body[0][4] == "person1@example.com"
    assert body[0][6] == "Intro"
    assert body[0][7].startswith("2026-03-18T08:00")
    assert body[1][7] == ""
    assert "3 rows" in capsys.readouterr().err


def test_export_over_an_existing_readable_file_leaves_it_private(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    db = _registered_db(server_factory)
    out = tmp_path / "export.csv"
    out.write_text("last week's export\n", encoding="utf-8")
    out.chmod(0o644)  # readable by everyone, as a file copied in or made by another tool
    assert main(["export", "--db", str(db), "--event", "Export_Event", "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert "person1@example.com" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_export_to_stdout(server_factory: ServerFactory,
                          capsys: pytest.CaptureFixture[str]) -> None:
    db = _registered_db(server_factory)
    assert main(["export", "--db", str(db), "--event", "Export_Event"]) == 0
    assert capsys.readouterr().out.startswith("kind,registration id,")


def test_export_unknown_event_is_a_one_line_error(
    server_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _registered_db(server_factory)
    assert main(["export", "--db", str(db), "--event", "Nope"]) == 1
    err = capsys.readouterr().err
    assert err == f"kiosk-server export: there is no event 'Nope' in {db}\n"


def test_export_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["export", "--db", str(missing), "--event", "X"]) == 1
    assert "no events database" in capsys.readouterr().err
    assert not missing.exists()  # export never creates a database


def test_dump_writes_a_loadable_seed(server_factory: ServerFactory, tmp_path: Path) -> None:
    db = _registered_db(server_factory)
    out = tmp_path / "dump.json"
    assert main(["dump", "--db", str(db), "--out", str(out)]) == 0
    seed = json.loads(out.read_text(encoding="utf-8"))
    assert [e["readableEventId"] for e in seed["events"]] == ["Export_Event"]
    assert seed["events"][0]["sessions"][0]["name"] == "Intro"
    reloaded = server_factory(*seed["events"])
    with api(reloaded) as client:
        assert client.get("events/Export_Event/sessions").json()[0]["name"] == "Intro"


def test_access_log_never_shows_the_token(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from kiosk.server.runner import start_server

    caplog.set_level(logging.INFO, logger="uvicorn.access")
    with start_server(tmp_path / "db.sqlite3", web_apps=[("secret-token-42", "http://o.test")],
                      access_log=True) as server, httpx.Client(
        base_url=server.base_url_v2, params={"emApplicationtoken": "secret-token-42"},
        headers={"Origin": "http://o.test"},
    ) as client:
        assert client.get("events/published").status_code == 200
    access = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert access
    assert all("secret-token-42" not in line for line in access)
    assert any("emApplicationtoken=***" in line for line in access)


@pytest.mark.parametrize(
    "query",
    [
        "emApplication%74oken=plain-SECRET-43",  # the name percent-encoded
        "EMAPPLICATIONTOKEN=plain-SECRET-43",
        "emApplicationtoken=amp%26SECRET-42",  # the value holds an encoded "&"
        "first=1&%65mApplication%74oken=amp%26SECRET-42&last=2",
    ],
)
def test_access_log_hides_every_spelling_the_server_accepts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, query: str
) -> None:
    from kiosk.server.runner import start_server

    caplog.set_level(logging.INFO, logger="uvicorn.access")
    apps = [("amp&SECRET-42", "http://o.test"), ("plain-SECRET-43", "http://o.test")]
    with start_server(tmp_path / "db.sqlite3", web_apps=apps, access_log=True) as server:
        response = httpx.get(f"{server.base_url_v2}events/published?{query}",
                             headers={"Origin": "http://o.test"})
        assert response.status_code == 200  # the server took it as the token
    access = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert len(access) == 1
    for reading in (access[0], unquote(access[0]), unquote(unquote(access[0]))):
        assert "SECRET" not in reading, access[0]
    assert "=***" in access[0]
    if "last=2" in query:
        assert access[0].count("***") == 1  # the parameters around it are left alone
        assert "?first=1&" in access[0]
        assert "&last=2 " in access[0]
