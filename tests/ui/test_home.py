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


def test_two_doors_then_every_technique_and_pattern_in_plain_words(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    home = window.home
    assert home.let_it_out_button.accessibleName() == "Let it out"
    assert home.steady_button is not None and home.steady_button.accessibleName() == "Steady myself"
    assert list(home.buttons) == [
        "steady-me-now", "calm-pace", "blink-and-look", "relax-face", "ease-throat", "use-words",
        "prop-or-distraction", "something-warm", "step-away", "grounding",
        "even-pace", "gentle", "box", "4-7-8", "cyclic-sigh", "extended-exhale",
    ]  # fmt: skip
    assert home.buttons["calm-pace"].accessibleName() == "Breathe slowly"
    assert home.buttons["4-7-8"].accessibleDescription().startswith("4 breaths")
    assert "face-and-throat" not in home.buttons  # a part of "Steady me now", not offered alone
    qtbot.keyClick(focused(home), Qt.Key.Key_Return)  # the first door has the focus
    assert window.windowTitle() == "Let it out · Steady"


def test_a_click_opens_the_chosen_pattern(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    qtbot.mouseClick(
        window.home.buttons["box"], Qt.MouseButton.LeftButton, pos=window.home.buttons["box"].rect().center()
    )
    assert window.exercise_screen is not None and window.exercise_screen.exercise.id == "box"
