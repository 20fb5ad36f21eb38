"""Which player plays the speech on each system, and the next one when it can't: Windows and macOS faked,
Linux for real (aplay, and a real PulseAudio server for paplay when ALSA's default device goes nowhere).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from app.voice import in_process
from app.voice.audio import IN_PROCESS, Player, PlayerChoice, players_here, why_no_player
from app.voice.in_process import InProcessPlayback
from app.voice.output_check import SoundOutputCheck
from app.voice.player import VoicePlayer
from app.voice.synth import VoiceOptions
from tests.conftest import ROOT, require_program

WAV = Path("/home/Zoë Smith/prompt-00001.wav")


def on_path(*names: str):
    return lambda name: f"/usr/bin/{name}" if name in names else None


def test_windows_plays_inside_steady_with_its_own_playsound() -> None:
    (player,) = players_here("win32", which=on_path())
    assert player.name == "winsound" and player.command(WAV) == [IN_PROCESS, str(WAV)]


def test_macos_plays_with_afplay_and_says_so_when_it_is_missing() -> None:
    (player,) = players_here("darwin", which=on_path("afplay"))
    assert player.command(WAV) == ["/usr/bin/afplay", str(WAV)]
    assert players_here("darwin", which=on_path()) == []
    assert why_no_player("darwin") == "afplay, which plays the speech, was not found"


@pytest.mark.parametrize(
    ("programs", "sockets", "environ", "expected"),
    [
        (("aplay",), (), {}, ["aplay"]),
        (("aplay", "pw-play", "paplay"), (), {}, ["aplay"]),  # no sound server runs: nothing else could play
        (("aplay", "pw-play", "paplay"), ("pipewire-0", "pulse/native"), {}, ["aplay", "pw-play", "paplay"]),
        (("aplay", "paplay"), ("pulse/native",), {}, ["aplay", "paplay"]),
        (("pw-play",), ("pipewire-0",), {}, ["pw-play"]),  # no alsa-utils, but PipeWire is there
        (("aplay", "paplay"), (), {"PULSE_SERVER": "unix:/run/pulse"}, ["aplay", "paplay"]),
        (("aplay", "paplay"), ("pulse/native",), {"STEADY_AUDIO_DEVICE": "null"}, ["aplay"]),  # a named device
        ((), ("pulse/native",), {}, []),
    ],
)
def test_linux_tries_alsa_then_pipewire_then_pulseaudio_where_they_run(
    programs: tuple[str, ...], sockets: tuple[str, ...], environ: dict[str, str], expected: list[str]
) -> None:
    runtime = Path("/run/user/1000")
    environ = {"XDG_RUNTIME_DIR": str(runtime), **environ}
    found = players_here("linux", on_path(*programs), environ, lambda p: str(p.relative_to(runtime)) in sockets)
    assert [p.name for p in found] == expected
    assert all(p.command(WAV)[-1] == str(WAV) for p in found), "the path is one argument, spaces and all"


def test_the_choice_moves_on_and_says_why_for_the_self_check() -> None:
    choice = PlayerChoice([Player("aplay", "/usr/bin/aplay", ("-q",), "plays to ALSA's default device"),
                           Player("paplay", "/usr/bin/paplay", why="a PulseAudio server is running")])  # fmt: skip
    assert choice.describe() == "aplay: plays to ALSA's default device"
    assert choice.fall_back("no sound output was found on this computer")
    assert choice.command(WAV) == ["/usr/bin/paplay", str(WAV)]
    assert choice.describe() == (
        "paplay: a PulseAudio server is running (aplay: no sound output was found on this computer)"
    )
    assert not choice.fall_back("the sound output could not be used")
    assert choice.command(WAV) is None and choice.describe().startswith("no player (aplay: ")


# -- Windows' PlaySound, faked here: what the voice asks of it ----------------------------


class FakePlaySound:
    """Records PlaySound calls; `fails` makes it raise as Windows does with no sound device."""

    def __init__(self, fails: bool = False) -> None:
        self.calls: list[tuple[str | None, int]] = []
        self.fails = fails

    def __call__(self) -> tuple[object, int, int]:
        return self.play, 0x20001, 0

    def play(self, sound: str | None, flags: int) -> None:
        self.calls.append((sound, flags))
        if self.fails and sound is not None:
            raise RuntimeError("Failed to play sound")


def a_wav(path: Path, seconds: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x10\x00" * int(8000 * seconds))
    return path


@pytest.fixture
def playsound(monkeypatch: pytest.MonkeyPatch) -> FakePlaySound:
    fake = FakePlaySound()
    monkeypatch.setattr(in_process, "windows_play", fake)
    return fake


def test_playsound_plays_in_the_background_ends_with_the_sound_and_is_silenced_by_stop(
    qtbot: QtBot, playsound: FakePlaySound, tmp_path: Path
) -> None:
    wav = a_wav(tmp_path / "Zoë Smith" / "prompt one.wav", 0.2)
    playback = InProcessPlayback()
    with qtbot.waitSignal(playback.started, timeout=1000):
        playback.start(IN_PROCESS, [str(wav)])
    assert playsound.calls == [(str(wav), 0x20001)]
    with qtbot.waitSignal(playback.finished, timeout=1000) as ended:
        pass
    assert ended.args == [0, QProcess.ExitStatus.NormalExit]
    playback.start(IN_PROCESS, [str(wav)])
    with qtbot.waitSignal(playback.finished, timeout=1000) as killed:
        playback.kill()
    assert playsound.calls[-1] == (None, 0), "PlaySound(None, 0) silences it"
    assert killed.args[0] == 9 and playback.state() == QProcess.ProcessState.NotRunning


def test_with_no_sound_device_windows_says_so_calmly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(in_process, "windows_play", FakePlaySound(fails=True))
    check = SoundOutputCheck(lambda path: [IN_PROCESS, str(path)])
    with qtbot.waitSignal(check.missing, timeout=1000) as told:
        check.start(tmp_path)
    assert told.args == ["the sound output could not be used (RuntimeError: Failed to play sound)"]


# -- Linux for real -------------------------------------------------------------------------


@pytest.fixture
def pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A real PulseAudio server with a silent sink, for this test only, in its own runtime folder."""
    server_program = require_program("pulseaudio")
    runtime, home = tmp_path / "runtime", tmp_path / "home"
    runtime.mkdir(mode=0o700)
    home.mkdir()
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home)}
    server = subprocess.Popen(
        [server_program, "--daemonize=no", "--exit-idle-time=-1", "-n", "--use-pid-file=no",
         "-L", "module-null-sink", "-L", "module-native-protocol-unix"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    socket = runtime / "pulse" / "native"
    deadline = time.monotonic() + 20
    while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # waiting for a program we started to be ready, not timing Steady
    assert socket.exists(), "PulseAudio did not start"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(home))
    # ALSA's default device without the PulseAudio plugin: as on a desktop missing pipewire-alsa.
    alsa = tmp_path / "asound.conf"
    alsa.write_text("pcm.!default { type hw card 0 }\nctl.!default { type hw card 0 }\n")
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(alsa))
    monkeypatch.delenv("STEADY_AUDIO_DEVICE", raising=False)
    yield runtime
    server.terminate()
    server.wait(10)


