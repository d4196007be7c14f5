"""A fault-injecting HTTP proxy on a free loopback port, between the kiosk and a server.

The kiosk's client is pointed at the proxy; the proxy forwards each request to the real
local events server on a fresh upstream connection and relays the answer, unless a fault
was armed for it. Faults are armed per request (method and a path fragment, for the next
``times`` matching requests, optionally only those carrying one ``Idempotency-Key``) or
for the whole listener (:meth:`FaultProxy.refuse`: the
port is closed, so connecting is refused until :meth:`FaultProxy.restore`).

Faults that *forward* the request first (``DROP``, ``RESET``, ``TRUNCATED``,
``MALFORMED_JSON``, ``HTML_PAGE``, ``WRONG_CONTENT_TYPE``, ``BAD_ENCODING`` and ``SERVER_ERROR`` /
``RATE_LIMIT`` with ``forward=True``) let the server commit and then spoil the answer:
the nastiest case for exactly-once delivery. ``DELAY`` holds the request past the
client's read timeout and forwards it afterwards, so it lands on the server after the
kiosk gave up.

Every exchange is recorded in :attr:`FaultProxy.exchanges` (no bodies: they hold attendee
data). Stdlib only; every socket and thread is closed and joined by :meth:`close`, so
``filterwarnings = error`` stays quiet.
"""

from __future__ import annotations

import contextlib
import enum
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

_MAX_HEAD = 64 * 1024
_IO_TIMEOUT = 10.0


class Fault(enum.Enum):
    DELAY = "delay past the client's timeout, then forward"
    RESET = "forward, send half the answer, then reset the connection"
    DROP = "forward (the server commits), then close without answering"
    RATE_LIMIT = "429 with Retry-After"
    SERVER_ERROR = "500 with a JSON Message"
    MALFORMED_JSON = "forward, answer 200 with half the JSON body"
    HTML_PAGE = "forward, answer 200 text/html (a captive portal's page)"
    WRONG_CONTENT_TYPE = "forward, answer the real JSON body labelled text/html"
    TRUNCATED = "forward, send the head and half the body, then close"
    BAD_ENCODING = "forward, answer 200 with Content-Encoding: gzip and a body that is not"


@dataclass
class Rule:
    fault: Fault
    method: str
    path_contains: str
    times: int
    retry_after: str | None = None
    delay: float = 1.0
    forward: bool = False
    key: str | None = None  # only requests with this Idempotency-Key

    def matches(self, method: str, path: str, key: str | None) -> bool:
        return (
            self.times > 0
            and method == self.method
            and self.path_contains in path
            and (self.key is None or self.key == key)
        )


@dataclass(frozen=True)
class Exchange:
    """One request the proxy saw: what it did with it and what the server answered."""

    at: float  # time.monotonic() when the request had been read
    method: str
    path: str  # without the query string (it carries the token)
    fault: Fault | None
    forwarded: bool
    upstream_status: int | None = None
    replayed: bool = False  # the server answered from its Idempotency-Key store
    key: str | None = None  # the request's Idempotency-Key (an id, not attendee data)


@dataclass
class _Request:
    method: str
    target: str
    head: bytes
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def key(self) -> str | None:
        return self.headers.get("idempotency-key")


@dataclass
class _Response:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


class _Closed(Exception):
    """The peer went away (or the proxy is closing)."""


