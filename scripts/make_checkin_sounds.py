"""Write the two check-in result sounds to resources/sounds/ (run once; the WAVs are kept
in the repository): a rising two-note chime for "you're in" and a low double beep for
"please look at the screen". 16-bit mono PCM at 44.1 kHz, each under half a second, made
with the standard library only so anyone can read and remake them.

    .venv/bin/python scripts/make_checkin_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def _tone(frequency: float, seconds: float, volume: float, harmonics: float = 0.0) -> list[float]:
    """A sine (plus a little of its octave) with a 5 ms attack and an exponential decay,
    so it starts and ends without a click."""
    count = int(RATE * seconds)
    attack = int(RATE * 0.005)
    samples = []
    for n in range(count):
        t = n / RATE
        envelope = min(1.0, n / attack) * math.exp(-4.0 * t / seconds)
        tail = min(1.0, (count - n) / attack)  # the last 5 ms fade to zero
        wave_value = math.sin(2 * math.pi * frequency * t)
        wave_value += harmonics * math.sin(4 * math.pi * frequency * t)
        samples.append(volume * envelope * tail * wave_value / (1 + harmonics))
    return samples


def _silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def _write(name: str, samples: list[float]) -> None:
    frames = b"".join(
        struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples
    )
    with wave.open(str(OUT / name), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames)
    print(f"{OUT / name}: {len(samples) / RATE:.2f} s")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # E5 then A5: a rising fourth, bright and friendly.
    _write("checkin-ok.wav", _tone(659.25, 0.14, 0.55, 0.2) + _tone(880.0, 0.26, 0.55, 0.2))
    # Two short low beeps (A3 with a strong octave, so small speakers still carry it).
    beep = _tone(220.0, 0.13, 0.7, 0.6)
    _write("checkin-problem.wav", beep + _silence(0.07) + beep)


if __name__ == "__main__":
    main()
