"""The installers workflow, which runs only on GitHub's Windows and macOS runners, checked here.

It parses as YAML (Debian's python3 with python3-yaml reads it: the venv needs no YAML library);
both jobs run the built app's --self-check (voice ready), its --speak --to out.wav, the WAV
checker and the voice tests that need no Linux tools. What can run here does: the macOS
self-check step's bash script (against a stand-in program), the jobs' pytest command (with no
program but Python on PATH), and the checker itself (packaging/check_speech_wav.py), which passes
real speech and fails silence, a cut file and a non-WAV.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import shlex
import subprocess
import sys
import wave
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import IN_CI, ROOT, isolated_env, require_program

WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
CHECKER = ROOT / "packaging" / "check_speech_wav.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-yaml installs
# Where each job's build leaves the program (packaging/steady.spec: COLLECT "steady", BUNDLE "Steady.app").
PROGRAMS = {"windows": r".\dist\steady\steady.exe", "macos": "dist/Steady.app/Contents/MacOS/steady"}
RUNNERS = {"windows": "windows-latest", "macos": "macos-latest"}
INSTALLERS = {"windows": "dist/*.exe", "macos": "dist/*.dmg"}
PORTABLE_VOICE_TESTS = "tests/voice/test_audio_choice.py"  # the player's choice with the platform faked

# A YAML loader that refuses a key given twice in one mapping (PyYAML keeps the last one silently,
# and a second `if:` or `env:` in a step is an easy mistake to miss), printing the document as JSON.
STRICT_YAML = """
import json, sys, yaml

class Strict(yaml.SafeLoader):
    pass

