"""Every key a hint line shows does what it says, wherever the focus is: the main door walked by keyboard alone.

The keys are pressed on whichever widget has the focus, as a keyboard would (the window is active), and
the focus is put on each control of the page in turn, "Need help now?" included: a focused button must
never take Space or an arrow for itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.core.playback import SessionState
from app.ui.parts.screen_keys import ScreenKeys
from app.ui.screens.breathing import BreathingScreen
from app.ui.screens.exercise import ExerciseScreen
from app.ui.screens.steps import StepScreen
from app.ui.window import MainWindow

KEY = {
    "Space": Qt.Key.Key_Space, "Escape": Qt.Key.Key_Escape, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right,
    "Up": Qt.Key.Key_Up, "Down": Qt.Key.Key_Down, "Home": Qt.Key.Key_Home, "End": Qt.Key.Key_End,
    "Return": Qt.Key.Key_Return, "Enter": Qt.Key.Key_Enter, "E": Qt.Key.Key_E, "S": Qt.Key.Key_S, "T": Qt.Key.Key_T, "V": Qt.Key.Key_V, **{str(n): getattr(Qt.Key, f"Key_{n}") for n in range(10)},
}  # fmt: skip


def press(qtbot: QtBot, name: str) -> None:
    """One key, to the focused widget of the active window (as the keyboard sends it)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the focus: the key would go nowhere"
    qtbot.keyClick(widget, KEY[name])


def run(screen: ExerciseScreen, clock: FakeClock, seconds: float) -> None:
    assert screen.driver is not None
    for _ in range(round(seconds / 0.5)):
        clock.advance(0.5)
        screen.driver.tick()


def focusable(window: MainWindow, page: QWidget) -> list[QWidget]:
    """Every control of `page` the Tab key stops on, and the window's "Need help now?"."""
    controls = [
        w for w in page.findChildren(QWidget)
        if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]  # fmt: skip
    return [*controls, window.help_button]


def breathing(qtbot: QtBot, window: MainWindow, clock: FakeClock, seconds: float) -> BreathingScreen:
    """Calm pace begun at once, the question before it skipped with Esc, `seconds` in."""
    screen = window.navigator.open_exercise("calm-pace", start=True)
    assert isinstance(screen, BreathingScreen)
    press(qtbot, "Escape")
    run(screen, clock, seconds)
    return screen


def step_screen(window: MainWindow) -> StepScreen:
    screen = window.navigator.screen
    assert isinstance(screen, StepScreen)
    return screen


def test_the_main_door_by_keyboard_from_s_to_the_last_page_with_one_history_row(
    qtbot: QtBot, asking_window: MainWindow, clock: FakeClock
) -> None:
    press(qtbot, "S")  # "Steady me now", from the start screen
    screen = step_screen(asking_window)
    assert screen.pages.currentWidget() is screen.checkin_page, "the main door asks first, as every exercise does"
    assert screen.checkin_page is not None and QApplication.focusWidget() is screen.checkin_page.skip_button
    press(qtbot, "7")
    assert screen.rating_before == 7 and screen.state is SessionState.RUNNING
    assert screen.where_label.text().startswith("Part 1 of 3")
    assert screen.keys.hint.text() == "Space pauses · ← → change step · T time left · Esc stops"

    run(screen, clock, 5)
    press(qtbot, "Space")  # the breathing minute pauses; it is not skipped
    assert screen.state is SessionState.PAUSED and screen.where_label.text().startswith("Part 1 of 3")
    assert screen.keys.hint.text().startswith("Space resumes")
    press(qtbot, "Space")
    assert screen.state is SessionState.RUNNING
    press(qtbot, "Right")  # → moves on, and the focus stays off "Need help now?"
    assert screen.where_label.text().startswith("Part 2 of 3  ·  Face and throat")
    assert QApplication.focusWidget() is not asking_window.help_button
    for _ in range(6):
        press(qtbot, "Right")
    assert screen.where_label.text().startswith("Part 3 of 3")
    assert screen.keys.hint.text().startswith("Space counts")
    press(qtbot, "Space")
    press(qtbot, "Space")
    assert screen.count_view.dots.text().count("●") == 2
    asking_window.help_button.setFocus()  # wherever the focus is, Space counts and the arrows change step
    for _ in range(3):
        press(qtbot, "Space")
    assert screen.exercise.steps[screen.driver.session.index].count == 4  # type: ignore[union-attr]
    asking_window.help_button.setFocus()
    press(qtbot, "Left")
    assert screen.exercise.steps[screen.driver.session.index].count == 5  # type: ignore[union-attr]
    for _ in range(5):
        press(qtbot, "Right")
    assert screen.step_text.text() == "One slow breath out."  # the timed step after grounding pauses, not skips
    press(qtbot, "Space")
    assert screen.state is SessionState.PAUSED
    press(qtbot, "Space")
    run(screen, clock, 9)
    assert screen.keys.hint.text().startswith("Space finishes")
    press(qtbot, "Space")
    assert screen.state is SessionState.FINISHED
    assert screen.checkin_page.heading.text() == "Now that you've finished, if you like"
    press(qtbot, "4")
    assert screen.pages.currentWidget() is screen.done_page
    assert screen.change_label.text() == "Before 7, now 4."
    rows = asking_window.context.history.sessions()  # type: ignore[union-attr]
    assert [(r.exercise_id, r.outcome, r.rating_before, r.rating_after) for r in rows] == [
        ("steady-me-now", "finished", 7, 4)
    ]
    press(qtbot, "Escape")
    assert asking_window.navigator.screen is None


