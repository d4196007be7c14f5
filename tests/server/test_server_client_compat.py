"""The kiosk's own API client against the server: every call it makes parses cleanly."""

from __future__ import annotations

import pytest
from server_helpers import ORIGIN, TOKEN

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import NotFoundError, TokenRejectedError
from kiosk.api.models import (
    Attendee,
    AttendeeSessions,
    CustomFieldType,
    CustomRegistrationFieldResponse,
    FinalizeRegistrationRequest,
    RegistrationData,
)
from kiosk.server.demo import CONFERENCE, PAID
from kiosk.server.runner import RunningServer


@pytest.mark.parametrize("form", ["v2", "v1"])
def test_client_reads_every_endpoint(shared_demo_server: RunningServer, form: str) -> None:
    base = shared_demo_server.base_url_v2 if form == "v2" else shared_demo_server.base_url_v1
    with EventsApiClient(base, TOKEN, ORIGIN) as client:
        events = client.published_events()
        assert len(events) == 6
        event = client.event(CONFERENCE)
        assert event.start_date_utc is not None
        sessions = client.sessions(CONFERENCE)
        assert len(sessions) == 42
        assert client.sessions(CONFERENCE)  # second call: served from the ETag cache
        assert len(client.tracks(CONFERENCE)) == 4
        assert len(client.speakers(CONFERENCE)) == 20
        sponsorships = client.sponsorships(CONFERENCE)
        assert len(sponsorships) == 8
        fields = client.custom_registration_fields(CONFERENCE)
        assert {f.type for f in fields} == set(CustomFieldType)
        assert client.passes(PAID)[0].pass_name == "Standard"
        assert client.event_registration_count(CONFERENCE) >= 0
        assert client.session(sessions[1].id).id == sessions[1].id
        assert client.session_registration_count(sessions[1].id) >= 0
        assert client.track_sessions(client.tracks(CONFERENCE)[0].id)
        assert client.sponsorship_logo(sponsorships[0].id).startswith(b"\x89PNG")
        speaker = client.speakers(CONFERENCE)[0]
        assert client.speaker_image(speaker.id).startswith(b"\xff\xd8")
        assert client.event_qr_code(CONFERENCE).startswith(b"\x89PNG")
        with pytest.raises(NotFoundError):
            client.event("No_Such_Event")
        with pytest.raises(NotFoundError):
            client.captcha(CONFERENCE)
    with EventsApiClient(base, "wrong", ORIGIN) as client, pytest.raises(TokenRejectedError):
        client.published_events()


def test_client_registers_and_finalizes(demo_server: RunningServer) -> None:
    with EventsApiClient(demo_server.base_url_v2, TOKEN, ORIGIN) as client:
        fields = {f.text: f for f in client.custom_registration_fields(CONFERENCE)}
        session = client.sessions(CONFERENCE)[2]
        data = RegistrationData(attendees=[Attendee(
            first_name="Grace", last_name="Hopper", email="grace@example.com",
            responses=[
                CustomRegistrationFieldResponse(
                    id=fields["Dietary requirements"].custom_registration_field_id,
                    value="Vegetarian"),
                CustomRegistrationFieldResponse(
                    id=fields["I have read the code of conduct"].custom_registration_field_id,
                    value="Yes"),
            ],
            attendee_sessions=[AttendeeSessions(session_id=session.id)],
        )])
        result = client.register(CONFERENCE, data, idempotency_key="outbox-1")
        assert result.succeeded
        again = client.register(CONFERENCE, data, idempotency_key="outbox-1")
        assert again == result
        assert client.session_registration_count(session.id) == session.registration_count + 1

        pass_id = client.passes(PAID)[0].pass_id
        paid = client.register(PAID, RegistrationData(attendees=[Attendee(
            first_name="Alan", last_name="Turing", email="alan@example.com", pass_id=pass_id)]))
        assert paid.needs_payment
        assert paid.purchase_id
        final = client.finalize(PAID, FinalizeRegistrationRequest(purchase_id=paid.purchase_id))
        assert final.succeeded
        assert final.attendees[0].check_in_code
