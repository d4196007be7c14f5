"""The FastAPI application: the contract's endpoints (§3) over the database.

Routes are declared once, under the v2.0 base; :class:`kiosk.server.gate.Gate` rewrites
v1.0 URLs to it and does authentication, CORS and the body limit before routing. Every
JSON answer is a contract model's ``to_wire()`` output, with an ``ETag`` so a client can
revalidate with ``If-None-Match`` (304).

Route functions are ``async``. Small reads run right on the event-loop thread: each
takes well under a millisecond, and FastAPI's thread pool cost about 0.6 ms of CPU per
request in hops and GIL hand-offs, more than the work itself (BENCHMARKS.md). Event-scoped
GETs (a session's and a track's too, through the event they belong to) and the published
list are versioned (issue 13, ``versioned``): the event's version
answers ``If-None-Match`` before anything is built, a 200 is a copy of bytes cached for
that version, and the large builds (agenda, speakers, passes, published list) run once
per version on a worker thread. Writes go to one writer thread with group commit
(:mod:`kiosk.server.writer`), so the loop never waits for an fsync.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import html
import inspect
import io
import json
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.api.models import (
    CheckInRequest,
    FinalizeRegistrationRequest,
    RegistrationData,
)
from kiosk.server import attendees, catalog, health, staff
from kiosk.server.db import Database
from kiosk.server.gate import INTERNAL_ERROR, MAX_BODY, V2_PREFIX, Gate, WebApps
from kiosk.server.registration import Job, KeyReusedProblem, NotFoundProblem, Registrar, Reply
from kiosk.server.staff import StaffTokens
from kiosk.server.wire import dumps
from kiosk.server.writer import WriteQueue

log = logging.getLogger(__name__)

JSON = "application/json"
MAX_IDEMPOTENCY_KEY = 200
# Far deeper than any real body (a registration's answers are 6 levels deep).
MAX_DEPTH = 32
TOO_DEEP = f"The request body is nested more than {MAX_DEPTH} levels deep."


class ApiProblem(StarletteHTTPException):
    """An answer with a status and a plain-language ``Message``."""

    def __init__(
        self, status_code: int, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status_code=status_code, detail=message, headers=headers)


# FastAPI >= 0.16x ships native OpenTelemetry, on whenever the embedding program has set
# global providers. Its spans would carry the query string (the token) and its logs the
# exception messages: this server keeps both to itself.
_NO_TELEMETRY: dict[str, Any] = (
    {"telemetry": {"tracing": False, "metrics": False, "logs": False}}
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters
    else {}
)


def _etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _matches(if_none_match: str, etag: str) -> bool:
    candidates = [c.strip() for c in if_none_match.split(",")]
    return "*" in candidates or any(c.removeprefix("W/") == etag for c in candidates)


def not_modified(request: Request, etag: str) -> Response | None:
    """304 when the client already holds the version ``etag`` names, else None."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match and _matches(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})
    return None


def tagged(request: Request, body: bytes, etag: str, media_type: str) -> Response:
    """The body with its ETag, or 304 when the client already holds this version."""
    return not_modified(request, etag) or Response(
        content=body, media_type=media_type, headers={"ETag": etag, "Cache-Control": "no-cache"}
    )


def conditional(request: Request, body: bytes, media_type: str) -> Response:
    """:func:`tagged`, the ETag a digest of the body."""
    return tagged(request, body, _etag(body), media_type)


