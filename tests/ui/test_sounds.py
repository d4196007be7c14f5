"""The success and problem cues for registration results, shared with check-in.

No audio device exists on this machine (offscreen, no sound server), so nothing can be
heard: the tests assert on the cue a real ``ResultSounds`` was asked to play (its
``played`` signal), which is what a kiosk with speakers plays. The screen says the same
thing in words (never the only signal); the other tests check those words.
"""

from __future__ import annotations

from pathlib import Path

from kiosk_harness import Kiosk, build_kiosk
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_screens import (
    TIMEOUT,
    _event,
    _events_by_state,
    _fill,
    _next_steps,
    _open_register,
    _submit,
    _wait_confirmation,
)

from kiosk.api.client import EventsApiClient
from kiosk.server.runner import RunningServer
from kiosk.services.availability import Availability
from kiosk.services.catalog import EventDetails
from kiosk.services.registration import Decision, Plan, build_payload
from kiosk.ui.flows.checkin import CheckInSettings
from kiosk.ui.sounds import PROBLEM, SUCCESS, ResultSounds
from kiosk.ui.window import WindowSettings


def _heard(kiosk: Kiosk) -> list[str]:
    """Every cue the window's sounds are asked to play from now on."""
    cues: list[str] = []
    kiosk.window.sounds.played.connect(cues.append)
    return cues


def test_registered_and_waitlisted_attendees_hear_the_success_cue(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    cues = _heard(kiosk)
    screen = _open_register(kiosk, qtbot, _event(api, Availability.OPEN).readable_event_id)
    _fill(qtbot, screen, "Amira")
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    assert kiosk.window.registration.confirmation_screen.title.text() == "You are registered"
    assert cues == [SUCCESS]

    kiosk.window.reset_to_start()
    screen = _open_register(kiosk, qtbot, _event(api, Availability.WAITLIST).readable_event_id)
    _fill(qtbot, screen, "Tomas")
    _submit(kiosk, qtbot)
    _wait_confirmation(kiosk, qtbot)
    assert kiosk.window.registration.confirmation_screen.title.text() == "You are on the waitlist"
    assert cues == [SUCCESS, SUCCESS]  # a waitlist place is not a failure


def test_a_registration_saved_to_send_later_is_a_success(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    event = _event(api, Availability.OPEN)
    with build_kiosk(qtbot, api, tmp_path / "kiosk") as kiosk:
        cues = _heard(kiosk)
        screen = _open_register(kiosk, qtbot, event.readable_event_id)
        server.stop()
        _fill(qtbot, screen, "Offline")
        _submit(kiosk, qtbot)
        _wait_confirmation(kiosk, qtbot)
        confirmation = kiosk.window.registration.confirmation_screen
        assert confirmation.title.text() == "Your registration is saved"
        assert cues == [SUCCESS]


def test_a_form_error_and_a_refusal_sound_the_problem_cue(
    kiosk: Kiosk, qtbot: QtBot, api: EventsApiClient
) -> None:
    cues = _heard(kiosk)
    event = min(
        (e for e in _events_by_state(api).get(Availability.OPEN, []) if e.is_capacity_restricted),
        key=lambda e: e.max_capacity - api.event_registration_count(e.readable_event_id),
    )
    screen = _open_register(kiosk, qtbot, event.readable_event_id)
    _fill(qtbot, screen, "Late")
    screen.consent.setChecked(False)
    _next_steps(qtbot, screen)
    assert cues == []  # walking the steps is silent
    # Register without consent: the form says what is missing, with the problem cue.
    screen.scroll_area.ensureWidgetVisible(screen.submit)
    qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)
    assert screen.consent_error.isVisibleTo(screen)
    assert cues == [PROBLEM]

    # Meanwhile other kiosks take every remaining seat: the server refuses.
    screen.consent.setChecked(True)
    left = event.max_capacity - api.event_registration_count(event.readable_event_id)
    details = EventDetails(
        event=event, fields=tuple(api.custom_registration_fields(event.readable_event_id))
    )
    answers = screen.draft().answers
    for n in range(left):
        draft = screen.draft()
        draft.email = f"other{n}@example.org"
        draft.answers = answers
        assert api.register(
            event.readable_event_id, build_payload(draft, details, Plan(Decision.REGISTER))
        ).succeeded
    _submit(kiosk, qtbot)
    qtbot.waitUntil(lambda: screen.summary.isVisible() and not screen.busy, timeout=TIMEOUT)
    assert screen.summary.text().startswith("Sorry, the event filled up a moment ago.")
    assert cues == [PROBLEM, PROBLEM]


def test_with_sounds_off_no_cue_is_played(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    settings = WindowSettings(sound=False)
    with build_kiosk(qtbot, api, tmp_path / "kiosk", settings) as kiosk:
        cues = _heard(kiosk)
        screen = _open_register(kiosk, qtbot, _event(api, Availability.OPEN).readable_event_id)
        _fill(qtbot, screen, "Quiet")
        _submit(kiosk, qtbot)
        _wait_confirmation(kiosk, qtbot)
        assert kiosk.window.registration.confirmation_screen.title.text() == "You are registered"
        assert cues == []
        assert kiosk.window.sounds.last is None


def test_check_in_and_registration_share_the_windows_sounds(
    qtbot: QtBot, server: RunningServer, api: EventsApiClient, tmp_path: Path, english: None
) -> None:
    """One ResultSounds per window: the setting and the audio output are handled once."""
    settings = WindowSettings(checkin=CheckInSettings(devices_after_ms=0))
    with build_kiosk(qtbot, api, tmp_path / "kiosk", settings, checkin=True) as kiosk:
        window = kiosk.window
        assert window.checkin is not None
        window.checkin.show_scan()  # the camera and the sounds load with the scan screen
        qtbot.waitUntil(lambda: window.checkin is not None and window.checkin.camera is not None,
                        timeout=TIMEOUT)
        assert window.checkin.sounds is window.sounds
        assert window.registration.sounds is window.sounds
        assert len(window.findChildren(ResultSounds)) == 1