def test_a_stopped_session_is_asked_about_without_finished_and_kept_once(
    qtbot: QtBot, asking_window: MainWindow, clock: FakeClock
) -> None:
    screen = asking_window.navigator.open_exercise("calm-pace", start=True)
    assert isinstance(screen, BreathingScreen) and screen.checkin_page is not None
    press(qtbot, "Escape")  # skips the question before
    run(screen, clock, 3)
    asking_window.help_button.setFocus()
    press(qtbot, "Escape")  # Esc stops from "Need help now?" too
    assert screen.state is SessionState.STOPPED
    assert screen.checkin_page.heading.text() == "Before you go on, if you like"
    assert asking_window.windowTitle() == "Stopped · Calm pace · Steady"
    press(qtbot, "Left")  # from Skip, ← reaches 10 in one key
    assert QApplication.focusWidget() is screen.checkin_page.buttons[10]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    rows = asking_window.context.history.sessions()  # type: ignore[union-attr]
    assert [(r.outcome, r.rating_before, r.rating_after) for r in rows] == [("stopped", None, 10)]


@pytest.mark.parametrize("exercise", ["calm-pace", "steady-me-now", "grounding", "use-words", "blink-and-look"])
def test_every_declared_key_reaches_its_page_from_every_control(
    qtbot: QtBot, asking_window: MainWindow, exercise: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[tuple[str, str]] = []
    monkeypatch.setattr(ScreenKeys, "_act", lambda keys, _key, name: heard.append((keys.hint.text(), name)))
    screen = asking_window.navigator.open_exercise(exercise)
    assert screen is not None and screen.checkin_page is not None
    screen.checkin_page.answered.disconnect()
    pages = [screen.ready_page, screen.checkin_page, screen.run_page, screen.done_page]
    screen.start(ask=False)  # the run page needs its session; the other pages are only shown
    for page in pages:
        screen.pages.setCurrentWidget(page)
        keys = next(k for k in page.findChildren(ScreenKeys) if k.parent() is page)
        assert keys.hint.isVisibleTo(page) and keys.hint.text(), "every page that takes keys shows its hint line"
        for control in focusable(asking_window, page):
            control.setFocus()
            for name in keys.names():
                heard.clear()
                press(qtbot, name)
                assert [n for _hint, n in heard] == [name], f"{name} on {control!r} ({page!r})"
                if name in ("Left", "Right", "Up", "Down") and page is not screen.checkin_page:
                    assert QApplication.focusWidget() is control, f"{name} walked the focus off {control!r}"


def test_help_pauses_the_session_and_closing_it_gives_the_focus_back_to_the_screen(
    qtbot: QtBot, asking_window: MainWindow, clock: FakeClock
) -> None:
    screen = breathing(qtbot, asking_window, clock, 5)
    left = screen.progress_label.text()
    asking_window.help_button.setFocus()
    qtbot.keyClick(asking_window.help_button, Qt.Key.Key_Return)  # Enter presses the focused "Need help now?"
    panel = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.country_box)  # its first control, not the dialog
    assert screen.state is SessionState.PAUSED
    assert screen.notice.text() == "Paused for the help panel. Space goes on whenever you're ready."
    run(screen, clock, 10)
    assert screen.progress_label.text() == left, "nothing runs on behind the help panel"
    qtbot.keyClick(panel.country_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert asking_window.focusWidget() is screen.pause_button  # the screen's control, not "Need help now?"
    asking_window.activateWindow()  # as the window manager does when the panel goes (the offscreen platform doesn't)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.pause_button)
    press(qtbot, "Space")  # one key to go on
    assert screen.state is SessionState.RUNNING


def test_t_tells_a_screen_reader_how_much_is_left(qtbot: QtBot, asking_window: MainWindow, clock: FakeClock) -> None:
    asking_window.context.announcer.enabled = False  # asked for, so said even with the announcements off
    screen = asking_window.navigator.open_exercise("steady-me-now", start=True)
    assert isinstance(screen, StepScreen)
    press(qtbot, "Escape")
    run(screen, clock, 20)
    press(qtbot, "T")
    said = asking_window.context.announcer.said[-1]
    assert said == "Part 1 of 3: Calm pace. This step: 40 seconds. About 4 minutes 28 seconds left in all.", said
    assert QApplication.focusWidget().accessibleDescription() == said  # type: ignore[union-attr]
    assert screen.notice.isVisibleTo(screen) and screen.notice.text() == said  # and shown, until the next step
    press(qtbot, "Right")
    assert not screen.notice.isVisibleTo(screen)

    breathing(qtbot, asking_window, clock, 12)
    press(qtbot, "T")
    assert asking_window.context.announcer.said[-1] == "Breath 2 of 30. 4 minutes 48 seconds left."


def test_buttons_keep_their_width_when_their_words_change(
    qtbot: QtBot, asking_window: MainWindow, clock: FakeClock
) -> None:
    screen = asking_window.navigator.open_exercise("steady-me-now", start=True)
    assert isinstance(screen, StepScreen)
    press(qtbot, "Escape")
    places = {(b.x(), b.width()) for b in (screen.pause_button, screen.next_button, screen.stop_button)}
    press(qtbot, "Space")  # Pause becomes Resume
    qtbot.waitUntil(lambda: screen.pause_button.text() == "Resume")
    for _ in range(7):
        press(qtbot, "Right")  # "Skip ahead" becomes "Found one"
    assert screen.next_button.text() == "Found one"
    QApplication.processEvents()
    for button in (screen.pause_button, screen.next_button, screen.stop_button):
        assert (button.x(), button.width()) in places, f"{button.text()} moved sideways or changed width"


def test_every_way_a_session_ends_keeps_one_row(qtbot: QtBot, asking_window: MainWindow, clock: FakeClock) -> None:
    """Finished by a key or by time, stopped, left for another exercise, a plan: one row each, never two."""
    from app.core.handover import Request
    from app.core.plans import ExercisePart, NotePart, Plan, plan_exercise

    asking_window.settings.set("care/checkins", False)  # the rows, not the questions, are what this test counts
    navigator = asking_window.navigator
    grounding = navigator.open_exercise("grounding", start=True)
    assert isinstance(grounding, StepScreen)
    while grounding.state is SessionState.RUNNING:  # every step by key, the last one "Finish"
        press(qtbot, "Right")
    calm = navigator.open_exercise("calm-pace")
    assert isinstance(calm, BreathingScreen)
    calm.choose_length(1)  # a minute, to run out by time
    calm.start()
    run(calm, clock, 61)
    assert calm.state is SessionState.FINISHED
    navigator.open_exercise("box", start=True)
    run(navigator.screen, clock, 3)  # type: ignore[arg-type]
    asking_window.take_launch(Request("gentle", start=True))  # a second launch: the box session is left, as stopped
    press(qtbot, "Escape")
    plan = Plan("p", "Before the call", (NotePart("Slowly.", "Sam"), ExercisePart("calm-pace")))
    exercise = plan_exercise(plan, {e.id: e for e in asking_window.context.catalog.exercises})
    tried = navigator.run(exercise, start=True)
    assert isinstance(tried, StepScreen)  # a plan is a sequence of steps
    while tried.state is SessionState.RUNNING:
        press(qtbot, "Right")
    rows = asking_window.context.history.sessions()  # type: ignore[union-attr]
    assert sorted((r.exercise_id, r.outcome) for r in rows) == sorted([
        ("grounding", "finished"), ("calm-pace", "finished"), ("box", "stopped"), ("gentle", "stopped"),
        (exercise.id, "finished"),
    ])  # fmt: skip


def test_pausing_and_asking_what_is_left_move_nothing_up_or_down(
    qtbot: QtBot, asking_window: MainWindow, clock: FakeClock
) -> None:
    screen = breathing(qtbot, asking_window, clock, 2)
    QApplication.processEvents()
    where = screen.visual.geometry()
    for key in ("Space", "Space", "T"):  # "Paused…" comes and goes; T's words show until the next phase
        press(qtbot, key)
        QApplication.processEvents()
        assert screen.notice.isVisibleTo(screen) == (key == "T" or screen.state is SessionState.PAUSED)
        moved = screen.visual.geometry()
        # A line of words coming and going moved the pacer's room by 36 px; now by a few, its centre by 2 at most.
        assert abs(moved.top() - where.top()) <= 2 and abs(moved.height() - where.height()) <= 4, f"{key}: {moved}"
