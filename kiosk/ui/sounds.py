"""The two short sounds of a check-in result: one for "you're in", one for "look here".

A sound is never the only signal (the screen says it in words, colour and icon), so no
sound is a normal state: sounds off in the settings, no audio output, or a file that does
not load. Each of those is logged once, never per scan.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from kiosk.ui.setup import resources_dir

log = logging.getLogger(__name__)

_FILES = {"success": "checkin-ok.wav", "problem": "checkin-problem.wav"}


class ResultSounds(QObject):
    """Plays the success or problem sound, when sounds are on and the system has an audio
    output. The effects are loaded once an output exists (one may be plugged in later)."""

    def __init__(
        self, enabled: bool, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._folder = folder or resources_dir() / "sounds"
        self._effects: dict[str, QSoundEffect] = {}
        self._said: str | None = None  # what the log last said about sound
        self._devices: QMediaDevices | None = None
        if enabled:
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._on_devices_audio_outputs_changed)
            self._load()
        else:
            self._note("check-in sounds off by setting")

    def play(self, kind: str) -> None:
        """Play ``kind`` ("success" or "problem"); nothing when sounds are off or cannot."""
        effect = self._effects.get(kind)
        if effect is None or effect.status() is QSoundEffect.Status.Error:
            return
        effect.stop()  # a new result cuts the last one's sound short
        effect.play()

    @Slot()
    def _on_devices_audio_outputs_changed(self) -> None:
        self._load()

    def _load(self) -> None:
        if QMediaDevices.defaultAudioOutput().isNull():
            self._effects = {}
            self._note("no audio output; check-in sounds are off")
            return
        if self._effects:
            return
        for kind, name in _FILES.items():
            path = self._folder / name
            if not path.is_file():
                self._note(f"check-in sound {name} missing; check-in sounds are off")
                self._effects = {}
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[kind] = effect
        self._note("check-in sounds on")

    def _note(self, state: str) -> None:
        if state != self._said:  # one line per change, not one per scan
            log.info("%s", state)
            self._said = state
