"""Every endpoint of contract §3 (but user sign-in), under both base URL forms, on the demo."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from server_helpers import ORIGIN, ServerFactory, api, demo_api, event_seed

from kiosk.api.models import (
    CustomRegistrationField,
    Event,
    Pass,
    Session,
    SessionTrack,
    Speaker,
    Sponsorship,
)
from kiosk.server.demo import CONFERENCE, FULL_LAB, PAID
from kiosk.server.runner import RunningServer, binds_all_interfaces, url_host

FORMS = ("v2", "v1")


def wire_keys(model: type[Any]) -> set[str]:
    keys: set[str] = set(model().to_wire())
    return keys


@pytest.fixture(params=FORMS)
def client(request: pytest.FixtureRequest, shared_demo_server: RunningServer) -> Any:
    with api(shared_demo_server, form=request.param) as c:
        yield c


def test_published_events_are_complete_event_objects(client: httpx.Client) -> None:
    response = client.get("events/published")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    events = response.json()
    assert len(events) == 6
    for event in events:
        # every field, null where blank, plus this server's extension (docs/local-server.md)
        assert set(event) == wire_keys(Event) | {"registrationCount", "hasPasses"}
    starts = [e["startDateUTC"] for e in events]
    assert starts == sorted(starts)


def test_event_detail(client: httpx.Client) -> None:
    event = client.get(f"events/{CONFERENCE}").json()
    assert set(event) == wire_keys(Event)
    assert event["readableEventId"] == CONFERENCE
    assert event["building"]["city"] == "Berlin"
    assert event["timeZone"] == 110


@pytest.mark.parametrize(
    ("resource", "model", "expected"),
    [
        ("sessions", Session, 42),
        ("tracks", SessionTrack, 4),
        ("speakers", Speaker, 20),
        ("sponsorships", Sponsorship, 8),
        ("custom-registration-fields", CustomRegistrationField, 5),
        ("passes", Pass, 0),
    ],
)
def test_event_lists(
    client: httpx.Client, resource: str, model: type[Any], expected: int
) -> None:
    response = client.get(f"events/{CONFERENCE}/{resource}")
    assert response.status_code == 200
    items = response.json()
    assert len(items) == expected
    for item in items:
        assert set(item) == wire_keys(model)


def test_sessions_embed_speakers_and_speakers_embed_sessions(client: httpx.Client) -> None:
    sessions = client.get(f"events/{CONFERENCE}/sessions").json()
    keynote = sessions[0]
    assert keynote["name"].startswith("Opening Keynote")
    assert len(keynote["speakers"]) == 2
    assert keynote["speakers"][0]["sessions"] == []
    assert keynote["speakers"][0]["image"] is None
    assert keynote["speakers"][0]["imageUrl"].startswith("speakers/")
    speakers = client.get(f"events/{CONFERENCE}/speakers").json()
    assert all(s["sessions"] for s in speakers)
    assert all(inner["speakers"] is None for s in speakers for inner in s["sessions"])


def test_passes_of_a_paid_event(client: httpx.Client) -> None:
    passes = client.get(f"events/{PAID}/passes").json()
    assert [p["passName"] for p in passes] == ["Standard", "Student"]
    assert passes[0]["numberOfPassesLeft"] == 38
    assert passes[0]["numberOfPassesSold"] == 12


def test_counts_are_bare_integers(client: httpx.Client) -> None:
    response = client.get(f"events/{FULL_LAB}/registrations/count")
    assert response.text == "24"
    full = next(
        s for s in client.get(f"events/{CONFERENCE}/sessions").json()
        if s["isCapacityRestricted"] and s["registrationCount"] >= s["maxCapacity"]
    )
    response = client.get(f"sessions/{full['id']}/registrations/count")
    assert response.text == "12"


def test_session_by_id_and_track_sessions(client: httpx.Client) -> None:
    sessions = client.get(f"events/{CONFERENCE}/sessions").json()
    one = client.get(f"sessions/{sessions[5]['id']}").json()
    assert one == sessions[5]
    tracks = client.get(f"events/{CONFERENCE}/tracks").json()
    in_track = client.get(f"tracks/{tracks[0]['id']}/sessions").json()
    assert len(in_track) == 10
    assert all(set(s) == wire_keys(Session) for s in in_track)


def test_images_have_their_content_types(client: httpx.Client) -> None:
    speaker = client.get(f"events/{CONFERENCE}/speakers").json()[0]
    image = client.get(speaker["imageUrl"])  # relative to the base URL (contract §4.7)
    assert image.status_code == 200
    assert image.headers["content-type"] == "image/jpeg"
    assert image.content.startswith(b"\xff\xd8\xff")
    sponsorship = client.get(f"events/{CONFERENCE}/sponsorships").json()[0]
    logo = client.get(f"sponsorships/{sponsorship['id']}/logo")
    assert logo.headers["content-type"] == "image/png"
    assert logo.content.startswith(b"\x89PNG")


def test_event_qr_code_is_a_png(client: httpx.Client) -> None:
    response = client.get(f"events/{CONFERENCE}/qrcode")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")


def test_qr_code_points_at_the_public_event_page(shared_demo_server: RunningServer) -> None:
    # publicEventUrl is null in the demo: the QR code opens this server's event page.
    with httpx.Client() as plain:
        page = plain.get(f"{shared_demo_server.root_url}/events/{CONFERENCE}")
    assert page.status_code == 200
    assert "Nordlicht Tech Conference" in page.text
    assert page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", f"events/{CONFERENCE}/captcha", 404),
        ("POST", f"events/{CONFERENCE}/sessions/00000000-0000-4000-8000-000000000001/registrations",
         401),
        ("GET", "users/authenticated", 401),
        ("GET", "users/authenticated/registrations", 401),
        ("GET", "users/authenticated/waitlist-items", 401),
        ("POST", "users/authenticated/registrations/00000000-0000-4000-8000-000000000001/cancel",
         401),
        ("GET", "events/No_Such_Event", 404),
        ("GET", "events/No_Such_Event/sessions", 404),
        ("GET", "sessions/00000000-0000-4000-8000-000000000001", 404),
        ("GET", "sessions/00000000-0000-4000-8000-000000000001/registrations/count", 404),
        ("GET", "tracks/00000000-0000-4000-8000-000000000001/sessions", 404),
        ("GET", "speakers/00000000-0000-4000-8000-000000000001/image", 404),
        ("GET", "sponsorships/00000000-0000-4000-8000-000000000001/logo", 404),
        ("GET", "no/such/endpoint", 404),
        ("GET", f"events/{CONFERENCE}/registrations", 405),
    ],
)
def test_refusals_carry_a_message(
    client: httpx.Client, method: str, path: str, status: int
) -> None:
    response = client.request(method, path, json={} if method == "POST" else None)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert isinstance(body["Message"], str)
    assert body["Message"]


def test_wrong_org_id_is_404(shared_demo_server: RunningServer) -> None:
    url = shared_demo_server.base_url_v1.replace(
        shared_demo_server.org_id, "11111111-2222-4333-8444-555555555555"
    )
    with httpx.Client(base_url=url, params={"emApplicationtoken": "test-token"},
                      headers={"Origin": ORIGIN}) as c:
        response = c.get("events/published")
    assert response.status_code == 404
    assert "organization" in response.json()["Message"]


def test_paths_outside_the_api_are_404_json(shared_demo_server: RunningServer) -> None:
    with httpx.Client() as plain:
        response = plain.get(f"{shared_demo_server.root_url}/favicon.ico")
    assert response.status_code == 404
    assert response.json() == {"Message": "There is no such endpoint."}


def test_both_forms_answer_identically(shared_demo_server: RunningServer) -> None:
    with demo_api(shared_demo_server, "v2") as v2, demo_api(shared_demo_server, "v1") as v1:
        for path in ("events/published", f"events/{CONFERENCE}/sessions"):
            assert v2.get(path).content == v1.get(path).content


def test_etag_gives_304(client: httpx.Client) -> None:
    first = client.get(f"events/{CONFERENCE}/sessions")
    etag = first.headers["etag"]
    again = client.get(f"events/{CONFERENCE}/sessions", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = client.get(f"events/{CONFERENCE}/sessions", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200


def test_etag_changes_when_counts_change(demo_server: RunningServer) -> None:
    with api(demo_server) as c:
        before = c.get(f"events/{CONFERENCE}/sessions").headers["etag"]
        fields = c.get(f"events/{CONFERENCE}/custom-registration-fields").json()
        session_id = c.get(f"events/{CONFERENCE}/sessions").json()[3]["id"]
        answer = [
            {"id": fields[1]["customRegistrationFieldId"], "value": "Vegan"},
            {"id": fields[4]["customRegistrationFieldId"], "value": "Yes"},
        ]
        result = c.post(f"events/{CONFERENCE}/registrations", json={"attendees": [{
            "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
            "responses": answer, "attendeeSessions": [{"sessionId": session_id}],
        }]}).json()
        assert result["status"] == "Success"
        response = c.get(f"events/{CONFERENCE}/sessions", headers={"If-None-Match": before})
        assert response.status_code == 200
        assert response.headers["etag"] != before


def test_public_event_page_escapes_event_text(server_factory: ServerFactory) -> None:
    server = server_factory(event_seed("Escaped", eventName="<script>alert(1)</script>",
                                       description="Fish & <b>chips</b>"))
    with httpx.Client() as plain:
        page = plain.get(f"{server.root_url}/events/Escaped").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Fish &amp; &lt;b&gt;chips&lt;/b&gt;" in page


def test_url_hosts_for_printing() -> None:
    assert url_host("127.0.0.1") == "127.0.0.1"
    assert url_host("0.0.0.0") == "127.0.0.1"
    assert url_host("::1") == "[::1]"
    assert url_host("::") == "[::1]"
    assert binds_all_interfaces("0.0.0.0")
    assert binds_all_interfaces("::")
    assert not binds_all_interfaces("127.0.0.1")
