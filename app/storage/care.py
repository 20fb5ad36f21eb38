"""Reads the care texts: why it's OK to cry, helplines, and gentle lines (resources/care/*.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.storage.toml_cache import SHIPPED
from app.storage.translations import care_translator, translate_care


@dataclass(frozen=True)
class Fact:
    """One reassuring fact, said with its true strength, and where it comes from."""

    text: str
    strength: str
    source: str


@dataclass(frozen=True)
class Helpline:
    name: str
    contact: str
    hours: str = ""


@dataclass(frozen=True)
class Country:
    """Where to turn in one country: its emergency number first, then its helplines."""

    code: str
    name: str
    emergency: str
    helplines: tuple[Helpline, ...] = ()
    last_verified: str = ""
    verified: bool = False
    note: str = ""


@dataclass(frozen=True)
class CheckInWords:
    question: str = "How overwhelmed or distressed do you feel right now?"
    low: str = "0 · settled"
    high: str = "10 · the most distressed you can imagine"
    skip: str = "Skip"
    change: str = "Before {before}, now {after}."


@dataclass(frozen=True)
class Care:
    """Everything the care screens say; each part falls back to something plain if its file is bad."""

    intro: str = (
        "Crying is a normal human reaction. There's no need to hold the tears back, and nothing to apologise for."
    )
    facts: tuple[Fact, ...] = ()
    emergency_note: str = "If you are in danger, call your local emergency number now."
    any_distress_note: str = "Helplines are for any distress, not only crises."
    directory: dict[str, str] = field(
        default_factory=lambda: {"name": "Find A Helpline", "address": "findahelpline.com", "text": ""}
    )
    countries: tuple[Country, ...] = ()
    during: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    checkin: CheckInWords = CheckInWords()
    support: dict[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    def country(self, code: str) -> Country | None:
        return next((c for c in self.countries if c.code == code), None)


def _read(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        return SHIPPED.loads(path.read_text(encoding="utf-8"), path)
    except (OSError, ValueError) as error:  # ValueError: not UTF-8, or not TOML
        problems.append(f"{path}: could not be read ({error})")
        return {}


def _country(data: dict[str, Any]) -> Country:
    raw = data.get("helplines", [])
    lines = tuple(Helpline(str(h["name"]), str(h["contact"]), str(h.get("hours", ""))) for h in raw)
    return Country(
        code=str(data["code"]),
        name=str(data["name"]),
        emergency=str(data["emergency"]),
        helplines=lines,
        last_verified=str(data.get("last_verified", "")),
        verified=bool(data.get("verified", False)),
        note=str(data.get("note", "")),
    )


def load_care(folder: Path) -> Care:
    """Load the three care files; a bad file is reported in `problems` and plain defaults used."""
    problems: list[str] = []
    defaults = Care()
    facts_data = _read(folder / "facts.toml", problems)
    help_data = _read(folder / "helplines.toml", problems)
    lines_data = _read(folder / "lines.toml", problems)
    try:
        facts = tuple(
            Fact(str(f["text"]), str(f.get("strength", "")), str(f["source"])) for f in facts_data.get("facts", [])
        )
    except (KeyError, TypeError) as error:
        problems.append(f"{folder / 'facts.toml'}: facts: each needs text and source ({error})")
        facts = ()
    try:
        countries = tuple(_country(c) for c in help_data.get("countries", []))
    except (KeyError, TypeError) as error:
        problems.append(f"{folder / 'helplines.toml'}: countries: each needs code, name and emergency ({error})")
        countries = ()
    checkin = lines_data.get("checkin", {})
    care = Care(
        intro=str(facts_data.get("intro", defaults.intro)),
        facts=facts,
        emergency_note=str(help_data.get("emergency_note", defaults.emergency_note)),
        any_distress_note=str(help_data.get("any_distress_note", defaults.any_distress_note)),
        directory={**defaults.directory, **{k: str(v) for k, v in help_data.get("directory", {}).items()}},
        countries=countries,
        during=tuple(str(x) for x in lines_data.get("during", {}).get("lines", [])),
        after=tuple(str(x) for x in lines_data.get("after", {}).get("lines", [])),
        checkin=CheckInWords(**{k: str(v) for k, v in checkin.items() if k in CheckInWords.__dataclass_fields__}),
        support={k: str(v) for k, v in lines_data.get("support", {}).items()},
    )
    translation = care_translator(folder.parent / "translations")  # empty in English
    care = translate_care(care, translation)
    return replace(care, problems=(*problems, *(str(p) for p in translation.problems)))
