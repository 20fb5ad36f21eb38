"""The speech engine's own output (pyttsx3's "Audio saved to ...", anything from C) never reaches the terminal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, isolated_env
from tests.voice.conftest import measure

pytestmark = pytest.mark.usefixtures("espeak")
OPTIONS = {"voice": "", "rate": 150, "volume": 0.8}
PROMPTS = ("Breathe in", "Breathe out, slowly.")


def child_env(tmp_path: Path, debug: bool = False) -> dict[str, str]:
    """An isolated environment with the default (espeak-ng) driver, and the debug switch only when asked."""
    env = isolated_env(tmp_path / "home")
    env.pop("STEADY_TTS_DRIVER", None)
    env.pop("STEADY_VOICE_DEBUG", None)
    if debug:
        env["STEADY_VOICE_DEBUG"] = "1"
    return env


def run_worker(tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], list[Path]]:
    """The real worker, asked for two prompts and then left to finish (stdin closes)."""
    wavs = [tmp_path / f"prompt {n}.wav" for n in range(1, len(PROMPTS) + 1)]
    lines = [json.dumps({"cmd": "start", **OPTIONS})]
    lines += [
        json.dumps({"id": n, "text": text, "path": str(wav), **OPTIONS})
        for n, (text, wav) in enumerate(zip(PROMPTS, wavs, strict=True), 1)
    ]
    done = subprocess.run(
        [sys.executable, "-m", "app", "--voice-worker"], input="\n".join(lines) + "\n",
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return done, wavs


def assert_protocol_only(stdout: str) -> None:
    """Every line on stdout is one of the protocol's answers: ready, then each prompt done."""
    answers = [json.loads(line) for line in stdout.splitlines()]
    assert [set(answer) for answer in answers] == [{"ready", "ms", "voice"}, {"id", "ok", "ms"}, {"id", "ok", "ms"}], (
        stdout
    )
    assert answers[0]["ready"] is True
    assert [(answer["id"], answer["ok"]) for answer in answers[1:]] == [(1, True), (2, True)], stdout


def assert_speech(wav: Path) -> None:
    sound = measure(wav)
    assert sound.rms > 0.02 and 0.3 < sound.seconds < 4, sound


def test_the_worker_says_nothing_but_its_protocol(tmp_path: Path) -> None:
    done, wavs = run_worker(tmp_path, child_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert_protocol_only(done.stdout)
    assert done.stderr == ""
    for wav in wavs:
        assert_speech(wav)


def test_steady_speak_prints_only_its_own_line(tmp_path: Path) -> None:
    out = tmp_path / "out.wav"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--speak", "Breathe in", "--to", str(out)],
        cwd=ROOT, env=child_env(tmp_path), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}\n"  # the file it wrote, as documented, and nothing from the engine
    assert done.stderr == ""
    assert_speech(out)


def test_with_the_debug_switch_the_engine_may_speak_on_stderr_but_the_protocol_holds(tmp_path: Path) -> None:
    done, wavs = run_worker(tmp_path, child_env(tmp_path, debug=True))
    assert done.returncode == 0, done.stderr
    assert_protocol_only(done.stdout)
    for wav in wavs:
        assert_speech(wav)


QUIET_SCRIPT = """
import ctypes, ctypes.util, os, sys
from app.voice.quiet import quiet_engine
print("before", flush=True)
with quiet_engine():
    print("python stdout")
    print("python stderr", file=sys.stderr)
    os.write(1, b"fd 1\\n")
    os.write(2, b"fd 2\\n")
    if os.name == "posix":  # C's own stdout, as a C library inside the engine writes it
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        libc.puts(b"C stdout")
        libc.fflush(None)
print("after", flush=True)
print("after on stderr", file=sys.stderr, flush=True)
"""


def test_the_quieting_covers_python_and_c_and_gives_the_terminal_back(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", QUIET_SCRIPT], cwd=ROOT, env=child_env(tmp_path),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "before\nafter\n"
    assert done.stderr == "after on stderr\n"
