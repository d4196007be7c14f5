"""HTTP client for the events API (both the cloud service and the local events server).

One ``httpx.Client`` is reused for every call. Every request carries the application
token as the ``emApplicationtoken`` query parameter and the configured ``Origin`` header
(contract §2). GETs are retried on connection failures, 429 and 5xx with capped backoff
that honours ``Retry-After``; POSTs are never retried here (the outbox owns that, with an
``Idempotency-Key``). Failures surface as the typed errors of :mod:`kiosk.api.errors`.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, TypeVar, cast
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from kiosk.api.errors import (
    ApiError,
    ApiTimeoutError,
    ApiUnreachableError,
    BadRequestError,
    ConfigurationError,
    InvalidResponseError,
    NotFoundError,
    OriginRejectedError,
    RateLimitedError,
    ServerError,
    TokenRejectedError,
    redact,
)
from kiosk.api.models import (
    AttendeeHit,
    AttendeeRecord,
    Captcha,
    CheckInList,
    CheckInRequest,
    CheckInResult,
    CustomRegistrationField,
    ErrorBody,
    Event,
    FinalizeRegistrationRequest,
    Pass,
    PublishedEvent,
    RegistrationData,
    RegistrationResult,
    Session,
    SessionTrack,
    Speaker,
    Sponsorship,
    parse_count,
    parse_list,
    parse_object,
)

log = logging.getLogger(__name__)

TOKEN_PARAM: Final = "emApplicationtoken"
USER_AGENT: Final = "kiosk/0.1 (+events API client)"

_BASE_FORMS = (
    re.compile(r"/EvtMgmt/api/v2\.0/*$", re.IGNORECASE),
    re.compile(r"/api/v1\.0/orgs/[^/]+/eventmanagement/*$", re.IGNORECASE),
)

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

# What an answer held for revalidation costs beyond its body: the path, the ETag, the
# entry itself (measured in benchmarks/bench_catalog.py: about this much per count).
_ENTRY_OVERHEAD: Final = 400


@dataclass(frozen=True, slots=True)
class _Held:
    etag: str
    value: Any  # the parsed answer: shared, never changed
    cost: int  # bytes on the wire plus the entry's overhead


class _RedactTokens(logging.Filter):
    """Scrubs the token from httpx/httpcore log records (httpx logs every request URL)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message, *self.secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_REDACTOR = _RedactTokens()
for _name in ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2"):
    logging.getLogger(_name).addFilter(_REDACTOR)

STAFF_HEADER: Final = "X-Kiosk-Staff-Token"
# A staff search's query string holds what staff typed: part of a name or an address.
_SEARCH_QUERY = re.compile(r"(/attendees/*)\?[^\s\"']*")


class _RedactSearchText(logging.Filter):
    """Keeps the text of staff attendee searches out of httpx's log of every request URL."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _SEARCH_QUERY.sub(r"\1?***", message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


logging.getLogger("httpx").addFilter(_RedactSearchText())


def normalise_endpoint(endpoint: str) -> str:
    """The base URL with one trailing slash, or ConfigurationError saying what is wrong.

    Accepts both forms of contract §1: ``.../EvtMgmt/api/v2.0/`` and
    ``.../api/v1.0/orgs/<org id>/eventmanagement/`` (trailing slash optional).
    """
    text = endpoint.strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError("The endpoint is not a valid URL.") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("The endpoint must be an http:// or https:// URL with a host.")
    if url.query:
        raise ConfigurationError(
            "The endpoint must not carry a query string; give the token separately."
        )
    if not any(form.search(url.path) for form in _BASE_FORMS):
        raise ConfigurationError(
            "The endpoint must end in /EvtMgmt/api/v2.0/ or "
            "/api/v1.0/orgs/<org id>/eventmanagement/ (copy it from the web application "
            "record in Dynamics)."
        )
    return str(url.copy_with(path=url.path.rstrip("/") + "/", fragment=None))


def normalise_origin(origin: str) -> str:
    """``scheme://host[:port]`` without a trailing slash, as the web application stores it."""
    text = origin.strip().rstrip("/")
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError("The origin is not a valid URL.") from None
    if url.scheme not in ("http", "https") or not url.host or url.path not in ("", "/"):
        raise ConfigurationError(
            "The origin must look like https://kiosk.example.org (scheme, host and optional "
            "port, no path)."
        )
    if url.query or url.fragment:
        raise ConfigurationError("The origin must not carry a query string or fragment.")
    return text


