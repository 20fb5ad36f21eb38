"""The speech worker process: reads JSON requests on stdin, writes WAVs, answers on stdout.

Started by the app as `steady --voice-worker` (the same program, so it also works inside a
packaged bundle). The first line sets the voice: {"cmd": "start", "voice": "", "rate": 150,
"volume": 0.8}; the answer says whether the engine started: {"ready": true, "ms": 22.0} or
{"ready": false, "error": "..."}. Then one request per line:
    {"id": 1, "text": "In", "path": "/tmp/x.wav", "voice": "", "rate": 150, "volume": 0.8}
    {"id": 2, "cmd": "voices"}
Answers, one line each: {"id": 1, "ok": true, "ms": 9.8} or {"id": 1, "ok": false, "error": "..."}.
"""

from __future__ import annotations

import json
import os
import sys
import time
import wave
from pathlib import Path
from typing import Any, TextIO

from app.voice.quiet import quiet_engine
from app.voice.synth import CALM_PITCH, NoVoiceForLanguageError, Synthesizer, VoiceOptions


def prepend(sound: Path, speech: Path) -> None:
    """Put a short sound (the chime) before the speech in one file, when their formats match."""
    with wave.open(str(sound), "rb") as first, wave.open(str(speech), "rb") as second:
        if first.getparams()[:3] != second.getparams()[:3]:
            return  # different formats: the words alone are better than a garbled sound
        params = second.getparams()
        frames = first.readframes(first.getnframes()) + second.readframes(second.getnframes())
    with wave.open(str(speech), "wb") as out:
        out.setparams(params)
        out.writeframes(frames)


def _answer(out: TextIO, message: dict[str, Any]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def _options(request: dict[str, Any]) -> VoiceOptions:
    return VoiceOptions(
        str(request.get("voice", "")),
        int(request.get("rate", 150)),
        float(request.get("volume", 0.8)),
        str(request.get("language", "")),
        int(request.get("pitch", CALM_PITCH)),
    )


def serve(requests: TextIO, out: TextIO, driver: str | None = None) -> int:
    """Answer requests until stdin closes; an engine that cannot start says so and exits 1.

    The first line sets the engine's voice, rate and volume: {"cmd": "start", "rate": 150, ...}.
    A later request with other options is answered {"again": true} and the worker exits 3:
    the app starts a fresh worker for the new options (see Synthesizer for why).
    """
    first = requests.readline()
    started = time.perf_counter()
    try:
        synthesizer = Synthesizer(_options(json.loads(first or "{}")), driver)
    except NoVoiceForLanguageError as error:
        _answer(out, {"ready": False, "error": str(error), "no_voice_for": error.language})
        return 1
    except Exception as error:  # any failure of a speech driver means: no voice here
        _answer(out, {"ready": False, "error": f"{type(error).__name__}: {error}"})
        return 1
    _answer(out, {"ready": True, "ms": round((time.perf_counter() - started) * 1000, 1), "voice": synthesizer.voice})
    for line in requests:
        try:
            request = json.loads(line)
            ident = request.get("id")
        except (ValueError, AttributeError):
            continue
        begun = time.perf_counter()
        try:
            if request.get("cmd") == "voices":
                _answer(out, {"id": ident, "ok": True, "voices": synthesizer.voices()})
                continue
            if _options(request) != synthesizer.options:
                _answer(out, {"id": ident, "ok": False, "again": True, "error": "new voice options"})
                return 3
            path = Path(request["path"])
            synthesizer.to_file(str(request["text"]), path)
            if request.get("prefix"):
                prepend(Path(request["prefix"]), path)
            _answer(out, {"id": ident, "ok": True, "ms": round((time.perf_counter() - begun) * 1000, 1)})
        except Exception as error:
            _answer(out, {"id": ident, "ok": False, "error": f"{type(error).__name__}: {error}"})
            # pyttsx3 can be left "stuck" after one exception (#262): start afresh.
            return 2
    return 0


def main() -> int:
    """Serve on a private copy of stdout; whatever else the engine writes goes nowhere.

    Fds 1 and 2 lead to os.devnull for the worker's whole life, so neither Python nor C code in
    the engine reaches the terminal that started Steady. Errors the app needs travel in the
    protocol. With STEADY_VOICE_DEBUG set, the engine's output goes to stderr instead.
    """
    protocol = os.fdopen(os.dup(1), "w", encoding="utf-8")
    with quiet_engine():
        return serve(sys.stdin, protocol, os.environ.get("STEADY_TTS_DRIVER") or None)
