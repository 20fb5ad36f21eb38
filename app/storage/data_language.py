"""Which language the shipped data texts are read in: chosen once at start-up, English as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

SOURCE_LANGUAGE = "en"  # the data files are written in English; other languages are looked up
# Every language Steady speaks. "pt" is Brazilian Portuguese, which people in Portugal read too.
LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pt")

_language = SOURCE_LANGUAGE


def use_language(code: str) -> None:
    """Choose the language of the data texts; called once at start-up ("en" means as written)."""
    global _language
    _language = base_language(code) or SOURCE_LANGUAGE


def current_language() -> str:
    """The language chosen with `use_language` ("en" until then)."""
    return _language


def base_language(code: str) -> str:
    """The bare language of a locale name: "de_AT.UTF-8" gives "de"."""
    return re.split(r"[-_.@]", (code or "").strip(), maxsplit=1)[0].lower()


def available_languages(translations: Path) -> list[str]:
    """English and every language with a folder of translations."""
    try:
        found = sorted(p.name for p in translations.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        found = []
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def environment_language(available: list[str], environ: dict[str, str] | None = None) -> str:
    """The first language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that we have."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(name, "").split(":"):
            code = base_language(part)
            if code in ("c", "posix"):
                return SOURCE_LANGUAGE
            if code in available:
                return code
    return SOURCE_LANGUAGE


def language_for(setting: str, translations: Path, environ: dict[str, str] | None = None) -> str:
    """The language to use without Qt (the command line): the setting if we have it, else the environment's."""
    available = available_languages(translations)
    return setting if setting in available else environment_language(available, environ)
