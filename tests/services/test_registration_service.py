"""The registration service against the real local server: what stays queued, what is final."""

from __future__ import annotations

import socket
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.api.client import EventsApiClient
from kiosk.api.errors import TokenRejectedError
from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN
from kiosk.server.runner import RunningServer, start_server
from kiosk.services.availability import Availability, event_availability
from kiosk.services.catalog import Catalog, EventDetails
from kiosk.services.outbox import Outbox, Submission, SubmissionState
from kiosk.services.registration import (
    Decision,
    Plan,
    RegistrationDraft,
    RegistrationService,
    SubmissionOutcome,
    build_payload,
)


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


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    box = Outbox(tmp_path / "outbox.sqlite3")
    yield box
    box.close()


def _open_event(client: EventsApiClient, *, waitlist: bool | None = None) -> EventDetails:
    """An open demo event without required questions (and with/without a waitlist)."""
    catalog = Catalog(client)
    now = datetime.now(UTC)
    for summary in catalog.refresh_events().events:
        event = summary.event
        state = event_availability(event, summary.registration_count, now, paid=summary.paid)
        if state.availability is not Availability.OPEN:
            continue
        if waitlist is not None and event.show_waitlist != waitlist:
            continue
        details = catalog.load_event(summary.readable_id)
        if not any(f.is_required for f in details.fields):
            return details
    pytest.fail("the demo has no open event of that kind without required questions")


def _draft(email: str) -> RegistrationDraft:
    return RegistrationDraft(first_name="Lena", last_name="Vogt", email=email, consent=True)


def test_a_rejected_token_keeps_the_registration_until_staff_fix_it(
    server: RunningServer, client: EventsApiClient, outbox: Outbox
) -> None:
    details = _open_event(client)
    with EventsApiClient(server.base_url_v2, "a-revoked-token", DEMO_ORIGIN) as wrong:
        outcome = RegistrationService(wrong, outbox).submit(_draft("lena@example.org"), details)
    assert outcome.state is SubmissionState.QUEUED
    assert isinstance(outcome.error, TokenRejectedError)
    queued = outbox.queued()
    assert [s.id for s in queued] == [outcome.submission_id]

    # Settings fixed: the same submission goes through, once.
    before = client.event_registration_count(details.readable_id)
    delivered = RegistrationService(client, outbox).send(queued[0])
    assert delivered.state is SubmissionState.DELIVERED
    assert client.event_registration_count(details.readable_id) == before + 1


def test_a_real_refusal_is_final_and_keeps_the_servers_words(
    client: EventsApiClient, outbox: Outbox
) -> None:
    details = _open_event(client, waitlist=False)
    service = RegistrationService(client, outbox)
    # The server refuses what the kiosk would not send: a waitlist request for an event
    # without a waitlist.
    payload = build_payload(
        _draft("wait@example.org"), details, Plan(Decision.EVENT_WAITLIST)
    )
    submission = outbox.add(details.readable_id, details.event.event_name, payload)
    outcome = service.send(submission)
    assert outcome.state is SubmissionState.REFUSED
    assert outcome.error_code
    assert outcome.reason
    stored = outbox.get(submission.id)
    assert stored is not None
    assert stored.state is SubmissionState.REFUSED
    assert stored.last_error == outcome.reason


def test_the_drainer_cannot_take_a_submission_the_screen_is_about_to_send(
    client: EventsApiClient, tmp_path: Path
) -> None:
    """The drainer may read the queue the instant a submission is stored; the screen's
    own first attempt must still be the one that sends it (and reports the outcome)."""
    details = _open_event(client)
    seen: list[SubmissionState] = []

    class EagerDrainerOutbox(Outbox):
        def add(self, *args: object, **kwargs: object) -> Submission:  # type: ignore[override]
            stored = super().add(*args, **kwargs)  # type: ignore[arg-type]
            # What a drainer thread would do right now: try to send the head.
            seen.append(service.send(stored).state)
            return stored

    box = EagerDrainerOutbox(tmp_path / "eager.sqlite3")
    try:
        service = RegistrationService(client, box)
        outcome = service.submit(_draft("eager@example.org"), details)
    finally:
        box.close()
    assert seen == [SubmissionState.QUEUED]  # the drainer stood aside
    assert outcome.state is SubmissionState.DELIVERED
    assert outcome.check_in_code


def _unreachable_port() -> int:
    """A loopback port nobody listens on: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_offline_the_kiosk_itself_knows_who_is_already_registered(
    server: RunningServer, client: EventsApiClient, outbox: Outbox
) -> None:
    """One person is one e-mail identity (kiosk.api.identity.email_key), the same one the
    server matches on: a repeat is answered "already registered" and nothing new is
    queued, even with the server out of reach."""
    details = _open_event(client)
    online = RegistrationService(client, outbox).submit(_draft("früh@example.org"), details)
    assert online.state is SubmissionState.DELIVERED
    down = server.base_url_v2.replace(f":{server.port}/", f":{_unreachable_port()}/")
    with EventsApiClient(down, DEMO_TOKEN, DEMO_ORIGIN) as offline_client:
        service = RegistrationService(offline_client, outbox)

        def submit(email: str) -> SubmissionOutcome:
            return service.submit(_draft(email), details)

        sharp_s = submit("straße@example.org")
        double_s = submit("strasse@example.org")  # ß is not ss: two mailboxes, two people
        nfc = submit(unicodedata.normalize("NFC", "josé@example.org"))
        punycode = submit("a@xn--mller-kva.de")
        firsts = (sharp_s, double_s, nfc, punycode)
        assert [o.state for o in firsts] == [SubmissionState.QUEUED] * 4
        assert not any(o.already_registered for o in firsts)
        assert outbox.queued_count()[0] == 4

        repeats = [
            (submit(unicodedata.normalize("NFD", "josé@example.org")), nfc),
            (submit("a@müller.de"), punycode),
            (submit("Strasse@Example.ORG"), double_s),
        ]
        for repeat, first in repeats:
            assert repeat.already_registered
            assert repeat.state is SubmissionState.QUEUED
            assert repeat.submission_id == first.submission_id
            assert repeat.check_in_code is None
        assert outbox.queued_count()[0] == 4  # nothing new was queued

        delivered_repeat = submit("FRÜH@example.org")
    assert delivered_repeat.already_registered
    assert delivered_repeat.state is SubmissionState.DELIVERED
    assert delivered_repeat.submission_id == online.submission_id
    assert delivered_repeat.check_in_code is None
    assert outbox.queued_count()[0] == 4
