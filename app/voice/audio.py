"""How this system plays a WAV file without Python: aplay on Linux, afplay on macOS."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def player_command(path: Path) -> list[str] | None:
    """The command that plays `path` and stops the moment it is killed; None if there is none."""
    if sys.platform == "darwin":
        return ["afplay", str(path)] if shutil.which("afplay") else None
    if sys.platform.startswith("linux"):
        aplay = shutil.which("aplay")
        if aplay is None:
            return None
        device = os.environ.get("STEADY_AUDIO_DEVICE")  # e.g. "null" on a machine with no sound card
        return [aplay, "-q", *(["-D", device] if device else []), str(path)]
    return None


def why_no_player() -> str:
    """In plain words, why no player command is available here."""
    if sys.platform.startswith("linux"):
        return "aplay, which plays the speech, is not installed (package alsa-utils)"
    if sys.platform == "darwin":
        return "afplay, which plays the speech, was not found"
    return "spoken prompts are not supported on this system yet"
