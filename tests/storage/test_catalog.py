"""Exercise files: every shipped one loads, and every kind of broken one is reported clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.catalog import load_catalog, load_file
from app.storage.resources import resource

SHIPPED = sorted(resource("exercises").glob("*.toml"))
SHIPPED_COUNT = len(SHIPPED)
GOOD = """\
schema = 1
id = "my-breath"
title = "My breath"
kind = "breathing"
summary = "In 4, out 6."
source = "My therapist"

[breathing]
phases = [
  { kind = "in", seconds = 4 },
  { kind = "out", seconds = 6 },
]
"""


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_exercise_loads_with_its_source_and_cautions(path: Path) -> None:
    exercise, problems = load_file(path)
    assert problems == []
    assert exercise is not None
    assert exercise.source and exercise.summary and exercise.title
    assert exercise.cautions, "cautions are shown before the first breath or step"
    assert path.stem == exercise.id


def test_the_seven_breathing_patterns_of_the_brief_ship() -> None:
    catalog = load_catalog(resource("exercises"))
    assert catalog.problems == []
    assert [e.id for e in catalog.of_kind("breathing")] == [
        "calm-pace", "even-pace", "gentle", "box", "4-7-8", "cyclic-sigh", "extended-exhale",
    ]  # fmt: skip
    calm = catalog.get("calm-pace")
    assert calm is not None and calm.pattern is not None
    assert [p.seconds for p in calm.pattern.phases] == [4, 6]
    assert calm.pattern.lengths == (1, 2, 3, 5, 10) and calm.pattern.default_length == 5
    assert "default" in calm.tags
    box = catalog.get("box")
    assert box is not None and box.pattern is not None and box.pattern.holds_skippable
    four = catalog.get("4-7-8")
    assert four is not None and four.pattern is not None and four.pattern.max_cycles == 4


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


BROKEN = {
    "syntax": ('schema = 1\nid = "x\n', "", "is not valid TOML"),
    "missing-title": (GOOD.replace('title = "My breath"\n', ""), "title", "is missing"),
    "wrong-type": (GOOD.replace('title = "My breath"', "title = 12"), "title", "must be text, not a whole number"),
    "negative-seconds": (GOOD.replace("seconds = 4", "seconds = -4"), "breathing.phases[0].seconds", "must be more than 0"),
    "zero-seconds": (GOOD.replace("seconds = 6", "seconds = 0"), "breathing.phases[1].seconds", "must be more than 0"),
    "huge-seconds": (GOOD.replace("seconds = 6", "seconds = 1e9"), "breathing.phases[1].seconds", "at most 60"),
    "400-digit-seconds": (GOOD.replace("seconds = 6", "seconds = " + "9" * 400), "breathing.phases[1].seconds", "at most 60"),
    "bad-phase": (GOOD.replace('kind = "in"', 'kind = "gasp"'), "breathing.phases[0].kind", "must be one of"),
    "unknown-field": (GOOD.replace("schema = 1", "schema = 1\ncolour = 3"), "colour", "unknown field"),
    "future-schema": (GOOD.replace("schema = 1", "schema = 7"), "schema", "newer than this version"),
    "no-schema": (GOOD.replace("schema = 1\n", ""), "schema", "is missing"),
    "bad-kind": (GOOD.replace('kind = "breathing"', 'kind = "dance"'), "kind", "must be one of"),
    "bad-id": (GOOD.replace('id = "my-breath"', 'id = "My Breath!"'), "id", "lower-case letters"),
    "only-holds": (GOOD.replace('"in"', '"hold"').replace('"out"', '"rest"'), "breathing.phases", "not only holds"),
    "no-breathing": (GOOD.split("[breathing]")[0], "breathing", "is missing"),
    "bad-default": (GOOD.replace("[breathing]", "[breathing]\ndefault_length = 4"), "breathing.default_length", "one of the lengths"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_is_skipped_with_file_field_and_reason_and_the_rest_load(tmp_path: Path, case: str) -> None:
    text, field, reason = BROKEN[case]
    own = tmp_path / "own"
    broken = write(own, f"{case}.toml", text)
    write(own, "fine.toml", GOOD.replace("my-breath", "fine"))
    catalog = load_catalog(resource("exercises"), own)
    assert len(catalog.problems) >= 1
    problem = catalog.problems[0]
    assert problem.file == str(broken)
    assert problem.field == field
    assert reason in problem.reason
    assert str(broken) in str(problem) and reason in str(problem)
    ids = [e.id for e in catalog.exercises]
    assert "fine" in ids and "calm-pace" in ids and len(ids) == SHIPPED_COUNT + 1


def test_not_utf8_too_large_and_unreadable_files_are_reported(tmp_path: Path) -> None:
    own = tmp_path / "own"
    write(own, "latin1.toml", GOOD.replace("My therapist", "Dr Müller").encode("latin-1"))
    write(own, "huge.toml", "# " + "x" * 1_100_000)
    locked = write(own, "locked.toml", GOOD.replace("my-breath", "locked"))
    locked.chmod(0)
    try:
        catalog = load_catalog(resource("exercises"), own)
    finally:
        locked.chmod(0o600)
    reasons = {Path(p.file).name: p.reason for p in catalog.problems}
    assert "not UTF-8" in reasons["latin1.toml"]
    assert "larger than" in reasons["huge.toml"]
    if "locked.toml" in reasons:  # root can read anything; everyone else gets the message
        assert "cannot be read" in reasons["locked.toml"]
    readable_anyway = "locked.toml" not in reasons  # root can read a file with no permissions
    assert len(catalog.exercises) == SHIPPED_COUNT + readable_anyway


def test_an_id_already_taken_by_a_shipped_exercise_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "own"
    write(own, "mine.toml", GOOD.replace("my-breath", "calm-pace"))
    catalog = load_catalog(resource("exercises"), own)
    assert [(p.field, "already used" in p.reason) for p in catalog.problems] == [("id", True)]
    assert catalog.get("calm-pace").origin == "resources/exercises/calm-pace.toml"  # type: ignore[union-attr]


def test_the_persons_own_exercise_appears_beside_the_shipped_ones(tmp_path: Path) -> None:
    own = tmp_path / "own"
    write(own, "mine.toml", GOOD)
    catalog = load_catalog(resource("exercises"), own)
    assert catalog.problems == []
    mine = catalog.get("my-breath")
    assert mine is not None and mine.pattern is not None
    assert mine.pattern.default_length == 5  # the defaults fill in what a short file leaves out


def test_a_missing_own_folder_is_not_a_problem(tmp_path: Path) -> None:
    catalog = load_catalog(resource("exercises"), tmp_path / "nothing-here")
    assert catalog.problems == [] and len(catalog.exercises) == SHIPPED_COUNT
