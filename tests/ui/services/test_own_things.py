"""Importing a plan through the window: it appears on the start screen, or the person is told why not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.window import MainWindow
from tests.conftest import ROOT


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: messages.append(f"{title}: {text}"))
    return messages


def test_an_imported_plan_appears_under_your_own_plans(make_window: Callable[..., MainWindow], told: list[str]) -> None:
    window = make_window()
    assert window.own.import_plan(ROOT / "docs" / "examples" / "my-breath.toml")
    assert "my-breath" in window.navigator.home.buttons
    assert told == ["Plan added: “My slow breath” is now on the start screen."]
    screen = window.navigator.open_exercise("my-breath", start=True)
    assert screen is not None


def test_a_broken_plan_is_refused_kindly_and_nothing_is_copied(
    make_window: Callable[..., MainWindow], told: list[str], tmp_path: Path
) -> None:
    plan = tmp_path / "broken.toml"
    plan.write_text('schema = 1\nid = "broken"\n', encoding="utf-8")
    window = make_window()
    assert not window.own.import_plan(plan)
    assert told[0].startswith("This plan can't be used: Nothing was copied.")
    assert "title: is missing" in told[0]
    assert not window.context.personal.exercises_dir.exists()
    assert "broken" not in window.navigator.home.buttons
