"""The application token never shows: not in logs, errors, tracebacks or the client's repr."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import httpx
import pytest
from contract_fixtures import load
from scripted_server import (
    ORIGIN,
    V2_PREFIX,
    Reply,
    ScriptedServer,
    StalledListener,
    error_reply,
    free_port,
    json_reply,
)

from kiosk.api.client import TOKEN_PARAM, EventsApiClient
from kiosk.api.errors import ApiError, redact
from kiosk.api.models import (
    Attendee,
    CheckInRequest,
    FinalizeRegistrationRequest,
    RegistrationData,
)

EVENT_ID = "Fabrikam_Makers_Summit_2026"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)
TOKENS = ["tok-SECRET-1234", "tok SECRET/1234+=&x"]


def decodings(text: str) -> list[str]:
    """``text`` and its URL-unescaped readings (once and twice, %20 and + for spaces)."""
    out = [text]
    for unescape in (unquote, unquote_plus):
        once = unescape(text)
        out += [once, unescape(once)]
    return out


def captive_portal(token: str, safe: str = "/") -> Reply:
    """A captive portal sends the browser to its login page, our whole URL in ``next``."""
    ours = f"http://127.0.0.1{V2_PREFIX}events/published?{TOKEN_PARAM}={quote(token, safe=safe)}"
    next_url = quote(ours, safe=safe)
    return Reply(status=302, headers={"Location": f"http://portal.example/?next={next_url}&a=1"})


@pytest.fixture(params=TOKENS, ids=["plain", "needs-escaping"])
def token(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "kiosk"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.fixture
def clients(token: str) -> Iterator[Callable[..., EventsApiClient]]:
    made: list[EventsApiClient] = []

    def make(endpoint: str, **kwargs: Any) -> EventsApiClient:
        kwargs.setdefault("sleep", lambda _seconds: None)
        client = EventsApiClient(endpoint, token, ORIGIN, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def assert_nowhere(token: str, texts: list[str]) -> None:
    """Not the token, nor any escaped spelling of it."""
    for text in texts:
        for reading in decodings(text):
            assert token not in reading, text


def log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [record.getMessage() for record in caplog.records]
    texts += [record.exc_text or "" for record in caplog.records]
    texts.append(caplog.text)
    return texts


def error_texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    texts += [repr(value) for value in vars(error).values()]
    return texts


def script_everything(server: ScriptedServer) -> None:
    server.get("events/published", json_reply(load("mock_events_published"), ETag='"e1"'))
    server.get(f"events/{EVENT_ID}", json_reply(load("a1_event")))
    server.get(f"events/{EVENT_ID}/sessions", json_reply([load("a2_session")]))
    server.get(f"events/{EVENT_ID}/registrations/count", json_reply(118))
    server.get(f"events/{EVENT_ID}/qrcode", Reply(body=PNG, headers={"Content-Type": "image/png"}))
    success = load("a4_registration_results")["success"]
    server.post(f"events/{EVENT_ID}/registrations", json_reply(success))
    server.post(f"events/{EVENT_ID}/registrations/finalize", json_reply(success))
    server.post("checkins", json_reply({"status": "CheckedIn"}))


def test_successful_calls_log_no_token(
    server: ScriptedServer,
    clients: Callable[..., EventsApiClient],
    debug_logs: pytest.LogCaptureFixture,
    token: str,
) -> None:
    script_everything(server)
    client = clients(server.v2_base)
    client.published_events()
    client.published_events()  # ETag revalidation
    client.event(EVENT_ID)
    client.sessions(EVENT_ID)
    client.event_registration_count(EVENT_ID)
    client.event_qr_code(EVENT_ID)
    registration = RegistrationData(attendees=[Attendee(first_name="A", email="a@example.org")])
    client.register(EVENT_ID, registration, idempotency_key="k1")
    client.finalize(EVENT_ID, FinalizeRegistrationRequest(purchase_id="p"))
    client.check_in(CheckInRequest(check_in_code="K"))

    # The token did travel (so the test means something)...
    assert all(r.query[TOKEN_PARAM] == [token] for r in server.requests)
    # ...and httpx did log every URL, redacted.
    request_lines = [
        r.getMessage() for r in debug_logs.records if r.getMessage().startswith("HTTP Request")
    ]
    assert len(request_lines) == len(server.requests)
    assert all(f"{TOKEN_PARAM}=***" in line for line in request_lines)
    assert any(r.name.startswith("httpcore") for r in debug_logs.records)
    assert_nowhere(token, log_texts(debug_logs))
    assert_nowhere(token, [repr(client), str(client)])


FAILURES: list[tuple[str, Callable[[str], Reply]]] = [
    ("400", lambda t: error_reply(400, "Missing Origin header")),
    # A server that echoes the token back in its message or its redirect.
    ("401-echo", lambda t: error_reply(401, f"Token '{t}' is not valid")),
    ("403", lambda t: error_reply(403, "Origin not allowed")),
    ("404", lambda t: error_reply(404, f"No event; you called with {TOKEN_PARAM}={t}")),
    ("429", lambda t: error_reply(429, "Slow down", **{"Retry-After": "1"})),
    ("500", lambda t: error_reply(500, f"Stack: token={t}")),
    ("503", lambda t: error_reply(503)),
    ("302", lambda t: Reply(status=302, headers={"Location": f"/login?{TOKEN_PARAM}={quote(t)}"})),
    ("302-raw", lambda t: Reply(status=302, headers={"Location": f"https://x.example/{quote(t)}"})),
    ("302-captive", captive_portal),
    ("302-captive-strict", lambda t: captive_portal(t, safe="")),
    ("html", lambda t: Reply(body=f"<html>{t}</html>", headers={"Content-Type": "text/html"})),
    ("shape", lambda t: json_reply([{"token": t}, t])),
    ("dropped", lambda t: Reply(abort=True)),
    ("timeout", lambda t: Reply(json=[], delay=1.0)),
]


@pytest.mark.parametrize("reply", [f[1] for f in FAILURES], ids=[f[0] for f in FAILURES])
def test_failing_calls_and_retries_show_no_token(
    server: ScriptedServer,
    clients: Callable[..., EventsApiClient],
    debug_logs: pytest.LogCaptureFixture,
    token: str,
    reply: Callable[[str], Reply],
) -> None:
    server.get("events/published", reply(token))
    server.post(f"events/{EVENT_ID}/registrations", reply(token))
    server.get(f"events/{EVENT_ID}/qrcode", reply(token))
    client = clients(server.v2_base, read_timeout=0.2)
    registration = RegistrationData(attendees=[Attendee(first_name="A", email="a@example.org")])

    errors: list[ApiError] = []
    for call in (
        client.published_events,
        lambda: client.register(EVENT_ID, registration),
        lambda: client.event_qr_code(EVENT_ID),
    ):
        with pytest.raises(ApiError) as caught:
            call()
        errors.append(caught.value)

    for error in errors:
        assert_nowhere(token, error_texts(error))
    assert_nowhere(token, log_texts(debug_logs))
    assert_nowhere(token, [repr(client)])


@pytest.mark.parametrize("where", ["refused", "stalled"])
def test_transport_failures_and_their_retries_show_no_token(
    clients: Callable[..., EventsApiClient],
    debug_logs: pytest.LogCaptureFixture,
    token: str,
    where: str,
) -> None:
    with StalledListener() as stalled:
        port = free_port() if where == "refused" else stalled.port
        client = clients(f"http://127.0.0.1:{port}{V2_PREFIX}", connect_timeout=0.2)
        with pytest.raises(ApiError) as caught:
            client.published_events()
    assert caught.value.kind == ("unreachable" if where == "refused" else "timeout")
    retry_lines = [r.getMessage() for r in debug_logs.records if "retry" in r.getMessage()]
    assert len(retry_lines) == 2
    assert_nowhere(token, error_texts(caught.value))
    assert_nowhere(token, log_texts(debug_logs))


@pytest.mark.parametrize("secret", [*TOKENS, "abc+def/ghi==", "Zürich-Ω-token"])
def test_redact_removes_every_spelling_of_the_token(secret: str) -> None:
    ours = str(httpx.URL(f"http://h{V2_PREFIX}events/published", params={TOKEN_PARAM: secret}))
    texts = [
        f"token is {secret}!",
        ours,
        f"http://portal.example/?next={quote(ours, safe='')}&lang=en",
        f"http://portal.example/?next={quote(ours)}&lang=en",
        f"http://portal.example/?next={quote(quote(ours, safe=''), safe='')}",
        f"Location: https://x.example/{quote(secret)}/{quote_plus(secret)}",
    ]
    for text in texts:
        cleaned = redact(text, secret)
        assert_nowhere(secret, [cleaned])
        assert "***" in cleaned
    # Text around the token survives.
    assert redact(f"{ours}&b=1", secret).endswith(f"{TOKEN_PARAM}=***&b=1")


def test_redact_removes_an_unknown_token_from_urls() -> None:
    assert redact("GET /x?emApplicationtoken=abc&y=1#f") == "GET /x?emApplicationtoken=***&y=1#f"
    assert redact("next=%2Fx%3FemApplicationtoken%3Dabc%26y%3D1") == (
        "next=%2Fx%3FemApplicationtoken%3D***%26y%3D1"
    )
    assert redact("EMAPPLICATIONTOKEN=abc") == "EMAPPLICATIONTOKEN=***"
    assert redact("nothing to hide") == "nothing to hide"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name as the server reads it: unescaped, any case.
        ('"GET /p?emApplication%74oken=SECRET HTTP/1.1" 200',
         '"GET /p?emApplication%74oken=*** HTTP/1.1" 200'),
        ("/p?%65%6D%41PPLICATIONTOKEN=SECRET&x=1", "/p?%65%6D%41PPLICATIONTOKEN=***&x=1"),
        # The whole raw value, up to the next raw "&": an escaped "&" is part of it.
        ("/p?a=1&emApplicationtoken=tok%26SECRET%3Dx&b=2", "/p?a=1&emApplicationtoken=***&b=2"),
        ("/p?emApplicationtoken=tok%26SECRET", "/p?emApplicationtoken=***"),
        # Inside an escaped URL the name may be escaped too, and the value ends at its "&".
        ("next=%2Fp%3FemApplication%2574oken%3DSECRET%2526more%26y%3D1",
         "next=%2Fp%3FemApplication%2574oken%3D***%26y%3D1"),
    ],
)
def test_redact_reads_names_and_values_as_the_server_does(text: str, expected: str) -> None:
    assert redact(text) == expected

