"""The start screen says crying is OK before anything else and offers every pattern."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.window import MainWindow
from tests.ui.conftest import focused


def test_reassurance_comes_first(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    labels = [w for w in window.home.findChildren(QLabel) if w.text()]
    labels.sort(key=lambda w: w.mapTo(window.home, w.rect().topLeft()).y())
    assert labels[0].text() == "It's OK to cry."
    assert "nothing to apologise for" in labels[1].text()


def test_every_breathing_pattern_is_offered_and_enter_opens_the_main_one(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    assert list(window.home.buttons) == [
        "calm-pace", "even-pace", "gentle", "box", "4-7-8", "cyclic-sigh", "extended-exhale",
    ]  # fmt: skip
    assert "Breathe with me" in window.home.buttons["calm-pace"].text()
    assert "4 breaths" in window.home.buttons["4-7-8"].text()
    qtbot.keyClick(focused(window.home), Qt.Key.Key_Return)
    assert window.exercise_screen is not None
    assert window.exercise_screen.exercise.id == "calm-pace"


def test_a_click_opens_the_chosen_pattern(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    qtbot.mouseClick(window.home.buttons["box"], Qt.MouseButton.LeftButton)
    assert window.exercise_screen is not None and window.exercise_screen.exercise.id == "box"
