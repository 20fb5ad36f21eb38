"""Every file Steady writes about the person is theirs alone: files 0600, folders 0700, whatever the umask.

The umask is opened wide (0) for the test, so a mode that is right only by luck shows up.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.storage.catalog import import_exercise, load_catalog
from app.storage.history import History
from app.storage.personal import PersonalData
from app.storage.resources import resource
from tests.reliability.conftest import make_settings
from tests.reliability.scenario import visit

PLAN = """schema = 1
id = "my-plan"
title = "My plan"
kind = "steps"
summary = "Two steps."
source = "Written with my therapist"

[[steps]]
text = "Feet on the floor."
seconds = 10

[[steps]]
text = "Name three things you can see."
"""


@pytest.fixture
def wide_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def modes(*folders: Path) -> dict[str, str]:
    """Each file and folder under `folders` (and the folders), with its permission bits."""
    found = {}
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            found[str(path)] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def test_everything_steady_keeps_about_the_person_is_user_only(qtbot: QtBot, tmp_path: Path, wide_umask: None) -> None:
    data, config = tmp_path / "data" / "steady", tmp_path / "config" / "steady" / "steady.conf"
    seen = visit(data, config)  # settings changed, an exercise done and recorded, the history opened
    assert seen["listed"] == ["finished"]
    personal = PersonalData(data)
    personal.memories.save(["The day at the lake"])
    personal.feelings.save([{"when": "2026-01-01T09:00:00", "words": ["tired", "relieved"]}])
    plan = tmp_path / "Downloads" / "my-plan.toml"
    plan.parent.mkdir()
    plan.write_text(PLAN, encoding="utf-8")
    exercise, problems = import_exercise(plan, personal.exercises_dir, load_catalog(resource("exercises")))
    assert exercise is not None and problems == []
    export = tmp_path / "Documents" / "steady-history.csv"
    export.parent.mkdir()
    with History(data / "history.sqlite3") as history:
        assert history.export_csv(export) == 1

    found = modes(data, config.parent)
    names = {Path(p).name for p in found}
    assert {"history.sqlite3", "memories.json", "kept-words.json", "my-plan.toml", "steady.conf"} <= names
    assert {p: m for p, m in found.items() if m != ("0o700" if Path(p).is_dir() else "0o600")} == {}
    assert oct(stat.S_IMODE(export.stat().st_mode)) == "0o600", "the exported CSV too"
    assert oct(stat.S_IMODE(export.parent.stat().st_mode)) == "0o777", "the folder it went into is left as it was"


def test_files_left_readable_by_others_are_made_user_only_when_opened(
    qtbot: QtBot, tmp_path: Path, wide_umask: None
) -> None:
    data, config = tmp_path / "data" / "steady", tmp_path / "config" / "steady" / "steady.conf"
    make_settings(config)
    with History(data / "history.sqlite3") as history:
        history.open()
    for path in (data, config.parent):
        path.chmod(0o755)
    for path in (config, data / "history.sqlite3"):
        path.chmod(0o644)

    seen = visit(data, config)

    assert seen["told"] == []
    found = modes(data, config.parent)
    assert {p: m for p, m in found.items() if m != ("0o700" if Path(p).is_dir() else "0o600")} == {}


def test_a_damaged_file_kept_aside_stays_user_only(qtbot: QtBot, tmp_path: Path, wide_umask: None) -> None:
    data, config = tmp_path / "data" / "steady", tmp_path / "config" / "steady" / "steady.conf"
    make_settings(config)
    config.write_bytes(b"\0garbage")
    config.chmod(0o644)
    (data).mkdir(parents=True, mode=0o700)
    (data / "history.sqlite3").write_bytes(b"garbage, not a database")
    (data / "history.sqlite3").chmod(0o666)

    seen = visit(data, config)

    assert len(seen["told"]) == 2
    found = modes(data, config.parent)
    assert any(".damaged-" in p for p in found)
    assert {p: m for p, m in found.items() if m != ("0o700" if Path(p).is_dir() else "0o600")} == {}
