"""Care around the exercises: help from every screen, check-ins, the support card, history, delete."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.core.session import SessionState
from app.storage.care import Care, load_care
from app.storage.resources import resource
from app.storage.settings import Settings
from app.ui.dialogs.help import HelpPanel
from app.ui.screens.exercise import ExerciseScreen
from app.ui.screens.history import HistoryScreen
from app.ui.window import MainWindow
from tests.ui.conftest import focused

CARE = load_care(resource("care"))


def test_the_care_files_load_without_problems() -> None:
    assert CARE.problems == ()
    assert len(CARE.facts) == 6 and all(f.source for f in CARE.facts)
    assert {c.code for c in CARE.countries} >= {"US", "CA", "GB", "IE", "AU"}
    assert CARE.country("GB").emergency == "999"  # type: ignore[union-attr]


def open_help(qtbot: QtBot, window: MainWindow) -> HelpPanel:
    qtbot.keyClick(focused(window), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    panels = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpPanel) and w.isVisible()]
    assert len(panels) == 1, "Ctrl+H did not open the help panel"
    return panels[0]


SCREENS: dict[str, Callable[[MainWindow], object]] = {
    "home": lambda w: w.navigator.show_home(),
    "breathing ready": lambda w: w.navigator.open_exercise("calm-pace"),
    "breathing running": lambda w: w.navigator.open_exercise("calm-pace", start=True),
    "steps running": lambda w: w.navigator.open_exercise("grounding", start=True),
    "check-in": lambda w: w.navigator.open_exercise("relax-face").start(),  # type: ignore[union-attr]
    "let it out": lambda w: w.navigator.open_let_it_out(),
    "why it's OK": lambda w: w.navigator.open_why(),
    "history": lambda w: w.navigator.open_history(),
}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_help_opens_by_keyboard_from_every_screen_with_the_emergency_number_first(
    qtbot: QtBot, asking_window: MainWindow, settings: Settings, screen: str
) -> None:
    settings.set("care/country", "GB")
    SCREENS[screen](asking_window)
    assert asking_window.help_button.isVisible()
    panel = open_help(qtbot, asking_window)
    text = panel.shown_text
    assert "Emergency in United Kingdom: 999" in text
    assert text.index("999") < text.index("Samaritans")
    assert "116 123" in text and "findahelpline.com" in text and "Last checked" in text
    assert "any distress" in text
    panel.country_box.setCurrentIndex(panel.country_box.findData("AU"))
    assert "Emergency in Australia: 000" in panel.shown_text and "0477 13 11 14" in panel.shown_text
    assert "Last checked November 27, 2026." in panel.shown_text  # the day, as the language writes it
    assert "Please check this number" not in panel.shown_text
    assert settings.get("care/country") == "AU"
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def help_panel(qtbot: QtBot, settings: Settings, system: str, care: Care = CARE) -> HelpPanel:
    """The help panel as it opens on a machine whose locale is `system` (no location is ever looked up)."""
    panel = HelpPanel(care, settings, system=QLocale(system))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_help_starts_at_the_country_of_the_systems_locale(qtbot: QtBot, settings: Settings) -> None:
    panel = help_panel(qtbot, settings, "de_AT")
    assert panel.country_box.currentData() == "AT" and panel.country_box.currentText() == "Austria"
    text = panel.shown_text
    assert "Emergency in Austria: 112, or 144 for an ambulance, 133 for the police" in text
    assert "TelefonSeelsorge" in text and "Call 142" in text and "free, around the clock, anonymous" in text
    assert settings.get("care/country") == "", "a country Steady guessed is not kept as the person's choice"


def test_help_starts_at_the_countries_of_the_c_locale_and_of_english_in_turn(qtbot: QtBot, settings: Settings) -> None:
    assert help_panel(qtbot, settings, "fr_FR").country_box.currentData() == "FR"
    assert help_panel(qtbot, settings, "C").country_box.currentData() == "US"  # English's own country
    islands = replace(CARE, countries=tuple(c for c in CARE.countries if c.code in ("IE", "GB")))
    assert help_panel(qtbot, settings, "C", islands).country_box.currentData() == "GB"  # the first listed


def test_the_persons_own_choice_wins_and_is_remembered(qtbot: QtBot, settings: Settings) -> None:
    settings.set("care/country", "FR")
    panel = help_panel(qtbot, settings, "de_AT")
    assert panel.country_box.currentData() == "FR"
    assert "Emergency in France: 112, or 15 for a medical emergency" in panel.shown_text
    assert "3114" in panel.shown_text
    panel.country_box.setCurrentIndex(panel.country_box.findData("NL"))
    assert "Call 113 or 0800-0113; chat at 113.nl" in panel.shown_text
    assert settings.get("care/country") == "NL"
    assert help_panel(qtbot, settings, "de_AT").country_box.currentData() == "NL"


@pytest.mark.usefixtures("german")
def test_in_german_the_german_helpline_speaks_german(qtbot: QtBot, settings: Settings) -> None:
    care = load_care(resource("care"))  # read after the language is chosen, as Steady does
    panel = help_panel(qtbot, settings, "de_DE", care)
    assert panel.country_box.currentData() == "DE" and panel.country_box.currentText() == "Deutschland"
    text = panel.shown_text
    assert "Notruf (Deutschland): 112" in text
    assert "TelefonSeelsorge" in text
    assert "0800 111 0 111 oder 0800 111 0 222 anrufen (auch 116 123); Chat und Mail auf telefonseelsorge.de" in text
    assert "kostenlos, rund um die Uhr, anonym" in text
    assert text.index("112") < text.index("TelefonSeelsorge")


@pytest.mark.usefixtures("german")
def test_in_german_an_austrian_locale_falls_back_to_germany_when_austria_is_not_listed(
    qtbot: QtBot, settings: Settings
) -> None:
    care = load_care(resource("care"))
    assert help_panel(qtbot, settings, "de_AT", care).country_box.currentText() == "Österreich"
    without_austria = replace(care, countries=tuple(c for c in care.countries if c.code != "AT"))
    panel = help_panel(qtbot, settings, "de_AT", without_austria)
    assert panel.country_box.currentText() == "Deutschland"
    assert "kostenlos, rund um die Uhr, anonym" in panel.shown_text


def run_to_end(screen: ExerciseScreen, clock: FakeClock) -> None:
    assert screen.driver is not None
    while screen.state is SessionState.RUNNING:
        clock.advance(0.1)
        screen.driver.tick()


def test_ratings_before_and_after_are_kept_in_the_history_and_shown_neutrally(
    qtbot: QtBot, asking_window: MainWindow, clock: FakeClock
) -> None:
    screen = asking_window.navigator.open_exercise("calm-pace")
    assert screen is not None
    screen.choose_length(1)  # type: ignore[union-attr]
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert screen.pages.currentWidget() is screen.checkin_page
    qtbot.keyClick(focused(screen), Qt.Key.Key_7)
    assert screen.pages.currentWidget() is screen.run_page and screen.state is SessionState.RUNNING
    run_to_end(screen, clock)
    assert screen.pages.currentWidget() is screen.checkin_page
    qtbot.keyClick(focused(screen), Qt.Key.Key_5)
    assert screen.pages.currentWidget() is screen.done_page
    assert screen.change_label.text() == "Before 7, now 5."
    assert not screen.support_card.isVisibleTo(screen)
    assert asking_window.context.history is not None
    (record,) = asking_window.context.history.sessions()
    assert (record.exercise_id, record.outcome, record.rating_before, record.rating_after) == (
        "calm-pace",
        "finished",
        7,
        5,
    )
    assert record.planned_seconds == 60.0 and record.seconds == pytest.approx(60.0, abs=0.2)
    # The history names it by the exercise's title in the language shown now, whatever it was saved in.
    shown = HistoryScreen([record], asking_window.appearance.colours, titles={"calm-pace": "Ruhiges Tempo"})
    assert any("·  Ruhiges Tempo  ·" in w.text() for w in shown.findChildren(QLabel)), "the title follows the language"
    shown.deleteLater()


def test_one_key_skips_each_check_in_and_a_stopped_session_is_kept_as_stopped(
    qtbot: QtBot, asking_window: MainWindow
) -> None:
    screen = asking_window.navigator.open_exercise("relax-face")
    assert screen is not None
    screen.start()
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)  # skip "before"
    assert screen.state is SessionState.RUNNING
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)  # stop
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)  # skip "after"
    assert screen.pages.currentWidget() is screen.done_page and not screen.change_label.isVisibleTo(screen)
    (record,) = asking_window.context.history.sessions()  # type: ignore[union-attr]
    assert (record.outcome, record.rating_before, record.rating_after) == ("stopped", None, None)


def rate(qtbot: QtBot, window: MainWindow, before: int, after: int) -> ExerciseScreen:
    screen = window.navigator.open_exercise("relax-face")
    assert isinstance(screen, ExerciseScreen)
    screen.start()
    qtbot.keyClick(focused(screen), getattr(Qt.Key, f"Key_{before}"))
    screen.stop()
    qtbot.keyClick(focused(screen), getattr(Qt.Key, f"Key_{after}"))
    return screen


def test_the_support_card_comes_at_nine_or_more(qtbot: QtBot, asking_window: MainWindow) -> None:
    screen = rate(qtbot, asking_window, 9, 8)
    assert screen.support_card.isVisibleTo(screen)
    assert screen.support_title.text() == CARE.support["title"]
    screen.support_button.click()
    assert any(isinstance(w, HelpPanel) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_the_support_card_comes_when_the_rating_has_not_come_down_after_two(
    qtbot: QtBot, asking_window: MainWindow
) -> None:
    first = rate(qtbot, asking_window, 5, 5)
    assert not first.support_card.isVisibleTo(first)
    second = rate(qtbot, asking_window, 5, 6)
    assert second.support_card.isVisibleTo(second)


def test_history_shows_the_sessions_exports_csv_and_deletes_everything(
    qtbot: QtBot, asking_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rate(qtbot, asking_window, 6, 4)
    asking_window.context.personal.memories.save(["A sunny bench"])
    screen = asking_window.navigator.open_history()
    assert "0 settled" not in screen.chart.accessibleDescription()
    assert screen.chart.accessibleDescription().startswith("1 exercises with check-ins")
    target = tmp_path / "export.csv"
    assert asking_window.context.history.export_csv(target) == 1  # type: ignore[union-attr]
    with target.open(encoding="utf-8") as exported:
        (row,) = list(csv.DictReader(exported))
    assert (row["exercise_id"], row["rating_before"], row["rating_after"], row["outcome"]) == (
        "relax-face",
        "6",
        "4",
        "stopped",
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))
    settings_file = Path(asking_window.settings.file_name)
    assert settings_file.exists()
    screen.delete_button.click()
    data = tmp_path / "data"
    assert not data.exists() or [p for p in data.rglob("*") if p.is_file()] == []
    assert not settings_file.exists()
    assert told and told[0].endswith("Steady keeps nothing about you now.")
    assert asking_window.navigator.stack.currentWidget() is asking_window.navigator.home


def test_why_its_ok_shows_every_fact_with_its_source(asking_window: MainWindow) -> None:
    screen = asking_window.navigator.open_why()
    from PySide6.QtWidgets import QLabel

    text = " ".join(w.text() for w in screen.findChildren(QLabel))
    for fact in CARE.facts:
        assert fact.text in text and fact.source in text


def test_gentle_lines_do_not_repeat_within_a_session(asking_window: MainWindow, settings: Settings) -> None:
    settings.set("care/checkins", False)
    screen = asking_window.navigator.open_exercise("relax-face", start=True)
    assert screen is not None
    seen = [screen.gentle.text()]
    for _ in range(len(screen.exercise.steps) - 1):
        screen.next()  # type: ignore[union-attr]
        if screen.gentle.text() != seen[-1]:
            seen.append(screen.gentle.text())
    assert len(seen) == len(set(seen)) >= 3
    assert all(line in CARE.during for line in seen)
