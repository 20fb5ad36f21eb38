"""Per-language texts for the shipped data files (resources/translations/<language>/*.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.storage.data_language import SOURCE_LANGUAGE, current_language
from app.storage.exercise_files import type_name
from app.storage.toml_cache import SHIPPED

if TYPE_CHECKING:
    from app.core.exercise import BreathingPattern, Exercise, Phase, Step
    from app.core.prompts import VoiceWords
    from app.storage.care import Care

COMMON = "_common"  # the exercises table any shipped exercise may use (an id cannot start with "_")
MAX_FILE_BYTES = 1_000_000
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class TranslationProblem:
    """Why one translation file, or one entry in it, is not used (the English text is shown instead)."""

    file: str
    field: str
    reason: str

    @property
    def explained(self) -> str:
        """The reason, and what Steady does about it."""
        return f"{self.reason}; the English text is used instead"

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.explained}"


@dataclass
class Texts:
    """One per-language file: tables that map each English text to its translation.

    A table is named after where the English lives (an exercise id, or "facts" for
    facts.toml); an exercise may also use the shared `_common` table.
    """

    file: str = ""
    tables: dict[str, dict[str, str]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    problems: list[TranslationProblem] = field(default_factory=list)

    def find(self, english: str, tables: tuple[str, ...]) -> str | None:
        """The translation of `english` from the first table that has it; None when none does."""
        return self._lookup(english, tables)[1]

    def _lookup(self, english: str, tables: tuple[str, ...]) -> tuple[str, str | None]:
        for name in tables:
            translated = self.tables.get(name, {}).get(english)
            if translated is not None:
                return name, translated
        return "", None

    def text(self, english: str, *tables: str) -> str:
        """The translation of `english`, or `english` itself when there is none or it is unsafe."""
        if not english:
            return english
        table, translated = self._lookup(english, tables)
        if translated is None:
            return english
        where = f'{table}."{_short(english)}"'
        if sorted(_PLACEHOLDER.findall(translated)) != sorted(_PLACEHOLDER.findall(english)):
            self._problem(where, "must keep the placeholders " + (", ".join(_PLACEHOLDER.findall(english)) or "(none)"))
            return english
        if sorted(_NUMBER.findall(translated)) != sorted(_NUMBER.findall(english)):
            numbers = ", ".join(_NUMBER.findall(english)) or "none"
            self._problem(where, f"must keep the same numbers as the English ({numbers})")
            return english
        return translated

    def texts(self, english: tuple[str, ...], *tables: str) -> tuple[str, ...]:
        return tuple(self.text(t, *tables) for t in english)

    def _problem(self, where: str, reason: str) -> None:
        problem = TranslationProblem(self.file, where, reason)
        if problem not in self.problems:
            self.problems.append(problem)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def load_texts(path: Path, label: str, settings: tuple[str, ...] = ()) -> Texts:
    """Read one translation file; a missing file means "not translated", a broken one is reported.

    A file that cannot be read as TOML is not used at all; a single bad entry is left out
    (its English is shown) and the rest of the file is used.
    """
    texts = Texts(label)
    try:
        if not path.is_file():
            return texts
        if path.stat().st_size > MAX_FILE_BYTES:
            texts.problems.append(TranslationProblem(label, "", f"is larger than {MAX_FILE_BYTES // 1000} kB"))
            return texts
        data = SHIPPED.loads(path.read_bytes().decode("utf-8"), path)
    except OSError as error:
        texts.problems.append(TranslationProblem(label, "", f"cannot be read ({error.strerror or error})"))
        return texts
    except UnicodeDecodeError as error:
        texts.problems.append(TranslationProblem(label, "", f"is not UTF-8 text (bad byte at position {error.start})"))
        return texts
    except ValueError as error:  # tomllib.TOMLDecodeError
        texts.problems.append(TranslationProblem(label, "", f"is not valid TOML ({error})"))
        return texts
    except RecursionError:
        texts.problems.append(TranslationProblem(label, "", "is nested too deeply to read"))
        return texts
    for name, table in data.items():
        if name == "schema":
            if table != 1:
                texts.problems.append(TranslationProblem(label, "schema", f"must be 1, not {table!r}"))
                return Texts(label, problems=texts.problems)
            continue
        if name in settings:
            texts.settings[name] = table
            continue
        if not isinstance(table, dict):
            reason = f'must be a table of "English" = "translation", not {type_name(table)}'
            texts.problems.append(TranslationProblem(label, name, reason))
            continue
        entries: dict[str, str] = {}
        for english, translated in table.items():
            where = f'{name}."{_short(english)}"'
            if not isinstance(translated, str):
                texts.problems.append(TranslationProblem(label, where, f"must be text, not {type_name(translated)}"))
            elif not translated.strip():
                texts.problems.append(TranslationProblem(label, where, "is empty"))
            else:
                entries[english] = translated.strip()
        texts.tables[name] = entries
    return texts


def language_file(translations: Path, name: str, settings: tuple[str, ...] = ()) -> Texts:
    """The current language's `name` file (e.g. "exercises.toml"); empty for English."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return Texts()
    label = f"resources/translations/{language}/{name}"
    return load_texts(translations / language / name, label, settings)


