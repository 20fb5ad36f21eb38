"""Writes the breathing cues beside this script: a sound for each phase, to follow with eyes closed.

    python resources/sounds/make_cues.py [FOLDER]   (FOLDER: where to write them; this one by default)

Breathing in rises and breathing out falls, gently, like the breath; a hold is one soft, steady
note; rest is a low note that fades like a struck bowl. Soft sine tones with a touch of the octave,
slow attacks and long fades: never a beep. Standard library only, so anyone can change a number and
run it again; tests/voice/test_cues.py checks what a listener relies on (in rises, out falls, each
different, none clipped, loud enough). Mono 16-bit at 22 050 Hz, the format espeak-ng's speech
comes in, so a cue can be put before the words in one file.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 22050
HERE = Path(__file__).resolve().parent


def glide(start_hz: float, end_hz: float) -> Callable[[float], float]:
    """A pitch moving from `start_hz` to `end_hz` evenly in musical steps (geometric), t from 0 to 1."""
    return lambda t: start_hz * (end_hz / start_hz) ** t


def tone(
    seconds: float,
    pitch: Callable[[float], float],
    loudness: float,
    attack: float,
    release: float,
    ring: float = 0.0,
) -> list[float]:
    """Samples in -1..1: a sine at `pitch(t)` with a soft octave, faded in over `attack` and out over
    `release` seconds; `ring` > 0 lets it die away from the start instead, like a bowl."""
    count = round(seconds * RATE)
    phase = 0.0
    samples = []
    for i in range(count):
        t = i / RATE
        phase += 2 * math.pi * pitch(i / count) / RATE
        wave_ = math.sin(phase) + 0.12 * math.sin(2 * phase)
        envelope = min(1.0, t / attack, (seconds - t) / release)
        if ring:
            envelope *= math.exp(-t / ring)
        samples.append(loudness * envelope * wave_ / 1.12)
    return samples


def write(folder: Path, name: str, samples: list[float]) -> Path:
    path = folder / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(s * 32767)) for s in samples))
    return path


# name: (seconds, pitch, loudness, attack, release, ring)
CUES: dict[str, tuple[float, Callable[[float], float], float, float, float, float]] = {
    "cue-in.wav": (0.70, glide(262, 392), 0.32, 0.08, 0.20, 0.0),  # C4 up to G4
    "cue-out.wav": (0.90, glide(392, 262), 0.32, 0.08, 0.30, 0.0),  # G4 down to C4, a little longer
    "cue-hold.wav": (0.45, glide(330, 330), 0.20, 0.10, 0.20, 0.0),  # E4, quieter, level
    "cue-rest.wav": (0.80, glide(196, 196), 0.30, 0.01, 0.30, 0.25),  # G3, struck and fading
}


def main(folder: Path = HERE) -> None:
    for name, (seconds, pitch, loudness, attack, release, ring) in CUES.items():
        print(write(folder, name, tone(seconds, pitch, loudness, attack, release, ring)))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
