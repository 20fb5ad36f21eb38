"""The main door by keyboard alone, on a real desktop: each key does what the screen's hint line says.

A real X server with a window manager and a top bar (1366 × 768), real key presses (XTEST, to the focused
window), and Steady's state read back as assistive technology reads it (AT-SPI: the focused control and the
words showing), never through a hook of its own. A person in tears goes S → how do you feel → breathing
(Space pauses, → moves on) → face and throat → grounding (Space counts, → and ← change step, from
"Need help now?" too) → help and back → how do you feel now → the last page; then breathing and Let it out
with the same keys, and every other kind of exercise (eyes, words, memories, stepping away, breathing
with holds). The history holds one row for each session of the walk.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.e2e.atspi import AccessibilityBus, Seen
from tests.e2e.desktop import Desktop, desktop, stop, until

pytestmark = [pytest.mark.slow, pytest.mark.xvfb]
QUESTION = "How overwhelmed or distressed do you feel right now?"
OTHER_KINDS = [  # eyes (a moving dot), words (chips), memories, stepping away, breathing with holds
    ("blink-and-look", "Blink and look around"),
    ("use-words", "Use words"),
    ("something-warm", "Something warm or funny"),
    ("step-away", "Step away for a moment"),
    ("box", "Box breathing"),
]


def label_starting(seen: Seen, words: str) -> str:
    return next((name for name in seen.names("label") if name.startswith(words)), "")


def focused(seen: Seen, name: str) -> bool:
    return seen.focus is not None and seen.focus.name == name


class Person:
    """Presses keys as a keyboard does, on the focused window, and waits to see what AT-SPI then shows."""

    def __init__(self, screen: Desktop, bus: AccessibilityBus) -> None:
        self.screen, self.bus = screen, bus

    def press(self, *keys: str) -> None:
        for key in keys:
            self.screen.xdotool("key", key)

    def sees(self, what: str, condition: object) -> Seen:
        return self.bus.until(condition, what)

    def sees_label(self, words: str) -> Seen:
        return self.sees(f"a label starting {words!r}", lambda seen: label_starting(seen, words))

    def title(self, pattern: str) -> None:
        self.screen.window(pattern)


def test_the_main_door_and_every_exercise_kind_by_keyboard_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with desktop(1366, 768, home) as screen:
        bus = AccessibilityBus(screen.env, home)
        app = screen.steady()
        person = Person(screen, bus)
        try:
            screen.past_the_welcome()
            screen.xdotool("windowactivate", "--sync", screen.window("^Steady$"), check=False)
            person.sees("the start screen's first door", lambda seen: focused(seen, "Let it out"))

            # S: the main door asks first, with nothing chosen in advance.
            person.press("s")
            person.title("^Steady me now · Steady$")
            seen = person.sees("the question, on Skip", lambda seen: focused(seen, "Skip"))
            assert "Before you start, if you like" in seen.names("label") and QUESTION in seen.names("label")
            person.press("7")
            seen = person.sees_label("Part 1 of 3")
            assert "Space pauses · ← → change step · T time left · Esc stops" in seen.names("label")

            # Breathing: Space pauses (it skips nothing), Space goes on, → moves on to the face and throat.
            person.press("space")
            person.title("^Paused · Steady me now · Steady$")
            seen = person.sees_label("Space resumes")
            assert label_starting(seen, "Part 1 of 3"), "Space paused the breathing minute, it did not skip it"
            person.press("space")
            person.title("^Steady me now · Steady$")

            # Help pauses the breathing (nothing runs on behind it); Esc closes it, and the focus comes back
            # to the screen, not to "Need help now?".
            person.press("ctrl+h")
            person.title("^Need help now\\?$")
            person.title("^Paused · Steady me now · Steady$")
            seen = person.sees("the panel's first control", lambda seen: seen.focus is not None)
            assert seen.focus is not None and seen.focus.role == "combo box", seen.focus
            person.press("Escape")
            until(lambda: screen.gone("^Need help now\\?$"), "the help panel to close")
            seen = person.sees("the focus back on the screen", lambda seen: seen.focus is not None)
            assert not focused(seen, "Need help now?"), seen.focus
            assert label_starting(seen, "Paused for the help panel"), seen.names("label")
            person.press("space")
            person.title("^Steady me now · Steady$")

            person.press("Right")
            seen = person.sees_label("Part 2 of 3  ·  Face and throat")
            assert not focused(seen, "Need help now?"), "→ walked the focus to the help button"

            # Grounding: Space counts, → and ← change step, wherever the focus is.
            person.press(*["Right"] * 6)
            person.sees_label("Part 3 of 3  ·  5-4-3-2-1 grounding")
            person.press("space", "space")
            person.sees("two found", lambda seen: "2 of 5 found" in seen.names("label"))
            for _ in range(10):
                if focused(bus.look(), "Need help now?"):
                    break
                person.press("Tab")
            person.sees("the focus on Need help now?", lambda seen: focused(seen, "Need help now?"))
            person.press("space")
            person.sees("three found, and no help panel", lambda seen: "3 of 5 found" in seen.names("label"))
            assert screen.gone("^Need help now\\?$"), "Space opened help instead of counting"
            person.press("Right")
            person.sees_label("Step 9")  # 4 things you can feel (a reader hears the step's words with the focus)
            person.press("Left")
            person.sees_label("Step 8")  # 5 things you can see

            # To the end: the timed breath out, then the last step; Space finishes.
            person.press(*["Right"] * 5)
            person.sees_label("Step 13")  # one slow breath out
            person.press("Right")
            person.sees_label("Step 14")  # if your eyes are closed, let them gently open
            person.press("space")
            person.title("^Finished · Steady me now · Steady$")
            person.sees_label("Now that you've finished, if you like")
            person.press("4")
            person.sees_label("Before 7, now 4.")
            person.press("Escape")
            person.title("^Steady$")

            # Breathing on its own: arrows move no focus, Esc stops, and the question after doesn't say "finished".
            person.press("Tab", "Tab")
            person.sees("Breathe slowly", lambda seen: focused(seen, "Breathe slowly"))
            person.press("Return")
            person.sees_label("Space starts · Enter ticks or presses · Esc goes back")
            person.press("space")
            person.sees("the question, on Skip", lambda seen: focused(seen, "Skip"))
            person.press("Escape")
            seen = person.sees("the pause button", lambda seen: focused(seen, "Pause"))
            person.press("Right", "Left", "Up", "Down")
            time.sleep(0.3)  # a key that did something shows by now; nothing may have moved
            assert focused(bus.look(), "Pause"), "an arrow walked the focus"
            person.press("Escape")
            person.title("^Stopped · Calm pace · Steady$")
            person.sees_label("Before you go on, if you like")
            person.press("Escape")
            person.sees_label("Stopping is always fine.")
            person.press("Escape")
            person.title("^Steady$")

            # Every other kind of exercise, opened as the launcher's actions do, with the same keys.
            for exercise, title in OTHER_KINDS:
                code, _seconds, err = screen.launch("--exercise", exercise)
                assert code == 0, err
                person.title(f"^{title} · Steady$")
                person.sees_label("Space starts · Enter ticks or presses · Esc goes back")
                person.press("space")
                person.sees(f"{exercise}: the question, on Skip", lambda seen: focused(seen, "Skip"))
                person.press("Escape")
                seen = person.sees_label("Space ")
                space = label_starting(seen, "Space ")
                if exercise == "box":  # breathing: Space pauses and goes on; no arrow moves the focus
                    person.press("space")
                    person.title(f"^Paused · {title} · Steady$")
                    person.press("space", "Right", "Left")
                    person.title(f"^{title} · Steady$")
                    seen = person.sees("the pause button", lambda seen: focused(seen, "Pause"))
                else:  # steps: → and ← change step; Space does what the hint line says
                    person.sees_label("Step 1 of ")
                    person.press("Right")
                    person.sees_label("Step 2 of ")
                    person.press("Left")
                    person.sees_label("Step 1 of ")
                    person.press("space")
                    if space.startswith("Space pauses"):
                        person.title(f"^Paused · {title} · Steady$")
                    else:
                        assert space.startswith("Space goes on"), space
                        person.sees_label("Step 2 of ")
                person.press("Escape")
                person.title(f"^Stopped · {title} · Steady$")
                person.sees_label("Before you go on, if you like")
                person.press("Escape", "Escape")
                person.title("^Steady$")

            # Let it out: Esc goes back, as its hint line says.
            person.press("l")
            person.title("^Let it out · Steady$")
            person.sees_label("Esc goes back to the start")
            person.press("Escape")
            person.title("^Steady$")
        finally:
            err = stop(app)
            bus.close()
    assert "Traceback" not in err, err
    with sqlite3.connect(home / "data" / "steady" / "history.sqlite3") as db:
        rows = db.execute("SELECT exercise_id, outcome, rating_before, rating_after FROM sessions").fetchall()
    db.close()
    assert rows == [
        ("steady-me-now", "finished", 7, 4), ("calm-pace", "stopped", None, None),
        *((exercise, "stopped", None, None) for exercise, _title in OTHER_KINDS),
    ], rows  # fmt: skip
