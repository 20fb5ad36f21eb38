"""Turns text into a WAV file with pyttsx3 (espeak-ng on Linux). Blocking: never call it from the UI."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SYNTH_TIMEOUT = 10.0  # seconds one prompt may take to synthesize


@dataclass(frozen=True)
class VoiceOptions:
    """How the voice sounds: which voice ("" for the engine's default), words a minute, loudness 0-1.

    `language` ("de") picks the engine's first voice for that language when no voice is chosen.
    """

    voice: str = ""
    rate: int = 150
    volume: float = 0.8
    language: str = ""


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
    """One pyttsx3 engine with one fixed voice, rate and volume, used only for `save_to_file`.

    pyttsx3's `say` and `stop` are unreliable (pyttsx3 #262, #403, #193, #402). Its espeak
    driver (2.99) runs espeak asynchronously, and changing the rate or volume between two
    files in one process was measured here to be ignored for the next few files, or the
    previous file's audio to arrive in the next. So the options are set once, before the
    first file, and a process that needs other options starts a new engine process.
    """

    def __init__(self, options: VoiceOptions, driver: str | None = None) -> None:
        import pyttsx3

        self.options = options
        with _stdout_to_stderr():
            engine = pyttsx3.init(driver) if driver else pyttsx3.init()
            if options.voice:
                engine.setProperty("voice", options.voice)
            elif options.language:
                voice = _voice_for_language(engine, options.language)
                if voice:
                    engine.setProperty("voice", voice)
            engine.setProperty("rate", int(options.rate))
            engine.setProperty("volume", max(0.0, min(1.0, float(options.volume))))
        self._engine = engine
        self._finished = threading.Event()
        engine.connect("finished-utterance", lambda **_: self._finished.set())

    def to_file(self, text: str, path: Path) -> None:
        """Write `text`, spoken, to the WAV file `path`."""
        self._finished.clear()
        with _stdout_to_stderr():
            self._engine.save_to_file(text, str(path))
            self._engine.runAndWait()
            # runAndWait can return before espeak has finished: wait for the utterance's end.
            if not self._finished.wait(SYNTH_TIMEOUT):
                raise RuntimeError(f"the speech engine did not finish within {SYNTH_TIMEOUT:g} s")
        if not path.exists() or path.stat().st_size <= 44:
            raise RuntimeError("the speech engine produced no sound")

    def voices(self) -> list[dict[str, str]]:
        """The voices the engine offers: id, name and language."""
        found = []
        for voice in self._engine.getProperty("voices") or []:
            languages = [str(lang) for lang in (getattr(voice, "languages", None) or [])]
            found.append({"id": str(voice.id), "name": str(voice.name), "language": languages[0] if languages else ""})
        return found


def _voice_for_language(engine: Any, language: str) -> str:
    """The id of the engine's first voice speaking `language` ("de" matches "de" and "de-AT"); "" if none.

    espeak-ng's MBROLA voices ("mb/mb-de1") come last: they need data that is often not installed.
    """
    voices = list(engine.getProperty("voices") or [])
    for voice in sorted(voices, key=lambda v: "mb-" in str(v.id)):
        for spoken in getattr(voice, "languages", None) or []:
            code = spoken.decode(errors="replace") if isinstance(spoken, bytes) else str(spoken)
            if code.lower().replace("_", "-").split("-")[0] == language:
                return str(voice.id)
    return ""
