"""The Windows installer script compiles (against a stub payload), and the other scripts are sound."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, require_program

pytestmark = pytest.mark.slow


def test_the_nsis_script_compiles_into_an_installer(tmp_path: Path) -> None:
    makensis = require_program("makensis")
    payload = tmp_path / "steady"
    payload.mkdir()
    (payload / "steady.exe").write_bytes(b"stand-in for the PyInstaller bundle")
    out = tmp_path / "steady-0.1.0-installer.exe"
    done = subprocess.run(
        [makensis, "-V2", "-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}",
         str(ROOT / "packaging" / "windows" / "steady.nsi")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable


@pytest.mark.parametrize(
    "script", ["packaging/linux/build-deb.sh", "packaging/linux/apt-install.sh", "packaging/macos/build.sh"]
)
def test_shell_scripts_parse(script: str) -> None:
    done = subprocess.run(["sh", "-n", str(ROOT / script)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_desktop_entry_names_the_command_and_icon() -> None:
    entry = (ROOT / "packaging" / "linux" / "steady.desktop").read_text()
    assert "Exec=steady\n" in entry and "Icon=steady\n" in entry and "Type=Application\n" in entry
