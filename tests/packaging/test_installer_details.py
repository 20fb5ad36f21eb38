"""What Windows and macOS show about Steady: the installer's licence page and its Settings > Apps entry, the app's Info.plist.

Checked here: the NSIS script is read as makensis reads it (every Add/Remove Programs value written, the key
removed on uninstall), and compiled by the real makensis, uncompressed, so the installer is searched for the
licence text (with the CR LF line ends Windows' licence box needs) and the version it carries. The Info.plist
comes from running the real spec on a faked macOS. Only on those systems: Settings > Apps showing the entry
and its size (GetSize runs on the installed folder), the licence page as drawn, build.ps1 itself (PowerShell),
and Finder reading the Info.plist.
"""

from __future__ import annotations

import plistlib
import re
import shlex
import subprocess
import tomllib
from pathlib import Path, PureWindowsPath

import pytest

from app import __version__
from tests.conftest import ROOT, require_program
from tests.packaging.test_file_type import macos_bundle, nsis_commands

WINDOWS = ROOT / "packaging" / "windows"
UNINSTALL_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Steady"
AUTHORS = ", ".join(a["name"] for a in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["authors"])


def script() -> str:
    return (WINDOWS / "steady.nsi").read_text()


def from_windows_folder(path: str) -> Path:
    """A path in the script or build.ps1's makensis line: makensis works in the script's folder."""
    return (WINDOWS / PureWindowsPath(path).as_posix()).resolve()


def test_the_installer_shows_the_licence_before_anything_is_installed() -> None:
    text = script()
    pages = re.findall(r"^!insertmacro (MUI_PAGE_\w+)", text, re.MULTILINE)
    assert pages[:3] == ["MUI_PAGE_WELCOME", "MUI_PAGE_LICENSE", "MUI_PAGE_DIRECTORY"]
    assert re.search(r'^!insertmacro MUI_PAGE_LICENSE "\$\{LICENSE_FILE\}"', text, re.MULTILINE)
    default = re.search(r'^\s*!define LICENSE_FILE "([^"]+)"', text, re.MULTILINE)[1]
    assert from_windows_folder(default) == ROOT / "LICENSE"
    # build.ps1 passes a CR LF copy of LICENSE (the licence box breaks lines only there) it has just written.
    build = (WINDOWS / "build.ps1").read_text()
    passed = re.search(r"/DLICENSE_FILE=(\S+)", build)[1]
    written = re.search(r'WriteAllText\(\(Join-Path \$PWD "([^"]+)"\), \$licence\)', build)[1]
    assert from_windows_folder(passed) == (ROOT / PureWindowsPath(written).as_posix()).resolve()
    assert '$licence = (Get-Content -Raw LICENSE) -replace "`r?`n", "`r`n"' in build


