"""A 304 hands back what the 200 parsed (issue 13, item 7), against the real demo server.

The client shares the models it holds; nothing a caller does to what it was handed may
reach the next caller.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, RegistrationData
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import RunningServer, start_server
from kiosk.services.catalog import IMAGE_MISS_S, Catalog


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(
        tmp_path / "events.sqlite3", demo=True, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)]
    )
    yield running
    running.stop()


@pytest.fixture
def client(server: RunningServer) -> Iterator[EventsApiClient]:
    with EventsApiClient(server.base_url_v2, DEMO_TOKEN, DEMO_ORIGIN) as api:
        yield api


def _event_with_speakers(client: EventsApiClient) -> str:
    for event in client.published_events():
        speakers = client.speakers(event.readable_event_id)
        if any(s.sessions for s in speakers):
            return event.readable_event_id
    pytest.fail("the demo has no event whose speakers list their sessions")


def test_an_unchanged_event_is_not_parsed_again(client: EventsApiClient) -> None:
    rid = _event_with_speakers(client)
    catalog = Catalog(client)
    first = catalog.load_event(rid)
    again = catalog.load_event(rid)

    # Every answer was a 304: the same objects, not equal copies parsed anew.
    assert again.event is first.event
    assert again.sessions
    assert all(a is b for a, b in zip(again.sessions, first.sessions,
                                                         strict=True))
    assert again.speakers is first.speakers
    assert again.passes == first.passes
    assert again.fields == first.fields
    counts = catalog.refresh_counts(rid)
    assert all(a is b for a, b in zip(counts.sessions, first.sessions, strict=True))


def test_what_one_caller_does_cannot_reach_the_next(client: EventsApiClient) -> None:
    rid = _event_with_speakers(client)
    catalog = Catalog(client)
    details = catalog.load_event(rid)
    # The catalog keeps speakers without their nested sessions...
    assert details.speakers
    assert all(s.sessions is None for s in details.speakers)
    # ...by copying them: the client's shared speakers (a 304 hands them out) keep theirs.
    held = client.speakers(rid)
    assert any(s.sessions for s in held)
    assert {s.id for s in held} == {s.id for s in details.speakers}

    # A caller's list is its own: taking items out of it leaves the next answer whole.
    sessions = client.sessions(rid)
    whole = len(sessions)
    sessions.clear()
    assert len(client.sessions(rid)) == whole
    assert len(catalog.load_event(rid).sessions) == whole


def test_a_change_is_parsed_and_handed_out(client: EventsApiClient) -> None:
    catalog = Catalog(client)
    listed = catalog.refresh_events().events
    open_events = [
        s.readable_id for s in listed
        if not s.paid and s.event.allow_anonymous_registrations and not s.event.enable_captcha
    ]
    before = next(
        details for details in map(catalog.load_event, open_events)
        if not any(f.is_required for f in details.fields)
    )
    rid = before.readable_id
    person = Attendee(first_name="Share", last_name="Test", email="share.test@example.org")
    result = client.register(rid, RegistrationData(attendees=[person]))
    assert result.succeeded, result.error_message
    after = catalog.refresh_counts(rid)
    assert after.registration_count == (before.registration_count or 0) + 1
    relisted = {s.readable_id: s for s in catalog.refresh_events().events}
    assert relisted[rid].registration_count == after.registration_count
    # The list changed (a 200): the other cards are the very objects shown before, so the
    # events screen compares and repaints only the one that changed.
    unchanged = [s for s in listed if s.readable_id != rid]
    assert unchanged
    assert all(relisted[s.readable_id] is s for s in unchanged)
    assert relisted[rid] is not next(s for s in listed if s.readable_id == rid)


def test_a_portrait_the_api_does_not_have_is_not_asked_for_at_every_opening(
    client: EventsApiClient, server: RunningServer
) -> None:
    """An agenda's speakers without portraits (404) were asked for again each time the
    page opened: 150 requests at a big conference. The answer is kept for a while; a
    portrait added meanwhile shows once it is over. A failure to reach the API is not an
    answer: the next opening asks again."""
    rid = _event_with_speakers(client)
    now = [0.0]
    catalog = Catalog(client, monotonic=lambda: now[0])
    speaker = catalog.load_event(rid).speakers[0]
    no_portrait = speaker.model_copy(update={"id": f"{speaker.id}-gone", "image": None})
    asked: list[str] = []
    speaker_image = client.speaker_image

    def observed(speaker_id: str) -> bytes:
        asked.append(speaker_id)
        return speaker_image(speaker_id)

    client.speaker_image = observed  # type: ignore[method-assign]

    assert catalog.speaker_image(no_portrait) is None
    assert catalog.speaker_image(no_portrait) is None
    assert asked == [no_portrait.id]

    now[0] += IMAGE_MISS_S + 1
    assert catalog.speaker_image(no_portrait) is None
    assert asked == [no_portrait.id] * 2

    server.stop()  # unreachable: not remembered
    unreachable = speaker.model_copy(update={"id": f"{speaker.id}-unreached", "image": None})
    assert catalog.speaker_image(unreachable) is None
    assert catalog.speaker_image(unreachable) is None
    assert asked[2:] == [unreachable.id] * 2
