"""Usable with tears in your eyes: keyboard only, screen-reader names, announcements, keys that can be off."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.core.playback import SessionState
from app.storage.history import History
from app.ui.dialogs.settings import SettingsDialog
from app.ui.screens.breathing import BreathingScreen
from app.ui.screens.history import HistoryScreen
from app.ui.screens.steps import StepScreen
from app.ui.window import MainWindow
from tests.ui.conftest import focused


def press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(window), key, modifier)


def tab_to(qtbot: QtBot, window: MainWindow, name: str) -> QWidget:
    """Press Tab until the focus is on the control a screen reader calls `name`."""
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget is not None and accessible_name(widget) == name:
            return widget
        press(qtbot, window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}; focus: {QApplication.focusWidget()!r}")


def active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Wait until `window` is the active one, so keys go where a real keyboard's would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigator.show_home()
    return window


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_keyboard_only_home_to_exercise_pause_stop_and_history(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, tmp_path: Path
) -> None:
    window = active(qtbot, make_window())
    window.context.history = History(tmp_path / "history.sqlite3")
    tab_to(qtbot, window, "Breathe slowly")
    press(qtbot, window, Qt.Key.Key_Return)
    screen = window.navigator.screen
    assert isinstance(screen, BreathingScreen) and screen.state is SessionState.READY
    press(qtbot, window, Qt.Key.Key_Space)  # start
    assert screen.state is SessionState.RUNNING
    clock.advance(5)
    assert screen.driver is not None
    screen.driver.tick()
    press(qtbot, window, Qt.Key.Key_Space)
    assert screen.state is SessionState.PAUSED
    press(qtbot, window, Qt.Key.Key_Escape)
    assert screen.state is SessionState.STOPPED
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    history = window.navigator.screen
    assert isinstance(history, HistoryScreen)
    (record,) = window.context.history.sessions()
    assert (record.exercise_id, record.outcome) == ("calm-pace", "stopped")
    assert history.isVisible() and QApplication.focusWidget() is not None
    window.context.history.close()


def a_reader_drops(name: str, description: str) -> bool:
    """Whether Orca 48 treats `description` as saying `name` again and leaves it unsaid.

    It does when one holds the other and the one held has more than three words, or when the two are
    at least 70 % alike (difflib's ratio, ignoring case): "Back to the start" inside "… Back to the start
    screen (Esc)" loses the whole description.
    """
    for inner, outer in ((name, description), (description, name)):
        if inner and inner in outer and len(inner.split()) > 3:
            return True
    return bool(name and description) and SequenceMatcher(None, name.lower(), description.lower()).ratio() >= 0.7


def unnamed_controls(root: QWidget) -> list[str]:
    """Every control Tab can reach under `root` that a screen reader would have no name (or description) for."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
        interface = QAccessible.queryAccessibleInterface(widget)
        described = interface is not None and interface.text(QAccessible.Text.Description).strip()
        if focusable and isinstance(widget, QPushButton) and not described:
            missing.append(f"no description: {type(widget).__name__} {accessible_name(widget)!r}")
        if focusable and described and a_reader_drops(accessible_name(widget), described):
            missing.append(f"description Orca 48 drops as the name again: {accessible_name(widget)!r} / {described!r}")
        if focusable and not accessible_name(widget).strip():
            where = f"{type(widget.parent()).__name__} of {type(widget.window()).__name__}"
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r} in {where}")
    return missing


def test_every_control_on_every_screen_has_a_name_and_every_button_a_description(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, language: str
) -> None:
    window = make_window()
    problems = unnamed_controls(window)
    for exercise_id in (
        "calm-pace",
        "box",
        "grounding",
        "use-words",
        "something-warm",
        "blink-and-look",
        "steady-me-now",
    ):
        screen = window.navigator.open_exercise(exercise_id)
        assert screen is not None
        problems += unnamed_controls(window)
        screen.start()
        clock.advance(1)
        assert screen.driver is not None
        screen.driver.tick()
        problems += unnamed_controls(window)
        screen.stop()
        problems += unnamed_controls(window)
    for opened in (window.navigator.open_let_it_out(), window.navigator.open_why(), window.navigator.open_history()):
        problems += unnamed_controls(opened)
    for dialog in (
        window.navigator.show_help(),
        window.show_shortcuts(),
        SettingsDialog(window.settings, None, window),
    ):
        problems += unnamed_controls(dialog)
        dialog.close()
    window.navigator.open_exercise("calm-pace", start=True)
    problems += unnamed_controls(window.presence.open_mini())
    assert "\n".join(sorted(set(problems))) == ""


