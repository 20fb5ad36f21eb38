"""Step exercises in the window, on a fake clock: every one runs to the end; keys; privacy of words."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.core.session import SessionState
from app.core.steps import StepStarted
from app.storage.catalog import load_catalog
from app.storage.resources import resource
from app.ui.screens.steps import StepScreen
from app.ui.window import MainWindow
from tests.ui.conftest import focused

STEP_EXERCISES = [e.id for e in load_catalog(resource("exercises")).exercises if e.kind in ("steps", "sequence")]


def open_steps(window: MainWindow, exercise_id: str) -> StepScreen:
    screen = window.navigator.open_exercise(exercise_id)
    assert isinstance(screen, StepScreen)
    return screen


def play_to_the_end(qtbot: QtBot, screen: StepScreen, clock: FakeClock) -> list[int]:
    """Go through a whole exercise as a person would: wait for timed steps, press Space for the rest."""
    assert screen.driver is not None
    seen: list[int] = []
    screen.driver.began.connect(lambda e: seen.append(e.index) if isinstance(e, StepStarted) else None)
    seen.append(0)
    for _ in range(20_000):
        if screen.state is not SessionState.RUNNING:
            break
        snapshot = screen.driver.session.snapshot(clock.now())
        if snapshot.step.timed:
            clock.advance(0.1)
            screen.driver.tick()
        else:
            qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    return seen


@pytest.mark.parametrize("exercise_id", STEP_EXERCISES)
def test_every_step_exercise_runs_from_start_to_finish(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, exercise_id: str
) -> None:
    window = make_window()
    screen = open_steps(window, exercise_id)
    assert screen.pages.currentWidget() is screen.ready_page
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert screen.pages.currentWidget() is screen.run_page
    seen = play_to_the_end(qtbot, screen, clock)
    assert seen == list(range(len(screen.exercise.steps)))
    assert screen.state is SessionState.FINISHED
    assert screen.done_heading.text() == "You took a moment for yourself."
    assert window.windowTitle() == f"Finished · {screen.exercise.title} · Steady"


def test_arrows_go_next_and_back_and_escape_stops(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    screen = open_steps(window, "relax-face")
    screen.start()
    assert screen.driver is not None
    first = screen.step_text.text()
    qtbot.keyClick(focused(screen), Qt.Key.Key_Right)
    second = screen.step_text.text()
    assert second != first and screen.where_label.text().startswith("Step 2 of")
    qtbot.keyClick(focused(screen), Qt.Key.Key_Left)
    assert screen.step_text.text() == first
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)  # a timed step: Space pauses
    assert screen.state is SessionState.PAUSED
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert screen.state is SessionState.RUNNING
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)
    assert screen.state is SessionState.STOPPED
    assert screen.done_heading.text() == "Stopping is always fine."


def test_grounding_counts_one_tap_per_item_and_offers_notice_wording(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    screen = open_steps(window, "grounding")
    assert screen.notice_box.isVisibleTo(screen)
    screen.notice_box.setChecked(True)
    screen.start()
    step = screen.exercise.steps[0]
    assert step.count == 5 and step.notice
    assert screen.step_text.text() == step.notice
    for taps in range(1, 5):
        qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
        assert screen.count_view.dots.text().count("●") == taps
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert screen.where_label.text().startswith("Step 2 of")
    assert window.settings.get("steps/notice_wording") is True


def chips_step(screen: StepScreen) -> int:
    return next(i for i, s in enumerate(screen.exercise.steps) if s.chips)


def test_chosen_feeling_words_are_written_nowhere_by_default(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    screen = open_steps(window, "use-words")
    screen.start()
    for _ in range(chips_step(screen)):
        screen.next()
    screen.chips_view.chips[0].click()
    screen.chips_view.chips[3].click()
    assert (
        screen.chips_view.echo.text()
        == f"Right now I feel: {screen.chips_view.chips[0].text()}, {screen.chips_view.chips[3].text()}."
    )
    while screen.state is SessionState.RUNNING:
        screen.next()
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before, "choosing words wrote something to disk"


def test_words_are_kept_only_when_the_person_opts_in(make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    window = make_window()
    screen = open_steps(window, "use-words")
    screen.start()
    for _ in range(chips_step(screen)):
        screen.next()
    screen.chips_view.chips[1].click()
    screen.chips_view.keep.setChecked(True)
    screen.next()
    kept = tmp_path / "data" / "kept-words.json"
    entries = json.loads(kept.read_text())["entries"]
    assert [e["words"] for e in entries] == [[screen.chips_view.chips[1].text()]]
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_memories_show_gentle_prompts_while_empty_then_the_persons_own(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    screen = open_steps(window, "something-warm")
    screen.start()
    while not screen.exercise.steps[screen.driver.session.index].memories:  # type: ignore[union-attr]
        screen.next()
    assert "Nothing saved here yet, and that's fine" in screen.memories_view.card.text()
    window.context.personal.memories.save(["Laughing at the bus stop in the rain", "Gran's kitchen"])
    screen.set_memories(window.context.personal.memories.load())
    assert screen.memories_view.card.text() == "“Laughing at the bus stop in the rain”"
    screen.memories_view.another.click()
    assert screen.memories_view.card.text() == "“Gran's kitchen”"
    memories_file = window.context.personal.memories.path
    assert stat.S_IMODE(memories_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(memories_file.parent.stat().st_mode) == 0o700


def test_the_eye_dot_moves_and_stands_still_under_reduced_motion(
    make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    screen = open_steps(window, "blink-and-look")
    screen.start()
    assert screen.driver is not None
    while not screen.exercise.steps[screen.driver.session.index].guide:  # type: ignore[attr-defined]
        screen.next()
    assert screen.views.currentWidget() is screen.gaze_view
    assert screen.driver.wake_interval_ms == 16
    window.appearance.set_still(True)
    wake = screen.driver.wake_interval_ms
    assert wake is not None and wake >= 100


def test_steady_me_now_starts_with_one_key_from_home(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    qtbot.keyClick(focused(window.navigator.home), Qt.Key.Key_S)
    screen = window.navigator.screen
    assert isinstance(screen, StepScreen) and screen.exercise.id == "steady-me-now"
    assert screen.state is SessionState.RUNNING
    parts = [s.part for s in screen.exercise.steps]
    assert parts[0] == "Calm pace" and parts[-1] == "5-4-3-2-1 grounding"
    assert screen.views.currentWidget() is screen.breathing_view
    assert screen.breathing_view.phase.text() == "Breathe in"


def test_let_it_out_has_no_timer_and_escape_goes_home(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    qtbot.keyClick(focused(window.navigator.home), Qt.Key.Key_L)
    screen = window.navigator.screen
    assert screen is not None and window.windowTitle() == "Let it out · Steady"
    assert screen.driver is not None
    for _ in range(100):
        clock.advance(0.05)
        screen.driver.tick()
    assert screen.phase.text() in ("Breathe in…", "Breathe out…")
    assert not any(ch.isdigit() for ch in screen.phase.text())
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)
    assert window.navigator.stack.currentWidget() is window.navigator.home


@pytest.mark.parametrize("exercise_id", [*STEP_EXERCISES, "calm-pace", "box"])
def test_every_exercise_opens_and_starts_at_once(make_window: Callable[..., MainWindow], exercise_id: str) -> None:
    window = make_window()
    screen = window.navigator.open_exercise(exercise_id, start=True)
    assert screen is not None and screen.state is SessionState.RUNNING
