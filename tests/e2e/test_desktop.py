"""Steady on a real desktop: laptop screens with a top bar, a second launch, the launcher's quick actions.

Real processes on Xvfb with the openbox window manager and a panel that reserves the top 32 px.
Set STEADY_SHOTS to a folder to keep the screenshots (docs/screenshots/desktop-1366x768.png comes from here).
"""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import require_program
from tests.e2e.desktop import desktop, stop, until

pytestmark = pytest.mark.xvfb
HANDOVER_SECONDS = 1.0  # the promise: a second launch is done within a second


def keep(shot: Path, name: str) -> None:
    folder = os.environ.get("STEADY_SHOTS")
    if folder:
        shutil.copy(shot, Path(folder) / name)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720), (1024, 600)])
def test_the_window_fits_a_laptop_screen_with_a_top_bar(width: int, height: int, tmp_path: Path) -> None:
    with desktop(width, height, tmp_path / "home") as screen:
        app = screen.steady()
        try:
            screen.past_the_welcome()
            window = screen.window("^Steady$")
            area = screen.work_area()
            until(lambda: area.contains(screen.frame(window)), "all of the window on the screen, below the bar")
            frame = screen.frame(window)
            assert frame.width() >= min(960, area.width() * 0.85) and frame.height() >= area.height() * 0.85, frame

            code, _seconds, err = screen.launch("--exercise", "calm-pace", "--start")
            assert code == 0, err
            screen.window("^Calm pace · Steady$")
            assert area.contains(screen.frame(window)), "opening an exercise never grows the window off the screen"
            shot = screen.screenshot(tmp_path / f"desktop-{width}x{height}.png")
            image = QImage(str(shot))
            assert (image.width(), image.height()) == (width, height)
            keep(shot, shot.name)
        finally:
            err = stop(app)
        assert "Traceback" not in err, err


def test_a_second_launch_hands_over_and_the_first_steady_does_what_it_asks(tmp_path: Path) -> None:
    with desktop(1366, 768, tmp_path / "home") as screen:
        app = screen.steady()
        try:
            screen.past_the_welcome()
            window = screen.window("^Steady$")

            screen.xdotool("windowminimize", "--sync", window)
            code, seconds, err = screen.launch()  # a double click on the launcher
            assert code == 0, err
            assert seconds < HANDOVER_SECONDS * 5, f"the hand-over took {seconds:.2f} s"
            assert screen.window("^Steady$") == window, "the same window comes back, un-minimised"
            assert "_NET_WM_STATE_HIDDEN" not in screen.xprop("-id", window, "_NET_WM_STATE")

            code, _seconds, err = screen.launch("--exercise", "steady-me-now", "--start")  # the launcher's action
            assert code == 0, err
            assert screen.window("^Steady me now · Steady$") == window
            code, _seconds, err = screen.launch("--let-it-out")
            assert code == 0, err
            screen.window("^Let it out · Steady$")

            code, _seconds, err = screen.launch("--exercise", "no-such-exercise")
            assert code == 2 and "no exercise called 'no-such-exercise'" in err
            assert screen.window("^Let it out · Steady$") == window, "a refused request changes nothing"

            for informational in (["--list"], ["--version"]):  # these answer themselves, never hand over
                code, _seconds, _err = screen.launch(*informational)
                assert code == 0
            assert screen.window("^Let it out · Steady$") == window
            assert len(screen.xdotool("search", "--onlyvisible", "--name", "Steady$").split()) == 1, "one Steady"
        finally:
            err = stop(app)
        assert app.returncode == 0 and "Traceback" not in err, err


def test_a_steady_that_was_killed_leaves_nothing_in_the_way_of_the_next(tmp_path: Path) -> None:
    with desktop(1280, 720, tmp_path / "home") as screen:
        first = screen.steady()
        screen.past_the_welcome()
        screen.window("^Steady$")
        sockets = list((Path(screen.env["XDG_RUNTIME_DIR"])).glob("steady-*.sock"))
        until(lambda: bool(list(Path(screen.env["XDG_RUNTIME_DIR"]).glob("steady-*.sock"))), "the socket")
        first.send_signal(signal.SIGKILL)  # a crash: the socket file stays behind
        first.communicate(timeout=30)
        sockets = list(Path(screen.env["XDG_RUNTIME_DIR"]).glob("steady-*.sock"))
        assert sockets, "the killed Steady's socket is still there"
        until(lambda: screen.gone("^Steady$"), "the killed window to go")

        second = screen.steady("--exercise", "calm-pace")  # the stale socket answers nobody: a new Steady opens
        try:
            window = screen.window("^Calm pace · Steady$")
            until(
                lambda: screen.launch("--let-it-out")[0] == 0 and not screen.gone("^Let it out · Steady$"), "hand-over"
            )
            assert screen.window("^Let it out · Steady$") == window
        finally:
            err = stop(second)
        assert second.returncode == 0 and "Traceback" not in err, err
        assert not sockets[0].exists(), "a Steady that closes removes its socket"


