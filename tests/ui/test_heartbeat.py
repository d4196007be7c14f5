"""The kiosk's heartbeat: one key=value line in the log that an operator can grep across a
fleet (queue length, oldest wait, deliveries), and never an attendee's name or address."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from kiosk_harness import build_kiosk
from pytestqt.qtbot import QtBot
from test_screens import TIMEOUT, _event

from kiosk.api.client import EventsApiClient
from kiosk.api.models import Attendee, RegistrationData
from kiosk.services.availability import Availability
from kiosk.ui.window import WindowSettings

LINE = re.compile(
    r"^heartbeat queue=(\d+) oldest_wait_s=(\d+) stuck=(\d+) refused=(\d+) "
    r"delivered_since_start=(\d+) sending=(ok|paused|off)$"
)
PERSONAL = ("Wilhelmina", "Oyelaran-Brandt", "wilhelmina.ob@example.org", "example.org")


def _beats(caplog: pytest.LogCaptureFixture) -> list[re.Match[str]]:
    found = []
    for record in caplog.records:
        if record.name == "kiosk.heartbeat":
            match = LINE.match(record.getMessage())
            assert match is not None, record.getMessage()  # every beat is the full line
            found.append(match)
    return found


def _registration() -> RegistrationData:
    return RegistrationData(attendees=[Attendee(
        first_name="Wilhelmina", last_name="Oyelaran-Brandt", email="wilhelmina.ob@example.org",
    )])


def test_heartbeat_reports_the_waiting_queue_without_personal_data(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    # Nothing sends (no drainer): the registration waits, as when the network is down.
    with build_kiosk(qtbot, api, tmp_path / "kiosk", WindowSettings(heartbeat_s=0.2)) as kiosk:
        kiosk.outbox.add("Some_Event", "Some Event", _registration(),
                         now=datetime.now(UTC) - timedelta(minutes=3))
        qtbot.waitUntil(lambda: any(m.group(1) == "1" for m in _beats(caplog)), timeout=TIMEOUT)
        first = len(_beats(caplog))
        # ... and again a beat later: it is a heartbeat, not a one-off.
        qtbot.waitUntil(lambda: len(_beats(caplog)) > first, timeout=TIMEOUT)
    beat = [m for m in _beats(caplog) if m.group(1) == "1"][-1]
    queue, oldest_wait_s, stuck, refused, delivered, sending = beat.groups()
    assert 180 <= int(oldest_wait_s) < 3600  # waiting for three minutes
    assert (stuck, refused, delivered, sending) == ("0", "0", "0", "off")
    everything = caplog.text + "".join(r.getMessage() for r in caplog.records)
    for private in PERSONAL:
        assert private not in everything


def test_heartbeat_counts_deliveries_and_an_empty_queue(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    opened = _event(api, Availability.OPEN)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", WindowSettings(heartbeat_s=0.2),
                     drain=True) as kiosk:
        qtbot.waitUntil(lambda: bool(_beats(caplog)), timeout=TIMEOUT)  # one at start
        assert _beats(caplog)[0].group(1) == "0"
        kiosk.outbox.add(opened.readable_event_id, opened.event_name, _registration())
        kiosk.window.drainer.wake()  # type: ignore[union-attr]
        qtbot.waitUntil(
            lambda: any(m.group(5) == "1" and m.group(1) == "0" for m in _beats(caplog)),
            timeout=TIMEOUT,
        )
    delivered = next(m for m in _beats(caplog) if m.group(5) == "1")
    assert delivered.group(2) == "0"  # nothing waits: oldest_wait_s is 0
    assert delivered.group(6) == "ok"
    for private in PERSONAL:
        assert private not in caplog.text


def test_stopping_the_window_stops_the_heartbeat(
    qtbot: QtBot, api: EventsApiClient, tmp_path: Path, english: None,
) -> None:
    with build_kiosk(qtbot, api, tmp_path / "kiosk", WindowSettings(heartbeat_s=0.2)) as kiosk:
        assert kiosk.window.heartbeat.timer.isActive()
        assert kiosk.window.heartbeat.timer.interval() == 200
        kiosk.window.stop()
        assert not kiosk.window.heartbeat.timer.isActive()
    assert WindowSettings().heartbeat_s == 60  # once a minute in the app
