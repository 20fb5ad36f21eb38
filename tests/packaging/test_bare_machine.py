"""The README's two commands on bare machines: fresh Debian 12 and 13 roots that have only make and python3.

mmdebstrap makes a minbase Debian root (bookworm, then trixie; see SUITES) in a temporary folder (make, python3, python3-venv and
ca-certificates, nothing else), the checkout is copied in as a clone would have it, and inside it:

1. `make run` with no display: it sets everything up from nothing (the venv, pip, Qt's libraries,
   the voice) and ends with Steady's one line saying there is no display;
2. `make package`, which installs what building the installer needs beyond that;
3. `make test` as CI runs it (this file skips itself there);
4. `make run` on an Xvfb display (which `make test` installed) until Steady's window appears.

The root is entered with unshare (its own mount and PID namespaces) and pivot_root, not chroot:
the kernel refuses new user namespaces to a chrooted process, and the read-only-disk tests need
them. Every mount lives in those namespaces and dies with them; the root is removed afterwards,
even on failure. The root gets what the host's network needs and nothing Steady needs: the host's
local certificate authorities, its apt sources and Acquire settings, and its pip configuration
(with any local package index, read-only). Slow (about 6 minutes a release) and needs root; CI runs it.

A last test installs the .deb built here (on Debian 12, where release builds are made) into a bare Debian 13
root with apt, as a person would, and opens its window there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.conftest import ROOT, missing, require_program, require_root

pytestmark = pytest.mark.slow

INSIDE = "STEADY_INSIDE_BARE_ROOT"  # set for the run inside the root, where this test skips itself
# The Debian releases the bare-machine check makes: Debian 12 and 13 (which stands in for Ubuntu 24.04: the
# same t64 library names, newer Python, Orca and AppStream). STEADY_BARE_SUITES=trixie tries one alone.
SUITES = tuple(os.environ.get("STEADY_BARE_SUITES", "bookworm,trixie").split(","))
PACKAGES = ("make", "python3", "python3-venv", "ca-certificates")
CHECKOUT = "/root/steady"  # where a person's clone would be
NOT_COPIED = {".git", ".venv", "dist", "build", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "tmp"}
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
PASSED_THROUGH = ("http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY")

# Run by unshare in the new namespaces: mount what a booted machine has, bind the host's local
# package indexes read-only (the arguments before "--"), swap the root, drop the host's.
ENTER = r"""
set -eu
root=$1; shift
mount --bind "$root" "$root"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=755 tmpfs "$root/run"
mkdir -m 1777 "$root/run/lock"
while [ "$1" != -- ]; do
    mkdir -p "$root$1"
    mount --bind -o ro "$1" "$root$1"
    shift
done
shift
cd "$root"
pivot_root . mnt
cd /
umount -l /mnt
exec "$@"
"""

# PID 1 inside: runs the command, reaps every orphan (as a machine's init does, so no test sees a
# zombie) and passes on termination; when it exits, the kernel ends whatever is left.
INIT = r"""
import os, signal, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(number, lambda n, _frame: child.send_signal(n))
while True:
    pid, status = os.wait()
    if pid == child.pid:
        code = os.waitstatus_to_exitcode(status)
        sys.exit(code if code >= 0 else 128 - code)
"""

# A command that opens Steady (`make run`, `steady`) on a virtual display until the window is there, then
# SIGTERM (Steady closes as on logout).
RUN_ON_XVFB = r"""
set -u
cd {folder}
rm -f /tmp/xvfb.display
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>/tmp/xvfb.display >/tmp/xvfb.log 2>&1 &
tries=0
until [ -s /tmp/xvfb.display ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ]; then echo "Xvfb did not start:"; cat /tmp/xvfb.log; exit 3; fi
    sleep 0.05
done
export DISPLAY=":$(cat /tmp/xvfb.display)"
started=$(date +%s)
setsid {command} >/tmp/run.log 2>&1 &
run=$!
if timeout 120 xdotool search --sync --name '^Steady$' >/dev/null; then
    echo "STEADY-WINDOW-SHOWN $(($(date +%s) - started)) s after {command} started"
else
    echo "STEADY-WINDOW-MISSING"
