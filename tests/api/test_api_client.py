"""The events API client against a real HTTP server on a loopback port.

Every test scripts the server's answers and then checks what the client sent and what it
made of the answer. Nothing of httpx is mocked; ``sleep`` is recorded instead of slept.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from contract_fixtures import load
from hypothesis import given, settings
from hypothesis import strategies as st
from scripted_server import (
    ORIGIN,
    RTM_PREFIX,
    TOKEN,
    V2_PREFIX,
    RecordedRequest,
    Reply,
    ScriptedServer,
    StalledListener,
    error_reply,
    free_port,
    json_reply,
)

from kiosk.api.client import (
    TOKEN_PARAM,
    EventsApiClient,
    normalise_endpoint,
    normalise_origin,
    parse_retry_after,
)
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
)
from kiosk.api.models import (
    Attendee,
    Captcha,
    CheckInRequest,
    CheckInResult,
    CustomRegistrationField,
    Event,
    FinalizeRegistrationRequest,
    HipObject,
    Pass,
    PublishedEvent,
    RegistrationData,
    RegistrationResult,
    Session,
    SessionTrack,
    Speaker,
    Sponsorship,
)

EVENT_ID = "Fabrikam_Makers_Summit_2026"
SESSION_ID = "1eb23220-a565-4537-b17f-787dd198f2e5"
TRACK_ID = "1c2d3e4f-3c3e-e811-a95a-000d3a1be5ae"
SPONSORSHIP_ID = "2d3e4f5a-3c3e-e811-a95a-000d3a1be5ae"
SPEAKER_ID = "86cf6a53-a104-471e-9576-738a471e25d0"
PURCHASE_ID = "05e7d878-21da-4431-a011-9565d5e2d628"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(32))


def png_reply() -> Reply:
    return Reply(body=PNG, headers={"Content-Type": "image/png"})


def registration() -> RegistrationData:
    return RegistrationData(
        attendees=[Attendee(first_name="Lena", last_name="Vogt", email="lena.vogt@example.org")]
    )


def success() -> Reply:
    return json_reply(load("a4_registration_results")["success"])


def actionable(message: str) -> bool:
    """Staff can act on it: it says what to check, or that the kiosk will try again."""
    return "Check" in message or "try again" in message


Call = Callable[[EventsApiClient], Any]
MakeClient = Callable[..., EventsApiClient]  # the make_client fixture (tests/api/conftest.py)

# (method, path relative to the base, scripted answer, the call, the result's type)
CALLS: list[tuple[str, str, Callable[[], Reply], Call, type | tuple[type, ...]]] = [
    (
        "GET",
        "events/published",
        lambda: json_reply(load("mock_events_published")),
        lambda c: c.published_events(),
        list,
    ),
    (
        "GET",
        f"events/{EVENT_ID}",
        lambda: json_reply(load("a1_event")),
        lambda c: c.event(EVENT_ID),
        Event,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/passes",
        lambda: json_reply(load("passes")),
        lambda c: c.passes(EVENT_ID),
        list,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/sessions",
        lambda: json_reply([load("a2_session")]),
        lambda c: c.sessions(EVENT_ID),
        list,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/tracks",
        lambda: json_reply(load("mock_tracks")),
        lambda c: c.tracks(EVENT_ID),
        list,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/speakers",
        lambda: json_reply(load("mock_speakers")),
        lambda c: c.speakers(EVENT_ID),
        list,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/sponsorships",
        lambda: json_reply(load("sponsorships")),
        lambda c: c.sponsorships(EVENT_ID),
        list,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/custom-registration-fields",
        lambda: json_reply(load("custom_registration_fields")),
        lambda c: c.custom_registration_fields(EVENT_ID),
        list,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/captcha",
        lambda: json_reply(load("captcha")),
        lambda c: c.captcha(EVENT_ID),
        Captcha,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/registrations/count",
        lambda: json_reply(118),
        lambda c: c.event_registration_count(EVENT_ID),
        int,
    ),
    (
        "GET",
        f"sessions/{SESSION_ID}",
        lambda: json_reply(load("a2_session")),
        lambda c: c.session(SESSION_ID),
        Session,
    ),
    (
        "GET",
        f"sessions/{SESSION_ID}/registrations/count",
        lambda: json_reply(23),
        lambda c: c.session_registration_count(SESSION_ID),
        int,
    ),
    (
        "GET",
        f"tracks/{TRACK_ID}/sessions",
        lambda: json_reply(load("mock_sessions")),
        lambda c: c.track_sessions(TRACK_ID),
        list,
    ),
    (
        "GET",
        f"sponsorships/{SPONSORSHIP_ID}/logo",
        png_reply,
        lambda c: c.sponsorship_logo(SPONSORSHIP_ID),
        bytes,
    ),
    (
        "GET",
        f"speakers/{SPEAKER_ID}/image",
        png_reply,
        lambda c: c.speaker_image(SPEAKER_ID),
        bytes,
    ),
    (
        "GET",
        f"events/{EVENT_ID}/qrcode",
        png_reply,
        lambda c: c.event_qr_code(EVENT_ID),
        bytes,
    ),
    (
        "POST",
        f"events/{EVENT_ID}/registrations",
        success,
        lambda c: c.register(EVENT_ID, registration()),
        RegistrationResult,
    ),
    (
        "POST",
        f"events/{EVENT_ID}/registrations/finalize",
        success,
        lambda c: c.finalize(EVENT_ID, FinalizeRegistrationRequest(purchase_id=PURCHASE_ID)),
        RegistrationResult,
    ),
    (
        "POST",
        "checkins",
        lambda: json_reply({"status": "CheckedIn", "firstName": "Lena"}),
        lambda c: c.check_in(CheckInRequest(check_in_code="K-123")),
        CheckInResult,
    ),
]
CALL_IDS = [f"{method} {path}" for method, path, *_ in CALLS]
POSTS = [call for call in CALLS if call[0] == "POST"]
POST_IDS = [f"{method} {path}" for method, path, *_ in POSTS]


def assert_credentials(request: RecordedRequest) -> None:
    assert request.query == {TOKEN_PARAM: [TOKEN]}, request
    assert request.header("Origin") == ORIGIN, request


# --------------------------------------------------------------------------- paths


def run_one(
    server: ScriptedServer, client: EventsApiClient, call: Call
) -> tuple[Any, RecordedRequest]:
    """Run a call that makes exactly one request; return its result and that request."""
    before = len(server.requests)
    result = call(client)
    (request,) = server.requests[before:]
    return result, request


@pytest.mark.parametrize(
    ("form", "slash"),
    [("v2", True), ("v2", False), ("rtm", True), ("rtm", False)],
    ids=["v2.0/", "v2.0", "eventmanagement/", "eventmanagement"],
)
def test_both_base_url_forms_hit_the_right_paths(
    server: ScriptedServer, make_client: MakeClient, form: str, slash: bool
) -> None:
    prefix = V2_PREFIX if form == "v2" else RTM_PREFIX
    client = make_client(server.root + (prefix if slash else prefix.rstrip("/")))
    assert client.base_url == server.root + prefix

    for method, path, reply, call, result_type in CALLS:
        server.script(method, prefix + path, reply())
        result, request = run_one(server, client, call)
        assert isinstance(result, result_type), path
        assert request.method == method
        assert request.raw_path == prefix + path
        assert_credentials(request)


@pytest.mark.parametrize(("method", "path", "reply", "call", "result_type"), CALLS, ids=CALL_IDS)
def test_token_and_origin_on_every_request(
    server: ScriptedServer,
    client: EventsApiClient,
    method: str,
    path: str,
    reply: Callable[[], Reply],
    call: Call,
    result_type: type,
) -> None:
    server.script(method, path, reply())
    result, request = run_one(server, client, call)
    assert isinstance(result, result_type)
    assert_credentials(request)
    assert (
        request.header(
            "User-Agent",
        )
        is not None
    )
    if path.endswith(("logo", "image", "qrcode")):
        assert request.header("Accept") == "image/*"
        assert result == PNG
    else:
        assert request.header("Accept") == "application/json"
    if method == "POST":
        assert request.header("Content-Type") == "application/json"
        assert isinstance(request.json, dict)
    else:
        assert request.body == b""


def test_results_are_parsed_from_the_contract_shapes(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    for method, path, reply, _, _ in CALLS:
        server.script(method, path, reply())
    events = client.published_events()
    assert [type(e) for e in events] == [PublishedEvent, PublishedEvent]
    assert all(isinstance(e, Event) for e in events)
    # Dynamics sends no published-list extension: neither is guessed.
    assert [(e.registration_count, e.has_passes) for e in events] == [(None, None)] * 2
    assert events[0].readable_event_id == "Contoso_Ltd_Conference"
    assert client.event(EVENT_ID).building is not None
    assert [type(p) for p in client.passes(EVENT_ID)] == [Pass]
    assert client.sessions(EVENT_ID)[0].registration_count == 23
    assert [type(t) for t in client.tracks(EVENT_ID)] == [SessionTrack]
    assert [type(s) for s in client.speakers(EVENT_ID)] == [Speaker, Speaker]
    assert [type(s) for s in client.sponsorships(EVENT_ID)] == [Sponsorship, Sponsorship]
    fields = client.custom_registration_fields(EVENT_ID)
    assert [type(f) for f in fields] == [CustomRegistrationField] * 4
    assert client.captcha(EVENT_ID).flow_id == "flow-42"
    assert client.event_registration_count(EVENT_ID) == 118
    assert client.session(SESSION_ID).name.startswith("Soldering Lab")
    assert client.session_registration_count(SESSION_ID) == 23
    assert client.track_sessions(TRACK_ID)[0].name == "Opening keynote"
    assert client.register(EVENT_ID, registration()).succeeded
    assert client.check_in(CheckInRequest(check_in_code="K-123")).checked_in


@pytest.mark.parametrize(
    ("readable_id", "escaped"),
    [
        ("Spring Fair/2026", "Spring%20Fair%2F2026"),
        ("a?b#c&d=e", "a%3Fb%23c%26d%3De"),
        ("Zürich Tag", "Z%C3%BCrich%20Tag"),
        ("100%", "100%25"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a/../b", "a%2F..%2Fb"),
    ],
)
def test_readable_ids_are_escaped_into_one_segment(
    server: ScriptedServer, client: EventsApiClient, readable_id: str, escaped: str
) -> None:
    server.get(f"events/{readable_id}", json_reply(load("a1_event")))
    server.get(f"events/{readable_id}/sessions", json_reply([]))

    _, request = run_one(server, client, lambda c: c.event(readable_id))
    assert request.raw_path == f"{V2_PREFIX}events/{escaped}"
    assert_credentials(request)  # a "?" or "&" in the id never reaches the query

    _, request = run_one(server, client, lambda c: c.sessions(readable_id))
    assert request.raw_path == f"{V2_PREFIX}events/{escaped}/sessions"


def test_guids_with_slashes_are_escaped_too(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.get("sessions/a/b", json_reply(load("a2_session")))
    _, request = run_one(server, client, lambda c: c.session("a/b"))
    assert request.raw_path == f"{V2_PREFIX}sessions/a%2Fb"


@pytest.mark.parametrize("blank", ["", "   "])
def test_an_empty_id_is_not_found_without_a_request(
    server: ScriptedServer, client: EventsApiClient, blank: str
) -> None:
    with pytest.raises(NotFoundError, match="empty id"):
        client.event(blank)
    with pytest.raises(NotFoundError):
        client.session_registration_count(blank)
    assert server.requests == []


# --------------------------------------------------------------------------- status codes

STATUS_ERRORS = [
    (400, BadRequestError, "bad request"),
    (401, TokenRejectedError, "token rejected"),
    (403, OriginRejectedError, "origin rejected"),
    (404, NotFoundError, "not found"),
    (405, BadRequestError, "bad request"),
    (409, BadRequestError, "bad request"),
    (422, BadRequestError, "bad request"),
    (429, RateLimitedError, "rate limited"),
    (500, ServerError, "server error"),
    (502, ServerError, "server error"),
    (503, ServerError, "server error"),
]


@pytest.mark.parametrize(("status", "error_type", "kind"), STATUS_ERRORS)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_every_status_maps_to_its_error_and_keeps_the_server_message(
    server: ScriptedServer,
    make_client: MakeClient,
    status: int,
    error_type: type[ApiError],
    kind: str,
    method: str,
) -> None:
    said = f"Computer says no ({status})."
    if method == "GET":
        server.get(f"events/{EVENT_ID}", error_reply(status, said))
        call: Call = lambda c: c.event(EVENT_ID)  # noqa: E731
    else:
        server.post(f"events/{EVENT_ID}/registrations", error_reply(status, said))
        call = lambda c: c.register(EVENT_ID, registration())  # noqa: E731
    client = make_client(get_attempts=1)

    with pytest.raises(error_type) as caught:
        call(client)

    error = caught.value
    assert type(error) is error_type
    assert error.kind == kind
    assert error.status_code == status
    assert error.server_message == said
    assert said in str(error)
    assert str(error).startswith(error_type.default_message)
    assert actionable(error.message)
    assert error.transient is (status == 429 or status >= 500)
    assert len(server.requests) == 1


@pytest.mark.parametrize(("status", "error_type", "_kind"), STATUS_ERRORS)
def test_errors_without_a_body_still_say_what_to_do(
    server: ScriptedServer,
    make_client: MakeClient,
    status: int,
    error_type: type[ApiError],
    _kind: str,
) -> None:
    server.get("events/published", Reply(status=status, body=""))
    with pytest.raises(error_type) as caught:
        make_client(get_attempts=1).published_events()
    assert caught.value.server_message is None
    assert str(caught.value) == error_type.default_message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"Message": "Upper"}, "Upper"),
        ({"message": "lower"}, "lower"),
        ({"errorMessage": "portal style"}, "portal style"),
        ({"Message": "  padded  "}, "padded"),
        ({"Message": ""}, None),
        ({"Message": 42}, None),
        ({"Message": None, "message": ["not", "text"]}, None),
        (["Message"], None),
        ("a JSON string", None),
    ],
    ids=repr,
)
def test_server_message_shapes(
    server: ScriptedServer, make_client: MakeClient, body: Any, expected: str | None
) -> None:
    server.get("events/published", json_reply(body, status=400))
    with pytest.raises(BadRequestError) as caught:
        make_client().published_events()
    assert caught.value.server_message == expected


def test_a_long_server_message_is_cut(server: ScriptedServer, client: EventsApiClient) -> None:
    server.get("events/published", error_reply(400, "x" * 5000))
    with pytest.raises(BadRequestError) as caught:
        client.published_events()
    assert caught.value.server_message == "x" * 500


def test_html_error_page_is_still_the_typed_error(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.get(
        "events/published",
        Reply(status=401, body="<html>Unauthorized</html>", headers={"Content-Type": "text/html"}),
    )
    with pytest.raises(TokenRejectedError) as caught:
        client.published_events()
    assert caught.value.server_message is None
    assert "Check the token" in str(caught.value)


# --------------------------------------------------------------------------- transport failures


def test_connection_refused_is_unreachable_after_retries(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    client = make_client(f"http://127.0.0.1:{free_port()}{V2_PREFIX}")
    with pytest.raises(ApiUnreachableError) as caught:
        client.published_events()
    error = caught.value
    assert error.kind == "unreachable"
    assert error.transient
    assert "could not be reached" in str(error)
    assert actionable(str(error))
    assert len(sleeps) == 2  # three attempts, two waits


def test_connect_timeout_is_a_timeout_and_is_retried(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    with StalledListener() as stalled:
        client = make_client(
            f"http://127.0.0.1:{stalled.port}{V2_PREFIX}", connect_timeout=0.2, get_attempts=2
        )
        with pytest.raises(ApiTimeoutError) as caught:
            client.published_events()
    assert caught.value.kind == "timeout"
    assert "did not answer in time" in str(caught.value)
    assert len(sleeps) == 1


def test_read_timeout_is_a_timeout_and_not_retried(
    server: ScriptedServer, make_client: MakeClient, sleeps: list[float]
) -> None:
    server.get("events/published", Reply(json=[], delay=1.0))
    client = make_client(read_timeout=0.2)
    with pytest.raises(ApiTimeoutError) as caught:
        client.published_events()
    assert caught.value.transient
    assert actionable(str(caught.value))
    assert len(server.requests) == 1
    assert sleeps == []


def test_a_dropped_connection_is_unreachable_and_retried(
    server: ScriptedServer, make_client: MakeClient, sleeps: list[float]
) -> None:
    server.get("events/published", Reply(abort=True), Reply(abort=True), json_reply([]))
    assert make_client().published_events() == []
    assert len(server.requests) == 3
    assert len(sleeps) == 2

    server.get("events/published", Reply(abort=True))
    with pytest.raises(ApiUnreachableError):
        make_client(get_attempts=2).published_events()


# --------------------------------------------------------------------------- invalid answers


@pytest.mark.parametrize(
    ("reply", "detail"),
    [
        (
            Reply(
                body="<html><body>Sign in to the Wi-Fi</body></html>",
                headers={"Content-Type": "text/html"},
            ),
            "not JSON (text/html)",
        ),
        (Reply(body="{truncated", headers={"Content-Type": "application/json"}), "not JSON"),
        (Reply(body=""), "empty"),
        (json_reply({"value": []}), "expected a list of events, got an object"),
        (json_reply("events"), "expected a list of events, got a string"),
        (json_reply(None), "expected a list of events, got null"),
        (json_reply([{"eventName": ["not", "a", "name"]}]), "0.eventName"),
        (json_reply([1, 2]), "a list of events did not match"),
    ],
    ids=["html", "broken-json", "empty", "object", "string", "null", "field-type", "items"],
)
def test_non_contract_answers_are_invalid_responses(
    server: ScriptedServer, client: EventsApiClient, reply: Reply, detail: str
) -> None:
    server.get("events/published", reply)
    with pytest.raises(InvalidResponseError) as caught:
        client.published_events()
    assert detail in str(caught.value)
    assert "Check that the endpoint URL points at the events API" in str(caught.value)
    assert len(server.requests) == 1  # not retried


@pytest.mark.parametrize("body", ["118", True, -1, 2.5, {"count": 118}, [118], None], ids=repr)
def test_a_count_of_the_wrong_shape_is_an_invalid_response(
    server: ScriptedServer, client: EventsApiClient, body: Any
) -> None:
    server.get(f"events/{EVENT_ID}/registrations/count", json_reply(body))
    with pytest.raises(InvalidResponseError, match="event registration count"):
        client.event_registration_count(EVENT_ID)


def test_an_event_that_is_a_list_is_an_invalid_response(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.get(f"events/{EVENT_ID}", json_reply([load("a1_event")]))
    with pytest.raises(InvalidResponseError, match="expected event as a JSON object, got a list"):
        client.event(EVENT_ID)


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body="<html>login</html>", headers={"Content-Type": "text/html"}),
        json_reply({"image": "base64..."}),
        Reply(body=b"", headers={"Content-Type": "image/png"}),
        Reply(body=PNG),  # no content type at all
    ],
    ids=["html", "json", "empty-image", "no-type"],
)
def test_image_endpoint_answering_something_else_is_an_invalid_response(
    server: ScriptedServer, client: EventsApiClient, reply: Reply
) -> None:
    server.get(f"speakers/{SPEAKER_ID}/image", reply)
    with pytest.raises(InvalidResponseError, match="expected an image"):
        client.speaker_image(SPEAKER_ID)


def test_image_endpoint_errors_are_typed(server: ScriptedServer, make_client: MakeClient) -> None:
    server.get(f"sponsorships/{SPONSORSHIP_ID}/logo", error_reply(404, "No logo"))
    with pytest.raises(NotFoundError) as caught:
        make_client().sponsorship_logo(SPONSORSHIP_ID)
    assert caught.value.server_message == "No logo"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_redirect_is_an_invalid_response_and_not_followed(
    server: ScriptedServer, client: EventsApiClient, method: str
) -> None:
    location = f"https://captive.example/login?next=/x&emApplicationtoken={TOKEN}"
    if method == "GET":
        server.get("events/published", Reply(status=302, headers={"Location": location}))
        call: Call = lambda c: c.published_events()  # noqa: E731
    else:
        server.post(
            f"events/{EVENT_ID}/registrations", Reply(status=302, headers={"Location": location})
        )
        call = lambda c: c.register(EVENT_ID, registration())  # noqa: E731
    with pytest.raises(InvalidResponseError) as caught:
        call(client)
    message = str(caught.value)
    assert "redirected to https://captive.example/login" in message
    assert TOKEN not in message
    assert "emApplicationtoken=***" in message
    assert caught.value.status_code == 302
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- GET retries


def test_get_retries_5xx_then_succeeds(
    server: ScriptedServer, client: EventsApiClient, sleeps: list[float]
) -> None:
    server.get("events/published", error_reply(503), error_reply(500), json_reply([]))
    assert client.published_events() == []
    assert len(server.requests) == 3
    # Jittered exponential backoff: attempt n waits between half and all of base * 2**(n-1).
    assert len(sleeps) == 2
    assert 0.25 <= sleeps[0] <= 0.5
    assert 0.5 <= sleeps[1] <= 1.0
    for request in server.requests:
        assert_credentials(request)


def test_backoff_doubles_up_to_the_cap(
    server: ScriptedServer, make_client: MakeClient, sleeps: list[float]
) -> None:
    server.get("events/published", error_reply(500))
    client = make_client(get_attempts=7, backoff_base=0.5, backoff_cap=2.0)
    with pytest.raises(ServerError):
        client.published_events()
    assert len(server.requests) == 7
    ceilings = [0.5, 1.0, 2.0, 2.0, 2.0, 2.0]
    assert len(sleeps) == len(ceilings)
    for slept, ceiling in zip(sleeps, ceilings, strict=True):
        assert ceiling / 2 <= slept <= ceiling


@pytest.mark.parametrize("attempts", [1, 2, 4])
def test_retries_stop_after_get_attempts(
    server: ScriptedServer, make_client: MakeClient, sleeps: list[float], attempts: int
) -> None:
    server.get("events/published", error_reply(429, "Slow down"))
    with pytest.raises(RateLimitedError) as caught:
        make_client(get_attempts=attempts).published_events()
    assert len(server.requests) == attempts
    assert len(sleeps) == attempts - 1
    assert caught.value.server_message == "Slow down"


def test_retry_after_seconds_is_honoured(
    server: ScriptedServer, client: EventsApiClient, sleeps: list[float]
) -> None:
    server.get("events/published", error_reply(429, "Busy", **{"Retry-After": "7"}), json_reply([]))
    assert client.published_events() == []
    assert sleeps == [7.0]


def test_retry_after_on_503_is_honoured(
    server: ScriptedServer, client: EventsApiClient, sleeps: list[float]
) -> None:
    server.get(
        "events/published",
        error_reply(503, **{"Retry-After": "2"}),
        error_reply(503, **{"Retry-After": "0"}),
        json_reply([]),
    )
    assert client.published_events() == []
    assert sleeps == [2.0, 0.0]


def test_retry_after_http_date_is_honoured(
    server: ScriptedServer, client: EventsApiClient, sleeps: list[float]
) -> None:
    when = datetime.now(UTC) + timedelta(seconds=10)
    header = email.utils.format_datetime(when, usegmt=True)
    server.get("events/published", error_reply(429, **{"Retry-After": header}), json_reply([]))
    assert client.published_events() == []
    (slept,) = sleeps
    assert 8.0 < slept <= 10.0  # the header has whole seconds; the request took a moment


def test_retry_after_in_the_past_means_now(
    server: ScriptedServer, client: EventsApiClient, sleeps: list[float]
) -> None:
    header = "Wed, 21 Oct 2015 07:28:00 GMT"
    server.get("events/published", error_reply(503, **{"Retry-After": header}), json_reply([]))
    assert client.published_events() == []
    assert sleeps == [0.0]


@pytest.mark.parametrize("header", ["soon", "nan", "", "Mon, 99 Foo 2015"])
def test_unusable_retry_after_falls_back_to_backoff(
    server: ScriptedServer, client: EventsApiClient, sleeps: list[float], header: str
) -> None:
    server.get("events/published", error_reply(429, **{"Retry-After": header}), json_reply([]))
    assert client.published_events() == []
    (slept,) = sleeps
    assert 0.25 <= slept <= 0.5


@pytest.mark.parametrize(("status", "error_type"), [(429, RateLimitedError), (503, ServerError)])
def test_retry_after_above_the_maximum_raises_at_once(
    server: ScriptedServer,
    make_client: MakeClient,
    sleeps: list[float],
    status: int,
    error_type: type[ApiError],
) -> None:
    server.get("events/published", error_reply(status, "Come back later", **{"Retry-After": "120"}))
    with pytest.raises(error_type) as caught:
        make_client(max_retry_after=30.0).published_events()
    assert caught.value.retry_after == 120.0  # type: ignore[attr-defined]
    assert caught.value.server_message == "Come back later"
    assert len(server.requests) == 1
    assert sleeps == []


def test_rate_limited_error_carries_retry_after(
    server: ScriptedServer, make_client: MakeClient
) -> None:
    server.get("events/published", error_reply(429, **{"Retry-After": "3"}))
    with pytest.raises(RateLimitedError) as caught:
        make_client(get_attempts=1).published_events()
    assert caught.value.retry_after == 3.0
    assert caught.value.status_code == 429


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409])
def test_client_errors_are_not_retried(
    server: ScriptedServer, client: EventsApiClient, sleeps: list[float], status: int
) -> None:
    server.get("events/published", error_reply(status))
    with pytest.raises(ApiError):
        client.published_events()
    assert len(server.requests) == 1
    assert sleeps == []


# --------------------------------------------------------------------------- POSTs


@pytest.mark.parametrize(("method", "path", "reply", "call", "result_type"), POSTS, ids=POST_IDS)
@pytest.mark.parametrize(
    ("failure", "error_type"),
    [
        (error_reply(503, "Down", **{"Retry-After": "1"}), ServerError),
        (error_reply(500), ServerError),
        (error_reply(429, "Busy", **{"Retry-After": "1"}), RateLimitedError),
        (Reply(abort=True), ApiUnreachableError),
        (Reply(json={}, delay=1.0), ApiTimeoutError),
    ],
    ids=["503", "500", "429", "dropped", "timeout"],
)
def test_posts_are_never_retried(
    server: ScriptedServer,
    make_client: MakeClient,
    sleeps: list[float],
    method: str,
    path: str,
    reply: Callable[[], Reply],
    call: Call,
    result_type: type,
    failure: Reply,
    error_type: type[ApiError],
) -> None:
    server.post(path, failure, reply())
    # A short read timeout only where the server stalls on purpose (no false timeouts).
    client = make_client(read_timeout=0.2 if failure.delay else 5.0, get_attempts=5)
    with pytest.raises(error_type):
        call(client)
    assert len(server.requests) == 1
    assert sleeps == []


def test_post_to_an_unreachable_server_is_not_retried(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    client = make_client(f"http://127.0.0.1:{free_port()}{V2_PREFIX}")
    with pytest.raises(ApiUnreachableError):
        client.register(EVENT_ID, registration())
    assert sleeps == []


def test_register_sends_the_wire_body_and_the_idempotency_key(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.post(f"events/{EVENT_ID}/registrations", success())
    data = RegistrationData.model_validate(load("a3_registration"))

    result = client.register(EVENT_ID, data, idempotency_key="0b0f6c1e-submission-1")
    assert result.succeeded
    request = server.requests[-1]
    assert request.json == load("a3_registration")
    assert request.header("Idempotency-Key") == "0b0f6c1e-submission-1"
    assert request.header("Content-Type") == "application/json"
    assert_credentials(request)

    client.register(EVENT_ID, data)
    assert server.requests[-1].header("Idempotency-Key") is None


def test_register_with_captcha_sends_the_pascal_case_hip_object(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.post(f"events/{EVENT_ID}/registrations", success())
    data = registration()
    data.hip_object = HipObject(solution="ABCD", token="w", type="visual", flow_id="flow-42")
    client.register(EVENT_ID, data)
    assert server.requests[-1].json["hipObject"] == {
        "Solution": "ABCD",
        "Token": "w",
        "Type": "visual",
        "FlowId": "flow-42",
    }


@pytest.mark.parametrize("name", ["redirect", "failure"])
def test_register_returns_non_success_statuses(
    server: ScriptedServer, client: EventsApiClient, name: str
) -> None:
    body = load("a4_registration_results")[name]
    server.post(f"events/{EVENT_ID}/registrations", json_reply(body))
    result = client.register(EVENT_ID, registration())
    assert not result.succeeded
    assert result.status == body["status"]
    assert result.error_code == body["errorCode"]


def test_finalize_sends_purchase_and_hip_object(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.post(f"events/{EVENT_ID}/registrations/finalize", success())
    client.finalize(EVENT_ID, FinalizeRegistrationRequest(purchase_id=PURCHASE_ID))
    assert server.requests[-1].json == {
        "purchaseId": PURCHASE_ID,
        "hipObject": {"Solution": "", "Token": "", "Type": "", "FlowId": ""},
    }


@pytest.mark.parametrize(
    ("status", "body", "checked_in"),
    [
        (200, {"status": "CheckedIn", "firstName": "Lena"}, True),
        (404, {"status": "UnknownCode", "message": "No such code."}, False),
        (409, {"status": "AlreadyCheckedIn", "checkedInAt": "2026-03-18T08:05:00Z"}, True),
        (409, {"status": "Waitlisted", "message": "On the waitlist."}, False),
    ],
)
def test_check_in_returns_results_for_404_and_409(
    server: ScriptedServer,
    client: EventsApiClient,
    status: int,
    body: dict[str, Any],
    checked_in: bool,
) -> None:
    server.post("checkins", json_reply(body, status=status))
    result = client.check_in(CheckInRequest(check_in_code="K-123", session_id=SESSION_ID))
    assert result.status == body["status"]
    assert result.checked_in is checked_in
    assert server.requests[-1].json == {
        "checkInCode": "K-123", "sessionId": SESSION_ID, "readableEventId": None,
    }


@pytest.mark.parametrize(
    ("reply", "error_type"),
    [
        (
            error_reply(404, "No HTTP resource was found that matches the request URI."),
            NotFoundError,
        ),
        (
            Reply(status=404, body="Not Found", headers={"Content-Type": "text/plain"}),
            NotFoundError,
        ),
        (error_reply(409, "Conflict"), BadRequestError),
        (json_reply({"status": ""}, status=404), NotFoundError),
    ],
    ids=["message-only", "text", "409-message", "empty-status"],
)
def test_check_in_on_an_api_without_check_in_is_an_error(
    server: ScriptedServer, client: EventsApiClient, reply: Reply, error_type: type[ApiError]
) -> None:
    # v2.0 has no POST checkins (contract §3 #20 is RTM only): its 404 is no "unknown code".
    server.post("checkins", reply)
    with pytest.raises(error_type):
        client.check_in(CheckInRequest(check_in_code="K-123"))


# --------------------------------------------------------------------------- ETags


def test_etag_revalidation_returns_the_cached_data(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    first = load("mock_events_published")
    second = load("mock_events_published")[:1]
    server.get(
        "events/published",
        json_reply(first, ETag='"v1"'),
        Reply(status=304, headers={"ETag": '"v1"'}),
        json_reply(second, ETag='"v2"'),
        Reply(status=304),
    )
    one = client.published_events()
    two = client.published_events()
    three = client.published_events()
    four = client.published_events()

    assert one == two
    assert len(one) == 2
    assert three == four
    assert len(three) == 1
    assert [r.header("If-None-Match") for r in server.requests] == [None, '"v1"', '"v1"', '"v2"']
    for request in server.requests:
        assert_credentials(request)


def test_etags_are_kept_per_path(server: ScriptedServer, client: EventsApiClient) -> None:
    server.get(
        f"events/{EVENT_ID}", json_reply(load("a1_event"), ETag='"event"'), Reply(status=304)
    )
    server.get(f"events/{EVENT_ID}/sessions", json_reply([], ETag='"sessions"'), Reply(status=304))
    client.event(EVENT_ID)
    client.sessions(EVENT_ID)
    assert client.event(EVENT_ID).readable_event_id == EVENT_ID
    assert client.sessions(EVENT_ID) == []
    assert [r.header("If-None-Match") for r in server.requests] == [
        None,
        None,
        '"event"',
        '"sessions"',
    ]


def test_counts_are_revalidated_like_every_answer(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    # A refresh of many cards asks the same counts again and again: a 304 answers an
    # unchanged one, and a changed one comes back with its new value.
    server.get(
        f"events/{EVENT_ID}/registrations/count",
        json_reply(5, ETag='"c5"'),
        Reply(status=304, headers={"ETag": '"c5"'}),
        json_reply(6, ETag='"c6"'),
        Reply(status=304),
    )
    assert [client.event_registration_count(EVENT_ID) for _ in range(4)] == [5, 5, 6, 6]
    assert [r.header("If-None-Match") for r in server.requests] == [None, '"c5"', '"c5"', '"c6"']


def test_a_304_hands_back_the_models_parsed_from_the_200(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.get(
        "events/published",
        json_reply(load("mock_events_published"), ETag='"v1"'),
        Reply(status=304, headers={"ETag": '"v1"'}),
    )
    server.get(
        f"events/{EVENT_ID}",
        json_reply(load("a1_event"), ETag='"e1"'),
        Reply(status=304, headers={"ETag": '"e1"'}),
    )
    first = client.published_events()
    first.pop()  # a caller may do what it likes with its list...
    again = client.published_events()
    assert len(again) == 2  # ...the next caller still gets the whole answer
    assert again[0] is first[0]  # the very objects parsed from the 200: not parsed again
    assert client.event(EVENT_ID) is client.event(EVENT_ID)
    assert [r.header("If-None-Match") for r in server.requests] == [None, '"v1"', None, '"e1"']


def test_a_changed_list_keeps_the_unchanged_items_it_held(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    first = load("mock_events_published")
    second = load("mock_events_published")
    second[1]["eventName"] = "Renamed"
    server.get(
        "events/published",
        json_reply(first, ETag='"v1"'),
        json_reply(second, ETag='"v2"'),
    )
    before = client.published_events()
    after = client.published_events()
    assert after[0] is before[0]  # unchanged: the object callers already hold
    assert after[1] is not before[1]
    assert after[1].event_name == "Renamed"
    assert before[1].event_name != "Renamed"  # what was handed out is never changed


def test_an_answer_without_an_etag_is_not_held(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.get(
        "events/published",
        json_reply([], ETag='"a"'),
        json_reply(load("mock_events_published")),  # no ETag: the held "a" is outdated
        json_reply([]),
    )
    assert client.published_events() == []
    assert len(client.published_events()) == 2
    assert client.published_events() == []
    assert [r.header("If-None-Match") for r in server.requests] == [None, '"a"', None]
    assert client.etag_cache_usage() == (0, 0)


def test_etag_cache_is_bounded(server: ScriptedServer, make_client: MakeClient) -> None:
    server.get("events/published", json_reply([], ETag='"a"'))
    server.get(f"events/{EVENT_ID}", json_reply(load("a1_event"), ETag='"b"'))
    client = make_client(etag_cache_size=1)
    client.published_events()
    client.event(EVENT_ID)
    client.published_events()  # evicted by the event: no If-None-Match
    client.event(EVENT_ID)  # evicted in turn
    assert [r.header("If-None-Match") for r in server.requests] == [None, None, None, None]


def test_etag_cache_is_bounded_by_the_size_of_the_answers(
    server: ScriptedServer, make_client: MakeClient
) -> None:
    event = load("a1_event")
    server.get(f"events/{EVENT_ID}", json_reply(event, ETag='"big"'))
    server.get(f"events/{EVENT_ID}/registrations/count", json_reply(3, ETag='"c3"'))
    probe = make_client()
    probe.event(EVENT_ID)
    _, size = probe.etag_cache_usage()  # the event's weight: its body and the entry
    probe.event_registration_count(EVENT_ID)
    _, both = probe.etag_cache_usage()
    server.requests.clear()

    # Room for the event and a count; not for two such events.
    client = make_client(etag_cache_size=10_000, etag_cache_bytes=both)
    client.event(EVENT_ID)
    client.event_registration_count(EVENT_ID)
    client.event(EVENT_ID)  # still held next to the small count: revalidated
    assert client.etag_cache_usage() == (2, both)
    assert [r.header("If-None-Match") for r in server.requests][-1] == '"big"'
    small = make_client(etag_cache_size=10_000, etag_cache_bytes=size - 1)
    small.event_registration_count(EVENT_ID)
    small.event(EVENT_ID)  # over the budget with the count: the count goes, not the event
    assert small.etag_cache_usage() == (1, size)


def test_an_unexpected_304_is_an_invalid_response(
    server: ScriptedServer, client: EventsApiClient
) -> None:
    server.get("events/published", Reply(status=304))
    with pytest.raises(InvalidResponseError, match="empty"):
        client.published_events()


# --------------------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            "https://0a1b2c3d4e5f60718293a4b5c6d7e8f9.svc.dynamics.com/EvtMgmt/api/v2.0/",
            "https://0a1b2c3d4e5f60718293a4b5c6d7e8f9.svc.dynamics.com/EvtMgmt/api/v2.0/",
        ),
        (
            "https://contoso.crm.dynamics.com/EvtMgmt/api/v2.0",
            "https://contoso.crm.dynamics.com/EvtMgmt/api/v2.0/",
        ),
        (
            f"  https://public-eur.mkt.dynamics.com{RTM_PREFIX.rstrip('/')}  ",
            f"https://public-eur.mkt.dynamics.com{RTM_PREFIX}",
        ),
        (
            f"https://public-eur.mkt.dynamics.com{RTM_PREFIX}",
            f"https://public-eur.mkt.dynamics.com{RTM_PREFIX}",
        ),
        ("http://127.0.0.1:8080/EvtMgmt/api/v2.0//", "http://127.0.0.1:8080/EvtMgmt/api/v2.0/"),
        (
            "http://localhost:8080/prefix/EvtMgmt/api/v2.0",
            "http://localhost:8080/prefix/EvtMgmt/api/v2.0/",
        ),
        (
            "https://contoso.crm.dynamics.com/EvtMgmt/api/v2.0/#top",
            "https://contoso.crm.dynamics.com/EvtMgmt/api/v2.0/",
        ),
    ],
)
def test_normalise_endpoint_accepts_both_forms(given: str, expected: str) -> None:
    assert normalise_endpoint(given) == expected


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("", "http:// or https://"),
        ("contoso.crm.dynamics.com/EvtMgmt/api/v2.0/", "http:// or https://"),
        ("ftp://contoso.example/EvtMgmt/api/v2.0/", "http:// or https://"),
        ("https:///EvtMgmt/api/v2.0/", "http:// or https://"),
        ("https://contoso.crm.dynamics.com/", "must end in /EvtMgmt/api/v2.0/"),
        ("https://contoso.crm.dynamics.com/EvtMgmt/api/v2.0/events/published", "must end in"),
        ("https://contoso.crm.dynamics.com/EvtMgmt/api/v1.0/", "must end in"),
        ("https://public-eur.mkt.dynamics.com/api/v1.0/orgs//eventmanagement/", "must end in"),
        (
            "https://public-eur.mkt.dynamics.com/api/v1.0/orgs/x/eventmanagement/extra",
            "must end in",
        ),
        (
            "https://contoso.crm.dynamics.com/EvtMgmt/api/v2.0/?emApplicationtoken=abc",
            "query string",
        ),
        ("http://[::1/EvtMgmt/api/v2.0/", "not a valid URL"),
    ],
)
def test_normalise_endpoint_rejects_with_a_helpful_message(given: str, hint: str) -> None:
    with pytest.raises(ConfigurationError, match="endpoint") as caught:
        normalise_endpoint(given)
    assert hint in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert "abc" not in str(caught.value)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://kiosk.fabrikam.example", "https://kiosk.fabrikam.example"),
        ("https://kiosk.fabrikam.example/", "https://kiosk.fabrikam.example"),
        ("  http://localhost:8080  ", "http://localhost:8080"),
        ("http://127.0.0.1:5173/", "http://127.0.0.1:5173"),
    ],
)
def test_normalise_origin_accepts_scheme_host_port(given: str, expected: str) -> None:
    assert normalise_origin(given) == expected


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("", "must look like https://"),
        ("kiosk.fabrikam.example", "must look like https://"),
        ("ftp://kiosk.fabrikam.example", "must look like https://"),
        ("https://kiosk.fabrikam.example/register", "no path"),
        ("https://kiosk.fabrikam.example?x=1", "query string"),
        ("https://kiosk.fabrikam.example/#top", "fragment"),
        ("http://[::1", "not a valid URL"),
    ],
)
def test_normalise_origin_rejects_with_a_helpful_message(given: str, hint: str) -> None:
    with pytest.raises(ConfigurationError, match="origin") as caught:
        normalise_origin(given)
    assert hint in str(caught.value)


@pytest.mark.parametrize("token", ["", "   "])
def test_an_empty_token_is_a_configuration_error(server: ScriptedServer, token: str) -> None:
    with pytest.raises(ConfigurationError, match="token is empty"):
        EventsApiClient(server.v2_base, token, ORIGIN)


def test_bad_endpoint_or_origin_fail_at_construction() -> None:
    with pytest.raises(ConfigurationError, match="endpoint"):
        EventsApiClient("https://contoso.example/", TOKEN, ORIGIN)
    with pytest.raises(ConfigurationError, match="origin"):
        EventsApiClient(f"https://contoso.example{V2_PREFIX}", TOKEN, "contoso.example")


def test_token_is_sent_trimmed(server: ScriptedServer) -> None:
    server.get("events/published", json_reply([]))
    with EventsApiClient(server.v2_base, f"  {TOKEN}\n", f"{ORIGIN}/") as client:
        client.published_events()
    assert_credentials(server.requests[0])


def test_repr_hides_the_token(client: EventsApiClient) -> None:
    text = repr(client)
    assert TOKEN not in text
    assert "token='***'" in text
    assert client.base_url in text


# --------------------------------------------------------------------------- Retry-After parsing

NOW = datetime(2026, 3, 18, 8, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (" 3.5 ", 3.5),
        ("0", 0.0),
        ("-5", 0.0),
        ("Wed, 18 Mar 2026 08:00:30 GMT", 30.0),
        ("Wed, 18 Mar 2026 09:00:30 +0100", 30.0),
        ("Wed, 18 Mar 2026 07:59:00 GMT", 0.0),
        ("Wed, 18 Mar 2026 08:01:00 -0000", 60.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
        ("Mon, 99 Foo 2015", None),
    ],
)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, now=lambda: NOW) == seconds


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=40)
    | st.sampled_from(["inf", "-inf", "NaN", "1e999", "Thu, 01 Jan 1 00:00:00 GMT"])
)
def test_parse_retry_after_never_crashes(header: str) -> None:
    seconds = parse_retry_after(header, now=lambda: NOW)
    assert seconds is None or seconds >= 0.0
