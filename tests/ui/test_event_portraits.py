"""A big conference's speakers (issue 13, scale): the event page asks for the portraits
near the screen, not all 150 at every opening, and holds a bounded number decoded.

A real local server seeded with 150 speakers, each with a 480 px JPEG portrait (served at
``speakers/{id}/image``); the kiosk's client goes through a transport that counts the
portrait requests. The page is shown offscreen at 1280x800.
"""

from __future__ import annotations

import base64
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from kiosk_harness import Kiosk, build_kiosk
from PIL import Image
from pytestqt.qtbot import QtBot

from kiosk.api.client import EventsApiClient
from kiosk.server.runner import RunningServer, start_server
from kiosk.ui.models import IMAGES_KEPT
from kiosk.ui.screens.event import FIRST_TILES
from kiosk.ui.widgets import rows_on_screen

TOKEN = "portraits-token"
ORIGIN = "http://portraits.localhost"
EVENT = "Big_Conference"
SPEAKERS = 150
TIMEOUT = 15_000
PORTRAIT = re.compile(r"/speakers/([^/]+)/image$")


def _speaker_id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _portrait() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (480, 480), (90, 120, 160)).save(buffer, "JPEG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _seed(path: Path) -> None:
    portrait = _portrait()
    speakers = [{"id": _speaker_id(n), "name": f"Speaker {n:03d}", "title": "Engineer",
                 "image": portrait} for n in range(SPEAKERS)]
    event = {
        "readableEventId": EVENT,
        "eventName": "Big Conference",
        "startDateUTC": "2099-03-02T08:00:00Z",
        "endDateUTC": "2099-03-02T18:00:00Z",
        "allowAnonymousRegistrations": True,
        "speakers": speakers,
    }
    path.write_text(json.dumps({"events": [event]}), encoding="utf-8")


class Counting(httpx.BaseTransport):
    """httpx's real transport; records the speaker ids whose portraits were asked for."""

    def __init__(self) -> None:
        self._real = httpx.HTTPTransport()
        self.portraits: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        found = PORTRAIT.search(request.url.path)
        if found:
            self.portraits.append(found.group(1))
        return self._real.handle_request(request)

    def close(self) -> None:
        self._real.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    seed = tmp_path / "seed.json"
    _seed(seed)
    running = start_server(tmp_path / "events.sqlite3", seed=seed, web_apps=[(TOKEN, ORIGIN)])
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def counted(server: RunningServer) -> Iterator[tuple[EventsApiClient, Counting]]:
    transport = Counting()
    client = EventsApiClient(server.base_url_v2, TOKEN, ORIGIN, transport=transport)
    try:
        yield client, transport
    finally:
        client.close()


def _decoded(kiosk: Kiosk) -> dict[str, Any]:
    return dict(kiosk.window.browse.event_screen.speaker_model._images)


def _open(kiosk: Kiosk, qtbot: QtBot) -> None:
    browse = kiosk.window.browse
    qtbot.waitUntil(lambda: browse.last_events is not None and bool(browse.last_events.events),
                    timeout=TIMEOUT)
    browse.events_screen.event_chosen.emit(EVENT)
    page = browse.event_screen
    qtbot.waitUntil(lambda: page.details is not None
                    and page.speaker_model.rowCount() == SPEAKERS, timeout=TIMEOUT)


def test_a_big_conference_page_asks_for_the_portraits_near_the_screen(
    qtbot: QtBot, counted: tuple[EventsApiClient, Counting], tmp_path: Path
) -> None:
    client, transport = counted
    with build_kiosk(qtbot, client, tmp_path / "kiosk") as kiosk:
        window = kiosk.window
        window.resize(1280, 800)
        window.show()
        _open(kiosk, qtbot)
        # With the details: the first screenful of the Speakers tab, before it is opened.
        qtbot.waitUntil(lambda: len(_decoded(kiosk)) == FIRST_TILES, timeout=TIMEOUT)
        qtbot.wait(300)  # (bounded: a request for the other 126 would have gone by now)
        assert sorted(transport.portraits) == [_speaker_id(n) for n in range(FIRST_TILES)]

        # Open the tab and scroll to the end: the portraits come as they near the screen.
        page = window.browse.event_screen
        page.tab_buttons["speakers"].click()
        view = page.speaker_view
        qtbot.waitUntil(view.isVisible, timeout=TIMEOUT)
        bar = view.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=TIMEOUT)
        model = page.speaker_model

        def on_screen() -> list[str]:
            rows = rows_on_screen(view)
            assert rows
            return [model.item(row).id for row in rows]

        while True:  # a screenful at a time, each with its portraits before the next
            qtbot.waitUntil(lambda: all(model.has_image(key) for key in on_screen()),
                            timeout=TIMEOUT)
            if bar.value() >= bar.maximum():
                break
            bar.setValue(min(bar.maximum(), bar.value() + view.viewport().height()))
        assert model.item(SPEAKERS - 1).id in on_screen()
        assert set(transport.portraits) == {_speaker_id(n) for n in range(SPEAKERS)}
        assert len(transport.portraits) == SPEAKERS  # each asked once, however it scrolled
        # At most IMAGES_KEPT held decoded (about 60 MB for all 150 at 320 px), and the
        # last screenful among them: what is on screen keeps its portraits.
        held = _decoded(kiosk)
        assert len(held) <= IMAGES_KEPT
        assert set(on_screen()) <= set(held)

        # The next attendee opens the same event: the portraits held are not asked again.
        asked = len(transport.portraits)
        window.reset_to_start()
        _open(kiosk, qtbot)
        qtbot.wait(300)  # (bounded, as above)
        first = {_speaker_id(n) for n in range(FIRST_TILES)}
        again = transport.portraits[asked:]
        assert len(again) <= FIRST_TILES
        assert set(again) == first - set(held)  # only the first screenful it let go