def test_phase_and_step_changes_are_announced_politely_and_can_be_turned_off(
    make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    screen = window.navigator.open_exercise("calm-pace", start=True)
    assert screen is not None and screen.driver is not None
    for _ in range(40):  # ten seconds: in (4 s), out (6 s), in again
        clock.advance(0.25)
        screen.driver.tick()
    assert window.context.announcer.said[-3:] == ["Breathe in", "Breathe out", "Breathe in"]
    assert "Breathe in" in screen.pacer.accessibleDescription()  # the pacer's state, as text

    steps = window.navigator.open_exercise("grounding", start=True)
    assert isinstance(steps, StepScreen)
    assert window.context.announcer.said[-1] == steps.step_text.text()

    window.settings.set("keys/announce", False)
    window.appearance.apply_settings()
    said = list(window.context.announcer.said)
    steps.next()
    assert window.context.announcer.said == said


def test_single_key_shortcuts_can_be_switched_off_while_ctrl_keys_and_buttons_still_work(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = active(qtbot, make_window())
    window.settings.set("keys/single_key", False)
    window.appearance.apply_settings()
    press(qtbot, window, Qt.Key.Key_S)
    assert window.navigator.screen is None  # S did nothing
    press(qtbot, window, Qt.Key.Key_Question)
    assert getattr(window, "shortcuts", None) is None
    focus = QApplication.focusWidget()
    assert isinstance(focus, QAbstractButton)
    press(qtbot, window, Qt.Key.Key_Space)  # Space still presses the highlighted button ("Let it out")
    assert window.navigator.screen is not None
    press(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.screen is None

    window.settings.set("keys/single_key", True)
    window.appearance.apply_settings()
    press(qtbot, window, Qt.Key.Key_S)
    assert isinstance(window.navigator.screen, StepScreen) and window.navigator.screen.state is SessionState.RUNNING


def test_the_keys_list_fits_the_screen_it_opens_on(make_window: Callable[..., MainWindow]) -> None:
    """On a 1024 x 600 screen the list was 680 px tall: its last rows and Close were off the screen."""
    window = make_window()
    overlay = window.show_shortcuts()
    room = window.screen().availableGeometry()
    assert overlay.height() <= room.height() - 40 and overlay.width() <= room.width() - 40
    overlay.close()


def test_the_shortcuts_overlay_opens_with_f1_and_question_mark_and_lists_the_keys(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = active(qtbot, make_window())
    press(qtbot, window, Qt.Key.Key_F1)
    overlay = window.shortcuts
    assert overlay.isVisible() and overlay.rows >= 20
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    window.navigator.show_home()
    press(qtbot, window, Qt.Key.Key_Question)
    assert window.shortcuts is not overlay and window.shortcuts.isVisible()


@pytest.mark.parametrize("tray", [True, False])
def test_the_small_window_stays_on_top_follows_the_session_and_hides_with_one_key(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, tray: bool
) -> None:
    window = make_window()
    if tray:
        window.presence.make_tray()
    screen = window.navigator.open_exercise("calm-pace", start=True)
    assert screen is not None and screen.driver is not None
    mini = window.presence.open_mini()
    qtbot.waitExposed(mini)
    assert mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # With no tray to bring it back it is an ordinary window, which a desktop lists and can minimise.
    kind = mini.windowFlags() & Qt.WindowType.WindowType_Mask
    assert kind == (Qt.WindowType.Tool if tray else Qt.WindowType.Window)
    assert not mini.told.isVisible()  # nothing to tell where the desktop keeps it on top
    assert not window.isVisible()  # the big window steps out of the way
    clock.advance(4.5)
    screen.driver.tick()
    assert mini.line.text().startswith("Breathe out")
    assert mini.pacer.level > 0.9  # just after a full in-breath
    qtbot.keyClick(mini, Qt.Key.Key_Space)
    assert screen.state is SessionState.PAUSED and mini.pause_button.text() == "Go on"
    qtbot.keyClick(mini, Qt.Key.Key_Escape)
    if tray:
        assert not mini.isVisible()  # the tray brings it back
    else:
        qtbot.waitUntil(mini.isMinimized)  # still listed by the desktop, one click from coming back
        assert mini.isVisible()
    mini.showNormal()
    qtbot.keyClick(mini, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # back to the big window
    assert window.isVisible() and not mini.isVisible() and screen.state is SessionState.PAUSED  # nothing lost


def test_the_tray_menu_starts_steady_me_now_shows_and_hides_and_quits(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    tray = window.presence.make_tray()  # the desktop under test has no tray to show it in
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "Steady me now", "Show or hide Steady", "Small window", "Quit",
    ]  # fmt: skip
    tray.steady_action.trigger()
    assert isinstance(window.navigator.screen, StepScreen) and window.navigator.screen.state is SessionState.RUNNING
    tray.show_action.trigger()
    assert not window.isVisible()
    tray.show_action.trigger()
    assert window.isVisible()
    tray.quit_action.trigger()
    assert not window.isVisible()


def test_on_wayland_the_small_window_says_once_how_to_keep_it_on_top(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))
    window = make_window()
    window.navigator.open_exercise("calm-pace", start=True)
    mini = window.presence.open_mini()
    qtbot.waitExposed(mini)
    assert mini.told.isVisible() and "Always on Top" in mini.told.text()
    assert mini.told.width() <= mini.width() and mini.told.wordWrap()  # fits: nothing cut off
    window.presence.show_big_window()
    window.presence.mini = None  # a new small window (as after a restart): the same words aren't said again
    mini.deleteLater()
    again = window.presence.open_mini()
    assert not again.told.isVisible() and window.settings.get("window/told_on_top") is True
