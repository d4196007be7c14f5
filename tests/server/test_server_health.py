"""``GET /health``: what the venue's monitoring sees, over real HTTP, with no token.

The failures are real ones: another program holding the database's write lock, and a
server process that can no longer write a byte to its files (RLIMIT_FSIZE lowered to 0
from outside, what a full disk does to SQLite: the same EFBIG/ENOSPC write errors; it
works as root too, where a read-only file mode would not).
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from server_helpers import (
    STAFF_TOKEN,
    TOKEN,
    ServerFactory,
    api,
    assert_plain_message,
    attendee,
    event_seed,
    register,
)

from kiosk.server.db import Database
from kiosk.server.health import Health
from kiosk.server.writer import WriteQueue

EVENT = "Health_Event"
ROOT = re.compile(r"Kiosk local events server on (http://\S+)")


def _wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Poll ``condition`` (each poll is a real request) every 50 ms until it holds, as
    qtbot.waitUntil does, or fail."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition did not come true in time"
        time.sleep(0.05)


def _health(root_url: str) -> httpx.Response:
    return httpx.get(f"{root_url}/health", timeout=30.0)


def test_health_answers_without_a_token_and_says_nothing_private(
    server_factory: ServerFactory,
) -> None:
    server = server_factory(event_seed(EVENT))
    with api(server) as client:
        register(client, EVENT, attendee(1, firstName="Zoë", lastName="Quartermain",
                                         email="zoe.quartermain@example.com"))
    response = _health(server.root_url)  # no token, no Origin
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["status"] == "ok"
    assert body["databaseWritable"] is True
    assert body["version"] == importlib.metadata.version("kiosk")
    assert isinstance(body["uptimeSeconds"], int)
    assert body["uptimeSeconds"] >= 0
    assert "problem" not in body
    text = response.text
    for private in (TOKEN, STAFF_TOKEN, server.org_id, "Quartermain", "zoe.quartermain",
                    str(server.db_path)):
        assert private not in text


def test_uptime_counts_up(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    first = _health(server.root_url).json()["uptimeSeconds"]
    _wait_for(lambda: _health(server.root_url).json()["uptimeSeconds"] > first)


def test_head_answers_the_status_and_other_methods_are_refused_cleanly(
    server_factory: ServerFactory,
) -> None:
    server = server_factory(event_seed(EVENT))
    head = httpx.head(f"{server.root_url}/health")
    assert head.status_code == 200
    assert head.content == b""
    for method in ("POST", "PUT", "DELETE"):
        refused = httpx.request(method, f"{server.root_url}/health")
        assert refused.status_code == 405
        assert_plain_message(refused.json()["Message"])


def test_503_while_another_program_holds_the_write_lock(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed(EVENT))
    assert _health(server.root_url).status_code == 200
    # What a sqlite3 shell left inside "BEGIN IMMEDIATE" does to the server: no
    # registration could be saved until it lets go.
    other = sqlite3.connect(server.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        _wait_for(lambda: _health(server.root_url).status_code == 503)
        body = _health(server.root_url).json()
        assert body["status"] == "unavailable"
        assert body["databaseWritable"] is False
        assert body["version"] == importlib.metadata.version("kiosk")
        assert isinstance(body["uptimeSeconds"], int)
        assert_plain_message(body["problem"])
        assert "write lock" in body["problem"]
    finally:
        other.execute("ROLLBACK")
        other.close()
    _wait_for(lambda: _health(server.root_url).status_code == 200)
    with api(server) as client:
        register(client, EVENT, attendee(1))  # and registrations are saved again


def test_checks_after_a_stuck_probe_answer_at_once(tmp_path: Path) -> None:
    """A monitor with a short timeout still gets its 503 while the writer waits on another
    program's lock: only the first check waits the probe's limit, later ones do not queue
    another wait behind it (the clock below is the health check's, moved by hand)."""
    db = Database.open(tmp_path / "events.sqlite3")
    writer = WriteQueue(db)
    moments = [100.0]
    health = Health(writer, timeout=0.2, fresh_for=0.0, clock=lambda: moments[0])
    other = sqlite3.connect(db.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        first = asyncio.run(health.verdict())  # waits the 0.2 s limit
        assert not first.writable
        moments[0] += 5.0  # long past the limit: the same probe is still stuck
        later = asyncio.run(asyncio.wait_for(health.verdict(), timeout=0.1))
        assert not later.writable
        assert later.problem == first.problem
        other.execute("ROLLBACK")
        deadline = time.monotonic() + 30
        while not asyncio.run(health.verdict()).writable:  # the stuck probe commits now
            assert time.monotonic() < deadline
            moments[0] += 1.0
            time.sleep(0.05)
    finally:
        other.close()
        writer.close()
        db.close()


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``python -m kiosk.server`` on a fresh database; yields (process, root URL)."""
    # This server runs on the real clock: an event in the coming days.
    start = datetime.now(UTC) + timedelta(days=1)
    event = event_seed(EVENT, startDateUTC=start.isoformat(),
                       endDateUTC=(start + timedelta(hours=8)).isoformat())
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"events": [event]}), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.server", "--port", "0", "--db",
         str(tmp_path / "events.sqlite3"), "--seed", str(seed), "--web-app", TOKEN,
         "https://kiosk.test"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    timer = threading.Timer(60, process.kill)  # never hang the suite on a stuck server
    timer.start()
    root = ""
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if match := ROOT.search(line):
                root = match.group(1)
            if line.startswith("Press Ctrl+C"):
                break
        assert root, "the server did not print its URL"
        yield process, root
    finally:
        timer.cancel()
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
        process.communicate(timeout=30)


def test_503_when_the_server_cannot_write_its_files_and_200_once_it_can(
    server_process: tuple[subprocess.Popen[str], str],
) -> None:
    process, root = server_process
    assert _health(root).status_code == 200
    soft, hard = resource.prlimit(process.pid, resource.RLIMIT_FSIZE)
    client = httpx.Client(base_url=f"{root}/EvtMgmt/api/v2.0/", params={
        "emApplicationtoken": TOKEN}, headers={"Origin": "https://kiosk.test"}, timeout=30.0)
    with client:
        # From now on every write() to a file fails, as on a full disk.
        resource.prlimit(process.pid, resource.RLIMIT_FSIZE, (0, hard))
        try:
            _wait_for(lambda: _health(root).status_code == 503)
            body = _health(root).json()
            assert body["databaseWritable"] is False
            assert body["status"] == "unavailable"
            assert_plain_message(body["problem"])
            # The health answer is honest: a registration cannot be saved either.
            refused = client.post(f"events/{EVENT}/registrations",
                                  json={"attendees": [attendee(1)]})
            assert refused.status_code == 500, refused.text
        finally:
            resource.prlimit(process.pid, resource.RLIMIT_FSIZE, (soft, hard))
        _wait_for(lambda: _health(root).status_code == 200)
        saved = client.post(f"events/{EVENT}/registrations", json={"attendees": [attendee(1)]})
        assert saved.status_code == 200, saved.text
        assert saved.json()["status"] == "Success", saved.text
    assert process.poll() is None  # it never fell over
