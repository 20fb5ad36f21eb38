"""The Windows installer script compiles (against a stub payload), and the other scripts are sound."""

from __future__ import annotations

import configparser
import shlex
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


def desktop_entry() -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / "org.steady.Steady.desktop", encoding="utf-8")
    return entry


def test_the_desktop_entry_names_the_command_and_icon_and_is_valid() -> None:
    main = desktop_entry()["Desktop Entry"]
    assert (main["Exec"], main["Icon"], main["Type"]) == ("steady %f", "steady", "Application")
    # It opens plan files: the desktop passes one (%f: a local path) as `steady FILE`, nothing when started from the menu.
    assert main["MimeType"] == "application/x-steady-plan;"
    validate = require_program("desktop-file-validate")
    done = subprocess.run(
        [validate, str(ROOT / "packaging" / "linux" / "org.steady.Steady.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_quick_actions_open_steady_me_now_and_let_it_out() -> None:
    """Right-click on the launcher: each action is a command line Steady takes (and hands to a running Steady)."""
    from app.main import build_parser
    from app.storage.catalog import load_catalog
    from app.storage.resources import resource

    entry = desktop_entry()
    actions = entry["Desktop Entry"]["Actions"].strip(";").split(";")
    assert actions == ["steady-me-now", "let-it-out"]
    names = {entry[f"Desktop Action {a}"]["Name"]: entry[f"Desktop Action {a}"]["Exec"] for a in actions}
    assert names == {"Steady me now": "steady --exercise steady-me-now --start", "Let it out": "steady --let-it-out"}
    assert {entry[f"Desktop Action {a}"]["Name[de]"] for a in actions} == {"Jetzt Halt finden", "Lass es raus"}
    catalog = load_catalog(resource("exercises"), None)
    for command in names.values():
        program, *args = shlex.split(command)
        parsed = build_parser().parse_args(args)
        assert program == "steady"
        assert parsed.let_it_out or (catalog.get(parsed.exercise) is not None and parsed.start)


def test_the_windows_start_menu_has_the_same_quick_actions_and_removes_them() -> None:
    script = (ROOT / "packaging" / "windows" / "steady.nsi").read_text()
    for name, args in (("Steady me now", "--exercise steady-me-now --start"), ("Let it out", "--let-it-out")):
        assert f'CreateShortcut "$SMPROGRAMS\\Steady\\{name}.lnk" "$INSTDIR\\steady.exe" "{args}"' in script
        assert f'Delete "$SMPROGRAMS\\Steady\\{name}.lnk"' in script
