"""The installer end to end: build the .deb, install it as a person does, use it, remove it, nothing left.

Slow, and it installs into the real /opt and /usr, so it needs root (CI runs as root).
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT, isolated_env, require_program, require_root
from tests.voice.conftest import measure

pytestmark = pytest.mark.slow
DEB_BUDGET_MB = 45


def tree(*roots: str) -> set[str]:
    found: set[str] = set()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            found.update(os.path.join(folder, name) for name in dirs + files)
    return found


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, check=False)


def apt_get(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(["apt-get", "-y", "-q", *args], capture_output=True, text=True, check=False, env=env)


def installed_packages() -> set[str]:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${db:Status-Status}\n"], capture_output=True, text=True, check=True
    )
    return {line.split()[0] for line in done.stdout.splitlines() if line.endswith(" installed")}


def install_like_a_person(deb: Path) -> subprocess.CompletedProcess[str]:
    """`apt-get install ./steady_….deb`: apt pulls in the package's Depends (reading fresh lists if it must)."""
    done = apt_get("install", "--no-install-recommends", str(deb.resolve()))
    if done.returncode != 0 and ("Unable to locate" in done.stderr or "no installation candidate" in done.stdout):
        apt_get("update")  # a machine that never read the package lists
        done = apt_get("install", "--no-install-recommends", str(deb.resolve()))
    return done


def gio(*args: str, env: dict[str, str]) -> str:
    """GLib's answer, as a file manager gets it (in English, whatever this machine speaks)."""
    done = subprocess.run(
        [require_program("gio"), *args], env=dict(env, LANGUAGE="en"), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def plan_type(path: Path, env: dict[str, str]) -> str:
    info = gio("info", "--attributes", "standard::content-type", str(path), env=env)
    return info.split("standard::content-type:")[1].strip()


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
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


@pytest.fixture
def installed(deb: Path) -> Iterator[set[str]]:
    """Yields the packages there were before; afterwards Steady and whatever it pulled in are purged."""
    require_root("installing a .deb")
    require_program("apt-get")
    if dpkg("-s", "steady").returncode == 0:
        dpkg("--purge", "steady")  # left over from an interrupted run
    before = installed_packages()
    yield before
    pulled_in = installed_packages() - before
    if pulled_in:
        apt_get("purge", *sorted(pulled_in))


def check_installed_metadata(tmp_path: Path) -> None:
    """The installed listing, desktop entry, manual page and changelog, read by the tools that read them."""
    entry = "/usr/share/applications/org.steady.Steady.desktop"
    metainfo = "/usr/share/metainfo/org.steady.Steady.metainfo.xml"
    validated = subprocess.run(
        [require_program("appstreamcli"), "validate", "--no-net", metainfo], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert not [line for line in validated.stdout.splitlines() if line[:2] in ("E:", "W:")], validated.stdout
    validated = subprocess.run([require_program("desktop-file-validate"), entry], capture_output=True, text=True)
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout + validated.stderr
    page = subprocess.run(
        [require_program("man"), "--warnings", "-l", "/usr/share/man/man1/steady.1.gz"],
        capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "MANWIDTH": "80", "LC_ALL": "C.UTF-8"},
    )  # fmt: skip
    assert page.returncode == 0 and not page.stderr.strip(), page.stderr
    assert "steady - a calm companion" in page.stdout and "--self-check" in page.stdout
    changelog = tmp_path / "changelog"
    changelog.write_bytes(gzip.decompress(Path("/usr/share/doc/steady/changelog.gz").read_bytes()))
    assert changelog.read_bytes() == (ROOT / "packaging" / "linux" / "changelog").read_bytes()
    parse = [require_program("dpkg-parsechangelog"), "-l", str(changelog), "-S", "Version"]
    version = subprocess.run(parse, capture_output=True, text=True, check=True).stdout.strip()
    installed = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "steady"], capture_output=True, text=True)
    assert version == installed.stdout  # the changelog's newest entry is the installed version


