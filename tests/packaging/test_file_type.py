"""Plan files (*.steady) open in Steady with a double click: each system's installer registers the type.

Linux for real: Steady's shared-mime-info type and its desktop entry go into a temporary data folder,
the real update-mime-database and update-desktop-database build what the desktop reads, GLib (which
GNOME's and Xfce's file managers ask) and Qt (which KDE's asks) name the type, and a double click
through GLib runs `steady FILE`. Windows and macOS cannot run here: the NSIS script and the Info.plist
are read for what they register and remove (test_installer_scripts.py compiles the NSIS script, and
test_deb.py checks the installed .deb).
"""

from __future__ import annotations

import json
import os
import plistlib
import re
import shlex
import shutil
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

from app import __version__
from tests.conftest import ROOT, require_program

LINUX = ROOT / "packaging" / "linux"
NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# What may stand in a <mime-type> (the shared-mime-info specification, "The source XML files").
SPEC_ELEMENTS = {
    "comment", "acronym", "expanded-acronym", "icon", "generic-icon", "glob", "magic", "treemagic", "root-XML",
    "alias", "sub-class-of",
}  # fmt: skip
PLAN = 'format = "steady-plan"\nschema = 1\n'  # how a plan file begins


def linux_type() -> ET.Element:
    root = ET.parse(LINUX / "steady-plan.xml").getroot()
    assert root.tag == f"{NS}mime-info"
    (mime_type,) = root
    assert mime_type.tag == f"{NS}mime-type"
    return mime_type


def test_the_plan_type_is_a_shared_mime_info_type_with_a_glob_for_the_extension() -> None:
    mime_type = linux_type()
    assert mime_type.get("type") == "application/x-steady-plan"
    assert {child.tag.removeprefix(NS) for child in mime_type} <= SPEC_ELEMENTS
    assert [glob.get("pattern") for glob in mime_type.iter(f"{NS}glob")] == ["*.steady"]


