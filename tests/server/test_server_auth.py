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


def test_auth_applies_to_writes_and_check_in(shared_demo_server: RunningServer) -> None:
    with api(shared_demo_server, token="nope") as client:
        assert client.post(f"events/{CONFERENCE}/registrations", json={}).status_code == 401
        assert client.post("checkins", json={"checkInCode": "X"}).status_code == 401
        assert client.get(f"events/{CONFERENCE}/qrcode").status_code == 401


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


# ---------------------------------------------------------------- images for browsers


def _image_paths(server: RunningServer) -> list[str]:
    with api(server) as client:
        speaker = client.get(f"events/{CONFERENCE}/speakers").json()[0]
        sponsorship = client.get(f"events/{CONFERENCE}/sponsorships").json()[0]
    return [speaker["imageUrl"], f"sponsorships/{sponsorship['id']}/logo"]


@pytest.mark.parametrize("form", ["v2", "v1"])
def test_images_load_like_an_img_tag_without_token_or_origin(
    shared_demo_server: RunningServer, form: str
) -> None:
    base = shared_demo_server.base_url_v2 if form == "v2" else shared_demo_server.base_url_v1
    with httpx.Client(base_url=base) as browser:  # an <img>: no token, no Origin
        for path in _image_paths(shared_demo_server):
            response = browser.get(path)
            assert response.status_code == 200, (path, response.text)
            assert response.headers["content-type"].startswith("image/")
            assert response.content
            # A stale or foreign token on an image URL does not break the picture either.
            assert browser.get(path, params={"emApplicationtoken": "old"}).status_code == 200
        # Everything else keeps its rules, event data included.
        assert browser.get(f"events/{CONFERENCE}/speakers").status_code == 400
        assert browser.get(f"events/{CONFERENCE}/qrcode").status_code == 400
        assert browser.get("events/published").status_code == 400


def test_an_origin_with_a_trailing_slash_gets_its_cors_header(
    shared_demo_server: RunningServer,
) -> None:
    with api(shared_demo_server, origin=ORIGIN + "/") as client:
        response = client.get("events/published")
    assert response.status_code == 200
    # Echoed as sent: a browser compares the header with its Origin character for character.
    assert response.headers["access-control-allow-origin"] == ORIGIN + "/"
    preflight = _preflight(shared_demo_server, ORIGIN + "/")
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == ORIGIN + "/"


# ---------------------------------------------------------------- HEAD


def test_head_is_answered_wherever_get_is(shared_demo_server: RunningServer) -> None:
    server = shared_demo_server
    paths = [
        server.base_url_v2 + "events/published",
        server.base_url_v1 + f"events/{CONFERENCE}",
        server.base_url_v2 + f"events/{CONFERENCE}/registrations/count",
        server.base_url_v2 + f"events/{CONFERENCE}/qrcode",
        server.base_url_v2 + "events/No_Such_Event",  # errors too
        server.root_url + f"/events/{CONFERENCE}",  # the public event page
        *(server.base_url_v2 + path for path in _image_paths(server)),
    ]
    same = ("content-type", "content-length", "etag", "access-control-allow-origin")
    with httpx.Client(params={"emApplicationtoken": TOKEN}, headers={"Origin": ORIGIN}) as client:
        for url in paths:
            get = client.get(url)
            head = client.head(url)
            assert head.status_code == get.status_code, (url, head.status_code)
            assert head.content == b""
            assert {h: head.headers.get(h) for h in same} == {h: get.headers.get(h) for h in same}
            if "etag" in get.headers:
                again = client.head(url, headers={"If-None-Match": get.headers["etag"]})
                assert again.status_code == 304
        # HEAD where only POST is answered is a 405, like GET.
        refused = client.head(server.base_url_v2 + "checkins")
        assert refused.status_code == 405
        assert refused.headers["allow"] == "POST"
