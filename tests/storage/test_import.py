"""Importing a plan file: a good one is checked and copied; a broken one is refused, nothing copied."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.storage.catalog import import_exercise, load_catalog
from app.storage.resources import resource
from tests.conftest import ROOT

EXAMPLES = ROOT / "docs" / "examples"


def test_the_documented_examples_are_valid_plans() -> None:
    catalog = load_catalog(resource("exercises"), EXAMPLES)
    assert catalog.problems == []
    own = [e for e in catalog.exercises if e.own]
    assert sorted(e.kind for e in own) == ["breathing", "sequence", "steps"]


def test_a_good_plan_is_copied_into_the_persons_folder(tmp_path: Path) -> None:
    own_dir = tmp_path / "exercises"
    catalog = load_catalog(resource("exercises"), own_dir)
    exercise, problems = import_exercise(EXAMPLES / "my-breath.toml", own_dir, catalog)
    assert problems == [] and exercise is not None and exercise.own
    copied = own_dir / f"{exercise.id}.toml"
    assert copied.read_bytes() == (EXAMPLES / "my-breath.toml").read_bytes()
    assert stat.S_IMODE(copied.stat().st_mode) == 0o600
    reloaded = load_catalog(resource("exercises"), own_dir)
    assert reloaded.get(exercise.id) is not None and reloaded.problems == []


@pytest.mark.parametrize(
    ("text", "field", "reason"),
    [
        ('schema = 1\nid = "x"\nkind = "steps"\n', "title", "is missing"),
        ("not = = toml", "", "is not valid TOML"),
        (
            'schema = 1\nid = "calm-pace"\ntitle = "Mine"\nkind = "steps"\nsummary = "s"\nsource = "s"\n[[steps]]\ntext = "Hi"\n',
            "id",
            "already used by “Calm pace”",
        ),
        (
            'schema = 1\nid = "mine"\ntitle = "Mine"\nkind = "sequence"\nsummary = "s"\nsource = "s"\nparts = [{ exercise = "nope" }]\n',
            "parts[0].exercise",
            "no exercise called 'nope'",
        ),
    ],
    ids=["missing-field", "not-toml", "id-taken", "unknown-part"],
)
def test_a_broken_plan_is_refused_with_a_clear_reason_and_nothing_is_copied(
    tmp_path: Path, text: str, field: str, reason: str
) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(text, encoding="utf-8")
    own_dir = tmp_path / "exercises"
    catalog = load_catalog(resource("exercises"), own_dir)
    exercise, problems = import_exercise(plan, own_dir, catalog)
    assert exercise is None
    assert problems[0].file == "plan.toml" and problems[0].field == field and reason in problems[0].reason
    assert not own_dir.exists() or list(own_dir.iterdir()) == []
