"""Real speech for the voice tests: espeak-ng through pyttsx3, and a stand-in for aplay."""

from __future__ import annotations

import ctypes.util
import math
import os
import stat
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.voice.output_check import SILENCE
from tests.conftest import IN_CI

STAND_IN = '''#!{python}
"""Stands in for aplay: logs when it starts, "plays" for the file's length, logs if stopped."""
import os, signal, sys, time, wave
log = os.environ["APLAY_LOG"]
def note(what):
    with open(log, "a") as f:
        f.write(f"{{what}} {{time.monotonic():.6f}} {{sys.argv[-1]}}\\n")
note("start")
signal.signal(signal.SIGTERM, lambda *_: (note("stopped"), sys.exit(0)))
with wave.open(sys.argv[-1]) as w:
    seconds = w.getnframes() / w.getframerate()
time.sleep(seconds)
note("end")
'''


@dataclass
class Sound:
    seconds: float
    rms: float


def measure(path: Path) -> Sound:
    """Length and loudness (RMS of 16-bit samples, 0..1) of a WAV file."""
    with wave.open(str(path)) as w:
        frames = w.readframes(w.getnframes())
        seconds = w.getnframes() / w.getframerate()
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples))) / 32768
    return Sound(seconds, rms)


@pytest.fixture
def espeak() -> None:
    """The real engine must be here; under CI its absence fails the test."""
    if not ctypes.util.find_library("espeak-ng"):
        message = "libespeak-ng1 is not installed (run: make system-tests)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def aplay_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Puts a stand-in `aplay` first on PATH; returns the log it writes."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "aplay"
    script.write_text(STAND_IN.format(python=sys.executable))
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    log = tmp_path / "aplay.log"
    log.touch()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("APLAY_LOG", str(log))
    return log


def log_lines(log: Path) -> list[tuple[str, float, str]]:
    """What the stand-in played: prompts and sounds, not the moment of silence that checks for a sound output."""
    rows = []
    for line in log.read_text().splitlines():
        what, when, path = line.split(" ", 2)
        if not path.endswith(SILENCE):
            rows.append((what, float(when), path))
    return rows
