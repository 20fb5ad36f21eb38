"""Reads the voice's words (phase words, closing line) from resources/voice/words.toml."""

from __future__ import annotations

from pathlib import Path

from app.core.prompts import VoiceWords
from app.storage.toml_cache import SHIPPED
from app.storage.translations import translate_voice_words, voice_translator


def load_voice_words(path: Path) -> tuple[VoiceWords, str]:
    """The words, and a problem description ("" when fine); falls back to plain defaults."""
    fallback = VoiceWords({"in": "In", "out": "Out", "hold": "Hold", "rest": "Rest", "top-up": "A little more"})
    try:
        data = SHIPPED.loads(path.read_text(encoding="utf-8"), path)
        phases = data.get("phases", {})
        lines = data.get("lines", {})
        if not isinstance(phases, dict) or not all(isinstance(v, str) for v in phases.values()):
            return fallback, f"{path}: phases: must be a table of text"
        if not isinstance(lines, dict) or not all(isinstance(v, str) for v in lines.values()):
            return fallback, f"{path}: lines: must be a table of text"
        words = VoiceWords({**fallback.phases, **phases}, lines.get("closing", ""), lines.get("sample", ""))
        translation = voice_translator(path.parent.parent / "translations")  # empty in English
        words = translate_voice_words(words, translation)
        return words, "; ".join(str(p) for p in translation.problems)
    except (OSError, ValueError) as error:  # ValueError: not UTF-8, or not TOML
        return fallback, f"{path}: could not be read ({error})"
