"""End to end: the real program in a real X window on Xvfb, driven by real key presses."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT, isolated_env, require_program
from tests.e2e.desktop import grab_screen as take_screenshot
from tests.e2e.desktop import start_xvfb

pytestmark = pytest.mark.xvfb
WAIT = 30  # seconds a step may take on a slow, busy machine before the test gives up


@pytest.fixture
def display() -> Iterator[str]:
    """A private virtual X display that listens on no network port."""
    server, number = start_xvfb(1280, 900)
    try:
        yield number
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(env: dict[str, str], *args: str, check: bool = True) -> str:
    done = subprocess.run(
        [require_program("xdotool"), *args], env=env, capture_output=True, text=True, timeout=WAIT, check=check
    )
    return done.stdout.strip()


def wait_for_title(env: dict[str, str], pattern: str) -> str:
    """Block until a window whose title matches `pattern` exists (xdotool's --sync).

    xdotool gives up with an X error when a window vanishes while it looks through them (a
    dialog or a screen being replaced), so an error means: look again, until the deadline.
    """
    deadline = time.monotonic() + WAIT
    while True:
        found = xdotool(env, "search", "--sync", "--onlyvisible", "--name", pattern, check=False)
        if found:
            return found.splitlines()[0]
        if time.monotonic() > deadline:
            raise AssertionError(f"no window titled {pattern!r} within {WAIT} s")


def grab_screen(env: dict[str, str], out: Path) -> QImage:
    return QImage(str(take_screenshot(env, out)))


def start_calm_pace(display: str, tmp_path: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """Steady on the display, begun at once on calm pace, past the first-run welcome."""
    env = isolated_env(tmp_path / "home")
    env.pop("QT_QPA_PLATFORM")
    env["DISPLAY"] = display
    app = subprocess.Popen(
        [sys.executable, "-m", "app", "--exercise", "calm-pace", "--start"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        welcome = wait_for_title(env, "^Welcome to Steady$")  # the first run says what Steady is for
        xdotool(env, "windowfocus", "--sync", welcome)
        xdotool(env, "key", "--window", welcome, "Return", check=False)  # it closes before the key is released
    except BaseException:
        app.kill()
        app.communicate(timeout=WAIT)
        raise
    return app, env


def test_breathe_pause_stop_steady_me_now_and_quit_in_a_real_window(display: str, tmp_path: Path) -> None:
    app, env = start_calm_pace(display, tmp_path)
    try:
        wait_for_title(env, "^Calm pace · Steady$")
        assert not xdotool(env, "search", "--onlyvisible", "--name", "^Welcome to Steady$", check=False)
        window = wait_for_title(env, "^Calm pace · Steady$")
        xdotool(env, "windowfocus", "--sync", window)
        image = grab_screen(env, tmp_path / "running.png")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
        assert len(colours) > 10, "the window painted nothing"

        xdotool(env, "key", "--window", window, "Escape")  # "how do you feel?" first: one key skips it
        xdotool(env, "key", "--window", window, "space")
        wait_for_title(env, "^Paused · Calm pace · Steady$")
        xdotool(env, "key", "--window", window, "space")
        wait_for_title(env, "^Calm pace · Steady$")
        xdotool(env, "key", "--window", window, "Escape")
        wait_for_title(env, "^Stopped · Calm pace · Steady$")
        xdotool(env, "key", "--window", window, "Escape")  # one key skips the "how do you feel now?"
        xdotool(env, "key", "--window", window, "Escape")
        wait_for_title(env, "^Steady$")
        xdotool(env, "key", "--window", window, "s")  # one key from the start screen: "Steady me now"
        wait_for_title(env, "^Steady me now · Steady$")
        xdotool(env, "key", "--window", window, "Escape")  # skips the check-in; the breathing begins
        xdotool(env, "key", "--window", window, "Escape")
        wait_for_title(env, "^Stopped · Steady me now · Steady$")
        xdotool(env, "key", "--window", window, "Escape", "Escape")
        wait_for_title(env, "^Steady$")
        # The window is gone before xdotool sends the key releases, so it may complain.
        xdotool(env, "key", "--window", window, "ctrl+q", check=False)
        app.wait(timeout=WAIT)
    finally:
        if app.poll() is None:
            app.kill()
        _out, err = app.communicate(timeout=WAIT)
    assert app.returncode == 0, err
    assert "Traceback" not in err


def test_the_small_window_is_kept_on_top_by_the_real_x_server(display: str, tmp_path: Path) -> None:
    app, env = start_calm_pace(display, tmp_path)
    try:
        window = wait_for_title(env, "^Calm pace · Steady$")
        xdotool(env, "windowfocus", "--sync", window)
        xdotool(env, "key", "--window", window, "ctrl+m")
        mini = wait_for_title(env, "^Steady · small window$")
        state = subprocess.run(
            [require_program("xprop"), "-id", mini, "_NET_WM_STATE"], env=env, capture_output=True, text=True,
            timeout=WAIT, check=True,
        ).stdout  # fmt: skip
        assert "_NET_WM_STATE_ABOVE" in state, state  # what a window manager reads to keep it on top
        assert not xdotool(env, "search", "--onlyvisible", "--name", "^Calm pace · Steady$", check=False)
        geometry = xdotool(env, "getwindowgeometry", mini)
        assert "Geometry: 4" in geometry or "Geometry: 5" in geometry, geometry  # small: about 460 px wide
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=WAIT)
    assert "Traceback" not in err


def test_a_plain_start_shows_the_doors_then_the_whole_start_screen(display: str, tmp_path: Path) -> None:
    """No arguments, as from the desktop menu: the first frame, then the frame with the exercises filled in."""
    env = isolated_env(tmp_path / "home")
    env.pop("QT_QPA_PLATFORM")
    frames = tmp_path / "frames.jsonl"
    env.update(DISPLAY=display, STEADY_BENCH=str(frames), STEADY_BENCH_SECONDS="3")  # the timing hooks, then quit
    done = subprocess.run(
        [sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=WAIT
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    noted: dict[str, float] = {}
    for line in frames.read_text().splitlines():
        noted.update(json.loads(line))
    assert noted["first_paint"] < noted["complete"]  # both frames reached the X server, in that order
    assert (tmp_path / "home" / "cache" / "steady" / "shipped-files.json").is_file()  # the next start is quicker
