"""The real program (`python -m app`, offscreen, its own home) killed mid-session, and run with no network.

Mid-session is known for certain when the stand-in aplay logs the first spoken phase word.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as WaitedTooLong
from pytestqt.qtbot import QtBot

from tests.conftest import ROOT, isolated_env, require_program
from tests.reliability.conftest import make_history
from tests.voice.conftest import log_lines

pytestmark = pytest.mark.usefixtures("espeak")

QUICK = """schema = 1
id = "quick"
title = "Quick breath"
kind = "breathing"
summary = "In, out."
source = "A test of Steady"

[breathing]
phases = [{ kind = "in", seconds = 1.5 }, { kind = "out", seconds = 1.5 }]
lengths = [0.05]
default_length = 0.05
"""


class Steady:
    """A real Steady process in a home of its own, with settings that skip the welcome and the check-ins."""

    def __init__(self, home: Path, aplay_log: Path) -> None:
        self.home = home
        self.aplay_log = aplay_log
        self.env = isolated_env(home)
        self.env.update(PATH=os.environ["PATH"], APLAY_LOG=str(aplay_log))
        self.data = home / "data" / "steady"
        self.history = self.data / "history.sqlite3"
        config = home / "config" / "steady" / "steady.conf"
        config.parent.mkdir(parents=True)
        config.write_text("[care]\ncheckins=false\nwelcomed=true\n", encoding="utf-8")
        (self.data / "exercises").mkdir(parents=True)
        (self.data / "exercises" / "quick.toml").write_text(QUICK, encoding="utf-8")
        self.process: subprocess.Popen[str] | None = None

    def start(self, exercise: str, wrapper: list[str] = ()) -> subprocess.Popen[str]:  # type: ignore[assignment]
        command = [*wrapper, sys.executable, "-m", "app", "--exercise", exercise, "--start", "--voice"]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,  # its own process group, so the tests can end all of it
        )  # fmt: skip
        return self.process

    def stderr(self) -> str:
        """What Steady printed, once it has ended (for a failure message)."""
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        return self.process.communicate(timeout=30)[1][-3000:]

    def spoken(self) -> int:
        return sum(1 for what, *_ in log_lines(self.aplay_log) if what == "start")

    def children(self) -> list[int]:
        assert self.process is not None
        found = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            found += [int(pid) for pid in (task / "children").read_text().split()]
        return found

    def sessions(self) -> list[tuple[str, float]]:
        db = sqlite3.connect(self.history)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "the history file is intact"
            return [(row[0], row[1]) for row in db.execute("SELECT outcome, seconds FROM sessions ORDER BY id")]
        finally:
            db.close()


@pytest.fixture
def steady(tmp_path: Path, aplay_log: Path) -> Iterator[Steady]:
    app = Steady(tmp_path / "home", aplay_log)
    yield app
    if app.process is not None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(app.process.pid, signal.SIGKILL)  # whatever is left: Steady, strace, the worker
        app.process.communicate(timeout=30)


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    status = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    return status == "Z"  # a zombie has ended; only its parent's wait is left


def test_sigterm_mid_session_closes_calmly_and_keeps_the_session_as_stopped(qtbot: QtBot, steady: Steady) -> None:
    process = steady.start("calm-pace")
    qtbot.waitUntil(lambda: steady.spoken() >= 1 or process.poll() is not None, timeout=30000)
    assert process.poll() is None, steady.stderr()
    worker = steady.children()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=15) == 0, "SIGTERM ends Steady as a normal close"
    assert [outcome for outcome, _ in steady.sessions()] == ["stopped"]
    assert steady.sessions()[0][1] > 0
    qtbot.waitUntil(lambda: all(gone(pid) for pid in worker), timeout=5000)  # no speech process left behind


def test_sigkill_mid_session_leaves_the_history_intact_and_no_half_session(qtbot: QtBot, steady: Steady) -> None:
    make_history(steady.history, 3)
    process = steady.start("calm-pace")
    qtbot.waitUntil(lambda: steady.spoken() >= 1 or process.poll() is not None, timeout=30000)
    assert process.poll() is None, steady.stderr()
    worker = steady.children()
    process.kill()
    process.wait(timeout=15)
    assert steady.sessions() == [("finished", 240.0)] * 3, "the earlier sessions are all there; nothing half-written"
    qtbot.waitUntil(lambda: all(gone(pid) for pid in worker), timeout=5000)  # the worker ends when Steady does


def test_a_whole_session_opens_no_network_socket_even_in_the_speech_process(qtbot: QtBot, steady: Steady) -> None:
    strace = require_program("strace")
    trace = steady.home / "strace.log"
    wrapper = [strace, "-f", "-qq", "--seccomp-bpf", "-e", "trace=execve,socket,connect", "-o", str(trace)]
    process = steady.start("quick", wrapper)

    def finished() -> bool:
        try:
            return [outcome for outcome, _ in steady.sessions()] == ["finished"]
        except sqlite3.OperationalError:  # not there yet, or being created right now
            return False

    # Words that would come after their phase has ended are left out by design (a 1.5 s phase, under strace,
    # on a slow machine): one played prompt shows the speech worker and the sound player ran, traced.
    try:
        qtbot.waitUntil(lambda: process.poll() is not None or (finished() and steady.spoken() >= 1), timeout=60000)
    except WaitedTooLong:
        pytest.fail(f"after 60 s: finished {finished()}, prompts played {steady.spoken()}\n{steady.stderr()}")
    assert process.poll() is None, steady.stderr()
    (app,) = [pid for pid in steady.children() if "-m\0app" in Path(f"/proc/{pid}/cmdline").read_text()]
    os.kill(app, signal.SIGTERM)  # Steady itself, under strace: strace ends when everything it traces has
    assert process.wait(timeout=15) == 0
    log = trace.read_text()
    assert re.search(r"execve\(\"[^\"]*python[^\"]*\", \[[^\]]*\"--voice-worker\"", log), "the speech worker was traced"
    assert re.search(r"execve\(\"[^\"]*aplay\"", log), "the sound player was traced"
    opened = [line for line in log.splitlines() if "AF_INET" in line]  # AF_INET and AF_INET6, made or used
    control = steady.home / "control.log"
    probe = "import socket; socket.socket(socket.AF_INET6).close()"
    subprocess.run([*wrapper[:-1], str(control), sys.executable, "-c", probe], check=True, timeout=30)
    assert "AF_INET6" in control.read_text(), "the same trace sees a network socket when one is opened"
    assert opened == [], "network sockets were opened:\n" + "\n".join(opened)
