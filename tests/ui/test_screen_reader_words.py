"""What a screen reader is given to say (issue 17): phases on the focused control, questions with their answer.

Orca 43 speaks a change of the focused control's description and a control's description as it takes
the focus, and nothing else these tests could give it (see app/ui/parts/accessibility.py); what it
then says is checked with the real Orca in tests/e2e/test_screen_reader.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QProgressBar, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.storage.settings import Settings
from app.ui.parts.accessibility import Announcer, own_description, say_with_focus
from app.ui.parts.widgets import QuietBar
from app.ui.screens.breathing import BreathingScreen
from app.ui.screens.steps import StepScreen
from app.ui.window import MainWindow
from tests.ui.conftest import focused


def tick(screen: BreathingScreen, clock: FakeClock, seconds: float) -> None:
    assert screen.driver is not None
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        screen.driver.tick()


def has_focus(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.mark.parametrize("still", [False, True])
def test_each_phase_rides_on_the_focused_control_once_and_its_own_words_come_back(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, still: bool
) -> None:
    window = make_window(reduced_motion=still)
    screen = window.navigator.open_exercise("calm-pace", start=True)
    assert isinstance(screen, BreathingScreen) and screen.still == still
    pause = screen.pause_button
    has_focus(qtbot, pause)
    assert pause.accessibleDescription() == "Breathe in"  # put there before it took the focus: said with it
    tick(screen, clock, 4.5)
    assert pause.accessibleDescription() == "Breathe out"
    assert own_description(pause) == "Pause or resume (Space)"
    screen.stop_button.setFocus()
    qtbot.waitUntil(lambda: pause.accessibleDescription() == "Pause or resume (Space)")  # once the focus moved on
    tick(screen, clock, 6)
    assert screen.stop_button.accessibleDescription() == "Breathe in"  # the next phase goes where the focus is


def test_the_progress_bars_move_on_screen_but_never_tell_a_reader(
    make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window(reduced_motion=True)
    screen = window.navigator.open_exercise("calm-pace", start=True)
    assert isinstance(screen, BreathingScreen)
    tick(screen, clock, 6)
    for bar in (screen.progress, screen.phase_bar):
        assert isinstance(bar, QuietBar) and bar.value() > 0
        reader = QAccessible.queryAccessibleInterface(bar).valueInterface()
        assert reader.currentValue() == 0  # Orca 43 would say "3 percent" every 10 s over the breathing


@pytest.mark.parametrize("value", [0, 1, 337, 999, 1000])
def test_a_quiet_bar_paints_exactly_as_a_progress_bar(qtbot: QtBot, value: int) -> None:
    style = "QProgressBar { border: 2px solid #345; border-radius: 7px; min-height: 14px; color: transparent; }"
    style += " QProgressBar::chunk { background: #7a9; border-radius: 5px; }"
    quiet, plain = QuietBar(), QProgressBar()
    plain.setRange(0, 1000)
    for bar in (quiet, plain):
        qtbot.addWidget(bar)
        bar.setStyleSheet(style)
        bar.resize(300, 20)
        bar.setValue(value)
    pictures = [bar.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32) for bar in (quiet, plain)]
    assert pictures[0] == pictures[1]


def test_no_stacked_widget_makes_a_reader_say_layered_pane(
    make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    for exercise_id in ("calm-pace", "grounding"):
        screen = window.navigator.open_exercise(exercise_id, start=True)
        assert screen is not None
        assert window.findChildren(QStackedWidget) == []  # an empty "layered pane" to Orca 43, each time


def test_the_check_in_question_and_its_ends_come_with_the_first_answer_once(
    qtbot: QtBot, asking_window: MainWindow, clock: FakeClock
) -> None:
    screen = asking_window.navigator.open_exercise("calm-pace")
    assert isinstance(screen, BreathingScreen) and screen.checkin_page is not None
    start = screen.start_button
    # Every control the focus visits: a reader speaks each (Orca 48 said the check-in's scroll area, named by
    # the question, on the way to Skip), so a new page's focus goes straight where it belongs.
    visited: list[QWidget] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: visited.append(new))
    assert start.accessibleDescription().startswith("Before you start: Sit if you can.")  # the cautions
    assert start.accessibleDescription().endswith("You can stop at any moment. Start breathing with the pacer (Space)")
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    skip = screen.checkin_page.skip_button  # no number is chosen in advance
    has_focus(qtbot, skip)
    assert visited == [skip], [type(w).__name__ for w in visited]
    assert skip.accessibleDescription() == (
        "Before you start, if you like. How overwhelmed or distressed do you feel right now?"
        " 0: settled, 10: the most distressed you can imagine. Skip the check-in (Esc)"
    )
    qtbot.keyClick(skip, Qt.Key.Key_Right)  # → from outside the numbers: 0
    zero = screen.checkin_page.buttons[0]
    has_focus(qtbot, zero)
    qtbot.waitUntil(lambda: skip.accessibleDescription() == "Skip the check-in (Esc)")  # said once, not again
    assert zero.accessibleDescription() == "0 out of 10"
    visited.clear()
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)  # skip: the breathing begins
    has_focus(qtbot, screen.pause_button)
    assert visited == [screen.pause_button], [type(w).__name__ for w in visited]
    tick(screen, clock, 1)
    visited.clear()
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)  # stop: asked again, not as if it had finished
    has_focus(qtbot, skip)
    assert visited == [skip], [type(w).__name__ for w in visited]
    assert skip.accessibleDescription().startswith("Stopped. Before you go on, if you like. How overwhelmed")
    assert screen.pause_button.text() == "Pause"
    visited.clear()
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)
    home = screen.home_button
    has_focus(qtbot, home)
    assert visited == [home], [type(w).__name__ for w in visited]
    assert home.accessibleDescription() == (
        "Stopping is always fine. You breathed with the pacer for a moment. Come back to it whenever you want."
        " Esc goes there too"
    )


def test_nothing_rides_on_the_focus_when_announcements_are_off(
    qtbot: QtBot, make_window: Callable[..., MainWindow], settings: Settings, clock: FakeClock
) -> None:
    settings.set("keys/announce", False)
    window = make_window()
    window.appearance.apply_settings()
    screen = window.navigator.open_exercise("calm-pace", start=True)
    assert isinstance(screen, BreathingScreen)
    has_focus(qtbot, screen.pause_button)
    tick(screen, clock, 5)
    assert screen.pause_button.accessibleDescription() == "Pause or resume (Space)"
    assert window.context.announcer.said == []


def test_the_small_window_gets_each_phase_on_its_own_focused_control(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    screen = window.navigator.open_exercise("calm-pace", start=True)
    assert isinstance(screen, BreathingScreen)
    mini = window.presence.open_mini()
    qtbot.waitExposed(mini)
    mini.activateWindow()
    mini.pause_button.setFocus()
    has_focus(qtbot, mini.pause_button)
    tick(screen, clock, 4.5)
    assert mini.pause_button.accessibleDescription() == "Breathe out"


def test_away_from_at_spi_a_polite_announcement_goes_instead(qtbot: QtBot) -> None:
    control = QWidget()
    qtbot.addWidget(control)
    control.setAccessibleDescription("its own words")
    announcer = Announcer(through_focus=False)
    announcer.announce(control, "Breathe in", focus=control)
    assert announcer.said == ["Breathe in"] and control.accessibleDescription() == "its own words"


def test_the_same_words_twice_are_a_change_a_reader_hears_again(qtbot: QtBot) -> None:
    control = QWidget()
    qtbot.addWidget(control)
    changes: list[str] = []
    say_with_focus(control, "Hold", keep_own=False)
    original = control.setAccessibleDescription

    def watch(text: str) -> None:
        changes.append(text)
        original(text)

    control.setAccessibleDescription = watch  # type: ignore[method-assign]
    say_with_focus(control, "Hold", keep_own=False)
    assert changes == ["", "Hold"]


def test_each_step_rides_on_the_control_that_takes_the_focus(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    screen = window.navigator.open_exercise("grounding", start=True)
    assert isinstance(screen, StepScreen)
    assert screen.next_button.accessibleDescription() == screen.step_text.text()  # the first step, with the focus
    screen.next()
    session = screen.driver.session  # type: ignore[union-attr]
    control = screen.pause_button if session.steps[session.index].timed else screen.next_button
    assert control.accessibleDescription() == screen.step_text.text() == window.context.announcer.said[-1]


def test_a_new_screen_takes_the_focus_straight_to_its_first_control(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    """A reader says each control the focus passes; Orca 48 said "Need help now?" on the way to Start."""
    window = make_window()
    visited: list[QWidget] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: visited.append(new))
    screen = window.navigator.open_exercise("calm-pace")
    assert isinstance(screen, BreathingScreen)
    has_focus(qtbot, screen.start_button)
    assert visited == [screen.start_button], [w.accessibleName() for w in visited]
    visited.clear()
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)  # back to the start screen
    has_focus(qtbot, window.navigator.home.let_it_out_button)
    assert visited == [window.navigator.home.let_it_out_button], [w.accessibleName() for w in visited]
    visited.clear()
    why = window.navigator.open_why()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and why.isAncestorOf(QApplication.focusWidget()))
    assert len(visited) == 1, [w.accessibleName() for w in visited]
