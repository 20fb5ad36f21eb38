"""Each language's texts for the shipped data: complete, current, safe, and a broken file never breaks Steady."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.storage import data_language, translations
from app.storage.care import load_care
from app.storage.catalog import LoadProblem, load_catalog, load_file
from app.storage.data_language import environment_language, language_for, use_language
from app.storage.resources import resource
from app.storage.translations import COMMON, care_texts, exercise_texts, load_texts, voice_texts
from app.storage.voice_words import load_voice_words
from app.ui.i18n import LANGUAGES
from tests.conftest import ROOT, isolated_env
from tests.test_words import NEVER
from tests.voice.conftest import espeak, measure  # noqa: F401  (espeak is a fixture)
from tests.voice.test_synth import synthesize

TRANSLATED = [language for language in LANGUAGES if language != "en"]  # each has resources/translations/<language>/
SHIPPED = {e.id: e for e in (load_file(p)[0] for p in sorted(resource("exercises").glob("*.toml"))) if e is not None}
NOT_TEXT = {"id", "kind", "source", "origin", "guide", "breathing", "tags"}  # fields no person reads as prose


pytestmark = pytest.mark.usefixtures("english_afterwards")


def texts_in(language: str, name: str) -> translations.Texts:
    texts = load_texts(resource("translations", language) / name, name, (translations.COUNTRIES_FIRST,))
    assert texts.problems == []
    return texts


def german(name: str) -> translations.Texts:
    return texts_in("de", name)


def copy_resources(tmp_path: Path) -> Path:
    """A private copy of the shipped data, whose translation files a test may break."""
    root = tmp_path / "resources"
    for part in ("exercises", "care", "voice", "translations"):
        shutil.copytree(resource(part), root / part, ignore=shutil.ignore_patterns("*.ts", "*.qm"))
    return root


# Complete and current ---------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_of_every_shipped_exercise_is_translated(language: str) -> None:
    texts = texts_in(language, "exercises.toml")
    missing = {
        exercise_id: [t for t in exercise_texts(exercise) if texts.find(t, (exercise_id, COMMON)) is None]
        for exercise_id, exercise in SHIPPED.items()
    }
    missing = {name: texts for name, texts in missing.items() if texts}
    assert missing == {}, f"add these to resources/translations/{language}/exercises.toml"


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_exercise_entry_is_left_over_from_an_older_english_text(language: str) -> None:
    texts = texts_in(language, "exercises.toml")
    stale = [name for name in texts.tables if name != COMMON and name not in SHIPPED]
    for name, table in texts.tables.items():
        if name in SHIPPED:
            stale += [f"[{name}] {k!r}" for k in table if k not in exercise_texts(SHIPPED[name])]
    used = {t for e in SHIPPED.values() for t in exercise_texts(e)}
    stale += [f"[{COMMON}] {k!r}" for k in texts.tables.get(COMMON, {}) if k not in used]
    assert stale == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_care_and_voice_text_is_translated_and_nothing_is_left_over(language: str) -> None:
    for name, wanted in (
        ("care.toml", care_texts(load_care(resource("care")))),
        ("voice.toml", voice_texts(load_voice_words(resource("voice", "words.toml"))[0])),
    ):
        texts = texts_in(language, name)
        missing = [f"[{t}] {e!r}" for t, english in wanted.items() for e in english if texts.find(e, (t,)) is None]
        stale = [f"[{t}] {k!r}" for t, table in texts.tables.items() for k in table if k not in wanted.get(t, [])]
        assert (missing, stale) == ([], []), name


def _prose(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every (place, text) a person reads or hears in a loaded exercise, found by walking its fields."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _prose(item, f"{where}[{i}]")
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            if f.name not in NOT_TEXT:
                yield from _prose(getattr(value, f.name), f"{where}.{f.name}")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_translated_catalog_shows_no_english_text_and_keeps_every_timing(language: str) -> None:
    english = load_catalog(resource("exercises"))
    use_language(language)
    catalog = load_catalog(resource("exercises"))
    assert catalog.problems == []
    assert [e.id for e in sorted(catalog.exercises, key=lambda e: e.id)] == sorted(e.id for e in english.exercises)
    identical = {k for t in texts_in(language, "exercises.toml").tables.values() for k, v in t.items() if k == v}
    for before in english.exercises:
        after = catalog.get(before.id)
        assert after is not None
        assert after.default_seconds == before.default_seconds
        assert [(s.seconds, s.count, s.minutes, s.guide, s.memories) for s in after.steps] == [
            (s.seconds, s.count, s.minutes, s.guide, s.memories) for s in before.steps
        ]
        if before.pattern is not None:
            assert after.pattern is not None
            assert [(p.kind, p.seconds) for p in after.pattern.phases + after.pattern.lead_in] == [
                (p.kind, p.seconds) for p in before.pattern.phases + before.pattern.lead_in
            ]
        pairs = zip(_prose(before), _prose(after), strict=True)
        untranslated = [
            f"{before.id}{w}: {en!r}" for (w, en), (_, de) in pairs if en and en == de and en not in identical
        ]
        assert untranslated == []


def test_the_german_catalog_reads_german() -> None:
    use_language("de")
    catalog = load_catalog(resource("exercises"))
    assert catalog.get("calm-pace").title == "Ruhiges Tempo"  # type: ignore[union-attr]
    grounding = catalog.get("grounding")
    assert grounding is not None and grounding.steps[0].text == "5 Dinge, die du sehen kannst."
    sequence = catalog.get("steady-me-now")
    assert sequence is not None and sequence.steps[0].part == "Ruhiges Tempo"  # its parts are German too


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_words_never_command_or_shame(language: str) -> None:
    said = [
        v
        for name in ("exercises.toml", "care.toml", "voice.toml")
        for t in texts_in(language, name).tables.values()
        for v in t.values()
    ]
    assert [v for v in said if any(re.search(rf"\b{word}", v.lower()) for word in NEVER[language])] == []
    if language == "de":
        assert [v for v in said if re.search(r"\bIhnen\b|\b(können|möchten|wollen) Sie\b", v)] == [], "du, never Sie"


def test_a_persons_own_exercise_stays_as_they_wrote_it(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "mine.toml").write_text(
        'schema = 1\nid = "mine"\ntitle = "Calm pace, my way"\nkind = "breathing"\nsummary = "Sit if you can."\n'
        'source = "Me"\n[breathing]\nphases = [{ kind = "in", seconds = 4, words = "Breathe in" },'
        ' { kind = "out", seconds = 6, words = "Breathe out" }]\n',
        encoding="utf-8",
    )
    use_language("de")
    mine = load_catalog(resource("exercises"), own).get("mine")
    assert mine is not None and mine.own
    assert (mine.summary, mine.pattern.phases[0].words) == ("Sit if you can.", "Breathe in")  # type: ignore[union-attr]


# Care and voice in German ------------------------------------------------------------------


def test_german_care_texts_keep_every_number_and_name_and_list_germany_first() -> None:
    english = load_care(resource("care"))
    use_language("de")
    care = load_care(resource("care"))
    assert care.problems == ()
    assert care.intro.startswith("Weinen ist eine ganz normale")
    assert care.checkin.change.format(before=7, after=5) == "Vorher 7, jetzt 5."
    assert care.countries[0].code == "DE" and care.countries[0].name == "Deutschland"
    assert sorted(c.code for c in care.countries) == sorted(c.code for c in english.countries)
    for before in english.countries:
        after = care.country(before.code)
        assert after is not None
        assert re.findall(r"\d+", after.emergency) == re.findall(r"\d+", before.emergency)
        assert [h.name for h in after.helplines] == [h.name for h in before.helplines]  # organisations keep names
        assert [re.findall(r"\d+", h.contact) for h in after.helplines] == [
            re.findall(r"\d+", h.contact) for h in before.helplines
        ]
    assert [f.source for f in care.facts] == [f.source for f in english.facts]
    assert care.directory["address"] == "findahelpline.com"


def test_the_voice_says_german_phase_words() -> None:
    use_language("de")
    words, problem = load_voice_words(resource("voice", "words.toml"))
    assert problem == ""
    assert (words.phases["in"], words.phases["out"], words.phases["hold"]) == ("Einatmen", "Ausatmen", "Halten")
    assert all(len(w.split()) <= 3 for w in words.phases.values()), "a phase word is said within a second or two"


def test_english_is_the_default_and_unchanged() -> None:
    assert data_language.current_language() == "en"
    catalog = load_catalog(resource("exercises"))
    assert catalog.get("calm-pace").title == "Calm pace"  # type: ignore[union-attr]
    assert load_care(resource("care")).countries[0].code == "US"


# A broken translation file ----------------------------------------------------------------


def test_a_german_file_that_is_not_toml_is_named_and_everything_stays_english(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    english = [e.title for e in load_catalog(root / "exercises").exercises]
    (root / "translations" / "de" / "exercises.toml").write_text(
        '[calm-pace]\n"Calm pace" = "Ruhiges', encoding="utf-8"
    )
    (root / "translations" / "de" / "care.toml").write_text("schema = ", encoding="utf-8")
    (root / "translations" / "de" / "voice.toml").write_bytes(b"\xff\xfe")
    use_language("de")
    catalog = load_catalog(root / "exercises")
    assert [e.title for e in catalog.exercises] == english
    [problem] = catalog.problems
    assert problem.file == "resources/translations/de/exercises.toml" and problem.field == ""
    assert "is not valid TOML" in problem.reason and "English text is used" in problem.reason
    care = load_care(root / "care")
    assert care.intro.startswith("Crying is a normal human reaction")
    assert any("resources/translations/de/care.toml" in p and "is not valid TOML" in p for p in care.problems)
    words, problem_text = load_voice_words(root / "voice" / "words.toml")
    assert words.phases["in"] == "In"
    assert "resources/translations/de/voice.toml" in problem_text and "not UTF-8" in problem_text


def test_a_wrong_entry_is_named_with_its_field_and_only_that_text_stays_english(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    (root / "translations" / "de" / "exercises.toml").write_text(
        'schema = 1\nextended-exhale = "Langes Ausatmen"\n[calm-pace]\n"Calm pace" = 3\n"In for 4, out for 6. Six slow, gentle breaths a minute." = '
        '"4 ein, 6 aus."\n[box]\n"Box breathing" = ""\n[gentle]\n"Gentle breathing" = "3 Atemzüge"\n'
        '[_common]\n"Breathe in" = "Einatmen"\n',
        encoding="utf-8",
    )
    use_language("de")
    catalog = load_catalog(root / "exercises")
    calm = catalog.get("calm-pace")
    assert calm is not None and calm.pattern is not None
    assert (calm.title, calm.summary, calm.pattern.phases[0].words) == ("Calm pace", "4 ein, 6 aus.", "Einatmen")
    assert catalog.get("box").title == "Box breathing"  # type: ignore[union-attr]
    assert catalog.get("gentle").title == "Gentle breathing"  # type: ignore[union-attr]
    file = "resources/translations/de/exercises.toml"
    assert (
        LoadProblem(file, 'calm-pace."Calm pace"', "must be text, not a whole number; the English text is used instead")
        in catalog.problems
    )
    assert LoadProblem(file, 'box."Box breathing"', "is empty; the English text is used instead") in catalog.problems
    assert any(p.field == 'gentle."Gentle breathing"' and "same numbers" in p.reason for p in catalog.problems)
    assert any(p.field == "extended-exhale" and "must be a table" in p.reason for p in catalog.problems)
    assert len(catalog.exercises) == len(SHIPPED)


def test_a_german_line_that_loses_a_placeholder_or_a_phone_number_is_not_used(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    (root / "translations" / "de" / "care.toml").write_text(
        'schema = 1\n[helplines]\n"Call 116 123 (free)" = "116 124 anrufen"\n"Ireland" = "Irland"\n'
        '[lines]\n"Before {before}, now {after}." = "Vorher {vorher}, jetzt {after}."\n',
        encoding="utf-8",
    )
    use_language("de")
    care = load_care(root / "care")
    ireland = care.country("IE")
    assert ireland is not None and ireland.name == "Irland"
    assert ireland.helplines[0].contact == "Call 116 123 (free)"
    assert care.checkin.change == "Before {before}, now {after}."
    assert any('helplines."Call 116 123 (free)"' in p and "same numbers" in p for p in care.problems)
    assert any("placeholders {before}, {after}" in p for p in care.problems)


# Which language ---------------------------------------------------------------------------


def test_the_language_comes_from_the_setting_then_the_environment() -> None:
    folder = resource("translations")
    assert language_for("de", folder, {}) == "de"
    assert language_for("system", folder, {"LANGUAGE": "de_AT:en", "LANG": "en_GB.UTF-8"}) == "de"
    assert language_for("system", folder, {"LANG": "de_CH.UTF-8"}) == "de"
    assert language_for("system", folder, {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert language_for("system", folder, {"LANG": "fr_BE.UTF-8"}) == "fr"
    assert language_for("system", folder, {"LANG": "pt_PT.UTF-8"}) == "pt"  # Brazil's, which Portugal reads too
    assert language_for("system", folder, {"LANG": "ja_JP.UTF-8"}) == "en"  # none of Steady's: English
    assert environment_language(["en", "de"], {}) == "en"


# The German voice (real espeak-ng) ---------------------------------------------------------


@pytest.mark.usefixtures("espeak")
def test_the_german_voice_speaks_a_german_prompt_aloud(tmp_path: Path) -> None:
    text = "Einatmen. Langsam ausatmen."
    spoken = synthesize(tmp_path, text, language="de")
    sound = measure(spoken)
    assert sound.rms > 0.02, "not silent"
    assert 1.0 < sound.seconds < 6.0  # two short German phrases at 150 words a minute
    assert spoken.read_bytes() != synthesize(tmp_path, text).read_bytes(), "a German voice, not the English default"


@pytest.mark.usefixtures("espeak")
def test_steady_speak_uses_the_german_voice_when_the_language_is_german(tmp_path: Path) -> None:
    env = isolated_env(tmp_path / "home")
    env.pop("LC_ALL", None)
    env.update(LANGUAGE="de", LANG="de_DE.UTF-8")
    out = tmp_path / "de.wav"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--speak", "Einatmen", "--to", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    sound = measure(out)
    assert sound.rms > 0.02 and 0.3 < sound.seconds < 2.5
    assert out.read_bytes() != synthesize(tmp_path, "Einatmen").read_bytes()


@pytest.mark.usefixtures("espeak")
def test_the_language_flag_chooses_the_voice_of_steady_speak(tmp_path: Path) -> None:
    env = isolated_env(tmp_path / "home")  # the machine's own language says English
    out = tmp_path / "fr.wav"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--speak", "Inspire doucement", "--to", str(out), "--language", "fr"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert measure(out).rms > 0.02
    assert out.read_bytes() == synthesize(tmp_path, "Inspire doucement", 125, language="fr").read_bytes(), "French"
    assert out.read_bytes() != synthesize(tmp_path, "Inspire doucement", 125).read_bytes()
