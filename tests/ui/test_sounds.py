"""The success and problem cues for registration results, shared with check-in.

The flows' tests assert on the cue a real ``ResultSounds`` was asked to play (its
``played`` signal), which is what a kiosk with speakers plays; the screen says the same
thing in words (never the only signal), and the other tests check those words. The last
tests play the cues through a real PulseAudio server with a null sink (the `pulseaudio`
package, installed by .ci/install-display-deps), and without one.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
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
from kiosk.ui.setup import resources_dir
from kiosk.ui.sounds import PROBLEM, SUCCESS, VOLUME, ResultSounds, read_cue
from kiosk.ui.window import WindowSettings

HOW_TO_INSTALL = "Install it as root with `.ci/install-display-deps`."


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


# ------------------------------------------------------------ the cues through a sound server


@pytest.fixture
def sound_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A real PulseAudio server with a null sink (what a kiosk's speakers are to it), on a
    socket of this test's own; PULSE_SERVER points the kiosk's cues at it."""
    binary = shutil.which("pulseaudio")
    if binary is None:
        message = f"pulseaudio is not installed. {HOW_TO_INSTALL}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    home = tmp_path / "pulse"
    home.mkdir()
    socket = home / "native"
    log_file = (tmp_path / "pulseaudio.log").open("wb")
    server = subprocess.Popen(
        [binary, "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
         "--use-pid-file=no", "-L", "module-null-sink",
         "-L", f"module-native-protocol-unix socket={socket} auth-anonymous=1"],
        env=dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(home)),
        stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file,
    )
    try:
        deadline = time.monotonic() + TIMEOUT / 1000
        while not socket.exists():
            assert server.poll() is None, (tmp_path / "pulseaudio.log").read_text()
            assert time.monotonic() < deadline, "the sound server did not start"
            time.sleep(0.02)
        monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
        yield str(socket)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log_file.close()


def test_a_cue_is_played_to_the_end_through_the_sound_server(
    qtbot: QtBot, sound_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.ui.sounds")
    sounds = ResultSounds(True)
    sounds.load()
    assert "result sounds on" in caplog.messages
    sounds.play(SUCCESS)
    qtbot.waitUntil(sounds.idle, timeout=TIMEOUT)
    assert sounds.heard == 1  # every sample went to the server and was played out


def test_a_new_result_cuts_the_last_cue_short(qtbot: QtBot, sound_server: str) -> None:
    sounds = ResultSounds(True)
    sounds.load()
    sounds.play(SUCCESS)
    sounds.play(PROBLEM)  # the next attendee's result: only its cue is heard to the end
    qtbot.waitUntil(sounds.idle, timeout=TIMEOUT)
    assert sounds.heard == 1
    assert sounds.last == PROBLEM


def test_without_a_sound_server_the_cues_are_silent_and_said_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'no-server'}")
    caplog.set_level(logging.INFO, logger="kiosk.ui.sounds")
    sounds = ResultSounds(True)
    cues: list[str] = []
    sounds.played.connect(cues.append)
    sounds.load()
    for kind in (SUCCESS, PROBLEM, SUCCESS):
        sounds.play(kind)
        qtbot.waitUntil(sounds.idle, timeout=TIMEOUT)
    assert cues == [SUCCESS, PROBLEM, SUCCESS]  # the screen still says it in words
    assert sounds.heard == 0
    assert sum("no sound server" in m for m in caplog.messages) == 1  # not once per result


def test_without_the_sound_library_the_kiosk_runs_silent(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.ui.sounds")
    sounds = ResultSounds(True, library="libpulse-simple-not-here.so.0")
    sounds.load()
    assert sounds.requested
    sounds.play(SUCCESS)
    assert sounds.idle()  # no worker: nothing to play it with
    assert sounds.last == SUCCESS
    assert any("no sound library" in m for m in caplog.messages)


def test_the_cues_are_the_files_at_four_fifths_of_their_level() -> None:
    path = resources_dir() / "sounds" / "checkin-ok.wav"
    with wave.open(str(path), "rb") as wav:
        raw = memoryview(wav.readframes(wav.getnframes())).cast("h")
    cue = read_cue(path)
    assert (cue.rate, cue.channels, cue.width) == (44100, 1, 2)
    assert 0.3 < cue.seconds < 0.5  # a short cue, not a jingle
    played = memoryview(cue.pcm).cast("h")
    loudest = max(range(len(raw)), key=lambda i: abs(raw[i]))
    assert played[loudest] == int(raw[loudest] * VOLUME)
    assert VOLUME == 0.8