class AnswerCache:
    """Rendered answers, one per (resource, scope) at its latest version; LRU-bounded.

    An entry is replaced when its version moves, and the least recently used entries go
    beyond ``size`` entries or ``max_bytes`` of bodies, so memory stays bounded whatever
    the number of events. Concurrent misses for one (resource, scope, version) share one
    build (single flight): thirty kiosks asking for a new agenda at once cost one render.
    """

    def __init__(self, size: int = 256, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self.builds = 0
        self._bytes = 0
        self._entries: OrderedDict[tuple[str, str], tuple[Any, bytes, str]] = OrderedDict()
        self._flights: dict[tuple[str, str, Any], asyncio.Future[tuple[bytes, str]]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[str, str]) -> tuple[Any, bytes, str] | None:
        """(version, body, ETag) of the entry for ``key``, if any."""
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: tuple[str, str], version: Any, body: bytes, etag: str) -> None:
        old = self._entries.get(key)
        if old is not None:
            self._bytes -= len(old[1])
        self._entries[key] = (version, body, etag)
        self._entries.move_to_end(key)
        self._bytes += len(body)
        while len(self._entries) > 1 and (
            len(self._entries) > self.size or self._bytes > self.max_bytes
        ):
            _, (_, dropped, _) = self._entries.popitem(last=False)
            self._bytes -= len(dropped)

    async def build(
        self,
        key: tuple[str, str],
        version: Any,
        make: Callable[[], tuple[Any, bytes, str]],
        *,
        offload: bool,
    ) -> tuple[bytes, str]:
        """Run ``make`` (on a worker thread when ``offload``) once for all concurrent askers.

        ``make`` returns the version it actually built (read in its own snapshot, so it
        may be newer than ``version``), the body and its ETag.
        """
        flight = (key[0], key[1], version)
        pending = self._flights.get(flight)
        if pending is None:
            pending = asyncio.ensure_future(self._run(flight, key, make, offload))
            self._flights[flight] = pending
        return await asyncio.shield(pending)

    async def _run(
        self,
        flight: tuple[str, str, Any],
        key: tuple[str, str],
        make: Callable[[], tuple[Any, bytes, str]],
        offload: bool,
    ) -> tuple[bytes, str]:
        try:
            built, body, etag = await asyncio.to_thread(make) if offload else make()
            self.builds += 1
            self.put(key, built, body, etag)
            return body, etag
        finally:
            self._flights.pop(flight, None)


def _wire(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.to_wire()  # type: ignore[attr-defined]
    if isinstance(value, list):
        return [_wire(v) for v in value]
    return value


def private_reply(value: Any) -> Response:
    """Attendee data for staff: no cache may keep it (and no ETag: it is read fresh)."""
    return Response(content=dumps(_wire(value)), media_type=JSON,
                    headers={"Cache-Control": "no-store"})


def _reply(reply: Reply) -> Response:
    headers = {"Idempotent-Replayed": "true"} if reply.replayed else None
    return Response(content=reply.body, status_code=reply.status_code, media_type=JSON,
                    headers=headers)


def _check_json(payload: Any) -> None:
    """400 unless every container is at most MAX_DEPTH deep and every string is Unicode.

    Checked once, here, so nothing downstream meets a value it cannot handle: a lone
    surrogate (``"\\ud800"``) parses but cannot be encoded (the idempotency hash, SQLite,
    the answers), and deep nesting would recurse in every later walk. Iterative, so a
    hostile body cannot exhaust the stack.
    """
    pending: list[tuple[Any, int]] = [(payload, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise ApiProblem(400, TOO_DEEP)
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str):
                    _check_text(key)
                pending.append((item, depth + 1))
        elif isinstance(value, str):
            _check_text(value)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiProblem(
            400, "The request body contains text that is not valid Unicode (a lone surrogate)."
        ) from None


def _body(request: Request) -> Any:
    """The request body as a JSON object, or 400 saying what is wrong with it."""
    raw: bytes = request.scope.get("kiosk.body", b"")
    if not raw.strip():
        raise ApiProblem(400, "The request body is empty; a JSON object was expected.")
    try:
        payload = json.loads(raw)
    except RecursionError:
        raise ApiProblem(400, TOO_DEEP) from None
    except (ValueError, UnicodeDecodeError):
        raise ApiProblem(400, "The request body is not valid JSON.") from None
    if not isinstance(payload, dict):
        raise ApiProblem(400, "The request body must be a JSON object.")
    _check_json(payload)
    return payload


def _parse(model: type[Any], payload: Any) -> Any:
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise ApiProblem(400, f"The request body is not valid: {where}: {first['msg']}.") from None


def _idempotency_key(request: Request) -> str | None:
    key = request.headers.get("idempotency-key")
    if key is None:
        return None
    key = key.strip()
    if not key or len(key) > MAX_IDEMPOTENCY_KEY or not key.isascii() or not key.isprintable():
        raise ApiProblem(
            400, f"The Idempotency-Key header must be 1-{MAX_IDEMPOTENCY_KEY} printable ASCII "
            "characters."
        )
    return key


@functools.lru_cache(maxsize=64)
def qr_png(url: str) -> bytes:
    """A PNG QR code of ``url`` (medium error correction, so a scuffed print still scans).
    ``qrcode`` (with Pillow, about 0.1 s) is imported with the first one, not at start."""
    import qrcode
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=10,
                         border=4)
    code.add_data(url)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer, format="PNG")
    return buffer.getvalue()


