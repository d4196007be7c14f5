"""The two short cues of a result: one for "done, all is well", one for "look here".

One ``ResultSounds`` per window, shared by check-in (checked in / a problem with the code)
and registration (registered, waitlisted or saved to send / refused or a form error), so
the setting and the audio output are handled in one place.

A sound is never the only signal (the screen says it in words, colour and icon), so no
sound is a normal state: sounds off in the settings, no audio output, or a file that does
not load. Each of those is logged once, never per result. QtMultimedia (15-20 MB with
its FFmpeg libraries) is loaded by ``load()``, which the flows call when a screen that can
play a cue first shows (or a scan comes in), not when the window is built.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal, Slot

from kiosk.ui.setup import resources_dir

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

log = logging.getLogger(__name__)

SUCCESS, PROBLEM = "success", "problem"
_FILES = {SUCCESS: "checkin-ok.wav", PROBLEM: "checkin-problem.wav"}


class ResultSounds(QObject):
    """Plays the success or problem cue, when sounds are on and the system has an audio
    output. The effects are loaded once an output exists (one may be plugged in later).

    Signals:
        played(str): a cue was asked for with sounds on ("success" or "problem"); it is
            heard when an audio output exists.
    """

    played = Signal(str)

    def __init__(
        self, enabled: bool, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._folder = folder or resources_dir() / "sounds"
        self._effects: dict[str, QSoundEffect] = {}
        self._said: str | None = None  # what the log last said about sound
        self._devices: QMediaDevices | None = None
        self.last: str | None = None  # the last cue asked for with sounds on
        self._pending: str | None = None  # asked for before its effect had loaded
        if not enabled:
            self._note("result sounds off by setting")

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def requested(self) -> bool:
        """``load`` has run (or sounds are off: there is nothing to load)."""
        return not self._enabled or self._devices is not None

    def load(self) -> None:
        """Load QtMultimedia and the effects (once; later calls do nothing)."""
        if not self._enabled or self._devices is not None:
            return
        from PySide6.QtMultimedia import QMediaDevices  # about 0.1 s: off the start-up path

        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_devices_audio_outputs_changed)
        self._load()

    def play(self, kind: str) -> None:
        """Play ``kind`` (SUCCESS or PROBLEM); nothing when sounds are off or cannot."""
        if not self._enabled:
            return
        self.last = kind
        self.played.emit(kind)
        self._start(kind)

    def _start(self, kind: str) -> None:
        effect = self._effects.get(kind)
        if effect is None:
            return
        from PySide6.QtMultimedia import QSoundEffect

        status = effect.status()
        if status is QSoundEffect.Status.Error:
            return
        if status is not QSoundEffect.Status.Ready:  # loaded moments ago: still reading
            self._pending = kind  # played when its file is in (_on_effect_status_changed)
            return
        self._pending = None
        effect.stop()  # a new result cuts the last one's sound short
        effect.play()

    @Slot()
    def _on_effect_status_changed(self) -> None:
        """A cue asked for while the effects were still loading plays once they are in."""
        kind, self._pending = self._pending, None
        if kind is not None:
            self._start(kind)

    @Slot()
    def _on_devices_audio_outputs_changed(self) -> None:
        self._load()

    def _load(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if QMediaDevices.defaultAudioOutput().isNull():
            self._effects = {}
            self._note("no audio output; result sounds are off")
            return
        if self._effects:
            return
        for kind, name in _FILES.items():
            path = self._folder / name
            if not path.is_file():
                self._note(f"result sound {name} missing; result sounds are off")
                self._effects = {}
                return
            effect = QSoundEffect(self)
            effect.statusChanged.connect(self._on_effect_status_changed)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[kind] = effect
        self._note("result sounds on")

    def _note(self, state: str) -> None:
        if state != self._said:  # one line per change, not one per result
            log.info("%s", state)
            self._said = state
