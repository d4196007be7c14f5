"""The two short cues of a result: one for "done, all is well", one for "look here".

One ``ResultSounds`` per window, shared by check-in (checked in / a problem with the code)
and registration (registered, waitlisted or saved to send / refused or a form error), so
the setting and the audio output are handled in one place.

A sound is never the only signal (the screen says it in words, colour and icon), so no
sound is a normal state: sounds off in the settings, no sound server, or a file that does
not load. Each of those is logged once, never per result.

The cues are two short PCM WAV files, played through PulseAudio's simple API
(``libpulse-simple.so.0``, part of libpulse0, which the kiosk needs anyway: Qt Virtual
Keyboard links it) with a few lines of ctypes, on a worker thread that lives while a cue
plays. A PipeWire or PulseAudio server answers it; without one the cue is silent. Not
QtMultimedia: in this PySide6 its only backend is FFmpeg, and ``QSoundEffect`` with
``QMediaDevices`` cost the kiosk 6-7 MB for two cues (BENCHMARKS.md, "Memory, third
pass"); the camera still uses QtMultimedia, on the scan screen only. ``load()`` reads the
files (the flows call it when a screen that can play a cue first shows, or a scan comes
in); a sound server started later is found by the next cue.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import wave
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.ui.setup import resources_dir

log = logging.getLogger(__name__)

SUCCESS, PROBLEM = "success", "problem"
_FILES = {SUCCESS: "checkin-ok.wav", PROBLEM: "checkin-problem.wav"}
LIBRARY = "libpulse-simple.so.0"
VOLUME = 0.8  # of the files' level, applied to the samples (the stream keeps the server's)
_CHUNK_S = 0.02  # written per call: a new cue cuts the last one short within about this
_BUFFER_S = 0.06  # the server's target buffer: short, so that a cut is heard at once
_DEFAULT = 0xFFFFFFFF  # (uint32_t) -1 in pa_buffer_attr: the server's choice

# <pulse/def.h>, <pulse/sample.h>
_PA_STREAM_PLAYBACK = 1
_PA_SAMPLE_U8 = 0
_PA_SAMPLE_S16LE = 3


class _SampleSpec(ctypes.Structure):
    _fields_ = (("format", ctypes.c_int), ("rate", ctypes.c_uint32),
                ("channels", ctypes.c_uint8))


class _BufferAttr(ctypes.Structure):
    _fields_ = (("maxlength", ctypes.c_uint32), ("tlength", ctypes.c_uint32),
                ("prebuf", ctypes.c_uint32), ("minreq", ctypes.c_uint32),
                ("fragsize", ctypes.c_uint32))


@dataclass(frozen=True)
class Cue:
    """One cue's samples, as the sound server takes them."""

    pcm: bytes
    rate: int
    channels: int
    width: int  # bytes per sample: 1 (unsigned 8-bit) or 2 (signed 16-bit little-endian)

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (self.rate * self.channels * self.width)


def read_cue(path: Path, volume: float = VOLUME) -> Cue:
    """A PCM WAV file (8- or 16-bit) as a Cue at ``volume``; ValueError for anything else."""
    try:
        with wave.open(str(path), "rb") as wav:
            width, rate, channels = wav.getsampwidth(), wav.getframerate(), wav.getnchannels()
            pcm = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"{path.name}: {exc}") from None
    if width not in (1, 2) or not 1 <= channels <= 2 or rate <= 0:
        raise ValueError(f"{path.name}: {width * 8}-bit, {channels} channels: not supported")
    if volume != 1.0 and width == 2:
        samples = memoryview(bytearray(pcm)).cast("h")
        for i in range(len(samples)):
            samples[i] = int(samples[i] * volume)
        pcm = samples.tobytes()
    return Cue(pcm, rate, channels, width)


class _Pulse:
    """libpulse-simple through ctypes: a playback stream per cue."""

    def __init__(self, library: str = LIBRARY) -> None:
        lib = ctypes.CDLL(library)  # OSError when missing
        lib.pa_simple_new.restype = ctypes.c_void_p
        lib.pa_simple_new.argtypes = (
            ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
            ctypes.POINTER(_SampleSpec), ctypes.c_void_p, ctypes.POINTER(_BufferAttr),
            ctypes.POINTER(ctypes.c_int),
        )
        for name in ("pa_simple_drain", "pa_simple_flush"):
            function = getattr(lib, name)
            function.restype = ctypes.c_int
            function.argtypes = (ctypes.c_void_p, ctypes.POINTER(ctypes.c_int))
        lib.pa_simple_write.restype = ctypes.c_int
        lib.pa_simple_write.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                        ctypes.POINTER(ctypes.c_int))
        lib.pa_simple_free.restype = None
        lib.pa_simple_free.argtypes = (ctypes.c_void_p,)
        lib.pa_strerror.restype = ctypes.c_char_p  # libpulse's, which libpulse-simple links
        lib.pa_strerror.argtypes = (ctypes.c_int,)
        self._lib = lib

    def error(self, code: int) -> str:
        text = self._lib.pa_strerror(code)
        return text.decode("utf-8", "replace") if text else f"error {code}"

    def open(self, cue: Cue) -> int:
        """A playback stream for ``cue``'s format; OSError when no server answers."""
        spec = _SampleSpec(_PA_SAMPLE_S16LE if cue.width == 2 else _PA_SAMPLE_U8, cue.rate,
                           cue.channels)
        frame = cue.channels * cue.width
        target = max(int(cue.rate * _BUFFER_S) * frame, frame)
        attr = _BufferAttr(_DEFAULT, target, _DEFAULT, _DEFAULT, _DEFAULT)
        code = ctypes.c_int(0)
        stream = self._lib.pa_simple_new(None, b"Kiosk", _PA_STREAM_PLAYBACK, None,
                                         b"result cue", ctypes.byref(spec), None,
                                         ctypes.byref(attr), ctypes.byref(code))
        if not stream:
            raise OSError(self.error(code.value))
        return int(stream)

    def write(self, stream: int, data: bytes) -> None:
        code = ctypes.c_int(0)
        if self._lib.pa_simple_write(stream, data, len(data), ctypes.byref(code)) < 0:
            raise OSError(self.error(code.value))

    def end(self, stream: int, cut: bool) -> None:
        """Let the stream play out (or drop what it holds when ``cut``), then close it."""
        code = ctypes.c_int(0)
        try:
            (self._lib.pa_simple_flush if cut else self._lib.pa_simple_drain)(
                stream, ctypes.byref(code))
        finally:
            self._lib.pa_simple_free(stream)


