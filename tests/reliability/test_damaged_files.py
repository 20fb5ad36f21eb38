"""Damaged settings and history files: kept aside (never deleted), a fresh one used, the person told once.

Each test opens the real window on the damaged file, changes a setting, does a one-minute
breathing exercise to its end and opens the history, as a person would.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.core.preferences import SPECS
from app.storage.history_schema import SCHEMA_VERSION
from app.storage.settings import Settings
from tests.conftest import ROOT, isolated_env
from tests.reliability.conftest import damaged_copies, make_history, make_settings
from tests.reliability.scenario import visit

GOOD_VALUES = {"appearance/theme": "light", "voice/rate": 120, "care/checkins": False, "steps/notice_wording": True}


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path]:
    data, config = tmp_path / "data", tmp_path / "config" / "steady.conf"
    make_history(data / "history.sqlite3")
    make_settings(config)
    return data, config


def about(told: list[str], what: str) -> list[str]:
    return [message for message in told if f"Your {what}" in message]


def cut_mid_line(raw: bytes) -> bytes:
    return raw[: raw.index(b"rate=") + 3]


SETTINGS_DAMAGE = {
    "garbage": lambda raw: bytes(range(256)) * 8,
    "zeros (a crash on some file systems)": lambda raw: b"\0" * 4096,
    "truncated mid-line": cut_mid_line,
    "half a line of another format": lambda raw: b'{"appearance": {"theme": "dark"\n',
}


@pytest.mark.parametrize("damage", SETTINGS_DAMAGE.values(), ids=SETTINGS_DAMAGE.keys())
def test_a_damaged_settings_file_is_kept_and_a_fresh_one_used(qtbot: QtBot, places: tuple[Path, Path], damage) -> None:
    data, config = places
    bad = damage(config.read_bytes())
    config.write_bytes(bad)

    seen = visit(data, config)

    assert seen["finished"] and seen["listed"] == ["finished"] * 4, "the exercise ran and was recorded"
    assert seen["memories"] == ["The day at the lake"] and seen["memories_problem"] == ""
    (message,) = about(seen["told"], "settings file")
    (kept,) = damaged_copies(config)
    assert kept.read_bytes() == bad, "the damaged file is kept exactly as it was"
    assert str(config) in message and kept.name in message
    assert about(seen["told"], "history") == []
    fresh = Settings(QSettings(str(config), QSettings.Format.IniFormat))
    assert fresh.get("appearance/theme") == "dark" and fresh.get("care/checkins") is False  # the fresh file works
    assert fresh.take_problem() == "", "the next visit has nothing to tell"
    assert config.stat().st_mode & 0o777 == 0o600


def test_a_settings_file_cut_short_keeps_what_could_still_be_read(qtbot: QtBot, places: tuple[Path, Path]) -> None:
    _data, config = places
    config.write_bytes(cut_mid_line(config.read_bytes()))
    settings = Settings(QSettings(str(config), QSettings.Format.IniFormat))
    assert "cut short" in settings.take_problem()
    assert settings.get("appearance/theme") == "light", "the lines before the cut are still used"
    assert settings.get("care/checkins") is False and settings.get("steps/notice_wording") is True
    assert settings.get("voice/rate") == 125, "the cut value reads as the usual one"


def test_a_settings_file_cut_at_any_byte_never_breaks_steady(tmp_path: Path, qtbot: QtBot) -> None:
    raw = make_settings(tmp_path / "good.conf")
    for cut in range(len(raw)):
        config = tmp_path / f"cut{cut}" / "steady.conf"
        config.parent.mkdir()
        config.write_bytes(raw[:cut])
        settings = Settings(QSettings(str(config), QSettings.Format.IniFormat))
        problem = settings.take_problem()
        for key, value in GOOD_VALUES.items():
            assert settings.get(key) in (value, SPECS[key].default), f"cut at {cut}: {key} is neither saved nor usual"
        kept = damaged_copies(config)
        if problem:
            assert [k.read_bytes() for k in kept] == [raw[:cut]], f"cut at {cut}: the damaged file is kept"
        else:
            assert kept == [] and (cut == 0 or raw[:cut].endswith(b"\n")), f"cut at {cut} went unnoticed"
        settings.set("voice/volume", 50)
        assert Settings(QSettings(str(config), QSettings.Format.IniFormat)).get("voice/volume") == 50


def test_a_folder_in_place_of_the_settings_file_is_kept_aside(qtbot: QtBot, places: tuple[Path, Path]) -> None:
    data, config = places
    config.unlink()
    config.mkdir()
    (config / "inside.txt").write_text("someone's file")

    seen = visit(data, config)

    assert seen["finished"] and seen["theme"] == "dark"
    (message,) = about(seen["told"], "settings file")
    assert "not a file" in message
    (kept,) = damaged_copies(config)
    assert (kept / "inside.txt").read_text() == "someone's file"
    assert config.is_file()


def test_an_empty_settings_file_simply_means_the_usual_settings(qtbot: QtBot, places: tuple[Path, Path]) -> None:
    data, config = places
    config.write_bytes(b"")
    seen = visit(data, config)
    assert seen["finished"] and seen["told"] == []  # nothing was there to keep, so nothing to say
    assert damaged_copies(config) == []
    assert Settings(QSettings(str(config), QSettings.Format.IniFormat)).get("appearance/theme") == "dark"


def test_settings_from_a_newer_steady_are_read_and_their_new_parts_kept(
    qtbot: QtBot, places: tuple[Path, Path]
) -> None:
    data, config = places
    config.write_text(
        "[General]\nschema=7\n\n[appearance]\ntheme=light\nsparkles=many\n\n[future]\nthing=1\n", encoding="utf-8"
    )
    seen = visit(data, config)
    assert seen["finished"] and seen["told"] == []
    after = QSettings(str(config), QSettings.Format.IniFormat)
    assert (after.value("schema"), after.value("appearance/sparkles"), after.value("future/thing")) == (
        "7",
        "many",
        "1",
    ), "what a newer Steady wrote is left for it"
    assert after.value("appearance/theme") == "dark"


HISTORY_DAMAGE = {
    "garbage": lambda raw: bytes(range(256)) * 64,
    "truncated to half": lambda raw: raw[: len(raw) // 2],
    "truncated inside the header": lambda raw: raw[:50],
    "a page overwritten": lambda raw: raw[:4096] + b"\xa5" * 4096 + raw[8192:],
}


@pytest.mark.parametrize("damage", HISTORY_DAMAGE.values(), ids=HISTORY_DAMAGE.keys())
def test_a_damaged_history_is_kept_and_a_fresh_one_used(qtbot: QtBot, places: tuple[Path, Path], damage) -> None:
    data, config = places
    path = data / "history.sqlite3"
    bad = damage(path.read_bytes())
    path.write_bytes(bad)

    seen = visit(data, config)

    assert seen["finished"] and seen["listed"] == ["finished"], "this visit's exercise is recorded in the fresh file"
    (message,) = about(seen["told"], "history file")
    (kept,) = damaged_copies(path)
    assert kept.read_bytes() == bad and kept.name in message
    assert about(seen["told"], "settings") == []
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    db.close()


def test_an_empty_history_file_simply_becomes_a_new_history(qtbot: QtBot, places: tuple[Path, Path]) -> None:
    data, config = places
    (data / "history.sqlite3").write_bytes(b"")
    seen = visit(data, config)
    assert seen["finished"] and seen["listed"] == ["finished"] and seen["told"] == []


def test_a_history_from_a_newer_steady_is_kept_untouched(qtbot: QtBot, places: tuple[Path, Path]) -> None:
    data, config = places
    path = data / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()

    seen = visit(data, config)

    assert seen["finished"] and seen["listed"] == ["finished"]
    (message,) = about(seen["told"], "history file")
    assert "newer version of Steady" in message
    (kept,) = damaged_copies(path)
    assert kept.read_bytes() == before, "the newer file is kept byte for byte, for the newer Steady"


def test_a_folder_in_place_of_the_history_file_keeps_this_visit_in_memory(
    qtbot: QtBot, places: tuple[Path, Path]
) -> None:
    data, config = places
    path = data / "history.sqlite3"
    shutil.move(path, data / "moved.sqlite3")
    path.mkdir()

    seen = visit(data, config)

    assert seen["finished"] and seen["listed"] == ["finished"] and seen["in_memory"]
    (message,) = about(seen["told"], "history")
    assert "can't be saved right now" in message and "until Steady closes" in message
    assert path.is_dir() and list(path.iterdir()) == []


def test_the_real_settings_file_in_the_config_folder_is_checked_too(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = home / "config" / "steady" / "steady.conf"
    config.parent.mkdir(parents=True)
    config.write_bytes(b"\x00\x01 not settings")
    code = "from app.storage.settings import Settings\nprint(Settings.for_user().take_problem())\n"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=isolated_env(home), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert str(config) in done.stdout and "kept as steady.conf.damaged-" in done.stdout
    (kept,) = damaged_copies(config)
    assert kept.read_bytes() == b"\x00\x01 not settings"
