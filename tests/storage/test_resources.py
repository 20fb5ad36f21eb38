"""The resources are found from the source tree, an installed wheel and a frozen bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from app.storage import resources
from tests.conftest import ROOT, isolated_env


def test_from_the_source_tree() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource("exercises", "calm-pace.toml").is_file()


def test_from_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "app" / "resources"
    shutil.copytree(ROOT / "resources" / "exercises", bundled / "exercises")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == bundled


def test_a_broken_installation_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "candidate_dirs", lambda: [tmp_path / "nowhere"])
    with pytest.raises(resources.ResourcesMissingError, match="reinstall"):
        resources.resources_dir()


@pytest.mark.slow
def test_from_a_wheel_installed_into_a_fresh_environment(tmp_path: Path) -> None:
    """`pip install .` (not editable) gives a working `steady` with its resources inside."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    target = tmp_path / "venv"
    venv.create(target, with_pip=False, system_site_packages=False)
    site = next((target / "lib").glob("python*/site-packages"))
    # The fresh environment gets Steady from the wheel and borrows only PySide6 from ours.
    pyside = Path(__import__("PySide6").__file__).parent.parent
    (site / "borrowed.pth").write_text(str(pyside) + "\n")
    wheel = next(wheels.glob("steady-*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = isolated_env(tmp_path / "home")
    env.pop("PYTHONPATH")
    python = target / "bin" / "python"
    done = subprocess.run(
        [str(python), "-c", "import app.main, sys; sys.argv[0] = 'steady'; sys.exit(app.main.main(['--list']))"],
        cwd=outside, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(list((ROOT / "resources" / "exercises").glob("*.toml")))
    located = subprocess.run(
        [str(python), "-c", "from app.storage.resources import resources_dir; print(resources_dir())"],
        cwd=outside, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert located.stdout.strip() == str(site / "app" / "resources")
