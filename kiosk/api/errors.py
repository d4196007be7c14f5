"""One typed error for each way a call to the events API can fail.

Every error carries a message a staff member can act on. The server's own ``Message``
(when it sent one) is kept in ``server_message``. No message ever contains the token:
URLs are redacted before they are stored anywhere (see :func:`redact`).
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus, unquote

_TOKEN_NAME = "emapplicationtoken"  # the query parameter, matched case-insensitively
_MARKER = "***"

# "=" as written at each escaping depth: in a URL, in a URL escaped inside another URL (a
# captive portal's ``next=``), escaped twice. Depth n also has its own "&": "&", "%26",
# "%2526"; a value at depth n ends at any "&" of depth n or less (a deeper one belongs to
# the value: "%26" in a plain URL is an escaped "&" of the token itself).
_EQUALS = re.compile(r"=|%3D|%253D", re.IGNORECASE)
_DEPTH = {"=": 0, "%3d": 1, "%253d": 2}
_VALUE_END = (
    re.compile(r"[&\s\"']"),
    re.compile(r"[&\s\"']|%26", re.IGNORECASE),
    re.compile(r"[&\s\"']|%26|%2526", re.IGNORECASE),
)
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%+-._~")
_NAME_LOOKBACK = 200  # the name's longest spelling: 18 characters, each escaped thrice
_NAME_SEPARATORS = re.compile(r"[&?=;/\s]")


def _names_token(raw: str) -> bool:
    """Whether the text before an "=" names the token parameter once unescaped.

    Unescaped as often as it takes (``emApplication%74oken``, ``%2565m...``) and compared
    case-insensitively, as the server's parse_qsl does; the name may end a longer run
    (``next%3D%2Fx%3FemApplicationtoken``), and anything ending in the name counts.
    """
    for _ in range(4):
        decoded = unquote(raw.replace("+", " "))
        if decoded == raw:
            break
        raw = decoded
    name = _NAME_SEPARATORS.split(raw)[-1]
    return name.lower().endswith(_TOKEN_NAME) or name.casefold().endswith(_TOKEN_NAME)


def _token_values(text: str) -> list[tuple[int, int]]:
    """Spans of every token parameter's raw value in ``text`` (URLs, log lines, escaped URLs)."""
    spans: list[tuple[int, int]] = []
    for equals in _EQUALS.finditer(text):
        if spans and equals.start() < spans[-1][1]:
            continue  # inside a value already found
        start = equals.start()
        lowest = max(0, start - _NAME_LOOKBACK)
        while start > lowest and text[start - 1] in _NAME_CHARS:
            start -= 1
        if start == equals.start() or not _names_token(text[start:equals.start()]):
            continue
        end = _VALUE_END[_DEPTH[equals.group(0).lower()]].search(text, equals.end())
        spans.append((equals.end(), end.start() if end else len(text)))
    return spans


def _spellings(secret: str) -> list[str]:
    """The secret as it may appear in text: raw, URL-escaped, or escaped twice (a redirect's
    ``next=`` parameter carrying our URL). Longest first, so no fragment is left behind."""
    once = {quote(secret, safe=""), quote(secret), quote_plus(secret)}
    twice = {quote(form, safe=safe) for form in once for safe in ("", "/")}
    return sorted({secret} | once | twice, key=len, reverse=True)


def redact(text: str, *secrets: str) -> str:
    """Remove the application token from ``text``: the query parameter and any known value.

    Every parameter whose name, unescaped, is ``emApplicationtoken`` (any case, any
    escaping) has its whole raw value replaced by ``***``, up to the next "&" (raw, or
    escaped as deep as its "="), whitespace or quote, so a value holding ``%26`` is not
    cut short. Each of ``secrets`` is removed wherever it appears, raw or escaped.
    """
    for secret in secrets:
        if secret:
            for form in _spellings(secret):
                text = text.replace(form, _MARKER)
    for start, end in reversed(_token_values(text)):
        text = text[:start] + _MARKER + text[end:]
    return text


class ApiError(Exception):
    """Base of every events API failure.

    ``kind`` is a short stable label (for logs and ``kiosk check``); ``transient`` says
    whether trying again later may succeed (the outbox keeps such submissions queued).
    """

    kind = "error"
    transient = False
    default_message = "The events API call failed."

    def __init__(
        self,
        message: str | None = None,
        *,
        server_message: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.server_message = server_message
        self.status_code = status_code
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.server_message and self.server_message not in self.message:
            return f"{self.message} The server said: {self.server_message}"
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status_code={self.status_code!r})"


class ApiUnreachableError(ApiError):
    kind = "unreachable"
    transient = True
    default_message = (
        "The events API could not be reached. Check the network connection and the "
        "endpoint URL in the kiosk settings."
    )


class ApiTimeoutError(ApiError):
    kind = "timeout"
    transient = True
    default_message = (
        "The events API did not answer in time. The network or the service may be slow; "
        "the kiosk will try again."
    )


class BadRequestError(ApiError):
    """400 and any other 4xx the contract does not name (405, 409, 413, 422...)."""

    kind = "bad request"
    default_message = (
        "The events API refused the request as malformed. Check that the token and the "
        "Origin are set, and that the kiosk and the API versions match."
    )


class TokenRejectedError(ApiError):
    kind = "token rejected"
    default_message = (
        "The API rejected the application token. Check the token in the kiosk settings."
    )


class OriginRejectedError(ApiError):
    kind = "origin rejected"
    default_message = (
        "The API rejected this kiosk's Origin. Check that the origin in the kiosk settings "
        "is the one registered on the web application."
    )


class NotFoundError(ApiError):
    kind = "not found"
    default_message = (
        "The events API does not know this resource. Check the event's readable id, and "
        "that the endpoint URL ends in /EvtMgmt/api/v2.0/ or /eventmanagement/."
    )


class RateLimitedError(ApiError):
    kind = "rate limited"
    transient = True
    default_message = "The events API is busy (too many requests). The kiosk will try again."

    def __init__(
        self,
        message: str | None = None,
        *,
        server_message: str | None = None,
        status_code: int | None = 429,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, server_message=server_message, status_code=status_code)
        self.retry_after = retry_after


class ServerError(ApiError):
    kind = "server error"
    transient = True
    default_message = "The events API had an internal error. The kiosk will try again."

    def __init__(
        self,
        message: str | None = None,
        *,
        server_message: str | None = None,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, server_message=server_message, status_code=status_code)
        self.retry_after = retry_after


class InvalidResponseError(ApiError):
    """The answer was not JSON, or not in the contract's shape."""

    kind = "invalid response"
    default_message = (
        "The events API answered with something the kiosk cannot read. Check that the "
        "endpoint URL points at the events API."
    )

    def __init__(self, detail: str | None = None, *, status_code: int | None = None) -> None:
        message = self.default_message
        if detail:
            message = f"{message} ({detail})"
        super().__init__(message, status_code=status_code)
        self.detail = detail


class ConfigurationError(ValueError):
    """The kiosk's own settings are unusable (an endpoint URL of neither form, say)."""
