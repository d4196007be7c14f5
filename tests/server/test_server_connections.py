"""Connections that never finish a request are closed; too many connections get a 503.

Raw sockets play the slow-loris client (half a request line, headers without their end,
a body shorter than its Content-Length); a socket timeout bounds every wait, and the
server's request deadline is 1 s here instead of 30.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing
from pathlib import Path

import httpx
import pytest
from server_helpers import ORIGIN, TOKEN, WEB_APPS, api, count, event_seed

from kiosk.server.runner import RunningServer, start_server

LIMIT = 1.0
EVENT = "Slow_Event"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"events": [event_seed(EVENT)]}), encoding="utf-8")
    with start_server(tmp_path / "events.sqlite3", seed=seed, web_apps=WEB_APPS,
                      request_timeout=LIMIT) as running:
        yield running


def _send(server: RunningServer, data: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=LIMIT + 10)
    sock.sendall(data)
    return sock


def _until_closed(sock: socket.socket) -> tuple[float, bytes]:
    """Everything the server sends until it closes the connection, and how long that took."""
    started = time.monotonic()
    received = b""
    with closing(sock):
        while chunk := sock.recv(4096):  # socket.timeout fails the test instead of hanging
            received += chunk
    return time.monotonic() - started, received


def _target(path: str) -> str:
    return f"/EvtMgmt/api/v2.0/{path}?emApplicationtoken={TOKEN}"


HALF_REQUESTS = {
    "half-a-request-line": b"GET /EvtMgmt/api/v2.0/events/publ",
    "headers-without-their-end": (
        f"GET {_target('events/published')} HTTP/1.1\r\nHost: x\r\nOrigin: {ORIGIN}\r\n"
    ).encode(),
    "body-shorter-than-content-length": (
        f"POST {_target(f'events/{EVENT}/registrations')} HTTP/1.1\r\nHost: x\r\n"
        f"Origin: {ORIGIN}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        '{"attendee'
    ).encode(),
}


@pytest.mark.parametrize("data", list(HALF_REQUESTS.values()), ids=list(HALF_REQUESTS))
def test_a_request_that_never_finishes_is_answered_408_and_closed(
    server: RunningServer, data: bytes
) -> None:
    slow = _send(server, data)
    # Meanwhile everybody else is served as usual.
    with api(server) as client:
        assert client.get("events/published").status_code == 200
    elapsed, answer = _until_closed(slow)
    assert elapsed < LIMIT + 3
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ")
    assert b"connection: close" in head.lower()
    assert json.loads(body) == {"Message": "The request did not arrive in time."}
    with api(server) as client:
        assert count(client, EVENT) == 0


def test_a_connection_that_sends_nothing_is_closed(server: RunningServer) -> None:
    elapsed, answer = _until_closed(_send(server, b""))
    assert elapsed < LIMIT + 3
    assert answer == b""  # no request, so nothing to answer


def test_a_trickle_does_not_reset_the_deadline(server: RunningServer) -> None:
    """A byte every tenth of the limit: each arrives in time, the request never does."""
    rest = b"ET /EvtMgmt/api/v2.0/events/published HTTP/1.1\r\nHost: x\r\nOrigin: x\r\n"
    slow = _send(server, b"G")
    slow.settimeout(LIMIT / 10)
    started = time.monotonic()
    sent = 0
    with closing(slow):
        while sent < len(rest):
            try:
                slow.recv(4096)  # the pause between bytes, unless the server answers or closes
                break
            except TimeoutError:
                slow.sendall(rest[sent:sent + 1])
                sent += 1
            except ConnectionResetError:
                break
    assert time.monotonic() - started < LIMIT + 3
    assert sent < len(rest)  # cut off half-way


def test_idle_keep_alive_kiosks_keep_their_connections(server: RunningServer) -> None:
    with ExitStack() as stack:
        kiosks = [stack.enter_context(api(server)) for _ in range(30)]

        def ports() -> list[object]:
            answers = [kiosk.get("events/published") for kiosk in kiosks]
            assert all(a.status_code == 200 for a in answers)
            return [a.extensions["network_stream"].get_extra_info("client_addr") for a in answers]

        before = ports()
        # Let the request deadline pass on the server (a slow client shows when it has)...
        _until_closed(_send(server, b"GET /"))
        # ...the idle kiosks' connections are still open and reused.
        assert ports() == before


def test_connections_over_the_cap_are_answered_503(tmp_path: Path) -> None:
    with start_server(tmp_path / "events.sqlite3", web_apps=WEB_APPS,
                      max_connections=3) as server, ExitStack() as stack:
        kiosks = [stack.enter_context(api(server)) for _ in range(3)]
        for kiosk in kiosks:  # three open keep-alive connections
            assert kiosk.get("events/published").status_code == 200
        with api(server) as crowd:
            refused = crowd.get("events/published")
        assert refused.status_code == 503
        assert refused.json() == {
            "Message": "The events server is busy. Please try again in a moment."
        }
        assert refused.headers["connection"] == "close"
        assert all(k.get("events/published").status_code == 200 for k in kiosks)
        # Once a kiosk hangs up, a newcomer gets in.
        kiosks.pop().close()
        deadline = time.monotonic() + 10
        while True:
            with httpx.Client(base_url=server.base_url_v2, params={"emApplicationtoken": TOKEN},
                              headers={"Origin": ORIGIN}) as newcomer:
                if newcomer.get("events/published").status_code == 200:
                    break
            assert time.monotonic() < deadline, "the closed connection was never released"


def test_stopping_while_clients_keep_connecting_closes_every_connection(
    server: RunningServer,
) -> None:
    """Kiosks retry while the server stops (an operator's restart): connections accepted in
    the last moment are closed too, so none outlives the server unclosed (pytest turns the
    ResourceWarning of a leaked one into an error) and stop() returns promptly."""
    import gc
    import threading

    stop_clients = threading.Event()

    def keep_connecting() -> None:
        request = (
            f"GET {_target('events/published')} HTTP/1.1\r\nHost: x\r\nOrigin: {ORIGIN}\r\n\r\n"
        )
        while not stop_clients.is_set():
            try:
                with socket.create_connection(("127.0.0.1", server.port), timeout=2) as sock:
                    sock.sendall(request.encode())
                    sock.recv(1)
            except OSError:
                continue

    clients = [threading.Thread(target=keep_connecting) for _ in range(4)]
    for client in clients:
        client.start()
    try:
        started = time.monotonic()
        server.stop()
        took = time.monotonic() - started
    finally:
        stop_clients.set()
        for client in clients:
            client.join(timeout=10)
    gc.collect()
    assert took < 5
