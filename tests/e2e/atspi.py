"""Assistive technology's view of a running Steady: private D-Bus and AT-SPI buses, and a reader of what they show.

The buses belong to the test (under its home), so no person's own desktop is touched. `look()` asks AT-SPI,
as Orca does, which control has the focus and which words are showing: the end-to-end tests read Steady's
state back this way, through no hook of Steady's own.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import NamedTuple

from tests.conftest import missing, require_program
from tests.e2e.desktop import until
from tests.processes import end

# Debian 12's path first; older releases kept it under /usr/lib/at-spi2-core.
AT_SPI_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's own, where python3-pyatspi is
READER = Path(__file__).with_name("atspi_reader.py")


def at_spi_launcher() -> str:
    for path in AT_SPI_LAUNCHERS:
        if os.access(path, os.X_OK):
            return path
    missing("at-spi-bus-launcher is not installed (run: make system-tests)")
    raise AssertionError  # not reached


def start_logged(command: list[str], env: dict[str, str], log: Path, **options: object) -> subprocess.Popen[bytes]:
    """A helper program of the test, its output kept in `log`."""
    with log.open("wb") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, **options)  # type: ignore[call-overload,no-any-return]


class Item(NamedTuple):
    """One object as AT-SPI shows it."""

    role: str
    name: str
    description: str


class Seen(NamedTuple):
    """What AT-SPI shows of Steady at one moment: the focused object, and every showing one in reading order."""

    focus: Item | None
    shown: list[Item]

    def names(self, role: str) -> list[str]:
        return [item.name for item in self.shown if item.role == role]


class AccessibilityBus:
    """A session bus and the AT-SPI bus for `env`'s programs; Qt is told to speak on it with no reader running."""

    def __init__(self, env: dict[str, str], home: Path) -> None:
        require_program("dbus-daemon")
        launcher = at_spi_launcher()
        self.env = env
        self.processes: list[subprocess.Popen[bytes]] = []
        self.reader: subprocess.Popen[str] | None = None  # started at the first look, kept to the end
        runtime = home / "runtime"
        runtime.mkdir(parents=True, exist_ok=True)
        try:
            env["DBUS_SESSION_BUS_ADDRESS"] = self._session_bus(runtime / "bus")
            self.start([launcher, "--launch-immediately"], home / "at-spi.log")
        except BaseException:
            self.close()
            raise
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"  # Orca would switch it on; here nothing else does

    def start(self, command: list[str], log: Path, **options: object) -> subprocess.Popen[bytes]:
        process = start_logged(command, self.env, log, **options)
        self.processes.append(process)
        return process

    def _session_bus(self, socket: Path) -> str:
        read_end, write_end = os.pipe()
        command = ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write_end}",
                   f"--address=unix:path={socket}"]  # fmt: skip
        self.start(command, socket.parent / "dbus.log", pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as ready:
            address = ready.readline().strip()  # written once the bus accepts connections
        assert address, "the session bus did not start"
        return address

    def look(self, application: str = "Steady") -> Seen:
        """What AT-SPI shows of `application` now (Debian's python3 with pyatspi asks, as Orca would)."""
        if self.reader is None:
            if not os.access(SYSTEM_PYTHON, os.X_OK) or not Path("/usr/lib/python3/dist-packages/pyatspi").is_dir():
                missing("python3-pyatspi is not installed (run: make system-tests)")
            self.reader = subprocess.Popen(
                [SYSTEM_PYTHON, str(READER)], env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True,
            )  # fmt: skip
            self.processes.append(self.reader)  # type: ignore[arg-type]
        assert self.reader.stdin is not None and self.reader.stdout is not None
        self.reader.stdin.write(application + "\n")
        self.reader.stdin.flush()
        answer = self.reader.stdout.readline()
        assert answer, "the AT-SPI reader ended"
        found = json.loads(answer)
        focus = Item(*found["focus"]) if found["focus"] else None
        return Seen(focus, [Item(*item) for item in found["shown"]])

    def until(self, condition: object, what: str) -> Seen:
        """Look until `condition(seen)` holds; what was seen then (or, on failure, the last look in the message)."""
        last: list[Seen] = [Seen(None, [])]

        def holds() -> bool:
            last[0] = self.look()
            return bool(condition(last[0]))  # type: ignore[operator]

        try:
            until(holds, what)
        except AssertionError as error:
            raise AssertionError(f"{error}; last seen: focus {last[0].focus}, shown {last[0].shown}") from None
        return last[0]

    def close(self) -> None:
        for process in reversed(self.processes):
            end(process)
        if self.reader is not None:
            for pipe in (self.reader.stdin, self.reader.stdout):
                if pipe is not None:
                    pipe.close()
