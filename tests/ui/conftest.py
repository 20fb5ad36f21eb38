"""Fixtures for widget tests: a window on a fake clock with its own settings file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.storage.catalog import load_catalog
from app.storage.personal import PersonalData
from app.storage.resources import resource
from app.storage.settings import Settings
from app.ui.i18n import LANGUAGES, install_language
from app.ui.window import MainWindow


@pytest.fixture(autouse=True)
def leaving_a_changed_plan_discards_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed after a test asks nobody about a plan left half-made (test_plans asks for real)."""
    from app.ui.screens.plan_editor import PlanEditor

    monkeypatch.setattr(PlanEditor, "_ask_with_dialog", lambda _editor: "discard")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fresh settings; check-ins are off here so exercise tests start at once (test_care turns them on)."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("care/checkins", False)
    settings.set("appearance/language", "en")  # the tests read English words, whatever this machine's language
    return settings


@pytest.fixture
def make_window(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Makes windows as Steady shows them; whatever history a test gives one is closed afterwards."""
    made: list[MainWindow] = []

    def make(reduced_motion: bool = False) -> MainWindow:
        personal = PersonalData(tmp_path / "data")
        reload = lambda: load_catalog(resource("exercises"), personal.exercises_dir, personal.plans_dir)  # noqa: E731
        window = MainWindow(reload(), clock, settings, lambda: reduced_motion, personal, reload)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # keys go where a keyboard's would
        window.navigator.show_home()
        made.append(window)
        return window

    yield make
    for window in made:  # as Steady closes it when it quits (Python 3.13 warns of any left open)
        if window.context.history is not None:
            window.context.history.close()


@pytest.fixture
def asking_window(make_window: Callable[..., MainWindow], settings: Settings, tmp_path: Path) -> MainWindow:
    """The window as a person first meets it: check-ins on, the care texts loaded, a real history file."""
    from app.storage.care import load_care
    from app.storage.history import History

    settings.set("care/checkins", True)
    window = make_window()
    window.context.care = load_care(resource("care"))
    window.context.history = History(tmp_path / "data" / "history.sqlite3")
    window.context.history.open()
    return window


def focused(fallback: QWidget) -> QWidget:
    """Where a key press goes: the focused widget of the window in use, as for a real keyboard."""
    widget = QApplication.focusWidget()
    return widget if widget is not None and widget.window() is fallback.window() else fallback


@pytest.fixture
def german() -> Iterator[None]:
    """Steady in German for one test; afterwards no translator at all, as the other tests run, whatever happens."""
    assert install_language("de") == "de"
    try:
        yield
    finally:
        assert install_language("") == "en"  # "" loads none: the texts as written, in English


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each of Steady's languages in turn; afterwards the texts as written, as the other tests run."""
    assert install_language(request.param) == request.param
    try:
        yield request.param
    finally:
        assert install_language("") == "en"
