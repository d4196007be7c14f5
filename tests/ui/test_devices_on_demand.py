"""QtMultimedia (the result cues, the camera: 15-20 MB with its FFmpeg libraries) loads
when a screen first needs it, not at the start: a kiosk that only shows its events never
holds it (issue 13, memory). What a user would notice is still there: the camera runs as
soon as the scan screen shows, and the first cue of a registration or a check-in is
asked for with its sounds already loading or loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from server_helpers import STAFF_TOKEN
from test_checkin_flow import (  # noqa: F401 - pytest fixtures used by name
    Scanner,
    ScannerClock,
    clock,
    door_api,
    door_server,
    flow,
    register,
    settings,
    wait_for_result,
    wait_ready,
)
from test_screens import TIMEOUT, _event, _open_register

from kiosk.api.client import EventsApiClient
from kiosk.server.demo import CONFERENCE
from kiosk.services.availability import Availability
from kiosk.services.checkin import CheckInKind
from kiosk.ui.flows.checkin import SUCCESS


@pytest.fixture
def both(
    qtbot: QtBot, door_api: EventsApiClient, tmp_path: Path,  # noqa: F811
    english: None, clock: ScannerClock,  # noqa: F811
) -> Iterator[Kiosk]:
    """A kiosk that registers and checks in (the default mode), devices allowed at once."""
    with build_kiosk(qtbot, door_api, tmp_path / "kiosk", settings(), checkin=True,
                     staff_token=STAFF_TOKEN, scanner_clock=clock) as kiosk:
        yield kiosk


def _devices_allowed(kiosk: Kiosk, qtbot: QtBot) -> None:
    """The check-in flow's start-up delay for the devices has run out."""
    qtbot.waitUntil(lambda: flow(kiosk)._devices_allowed, timeout=TIMEOUT)


def test_the_events_list_alone_loads_no_camera_and_no_sounds(
    both: Kiosk, qtbot: QtBot, door_api: EventsApiClient  # noqa: F811
) -> None:
    window = both.window
    wait_ready(both, qtbot)
    _devices_allowed(both, qtbot)
    assert window.stack.currentWidget() is window.browse.events_screen
    assert flow(both).camera is None
    assert not window.sounds.requested

    # The register form can play a cue (a form error, the result): its sounds load now,
    # long before anyone can submit it.
    _open_register(both, qtbot, _event(door_api, Availability.OPEN).readable_event_id)
    qtbot.waitUntil(lambda: window.sounds.requested, timeout=TIMEOUT)
    assert flow(both).camera is None  # still no camera: nobody asked to scan

    # The scan screen: the camera is made and runs at once.
    window.reset_to_start()
    qtbot.mouseClick(window.browse.events_screen.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow(both).camera is not None, timeout=TIMEOUT)
    camera = flow(both).camera
    assert camera is not None
    assert camera is both.camera  # the one the app's factory made
    qtbot.waitUntil(lambda: camera.running, timeout=TIMEOUT)
    assert flow(both).sounds is window.sounds  # one set of cues, still shared


def test_a_wedge_scan_from_the_events_list_loads_the_sounds_for_its_cue(
    both: Kiosk, qtbot: QtBot, door_api: EventsApiClient, clock: ScannerClock  # noqa: F811
) -> None:
    _, code = register(door_api, CONFERENCE, "Ines")
    window = both.window
    wait_ready(both, qtbot)
    _devices_allowed(both, qtbot)
    assert not window.sounds.requested
    cues: list[str] = []
    window.sounds.played.connect(cues.append)

    Scanner(window, clock).scan(code)

    wait_for_result(both, qtbot, CheckInKind.CHECKED_IN)
    assert flow(both).result_screen.title.text() == "Welcome, Ines!"
    assert window.sounds.requested
    assert cues == [SUCCESS]
    assert flow(both).camera is None  # a wedge scan needs no camera
