"""A real screen reader for end-to-end tests: Orca on a Desktop, with its own buses and a silent voice.

Orca needs a D-Bus session bus, the AT-SPI bus (at-spi-bus-launcher) and speech-dispatcher. Everything
here is private to the test: the buses live under the test's home, speech-dispatcher runs with a
config of its own whose audio goes to ALSA's "null" device (with no sound card, espeak's output stops
answering after two messages and Orca then hangs), and Orca keeps its settings in the test's home.
What Orca says is read from its debug output ("SPEECH OUTPUT: '...'"), which goes to a pseudo-terminal:
Python writes a file block-buffered but a terminal line by line, so each line arrives as it is said.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import termios
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import require_program
from tests.e2e.atspi import AccessibilityBus, missing, start_logged
from tests.e2e.desktop import WAIT, Desktop, until
from tests.processes import end

SPEECH = re.compile(r"SPEECH OUTPUT: '(.*)'\s*(?:voice=\w+)?\s*\{.*\}\s*$")
# Orca 48 echoes each key pressed ("tab", "left control", "h"); Orca 43 did not. The keys are the test's own.
ECHO = re.compile(r"(tab|return|space|escape|left control|[a-z])")
GRACE = 3  # seconds Orca gets to end on SIGTERM before SIGKILL (it may ignore SIGTERM)


def another_orca() -> bool:
    """Orca refuses to start while this user runs another one; the test never replaces a person's own."""
    done = subprocess.run(["pgrep", "-u", str(os.getuid()), "-x", "orca"], capture_output=True, check=False)
    return done.returncode == 0


class Orca:
    """Orca speaking on `screen`'s display; `spoken` lists what it said, in order, as it says it."""

    def __init__(self, screen: Desktop, home: Path) -> None:
        for program in ("orca", "speech-dispatcher", "pgrep"):
            require_program(program)
        if another_orca():
            missing("another Orca is running for this user; the test does not replace it")
        self.screen, self.env = screen, screen.env
        self.processes: list[subprocess.Popen[bytes]] = []
        self.lines: list[str] = []
        self._reader: threading.Thread | None = None
        self._debug: int | None = None  # our end of Orca's terminal, held until Orca is done with it
        self.bus: AccessibilityBus | None = None
        try:
            (home / ".asoundrc").write_text("pcm.!default { type null }\n")
            self.bus = AccessibilityBus(self.env, home)
            self.env["SPEECHD_ADDRESS"] = f"unix_socket:{self._speech_dispatcher(home)}"
            self._start_orca(home)
            self.wait_for("Screen reader on")
        except BaseException:
            self.close()
            raise

    # -- the parts -----------------------------------------------------------------------

    def _start(self, command: list[str], log: Path, **options: object) -> subprocess.Popen[bytes]:
        process = start_logged(command, self.env, log, **options)
        self.processes.append(process)
        return process

    def _speech_dispatcher(self, home: Path) -> Path:
        config = home / "speech-dispatcher"
        shutil.copytree("/etc/speech-dispatcher", config)
        with (config / "speechd.conf").open("a") as conf:
            conf.write('\nAudioOutputMethod "alsa"\nAudioALSADevice "default"\n')  # the null device of .asoundrc
        socket = home / "runtime" / "speechd.sock"
        self._start(
            ["speech-dispatcher", "--run-single", "--timeout", "0", "--communication-method", "unix_socket",
             "--socket-path", str(socket), "--config-dir", str(config), "--log-dir", str(home)],
            home / "speech-dispatcher.out",
        )  # fmt: skip
        until(socket.exists, "speech-dispatcher's socket")
        return socket

    def _start_orca(self, home: Path) -> None:
        terminal, debug = os.openpty()
        attributes = termios.tcgetattr(debug)
        attributes[1] &= ~termios.ONLCR  # lines end in "\n", not "\r\n"
        attributes[3] &= ~termios.ECHO
        termios.tcsetattr(debug, termios.TCSANOW, attributes)
        prefs = home / "orca"
        prefs.mkdir()
        command = ["orca", "--user-prefs", str(prefs), "--debug-file", os.ttyname(debug)]
        self._debug = debug  # held open: with no writer at all, reading would end before Orca opens it
        self._start(command, home / "orca.out", stdin=subprocess.DEVNULL)
        self._reader = threading.Thread(target=self._read, args=(terminal,), daemon=True)
        self._reader.start()

    def _read(self, terminal: int) -> None:
        pending = b""
        try:
            while chunk := os.read(terminal, 65536):
                pending += chunk
                *whole, pending = pending.split(b"\n")
                self.lines.extend(line.decode(errors="replace") for line in whole)
        except OSError:  # EIO: every writer closed the terminal
            pass
        finally:
            os.close(terminal)

    # -- what Orca said ------------------------------------------------------------------

    @property
    def spoken(self) -> list[str]:
        """Everything Orca said so far, one utterance a line, without its voice settings or its key echo."""
        said = [m.group(1) for m in map(SPEECH.search, list(self.lines)) if m]
        return [line for line in said if not ECHO.fullmatch(line)]

    def wait_for(self, words: str | re.Pattern[str], after: int = 0, seconds: float = WAIT) -> int:
        """Wait until Orca says something containing `words` (at utterance `after` or later); its index."""
        found: list[int] = []
        pattern = words if isinstance(words, re.Pattern) else re.compile(re.escape(words))

        def said() -> bool:
            found[:] = [i for i, line in enumerate(self.spoken) if i >= after and pattern.search(line)][:1]
            return bool(found)

        try:
            until(said, f"Orca saying {words!r}", seconds)
        except AssertionError as error:
            raise AssertionError(f"{error}; it said: {self.spoken[after:]}") from None
        return found[0]

    def close(self) -> None:
        """End every process this test started here, Orca first (it may ignore SIGTERM)."""
        for process in reversed(self.processes):
            end(process, GRACE)
        if self.bus is not None:
            self.bus.close()
        if self._debug is not None:
            os.close(self._debug)  # the last writer: the reader now reads to the end
            self._debug = None
        if self._reader is not None:
            self._reader.join(timeout=WAIT)


@contextmanager
def orca(screen: Desktop, home: Path) -> Iterator[Orca]:
    reader = Orca(screen, home)
    try:
        yield reader
    finally:
        reader.close()


def button(name: str) -> re.Pattern[str]:
    """A button as Orca announces it taking the focus: its name, then its role ("push button" in Orca 43,
    "button" in Orca 48), whatever follows."""
    return re.compile(rf"^{re.escape(name)},? (push )?button\b")


def key(screen: Desktop, name: str) -> float:
    """Press a key as the keyboard would (XTEST, to the focused window); when it was pressed."""
    screen.xdotool("key", name)
    return time.monotonic()
