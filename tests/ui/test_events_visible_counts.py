"""The events list asks for counts and passes only for the cards on screen (issue 13, item 5).

A real local server with many events; the kiosk's client goes through a transport that
counts requests and, to play a Dynamics tenant, takes the published-list extension
(``registrationCount``, ``hasPasses``) out of the server's answer.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from kiosk_harness import build_kiosk
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, PublishedEvent, RegistrationData
from kiosk.server.runner import RunningServer, start_server
from kiosk.services.catalog import EventsSnapshot, EventSummary
from kiosk.ui.flows.browse import PICTURES_KEPT
from kiosk.ui.models import EventListModel, Role
from kiosk.ui.screens.events import EventsScreen

TOKEN = "visible-counts-token"
ORIGIN = "http://visible.localhost"
EVENTS = 120
TIMEOUT = 15_000
EXTENSION = ("registrationCount", "hasPasses")


def _rid(n: int) -> str:
    return f"Card_{n:03d}"


def _seed(path: Path, picture: str | None = None) -> None:
    def event(n: int) -> dict[str, Any]:
        item: dict[str, Any] = {
            "image": picture,
            "readableEventId": _rid(n),
            "eventName": f"Card event {n}",
            "startDateUTC": f"2099-02-{1 + n // 10:02d}T{8 + n % 10:02d}:00:00Z",
            "endDateUTC": f"2099-02-{1 + n // 10:02d}T20:00:00Z",
            "maxCapacity": 50,
            "isCapacityRestricted": True,
            "allowAnonymousRegistrations": True,
        }
        if n % 5 == 4:
            item["passes"] = [{
                "passId": f"00000000-0000-4000-8000-{n:012d}", "passName": "Day",
                "price": 10.0, "currencySymbol": "€", "numberOfPassesLeft": 5,
            }]
        return item

    path.write_text(json.dumps({"events": [event(n) for n in range(EVENTS)]}), encoding="utf-8")


class Dynamics(httpx.BaseTransport):
    """httpx's real transport; records every path and strips the list's extension."""

    def __init__(self) -> None:
        self._real = httpx.HTTPTransport()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._real.handle_request(request)
        self.paths.append(request.url.path)
        if response.status_code == 200 and request.url.path.endswith("/events/published"):
            items = json.loads(response.read())
            for item in items:
                for key in EXTENSION:
                    item.pop(key, None)
            headers = [(k, v) for k, v in response.headers.items()
                       if k.lower() not in ("content-length", "content-encoding")]
            return httpx.Response(200, headers=headers, content=json.dumps(items).encode())
        return response

    def counted(self) -> set[str]:
        """The events whose count was asked."""
        return {p.split("/")[-3] for p in self.paths if p.endswith("/registrations/count")}

    def close(self) -> None:
        self._real.close()


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[RunningServer]:
    seed = tmp_path / "seed.json"
    _seed(seed)
    running = start_server(tmp_path / "events.sqlite3", seed=seed, web_apps=[(TOKEN, ORIGIN)])
    with EventsApiClient(running.base_url_v2, TOKEN, ORIGIN) as client:
        for i in range(2):
            person = Attendee(first_name="Card", last_name=f"Person {i}",
                              email=f"card.{i}@example.org")
            assert client.register(_rid(0), RegistrationData(attendees=[person])).succeeded
    yield running
    running.stop()


def test_only_the_cards_on_screen_are_asked_and_then_filled_in(
    qtbot: QtBot, venue: RunningServer, tmp_path: Path, english: None
) -> None:
    transport = Dynamics()
    client = EventsApiClient(venue.base_url_v2, TOKEN, ORIGIN, transport=transport)
    with build_kiosk(qtbot, client, tmp_path / "kiosk") as kiosk:
        screen = kiosk.window.browse.events_screen
        model = screen.model

        def on_screen_known() -> bool:
            shown = screen.visible_events()
            rows = {model.item(r).readable_id: model.item(r) for r in range(model.rowCount())}
            return bool(shown) and all(not rows[rid].pending for rid in shown)

        qtbot.waitUntil(lambda: model.rowCount() == EVENTS, timeout=TIMEOUT)
        qtbot.waitUntil(on_screen_known, timeout=TIMEOUT)
        shown = screen.visible_events()
        assert 0 < len(shown) < EVENTS // 2

        # The first card: two of 50 seats taken, said as the seats left.
        first = model.index(0)
        assert first.data(Role.KEY) == _rid(0)
        assert first.data(Role.AVAILABILITY) == "48 seats left"
        paid = model.index(4)
        assert paid.data(Role.AVAILABILITY) == "Register with a staff member"

        # A card far below was not asked: it says so, and guesses nothing.
        last = model.index(EVENTS - 1)
        assert model.item(EVENTS - 1).pending
        assert last.data(Role.AVAILABILITY) == "Checking seats…"
        assert last.data(Role.LEVEL) == "neutral"
        asked = transport.counted()
        assert _rid(EVENTS - 1) not in asked
        assert len(asked) < EVENTS // 2  # not one count per event (2N+1 requests)

        # The attendee scrolls to the end: those cards are asked for, and fill in.
        screen.view.scrollToBottom()
        qtbot.waitUntil(lambda: not model.item(EVENTS - 1).pending, timeout=TIMEOUT)
        assert last.data(Role.AVAILABILITY) == "Register with a staff member"  # it sells passes
        assert model.index(EVENTS - 2).data(Role.AVAILABILITY) == "50 seats left"
        assert _rid(EVENTS - 1) in transport.counted()
        assert _rid(EVENTS // 2) not in transport.counted()  # the middle was never on screen

        # A refresh of the list asks again only for the cards on screen: all 304s now.
        before = len(transport.paths)
        kiosk.window.browse.refresh_events()
        qtbot.waitUntil(lambda: len(transport.paths) > before, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: kiosk.runner.running == 0, timeout=TIMEOUT)
        again = transport.paths[before:]
        assert len(again) <= 1 + 2 * len(screen.visible_events())
        assert all(p.split("/")[-3] in screen.visible_events()
                   for p in again if p.endswith("/registrations/count"))
    client.close()


def test_only_the_pictures_of_the_cards_on_screen_are_decoded_and_kept(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    """120 pictured events: the kiosk decodes the pictures of the cards the attendee can
    see, fetches the others' as they scroll into view, and keeps a bounded number (each
    is up to 1.8 MB decoded; before, every listed event's was decoded and kept)."""
    png = io.BytesIO()
    Image.new("RGB", (640, 320), (40, 90, 160)).save(png, format="PNG")
    seed = tmp_path / "seed.json"
    _seed(seed, base64.b64encode(png.getvalue()).decode("ascii"))
    running = start_server(tmp_path / "events.sqlite3", seed=seed, web_apps=[(TOKEN, ORIGIN)])
    client = EventsApiClient(running.base_url_v2, TOKEN, ORIGIN)
    try:
        with build_kiosk(qtbot, client, tmp_path / "kiosk") as kiosk:
            browse = kiosk.window.browse
            screen = browse.events_screen
            model = screen.model
            qtbot.waitUntil(lambda: model.rowCount() == EVENTS, timeout=TIMEOUT)
            qtbot.waitUntil(lambda: bool(screen.visible_events()) and all(
                model.has_image(rid) for rid in screen.visible_events()), timeout=TIMEOUT)
            qtbot.waitUntil(lambda: kiosk.runner.running == 0, timeout=TIMEOUT)
            assert not model.has_image(_rid(EVENTS - 1))  # far below: not decoded
            assert len(browse._pictures) <= PICTURES_KEPT

            for row in range(0, EVENTS, 8):  # the attendee scrolls down to the end
                screen.view.scrollTo(model.index(row))
                qtbot.waitUntil(lambda: all(
                    model.has_image(rid) for rid in screen.visible_events()), timeout=TIMEOUT)
            qtbot.waitUntil(lambda: model.has_image(_rid(EVENTS - 1)), timeout=TIMEOUT)
            qtbot.waitUntil(lambda: kiosk.runner.running == 0, timeout=TIMEOUT)
            assert len(browse._pictures) <= PICTURES_KEPT
            assert not model.has_image(_rid(0))  # long off screen: let go
    finally:
        client.close()
        running.stop()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_the_screen_tells_the_cards_on_it_and_the_next_screenful(
    qtbot: QtBot, english: None, direction: Qt.LayoutDirection
) -> None:
    now = datetime.now(UTC)
    events = [
        EventSummary(PublishedEvent(
            readable_event_id=_rid(n), event_name=f"Card event {n}",
            start_date_utc=now + timedelta(days=1, hours=n),
            end_date_utc=now + timedelta(days=1, hours=n + 1),
        ), pending=True)
        for n in range(60)
    ]
    screen = EventsScreen()
    qtbot.addWidget(screen)
    screen.setLayoutDirection(direction)  # Arabic: the first card is on the right
    screen.resize(1280, 800)
    screen.show()
    with qtbot.waitSignal(screen.visible_events_changed, timeout=TIMEOUT) as told:
        screen.show_snapshot(EventsSnapshot(tuple(events), now), now)
    shown = told.args[0]
    # The cards on screen (two columns, two and a half rows) and the next screenful.
    assert shown == [_rid(n) for n in range(len(shown))]
    assert 6 <= len(shown) <= 16

    with qtbot.waitSignal(screen.visible_events_changed, timeout=TIMEOUT) as told:
        screen.view.scrollToBottom()
    assert _rid(59) in told.args[0]
    assert _rid(0) not in told.args[0]
    screen.close()


def test_a_refresh_repaints_only_the_cards_that_changed(qtbot: QtBot, english: None) -> None:
    now = datetime.now(UTC)

    def summary(n: int, count: int) -> EventSummary:
        return EventSummary(PublishedEvent(
            readable_event_id=_rid(n), event_name=f"Card event {n}", max_capacity=50,
            is_capacity_restricted=True, start_date_utc=now + timedelta(days=1, hours=n),
            end_date_utc=now + timedelta(days=1, hours=n + 1),
        ), count)

    model = EventListModel()
    model.now = now
    cards = [summary(n, 1) for n in range(500)]
    model.replace(cards)
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last, *_: changed.extend(range(first.row(),
                                                                            last.row() + 1)))
    model.replace([*cards[:7], summary(7, 9), *cards[8:]])  # one count moved
    assert changed == [7]
    assert model.index(7).data(Role.AVAILABILITY) == "41 seats left"
    changed.clear()
    model.update_summaries([summary(300, 20), cards[301]])  # a scroll filled in two cards
    assert changed == [300]
    assert model.index(300).data(Role.AVAILABILITY) == "30 seats left"
