"""The Linux package's metadata as checked in: the man page, the changelog and the AppStream listing."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from app import __version__
from app.main import build_parser
from tests.conftest import ROOT, require_program
from tests.packaging.appstream import appstream, homepage, passes

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.steady.Steady"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def make_manpage() -> ModuleType:
    """packaging/linux/make_manpage.py, loaded by path (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_manpage", LINUX / "make_manpage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def changelog_fields() -> dict[str, str]:
    done = subprocess.run(
        [require_program("dpkg-parsechangelog"), "-l", str(LINUX / "changelog")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line and not line.startswith(" "))


def test_the_checked_in_man_page_is_the_one_the_parser_makes() -> None:
    made = make_manpage()
    page = made.manpage(build_parser(), __version__, made.release_date())
    assert page == (LINUX / "steady.1").read_text(encoding="utf-8"), (
        "the options changed: run `python packaging/linux/make_manpage.py > packaging/linux/steady.1`"
    )


def test_the_man_page_names_every_option_a_person_may_give_and_no_hidden_one() -> None:
    page = (LINUX / "steady.1").read_text(encoding="utf-8")
    for action in build_parser()._actions:
        for name in action.option_strings:
            shown = "\\fB" + name.replace("-", "\\-") + "\\fR"
            assert (shown in page) == (action.help != "==SUPPRESS=="), name
    assert "voice\\-worker" not in page
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "FILES", "ENVIRONMENT", "SEE ALSO"):
        assert f"\n.SH {section}\n" in page
    for variable in ("STEADY_AUDIO_DEVICE", "STEADY_VOICE_DEBUG"):
        assert f"\\fB{variable}\\fR" in page


def test_the_man_page_renders_without_a_warning() -> None:
    page = LINUX / "steady.1"
    done = subprocess.run(
        [require_program("groff"), "-man", "-Tutf8", "-ww", "-z", str(page)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    shown = subprocess.run(
        [require_program("man"), "--warnings", "-l", str(page)],
        capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "MANWIDTH": "80", "LC_ALL": "C.UTF-8"},
    )  # fmt: skip
    assert shown.returncode == 0 and not shown.stderr.strip(), shown.stderr
    assert "steady - a calm companion" in shown.stdout and "--self-check" in shown.stdout
    whatis = subprocess.run([require_program("lexgrog"), str(page)], capture_output=True, text=True)
    assert whatis.returncode == 0, whatis.stdout  # man-db finds the NAME line for whatis and apropos


def test_the_changelog_is_a_debian_changelog_for_this_version() -> None:
    fields = changelog_fields()
    assert (fields["Source"], fields["Version"]) == ("steady", __version__)
    maintainer = fields["Maintainer"]
    assert "<" in maintainer and maintainer.endswith(">") and "@" in maintainer
    assert "localhost" not in maintainer  # a real address, never a made-up one
    assert make_manpage().release_date() in (LINUX / "steady.1").read_text(encoding="utf-8")


def test_the_metainfo_passes_appstream_validation_with_no_warning() -> None:
    passes(appstream("validate", "--no-net", "--explain", str(METAINFO)))


def test_a_homepage_is_listed_exactly_when_the_project_declares_one() -> None:
    component = ET.parse(METAINFO).getroot()
    listed = [url.text for url in component.findall("url") if url.get("type") == "homepage"]
    assert listed == ([homepage()] if homepage() else []), "no address is made up for the listing"
    developer = component.find("developer")
    assert developer is not None and developer.findtext("name") == "The Steady developers"
    assert component.find("developer_name") is None  # deprecated in AppStream 1.0 (Debian 13)


def test_the_metainfo_and_the_desktop_entry_pass_together_as_installed(tmp_path: Path) -> None:
    """As the .deb lays them out: validate-tree checks the listing against its desktop entry and icon."""
    share = tmp_path / "usr" / "share"
    for folder in ("metainfo", "applications", "icons/hicolor/scalable/apps"):
        (share / folder).mkdir(parents=True)
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(ROOT / "resources" / "icons" / "steady.svg", share / "icons" / "hicolor" / "scalable" / "apps")
    passes(appstream("validate-tree", "--no-net", str(tmp_path)))


def test_the_metainfo_says_what_a_software_centre_shows() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert (LINUX / f"{APP_ID}.desktop").is_file()  # the id is the desktop entry's name
    assert component.find("content_rating").get("type") == "oars-1.1"
    assert len(component.findall("keywords/keyword")) >= 3
    description = " ".join(" ".join(p.itertext()) for p in component.iter("p"))
    assert "Nothing leaves your" in description and "no network" in description  # the privacy statement
    newest = component.find("releases/release")
    assert newest.get("version") == __version__
    assert newest.get("date") == make_manpage().release_date()  # the same day as the changelog's entry
    assert component.findtext("provides/mediatype") == "application/x-steady-plan"


@pytest.mark.parametrize("name", ["steady.1", "changelog", f"{APP_ID}.metainfo.xml", f"{APP_ID}.desktop"])
def test_the_deb_installs_each_metadata_file(name: str) -> None:
    assert name in (LINUX / "build-deb.sh").read_text(encoding="utf-8")