def test_settings_apps_shows_steady_with_its_publisher_version_size_and_uninstaller() -> None:
    sections = nsis_commands(script())
    install, uninstall = sections["Steady"], sections["Uninstall"]
    values = {c[3]: (c[0], c[4]) for c in install if c[0].startswith("WriteReg") and c[2] == UNINSTALL_KEY}
    assert {c[1] for c in install if c[0].startswith("WriteReg") and c[2] == UNINSTALL_KEY} == {"HKCU"}  # per-user
    (uninstaller,) = [c[1] for c in install if c[0] == "WriteUninstaller"]
    assert values == {
        "DisplayName": ("WriteRegStr", "Steady"),
        "DisplayVersion": ("WriteRegStr", "${VERSION}"),  # the version the build passes in (or app/__init__.py's)
        "Publisher": ("WriteRegStr", AUTHORS),
        "DisplayIcon": ("WriteRegStr", "$INSTDIR\\steady.exe,0"),
        "InstallLocation": ("WriteRegStr", "$INSTDIR"),
        "UninstallString": ("WriteRegStr", f'"{uninstaller}"'),  # quoted: $INSTDIR may hold spaces
        "QuietUninstallString": ("WriteRegStr", f'"{uninstaller}" /S'),
        "NoModify": ("WriteRegDWORD", "1"),
        "NoRepair": ("WriteRegDWORD", "1"),
        "EstimatedSize": ("WriteRegDWORD", "$0"),
    }  # and nothing else: no URLInfoAbout, as Steady has no web page yet
    assert shlex.split(values["QuietUninstallString"][1], posix=False)[0] == values["UninstallString"][1]

    # EstimatedSize: the install folder's size in KB (GetSize's /S=0K), measured once everything is in it.
    at = install.index(["WriteRegDWORD", "HKCU", UNINSTALL_KEY, "EstimatedSize", "$0"])
    measured = [i for i, c in enumerate(install) if c[0] == "${GetSize}"]
    assert len(measured) == 1 and install[measured[0]][1:4] == ["$INSTDIR", "/S=0K", "$0"]
    assert not any(c[0] in {"StrCpy", "IntOp", "IntFmt"} and c[1] == "$0" for c in install[measured[0] + 1 : at])
    everything = [i for i, c in enumerate(install) if c[0] in {"File", "WriteUninstaller"}]
    assert max(everything) < measured[0] < at
    assert re.search(r'^!include "FileFunc.nsh"$', script(), re.MULTILINE)

    # Uninstalling takes Steady out of Settings > Apps.
    assert ["DeleteRegKey", "HKCU", UNINSTALL_KEY] in uninstall


@pytest.mark.slow
def test_the_compiled_installer_carries_the_licence_with_windows_line_ends_and_the_version(tmp_path: Path) -> None:
    """Compiled by the real makensis as build.ps1 does (a CR LF copy of LICENSE), uncompressed so its strings
    show: NSIS stores the licence text as it is given, so its line ends reach Windows' licence box unchanged."""
    makensis = require_program("makensis")
    payload = tmp_path / "steady"
    payload.mkdir()
    (payload / "steady.exe").write_bytes(b"stand-in for the PyInstaller bundle")
    licence = tmp_path / "LICENSE.txt"  # what build.ps1 writes: every line end CR LF
    licence.write_bytes(re.sub(r"\r?\n", "\r\n", (ROOT / "LICENSE").read_text()).encode())
    out = tmp_path / "steady-installer.exe"
    done = subprocess.run(
        [makensis, "-V2", "-DUNCOMPRESSED", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}", f"-DLICENSE_FILE={licence}",
         str(WINDOWS / "steady.nsi")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    installer = out.read_bytes()
    assert installer[:2] == b"MZ"
    text = installer.decode("utf-16-le", errors="replace") + installer[1:].decode("utf-16-le", errors="replace")
    assert licence.read_bytes().decode() in text  # the whole GPL, as the licence page shows it
    # No VERSION passed: the script reads app/__init__.py's, for the branding line and DisplayVersion alike.
    assert f"Steady {__version__}" in text
    for name in ("DisplayVersion", "Publisher", "EstimatedSize", "QuietUninstallString", AUTHORS):
        assert name in text, name


def test_the_mac_app_tells_its_version_copyright_and_category(monkeypatch: pytest.MonkeyPatch) -> None:
    info = macos_bundle(monkeypatch)["info_plist"]
    assert plistlib.loads(plistlib.dumps(info)) == info  # a valid plist, as BUNDLE writes it
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    assert info["CFBundleName"] == info["CFBundleDisplayName"] == "Steady"
    copyright_line = info["NSHumanReadableCopyright"]
    assert AUTHORS in copyright_line and "GPL-3.0-or-later" in copyright_line
    assert re.search(r"Copyright © 20\d\d ", copyright_line)
    assert info["LSApplicationCategoryType"] == "public.app-category.healthcare-fitness"
    assert info["LSMinimumSystemVersion"] == "13.0"  # Qt 6.11's oldest macOS (the PySide6 pinned in pyproject.toml)
    assert "PySide6-Essentials==6.11." in (ROOT / "pyproject.toml").read_text()
