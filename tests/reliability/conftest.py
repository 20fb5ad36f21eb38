"""Helpers for the fault tests: known-good files to damage, and child processes under real faults."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.storage.history import History
from app.storage.settings import Settings
from tests.conftest import IN_CI, ROOT, isolated_env, require_program
from tests.voice.conftest import aplay_log, espeak  # noqa: F401  (the real engine and the stand-in aplay)


def make_history(path: Path, count: int = 3) -> None:
    """A history file with `count` finished sessions, as an earlier visit would leave it."""
    with History(path) as history:
        for n in range(count):
            history.add("box", "Box breathing", datetime(2026, 1, 1 + n, 9, tzinfo=UTC), 240.0, 240.0, "finished", 6, 4)


def make_settings(path: Path) -> bytes:
    """A settings file as Steady writes it, with a few choices made; returns its bytes."""
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set("appearance/theme", "light")
    settings.set("voice/rate", 120)
    settings.set("care/checkins", False)
    settings.set("steps/notice_wording", True)
    del settings
    return path.read_bytes()


def damaged_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


def unshare_or_fail() -> str:
    """`unshare`, checked to really make namespaces here; a missing one fails under CI, skips elsewhere."""
    unshare = require_program("unshare")
    done = subprocess.run([unshare, "--user", "--map-root-user", "--mount", "true"], capture_output=True, text=True)
    if done.returncode != 0:
        message = f"unshare cannot make a user and mount namespace here: {done.stderr.strip()}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return unshare


def as_other_user(command: list[str]) -> list[str]:
    """Run `command` without root's power to read every file (a new user namespace), or as is when not root."""
    if os.geteuid() != 0:
        return command
    return [unshare_or_fail(), "--user", *command]


def with_mounts(shell_setup: str, command: list[str]) -> list[str]:
    """Run `command` after `shell_setup` mounts things in a private mount namespace (a real read-only or full disk)."""
    unshare = unshare_or_fail()
    script = f"{shell_setup}\nexec {shlex.join(command)}"
    return [unshare, "--user", "--map-root-user", "--mount", "sh", "-ec", script]


def scenario_command(data: Path, config: Path) -> list[str]:
    return [sys.executable, "-m", "tests.reliability.scenario", str(data), str(config)]


def run_child(command: list[str], home: Path, timeout: float = 60) -> dict[str, Any]:
    """Run a scenario child and return what it printed (the last line, JSON)."""
    done = subprocess.run(command, cwd=ROOT, env=isolated_env(home), capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"the child failed ({done.returncode}):\n{done.stderr[-3000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])
