"""How the app starts its voice: the speech worker's command, and the voice the person chose."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from app.voice.synth import VoiceOptions

if TYPE_CHECKING:
    from app.storage.settings import Settings


def worker_command() -> list[str]:
    """How to start the speech worker: this same program, also inside a packaged bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--voice-worker"]
    return [sys.executable, "-m", "app", "--voice-worker"]


def voice_options(settings: Settings | None = None) -> VoiceOptions:
    """The voice, rate and volume the person chose in the settings, and the language of the texts it reads."""
    from app.storage.data_language import SOURCE_LANGUAGE, current_language
    from app.storage.settings import Settings

    settings = settings or Settings.for_user()
    language = "" if current_language() == SOURCE_LANGUAGE else current_language()  # English: the engine's default
    return VoiceOptions(
        settings.get("voice/voice"), settings.get("voice/rate"), settings.get("voice/volume") / 100, language
    )
