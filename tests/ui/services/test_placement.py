"""A laptop screen: every screen works in the room a 1024 × 600 screen with a top bar leaves, at 100 % text.

The window opens fitted to its screen and remembers where the person left it, but only puts itself
back on a screen that is still there. (tests/e2e/test_desktop.py checks the same on a real X server.)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.storage.settings import Settings
from app.ui.services.placement import Placement, fitted, inside, place, placement_of
from app.ui.window import MainWindow

# 1024 × 600, less a 32 px top bar and a window manager's title bar and borders (openbox: 23 + 4 + 4).
ROOM = QSize(1016, 537)


def shown_whole(widget: QWidget, window: QWidget) -> bool:
    """True when all of `widget` is on screen inside `window` (not clipped by a scroll area or the edge)."""
    if not widget.isVisibleTo(window):
        return False
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return window.rect().contains(rect) and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.fixture
def small_window(make_window: Callable[..., MainWindow], qtbot: QtBot) -> MainWindow:
    window = make_window()
    window.resize(ROOM)
    qtbot.waitUntil(lambda: window.size() == ROOM)
    return window


@pytest.mark.parametrize(
    "exercise", ["calm-pace", "grounding", "steady-me-now", "blink-and-look", "use-words", "something-warm", "box"]
)
def test_pause_and_stop_stay_in_view_on_every_exercise_screen(
    small_window: MainWindow, clock: FakeClock, exercise: str
) -> None:
    screen = small_window.navigator.open_exercise(exercise, start=True)
    assert screen is not None and screen.driver is not None
    for _ in range(40):  # two seconds in: the step's or phase's words and parts are shown
        clock.advance(0.05)
        screen.driver.tick()
    assert small_window.size() == ROOM, "the screen forced the window to grow past a 1024 × 600 screen"
    for name in ("pause_button", "stop_button"):
        button = getattr(screen, name)
        assert shown_whole(button, small_window), f"{exercise}: {button.text()} is cut off or hidden"


@pytest.mark.parametrize("opening", ["show_home", "open_let_it_out", "open_why", "open_history"])
def test_the_start_and_care_screens_fit_without_growing_the_window(small_window: MainWindow, opening: str) -> None:
    getattr(small_window.navigator, opening)()
    assert small_window.size() == ROOM
    assert shown_whole(small_window.help_button, small_window)
    screen = small_window.navigator.screen or small_window.navigator.home
    buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisibleTo(small_window)]
    assert buttons, "nothing to press"
    assert any(shown_whole(b, small_window) for b in buttons)  # the first action is in view; the rest scroll


def test_the_help_and_settings_dialogs_fit_the_small_screen(small_window: MainWindow, qtbot: QtBot) -> None:
    panel = small_window.navigator.show_help()
    assert panel.minimumSizeHint().height() <= ROOM.height(), panel.minimumSizeHint()
    panel.close()
    from app.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(small_window.settings, None, small_window)
    assert dialog.minimumSizeHint().height() <= ROOM.height(), dialog.minimumSizeHint()
    dialog.deleteLater()


def test_a_new_window_is_no_larger_than_its_screen_and_centred_on_it() -> None:
    laptop = QRect(0, 32, 1024, 568)  # 1024 × 600 with a 32 px bar on top
    corner_and_size = fitted(laptop)  # where the frame's corner would go, and the window's own size
    for frame in (QMargins(1, 20, 1, 5), QMargins(4, 23, 4, 4), QMargins(0, 37, 0, 0)):  # openbox, Xfwm, a tall bar
        framed = QRect(corner_and_size.topLeft(), corner_and_size.size().grownBy(frame))
        assert laptop.contains(framed), (frame, framed)
    assert abs(corner_and_size.center().x() - laptop.center().x()) <= 4
    big = QRect(0, 0, 2560, 1440)
    assert fitted(big).size() == QSize(960, 800)  # a big screen gets the designed size, not more


def test_a_remembered_place_is_kept_inside_the_screen() -> None:
    area = QRect(0, 32, 1366, 736)
    assert inside(QRect(1000, 500, 960, 800), area) == QRect(406, 32, 960, 736)
    assert inside(QRect(-300, -50, 400, 300), area) == QRect(0, 32, 400, 300)


@pytest.mark.parametrize(
    "text", ["", "garbage", "1,2,3", "a,b,c,d,e,screen", "10,10,20,20,0,screen", "0,0,900,700,7,screen"]
)
def test_a_damaged_placement_is_ignored(text: str) -> None:
    assert Placement.read(text) is None


def test_size_position_and_maximised_come_back_on_the_same_screen(
    make_window: Callable[..., MainWindow], settings: Settings, qtbot: QtBot
) -> None:
    window = make_window()  # first: a window made (and activated) may leave older QScreen wrappers stale
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    window.resize(500, 420)
    window.move(area.x() + 20, area.y() + 30)  # the frame's corner
    qtbot.waitUntil(lambda: window.size() == QSize(500, 420))
    saved = placement_of(window)
    assert Placement.read(saved) == Placement(screen.name(), QRect(area.x() + 20, area.y() + 30, 500, 420), False)

    again = make_window()
    place(again, saved, None)
    assert QRect(again.pos(), again.size()) == QRect(area.x() + 20, area.y() + 30, 500, 420)
    place(again, Placement(screen.name(), QRect(area.x() + 20, area.y() + 30, 500, 420), True).text(), None)
    assert again.windowState() & Qt.WindowState.WindowMaximized


def test_a_screen_that_is_gone_gives_the_default_place(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    screen = QGuiApplication.primaryScreen()
    default = fitted(screen.availableGeometry())
    place(window, Placement("HDMI-9 (unplugged)", QRect(3000, 100, 700, 500), False).text(), screen)
    assert window.size() == default.size()  # and the window manager places it, as any new window
    window.resize(300, 300)
    place(window, Placement(screen.name(), QRect(9000, 9000, 700, 500), False).text(), screen)  # off this screen now
    assert window.size() == default.size()


def test_closing_remembers_the_place_but_not_after_everything_was_deleted(
    make_window: Callable[..., MainWindow], settings: Settings
) -> None:
    window = make_window()
    window.close()
    assert Placement.read(settings.get("window/placement")) is not None
    window = make_window()
    window.keeper.delete_all_data()
    window.close()
    assert settings.get("window/placement") == ""