# Exercises --------------------------------------------------------------------------------


def _phase_texts(phase: Phase) -> list[str]:
    return [phase.words, phase.spoken]  # a phase without words shows DEFAULT_WORDS, translated by the interface


def exercise_texts(exercise: Exercise) -> list[str]:
    """Every text of a (not yet resolved) exercise that a person reads or hears, in file order."""
    texts = [exercise.title, exercise.summary, exercise.details, *exercise.cautions]
    if exercise.pattern is not None:
        for phase in exercise.pattern.lead_in + exercise.pattern.phases:
            texts += _phase_texts(phase)
    if exercise.kind != "sequence":  # a sequence's parts are ids until resolved
        for step in exercise.steps:
            texts += [step.text, step.spoken, step.notice, step.caution, *step.chips]
    return [t for t in dict.fromkeys(texts) if t]


def _translate_phases(phases: tuple[Phase, ...], texts: Texts, tables: tuple[str, ...]) -> tuple[Phase, ...]:
    return tuple(replace(p, words=texts.text(p.words, *tables), spoken=texts.text(p.spoken, *tables)) for p in phases)


def _translate_pattern(
    pattern: BreathingPattern | None, texts: Texts, tables: tuple[str, ...]
) -> BreathingPattern | None:
    if pattern is None:
        return None
    return replace(
        pattern,
        phases=_translate_phases(pattern.phases, texts, tables),
        lead_in=_translate_phases(pattern.lead_in, texts, tables),
    )


def _translate_step(step: Step, texts: Texts, tables: tuple[str, ...]) -> Step:
    return replace(
        step,
        text=texts.text(step.text, *tables),
        spoken=texts.text(step.spoken, *tables),
        notice=texts.text(step.notice, *tables),
        caution=texts.text(step.caution, *tables),
        chips=texts.texts(step.chips, *tables),
        pattern=_translate_pattern(step.pattern, texts, tables),
    )


def translate_exercise(exercise: Exercise, texts: Texts) -> Exercise:
    """A shipped exercise in the current language: every text swapped, every timing kept."""
    if not texts.tables:
        return exercise
    tables = (exercise.id, COMMON)
    steps = exercise.steps
    if exercise.kind != "sequence":
        steps = tuple(_translate_step(step, texts, tables) for step in exercise.steps)
    return replace(
        exercise,
        title=texts.text(exercise.title, *tables),
        summary=texts.text(exercise.summary, *tables),
        details=texts.text(exercise.details, *tables),
        cautions=texts.texts(exercise.cautions, *tables),
        pattern=_translate_pattern(exercise.pattern, texts, tables),
        steps=steps,
    )


def exercise_translator(translations: Path) -> Texts:
    """The current language's exercise texts (empty for English)."""
    return language_file(translations, "exercises.toml")


# Care texts -------------------------------------------------------------------------------

