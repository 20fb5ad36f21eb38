"""A whole breathing session in the window, on a fake clock, driven by keyboard and buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.core.exercise import PhaseKind
from app.core.session import PhaseStarted, SessionState
from app.ui.screens.breathing import BreathingScreen
from app.ui.window import MainWindow
from tests.ui.conftest import focused


def open_calm(window: MainWindow, minutes: float = 1) -> BreathingScreen:
    screen = window.navigator.open_exercise("calm-pace")
    assert screen is not None
    screen.choose_length(minutes)
    return screen


def run_for(screen: BreathingScreen, clock: FakeClock, seconds: float, step: float = 0.016) -> None:
    assert screen.driver is not None
    end = clock.now() + seconds
    while clock.now() < end and screen.driver.session.state is SessionState.RUNNING:
        clock.advance(step)
        screen.driver.tick()


def test_a_one_minute_session_runs_from_start_to_finish(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    screen = open_calm(window)
    assert screen.pages.currentWidget() is screen.ready_page
    assert "dizzy" in " ".join(screen.exercise.cautions)
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert screen.pages.currentWidget() is screen.run_page
    assert screen.driver is not None
    phases: list[PhaseStarted] = []
    screen.driver.began.connect(phases.append)
    assert screen.phase_label.text() == "Breathe in"
    run_for(screen, clock, 2.0)
    assert screen.countdown_label.text() == "2"
    assert 0.4 < screen.pacer.level < 0.6
    run_for(screen, clock, 2.5)
    assert screen.phase_label.text() == "Breathe out"
    assert screen.pacer.level > 0.9
    run_for(screen, clock, 60.0)
    assert [p.segment.phase.kind for p in phases] == [PhaseKind.OUT] + [PhaseKind.IN, PhaseKind.OUT] * 5
    assert max(p.late_by for p in phases) <= 0.016
    assert screen.pages.currentWidget() is screen.done_page
    assert screen.done_heading.text() == "You gave yourself a few minutes."
    assert screen.driver.wake_interval_ms is None  # nothing keeps running afterwards


def test_space_pauses_and_resumes_and_escape_stops_kindly(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    screen = open_calm(window)
    screen.start()
    run_for(screen, clock, 5.0)
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert screen.state is SessionState.PAUSED
    assert screen.pause_button.text() == "Resume"
    assert screen.notice.isVisibleTo(screen)
    assert screen.driver is not None and screen.driver.wake_interval_ms is None  # idle while paused
    clock.advance(30.0)
    screen.driver.tick()
    assert screen.progress_label.text().endswith("0:55 left")
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert screen.state is SessionState.RUNNING
    run_for(screen, clock, 5.0)
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)
    assert screen.state is SessionState.STOPPED
    assert screen.pages.currentWidget() is screen.done_page
    assert screen.done_heading.text() == "Stopping is always fine."
    assert "10 s" in screen.done_text.text()
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)
    assert window.navigator.stack.currentWidget() is window.navigator.home


def test_the_still_pacer_shows_a_countdown_and_wakes_once_a_second(
    make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window(reduced_motion=True)  # the system asks for reduced motion
    screen = open_calm(window)
    assert screen.still and screen.still_box.isChecked()
    screen.start()
    assert screen.visual.currentWidget() is screen.still_view
    assert screen.driver is not None
    assert screen.big_count.text() == "4"
    wake = screen.driver.wake_interval_ms
    assert wake is not None and 900 <= wake <= 1000
    run_for(screen, clock, 1.5, step=0.25)
    assert screen.big_count.text() == "3"
    assert 300 <= screen.phase_bar.value() <= 400
    level_before = screen.pacer.level
    run_for(screen, clock, 1.0, step=0.25)
    assert screen.pacer.level == level_before  # the circle does not move at all


def test_the_in_app_switch_turns_motion_off_mid_session_and_is_remembered(
    make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    screen = open_calm(window)
    screen.start()
    assert screen.driver is not None and screen.driver.wake_interval_ms == 16
    window.still_action.trigger()
    assert screen.visual.currentWidget() is screen.still_view
    assert (screen.driver.wake_interval_ms or 0) >= 100
    assert window.settings.get("appearance/motion") == "still"
    again = open_calm(window)
    assert again.still


def test_box_can_skip_its_holds_and_remembers_the_choice(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    screen = window.navigator.open_exercise("box")
    assert screen is not None and screen.skip_holds_box.isVisibleTo(screen)
    screen.skip_holds_box.setChecked(True)
    screen.start()
    assert screen.driver is not None
    kinds = {s.phase.kind for s in screen.driver.session.timeline.segments}
    assert kinds == {PhaseKind.IN, PhaseKind.OUT}
    assert window.settings.get("breathing/skip_holds") is True


def test_a_sleep_gap_pauses_with_a_gentle_notice(make_window: Callable[..., MainWindow], clock: FakeClock) -> None:
    window = make_window()
    screen = open_calm(window)
    screen.start()
    run_for(screen, clock, 2.0)
    clock.advance(600)
    assert screen.driver is not None
    screen.driver.tick()
    assert screen.state is SessionState.PAUSED
    assert "away" in screen.notice.text()


def test_length_choice_changes_the_session(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    screen = window.navigator.open_exercise("calm-pace")
    assert screen is not None
    assert screen.length_note.text() == "30 breaths, about 5 min."
    buttons = screen.length_buttons.buttons()
    assert [b.text() for b in buttons] == ["1 min", "2 min", "3 min", "5 min", "10 min"]
    buttons[1].click()
    assert screen.length_note.text() == "12 breaths, about 2 min."
    screen.start()
    assert screen.driver is not None and screen.driver.session.timeline.total == 120.0
