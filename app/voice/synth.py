"""Turns text into a WAV file with pyttsx3 (espeak-ng on Linux). Blocking: never call it from the UI."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class VoiceOptions:
    """How the voice sounds: which voice ("" for the engine's default), words a minute, loudness 0-1."""

    voice: str = ""
    rate: int = 150
    volume: float = 0.8


@contextlib.contextmanager
def _stdout_to_stderr() -> Any:
    # pyttsx3's espeak driver prints "Audio saved to ..." on stdout, which would corrupt the
    # worker's line protocol: send file descriptor 1 to stderr while it runs.
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


class Synthesizer:
    """One pyttsx3 engine, used only for `save_to_file` (its `say` and `stop` are unreliable:
    pyttsx3 #262, #403, #193, #402)."""

    def __init__(self, driver: str | None = None) -> None:
        import pyttsx3

        with _stdout_to_stderr():
            self._engine = pyttsx3.init(driver) if driver else pyttsx3.init()

    def to_file(self, text: str, path: Path, options: VoiceOptions) -> None:
        """Write `text` spoken with `options` to the WAV file `path`."""
        engine = self._engine
        with _stdout_to_stderr():
            if options.voice:
                engine.setProperty("voice", options.voice)
            engine.setProperty("rate", int(options.rate))
            engine.setProperty("volume", max(0.0, min(1.0, float(options.volume))))
            engine.save_to_file(text, str(path))
            engine.runAndWait()
        if not path.exists() or path.stat().st_size <= 44:
            raise RuntimeError("the speech engine produced no sound")

    def voices(self) -> list[dict[str, str]]:
        """The voices the engine offers: id, name and language."""
        found = []
        for voice in self._engine.getProperty("voices") or []:
            languages = [str(lang) for lang in (getattr(voice, "languages", None) or [])]
            found.append({"id": str(voice.id), "name": str(voice.name), "language": languages[0] if languages else ""})
        return found
