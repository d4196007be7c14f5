"""A registration never waits behind reads, and the server stops promptly under load.

Issue 13: with 30 kiosks refreshing a 2,000-session agenda, every GET ran its build on
the event loop that also answers registrations; the loop fell seconds behind and a
registration the writer had committed in milliseconds got no answer for a minute. Reads
now run on their own loop (``connections.ReadLane``). These tests hold a read inside the
server (a GET that waits on an event, as a long agenda build would) and show what the
lane guarantees without timing anything: the registration is answered while the read is
still held; reads beyond the lane's queue are answered 503 instead of piling up; and
``kiosk-server`` exits on SIGTERM with 30 keep-alive clients connected and polling.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_helpers import ORIGIN, TOKEN, WEB_APPS, api, attendee, event_seed, session_seed
from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.server import app as server_app
from kiosk.server import runner
from kiosk.server.runner import RunningServer, start_server

EVENT = "Fair_Event"
HELD = "/published"  # the read the tests hold inside the server
HOLD_LIMIT = 20.0  # a held read is released after this at the latest (never hangs a run)
# The servers here run on the real clock: the event is in the future.
FUTURE = {"startDateUTC": "2099-03-18T09:00:00Z", "endDateUTC": "2099-03-18T17:00:00Z"}


class _HoldReads:
    """Wraps the app: a GET of ``HELD`` blocks the thread running it until released, as a
    long synchronous build does. ``app.state`` still reaches the real app."""

    def __init__(self, app: Any) -> None:
        self.app: ASGIApp = app
        self.state = app.state
        self.release = threading.Event()
        self.holding = threading.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].endswith(HELD):
            self.holding.set()
            self.release.wait(HOLD_LIMIT)  # blocks this loop's thread, on purpose
        await self.app(scope, receive, send)


@pytest.fixture
def held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[
        tuple[RunningServer, _HoldReads]]:
    wrappers: list[_HoldReads] = []
    real_create_app = server_app.create_app

    def create_app(*args: Any, **kwargs: Any) -> Any:
        wrapper = _HoldReads(real_create_app(*args, **kwargs))
        wrappers.append(wrapper)
        return wrapper

    monkeypatch.setattr(runner, "create_app", create_app)
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"events": [event_seed(EVENT, **FUTURE)]}), encoding="utf-8")
    server = start_server(tmp_path / "events.sqlite3", seed=seed, web_apps=WEB_APPS,
                          max_waiting_reads=1)
    try:
        yield server, wrappers[0]
    finally:
        wrappers[0].release.set()
        server.stop()


def _get_in_background(server: RunningServer, path: str) -> tuple[threading.Thread,
                                                                   list[httpx.Response]]:
    answers: list[httpx.Response] = []

    def get() -> None:
        with api(server) as client:
            answers.append(client.get(path))

    thread = threading.Thread(target=get, daemon=True)
    thread.start()
    return thread, answers


def test_a_registration_is_answered_while_a_read_is_still_being_built(
    held: tuple[RunningServer, _HoldReads],
) -> None:
    server, hold = held
    reader, read_answers = _get_in_background(server, "events/published")
    assert hold.holding.wait(10), "the read never reached the server"

    with api(server) as client:
        answer = client.post(f"events/{EVENT}/registrations",
                             json={"attendees": [attendee(1)]}, timeout=10)

    # The attendee is registered and told so while the read is still held ...
    assert answer.status_code == 200
    assert answer.json()["status"] == "Success"
    assert not read_answers, "the read was answered before it was released"
    # ... and the read is answered as soon as it is released.
    hold.release.set()
    reader.join(10)
    assert [a.status_code for a in read_answers] == [200]
    with api(server) as client:
        assert client.get(f"events/{EVENT}/registrations/count").json() == 1


def test_reads_beyond_the_lanes_queue_are_answered_busy_not_queued(
    held: tuple[RunningServer, _HoldReads],
) -> None:
    server, hold = held
    first, first_answers = _get_in_background(server, "events/published")
    assert hold.holding.wait(10)
    # max_waiting_reads=1: one more read may wait for the lane ...
    second, second_answers = _get_in_background(server, f"events/{EVENT}")
    lane = server._lane
    assert lane is not None
    deadline = time.monotonic() + 10
    while lane.waiting < 1 and time.monotonic() < deadline:  # the second read is queued
        time.sleep(0.01)
    assert lane.waiting == 1
    # ... every read after it is told to come back, at once, in the API's error shape.
    with api(server) as client:
        third = client.get(f"events/{EVENT}/registrations/count", timeout=10)
        # Writes never queue behind reads: a registration still goes through.
        registered = client.post(f"events/{EVENT}/registrations",
                                 json={"attendees": [attendee(2)]}, timeout=10)
    assert third.status_code == 503
    assert third.headers["retry-after"] == "1"
    assert "busy" in third.json()["Message"]
    hold.release.set()
    for thread in (first, second):
        thread.join(10)
    assert [a.status_code for a in first_answers + second_answers] == [200, 200]
    assert registered.json()["status"] == "Success"


# ------------------------------------------------------------------ SIGTERM under load

URL = re.compile(r"base URL \(v2\.0\): (\S+)")
KIOSKS = 30
SESSIONS = 2000  # issue 13's agenda: the old server still ran 10 s after SIGTERM (35 s at 5,000)
EXIT_BOUND = 10.0  # generous: the budget is 5 s, measured and printed


def test_kiosk_server_exits_on_sigterm_with_30_keep_alive_kiosks_polling(
    tmp_path: Path,
) -> None:
    seed = tmp_path / "seed.json"
    sessions = [session_seed(n, speakers=[]) for n in range(SESSIONS)]
    seed.write_text(json.dumps({"events": [event_seed(EVENT, sessions=sessions)]}),
                    encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.server", "--port", "0", "--db",
         str(tmp_path / "events.sqlite3"), "--seed", str(seed), "--web-app", TOKEN, ORIGIN],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    killer = threading.Timer(120, process.kill)  # never hang the suite
    killer.start()
    stop = threading.Event()
    clients: list[httpx.Client] = []
    try:
        assert process.stdout is not None
        base = ""
        for line in process.stdout:
            if match := URL.search(line):
                base = match.group(1)
            if line.startswith("Press Ctrl+C"):
                break
        assert base, "the server printed no URL"
        clients = [httpx.Client(base_url=base, params={"emApplicationtoken": TOKEN},
                                headers={"Origin": ORIGIN}, timeout=30) for _ in range(KIOSKS)]
        for client in clients:  # every kiosk connected (keep-alive) and served once
            assert client.get(f"events/{EVENT}/sessions").status_code == 200
        polled = threading.Semaphore(0)

        def poll(client: httpx.Client) -> None:
            while not stop.is_set():
                try:
                    client.get(f"events/{EVENT}/sessions")
                except httpx.HTTPError:
                    return  # the server went away, as it should
                polled.release()

        pollers = [threading.Thread(target=poll, args=(c,), daemon=True) for c in clients]
        for thread in pollers:
            thread.start()
        for _ in range(KIOSKS):  # the kiosks are polling: requests are in flight
            assert polled.acquire(timeout=30)

        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(EXIT_BOUND)
        except subprocess.TimeoutExpired:
            pytest.fail(f"kiosk-server still running {EXIT_BOUND:.0f} s after SIGTERM")
        took = time.monotonic() - started
        print(f"kiosk-server exited {took:.2f} s after SIGTERM with {KIOSKS} kiosks polling")
        assert code == 0
        output = process.stdout.read()
        assert "Traceback" not in output
        assert "events server stopped" in output
    finally:
        stop.set()
        killer.cancel()
        for client in clients:
            client.close()
        if process.poll() is None:
            process.kill()
        process.wait(30)
        if process.stdout is not None:
            process.stdout.close()