CARE_FILE = "care.toml"
COUNTRIES_FIRST = "countries_first"  # care.toml may list country codes shown first, e.g. ["DE", "AT", "CH"]


def care_texts(care: Care) -> dict[str, list[str]]:
    """Every translatable text of the care files, by the table (file) it comes from."""
    helplines = [care.emergency_note, care.any_distress_note, care.directory.get("text", "")]
    for country in care.countries:
        helplines += [country.name, country.note]
        if re.search(r"[^\W\d_]", country.emergency):  # "112 or 999" has words; "112" has none
            helplines.append(country.emergency)
        for line in country.helplines:
            helplines += [line.contact, line.hours if re.search(r"[^\W\d_]", line.hours) else ""]
    lines = [*care.during, *care.after, *(getattr(care.checkin, k) for k in care.checkin.__dataclass_fields__)]
    lines += list(care.support.values())
    found = {"facts": [care.intro, *(f.text for f in care.facts)], "helplines": helplines, "lines": lines}
    return {table: [t for t in dict.fromkeys(texts) if t] for table, texts in found.items()}


def translate_care(care: Care, texts: Texts) -> Care:
    """The care texts in the current language; numbers, names of organisations and sources stay."""
    if not texts.tables and COUNTRIES_FIRST not in texts.settings:
        return care

    def helpline(text: str) -> str:
        return texts.text(text, "helplines")

    def line(text: str) -> str:
        return texts.text(text, "lines")

    countries = tuple(
        replace(
            c,
            name=helpline(c.name),
            note=helpline(c.note),
            emergency=helpline(c.emergency),
            helplines=tuple(replace(h, contact=helpline(h.contact), hours=helpline(h.hours)) for h in c.helplines),
        )
        for c in care.countries
    )
    first = texts.settings.get(COUNTRIES_FIRST, [])
    if not isinstance(first, list) or not all(isinstance(code, str) for code in first):
        texts.problems.append(TranslationProblem(texts.file, COUNTRIES_FIRST, 'must be a list like ["DE", "AT"]'))
        first = []
    rank = {code: i for i, code in enumerate(first)}
    countries = tuple(sorted(countries, key=lambda c: rank.get(c.code, len(rank))))  # stable: the rest keep order
    checkin = care.checkin
    return replace(
        care,
        intro=texts.text(care.intro, "facts"),
        facts=tuple(replace(f, text=texts.text(f.text, "facts")) for f in care.facts),
        emergency_note=helpline(care.emergency_note),
        any_distress_note=helpline(care.any_distress_note),
        directory={**care.directory, "text": helpline(care.directory.get("text", ""))},
        countries=countries,
        during=tuple(line(t) for t in care.during),
        after=tuple(line(t) for t in care.after),
        checkin=replace(checkin, **{k: line(getattr(checkin, k)) for k in checkin.__dataclass_fields__}),
        support={k: line(v) for k, v in care.support.items()},
    )


def care_translator(translations: Path) -> Texts:
    """The current language's care texts (empty for English)."""
    return language_file(translations, CARE_FILE, (COUNTRIES_FIRST,))


# Voice words ------------------------------------------------------------------------------

VOICE_FILE = "voice.toml"


def voice_texts(words: VoiceWords) -> dict[str, list[str]]:
    """Every text the voice's own words file gives, by table."""
    return {
        "phases": [t for t in dict.fromkeys(words.phases.values()) if t],
        "lines": [t for t in (words.closing, words.sample) if t],
    }


def translate_voice_words(words: VoiceWords, texts: Texts) -> VoiceWords:
    """The voice's phase words and lines in the current language."""
    if not texts.tables:
        return words
    return replace(
        words,
        phases={kind: texts.text(word, "phases") for kind, word in words.phases.items()},
        closing=texts.text(words.closing, "lines"),
        sample=texts.text(words.sample, "lines"),
    )


def voice_translator(translations: Path) -> Texts:
    """The current language's voice words (empty for English)."""
    return language_file(translations, VOICE_FILE)