def mapping(loader, node):
    keys = [loader.construct_object(key, deep=True) for key, _ in node.value]
    twice = sorted({str(key) for key in keys if keys.count(key) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"keys given twice: {twice}", node.start_mark)
    return loader.construct_mapping(node, deep=True)

Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
print(json.dumps(yaml.load(sys.stdin, Loader=Strict)))
"""


def load_yaml(text: str) -> Any:
    """`text` parsed by PyYAML in Debian's python3; a YAML error fails the test with PyYAML's message."""
    has_yaml = [SYSTEM_PYTHON, "-c", "import yaml"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(has_yaml, capture_output=True, check=False).returncode:
        message = "Debian's python3-yaml is not installed (run: make system-tests)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", STRICT_YAML], input=text, capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, "not valid YAML: " + " / ".join(done.stderr.strip().splitlines()[-4:])
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    return load_yaml(WORKFLOW.read_text(encoding="utf-8"))


def steps_of(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    return workflow["jobs"][job]["steps"]


def step_running(steps: list[dict[str, Any]], text: str) -> int:
    """The index of the one step whose `run` contains `text`."""
    found = [i for i, step in enumerate(steps) if text in step.get("run", "")]
    assert len(found) == 1, f"{len(found)} steps run {text!r}"
    return found[0]


def step_with_id(steps: list[dict[str, Any]], step_id: str) -> int:
    found = [i for i, step in enumerate(steps) if step.get("id") == step_id]
    assert len(found) == 1, f"{len(found)} steps have the id {step_id!r}"
    return found[0]


def test_the_yaml_reader_refuses_a_key_given_twice() -> None:
    with pytest.raises(AssertionError, match="keys given twice"):
        load_yaml("steps:\n  - run: a\n    if: x\n    if: y\n")


def test_the_workflow_builds_on_windows_and_macos_on_a_version_tag_or_by_hand(workflow: dict[str, Any]) -> None:
    triggers = workflow.get("on", workflow.get("true"))  # YAML 1.1 reads a bare `on` as true; GitHub does not
    assert triggers == {"push": {"tags": ["v*"]}, "workflow_dispatch": None}
    assert {job: spec["runs-on"] for job, spec in workflow["jobs"].items()} == RUNNERS
    assert workflow["permissions"] == {"contents": "read"}
    for spec in workflow["jobs"].values():
        assert 0 < spec["timeout-minutes"] <= 60  # a hung speech engine ends the job, not six hours later


def test_every_step_names_its_shell_and_every_action_is_pinned(workflow: dict[str, Any]) -> None:
    for job in RUNNERS:
        for step in steps_of(workflow, job):
            if "run" in step:
                assert step.get("shell") in ("pwsh", "bash"), f"{job}: {step.get('name')!r} names no shell"
                if step["shell"] == "bash":  # PowerShell is not here to parse the pwsh ones
                    done = subprocess.run(
                        ["bash", "-n", "-c", step["run"]], capture_output=True, text=True, check=False
                    )
                    assert done.returncode == 0, f"{job}: {step.get('name')!r}: {done.stderr}"
            else:
                assert re.fullmatch(r"actions/[\w-]+@v\d+", step["uses"]), step["uses"]


def test_the_bundle_paths_are_where_the_spec_puts_them() -> None:
    spec = (ROOT / "packaging" / "steady.spec").read_text(encoding="utf-8")
    assert 'name="steady"' in spec and 'name="Steady.app"' in spec


@pytest.mark.parametrize("job", list(RUNNERS))
def test_each_job_checks_the_built_apps_voice_after_building(workflow: dict[str, Any], job: str) -> None:
    steps = steps_of(workflow, job)
    program = PROGRAMS[job]
    build = step_with_id(steps, "build")
    self_check = step_running(steps, f"{program} --self-check")
    speak = step_running(steps, f'{program} --speak "Breathe in" --to out.wav')
    wav_check = step_running(steps, "python packaging/check_speech_wav.py out.wav")
    tools = step_running(steps, 'python -m pip install -e ".[test]"')
    tests = step_running(steps, "python -m pytest")
    assert build < self_check < speak < wav_check < tools < tests

    # The self-check's report is kept and must have the voice-ready line, not only exit 0.
    assert "VOICE_READY" in steps[self_check]["run"] and "self-check.txt" in steps[self_check]["run"]
    # Once the build has succeeded every check runs, even after another check failed; the WAV check needs out.wav.
    after_build = "${{ !cancelled() && steps.build.outcome == 'success' }}"
    assert steps[self_check]["if"] == steps[speak]["if"] == steps[tools]["if"] == after_build
    assert steps[speak]["id"] == "speak"
    assert steps[wav_check]["if"] == "${{ !cancelled() && steps.speak.outcome == 'success' }}"
    assert steps[tests]["if"] == "${{ !cancelled() && steps.tools.outcome == 'success' }}"

    # The voice tests that run there: the portable ones, and each file named exists.
    named = [word for word in shlex.split(steps[tests]["run"]) if word.startswith("tests/")]
    assert PORTABLE_VOICE_TESTS in named
    assert all((ROOT / path).is_file() for path in named), named

    # The installer only when every check passed; the report and out.wav whatever happened.
    uploads = {
        step["with"]["name"]: step for step in steps if step.get("uses", "").startswith("actions/upload-artifact")
    }
    installer = uploads[f"steady-{job}"]
    assert installer["with"]["path"] == INSTALLERS[job] and "if" not in installer
    voice = uploads[f"steady-{job}-voice"]
    assert voice["with"]["path"].split() == ["self-check.txt", "out.wav"]
    assert voice["if"] == "${{ !cancelled() }}"
    assert max(steps.index(installer), steps.index(voice)) == len(steps) - 1 and steps.index(installer) > tests


def test_the_voice_tests_it_runs_pass_with_no_linux_program_at_hand(workflow: dict[str, Any], tmp_path: Path) -> None:
    """The jobs' pytest command, run here as there: CI=true, and no aplay, paplay, PulseAudio, espeak-ng or Xvfb."""
    windows, macos = (steps_of(workflow, job) for job in RUNNERS)
    command = windows[step_running(windows, "python -m pytest")]["run"]
    assert command == macos[step_running(macos, "python -m pytest")]["run"]
    assert not set("$`'\\") & set(command), "quoted alike by PowerShell and bash: plain words and double quotes"
    python, *args = shlex.split(command)
    assert python == "python"
    done = subprocess.run(
        [sys.executable, *args, "-p", "no:cacheprovider"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        env={"CI": "true", "PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path), "LANG": "C.UTF-8"},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout.splitlines()[-1], done.stdout[-500:]  # some ran: all skipped exits 0 too


@pytest.mark.parametrize(
    ("says", "exits", "passes", "told"),
    [
        ("Voice: ready (pyttsx3 engine started in 80 ms); plays with afplay", 0, True, ""),
        ("Voice: unavailable: the speech engine could not start", 0, False, "did not say the voice is ready"),
        ("Voice: ready (pyttsx3 engine started in 80 ms)\nNot healthy: no exercises.", 1, False, "exited with 1"),
    ],
    ids=["ready", "voice-unavailable", "unhealthy"],
)
def test_the_macos_self_check_step_fails_unless_healthy_with_the_voice_ready(
    workflow: dict[str, Any], tmp_path: Path, says: str, exits: int, passes: bool, told: str
) -> None:
    """The step's own bash script, run as GitHub runs it, against a stand-in for the built program."""
    steps = steps_of(workflow, "macos")
    step = steps[step_running(steps, f"{PROGRAMS['macos']} --self-check")]
    program = tmp_path / PROGRAMS["macos"]
    program.parent.mkdir(parents=True)
    program.write_text(f"#!/bin/sh\nprintf '%s\\n' 'Steady 0.1.0' {shlex.quote(says)}\nexit {exits}\n")
    program.chmod(0o755)
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=tmp_path, env={"PATH": "/usr/bin:/bin", **workflow["env"]}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode == 0) == passes, done.stdout + done.stderr
    assert told in done.stdout and (passes or "::error::" in done.stdout)
    assert (tmp_path / "self-check.txt").read_text() == f"Steady 0.1.0\n{says}\n"  # kept for the upload


def test_the_voice_ready_pattern_matches_what_self_check_says_when_the_voice_works(
    workflow: dict[str, Any], tmp_path: Path
) -> None:
    pattern = workflow["env"]["VOICE_READY"]
    # Plain text after ^: the same to PowerShell's -cmatch (.NET), grep -E and Python's re.
    assert re.fullmatch(r"\^[\w :]+", pattern), pattern
    require_program("espeak-ng")
    require_program("aplay")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-check"],
        cwd=ROOT, env=isolated_env(tmp_path / "home"), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    voice_line = [line for line in done.stdout.splitlines() if line.startswith("Voice:")]
    assert len(voice_line) == 1 and re.search(pattern, voice_line[0]), done.stdout
    for unhealthy in (
        "Voice: unavailable: the speech engine could not start (no driver)",
        "Voice: unavailable: the speech helper did not answer (timed out)",
        "Steady 0.1.0 (Python 3.11.2, Qt 6.11.3, PySide6 6.11.3)\nHealthy.",
    ):
        assert not re.search(pattern, unhealthy, re.MULTILINE), unhealthy


# The checker, as the workflow runs it: its own script, with the standard library only (-I -S: no
# site-packages, no PYTHONPATH, so an import of anything else would fail here too).


def check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", "-S", str(CHECKER), str(path)], capture_output=True, text=True, timeout=30, check=False
    )


def checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_speech_wav", CHECKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def tone(path: Path, seconds: float, amplitude: float, width: int = 2, channels: int = 1, rate: int = 22050) -> Path:
    """A 440 Hz sine (`amplitude` of full scale) as a PCM WAV of `width`-byte samples."""
    full = (1 << (8 * width - 1)) - 1
    frames = bytearray()
    for n in range(round(seconds * rate)):
        value = round(amplitude * full * math.sin(2 * math.pi * 440 * n / rate))
        sample = bytes([value + 128]) if width == 1 else value.to_bytes(width, "little", signed=True)
        frames += sample * channels
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real prompt, as the workflow makes it: `steady --speak "Breathe in" --to out.wav` (espeak-ng here)."""
    require_program("espeak-ng")
    folder = tmp_path_factory.mktemp("spoken")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--speak", "Breathe in", "--to", "out.wav"],
        cwd=folder, env=isolated_env(folder / "home"), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder / "out.wav"


def test_real_speech_passes(spoken: Path) -> None:
    done = check(spoken)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{spoken}: ") and "22050 Hz, 1 channel(s), 16-bit" in done.stdout
    sound = checker().measure(spoken)
    assert 0.5 < sound.seconds < 2.0 and sound.rms > 0.03  # "Breathe in": about a second of clear speech


def test_speech_cut_short_fails_as_truncated(spoken: Path, tmp_path: Path) -> None:
    data = spoken.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    done = check(cut)
    assert done.returncode == 1 and "is truncated: its header promises" in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: tone(p, 1.0, 0.0), "is silent: RMS 0.0000, peak 0.0000"),
        (lambda p: tone(p, 1.0, 0.005), "is silent"),  # a hum at -46 dBFS is not speech either
        (lambda p: tone(p, 0.1, 0.5), "holds only 0.100 s of audio"),
        (lambda p: (p.write_bytes(tone(p, 1.0, 0.5).read_bytes()[:30]), p)[1], "has a damaged or truncated header"),
        (lambda p: (p.write_text("Breathe in\n"), p)[1], "is not a WAV file: it begins with b'Breathe in\\n'"),
        (lambda p: (p.write_bytes(b"FORM\0\0\x10\0AIFFCOMM" + bytes(64)), p)[1], "is an AIFF file, not a WAV"),
        (lambda p: (p.write_bytes(b""), p)[1], "is empty"),
        (lambda p: p, "cannot be read"),  # it was never written
    ],
    ids=["silent", "hum", "too-short", "cut-header", "text", "aiff", "empty", "missing"],
)
def test_what_is_not_speech_fails_with_the_reason(tmp_path: Path, make: Any, message: str) -> None:
    path = make(tmp_path / "out.wav")
    done = check(path)
    assert done.returncode == 1, done.stdout
    assert done.stderr.startswith(f"check_speech_wav: {path} {message}"), done.stderr


def test_a_file_name_is_required() -> None:
    done = subprocess.run([sys.executable, "-I", "-S", str(CHECKER)], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and done.stderr.startswith("usage:")


@pytest.mark.parametrize(("width", "channels"), [(1, 1), (2, 1), (2, 2), (3, 1), (4, 2)])
def test_every_pcm_sample_size_is_measured_alike(tmp_path: Path, width: int, channels: int) -> None:
    """A sine at half of full scale has an RMS of 0.5/sqrt(2) in every format SAPI5 or espeak-ng might write."""
    sound = checker().measure(tone(tmp_path / "tone.wav", 0.5, 0.5, width, channels))
    assert (sound.bits, sound.channels, sound.seconds) == (8 * width, channels, pytest.approx(0.5))
    assert sound.rms == pytest.approx(0.5 / math.sqrt(2), rel=0.02)
    assert sound.peak == pytest.approx(0.5, rel=0.02)
    assert check(tmp_path / "tone.wav").returncode == 0
