"""The package tests' shared pieces: the .deb, built once for every test that needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, require_program


@pytest.fixture(scope="session")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb as `make package` builds it on this machine: PyInstaller, then packaging/linux/build-deb.sh."""
    require_program("dpkg-deb")
    out = tmp_path_factory.mktemp("package")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), "packaging/steady.spec"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    done = subprocess.run(
        ["sh", "packaging/linux/build-deb.sh", str(out / "dist" / "steady"), str(out)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return Path(done.stdout.splitlines()[0])
