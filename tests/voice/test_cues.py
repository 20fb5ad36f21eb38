"""The breathing cues, analysed as a listener with closed eyes relies on them: in rises, out falls, each its own.

resources/sounds/make_cues.py writes them; this reads the WAV files themselves (pitch from zero crossings
over short windows, loudness, peaks), so a changed number in the script, or a swapped pair, shows here.
"""

from __future__ import annotations

import math
import struct
import subprocess
import sys
import wave
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOUNDS = ROOT / "resources" / "sounds"
CUES = {kind: SOUNDS / f"cue-{kind}.wav" for kind in ("in", "out", "hold", "rest")}
WINDOW = 0.06  # seconds: short enough to follow a glide, long enough for several periods of a low note


@dataclass(frozen=True)
class Cue:
    seconds: float
    pitches: list[float]  # Hz, window by window, where the sound is clearly there
    rms: float
    peak: float
    first_half_rms: float
    second_half_rms: float


def samples_of(path: Path) -> tuple[list[float], int]:
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2), path
        frames, rate = w.readframes(w.getnframes()), w.getframerate()
    return [s / 32768 for s in struct.unpack(f"<{len(frames) // 2}h", frames)], rate


def rms(samples: list[float]) -> float:
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def analyse(path: Path) -> Cue:
    samples, rate = samples_of(path)
    size = round(WINDOW * rate)
    loud = max(abs(s) for s in samples)
    pitches = []
    for start in range(0, len(samples) - size, size):
        window = samples[start : start + size]
        if max(abs(s) for s in window) < 0.3 * loud:
            continue  # the fade in or out: too quiet to hear a pitch in
        # Upward zero crossings, placed between samples by linear interpolation: periods to a fraction of one.
        times = [i + a / (a - b) for i, (a, b) in enumerate(pairwise(window)) if a < 0 <= b]
        pitches.append((len(times) - 1) * rate / (times[-1] - times[0]))
    half = len(samples) // 2
    return Cue(len(samples) / rate, pitches, rms(samples), loud, rms(samples[:half]), rms(samples[half:]))


def problems(files: dict[str, Path]) -> list[str]:
    """What a listener would miss in a set of cues ("" problems: each phase is told apart by ear)."""
    found = []
    cues = {kind: analyse(path) for kind, path in files.items()}
    for kind, cue in cues.items():
        if cue.peak >= 0.95:
            found.append(f"{kind}: clips (peak {cue.peak:.2f})")
        if not 0.04 <= cue.rms <= 0.3:
            found.append(f"{kind}: loudness {cue.rms:.3f} is outside 0.04 to 0.3")
        if not 0.3 <= cue.seconds <= 1.2:
            found.append(f"{kind}: {cue.seconds:.2f} s is not short")
        if len(cue.pitches) < 3:
            found.append(f"{kind}: too short a sound to hear its pitch")
    rise = {kind: cue.pitches[-1] / cue.pitches[0] for kind, cue in cues.items() if len(cue.pitches) >= 3}
    if rise.get("in", 0) < 1.25 or any(b < a * 0.98 for a, b in pairwise(cues["in"].pitches)):
        found.append(f"in: does not rise steadily ({[round(p) for p in cues['in'].pitches]})")
    if rise.get("out", 9) > 0.8 or any(b > a * 1.02 for a, b in pairwise(cues["out"].pitches)):
        found.append(f"out: does not fall steadily ({[round(p) for p in cues['out'].pitches]})")
    for kind in ("hold", "rest"):
        if not 0.95 < rise.get(kind, 0) < 1.05:
            found.append(f"{kind}: is not one steady note ({[round(p) for p in cues[kind].pitches]})")
    if cues["rest"].second_half_rms > 0.6 * cues["rest"].first_half_rms:
        found.append("rest: does not fade away")
    if cues["hold"].rms > 0.8 * min(cues["in"].rms, cues["out"].rms):
        found.append("hold: not softer than the breaths")
    notes = {kind: (round(cue.pitches[0] / 20), round(cue.pitches[-1] / 20)) for kind, cue in cues.items()}
    if len(set(notes.values())) < len(notes):
        found.append(f"two cues begin and end on the same notes: {notes}")
    return found


def test_each_phase_has_its_own_gentle_cue() -> None:
    assert problems(CUES) == []
    assert all(path.stat().st_size < 64_000 for path in CUES.values())  # small files


def test_a_swapped_in_and_out_pair_is_caught() -> None:
    swapped = {**CUES, "in": CUES["out"], "out": CUES["in"]}
    found = problems(swapped)
    assert any(line.startswith("in: does not rise") for line in found), found
    assert any(line.startswith("out: does not fall") for line in found), found


def test_the_script_beside_the_cues_makes_them_again_exactly(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(SOUNDS / "make_cues.py"), str(tmp_path)], check=True, capture_output=True)
    for path in CUES.values():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_cue_follows_the_voices_volume(tmp_path: Path) -> None:
    from app.voice.sounds import at_volume

    full = rms(samples_of(CUES["in"])[0])
    half = at_volume(CUES["in"], 0.5, tmp_path)
    assert half.parent == tmp_path and rms(samples_of(half)[0]) == pytest.approx(full / 2, rel=0.01)
    assert at_volume(CUES["in"], 0.5, tmp_path) == half  # made once, then kept
    assert at_volume(CUES["in"], 1.0, tmp_path) == CUES["in"]
    assert at_volume(tmp_path / "not-a-sound.wav", 0.5, tmp_path).name == "not-a-sound.wav"  # played as it is