def test_a_quick_action_opens_steady_when_none_is_running(tmp_path: Path) -> None:
    with desktop(1366, 768, tmp_path / "home") as screen:
        app = screen.steady("--let-it-out")
        try:
            screen.past_the_welcome()
            screen.window("^Let it out · Steady$")
        finally:
            err = stop(app)
        assert "Traceback" not in err, err


def test_size_position_and_maximised_are_remembered(tmp_path: Path) -> None:
    with desktop(1366, 768, tmp_path / "home") as screen:
        app = screen.steady()
        screen.past_the_welcome()
        window = screen.window("^Steady$")
        first = screen.frame(window)
        screen.xdotool("windowsize", "--sync", window, "700", "500")
        screen.xdotool("windowmove", "--sync", window, "120", "140")
        until(lambda: screen.frame(window).topLeft() != first.topLeft(), "moved by the person")
        before = screen.frame(window)
        assert before.width() < 720 and before.x() < 130, before
        assert stop(app).count("Traceback") == 0

        again = screen.steady()
        window = screen.window("^Steady$")
        until(lambda: screen.frame(window) == before, f"the window back at {before}")
        wmctrl = require_program("wmctrl")  # asks the window manager, as a maximise button does
        screen.run(wmctrl, "-i", "-r", window, "-b", "add,maximized_vert,maximized_horz")
        until(lambda: "_NET_WM_STATE_MAXIMIZED_VERT" in screen.xprop("-id", window, "_NET_WM_STATE"), "maximised")
        screen.xdotool("key", "--window", window, "ctrl+q", check=False)  # quit as a person does: after X's news
        again.wait(timeout=30)
        assert stop(again).count("Traceback") == 0

        third = screen.steady()
        try:
            window = screen.window("^Steady$")
            until(
                lambda: "_NET_WM_STATE_MAXIMIZED_VERT" in screen.xprop("-id", window, "_NET_WM_STATE"),
                "maximised again",
            )
            assert screen.work_area().contains(screen.frame(window))
        finally:
            stop(third)


def test_a_plan_file_opened_while_steady_runs_is_shown_in_the_running_window(tmp_path: Path) -> None:
    from app.core.plans import ExercisePart, NotePart, Plan
    from app.storage.plan_files import plan_text, read_plan

    shared = tmp_path / "from Sam – Zoë" / "before the call.steady"  # as a mail program saves an attachment
    shared.parent.mkdir()
    plan = Plan("before-the-call", "Before the call", (NotePart("Try this first.", "Sam"), ExercisePart("calm-pace")))
    shared.write_text(plan_text(plan), encoding="utf-8")
    home = tmp_path / "home"
    with desktop(1366, 768, home) as screen:
        app = screen.steady()
        try:
            screen.past_the_welcome()
            window = screen.window("^Steady$")
            code, _seconds, err = screen.launch(str(shared))  # a double click on the file: `steady FILE`
            assert code == 0, err
            assert screen.window("^A plan to look at · Steady$") == window, "shown in the running window"
            assert not (home / "data/steady/plans").exists(), "nothing added before the person says so"
            screen.xdotool("windowactivate", "--sync", window, check=False)
            screen.xdotool("key", "--window", window, "space")  # "Add to my plans" has the focus
            screen.window("^Your own plans · Steady$")
            assert read_plan(home / "data/steady/plans/before-the-call.steady")[0] == plan
            assert len(screen.xdotool("search", "--onlyvisible", "--name", "Steady$").split()) == 1, "one Steady"
        finally:
            err = stop(app)
        assert app.returncode == 0 and "Traceback" not in err, err