def test_the_deb_is_within_its_size_budget_and_names_what_it_needs(deb: Path) -> None:
    assert deb.stat().st_size < DEB_BUDGET_MB * 1024 * 1024, f"{deb.stat().st_size / 1e6:.1f} MB"
    control = subprocess.run(["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True)
    for package in ("libespeak-ng1", "alsa-utils", "libxcb-cursor0", "libxkbcommon-x11-0"):
        assert package in control.stdout
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/steady/steady", "./usr/bin/steady", "./usr/share/applications/org.steady.Steady.desktop",
                 "./usr/share/metainfo/org.steady.Steady.metainfo.xml", "./usr/share/man/man1/steady.1.gz",
                 "./usr/share/doc/steady/changelog.gz",
                 "./usr/share/icons/hicolor/scalable/apps/steady.svg", "./usr/share/icons/hicolor/48x48/apps/steady.png",
                 "./usr/share/mime/packages/steady.xml",  # plan files: the type, for shared-mime-info's trigger
                 "./usr/share/icons/hicolor/48x48/mimetypes/application-x-steady-plan.png"):  # fmt: skip
        assert path in listing


def test_install_use_and_remove_leaves_nothing_behind(deb: Path, installed: set[str], tmp_path: Path) -> None:
    before = tree("/opt", "/usr")
    done = install_like_a_person(deb)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert dpkg("-s", "steady").returncode == 0
    steady = shutil.which("steady")
    assert steady == "/usr/bin/steady"
    env = isolated_env(tmp_path / "home")
    env.pop("PYTHONPATH")
    env["PATH"] = "/usr/bin:/bin"  # no virtual environment: only what the package brought

    check = subprocess.run([steady, "--self-check"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Resources: /opt/steady/_internal/app/resources" in check.stdout
    assert "Voice: ready" in check.stdout  # the speech worker runs from the bundle itself

    shot = tmp_path / "shot.png"
    subprocess.run(
        [steady, "--screenshot", str(shot), "--exercise", "calm-pace", "--at", "2"],
        env=env,
        cwd=tmp_path,
        check=True,
        timeout=120,
    )
    image = QImage(str(shot))
    assert image.width() == 900
    assert len({image.pixel(x, y) for x in range(0, 900, 9) for y in range(0, 760, 8)}) > 20  # not blank

    wav = tmp_path / "prompt.wav"
    subprocess.run(
        [steady, "--speak", "Breathe in, slowly.", "--to", str(wav)], env=env, cwd=tmp_path, check=True, timeout=120
    )
    sound = measure(wav)
    assert sound.rms > 0.02 and 0.5 < sound.seconds < 4

    # Plan files: shared-mime-info's trigger put the type in the system's database, and a double click opens Steady.
    require_program("update-mime-database")
    assert "50:application/x-steady-plan:*.steady" in Path("/usr/share/mime/globs2").read_text().splitlines()
    plan = tmp_path / "plan from Sam.steady"
    plan.write_text('format = "steady-plan"\nschema = 1\n')
    assert plan_type(plan, env) == "application/x-steady-plan"
    handlers = gio("mime", "application/x-steady-plan", env=env)
    default = handlers.splitlines()[0]  # Default application for “application/x-steady-plan”: …
    assert default.startswith("Default application for") and default.endswith(": org.steady.Steady.desktop"), handlers

    check_installed_metadata(tmp_path)

    pulled_in = sorted(installed_packages() - installed - {"steady"})  # its Depends this machine lacked
    removed = apt_get("purge", "steady", *pulled_in)
    assert removed.returncode == 0, removed.stderr
    left = tree("/opt", "/usr") - before
    assert left == set(), f"left behind: {sorted(left)[:10]}"
    assert not Path("/opt/steady").exists() and shutil.which("steady") is None
    assert "application/x-steady-plan" not in Path("/usr/share/mime/globs2").read_text()
    assert plan_type(plan, env) != "application/x-steady-plan"