fi
kill -TERM "-$run"
wait "$run"
echo "{command} ended with $? after SIGTERM"
cat /tmp/run.log
"""


def mount_points_under(folder: Path) -> list[str]:
    """Mount points at or below `folder` in this (the host's) mount namespace."""
    found = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        point = line.split()[4].encode().decode("unicode_escape")
        if point == str(folder) or point.startswith(f"{folder}/"):
            found.append(point)
    return found


def remove_root(folder: Path) -> None:
    """Delete the root, but never through a mount: that could reach the host's /dev or a package index."""
    if mount_points_under(folder):
        subprocess.run(["umount", "--recursive", "--lazy", str(folder)], check=False)
    left = mount_points_under(folder)
    assert not left, f"still mounted, so {folder} is left in place: {left}"
    shutil.rmtree(folder)


@pytest.fixture
def workdir() -> Iterator[Path]:
    # /var/tmp is on disk on Debian, while /tmp may be a small tmpfs: the root grows to about 2 GB.
    folder = Path(
        tempfile.mkdtemp(prefix="steady-bare-machine-", dir="/var/tmp" if os.path.isdir("/var/tmp") else None)
    )
    try:
        yield folder
    finally:
        remove_root(folder)


def host_is(suite: str) -> bool:
    release = Path("/etc/os-release")
    text = release.read_text() if release.exists() else ""
    return "ID=debian" in text.splitlines() and f"VERSION_CODENAME={suite}" in text.splitlines()


def host_apt_sources(suite: str) -> list[Path]:
    """The host's apt source files (used as the root's when the host runs the same Debian release)."""
    if not host_is(suite):
        return []
    apt = Path("/etc/apt")
    listed = [apt / "sources.list"] if (apt / "sources.list").exists() else []
    listed += sorted((apt / "sources.list.d").glob("*.list")) + sorted((apt / "sources.list.d").glob("*.sources"))
    return [path for path in listed if re.search(r"^\s*[^#\s]", path.read_text(), re.MULTILINE)]


def host_acquire_settings() -> list[Path]:
    """The host's apt configuration files that set only how to fetch (proxies, validity, indexes)."""
    found = []
    for path in sorted(Path("/etc/apt/apt.conf.d").glob("*")):
        lines = [line.strip() for line in path.read_text(errors="replace").splitlines()]
        lines = [line for line in lines if line and not line.startswith(("//", "#"))]
        if lines and all(line.startswith("Acquire") for line in lines):
            found.append(path)
    return found


def copy_in(root: Path, path: Path) -> None:
    """Copy a host file into the root at the same place, unless the root has its own."""
    target = root / str(path).lstrip("/")
    if path.is_file() and not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


def give_network_settings(root: Path, suite: str) -> None:
    """The root reaches the network as the host does: trusted authorities, name servers, apt keys."""
    local_authorities = Path("/usr/local/share/ca-certificates")
    if local_authorities.is_dir():
        for path in local_authorities.rglob("*"):
            copy_in(root, path)
    for name in ("resolv.conf", "hosts"):
        target = root / "etc" / name
        if not target.exists() and not target.is_symlink() and (Path("/etc") / name).is_file():
            target.write_bytes((Path("/etc") / name).read_bytes())
    for source in host_apt_sources(suite):
        for keyring in re.findall(r"(?:Signed-By:|signed-by=)\s*(/[^\s\]]+)", source.read_text()):
            copy_in(root, Path(keyring))
    for folder in (Path("/etc/apt/trusted.gpg.d"), Path("/etc/apt/keyrings")):
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            copy_in(root, path)


def give_pip_settings(root: Path) -> list[str]:
    """Copy the host's pip configuration in; returns the local package folders it names, to bind read-only."""
    debug = subprocess.run(
        [sys.executable, "-m", "pip", "config", "debug"], capture_output=True, text=True, check=False
    ).stdout
    section = ""
    for line in debug.splitlines():
        if re.match(r"^\S+:$", line):
            section = line[:-1]
        found = re.match(r"^\s+(/\S+), exists: True$", line)
        if found and section in ("global", "user", "env"):
            copy_in(root, Path(found.group(1)))
    if os.environ.get("PIP_CONFIG_FILE"):
        copy_in(root, Path(os.environ["PIP_CONFIG_FILE"]))
    listed = subprocess.run(
        [sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True, check=False
    ).stdout
    binds: set[str] = set()
    for line in listed.splitlines():
        name, _, value = line.partition("=")
        key = name.rsplit(".", 1)[-1]
        for word in value.strip("'\"").split():
            path = Path(unquote(urlparse(word).path)) if word.startswith("file:") else Path(word)
            if not path.is_absolute() or not path.exists():
                continue
            if key in ("index-url", "extra-index-url", "find-links") and path.is_dir():
                # an index's pages link to files beside it (simple/x/index.html -> ../../files/...)
                binds.add(str(path.parent if key.endswith("index-url") and path.parent != Path("/") else path))
            elif path.is_file():
                copy_in(root, path)  # a constraints file, a certificate bundle the root lacks...
    return sorted(binds)


def copy_checkout(root: Path) -> None:
    """The checkout as a clone has it: tracked files and new ones git doesn't ignore, no venv or build."""
    target = root / CHECKOUT.lstrip("/")
    files: list[str] | None = None
    if (ROOT / ".git").exists() and shutil.which("git"):
        done = subprocess.run(
            ["git", "-c", f"safe.directory={ROOT}", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others",
             "--exclude-standard"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode == 0:
            files = [name for name in done.stdout.split("\0") if name]
    if files is None:  # not a git checkout: everything but what the build and the venv leave behind
        files = [
            str(path.relative_to(ROOT))
            for path in ROOT.rglob("*")
            if not path.is_dir()
            and not any(part in NOT_COPIED or part.endswith(".egg-info") for part in path.relative_to(ROOT).parts)
        ]
    for name in files:
        source, destination = ROOT / name, target / name
        if not source.is_symlink() and not source.is_file():
            continue  # deleted in the working tree
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            destination.symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, destination)


def base_env(**extra: str) -> list[str]:
    """A login's environment on a bare machine, plus the host's proxy and pip settings."""
    env = {"PATH": PATH, "HOME": "/root", "USER": "root", "LOGNAME": "root", "SHELL": "/bin/sh"}
    env.update({k: v for k, v in os.environ.items() if k in PASSED_THROUGH or k.startswith("PIP_")})
    # No DEBFULLNAME/DEBEMAIL and no git: the package names the maintainer pyproject.toml declares.
    env.update(extra)
    return [f"{key}={value}" for key, value in sorted(env.items())]


class Root:
    """A Debian root in `folder`, entered through fresh mount and PID namespaces for each command."""

    def __init__(self, folder: Path, logs: Path, binds: list[str]) -> None:
        self.folder, self.logs, self.binds = folder, logs, binds

    def run(self, name: str, script: str, timeout: float, **env: str) -> tuple[int, str, float]:
        """Runs `script` with sh inside; returns its exit code, its output and the seconds it took."""
        log = self.logs / f"{name}.log"
        command = [
            "unshare", "--mount", "--pid", "--fork", "--kill-child", "sh", "-c", ENTER, "enter", str(self.folder),
            *self.binds, "--", "/usr/bin/python3", "-c", INIT, "env", "-i", *base_env(**env), "sh", "-c", script,
        ]  # fmt: skip
        started = time.monotonic()
        with log.open("w") as out:
            try:
                code = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, timeout=timeout).returncode
            except subprocess.TimeoutExpired:
                code = -1
        took = time.monotonic() - started
        output = log.read_text(errors="replace")
        if code == -1:
            output += f"\n[timed out after {timeout:.0f} s]"
        return code, output, took


def make_root(folder: Path, logs: Path, suite: str, packages: tuple[str, ...] = PACKAGES) -> tuple[int, str]:
    """mmdebstrap, in its own mount and PID namespaces so that none of its mounts can outlive it."""
    sources = host_apt_sources(suite)
    command = [
        "unshare", "--mount", "--pid", "--fork", "--kill-child", "--mount-proc",
        "mmdebstrap", "--mode=root", "--variant=minbase", f"--include={','.join(packages)}",
        *[f"--aptopt={path}" for path in host_acquire_settings()],
        suite, str(folder), *[str(path) for path in sources],
    ]  # fmt: skip
    log = logs / "mmdebstrap.log"
    with log.open("w") as out:
        try:
            code = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, timeout=600).returncode
        except subprocess.TimeoutExpired:
            code = -1
    return code, log.read_text(errors="replace")


def tail(output: str, lines: int = 60) -> str:
    return "\n".join(output.rstrip().splitlines()[-lines:])


def expected_no_display_line(monkeypatch: pytest.MonkeyPatch) -> str:
    from app.ui.display import no_display_reason

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    reason = no_display_reason()
    assert reason, "no_display_reason() found a display with DISPLAY and WAYLAND_DISPLAY unset"
    return reason


@pytest.mark.parametrize("suite", SUITES)
def test_the_readme_commands_set_up_a_bare_debian_machine(
    suite: str, workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.environ.get(INSIDE):
        pytest.skip("this is the run inside the bare root: it does not make another one")
    require_root("making a Debian root with mmdebstrap and entering it")
    require_program("mmdebstrap")
    require_program("unshare")
    no_display = expected_no_display_line(monkeypatch)
    timings: dict[str, float] = {}
    everything = time.monotonic()

    def report(line: str) -> None:
        with capsys.disabled():  # shown even when pytest captures the output
            print(f"\n[bare machine] {line}", flush=True)

    root, logs = workdir / "root", workdir / "logs"
    logs.mkdir()
    started = time.monotonic()
    code, output = make_root(root, logs, suite)
    timings["mmdebstrap"] = time.monotonic() - started
    assert code == 0, f"mmdebstrap failed ({code}):\n{tail(output)}"
    give_network_settings(root, suite)
    binds = give_pip_settings(root)
    copy_checkout(root)
    inside = Root(root, logs, binds)
    code, output, _ = inside.run("certificates", "update-ca-certificates", timeout=120)
    assert code == 0, f"update-ca-certificates failed in the root:\n{tail(output)}"
    report(f"a fresh {suite} root with {', '.join(PACKAGES)}: {timings['mmdebstrap']:.0f} s")

    problems: list[str] = []  # every step runs, so one slow run tells all that is wrong

    # 1. `make run` on the bare machine, no display: everything installed, then the one line.
    code, output, timings["make run (no display)"] = inside.run("make-run", f"cd {CHECKOUT} && make run", timeout=900)
    report(f"make run with no display: exit {code} after {timings['make run (no display)']:.0f} s")
    lines = [line for line in output.strip().splitlines() if not line.startswith("make: ***")]
    installed = (root / CHECKOUT.lstrip("/") / ".venv" / ".installed").exists()
    if code in (0, -1) or not lines or lines[-1] != no_display or not installed or "Traceback" in output:
        problems.append(
            f"`make run` with no display should set everything up and end with {no_display!r}, non-zero; "
            f"it ended {code}:\n{tail(output)}"
        )

    # 2. `make package`: what it needs beyond `make run` (binutils, the Python library) it installs itself.
    code, output, timings["make package"] = inside.run("make-package", f"cd {CHECKOUT} && make package", timeout=900)
    report(f"make package: exit {code} after {timings['make package']:.0f} s")
    if code != 0 or not list((root / CHECKOUT.lstrip("/") / "dist").glob("steady_*.deb")):
        problems.append(f"`make package` failed ({code}):\n{tail(output)}")

    # 3. `make test`, as CI runs it (this test skips itself in there).
    code, output, timings["make test"] = inside.run(
        "make-test", f"cd {CHECKOUT} && make test", timeout=1800, CI="true", **{INSIDE: "1"}
    )
    summary = [line for line in output.splitlines() if re.search(r"\d+ (passed|failed|error)", line)]
    closing = summary[-1].strip("= ") if summary else "(no pytest summary)"
    report(f"make test: exit {code} after {timings['make test']:.0f} s: {closing}")
    if code != 0:
        details = output.split("= FAILURES =", 1)[-1] if "= FAILURES =" in output else tail(output, 80)
        report(f"make test's output, from its failures on:\n{tail(details, 400)}")
        short = output.split("short test summary info", 1)[-1] if "short test summary info" in output else output
        failed = [line for line in short.splitlines() if line.startswith(("FAILED", "ERROR"))]
        problems.append(f"`make test` failed ({closing}):\n" + ("\n".join(failed) or tail(output, 40)))

    # 4. `make run` with a display (Xvfb, installed by `make test`): the window appears.
    code, output, timings["make run (Xvfb)"] = inside.run(
        "make-run-xvfb", RUN_ON_XVFB.format(folder=CHECKOUT, command="make run"), timeout=300
    )
    shown = "STEADY-WINDOW-SHOWN" in output and "Traceback" not in output
    report(
        f"make run on Xvfb: {'the window appeared' if shown else 'NO WINDOW'} after {timings['make run (Xvfb)']:.0f} s"
    )
    if not shown:
        problems.append(f"`make run` on Xvfb opened no window titled Steady:\n{tail(output)}")

    timings["whole test"] = time.monotonic() - everything
    report("timings: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


PIPEWIRE = ("pipewire-audio", "pipewire-alsa", "pipewire-pulse")  # the sound of a GNOME desktop on Debian 12 and 13


def test_the_set_up_never_removes_the_desktops_sound(workdir: Path) -> None:
    """On a machine with PipeWire's audio packages, the tests' set-up leaves them all installed.

    pulseaudio (a private server for the voice tests) would replace pipewire-alsa and pipewire-audio:
    the set-up leaves it out and says so, and installs the rest.
    """
    if os.environ.get(INSIDE):
        pytest.skip("this is the run inside the bare root: it does not make another one")
    require_root("making a Debian root with mmdebstrap and entering it")
    require_program("mmdebstrap")
    root, logs = workdir / "root", workdir / "logs"
    logs.mkdir()
    code, output = make_root(root, logs, SUITES[0], ("ca-certificates", "python3", *PIPEWIRE))  # (python3: to enter it)
    assert code == 0, f"mmdebstrap failed ({code}):\n{tail(output)}"
    give_network_settings(root, SUITES[0])
    shutil.copy(ROOT / "packaging" / "linux" / "apt-install.sh", root / "apt-install.sh")
    inside = Root(root, logs, [])
    code, output, _ = inside.run("set-up", "sh /apt-install.sh pulseaudio alsa-utils", timeout=600)
    assert code == 0, tail(output)
    assert "Not installing pulseaudio: it would remove" in output, tail(output)
    code, listed, _ = inside.run(
        "installed",
        f"dpkg-query -W -f '${{Package}} ${{db:Status-Abbrev}}\\n' {' '.join(PIPEWIRE)} alsa-utils pulseaudio",
        timeout=60,
    )
    status = dict(line.split(maxsplit=1) for line in listed.splitlines() if line.count(" ") >= 1)
    assert all(status.get(name, "").startswith("ii") for name in (*PIPEWIRE, "alsa-utils")), listed
    assert not status.get("pulseaudio", "").startswith("ii"), listed


RELEASE_BUILT_ON = "bookworm"  # the oldest release supported: its C library is the one a bundle may need
NEWER = "trixie"


def test_the_installer_built_on_debian_12_installs_and_opens_its_window_on_debian_13(
    workdir: Path, deb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.environ.get(INSIDE):
        pytest.skip("this is the run inside the bare root: it does not make another one")
    require_root("making a Debian root with mmdebstrap and entering it")
    require_program("mmdebstrap")
    if not host_is(RELEASE_BUILT_ON):
        missing(f"the release .deb is built on Debian 12 ({RELEASE_BUILT_ON}); this machine is another release")
    root, logs = workdir / "root", workdir / "logs"
    logs.mkdir()
    code, output = make_root(root, logs, NEWER, ("ca-certificates", "python3"))  # (python3: to enter it)
    assert code == 0, f"mmdebstrap failed ({code}):\n{tail(output)}"
    give_network_settings(root, NEWER)
    shutil.copy(deb, root / "root" / deb.name)
    inside = Root(root, logs, [])
    install = f"apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./{deb.name}"
    code, output, took = inside.run("install", f"cd /root && {install}", timeout=900)
    with capsys.disabled():
        print(f"\n[bare machine] the Debian 12 .deb on bare Debian 13: apt install exit {code} after {took:.0f} s")
    assert code == 0, f"apt could not install the Debian 12 .deb on Debian 13:\n{tail(output)}"
    code, output, _ = inside.run(
        "test-tools", "DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xdotool", timeout=900
    )  # only what the check needs: a display, and a way to see the window
    assert code == 0, tail(output)
    code, output, took = inside.run("steady-xvfb", RUN_ON_XVFB.format(folder="/root", command="steady"), timeout=300)
    with capsys.disabled():
        print(f"[bare machine] steady on Xvfb in Debian 13: {output.splitlines()[0] if output else '(nothing)'}")
    assert "STEADY-WINDOW-SHOWN" in output and "Traceback" not in output, tail(output)
