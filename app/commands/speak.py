"""`steady --speak TEXT [--to FILE.wav]`: say the text with the chosen voice, or write it to a WAV."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.storage.resources import resource
from app.voice.launch import voice_options


def speak(text: str, to: str | None, language: str | None = None) -> int:
    """`--speak TEXT [--to FILE.wav] [--language LL]`: say the text, or write it to a WAV file, in a voice for
    the language (`language`, else the setting's or the system's)."""
    import tempfile

    from app.system_check import voice_problems
    from app.voice.audio import PlayerChoice, choose_by_playing, why_no_player
    from app.voice.synth import Synthesizer

    problems = voice_problems() if to is None else [p for p in voice_problems() if "aplay" not in p]
    if problems:
        print(f"steady: the voice is unavailable: {'; '.join(problems)}", file=sys.stderr)
        return 1
    from app.storage.data_language import language_for, use_language
    from app.storage.settings import Settings

    settings = Settings.for_user()
    use_language(language or language_for(settings.get("appearance/language"), resource("translations")))
    try:
        synthesizer = Synthesizer(voice_options(settings), os.environ.get("STEADY_TTS_DRIVER") or None)
    except Exception as error:
        print(f"steady: the speech engine could not start ({type(error).__name__}: {error})", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(to) if to else Path(scratch) / "speech.wav"
        try:
            synthesizer.to_file(text, target)
        except Exception as error:
            print(f"steady: could not write {target}: {error}", file=sys.stderr)
            return 1
        if to:
            print(target)
            return 0
        choice = PlayerChoice()
        if choice.chosen is None:
            print(f"steady: {why_no_player()}", file=sys.stderr)
            return 1
        choose_by_playing(choice, target, seconds=60)  # the speech itself, with each player until one plays it
        if choice.chosen is None:
            print(f"steady: could not play the speech ({'; '.join(choice.tried)})", file=sys.stderr)
            return 1
        return 0