def public_event_url(request: Request, readable_id: str, public_url: str | None) -> str:
    """What the event's QR code points at: its ``publicEventUrl``, else this server's page."""
    if public_url and public_url.strip():
        return public_url.strip()
    host = request.headers.get("host") or f"{request.url.hostname}:{request.url.port}"
    return f"{request.url.scheme}://{host}/events/{readable_id}"


def create_app(
    db: Database,
    web_apps: WebApps,
    *,
    now: Callable[[], datetime],
    staff_tokens: StaffTokens,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The ASGI app for ``db``: routes, exception handlers and the gate middleware.

    ``staff_tokens`` unlock the staff extensions (attendee search, the check-in list).

    The app owns a :class:`WriteQueue` (``app.state.writer``); close it before the
    database when the server stops.
    """
    registrar = Registrar(db, now)
    writer = WriteQueue(db)
    app = FastAPI(
        title="Kiosk local events server",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        **_NO_TELEMETRY,
    )
    app.state.db = db
    app.state.registrar = registrar
    app.state.writer = writer

    async def write(job: Job) -> Response:
        try:
            reply = await asyncio.wrap_future(writer.submit(job))
        except NotFoundProblem as exc:
            raise ApiProblem(404, str(exc)) from None
        except KeyReusedProblem as exc:
            raise ApiProblem(422, str(exc)) from None
        finally:
            # Old Idempotency-Keys go a small batch at a time, after the answer's commit,
            # so a purge never holds a registration back (registration.py).
            purge = registrar.purge_job()
            if purge is not None:
                writer.submit(purge).add_done_callback(_log_purge_failure)
        return _reply(reply)

    router = APIRouter(prefix=V2_PREFIX)

    def event_id_or_404(conn: Any, readable_id: str) -> str:
        event_id = catalog.event_id_for(conn, readable_id)
        if event_id is None:
            raise ApiProblem(404, f"There is no event with the readable id {readable_id!r}.")
        return event_id

    # ------------------------------------------------ versioned answers (issue 13)
    #
    # An event-scoped GET reads the event's version (one indexed lookup) and answers
    # If-None-Match from it before building anything; the ETag is a digest of (this
    # process, resource, event, version), so it changes with every change to the answer
    # and after a restart. A 200 is a copy of the bytes rendered for this version.
    answers = AnswerCache()
    templates: OrderedDict[tuple[str, str], tuple[int, catalog.Template]] = OrderedDict()
    templates_lock = threading.Lock()
    published_list = catalog.PublishedList()
    nonce = secrets.token_hex(8)

    def version_etag(resource: str, scope: str, version: Any) -> str:
        text = f"{nonce}|{resource}|{scope}|{version}"
        return '"' + hashlib.blake2b(text.encode(), digest_size=12).hexdigest() + '"'

    Render = Callable[[Any, str, int], bytes]

    async def versioned(
        request: Request,
        resource: str,
        readable_event_id: str,
        render: Render,
        *,
        media_type: str = JSON,
        offload: bool = False,
        vary: str = "",
        follows: str = "all",
    ) -> Response:
        """The answer for ``resource`` of the event, by version (see above).

        ``follows`` names the version the answer depends on (:class:`catalog.Versions`):
        answers without counts (event, tracks, sponsorships, fields, QR code) follow
        ``content``, which only a seed load moves; the agenda and speakers follow
        ``seats`` (a registration without sessions keeps them); the rest ``all``.
        """
        found = catalog.event_versions(db.connection(), readable_event_id)
        if found is None:
            raise ApiProblem(404, f"There is no event with the readable id {readable_event_id!r}.")
        return await answer(request, resource, found, render, media_type=media_type,
                            offload=offload, vary=vary, follows=follows)

    async def answer(
        request: Request,
        resource: str,
        owner: tuple[str, catalog.Versions],
        render: Render,
        *,
        media_type: str = JSON,
        offload: bool = False,
        vary: str = "",
        follows: str = "all",
        keep: bool = True,
    ) -> Response:
        """:func:`versioned` once the event (``owner``: its id and versions) is known; ``vary``
        tells apart answers of one resource within the event (a session's id). Small
        answers (``keep`` False: one session, its count) are rendered for each 200
        rather than kept, so that a client walking 2,000 sessions does not push the
        agenda out of the cache."""
        event_id, versions = owner
        version: int = getattr(versions, follows)
        scope = f"{event_id}|{vary}" if vary else event_id
        etag = version_etag(resource, scope, version)
        unchanged = not_modified(request, etag)
        if unchanged is not None:
            return unchanged

        def make() -> tuple[int, bytes, str]:
            with db.read() as conn:
                now_at = catalog.event_version(conn, event_id)
                body = render(conn, event_id, now_at.content)
            built: int = getattr(now_at, follows)
            return built, body, version_etag(resource, scope, built)

        key = (resource, scope)
        entry = answers.get(key) if keep else None
        if entry is not None and entry[0] >= version:
            body, etag = entry[1], entry[2]
        elif keep:
            body, etag = await answers.build(key, version, make, offload=offload)
        else:
            _, body, etag = make()
        return tagged(request, body, etag, media_type)

    def plain(loader: Callable[[Any, str], Any]) -> Render:
        return lambda conn, event_id, _: dumps(_wire(loader(conn, event_id)))

    def templated(resource: str, make: Callable[[Any, str], catalog.Template]) -> Render:
        """Seat counts filled into a template kept per content version (catalog.py)."""

        def render(conn: Any, event_id: str, content_version: int) -> bytes:
            # Worker threads build different events' answers at once: the LRU's
            # bookkeeping is locked, a build is not.
            key = (resource, event_id)
            with templates_lock:
                entry = templates.get(key)
            if entry is None or entry[0] != content_version:
                entry = (content_version, make(conn, event_id))
            with templates_lock:
                templates[key] = entry
                templates.move_to_end(key)
                while len(templates) > 64:
                    templates.popitem(last=False)
            return entry[1].render(catalog.session_counts(conn, event_id))

        return render

    def event_list(
        resource: str, render: Render, *, offload: bool = False, follows: str = "all"
    ) -> Callable[[str, Request], Any]:
        async def endpoint(readable_event_id: str, request: Request) -> Response:
            return await versioned(request, resource, readable_event_id, render,
                                   offload=offload, follows=follows)

        return endpoint

    # -------------------------------------------- writes (#11-#13, #20): matched first, hot path

    @router.post("/events/{readable_event_id}/registrations")
    async def register(readable_event_id: str, request: Request) -> Response:
        key = _idempotency_key(request)
        payload = _body(request)
        data = _parse(RegistrationData, payload)
        return await write(registrar.register(
            readable_event_id, data, payload=payload, token=request.scope["kiosk.token"],
            idempotency_key=key, path=request.url.path,
        ))

    @router.post("/events/{readable_event_id}/registrations/finalize")
    async def finalize(readable_event_id: str, request: Request) -> Response:
        key = _idempotency_key(request)
        payload = _body(request)
        data = _parse(FinalizeRegistrationRequest, payload)
        return await write(registrar.finalize(
            readable_event_id, data, payload=payload, token=request.scope["kiosk.token"],
            idempotency_key=key, path=request.url.path,
        ))

    @router.post("/events/{readable_event_id}/sessions/{session_id}/registrations")
    async def register_session(readable_event_id: str, session_id: str) -> Response:
        raise ApiProblem(
            401, "Registering for one session needs a signed-in user, and this server has no "
            "user sign-in. Send the session in attendeeSessions when registering instead."
        )

    @router.post("/checkins")
    async def check_in(request: Request) -> Response:
        key = _idempotency_key(request)
        payload = _body(request)
        data = _parse(CheckInRequest, payload)
        return await write(registrar.check_in(
            data, payload=payload, token=request.scope["kiosk.token"], idempotency_key=key,
            path=request.url.path,
        ))

    # ---------------------------------------------------------------- events (#1-#10)

    @router.get("/events/published")
    async def published(request: Request) -> Response:
        """The published list (with this server's extension, catalog.PublishedList).

        Its version is the catalog version plus the moment the first listed event drops
        out of the list (a day after it ends): until either moves, the cached bytes stand.
        """
        moment = now()
        version = catalog.catalog_version(db.connection())
        key = ("published", "")
        entry = answers.get(key)
        if entry is not None:
            (built, valid_until), body, etag = entry
            if built >= version and (valid_until is None or moment < valid_until):
                return tagged(request, body, etag, JSON)

        def make() -> tuple[tuple[int, datetime | None], bytes, str]:
            with db.read() as conn:
                built, valid_until, body = published_list.build(conn, moment)
            stamp = (built, valid_until)
            return stamp, body, version_etag("published", "", stamp)

        body, etag = await answers.build(key, version, make, offload=True)
        return tagged(request, body, etag, JSON)

    @router.get("/events/{readable_event_id}")
    async def event(readable_event_id: str, request: Request) -> Response:
        return await versioned(
            request, "event", readable_event_id,
            lambda conn, _, __: dumps(_wire(catalog.event(conn, readable_event_id))),
            follows="content",
        )

    router.add_api_route(
        "/events/{readable_event_id}/passes",
        event_list("passes", plain(catalog.passes), offload=True),
    )
    router.add_api_route(
        "/events/{readable_event_id}/sessions",
        event_list("sessions", templated("sessions", catalog.sessions_template), offload=True,
                   follows="seats"),
    )
    router.add_api_route(
        "/events/{readable_event_id}/tracks",
        event_list("tracks", plain(catalog.tracks), follows="content"),
    )
    router.add_api_route(
        "/events/{readable_event_id}/speakers",
        event_list("speakers", templated("speakers", catalog.speakers_template), offload=True,
                   follows="seats"),
    )
    router.add_api_route(
        "/events/{readable_event_id}/sponsorships",
        event_list("sponsorships", plain(catalog.sponsorships), follows="content"),
    )
    router.add_api_route(
        "/events/{readable_event_id}/custom-registration-fields",
        event_list("fields", plain(catalog.registration_fields), follows="content"),
    )
    router.add_api_route(
        "/events/{readable_event_id}/registrations/count",
        event_list("count", plain(catalog.event_registration_count)),
    )

    @router.get("/events/{readable_event_id}/captcha")
    async def captcha(readable_event_id: str) -> Response:
        raise ApiProblem(
            404, "This server has no captcha: its events are registered without one."
        )

    @router.get("/events/{readable_event_id}/qrcode")
    async def qr_code(readable_event_id: str, request: Request) -> Response:
        def render(conn: Any, _: str, __: int) -> bytes:
            found = catalog.event(conn, readable_event_id)
            assert found is not None
            return qr_png(public_event_url(request, found.readable_event_id,
                                           found.public_event_url))

        # Without a publicEventUrl the code points at this server as the client named it.
        return await versioned(
            request, "qrcode", readable_event_id, render, media_type="image/png",
            vary=request.headers.get("host", ""), follows="content",
        )

    # ---------------------------------------------------------------- sessions (#14, #15, #19)

    # Versioned like the event's agenda, which holds the same sessions and seats: the
    # owning event is one lookup away, and a 304 is answered from its seats version.
    def owner_or_404(table: str, item_id: str, missing: str) -> tuple[str, catalog.Versions]:
        found = catalog.owner_versions(db.connection(), table, item_id)
        if found is None:
            raise ApiProblem(404, missing)
        return found

    def found_or_404(value: Any, missing: str) -> bytes:
        if value is None:  # gone since the lookup (a seed reload)
            raise ApiProblem(404, missing)
        return dumps(_wire(value))

    no_session = "There is no session with this id."
    no_track = "There is no track with this id."

    @router.get("/sessions/{session_id}/registrations/count")
    async def session_count(session_id: str, request: Request) -> Response:
        return await answer(
            request, "session-count", owner_or_404("sessions", session_id, no_session),
            lambda conn, _, __: found_or_404(
                catalog.session_registration_count(conn, session_id), no_session),
            vary=session_id.lower(), follows="seats", keep=False,
        )

    @router.get("/sessions/{session_id}")
    async def session(session_id: str, request: Request) -> Response:
        return await answer(
            request, "session", owner_or_404("sessions", session_id, no_session),
            lambda conn, _, __: found_or_404(catalog.session(conn, session_id), no_session),
            vary=session_id.lower(), follows="seats", keep=False,
        )

    @router.get("/tracks/{track_id}/sessions")
    async def track_sessions(track_id: str, request: Request) -> Response:
        return await answer(
            request, "track-sessions", owner_or_404("tracks", track_id, no_track),
            lambda conn, _, __: found_or_404(catalog.track_sessions(conn, track_id), no_track),
            vary=track_id.lower(), follows="seats", offload=True,
        )

    # ---------------------------------------------------------------- images (#16, #17)

    @router.get("/sponsorships/{sponsorship_id}/logo")
    async def sponsorship_logo(sponsorship_id: str, request: Request) -> Response:
        with db.read() as conn:
            found = catalog.sponsorship_logo(conn, sponsorship_id)
        if found is None:
            raise ApiProblem(404, "There is no logo for this sponsorship.")
        return conditional(request, found[0], found[1])

    @router.get("/speakers/{speaker_id}/image")
    async def speaker_image(speaker_id: str, request: Request) -> Response:
        with db.read() as conn:
            found = catalog.speaker_image(conn, speaker_id)
        if found is None:
            raise ApiProblem(404, "There is no image for this speaker.")
        return conditional(request, found[0], found[1])

    # ---------------------------------------------------------------- staff extensions

    challenge = {"WWW-Authenticate": staff.CHALLENGE}

    def require_staff(request: Request) -> None:
        """401 without a staff token, 403 with a wrong one (after the gate's own checks)."""
        token = request.headers.get(staff.HEADER, "").strip()
        if not token:
            raise ApiProblem(
                401, f"This endpoint needs a staff token in the {staff.HEADER} header.",
                challenge,
            )
        if not staff_tokens.verify(token):
            log.info("refused %s %s: staff token not valid", request.method, request.url.path)
            raise ApiProblem(403, "The staff token is not valid.", challenge)

    @router.get("/events/{readable_event_id}/attendees")
    async def attendee_search(readable_event_id: str, request: Request) -> Response:
        require_staff(request)
        try:
            prefix = attendees.search_prefix(request.query_params.get("q", ""))
        except attendees.InvalidInput as exc:
            raise ApiProblem(400, str(exc)) from None
        with db.read() as conn:
            event_id = event_id_or_404(conn, readable_event_id)
            hits = attendees.search(conn, event_id, prefix)
        # Who was looked for is personal data: the log says where, and how many.
        log.info("staff search on event %s: %d hits", event_id, len(hits))
        return private_reply(hits)

    @router.get("/events/{readable_event_id}/attendees/{registration_id}")
    async def attendee_record(
        readable_event_id: str, registration_id: str, request: Request
    ) -> Response:
        require_staff(request)
        with db.read() as conn:
            found = attendees.record(
                conn, event_id_or_404(conn, readable_event_id), registration_id
            )
        if found is None:
            raise ApiProblem(404, "This event has no registration with this id.")
        log.info("staff opened registration %s", found.registration_id)
        return private_reply(found)

    @router.get("/events/{readable_event_id}/checkin-list")
    async def check_in_list(readable_event_id: str, request: Request) -> Response:
        require_staff(request)
        since = request.query_params.get("since", "").strip() or None

        def build() -> Response:
            with db.read() as conn:
                event_id = event_id_or_404(conn, readable_event_id)
                try:
                    found = attendees.check_in_list(conn, event_id, since)
                except attendees.InvalidInput as exc:
                    raise ApiProblem(400, str(exc)) from None
            return private_reply(found)

        # The one big read (about 0.1 s for 5,000 registrations): off the event loop, so
        # other kiosks' requests do not wait behind it.
        return await asyncio.to_thread(build)

    # ---------------------------------------------------------------- users (#21-#24)

    no_sign_in = (
        "This server has no attendee sign-in; user-scoped endpoints are not available."
    )

    @router.get("/users/authenticated")
    async def user() -> Response:
        raise ApiProblem(401, no_sign_in)

    @router.get("/users/authenticated/registrations")
    async def user_registrations() -> Response:
        raise ApiProblem(401, no_sign_in)

    @router.get("/users/authenticated/waitlist-items")
    async def user_waitlist() -> Response:
        raise ApiProblem(401, no_sign_in)

    @router.post("/users/authenticated/registrations/{registration_id}/cancel")
    async def user_cancel(registration_id: str) -> Response:
        raise ApiProblem(401, no_sign_in)

    app.include_router(router)

    # ---------------------------------------------------------------- public event page

    @app.get("/events/{readable_event_id}", response_class=HTMLResponse)
    async def event_page(readable_event_id: str) -> HTMLResponse:
        """The page an event's QR code opens when the event has no publicEventUrl."""
        with db.read() as conn:
            found = catalog.event(conn, readable_event_id)
        if found is None:
            raise ApiProblem(404, "There is no such event.")
        return HTMLResponse(_event_page(found))

    # GET /health for the venue's monitoring: no token, no personal data (health.py).
    health.install(app, writer)

    _install_error_handlers(app)
    app.add_middleware(Gate, web_apps=web_apps, org_id=db.org_id, max_body=max_body)
    return app


def _log_purge_failure(future: Any) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("purging old idempotency keys failed: %s", type(future.exception()).__name__)


def _event_page(event: Any) -> str:
    e = html.escape
    when = ""
    if event.start_date and event.end_date:
        when = (
            f"{event.start_date:%A %d %B %Y, %H:%M} \u2013 {event.end_date:%d %B %Y, %H:%M} "
            f"{event.time_zone_name or ''}"
        )
    where = ""
    if event.building is not None:
        where = f"{event.building.name}, {event.building.address}"
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>{e(event.event_name)}</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;"
        "padding:0 1rem;line-height:1.5}</style></head><body>"
        f"<h1>{e(event.event_name)}</h1><p><strong>{e(when)}</strong></p>"
        f"<p>{e(where)}</p><p>{e(event.description or '')}</p>"
        "<p>Register at the kiosk at the venue entrance.</p></body></html>"
    )


def _install_error_handlers(app: FastAPI) -> None:
    """Every error is JSON with a ``Message``; nothing internal reaches the client."""

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = "There is no such endpoint."
        elif exc.status_code == 405:
            message = f"This endpoint does not accept {request.method} requests."
        return Response(
            content=dumps({"Message": message}),
            status_code=exc.status_code,
            media_type=JSON,
            headers=getattr(exc, "headers", None),
        )

    async def invalid_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = exc.errors()
        detail = errors[0].get("msg", "invalid") if errors else "invalid"
        return Response(
            content=dumps({"Message": f"The request is not valid: {detail}."}),
            status_code=400,
            media_type=JSON,
        )

    async def internal_error(request: Request, exc: Exception) -> Response:
        log.error("internal error on %s %s: %s", request.method, request.url.path,
                  type(exc).__name__)
        return Response(content=dumps({"Message": INTERNAL_ERROR}), status_code=500,
                         media_type=JSON)

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, internal_error)