@pytest.mark.linux_tools
def test_where_alsa_goes_nowhere_but_pulseaudio_runs_the_voice_plays_with_paplay(
    qtbot: QtBot, pulse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_program("aplay"), require_program("paplay"), require_program("espeak-ng")
    scratch = tmp_path / "Zoë Smith's files"  # the prompts' folder: spaces and a non-ASCII letter
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.chdir(ROOT)
    player = VoicePlayer([sys.executable, "-m", "app", "--voice-worker"], lambda: VoiceOptions(rate=170))
    try:
        assert [p.name for p in player.choice.players] == ["aplay", "paplay"]
        player.warm_up()  # as turning the voice on does: the moment of silence finds what can play
        qtbot.waitUntil(lambda: player.choice.chosen is not None and player.choice.chosen.name == "paplay")
        with qtbot.waitSignal(player.started, timeout=20000) as spoken:
            player.say("Breathe in")
        assert spoken.args[0] == "Breathe in"
        assert player.choice.describe().startswith("paplay: a PulseAudio server (or PipeWire's) is running")
        assert "aplay: no sound output was found" in player.choice.describe()
        assert player.available, "no calm line: the voice is heard"
        qtbot.waitUntil(lambda: not player.speaking, timeout=10000)  # it played to its end, through PulseAudio
    finally:
        player.shutdown()


@pytest.mark.linux_tools
def test_when_no_player_can_play_the_calm_line_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_program("aplay")
    alsa = tmp_path / "asound.conf"
    alsa.write_text("pcm.!default { type hw card 0 }\nctl.!default { type hw card 0 }\n")
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(alsa))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no sound server here
    monkeypatch.delenv("STEADY_AUDIO_DEVICE", raising=False)
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.delenv("PIPEWIRE_REMOTE", raising=False)
    monkeypatch.chdir(ROOT)
    player = VoicePlayer([sys.executable, "-m", "app", "--voice-worker"], lambda: VoiceOptions())
    try:
        with qtbot.waitSignal(player.unavailable, timeout=20000) as told:
            player.warm_up()
        assert told.args == ["no sound output was found on this computer"]
    finally:
        player.shutdown()


@pytest.mark.linux_tools
def test_the_self_check_says_which_player_it_chose_and_why(pulse: Path) -> None:
    require_program("aplay"), require_program("paplay")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("Sound player:"))
    assert line == (
        "Sound player: paplay: a PulseAudio server (or PipeWire's) is running for this session "
        "(aplay: no sound output was found on this computer)"
    )


def test_a_prompt_macos_writes_as_aiff_becomes_a_wav_with_afconvert(tmp_path: Path) -> None:
    from app.voice.synth import as_wav

    spoken = tmp_path / "Zoë Smith" / "out.wav"
    spoken.parent.mkdir()
    spoken.write_bytes(b"FORM\x00\x00\x00\x04AIFF")  # what NSSpeechSynthesizer writes, whatever the name
    asked: list[list[str]] = []

    def afconvert(command: list[str], **_options: object) -> None:
        asked.append(command)
        a_wav(Path(command[-1]), 0.1)

    as_wav(spoken, run=afconvert)
    assert asked == [["afconvert", "-f", "WAVE", "-d", "LEI16", f"{spoken}.aiff", str(spoken)]]
    assert spoken.read_bytes()[:4] == b"RIFF" and not Path(f"{spoken}.aiff").exists()
    as_wav(spoken, run=afconvert)  # a WAV already: left alone
    assert len(asked) == 1