@pytest.fixture
def desktop(tmp_path: Path) -> dict[str, str]:
    """A desktop's data folder with Steady installed as the .deb installs it: its type and its entry, built
    by the real tools. Returns the environment in which GLib and Qt see it (and `steady` is a stand-in)."""
    mime_db, menu_db = require_program("update-mime-database"), require_program("update-desktop-database")
    data = tmp_path / "data"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "applications").mkdir()
    shutil.copy(LINUX / "steady-plan.xml", data / "mime" / "packages" / "steady.xml")
    shutil.copy(LINUX / "org.steady.Steady.desktop", data / "applications" / "org.steady.Steady.desktop")
    (tmp_path / "bin").mkdir()
    env = dict(
        os.environ,
        XDG_DATA_HOME=str(data),
        XDG_DATA_DIRS="/usr/share",  # the system's own types (text/plain, application/toml), nothing of Steady
        PATH=f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}",
        LANGUAGE="en",
    )
    for tool, folder in ((mime_db, data / "mime"), (menu_db, data / "applications")):
        done = subprocess.run([tool, str(folder)], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and not done.stderr.strip(), done.stdout + done.stderr
    return env


def content_type(path: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [require_program("gio"), "info", "--attributes", "standard::content-type", str(path)],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return re.search(r"standard::content-type: (\S+)", done.stdout)[1]


def test_the_desktop_database_knows_steady_files_as_plans(desktop: dict[str, str], tmp_path: Path) -> None:
    globs = (Path(desktop["XDG_DATA_HOME"]) / "mime" / "globs2").read_text().splitlines()
    assert "50:application/x-steady-plan:*.steady" in globs
    files = {name: tmp_path / name for name in ("plan from Sam.steady", "SHOUTED.STEADY", "settings.toml")}
    for path in files.values():
        path.write_text(PLAN)
    assert {name: content_type(path, desktop) for name, path in files.items()} == {
        "plan from Sam.steady": "application/x-steady-plan",
        "SHOUTED.STEADY": "application/x-steady-plan",
        "settings.toml": "application/toml",  # other TOML files stay what they were
    }


QT_LOOKUP = """
import json, sys
from PySide6.QtCore import QMimeDatabase
found = QMimeDatabase().mimeTypeForFile(sys.argv[1], QMimeDatabase.MatchMode.MatchExtension)
print(json.dumps([found.name(), found.comment(), found.iconName(), found.inherits("text/plain")]))
"""


@pytest.mark.parametrize(("language", "name"), [("en", "Steady plan"), ("de", "Steady-Plan")])
def test_qt_names_the_type_in_the_persons_language_and_knows_it_is_text(
    desktop: dict[str, str], language: str, name: str
) -> None:
    """KDE's file manager asks Qt: the type shows by name, with the icon the .deb ships Steady's under, and
    "Open with" offers text editors too (a plan is TOML text, for whoever writes one by hand)."""
    done = subprocess.run(
        [sys.executable, "-c", QT_LOOKUP, "plan.steady"],
        env=dict(desktop, LANGUAGE=language), capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout) == ["application/x-steady-plan", name, "application-x-steady-plan", True]


def test_a_double_click_on_a_plan_runs_steady_with_that_file(desktop: dict[str, str], tmp_path: Path) -> None:
    """`gio open` is what GNOME's file manager does on a double click: find the type, its default
    program (Steady's desktop entry, by its MimeType), and run its Exec line with the file."""
    gio = require_program("gio")
    plan = tmp_path / "plans" / "plan from Sam.steady"
    plan.parent.mkdir()
    plan.write_text(PLAN)
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(30)
        stand_in = tmp_path / "bin" / "steady"  # tells the test what it was started with
        stand_in.write_text(
            f"#!{sys.executable}\nimport json, socket, sys\n"
            f"with socket.create_connection(('127.0.0.1', {server.getsockname()[1]})) as test:\n"
            "    test.sendall(json.dumps(sys.argv[1:]).encode())\n"
        )
        stand_in.chmod(0o755)
        opened = subprocess.run([gio, "open", str(plan)], env=desktop, capture_output=True, text=True, timeout=60)
        handlers = subprocess.run([gio, "mime", "application/x-steady-plan"], env=desktop, capture_output=True)
        assert opened.returncode == 0, opened.stderr + handlers.stdout.decode()
        try:
            connection, _ = server.accept()
        except TimeoutError:
            pytest.fail(f"Steady was not started for the plan:\n{handlers.stdout.decode()}{opened.stderr}")
        with connection, connection.makefile("rb") as received:
            arguments = json.loads(received.read())
    assert arguments == [str(plan)]  # one argument, spaces and all: `steady FILE`


@pytest.mark.parametrize(
    ("system", "path"), [("linux", "/home/sam/Plan from Jo.steady"), ("windows", "C:\\Users\\Sam\\Plan from Jo.steady")]
)
def test_the_command_each_installer_runs_for_a_plan_is_steady_FILE(system: str, path: str) -> None:
    """The command lines the desktop entry and the Windows registry run with a double-clicked file are ones
    Steady reads as a plan to open (macOS sends an open-document event instead)."""
    from app.main import build_parser

    if system == "linux":
        from tests.packaging.test_installer_scripts import desktop_entry

        program, *args = shlex.split(desktop_entry()["Desktop Entry"]["Exec"].replace("%f", shlex.quote(path)))
        assert program == "steady"
    else:
        nsis = nsis_commands((ROOT / "packaging" / "windows" / "steady.nsi").read_text())["Steady"]
        (command,) = [c[4] for c in nsis if c[0] == "WriteRegStr" and c[2].endswith("\\shell\\open\\command")]
        program, *args = (word.strip('"') for word in shlex.split(command.replace("%1", path), posix=False))
        assert program == "$INSTDIR\\steady.exe"
    parsed = build_parser().parse_args(args)
    assert [value for value in vars(parsed).values() if value] == [path]  # the plan, and nothing else


# Windows: the NSIS script, read as makensis reads it (sections, !defines, quoted arguments).


def nsis_commands(script: str) -> dict[str, list[list[str]]]:
    """Each section's commands, as argument lists with the !defines filled in."""
    defines = dict(re.findall(r'^\s*!define\s+(\w+)\s+"([^"]*)"', script, re.MULTILINE))
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for line in script.splitlines():
        lexer = shlex.shlex(re.sub(r"\$\{(\w+)\}", lambda m: defines.get(m[1], m[0]), line), posix=True)
        lexer.whitespace_split, lexer.escape, lexer.commenters = True, "", ";"
        words = list(lexer)
        if words[:1] == ["Section"]:
            current = sections.setdefault(words[1], [])
        elif words[:1] == ["SectionEnd"]:
            current = None
        elif words and current is not None:
            current.append(words)
    return sections


CLASSES = "Software\\Classes\\"


def test_the_windows_installer_registers_plan_files_for_this_person_and_removes_only_its_own() -> None:
    script = (ROOT / "packaging" / "windows" / "steady.nsi").read_text()
    assert re.search(r"^RequestExecutionLevel user$", script, re.MULTILINE)  # a per-user install: HKCU, not HKLM
    sections = nsis_commands(script)
    install, uninstall = sections["Steady"], sections["Uninstall"]
    writes = {(w[2], w[3]): w[4] if len(w) > 4 else None for w in install if w[0].startswith("WriteReg") and w[2].startswith(CLASSES)}  # fmt: skip
    assert {w[1] for w in install if w[0].startswith("WriteReg") and w[2].startswith(CLASSES)} == {"HKCU"}
    progid = writes[(CLASSES + ".steady", "")]
    assert writes == {
        (CLASSES + progid, ""): linux_type().find(f"{NS}comment").text,  # "Steady plan", as on Linux
        (CLASSES + progid + "\\DefaultIcon", ""): "$INSTDIR\\steady.exe,0",
        (CLASSES + progid + "\\shell\\open\\command", ""): '"$INSTDIR\\steady.exe" "%1"',  # `steady FILE`
        (CLASSES + ".steady", ""): progid,
        (CLASSES + ".steady\\OpenWithProgids", progid): None,
    }
    assert progid == "Steady.Plan"

    # Uninstalling removes every one of them: the ProgID whole (it is Steady's), in .steady only Steady's values.
    dropped_keys = {c[2] for c in uninstall if c[:2] == ["DeleteRegKey", "HKCU"]}
    dropped_values = {(c[2], c[3]) for c in uninstall if c[:2] == ["DeleteRegValue", "HKCU"]}
    for key, name in writes:
        own = key.startswith(CLASSES + progid)
        assert (own and CLASSES + progid in dropped_keys) or (key, name) in dropped_values, (key, name)
    # .steady may hold another program's entries: it goes only when nothing is left in it, and its default only
    # while it still names Steady (another program may have taken the extension since).
    shared = [c for c in uninstall if c[0] == "DeleteRegKey" and c[-1].startswith(CLASSES + ".steady")]
    assert shared and all(c[1] == "/ifempty" for c in shared)
    at = uninstall.index(["DeleteRegValue", "HKCU", CLASSES + ".steady", ""])
    read, check = uninstall[at - 2], uninstall[at - 1]
    assert read[:1] == ["ReadRegStr"] and read[2:] == ["HKCU", CLASSES + ".steady", ""]
    assert check == ["${If}", read[1], "==", progid] and uninstall[at + 1] == ["${EndIf}"]
    # Explorer hears of the change both times (SHChangeNotify with SHCNE_ASSOCCHANGED).
    assert ["${NotifyShell_AssocChanged}"] in install and ["${NotifyShell_AssocChanged}"] in uninstall
    assert re.search(r'^!include "Integration.nsh"$', script, re.MULTILINE)


# macOS: the Info.plist that packaging/steady.spec gives PyInstaller's BUNDLE on a Mac.


def macos_bundle(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Runs the spec as PyInstaller does on macOS, with stand-ins for PyInstaller's build steps."""
    bundles: list[dict[str, object]] = []

    def analysis(*_args: object, **_kwargs: object) -> SimpleNamespace:
        return SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[])

    def step(*_args: object, **_kwargs: object) -> object:
        return object()

    def bundle(*_args: object, **kwargs: object) -> None:
        bundles.append(kwargs)

    spec = ROOT / "packaging" / "steady.spec"
    names = {"SPECPATH": str(spec.parent), "Analysis": analysis, "PYZ": step, "EXE": step, "COLLECT": step}
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "darwin")
        exec(compile(spec.read_text(), str(spec), "exec"), {**names, "BUNDLE": bundle})
    (made,) = bundles
    return made


def test_the_mac_app_owns_plan_files_by_an_exported_type(monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = macos_bundle(monkeypatch)
    info = bundle["info_plist"]
    assert plistlib.loads(plistlib.dumps(info)) == info  # a valid plist, as BUNDLE writes it
    assert info["CFBundleShortVersionString"] == __version__
    (document,) = info["CFBundleDocumentTypes"]
    (declared,) = info["UTExportedTypeDeclarations"]
    uti = declared["UTTypeIdentifier"]
    assert uti.startswith("org.steady.") and bundle["bundle_identifier"] == "org.steady.Steady"
    assert document["LSItemContentTypes"] == [uti]
    assert document["LSHandlerRank"] == "Owner" and document["CFBundleTypeRole"] in ("Viewer", "Editor")
    mime_type = linux_type()
    assert declared["UTTypeTagSpecification"] == {
        "public.filename-extension": ["steady"],
        "public.mime-type": [mime_type.get("type")],  # the same type as on Linux
    }
    assert declared["UTTypeDescription"] == document["CFBundleTypeName"] == mime_type.find(f"{NS}comment").text
    assert set(declared["UTTypeConformsTo"]) & {"public.plain-text", "public.utf8-plain-text"}  # text: Quick Look
