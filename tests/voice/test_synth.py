"""Real espeak-ng speech, synthesized to WAV: it is not silent, and rate and volume change it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, isolated_env
from tests.voice.conftest import measure

pytestmark = pytest.mark.usefixtures("espeak")


def synthesize(tmp_path: Path, text: str, rate: int = 150, volume: float = 0.8, language: str = "") -> Path:
    """Speech to a WAV through the real worker process, as the app makes it."""
    path = tmp_path / f"{abs(hash((text, rate, volume, language)))}.wav"
    options = {"voice": "", "rate": rate, "volume": volume, "language": language}
    lines = [json.dumps({"cmd": "start", **options}), json.dumps({"id": 1, "text": text, "path": str(path), **options})]
    done = subprocess.run(
        [sys.executable, "-m", "app", "--voice-worker"], input="\n".join(lines) + "\n",
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert '"ok": true' in done.stdout, done.stdout + done.stderr
    return path


def test_a_prompt_is_not_silent_and_its_length_fits_the_text_and_rate(tmp_path: Path) -> None:
    short = measure(synthesize(tmp_path, "In"))
    sentence = measure(synthesize(tmp_path, "Let your shoulders drop, and breathe out slowly."))
    assert short.rms > 0.02 and sentence.rms > 0.02
    assert 0.2 < short.seconds < 1.5
    # Eight words at 150 words a minute: about 3.2 s, plus espeak's pauses.
    assert 2.0 < sentence.seconds < 5.5
    assert sentence.seconds > 2.5 * short.seconds


def test_a_faster_rate_makes_shorter_speech(tmp_path: Path) -> None:
    text = "Notice five things you can see around you."
    slow = measure(synthesize(tmp_path, text, rate=100))
    fast = measure(synthesize(tmp_path, text, rate=200))
    assert fast.seconds < 0.75 * slow.seconds


def test_a_lower_volume_makes_quieter_speech(tmp_path: Path) -> None:
    text = "Breathe out, slowly."
    loud = measure(synthesize(tmp_path, text, volume=1.0))
    quiet = measure(synthesize(tmp_path, text, volume=0.3))
    assert quiet.rms < 0.6 * loud.rms
    assert quiet.rms > 0.005  # quieter, not silent


def test_steady_speak_to_writes_a_wav(tmp_path: Path) -> None:
    out = tmp_path / "prompt.wav"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--speak", "Breathe in, slowly.", "--to", str(out)],
        cwd=ROOT, env=isolated_env(tmp_path / "home"), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    sound = measure(out)
    assert sound.rms > 0.02 and 0.5 < sound.seconds < 4


def run_worker(tmp_path: Path, *requests: str) -> subprocess.CompletedProcess[str]:
    """The voice worker as the app runs it, given these request lines on stdin."""
    return subprocess.run(
        [sys.executable, "-m", "app", "--voice-worker"], input="".join(f"{line}\n" for line in requests),
        cwd=ROOT, env=isolated_env(tmp_path / "home"), capture_output=True, text=True, timeout=60,
    )  # fmt: skip


START = '{"cmd": "start", "rate": 150, "volume": 0.8}'


def test_the_worker_answers_on_its_own_line_protocol(tmp_path: Path) -> None:
    """pyttsx3 prints on stdout; the worker keeps its protocol clean anyway."""
    wav = tmp_path / "w.wav"
    done = run_worker(tmp_path, START, f'{{"id": 7, "text": "Rest", "path": "{wav}", "rate": 150, "volume": 0.8}}')
    lines = done.stdout.splitlines()
    assert lines[0].startswith('{"ready": true')
    assert lines[1].startswith('{"id": 7, "ok": true')
    assert len(lines) == 2 and measure(wav).rms > 0.02


def test_the_worker_lists_the_engines_voices_with_their_languages(tmp_path: Path) -> None:
    """Settings offers these: espeak-ng has a voice for each language Steady speaks."""
    answer = json.loads(run_worker(tmp_path, START, '{"id": 3, "cmd": "voices"}').stdout.splitlines()[1])
    assert answer["ok"] is True, answer
    languages = {voice["language"].replace("_", "-").split("-")[0].lower() for voice in answer["voices"]}
    assert {"en", "de", "es", "fr", "it", "nl", "pt"} <= languages, sorted(languages)


def test_with_no_voice_for_the_language_the_worker_says_so_rather_than_read_it_with_another(tmp_path: Path) -> None:
    done = run_worker(tmp_path, '{"cmd": "start", "rate": 150, "volume": 0.8, "language": "tlh"}')
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["ready"] is False and answer["no_voice_for"] == "tlh", answer
    assert done.returncode == 1


def test_a_wav_is_told_the_rate_espeak_really_spoke_at(tmp_path: Path) -> None:
    """MBROLA voices speak at 16 000 Hz, but pyttsx3 labels every WAV 22 050 Hz: 1.38 times too fast and high."""
    import wave

    from app.voice.synth import Synthesizer, VoiceOptions, espeak_sample_rate, with_sample_rate

    synthesizer = Synthesizer(VoiceOptions())
    spoken = tmp_path / "in.wav"
    synthesizer.to_file("Breathe in", spoken)
    assert espeak_sample_rate(synthesizer._engine) == 22050  # espeak-ng's own voices: the label was right
    with wave.open(str(spoken)) as sound:
        rate, frames = sound.getframerate(), sound.readframes(sound.getnframes())
    assert rate == 22050
    with_sample_rate(spoken, 16000)  # as for an MBROLA voice
    with wave.open(str(spoken)) as sound:
        assert sound.getframerate() == 16000 and sound.readframes(sound.getnframes()) == frames


def test_only_the_mbrola_voices_whose_data_is_installed_are_offered(tmp_path: Path) -> None:
    """espeak-ng describes every MBROLA voice; a person has installed a few (tests/voice/test_mbrola.py: real ones)."""
    from app.voice.synth import mbrola_voices

    described = tmp_path / "espeak-ng-data" / "voices" / "mb"
    described.mkdir(parents=True)
    (described / "mb-us1").write_text("name us-mbrola-1\nlanguage en-us\nlanguage en 8\nmbrola us1 us_phtrans\n")
    (described / "mb-af1").write_text("name afrikaans-mbrola-1\nlanguage af\nmbrola af1\n")
    installed = tmp_path / "mbrola" / "us1"
    installed.mkdir(parents=True)
    (installed / "us1").write_bytes(b"diphones")
    offered = mbrola_voices(tmp_path / "espeak-ng-data", (tmp_path / "mbrola",))
    assert offered == [{"id": "mb/mb-us1", "name": "us-mbrola-1", "language": "en-us"}]
    assert mbrola_voices(None) == []  # another engine: none
