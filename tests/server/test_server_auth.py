"""Authentication (token + Origin) and CORS, as contract §2 says and DESIGN.md decides."""

from __future__ import annotations

import httpx
import pytest
from server_helpers import ORIGIN, OTHER_ORIGIN, OTHER_TOKEN, TOKEN, api

from kiosk.server.demo import CONFERENCE
from kiosk.server.runner import RunningServer

PATHS = ("events/published", f"events/{CONFERENCE}/sessions")


@pytest.mark.parametrize("form", ["v2", "v1"])
@pytest.mark.parametrize(
    ("token", "origin", "status"),
    [
        (None, ORIGIN, 400),  # token missing
        (TOKEN, None, 400),  # Origin missing
        (None, None, 400),
        ("", ORIGIN, 400),  # blank counts as missing
        ("not-a-token", ORIGIN, 401),  # unknown token
        (TOKEN, "https://evil.test", 403),  # origin not registered anywhere
        (TOKEN, OTHER_ORIGIN, 403),  # origin registered, but for another token
        (OTHER_TOKEN, ORIGIN, 403),
        (TOKEN, ORIGIN, 200),
        (OTHER_TOKEN, OTHER_ORIGIN, 200),
        (TOKEN, ORIGIN + "/", 200),  # a trailing slash is the same origin
        (TOKEN, ORIGIN.upper(), 200),  # scheme and host are case-insensitive
    ],
)
def test_auth_matrix(
    shared_demo_server: RunningServer, form: str, token: str | None, origin: str | None,
    status: int,
) -> None:
    with api(shared_demo_server, form=form, token=token, origin=origin) as client:
        for path in PATHS:
            response = client.get(path)
            assert response.status_code == status, (path, response.text)
            if status != 200:
                assert response.json()["Message"]


def test_auth_applies_to_writes_and_images(shared_demo_server: RunningServer) -> None:
    with api(shared_demo_server, token="nope") as client:
        assert client.post(f"events/{CONFERENCE}/registrations", json={}).status_code == 401
        assert client.post("checkins", json={"checkInCode": "X"}).status_code == 401
        speaker = "00000000-0000-4000-8000-000000000001"
        assert client.get(f"speakers/{speaker}/image").status_code == 401


def test_token_parameter_name_is_case_insensitive(shared_demo_server: RunningServer) -> None:
    with httpx.Client(headers={"Origin": ORIGIN}) as client:
        response = client.get(shared_demo_server.base_url_v2 + "events/published",
                              params={"EMAPPLICATIONTOKEN": TOKEN})
    assert response.status_code == 200


def test_auth_errors_do_not_echo_the_token(shared_demo_server: RunningServer) -> None:
    with api(shared_demo_server, token="secret-looking-token-123") as client:
        response = client.get("events/published")
    assert response.status_code == 401
    assert "secret-looking-token-123" not in response.text


def _preflight(server: RunningServer, origin: str, token: str | None = TOKEN) -> httpx.Response:
    params = {"emApplicationtoken": token} if token else {}
    with httpx.Client() as client:
        return client.options(
            server.base_url_v2 + f"events/{CONFERENCE}/registrations",
            params=params,
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type, idempotency-key",
            },
        )


def test_preflight_from_a_registered_origin(shared_demo_server: RunningServer) -> None:
    response = _preflight(shared_demo_server, ORIGIN)
    assert response.status_code == 204
    headers = response.headers
    assert headers["access-control-allow-origin"] == ORIGIN
    assert set(headers["access-control-allow-methods"].split(", ")) == {"GET", "POST", "OPTIONS"}
    allowed = {h.strip().lower() for h in headers["access-control-allow-headers"].split(",")}
    assert {"content-type", "idempotency-key", "if-none-match"} <= allowed
    assert headers["vary"] == "Origin"


def test_preflight_without_token_uses_any_registered_origin(
    shared_demo_server: RunningServer,
) -> None:
    response = _preflight(shared_demo_server, OTHER_ORIGIN, token=None)
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == OTHER_ORIGIN


@pytest.mark.parametrize(
    ("origin", "token"),
    [("https://evil.test", TOKEN), ("https://evil.test", None), (OTHER_ORIGIN, TOKEN)],
)
def test_preflight_from_a_foreign_origin_gets_no_cors_headers(
    shared_demo_server: RunningServer, origin: str, token: str | None
) -> None:
    response = _preflight(shared_demo_server, origin, token)
    assert response.status_code == 403
    assert not any(h.startswith("access-control-") for h in response.headers)
    assert response.json()["Message"]


def test_actual_responses_carry_cors_headers(shared_demo_server: RunningServer) -> None:
    with api(shared_demo_server) as client:
        response = client.get("events/published")
        assert response.headers["access-control-allow-origin"] == ORIGIN
        assert "ETag" in response.headers["access-control-expose-headers"]
        assert response.headers["vary"] == "Origin"
        # Errors too, so a browser can read the Message.
        missing = client.get("events/No_Such_Event")
        assert missing.headers["access-control-allow-origin"] == ORIGIN
    with api(shared_demo_server, origin="https://evil.test") as client:
        refused = client.get("events/published")
        assert "access-control-allow-origin" not in refused.headers
