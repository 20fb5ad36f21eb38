"""A real desktop for end-to-end tests: Xvfb, the openbox window manager, and a 32 px top bar that reserves room.

The bar is a dock window with _NET_WM_STRUT_PARTIAL, as a desktop's panel is, so the window
manager shrinks the work area (_NET_WORKAREA) that Qt reports as the screen's available geometry.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRect

from tests.conftest import ROOT, isolated_env, require_program
from tests.processes import end

WAIT = 30  # seconds any one step may take on a slow, busy machine
BAR = 32

TOP_BAR = """
import subprocess, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
bar = QWidget()
bar.setAttribute(Qt.WidgetAttribute.WA_X11NetWmWindowTypeDock)
bar.setWindowFlag(Qt.WindowType.FramelessWindowHint)
width, height = int(sys.argv[1]), int(sys.argv[2])
bar.setGeometry(0, 0, width, height)
bar.setStyleSheet("background: #2b2b2b")
bar.show()
def reserve():
    window = str(int(bar.winId()))
    for name, value in (("_NET_WM_STRUT_PARTIAL", f"0,0,{height},0,0,0,0,0,0,{width - 1},0,0"),
                        ("_NET_WM_STRUT", f"0,0,{height},0")):
        subprocess.run(["xprop", "-id", window, "-f", name, "32c", "-set", name, value], check=True)
QTimer.singleShot(0, reserve)
app.exec()
"""


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """A private virtual X display that listens on no network port: the server and its DISPLAY."""
    xvfb = require_program("Xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()  # Xvfb writes its display number once it accepts clients
    if not number:
        server.kill()
        raise AssertionError("Xvfb did not start")
    return server, f":{number}"


def grab_screen(env: dict[str, str], out: Path) -> Path:
    """A PNG of the whole screen at env's DISPLAY, taken by a separate Qt process."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
        "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)"
    )
    subprocess.run([sys.executable, "-c", code, str(out)], env=env, check=True, timeout=WAIT)
    return out


def until(condition: object, what: str, seconds: float = WAIT) -> None:
    """Poll `condition()` until it is true (X has no event we could wait on from here)."""
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {seconds} s")
        time.sleep(0.05)


class Desktop:
    """One virtual screen of `width` × `height` with a window manager and a top bar; `env` reaches it."""

    def __init__(self, width: int, height: int, home: Path) -> None:
        self.width, self.height = width, height
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = isolated_env(home)
        self.env.pop("QT_QPA_PLATFORM")
        self.env["DISPLAY"] = self._start_x()
        self.processes.append(self._quiet([require_program("openbox")]))
        until(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.xprop("-root", "_NET_SUPPORTING_WM_CHECK"), "openbox")
        self.processes.append(self._quiet([sys.executable, "-c", TOP_BAR, str(width), str(BAR)]))
        until(lambda: self.work_area().top() == BAR, "the top bar's reserved room")

    def _start_x(self) -> str:
        server, display = start_xvfb(self.width, self.height)
        self.processes.append(server)
        return display

    def _quiet(self, command: list[str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def close(self) -> None:
        for process in reversed(self.processes):
            end(process)

    # -- asking X ------------------------------------------------------------------------

    def run(self, *command: str, check: bool = True) -> str:
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=WAIT, check=check)
        return done.stdout.strip()

    def xprop(self, *args: str) -> str:
        return self.run(require_program("xprop"), *args, check=False)

    def xdotool(self, *args: str, check: bool = True) -> str:
        return self.run(require_program("xdotool"), *args, check=check)

    def work_area(self) -> QRect:
        numbers = [int(n) for n in re.findall(r"\d+", self.xprop("-root", "_NET_WORKAREA").split("=", 1)[-1])]
        return QRect(*numbers[:4]) if len(numbers) >= 4 else QRect()

    def window(self, title: str) -> str:
        """The id of the visible window whose title matches `title` (a regular expression), once there is one."""
        found: list[str] = []

        def look() -> bool:
            found[:] = self.xdotool("search", "--onlyvisible", "--name", title, check=False).split()
            return bool(found)

        until(look, f"a window titled {title!r}")
        return found[0]

    def gone(self, title: str) -> bool:
        return not self.xdotool("search", "--onlyvisible", "--name", title, check=False)

    def frame(self, window: str) -> QRect:
        """The window with its title bar and borders, where the person sees it.

        xwininfo, not xdotool: xdotool 3.20160805's getwindowgeometry counts the title bar twice
        under a reparenting window manager (seen here against a screenshot).
        """
        info = self.run(require_program("xwininfo"), "-id", window)
        field = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in info.splitlines()) if v}
        x, y = int(field["Absolute upper-left X"]), int(field["Absolute upper-left Y"])
        width, height = int(field["Width"]), int(field["Height"])
        extents = [int(n) for n in re.findall(r"\d+", self.xprop("-id", window, "_NET_FRAME_EXTENTS").split("=")[-1])]
        left, right, top, bottom = extents if len(extents) == 4 else (0, 0, 0, 0)
        return QRect(x - left, y - top, width + left + right, height + top + bottom)

    def screenshot(self, out: Path) -> Path:
        return grab_screen(self.env, out)

    # -- Steady --------------------------------------------------------------------------

    def steady(self, *args: str) -> subprocess.Popen[str]:
        """Start Steady as a person would (from a terminal or the launcher), output kept for the test."""
        return subprocess.Popen(
            [sys.executable, "-m", "app", *args], cwd=ROOT, env=self.env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

    def launch(self, *args: str) -> tuple[int, float, str]:
        """A launch that should end by itself (a hand-over): exit code, seconds from exec to exit, stderr."""
        began = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "app", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=WAIT
        )
        return done.returncode, time.monotonic() - began, done.stderr

    def past_the_welcome(self) -> None:
        """The first run's welcome, answered with Enter."""
        welcome = self.window("^Welcome to Steady$")
        self.xdotool("windowactivate", "--sync", welcome, check=False)
        self.xdotool("key", "Return", check=False)  # XTEST, as a keyboard: the welcome has the focus
        until(lambda: self.gone("^Welcome to Steady$"), "the welcome to close")


@contextmanager
def desktop(width: int, height: int, home: Path) -> Iterator[Desktop]:
    screen = Desktop(width, height, home)
    try:
        yield screen
    finally:
        screen.close()


def stop(app: subprocess.Popen[str]) -> str:
    """End a Steady (SIGTERM closes it as the person would) and return what it said on stderr."""
    if app.poll() is None:
        app.terminate()
    try:
        _out, err = app.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        app.kill()
        _out, err = app.communicate()
    return err
