"""Real faults of the disk, in a child process: a file Steady may not read, a read-only disk, a full disk.

As root (CI), permissions do not stop reading, so the child runs in a new user namespace where
root's power over other files is gone; the read-only and full disks are real mounts (a read-only
bind mount, a 64 kB tmpfs) in a private mount namespace. Nothing is simulated.
"""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest

from tests.conftest import IN_CI
from tests.reliability.conftest import (
    as_other_user,
    damaged_copies,
    make_history,
    make_settings,
    run_child,
    scenario_command,
    with_mounts,
)
from tests.reliability.scenario import files_in, sessions_on_disk

NOBODY = 65534


def about(told: list[str], what: str) -> list[str]:
    return [message for message in told if f"Your {what}" in message]


def prepare(home: Path) -> tuple[Path, Path, Path]:
    disk = home / "disk"
    data, config = disk / "data", disk / "config" / "steady.conf"
    make_history(data / "history.sqlite3")
    make_settings(config)
    return disk, data, config


def someone_elses(path: Path) -> None:
    """Make `path` belong to another user, user-only (as after `sudo steady`), so this user really can't read it."""
    if os.geteuid() != 0:
        message = "only root can give a file to another user; this fault is tried when the tests run as root (CI)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    os.chown(path, NOBODY, NOBODY)
    path.chmod(0o600)


def test_your_own_settings_file_with_the_wrong_mode_is_put_right(tmp_path: Path) -> None:
    _disk, data, config = prepare(tmp_path)
    config.chmod(0o000)
    seen = run_child(as_other_user(scenario_command(data, config)), tmp_path)
    assert seen["finished"] and seen["told"] == [] and damaged_copies(config) == []
    assert config.stat().st_mode & 0o777 == 0o600
    assert b"rate=120" in config.read_bytes(), "nothing the person chose was lost"


def test_a_settings_file_steady_may_not_read_is_kept_and_a_fresh_one_used(tmp_path: Path) -> None:
    _disk, data, config = prepare(tmp_path)
    someone_elses(config)
    seen = run_child(as_other_user(scenario_command(data, config)), tmp_path)
    assert seen["finished"] and seen["listed"] == ["finished"] * 4
    (message,) = about(seen["told"], "settings file")
    assert "permission denied" in message
    (kept,) = damaged_copies(config)
    assert kept.stat().st_uid == NOBODY and kept.name in message  # kept as it was, for the person to look at
    assert b"theme=light" in kept.read_bytes()
    assert seen["theme"] == "dark" and config.stat().st_mode & 0o777 == 0o600


def test_your_own_history_file_with_the_wrong_mode_is_put_right(tmp_path: Path) -> None:
    _disk, data, config = prepare(tmp_path)
    history = data / "history.sqlite3"
    history.chmod(0o000)
    seen = run_child(as_other_user(scenario_command(data, config)), tmp_path)
    assert seen["finished"] and seen["listed"] == ["finished"] * 4 and seen["told"] == []
    assert history.stat().st_mode & 0o777 == 0o600


def test_a_history_file_steady_may_not_read_is_kept_and_a_fresh_one_used(tmp_path: Path) -> None:
    _disk, data, config = prepare(tmp_path)
    history = data / "history.sqlite3"
    someone_elses(history)
    seen = run_child(as_other_user(scenario_command(data, config)), tmp_path)
    assert seen["finished"] and seen["listed"] == ["finished"] and not seen["in_memory"]
    (message,) = about(seen["told"], "history file")
    (kept,) = damaged_copies(history)
    assert kept.name in message and kept.stat().st_uid == NOBODY
    assert sessions_on_disk(kept) == ["finished"] * 3, "the three earlier sessions are all still in the kept file"
    assert sessions_on_disk(history) == ["finished"]


def test_a_read_only_disk_keeps_everything_and_the_visit_still_works(tmp_path: Path) -> None:
    disk, data, config = prepare(tmp_path)
    before = files_in(disk)
    quoted = shlex.quote(str(disk))
    setup = f"mount --bind {quoted} {quoted}\nmount -o remount,bind,ro {quoted}"
    seen = run_child(with_mounts(setup, scenario_command(data, config)), tmp_path)

    assert seen["finished"] and seen["in_memory"]
    assert seen["listed"] == ["finished"] * 4, "the earlier sessions still show, with this one"
    (history_message,) = about(seen["told"], "history")
    assert "read-only" in history_message and "until Steady closes" in history_message
    (settings_message,) = about(seen["told"], "settings")
    assert "can't be saved right now" in settings_message
    assert seen["theme"] == "dark", "a setting changed on a read-only disk still works until Steady closes"
    assert seen["memories"] == ["The day at the lake"] and "read-only" in seen["memories_problem"]
    assert files_in(disk) == before, "not one byte of the person's files changed"


def test_a_full_disk_keeps_everything_and_the_visit_still_works(tmp_path: Path) -> None:
    ready, data, config = prepare(tmp_path / "ready")
    disk = tmp_path / "disk"
    disk.mkdir()
    data, config = disk / "data", disk / "config" / "steady.conf"
    q = shlex.quote
    setup = "\n".join(
        [
            f"mount -t tmpfs -o size=64k,mode=0700 tmpfs {q(str(disk))}",
            f"cp -a {q(str(ready))}/. {q(str(disk))}/",
            f"dd if=/dev/zero of={q(str(disk / 'filler'))} bs=1k 2>/dev/null || true",  # fill what is left
        ]
    )
    seen = run_child(with_mounts(setup, scenario_command(data, config)), tmp_path)

    assert seen["finished"] and seen["in_memory"]
    assert seen["listed"] == ["finished"] * 4
    (history_message,) = about(seen["told"], "history")
    assert "full" in history_message and "until Steady closes" in history_message
    (settings_message,) = about(seen["told"], "settings")
    assert "can't be saved right now" in settings_message
    assert seen["on_disk"] == ["finished"] * 3, "the history on the full disk is intact, with every earlier session"
    assert seen["memories"] == ["The day at the lake"], "a memory written on a full disk is kept until Steady closes"
    assert "no space left" in seen["memories_problem"]
    inside = {Path(name).relative_to(disk): entry for name, entry in seen["files"].items()}
    outside = {Path(n).relative_to(ready): e for n, e in files_in(ready / "data", ready / "config").items()}
    assert {name: inside[name] for name in outside} == outside, "the person's files are byte for byte as they were"
    assert not any(".damaged-" in str(name) for name in inside)
    shutil.rmtree(ready)