def parse_retry_after(value: str | None, now: Callable[[], datetime] | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # "nan" parses as a float but is no delay (time.sleep would raise on it).
        return None if math.isnan(seconds) else max(seconds, 0.0)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now() if now else datetime.now(UTC)
    return max((when - current).total_seconds(), 0.0)


_ITEM_IDS: Final = ("readable_event_id", "id", "pass_id", "custom_registration_field_id")


def _item_key(item: object) -> str | None:
    for name in _ITEM_IDS:
        value = getattr(item, name, None)
        if isinstance(value, str) and value:
            return value
    return None


def _unchanged_reused(previous: tuple[M, ...], items: list[M]) -> tuple[M, ...]:
    """``items``, each equal to one of the list held before replaced by that object.

    A changed list (one count moved among 5,000 events) is parsed whole; its unchanged
    items then stay the objects callers already hold, so the old and the new answer are
    not both kept (18 MB at 5,000 events) and screens find them identical (``is``)."""
    if not previous:
        return tuple(items)
    by_key = {key: item for item in previous if (key := _item_key(item)) is not None}
    kept: list[M] = []
    for index, item in enumerate(items):
        key = _item_key(item)
        old = by_key.get(key) if key is not None else (
            previous[index] if index < len(previous) else None
        )
        kept.append(old if old is not None and (old is item or old == item) else item)
    return tuple(kept)


def _undecodable() -> InvalidResponseError:
    # A corrupt Content-Encoding (say, a gateway's broken gzip): httpx raises DecodingError,
    # which is neither a timeout nor a transport error, and must not escape untyped.
    return InvalidResponseError("the body could not be decoded (Content-Encoding)")


def _segment(value: str) -> str:
    """A path segment, escaped so a readable id or GUID can never change the path."""
    if not value or not value.strip():
        raise NotFoundError("An empty id was given; nothing can be looked up by it.")
    if value in (".", ".."):
        # quote() leaves dots alone and URL normalisation would resolve these segments,
        # turning events/.. into the base URL itself.
        return value.replace(".", "%2E")
    return quote(value, safe="")


class EventsApiClient:
    """Typed access to every events API endpoint the kiosk needs.

    ``sleep`` and ``transport`` exist so tests can observe backoff without waiting and
    so a caller can route through a proxy; production code leaves them alone.
    """

    def __init__(
        self,
        endpoint: str,
        token: str,
        origin: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        get_attempts: int = 3,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        max_retry_after: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        etag_cache_size: int = 65_536,
        etag_cache_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        if not token or not token.strip():
            raise ConfigurationError("The application token is empty.")
        self.base_url = normalise_endpoint(endpoint)
        self.origin = normalise_origin(origin)
        self._token = token.strip()
        _REDACTOR.secrets.add(self._token)
        self._get_attempts = max(1, get_attempts)
        self._backoff_base = backoff_base
        self._backoff_cap = backoff_cap
        self._max_retry_after = max_retry_after
        self._sleep = sleep
        # The local server answers ETags; a 304 hands back what the 200 gave, as parsed.
        # Bounded by the answers' size, not their number: a refresh of 1,000 cards touches
        # 2,000 tiny answers, and a count of them evicted its own first answers (no 304).
        self._etags: OrderedDict[str, _Held] = OrderedDict()
        self._etag_lock = threading.Lock()
        self._etag_bytes = 0
        self._etag_cache_size = max(0, etag_cache_size)
        self._etag_cache_bytes = etag_cache_bytes
        self._http = httpx.Client(
            base_url=self.base_url,
            params={TOKEN_PARAM: self._token},
            headers={"Origin": self.origin, "Accept": "application/json", "User-Agent": USER_AGENT},
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            transport=transport,
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"EventsApiClient(base_url={self.base_url!r}, origin={self.origin!r}, token='***')"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EventsApiClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ events

    def published_events(self) -> list[PublishedEvent]:
        """Published events; from the local server each with its registration count and
        whether it has passes (``PublishedEvent``; None from Dynamics)."""
        return self._get_items("events/published", PublishedEvent, "events")

    def event(self, readable_event_id: str) -> Event:
        path = self._event_path(readable_event_id)
        return self._get_parsed(path, lambda data: parse_object(Event, data, "event"))

    def passes(self, readable_event_id: str) -> list[Pass]:
        return self._get_list(readable_event_id, "passes", Pass)

    def sessions(self, readable_event_id: str) -> list[Session]:
        return self._get_list(readable_event_id, "sessions", Session)

    def tracks(self, readable_event_id: str) -> list[SessionTrack]:
        return self._get_list(readable_event_id, "tracks", SessionTrack)

    def speakers(self, readable_event_id: str) -> list[Speaker]:
        return self._get_list(readable_event_id, "speakers", Speaker)

    def sponsorships(self, readable_event_id: str) -> list[Sponsorship]:
        return self._get_list(readable_event_id, "sponsorships", Sponsorship)

    def custom_registration_fields(self, readable_event_id: str) -> list[CustomRegistrationField]:
        return self._get_list(
            readable_event_id, "custom-registration-fields", CustomRegistrationField
        )

    def captcha(self, readable_event_id: str) -> Captcha:
        path = f"{self._event_path(readable_event_id)}/captcha"
        return self._get_parsed(path, lambda data: parse_object(Captcha, data, "captcha"))

    def event_registration_count(self, readable_event_id: str) -> int:
        path = f"{self._event_path(readable_event_id)}/registrations/count"
        return self._get_parsed(path, lambda data: parse_count(data, "event registration count"))

    # ------------------------------------------------------------------ sessions and tracks

    def session(self, session_id: str) -> Session:
        path = f"sessions/{_segment(session_id)}"
        return self._get_parsed(path, lambda data: parse_object(Session, data, "session"))

    def session_registration_count(self, session_id: str) -> int:
        path = f"sessions/{_segment(session_id)}/registrations/count"
        return self._get_parsed(
            path, lambda data: parse_count(data, "session registration count")
        )

    def track_sessions(self, track_id: str) -> list[Session]:
        return self._get_items(f"tracks/{_segment(track_id)}/sessions", Session, "sessions")

    # ------------------------------------------------------------------ images

    def sponsorship_logo(self, sponsorship_id: str) -> bytes:
        return self._get_image(f"sponsorships/{_segment(sponsorship_id)}/logo")

    def speaker_image(self, speaker_id: str) -> bytes:
        return self._get_image(f"speakers/{_segment(speaker_id)}/image")

    def event_qr_code(self, readable_event_id: str) -> bytes:
        return self._get_image(f"{self._event_path(readable_event_id)}/qrcode")

    # ------------------------------------------------------------------ writes (never retried)

    def register(
        self,
        readable_event_id: str,
        registration: RegistrationData,
        *,
        idempotency_key: str | None = None,
    ) -> RegistrationResult:
        """Submit attendees. A non-success ``status`` is returned, not raised."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        path = f"{self._event_path(readable_event_id)}/registrations"
        data = self._post_json(path, registration.to_wire(), headers=headers)
        return parse_object(RegistrationResult, data, "registration result")

    def finalize(
        self, readable_event_id: str, request: FinalizeRegistrationRequest
    ) -> RegistrationResult:
        path = f"{self._event_path(readable_event_id)}/registrations/finalize"
        data = self._post_json(path, request.to_wire())
        return parse_object(RegistrationResult, data, "registration result")

    def check_in(
        self, request: CheckInRequest, *, idempotency_key: str | None = None
    ) -> CheckInResult:
        """Record a check-in. Unknown and already-used codes come back as a result."""
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        data = self._post_json(
            "checkins", request.to_wire(), headers=headers, result_statuses=(404, 409)
        )
        return parse_object(CheckInResult, data, "check-in result")

    # ------------------------------------------------------------------ staff (local server only)
    #
    # Extensions of the local events server behind the staff token (docs/local-server.md,
    # "Staff extensions"). A Dynamics tenant has none of them: NotFoundError. A refused
    # staff token is a TokenRejectedError whose message names the staff token.

    def search_attendees(
        self, readable_event_id: str, query: str, staff_token: str
    ) -> list[AttendeeHit]:
        """Up to 20 attendees whose first name, last name or e-mail starts with ``query``."""
        path = f"{self._event_path(readable_event_id)}/attendees"
        data = self._staff_get(path, staff_token, {"q": query})
        return parse_list(AttendeeHit, data, "attendee hits")

    def attendee(
        self, readable_event_id: str, registration_id: str, staff_token: str
    ) -> AttendeeRecord:
        """The full registration, for staff who opened one search hit."""
        path = f"{self._event_path(readable_event_id)}/attendees/{_segment(registration_id)}"
        return parse_object(AttendeeRecord, self._staff_get(path, staff_token), "attendee")

    def checkin_list(
        self, readable_event_id: str, staff_token: str, since: str | None = None
    ) -> CheckInList:
        """The offline check-in list; with ``since`` (an earlier list's ``cursor``) only the
        entries changed after it. A BadRequestError for ``since`` means: fetch it whole."""
        path = f"{self._event_path(readable_event_id)}/checkin-list"
        data = self._staff_get(path, staff_token, {"since": since} if since else None)
        return parse_object(CheckInList, data, "check-in list")

    def _staff_get(
        self, path: str, staff_token: str, params: dict[str, str] | None = None
    ) -> Any:
        token = staff_token.strip()
        if not token:
            raise ConfigurationError("The staff token is empty.")
        _REDACTOR.secrets.add(token)
        response = self._send_get(path, {STAFF_HEADER: token}, params)
        challenge = response.headers.get("WWW-Authenticate", "")
        if response.status_code in (401, 403) and challenge.lower().startswith("kioskstafftoken"):
            raise TokenRejectedError(
                "The events server refused the staff token. Check the staff token in the "
                "kiosk settings.",
                server_message=self._server_message(response),
                status_code=response.status_code,
            )
        return self._json_body(response)

    # ------------------------------------------------------------------ plumbing

    def _event_path(self, readable_event_id: str) -> str:
        return f"events/{_segment(readable_event_id)}"

    def _get_list(self, readable_event_id: str, resource: str, model: type[M]) -> list[M]:
        what = resource.replace("-", " ")
        path = f"{self._event_path(readable_event_id)}/{resource}"
        return self._get_items(path, model, what)

    def _get_items(self, path: str, model: type[M], what: str) -> list[M]:
        # A new list each call (a caller may sort or extend it); the models in it are the
        # held ones, shared by every caller until the answer changes: read, never change.
        with self._etag_lock:
            before = self._etags.get(path)
        previous = before.value if before is not None and isinstance(before.value, tuple) else ()

        def parse(data: Any) -> tuple[M, ...]:
            return _unchanged_reused(previous, parse_list(model, data, what))

        held: tuple[M, ...] = self._get_parsed(path, parse)
        return list(held)

    def _get_parsed(self, path: str, parse: Callable[[Any], T]) -> T:
        """GET ``path`` and ``parse`` its JSON, with ETag revalidation.

        What a 200 with an ETag gives is held with the ETag *as parsed*; a 304 hands back
        the very same object, so an unchanged answer is neither read nor parsed again.
        The value must therefore be immutable or treated as such by every caller (lists
        are handed out as tuples or copies; models are shared and must not be changed:
        ``model_copy(update=...)`` where a caller needs a variant).
        """
        with self._etag_lock:
            held = self._etags.get(path)
        headers = {"If-None-Match": held.etag} if held is not None else None
        response = self._send_get(path, headers)
        if response.status_code == 304 and held is not None:
            with self._etag_lock:
                if path in self._etags:
                    self._etags.move_to_end(path)
            return cast(T, held.value)
        value = parse(self._json_body(response))
        etag = response.headers.get("ETag")
        with self._etag_lock:
            self._drop(path)
            if etag:
                self._hold(path, _Held(etag, value, len(response.content) + _ENTRY_OVERHEAD))
        return value

    def _drop(self, path: str) -> None:
        old = self._etags.pop(path, None)
        if old is not None:
            self._etag_bytes -= old.cost

    def _hold(self, path: str, held: _Held) -> None:
        """Keep an answer; the least recently used go first, when the answers held weigh
        more than ``etag_cache_bytes`` (their size on the wire) or number more than
        ``etag_cache_size``. The newest is always kept."""
        self._etags[path] = held
        self._etag_bytes += held.cost
        while len(self._etags) > 1 and (
            self._etag_bytes > self._etag_cache_bytes or len(self._etags) > self._etag_cache_size
        ):
            _, oldest = self._etags.popitem(last=False)
            self._etag_bytes -= oldest.cost
        if len(self._etags) > self._etag_cache_size:  # a size of 0: hold nothing
            self._drop(path)

    def etag_cache_usage(self) -> tuple[int, int]:
        """(answers held, their size on the wire in bytes): for benchmarks and logs."""
        with self._etag_lock:
            return len(self._etags), self._etag_bytes

    def _get_image(self, path: str) -> bytes:
        response = self._send_get(path, {"Accept": "image/*"})
        self._raise_for_status(response)
        content_type = response.headers.get("Content-Type", "")
        if not content_type.lower().startswith("image/") or not response.content:
            raise InvalidResponseError(
                f"expected an image, got {content_type or 'no content type'}",
                status_code=response.status_code,
            )
        return response.content

    def _send_get(
        self, path: str, headers: dict[str, str] | None, params: dict[str, str] | None = None
    ) -> httpx.Response:
        """GET with retries on connection failures, 429 and 5xx.

        ``params`` join the token in the query (httpx drops a query written into ``path``).
        """
        for attempt in range(1, self._get_attempts + 1):
            delay: float | None = None
            try:
                response = self._http.get(path, headers=headers, params=params)
            except httpx.ReadTimeout:
                # The server took the request and stalled: waiting again is rarely better.
                raise self._transport_error(path, "read timeout", ApiTimeoutError) from None
            except httpx.TimeoutException as exc:
                error: ApiError = self._transport_error(path, exc, ApiTimeoutError)
            except httpx.TransportError as exc:
                error = self._transport_error(path, exc, ApiUnreachableError)
            except httpx.DecodingError:
                raise _undecodable() from None
            else:
                if response.status_code != 429 and response.status_code < 500:
                    return response
                error = self._status_error(response)
                delay = getattr(error, "retry_after", None)
                if delay is not None and delay > self._max_retry_after:
                    raise error
            if attempt == self._get_attempts:
                raise error
            if delay is None:
                delay = self._backoff(attempt)
            log.info(
                "GET %s failed (%s); retry %d/%d in %.2fs",
                path, error.kind, attempt, self._get_attempts - 1, delay,
            )
            self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover - the loop always returns or raises

    def _post_json(
        self,
        path: str,
        body: dict[str, Any],
        *,
        headers: dict[str, str] | None = None,
        result_statuses: tuple[int, ...] = (),
    ) -> Any:
        try:
            response = self._http.post(path, json=body, headers=headers)
        except httpx.TimeoutException as exc:
            raise self._transport_error(path, exc, ApiTimeoutError) from None
        except httpx.TransportError as exc:
            raise self._transport_error(path, exc, ApiUnreachableError) from None
        except httpx.DecodingError:
            raise _undecodable() from None
        if response.status_code in result_statuses:
            try:
                data = response.json()
            except ValueError:
                data = None
            # Only an answer that says what happened is a result; a bare error body (an API
            # without this endpoint answers 404 {"Message": ...}) stays an error.
            if isinstance(data, dict) and data.get("status"):
                return data
        return self._json_body(response)

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self._backoff_cap, self._backoff_base * 2.0 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _json_body(self, response: httpx.Response) -> Any:
        self._raise_for_status(response)
        if not response.content:
            raise InvalidResponseError("the body was empty", status_code=response.status_code)
        try:
            return response.json()
        except ValueError:
            kind = response.headers.get("Content-Type", "no content type")
            raise InvalidResponseError(
                f"the body was not JSON ({kind})", status_code=response.status_code
            ) from None

    def _raise_for_status(self, response: httpx.Response) -> None:
        if 200 <= response.status_code < 300 or response.status_code == 304:
            return
        raise self._status_error(response)

    def _status_error(self, response: httpx.Response) -> ApiError:
        status = response.status_code
        server_message = self._server_message(response)
        if status == 408:
            # A gateway gave up waiting for the request: a timeout, not a bad request.
            return ApiTimeoutError(server_message=server_message, status_code=status)
        if status == 401:
            return TokenRejectedError(server_message=server_message, status_code=status)
        if status == 403:
            return OriginRejectedError(server_message=server_message, status_code=status)
        if status == 404:
            return NotFoundError(server_message=server_message, status_code=status)
        if status == 429:
            return RateLimitedError(
                server_message=server_message,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if status >= 500:
            return ServerError(
                server_message=server_message,
                status_code=status,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if 300 <= status < 400:
            where = redact(response.headers.get("Location", "elsewhere"), self._token)
            return InvalidResponseError(
                f"the API redirected to {where}; a captive portal or a wrong endpoint?",
                status_code=status,
            )
        return BadRequestError(server_message=server_message, status_code=status)

    def _server_message(self, response: httpx.Response) -> str | None:
        try:
            data = response.json()
        except ValueError:
            return None
        if isinstance(data, dict):
            try:
                body = ErrorBody.model_validate(data)
            except ValidationError:  # {"Message": 42}: still the typed error, no text
                body = ErrorBody()
            message = body.Message or data.get("message") or data.get("errorMessage")
            if isinstance(message, str) and message.strip():
                return redact(message.strip()[:500], self._token)
        return None

    def _transport_error(
        self, path: str, cause: BaseException | str, error_type: type[ApiError]
    ) -> ApiError:
        detail = cause if isinstance(cause, str) else (str(cause) or type(cause).__name__)
        log.debug("%s %s: %s", error_type.kind, path, redact(detail, self._token))
        return error_type()
