"""The ASGI layer in front of the routes: base URLs, authentication, CORS, body limit, 500s.

Everything here runs before FastAPI routing, once per request, as plain ASGI (cheaper
than per-route dependencies, and it sees preflights and unknown paths too):

* both base forms are accepted and rewritten to the v2.0 form the routes use; a v1.0 URL
  with another organisation's id is a 404;
* ``emApplicationtoken`` and ``Origin`` are checked (400 missing, 401 unknown token,
  403 origin not registered for that token), except on the two image endpoints, which a
  browser's ``<img>`` loads with neither;
* CORS preflights are answered for registered origins only;
* HEAD is answered wherever GET is: routed as GET, the body dropped;
* bodies over 64 KB are refused with 413, by Content-Length and by counting bytes;
* an exception that escapes a route is logged here and answered with a fixed 500 body.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.server import staff
from kiosk.server.wire import dumps

log = logging.getLogger(__name__)

V2_PREFIX = "/EvtMgmt/api/v2.0"
TOKEN_PARAM = "emapplicationtoken"  # matched case-insensitively
MAX_BODY = 64 * 1024
INTERNAL_ERROR = "The events server had an internal error."

_V2 = re.compile(r"^/evtmgmt/api/v2\.0(?=/|$)", re.IGNORECASE)
_V1 = re.compile(r"^/api/v1\.0/orgs/([^/]+)/eventmanagement(?=/|$)", re.IGNORECASE)
# Public content of a public event page: speaker portraits and sponsor logos (#17, #16).
_PUBLIC_IMAGE = re.compile(r"^/(?:speakers/[^/]+/image|sponsorships/[^/]+/logo)$")

ALLOW_METHODS = "GET, POST, OPTIONS"
ALLOW_HEADERS = f"Content-Type, Idempotency-Key, If-None-Match, {staff.HEADER}"
EXPOSE_HEADERS = "ETag, Idempotent-Replayed"


def normalise_origin(text: str) -> str:
    """``scheme://host[:port]`` in lower case without a trailing slash, or ValueError."""
    value = text.strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{text!r} is not an origin like https://kiosk.example.org")
    if parts.path or parts.query or parts.fragment or "@" in parts.netloc:
        raise ValueError(f"{text!r} is not an origin: it must have no path, query or user")
    return f"{parts.scheme}://{parts.netloc}".lower()


