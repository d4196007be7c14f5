"""A scriptable HTTP server on a free loopback port, for testing the events API client.

Each test says what the server answers (status, headers, body, an optional delay, or an
aborted connection) for a method and path, and afterwards reads what the client sent:
method, path, query, headers and body of every request, in order.

Stdlib only (``http.server.ThreadingHTTPServer`` in a thread). Every socket and thread is
closed and joined by :meth:`ScriptedServer.close`, so ``filterwarnings = error`` stays
quiet.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

V2_PREFIX = "/EvtMgmt/api/v2.0/"
ORG_ID = "0c5a8a25-5fbd-4f0b-9d51-9d3f4a1c2b7e"
RTM_PREFIX = f"/api/v1.0/orgs/{ORG_ID}/eventmanagement/"

# The credentials the tests use; the token is distinctive so a leak is easy to spot.
TOKEN = "tok-SECRET-1234"
ORIGIN = "https://kiosk.fabrikam.example"

_NO_BODY = object()


@dataclass
class Reply:
    """One scripted answer. ``json`` wins over ``body`` when given."""

    status: int = 200
    json: Any = _NO_BODY
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    abort: bool = False

    def payload(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if self.json is not _NO_BODY:
            data = json.dumps(self.json).encode()
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
        else:
            data = self.body.encode() if isinstance(self.body, str) else self.body
        return data, headers


def json_reply(data: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status=status, json=data, headers=dict(headers))


def error_reply(status: int, message: str | None = None, **headers: str) -> Reply:
    """An error answer shaped like the service's: a JSON body with a ``Message``."""
    body: dict[str, Any] = {} if message is None else {"Message": message}
    return Reply(status=status, json=body, headers=dict(headers))


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    raw_path: str  # as sent, percent-escapes intact, without the query
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return unquote(self.raw_path)

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers

    def _handle(self) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = RecordedRequest(
            method=self.command,
            raw_path=split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        owner = self.server.owner
        reply = owner.record_and_pick(request)
        if reply.delay and owner.stopping.wait(reply.delay):
            return
        if reply.abort:
            # Close without a byte of answer: the client sees a dropped connection.
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        data, headers = reply.payload()
        try:
            self.send_response(reply.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if data and self.command != "HEAD":
                self.wfile.write(data)
        except OSError:
            pass  # the client gave up (a timeout test); nothing to answer

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() joins every handler thread
    owner: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.owner.handler_errors.append(repr(client_address))


class ScriptedServer:
    """Answers from a per-test script; records every request.

    ``script(method, path, *replies)``: the replies are used in order for that method and
    path; the last one repeats. ``path`` is the decoded path, either absolute or relative
    to ``prefix`` (the v2.0 base by default). Unscripted requests get a 404 whose
    ``Message`` names the path.
    """

    def __init__(self, prefix: str = V2_PREFIX) -> None:
        self.prefix = prefix
        self.requests: list[RecordedRequest] = []
        self.handler_errors: list[str] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._routes: dict[tuple[str, str], list[Reply]] = {}
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.005}, daemon=True
        )
        self._thread.start()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def v2_base(self) -> str:
        return f"{self.root}{V2_PREFIX}"

    @property
    def rtm_base(self) -> str:
        return f"{self.root}{RTM_PREFIX}"

    def _key(self, method: str, path: str) -> tuple[str, str]:
        absolute = path if path.startswith("/") else self.prefix + path
        return method.upper(), absolute

    def script(self, method: str, path: str, *replies: Reply) -> None:
        if not replies:
            raise ValueError("give at least one reply")
        with self._lock:
            self._routes[self._key(method, path)] = list(replies)

    def get(self, path: str, *replies: Reply) -> None:
        self.script("GET", path, *replies)

    def post(self, path: str, *replies: Reply) -> None:
        self.script("POST", path, *replies)

    def record_and_pick(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            queue = self._routes.get((request.method, request.path))
            if not queue:
                return error_reply(404, f"No script for {request.method} {request.path}")
            return queue.pop(0) if len(queue) > 1 else queue[0]

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        _, absolute = self._key(method or "GET", path)
        return [
            r
            for r in self.requests
            if r.path == absolute and (method is None or r.method == method.upper())
        ]

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def close(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._thread.join()
        self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def free_port() -> int:
    """A loopback port nobody listens on (for connection-refused tests)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class StalledListener:
    """A listening socket whose accept queue is full, so new connects hang (connect timeout).

    Linux keeps ``backlog + 1`` pending connections; we fill them and never accept.
    """

    def __init__(self, fillers: int = 3) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.port: int = self._listener.getsockname()[1]
        self._fillers: list[socket.socket] = []
        for _ in range(fillers):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", self.port))
            self._fillers.append(filler)

    def close(self) -> None:
        for sock in self._fillers:
            sock.close()
        self._listener.close()

    def __enter__(self) -> StalledListener:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