class FaultProxy:
    """``FaultProxy(port)`` forwards 127.0.0.1:<proxy.port> to 127.0.0.1:<port>."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.exchanges: list[Exchange] = []
        self._rules: list[Rule] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._clients: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None
        self.port = 0
        # Called (in the proxy's thread) after the server answered a request and before
        # the kiosk gets the answer: the test can change the kiosk's world in between.
        self.after_forward: Callable[[Exchange], None] | None = None
        self._listen()

    # ------------------------------------------------------------------ control

    def url_for(self, url: str) -> str:
        """``url`` (of the upstream server) with the proxy's host and port instead."""
        host, port = self.upstream
        return url.replace(f"{host}:{port}", f"127.0.0.1:{self.port}", 1)

    def inject(
        self,
        fault: Fault,
        *,
        method: str = "POST",
        path_contains: str = "/registrations",
        times: int = 1,
        retry_after: str | None = None,
        delay: float = 1.0,
        forward: bool | None = None,
        key: str | None = None,
    ) -> Rule:
        """Arm ``fault`` for the next ``times`` requests matching method and path (and
        ``key``, the Idempotency-Key, when given)."""
        if forward is None:
            forward = fault not in (Fault.RATE_LIMIT, Fault.SERVER_ERROR)
        rule = Rule(fault, method, path_contains, times, retry_after, delay, forward, key)
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def refuse(self) -> None:
        """Close the listening port and every open connection: connecting is refused."""
        with self._lock:
            listener, self._listener = self._listener, None
            clients = list(self._clients)
        if listener is not None:
            _shutdown(listener)  # wakes the accepting thread on Linux
            listener.close()
        for client in clients:
            _shutdown(client)
        if self._acceptor is not None:
            self._acceptor.join(timeout=5)
            self._acceptor = None

    def restore(self) -> None:
        """Listen again on the same port."""
        if self._listener is None:
            self._listen()

    @property
    def refusing(self) -> bool:
        return self._listener is None

    def forwarded(self, path_contains: str = "/registrations", method: str = "POST") -> int:
        """How many matching requests reached the server."""
        return sum(
            1 for e in self.exchanges
            if e.forwarded and e.method == method and path_contains in e.path
        )

    def close(self) -> None:
        self._closing.set()
        self.refuse()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ serving

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self.port))
            listener.listen(64)
        except OSError:
            listener.close()
            raise
        self.port = listener.getsockname()[1]
        listener.settimeout(0.1)  # a backstop: accept() also wakes on shutdown()
        self._listener = listener
        self._acceptor = threading.Thread(
            target=self._accept, args=(listener,), name="fault-proxy-accept", daemon=True
        )
        self._acceptor.start()

    def _accept(self, listener: socket.socket) -> None:
        while not self._closing.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # the listener was closed: refuse() or close()
            client.settimeout(_IO_TIMEOUT)
            with self._lock:
                if self._listener is not listener:
                    client.close()
                    return
                self._clients.add(client)
                thread = threading.Thread(
                    target=self._serve, args=(client,), name="fault-proxy-conn", daemon=True
                )
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(thread)
            thread.start()

    def _serve(self, client: socket.socket) -> None:
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = bytearray()
        try:
            while not self._closing.is_set():
                request = _read_request(client, buffer)
                if request is None:
                    return
                if not self._handle(client, request):
                    return
        except (_Closed, OSError):
            return
        finally:
            with self._lock:
                self._clients.discard(client)
            client.close()

    def _take_rule(self, request: _Request) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(request.method, request.path, request.key):
                    rule.times -= 1
                    return rule
        return None

    def _handle(self, client: socket.socket, request: _Request) -> bool:
        """Answer one request; False when the client connection is finished."""
        rule = self._take_rule(request)
        fault = rule.fault if rule else None
        at = time.monotonic()
        # DELAY: the client gives up meanwhile; the request still reaches the server later.
        if rule is not None and rule.fault is Fault.DELAY and self._closing.wait(rule.delay):
            return False
        response: _Response | None = None
        if rule is None or rule.forward:
            response = self._forward(request)
        exchange = self._record(at, request, fault, response)
        if response is not None and self.after_forward is not None:
            self.after_forward(exchange)
        if rule is None or rule.fault is Fault.DELAY:
            assert response is not None
            _send(client, _encode(response))
            return True
        if rule.fault is Fault.RATE_LIMIT:
            headers = [("Retry-After", rule.retry_after)] if rule.retry_after else []
            _send(client, _encode(_json_answer(429, "Too many requests.", headers)))
            return True
        if rule.fault is Fault.SERVER_ERROR:
            _send(client, _encode(_json_answer(500, "The gateway had an internal error.")))
            return True
        assert response is not None
        raw = _encode(response)
        if rule.fault is Fault.DROP:
            return False  # closed without a byte of the answer
        if rule.fault is Fault.RESET:
            _send(client, raw[: len(raw) - len(response.body) // 2 - 1])
            # SO_LINGER 0: close() sends RST instead of FIN.
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if rule.fault is Fault.TRUNCATED:
            _send(client, raw[: len(raw) - len(response.body) // 2 - 1])
            return False
        if rule.fault is Fault.MALFORMED_JSON:
            broken = response.body[: max(1, len(response.body) // 2)]
            answer = _Response(200, "OK", [("Content-Type", "application/json")], broken)
            _send(client, _encode(answer))
            return True
        if rule.fault is Fault.HTML_PAGE:
            page = b"<!doctype html><html><body><h1>Welcome to Venue Wi-Fi</h1></body></html>"
            answer = _Response(200, "OK", [("Content-Type", "text/html; charset=utf-8")], page)
            _send(client, _encode(answer))
            return True
        if rule.fault is Fault.BAD_ENCODING:
            headers = [(k, v) for k, v in response.headers if k.lower() != "content-encoding"]
            headers.append(("Content-Encoding", "gzip"))
            answer = _Response(200, "OK", headers, b"\x1f\x8b\x08\x00" + response.body)
            _send(client, _encode(answer))
            return True
        if rule.fault is Fault.WRONG_CONTENT_TYPE:
            headers = [(k, v) for k, v in response.headers if k.lower() != "content-type"]
            headers.append(("Content-Type", "text/html; charset=utf-8"))
            _send(client, _encode(_Response(response.status, response.reason, headers,
                                            response.body)))
            return True
        raise AssertionError(f"unhandled fault {rule.fault}")

    def _record(
        self, at: float, request: _Request, fault: Fault | None, response: _Response | None
    ) -> Exchange:
        exchange = Exchange(
            at=at,
            method=request.method,
            path=request.path,
            fault=fault,
            forwarded=response is not None,
            upstream_status=response.status if response else None,
            replayed=bool(response and response.header("Idempotent-Replayed") == "true"),
            key=request.key,
        )
        with self._lock:
            self.exchanges.append(exchange)
        return exchange

    def _forward(self, request: _Request) -> _Response:
        """Send the request upstream on a new connection and read the whole answer."""
        upstream = socket.create_connection(self.upstream, timeout=_IO_TIMEOUT)
        try:
            upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            upstream.sendall(_with_connection_close(request.head) + request.body)
            chunks = []
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            upstream.close()
        return _parse_response(b"".join(chunks))


# --------------------------------------------------------------------------- HTTP bits


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _send(sock: socket.socket, data: bytes) -> None:
    with contextlib.suppress(OSError):
        sock.sendall(data)


def _recv_into(sock: socket.socket, buffer: bytearray) -> None:
    chunk = sock.recv(65536)
    if not chunk:
        raise _Closed
    buffer.extend(chunk)


def _read_request(sock: socket.socket, buffer: bytearray) -> _Request | None:
    """The next request on a keep-alive connection, or None when the client closed it."""
    while b"\r\n\r\n" not in buffer:
        if len(buffer) > _MAX_HEAD:
            raise _Closed
        try:
            _recv_into(sock, buffer)
        except _Closed:
            return None
    end = buffer.index(b"\r\n\r\n") + 4
    head = bytes(buffer[:end])
    del buffer[:end]
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raise _Closed  # the kiosk's client always sends Content-Length
    length = int(headers.get("content-length", "0"))
    while len(buffer) < length:
        _recv_into(sock, buffer)
    body = bytes(buffer[:length])
    del buffer[:length]
    return _Request(method, target, head, body, headers)


def _with_connection_close(head: bytes) -> bytes:
    lines = head.decode("latin-1").split("\r\n")
    kept = [line for line in lines[1:] if line and not line.lower().startswith("connection:")]
    return "\r\n".join([lines[0], *kept, "Connection: close", "", ""]).encode("latin-1")


def _parse_response(raw: bytes) -> _Response:
    head, _, rest = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    status = int(parts[1])
    reason = parts[2] if len(parts) > 2 else ""
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    length = next((int(v) for k, v in headers if k.lower() == "content-length"), None)
    body = rest if length is None else rest[:length]
    return _Response(status, reason, headers, body)


def _encode(response: _Response) -> bytes:
    """The answer as the client gets it: our own framing, keep-alive."""
    skip = {"connection", "content-length", "transfer-encoding"}
    lines = [f"HTTP/1.1 {response.status} {response.reason}"]
    lines += [f"{k}: {v}" for k, v in response.headers if k.lower() not in skip]
    lines.append(f"Content-Length: {len(response.body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body


def _json_answer(
    status: int, message: str, headers: list[tuple[str, str]] | None = None
) -> _Response:
    body = json.dumps({"Message": message}).encode()
    reasons = {429: "Too Many Requests", 500: "Internal Server Error"}
    return _Response(
        status, reasons.get(status, ""), [("Content-Type", "application/json"), *(headers or [])],
        body,
    )