class WebApps:
    """The registered web applications (token -> allowed origins), held in memory.

    They are rows in the database; the server reads them at start-up and whenever it adds
    one (:meth:`replace`), so the per-request check never touches SQLite.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._lock = threading.Lock()
        self._by_token: dict[str, frozenset[str]] = {}
        self._origins: frozenset[str] = frozenset()
        self.replace(pairs)

    def replace(self, pairs: Iterable[tuple[str, str]]) -> None:
        by_token: dict[str, set[str]] = {}
        for token, origin in pairs:
            by_token.setdefault(token, set()).add(_origin_key(origin))
        with self._lock:
            self._by_token = {t: frozenset(o) for t, o in by_token.items()}
            self._origins = frozenset(o for s in by_token.values() for o in s)

    def origins_for(self, token: str) -> frozenset[str] | None:
        return self._by_token.get(token)

    def is_known_origin(self, origin: str) -> bool:
        return origin in self._origins


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            text: str = value.decode("latin-1").strip()
            return text or None
    return None


def _token(scope: Scope) -> str | None:
    query = scope.get("query_string", b"").decode("latin-1")
    if not query:
        return None
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key.lower() == TOKEN_PARAM:
            return value.strip() or None
    return None


async def send_json(
    send: Send,
    status: int,
    message: str,
    *,
    cors_origin: str | None = None,
    extra: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    body = dumps({"Message": message})
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *extra,
    ]
    if cors_origin:
        headers += _cors_headers(cors_origin)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _cors_headers(origin: str) -> list[tuple[bytes, bytes]]:
    return [
        (b"access-control-allow-origin", origin.encode("latin-1")),
        (b"access-control-expose-headers", EXPOSE_HEADERS.encode()),
        (b"vary", b"Origin"),
    ]


class Gate:
    """ASGI middleware; see the module docstring for what it does and in which order."""

    def __init__(
        self, app: ASGIApp, *, web_apps: WebApps, org_id: str, max_body: int = MAX_BODY
    ) -> None:
        self.app = app
        self.web_apps = web_apps
        self.org_id = org_id.lower()
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "HEAD":
            scope, send = _as_get(scope, send)
        path: str = scope["path"]
        rest: str | None = None
        match = _V2.match(path)
        if match:
            rest = path[match.end():]
        else:
            match = _V1.match(path)
            if match:
                if match.group(1).lower() != self.org_id:
                    await send_json(send, 404, "There is no organization with this id here.")
                    return
                rest = path[match.end():]
        if rest is None:
            # Not an API path: the public event page, or a 404 from the router.
            await self._forward(scope, receive, send, None)
            return

        api_path = V2_PREFIX + (rest.rstrip("/") if rest != "/" else rest)
        scope = dict(scope)
        scope["path"] = api_path
        scope["raw_path"] = api_path.encode("utf-8")
        origin = _header(scope, b"origin")
        token = _token(scope)
        origin_key = _origin_key(origin) if origin is not None else None
        # Echoed as the browser sent it: that is what it compares the header with.
        known_origin = origin_key is not None and self.web_apps.is_known_origin(origin_key)
        cors_origin = origin if known_origin else None

        if scope["method"] == "OPTIONS":
            await self._preflight(send, origin, token)
            return
        if scope["method"] == "GET" and _PUBLIC_IMAGE.match(rest.rstrip("/")):
            await self._forward(scope, receive, send, cors_origin)
            return
        if token is None:
            await send_json(send, 400, "The emApplicationtoken query parameter is missing.",
                            cors_origin=cors_origin)
            return
        if origin is None:
            await send_json(send, 400, "The Origin header is missing.")
            return
        allowed = self.web_apps.origins_for(token)
        if allowed is None:
            log.info("refused %s %s: unknown application token", scope["method"], api_path)
            await send_json(send, 401, "The application token is not valid.",
                            cors_origin=cors_origin)
            return
        if origin_key not in allowed:
            log.info("refused %s %s: origin not registered for the token", scope["method"],
                     api_path)
            await send_json(send, 403, "This Origin is not registered for the application token.",
                            cors_origin=cors_origin)
            return
        scope["kiosk.token"] = token

        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await self._read_body(scope, receive, send, cors_origin)
            if body is None:
                return
            scope["kiosk.body"] = body
            receive = _replay(body, receive)
        await self._forward(scope, receive, send, cors_origin)

    async def _preflight(self, send: Send, origin: str | None, token: str | None) -> None:
        if origin is None:
            await send_json(send, 400, "The Origin header is missing.")
            return
        origin_key = _origin_key(origin)
        allowed = self.web_apps.origins_for(token) if token else None
        ok = origin_key in allowed if allowed is not None else (
            self.web_apps.is_known_origin(origin_key)
        )
        if not ok:
            # No CORS headers: the browser then blocks the real request.
            await send_json(send, 403, "This Origin is not registered on this server.")
            return
        headers = [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-allow-methods", ALLOW_METHODS.encode()),
            (b"access-control-allow-headers", ALLOW_HEADERS.encode()),
            (b"access-control-max-age", b"600"),
            (b"vary", b"Origin"),
            (b"content-length", b"0"),
        ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    async def _read_body(
        self, scope: Scope, receive: Receive, send: Send, cors_origin: str | None
    ) -> bytes | None:
        too_big = f"The request body is larger than {self.max_body // 1024} KB."
        close = [(b"connection", b"close")]
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await send_json(send, 400, "The Content-Length header is not a number.",
                                cors_origin=cors_origin, extra=close)
                return None
            if declared > self.max_body:
                await send_json(send, 413, too_big, cors_origin=cors_origin, extra=close)
                return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                # Counted, not trusted: chunked bodies and lying Content-Lengths stop here.
                await send_json(send, 413, too_big, cors_origin=cors_origin, extra=close)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _forward(
        self, scope: Scope, receive: Receive, send: Send, cors_origin: str | None
    ) -> None:
        started = False

        async def send_with_cors(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if cors_origin:
                    message = dict(message)
                    message["headers"] = [*message.get("headers", []),
                                          *_cors_headers(cors_origin)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_cors)
        except Exception:
            # Logged once, here; the client gets a fixed message and never a traceback.
            log.exception("internal error on %s %s", scope["method"], scope["path"])
            if not started:
                await send_json(send, 500, INTERNAL_ERROR, cors_origin=cors_origin)


def _origin_key(origin: str) -> str:
    """How origins compare: case-insensitively, without a trailing slash."""
    return origin.lower().rstrip("/")


def _as_get(scope: Scope, send: Send) -> tuple[Scope, Send]:
    """A HEAD request as the GET it mirrors: same status and headers, no body.

    Starlette routes declared with GET do not take HEAD; doing it once here covers every
    route (and auth, CORS and ETags apply unchanged).
    """
    scope = {**scope, "method": "GET"}

    async def send_head(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return scope, send_head


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive() that hands the already-read body to the app, then defers to the server."""
    sent = False

    async def replay() -> Any:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
