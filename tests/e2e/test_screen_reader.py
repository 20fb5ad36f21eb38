"""End to end with a real screen reader: what Orca says while a person uses Steady by keyboard alone.

Orca (Debian 12's 43.1, Debian 13's 48.1) on a private desktop; Steady from its start screen: Tab to "Breathe
slowly", open it, start, skip the check-in, breathe 25 s, pause, ask what is left (T), stop, skip the
check-in, then the help panel. Orca must say the window, each control that takes the focus, every phase once, each
question and page as it appears, and nothing empty ("layered pane") or repeated ("3 percent").
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.e2e.desktop import desktop, stop
from tests.e2e.screen_reader import button, key, orca

pytestmark = [pytest.mark.slow, pytest.mark.xvfb]
BREATHING = 25.5  # seconds of calm pace (in 4, out 6): phases begin at 0, 4, 10, 14, 20 and 24 s
QUESTION = "How overwhelmed or distressed do you feel right now?"
NOISE = re.compile(r"\b(layered pane|filler|panel|percent)\b", re.IGNORECASE)


def steady_settings(home: Path) -> None:
    """Check-ins on (they ask before and after), announcements on, the first-run welcome already seen."""
    store = QSettings(str(home / "config" / "steady" / "steady.conf"), QSettings.Format.IniFormat)
    for name, value in (("care/checkins", True), ("keys/announce", True), ("care/welcomed", True)):
        store.setValue(name, value)
    store.sync()


def test_orca_speaks_the_window_each_control_every_phase_and_every_question(tmp_path: Path) -> None:
    home = tmp_path / "home"
    began = time.monotonic()
    with desktop(1280, 900, home) as screen, orca(screen, home) as reader:
        steady_settings(home)
        app = screen.steady()
        try:
            screen.xdotool("windowactivate", "--sync", screen.window("^Steady$"), check=False)
            reader.wait_for(button("Let it out"))
            key(screen, "Tab")
            reader.wait_for(button("Steady myself"))
            key(screen, "Tab")
            reader.wait_for(button("Breathe slowly"))
            key(screen, "Return")
            ready = reader.wait_for(button("Start"))
            key(screen, "space")
            asked = reader.wait_for(QUESTION, after=ready)
            started = key(screen, "Escape")  # skips the check-in: the breathing begins
            running = reader.wait_for(button("Pause"), after=asked)
            time.sleep(BREATHING - (time.monotonic() - started))
            key(screen, "space")
            paused = reader.wait_for("Resume", after=running)
            key(screen, "t")  # how much is left, asked for
            left = reader.wait_for(" left.", after=paused)
            key(screen, "Escape")
            asked_after = reader.wait_for(QUESTION, after=left)
            key(screen, "Escape")
            done = reader.wait_for(button("Back to the start"), after=asked_after)
            key(screen, "ctrl+h")
            reader.wait_for("Need help now? dialog", after=done)
            key(screen, "Escape")
            reader.wait_for(button("Back to the start"), after=done + 2)
        finally:
            err = stop(app)
    spoken = [line.strip() for line in reader.spoken]
    took = time.monotonic() - began
    said = "\n".join(spoken)
    print(f"Orca said ({took:.0f} s):\n{said}")

    assert "Traceback" not in err, err
    assert spoken[0] == "Screen reader on."
    assert {"Steady frame.", "Steady frame"} & set(spoken)  # the window (Orca 48 leaves out the full stop)
    for control in ("Let it out", "Steady myself", "Breathe slowly", "Start", "Skip", "Pause", "Back to the start"):
        assert any(button(control).search(line) for line in spoken), control  # each control that takes the focus
    assert [NOISE.search(line) for line in spoken if NOISE.search(line)] == []

    # The ready page's cautions come with Start; the question and its ends with the first answer.
    assert spoken[ready + 1].startswith("Before you start: Sit if you can."), spoken[ready + 1]
    assert spoken[asked].startswith("Before you start, if you like. " + QUESTION)
    assert "0: settled, 10: the most distressed you can imagine." in spoken[asked]
    assert spoken[asked_after].startswith("Stopped. Before you go on, if you like. " + QUESTION)  # not "finished"
    assert said.count(QUESTION) == 2  # once each time it is asked, never again

    # Every phase of the 25 s, once each, in order, and nothing else while breathing.
    # (A screen's own keys are shortcuts: Qt hands them to no one else, so Orca echoes neither Space nor T.)
    pause = spoken.index("Paused · Calm pace · Steady", running)
    breathing = spoken[running + 1 : pause]
    assert [line.rstrip(".") for line in breathing] == ["Breathe in", "Breathe out"] * 3, breathing
    assert spoken[pause] == "Paused · Calm pace · Steady"
    assert paused == pause + 1 and re.fullmatch(r"Resume( button\.)?", spoken[paused]), spoken[pause : paused + 1]

    # T: where the person is and how much is left, said once, when asked.
    assert re.fullmatch(r"Breath 3 of 30\. 4 minutes \d+ seconds left\.", spoken[left]), spoken[left]
    assert left == paused + 1, spoken[paused + 1 : left]  # nothing else in between

    # The stop is said by the title, then the question; the last page's words come with its button.
    # (Orca 43 says the window's new title first; Orca 48 the new focus, and drops the title: the words say it.)
    assert button("Skip").search(spoken[asked_after - 1]), spoken[asked_after - 2 : asked_after]
    assert spoken[running:asked_after].count("Stopped · Calm pace · Steady") <= 1
    assert spoken[done + 1].startswith("Stopping is always fine. You breathed with the pacer for 2"), spoken[done + 1]
    assert any(line.startswith("Need help now? dialog") and "Emergency in " in line for line in spoken[done:])
    assert took < 90, f"the screen reader test took {took:.0f} s"
