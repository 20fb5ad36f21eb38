"""The Debian packages `make` installs for Qt's libraries exist on this release under the names Steady gives.

`make run`, `make package` and `make test` name the package of each shared library Qt needs and the
machine lacks (app/system_check.py: Debian's naming rule, and a table where a package breaks it).
A wrong name stops a bare machine's set-up before anything runs (Debian 13 has no libbrotlicommon1:
libbrotli1 ships that library), so every library any of Qt's libraries or its X11 plugin needs is
named here and apt is asked, without installing anything, whether it could install them all.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from app.system_check import debian_package, qt_library_dir
from tests.conftest import require_program


def libraries_qt_needs(qt: Path) -> set[str]:
    """Each NEEDED entry of Qt's libraries and its X11 plugin, but those that come with PySide6 (Qt's, ICU)."""
    readelf = require_program("readelf")
    targets = [*sorted((qt / "lib").glob("libQt6*.so.6")), qt / "plugins" / "platforms" / "libqxcb.so"]
    found: set[str] = set()
    for target in targets:
        out = subprocess.run([readelf, "-d", str(target)], capture_output=True, text=True, check=True).stdout
        found.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    return {name for name in found if not (qt / "lib" / name).exists()}


def test_every_library_qt_needs_has_a_package_apt_can_install_by_the_name_steady_gives() -> None:
    qt = qt_library_dir()
    assert qt is not None and (qt / "lib" / "libQt6Gui.so.6").exists(), "PySide6 is not installed in this Python"
    apt = require_program("apt-get")
    libraries = libraries_qt_needs(qt)
    assert {"libGL.so.1", "libX11-xcb.so.1", "libgssapi_krb5.so.2"} <= libraries  # the reading itself works
    packages = sorted({debian_package(name) for name in libraries})
    done = subprocess.run(
        [apt, "install", "--simulate", "--no-remove", "--quiet", *packages], capture_output=True, text=True
    )
    unknown = re.findall(r"Unable to locate package (\S+)", done.stderr)
    assert done.returncode == 0 and not unknown, f"apt doesn't know {unknown or packages}:\n{done.stderr[-2000:]}"
