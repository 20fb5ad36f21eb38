"""The voice speaks each of Steady's languages with that language's voice, from that language's words.

Each language's sample line (resources/translations/<language>/voice.toml) goes through the real worker
and espeak-ng, as Settings' sample does: the worker names the voice it chose, and the WAV is measured.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.data_language import LANGUAGES, use_language
from app.storage.resources import resource
from app.storage.voice_words import load_voice_words
from tests.conftest import ROOT, isolated_env
from tests.voice.conftest import measure

pytestmark = pytest.mark.usefixtures("espeak")


@pytest.fixture
def sample_in() -> Iterator[object]:
    """The sample line in a language; afterwards the data texts are English again, as other tests expect."""
    try:
        yield lambda language: (use_language(language), load_voice_words(resource("voice", "words.toml")))[1]
    finally:
        use_language("en")


def peak(path: Path) -> float:
    with wave.open(str(path)) as w:
        frames = w.readframes(w.getnframes())
    return max(abs(s) for s in struct.unpack(f"<{len(frames) // 2}h", frames)) / 32768


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_is_spoken_by_its_own_voice_from_its_own_words(
    language: str, tmp_path: Path, sample_in: object
) -> None:
    english = load_voice_words(resource("voice", "words.toml"))[0].sample if language != "en" else ""
    words, problem = sample_in(language)  # type: ignore[operator]
    assert problem == ""
    assert words.sample and words.sample != english, "the sample line is translated"
    wav = tmp_path / f"sample-{language}.wav"
    options = {"voice": "", "rate": 140, "volume": 0.8, "language": "" if language == "en" else language}
    lines = [
        json.dumps({"cmd": "start", **options}),
        json.dumps({"id": 1, "text": words.sample, "path": str(wav), **options}),
    ]
    done = subprocess.run(
        [sys.executable, "-m", "app", "--voice-worker"], input="\n".join(lines) + "\n",
        cwd=ROOT, env=isolated_env(tmp_path / "home"), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    ready, answer = (json.loads(line) for line in done.stdout.splitlines()[:2])
    assert ready["ready"] is True and answer["ok"] is True, done.stdout + done.stderr
    if language != "en":  # espeak-ng's voices are named by language: "roa/fr", "gmw/de", "roa/pt-br"
        assert ready["voice"].split("/")[-1].split("-")[0] == language, ready
    sound = measure(wav)
    seconds_per_word = sound.seconds / len(words.sample.split())
    assert 0.2 < seconds_per_word < 1.0, f"{sound.seconds:.1f} s for {words.sample!r}"  # slow, calm, not stretched
    assert sound.rms > 0.02 and peak(wav) < 0.999, (sound.rms, peak(wav))  # heard, and never clipped
