"""Which player plays the speech on this system, and why: aplay, pw-play or paplay, afplay, or winsound.

Each candidate can be stopped at once: a player process is killed (silence within milliseconds), and
Windows' own PlaySound is called again with nothing. docs/VOICE.md says why these and what they cost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

IN_PROCESS = "winsound"  # not a program: the WAV is played by Windows inside Steady's own process


@dataclass(frozen=True)
class Player:
    """One way to play a WAV here: `program` (a path, or IN_PROCESS), its options, and why it was picked."""

    name: str
    program: str
    options: tuple[str, ...] = ()
    why: str = ""

    def command(self, path: Path) -> list[str]:
        return [self.program, *self.options, str(path)]


def players_here(
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
    environ: Mapping[str, str] = os.environ,
    exists: Callable[[Path], bool] = Path.exists,
) -> list[Player]:
    """The players to try, best first; the sound-output check moves down the list when one can't play."""
    if platform == "win32":
        return [Player("winsound", IN_PROCESS, why="Windows' own PlaySound, inside Steady (no player to start)")]
    if platform == "darwin":
        afplay = which("afplay")
        return [Player("afplay", afplay, why="macOS's own player")] if afplay else []
    if not platform.startswith("linux"):
        return []
    found: list[Player] = []
    device = environ.get("STEADY_AUDIO_DEVICE")  # e.g. "null" on a machine with no sound card
    aplay = which("aplay")
    if aplay:
        where = f"the ALSA device {device!r}" if device else "ALSA's default device"
        found.append(Player("aplay", aplay, ("-q", *(("-D", device) if device else ())), f"plays to {where}"))
    if device:
        return found  # a device was named: only aplay can be told to use it
    runtime = Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent"))
    pw_play = which("pw-play")
    if pw_play and (environ.get("PIPEWIRE_REMOTE") or exists(runtime / "pipewire-0")):
        found.append(Player("pw-play", pw_play, why="a PipeWire server is running for this session"))
    paplay = which("paplay")
    if paplay and (environ.get("PULSE_SERVER") or exists(runtime / "pulse" / "native")):
        found.append(Player("paplay", paplay, why="a PulseAudio server (or PipeWire's) is running for this session"))
    return found


def why_no_player(platform: str = sys.platform) -> str:
    """In plain words, why no player is available here."""
    if platform.startswith("linux"):
        return "aplay, which plays the speech, is not installed (package alsa-utils)"
    if platform == "darwin":
        return "afplay, which plays the speech, was not found"
    return "spoken prompts are not supported on this system yet"


class PlayerChoice:
    """The player in use: the first that works. `command(path)` plays with it; `fall_back()` tries the next."""

    def __init__(self, players: list[Player] | None = None) -> None:
        self.players = players_here() if players is None else players
        self.index = 0
        self.tried: list[str] = []  # why each earlier player was left, for --self-check

    @property
    def chosen(self) -> Player | None:
        return self.players[self.index] if self.index < len(self.players) else None

    def command(self, path: Path) -> list[str] | None:
        player = self.chosen
        return None if player is None else player.command(path)

    def fall_back(self, reason: str) -> bool:
        """The chosen player could not play (`reason`): move to the next. False when none is left."""
        player = self.chosen
        if player is not None:
            self.tried.append(f"{player.name}: {reason}")
            self.index += 1
        return self.chosen is not None

    def describe(self) -> str:
        """Which player and why, in one line (--self-check prints it)."""
        player = self.chosen
        before = f" ({'; '.join(self.tried)})" if self.tried else ""
        if player is None:
            return f"no player{before}"
        return f"{player.name}: {player.why}{before}"


def write_silence(path: Path) -> Path:
    """20 ms of silence: played once to learn whether any sound can be heard here."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(b"\0\0" * 441)
    return path


def failure_reason(code: int, error: str) -> str:
    """Why a player that ended with `code`, saying `error`, could not play ("" when it played)."""
    if code == 0:
        return ""
    first = error.strip().splitlines()[:1]
    if "open error" in error or not first:
        return "no sound output was found on this computer"
    return f"the sound output could not be used ({first[0][:120]})"


def choose_by_playing(choice: PlayerChoice, silence: Path, seconds: float = 10.0) -> None:
    """Play `silence` with each player in turn until one can (for --self-check, which has no event loop)."""
    while choice.chosen is not None:
        command = choice.command(silence)
        assert command is not None
        if command[0] == IN_PROCESS:
            reason = _playsound_now(silence)
        else:
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=seconds, check=False)
                reason = failure_reason(done.returncode, done.stderr)
            except (OSError, subprocess.TimeoutExpired) as error:
                reason = f"the player did not work ({type(error).__name__})"
        if not reason or not choice.fall_back(reason):
            return


def _playsound_now(silence: Path) -> str:
    try:
        import winsound  # type: ignore[import-not-found,unused-ignore]

        winsound.PlaySound(str(silence), winsound.SND_FILENAME | winsound.SND_NODEFAULT)
    except (ImportError, RuntimeError) as error:
        return f"the sound output could not be used ({type(error).__name__}: {error})"
    return ""