class ResultSounds(QObject):
    """Plays the success or problem cue, when sounds are on and a sound server answers.

    Signals:
        played(str): a cue was asked for with sounds on ("success" or "problem"); it is
            heard when a sound server answers.
    """

    played = Signal(str)

    def __init__(
        self, enabled: bool, folder: Path | None = None, parent: QObject | None = None,
        library: str = LIBRARY,
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._folder = folder or resources_dir() / "sounds"
        self._library = library
        self._effects: dict[str, Cue] = {}  # the cues read, by kind
        self._pulse: _Pulse | None = None
        self._loaded = False
        self._said: str | None = None  # what the log last said about sound
        self._lock = threading.Lock()
        self._next: Cue | None = None  # the cue the worker plays next
        self._asked = 0  # cues asked for so far: the worker cuts its cue when this moves
        self._worker: threading.Thread | None = None
        self.last: str | None = None  # the last cue asked for with sounds on
        self.heard = 0  # cues played to the end by a sound server (for the tests)
        if not enabled:
            self._note("result sounds off by setting")

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def requested(self) -> bool:
        """``load`` has run (or sounds are off: there is nothing to load)."""
        return not self._enabled or self._loaded

    def load(self) -> None:
        """Read the cues and open the sound library (once; later calls do nothing)."""
        if not self._enabled or self._loaded:
            return
        self._loaded = True
        try:
            self._pulse = _Pulse(self._library)
        except (OSError, AttributeError) as exc:
            self._note(f"no sound library ({type(exc).__name__}); result sounds are off")
            return
        cues: dict[str, Cue] = {}
        for kind, name in _FILES.items():
            path = self._folder / name
            if not path.is_file():
                self._note(f"result sound {name} missing; result sounds are off")
                return
            try:
                cues[kind] = read_cue(path)
            except ValueError as exc:
                self._note(f"result sound not playable ({exc}); result sounds are off")
                return
        self._effects = cues
        self._note("result sounds on")

    def play(self, kind: str) -> None:
        """Play ``kind`` (SUCCESS or PROBLEM); nothing when sounds are off or cannot. A new
        cue cuts the last one short."""
        if not self._enabled:
            return
        self.last = kind
        self.played.emit(kind)
        cue = self._effects.get(kind)
        if cue is None or self._pulse is None:
            return
        with self._lock:
            self._next = cue
            self._asked += 1
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="result-sounds",
                                                daemon=True)
                self._worker.start()

    def idle(self) -> bool:
        """No cue playing or waiting (the worker thread has ended)."""
        with self._lock:
            return self._worker is None

    def _work(self) -> None:
        """The worker: plays the next cue until none is left, then ends (also on a failure
        nobody expected: a cue is never worth a stuck worker or a traceback on screen)."""
        try:
            self._play_queued()
        except Exception as exc:  # noqa: BLE001 - said once; the next cue starts a worker
            self._note(f"result sounds failed: {type(exc).__name__}: {exc}")
        finally:
            with self._lock:
                self._worker = None
                if self._next is not None:  # asked for while this worker was ending
                    self._worker = threading.Thread(target=self._work, name="result-sounds",
                                                    daemon=True)
                    self._worker.start()

    def _play_queued(self) -> None:
        pulse = self._pulse
        assert pulse is not None
        while True:
            with self._lock:
                cue, self._next, asked = self._next, None, self._asked
                if cue is None:
                    return
            try:
                stream = pulse.open(cue)
            except OSError as exc:
                self._note(f"no sound server ({exc}); result sounds are silent")
                continue
            self._note("result sounds on")
            cut = False
            try:
                # In small pieces into a short buffer: each write returns about when the
                # piece before it is heard, so a new cue is heard at once.
                step = max(int(cue.rate * _CHUNK_S), 1) * cue.channels * cue.width
                for start in range(0, len(cue.pcm), step):
                    with self._lock:
                        cut = self._asked != asked
                    if cut:
                        break
                    pulse.write(stream, cue.pcm[start:start + step])
            except OSError as exc:
                self._note(f"sound server: {exc}")
                cut = True
            finally:
                pulse.end(stream, cut)
            if not cut:
                self.heard += 1

    def _note(self, state: str) -> None:
        with self._lock:
            if state == self._said:  # one line per change, not one per result
                return
            self._said = state
        log.info("%s", state)
