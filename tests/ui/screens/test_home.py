"""The start screen says crying is OK before anything else and offers every pattern."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.storage.catalog import Catalog, load_catalog
from app.storage.personal import PersonalData
from app.storage.resources import resource
from app.storage.settings import Settings
from app.ui.window import MainWindow
from tests.ui.conftest import focused


def test_reassurance_comes_first(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    labels = [w for w in window.navigator.home.findChildren(QLabel) if w.text()]
    labels.sort(key=lambda w: w.mapTo(window.navigator.home, w.rect().topLeft()).y())
    assert labels[0].text() == "It's OK to cry."
    assert "nothing to apologise for" in labels[1].text()


def test_two_doors_then_every_technique_and_pattern_in_plain_words(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    home = window.navigator.home
    assert home.let_it_out_button.accessibleName() == "Let it out"
    assert home.buttons["steady-me-now"] is home.steady_door
    assert home.steady_door.accessibleName() == "Steady myself"
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
        window.navigator.home.buttons["box"],
        Qt.MouseButton.LeftButton,
        pos=window.navigator.home.buttons["box"].rect().center(),
    )
    assert window.navigator.screen is not None and window.navigator.screen.exercise.id == "box"


def test_the_first_frame_is_the_whole_start_screen_and_nothing_moves_after_it(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    personal = PersonalData(tmp_path / "data")
    loads: list[int] = []

    def load() -> Catalog:
        loads.append(1)
        return load_catalog(resource("exercises"), personal.exercises_dir)

    window = MainWindow(None, clock, settings, lambda: False, personal, load)  # as Steady starts
    qtbot.addWidget(window)
    home = window.navigator.home
    assert loads == [1]  # the exercise files are read while the start screen is built
    first_frame: dict[str, QRect] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not first_frame:
                shown = {**home.buttons, "history": home.history_button, "why": home.why_button}
                first_frame.update({name: b.geometry() for name, b in shown.items() if b is not None})
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(first_frame))
    assert len(first_frame) == 18 and home.steady_door.detail.text().startswith("About 4 to 5 minutes")
    assert all(not place.isEmpty() for place in first_frame.values())  # laid out, not waiting for a later pass
    QApplication.processEvents()
    assert {name: b.geometry() for name, b in {**home.buttons, "history": home.history_button}.items()
            if b is not None} == {k: v for k, v in first_frame.items() if k != "why"}  # fmt: skip
    assert home.history_button is not None and home.history_button.isVisible()


def test_without_its_exercise_file_there_is_no_steady_myself_door(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    shipped = tmp_path / "exercises"
    shipped.mkdir()
    for path in resource("exercises").glob("*.toml"):
        if path.name != "steady-me-now.toml":
            (shipped / path.name).write_bytes(path.read_bytes())
    personal = PersonalData(tmp_path / "data")
    window = MainWindow(load_catalog(shipped, None), clock, settings, lambda: False, personal)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.navigator.home.steady_door.isHidden() and "steady-me-now" not in window.navigator.home.buttons
    qtbot.keyClick(window.navigator.home, Qt.Key.Key_S)
    assert window.navigator.screen is None  # S does nothing rather than fail
