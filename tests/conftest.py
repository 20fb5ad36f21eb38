"""Shared test set-up: offscreen Qt, an isolated home folder, and helpers for real components."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STEADY_REDUCE_MOTION"] = "0"  # tests decide motion themselves, not the desktop

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(message: str) -> None:
    """A component the test needs is not there: skip here, fail under CI."""
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def require_program(name: str) -> str:
    """Path of a program a test needs; skips locally but fails under CI when it is missing."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed (run: make system-tests)")
    return path  # type: ignore[return-value]


def require_root(why: str) -> None:
    """Tests that install into the system or make a Debian root: skipped locally without root, failed under CI."""
    if os.geteuid() != 0:
        missing(f"{why} needs root")


def isolated_env(home: Path) -> dict[str, str]:
    """Environment for a child process whose home, data and settings live under `home`."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        LANGUAGE="en",  # Steady speaks English in tests, even on a machine set to German (Qt reads LANGUAGE first)
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    return env


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own home, data and settings folders: nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    for key, value in isolated_env(home).items():
        if key.startswith(("XDG_", "HOME")):
            monkeypatch.setenv(key, value)
    return home


@pytest.fixture
def python() -> str:
    return sys.executable
