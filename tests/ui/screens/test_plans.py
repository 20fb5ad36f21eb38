"""Plans in the window: built in the editor, saved, run on the fake clock; shared as a file; never lost silently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.core.plans import ExercisePart, NotePart, Plan, WordsPart
from app.core.session import SessionState
from app.storage.plan_files import plan_text, read_plan
from app.ui.screens.plan_editor import PlanEditor
from app.ui.screens.plan_import import PlanImportScreen
from app.ui.screens.plans import PlansScreen
from app.ui.screens.steps import StepScreen
from app.ui.window import MainWindow
from tests.ui.conftest import focused
from tests.ui.screens.test_steps import play_to_the_end
from tests.ui.test_accessibility import active

SHARED = Plan(
    "before-the-call",
    "Before the call",
    (
        NotePart("Try this before the call.", "Sam, 3 March"),
        ExercisePart("calm-pace", 1),
        WordsPart("Feet on the floor.", 5, "Feet on the floor, if you like."),
    ),
)


def open_editor(qtbot: QtBot, window: MainWindow) -> PlanEditor:
    """Steady → My plans (Ctrl+P), then New plan, as a person would with the keyboard."""
    active(qtbot, window)
    qtbot.keyClick(focused(window), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    plans = window.navigator.screen
    assert isinstance(plans, PlansScreen)
    qtbot.keyClick(focused(plans), Qt.Key.Key_Space)  # on "New plan", where the focus starts when there are none
    editor = window.navigator.screen
    assert isinstance(editor, PlanEditor)
    return editor


def build_before_the_call(qtbot: QtBot, editor: PlanEditor) -> None:
    """A note, one minute of calm pace, then a timed step in the person's own words, typed in."""
    qtbot.keyClicks(editor.name, "Before the call")
    editor.add_note.click()
    qtbot.keyClicks(editor.note_form.text, "Try this before the call.")
    qtbot.keyClicks(editor.note_form.sender, "Sam, 3 March")
    editor.add_exercise.click()
    form = editor.exercise_form
    form.choice.setCurrentIndex(form.choice.findData("calm-pace"))
    form.minutes.setCurrentIndex(form.minutes.findData(1))
    editor.add_words.click()
    qtbot.keyClicks(editor.words_form.text, "Feet on the floor.")
    editor.words_form.timed.setChecked(True)
    editor.words_form.seconds.setValue(5)
    qtbot.keyClicks(editor.words_form.spoken, "Feet on the floor, if you like.")


def test_a_plan_built_in_the_editor_is_saved_reloaded_and_runs_to_the_end(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    editor = open_editor(qtbot, window)
    assert not editor.save_button.isEnabled(), "nothing to save yet"
    build_before_the_call(qtbot, editor)
    assert editor.plan() == SHARED
    assert editor.total.text() == "3 parts, about 1¼ min."
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = window.context.personal.plans_dir / "before-the-call.steady"
    assert read_plan(saved)[0] == SHARED
    assert not editor.changed and editor.save_button.text() == "Saved"
    assert "before-the-call" in window.navigator.home.buttons, "on the start screen at once"
    window.close()

    again = make_window()  # a new start reads the plan from its file
    again.navigator.home.buttons["before-the-call"].click()
    screen = again.navigator.screen
    assert isinstance(screen, StepScreen) and screen.exercise.title == "Before the call"
    screen.start()
    assert screen.step_text.text() == "“Try this before the call.”\n— Sam, 3 March"
    seen = play_to_the_end(qtbot, screen, clock)
    assert seen == [0, 1, 2]
    assert screen.state is SessionState.FINISHED


def test_problems_show_beside_their_field_as_they_are_typed(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    editor = open_editor(qtbot, make_window())
    assert editor.name_problem.isVisible() and editor.name_problem.text() == "Your plan needs a name."
    assert editor.parts_problem.text() == "Add at least one part."
    qtbot.keyClicks(editor.name, "x" * 85)
    assert editor.name_problem.text() == "This is 85 characters long; 80 fit. Please shorten it."
    assert editor.name.accessibleDescription() == editor.name_problem.text(), "a screen reader hears it too"
    editor.name.setText("Mine")
    assert editor.name_problem.isHidden()
    editor.add_words.click()
    words = editor.words_form
    assert words.problems["words"][0].text() == "This needs a few words."
    assert editor.list.item(0).text().startswith("⚠ 1. Your words")
    assert not editor.try_button.isEnabled() and not editor.save_button.isEnabled()
    qtbot.keyClicks(words.text, "Shoulders down.")
    assert words.problems["words"][0].isHidden()
    assert editor.list.item(0).text() == "1. Your words: Shoulders down. · when you're ready"
    assert editor.try_button.isEnabled() and editor.save_button.isEnabled()


def test_a_part_whose_exercise_no_longer_exists_is_marked_and_can_be_removed(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = active(qtbot, make_window())
    gone = Plan("old", "Old plan", (ExercisePart("no-such-exercise"), WordsPart("Still here.")))
    editor = window.planner.edit(gone)
    assert editor is not None
    assert editor.list.item(0).text().startswith("⚠ 1. An exercise this version of Steady doesn't have")
    assert editor.exercise_form.problems["exercise"][0].text().startswith("This exercise no longer exists")
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert editor.plan().parts == (WordsPart("Still here."),)
    assert editor.try_button.isEnabled()


def test_parts_move_copy_and_go_with_the_keyboard(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    editor = open_editor(qtbot, make_window())
    for words in ("one", "two", "three"):
        editor.add_words.click()
        qtbot.keyClicks(editor.words_form.text, words)
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.text for p in editor.parts] == ["two", "one", "three"]  # type: ignore[union-attr]
    assert editor.list.currentRow() == 1, "the moved part stays chosen"
    qtbot.keyClick(editor.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [p.text for p in editor.parts] == ["two", "one", "one", "three"]  # type: ignore[union-attr]
    assert editor.list.currentRow() == 2, "the copy comes just after, chosen"
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.text for p in editor.parts] == ["one", "two", "one", "three"]  # type: ignore[union-attr]
    assert editor.list.currentRow() == 0 and not editor.up.isEnabled(), "nothing above the first part"
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert [p.text for p in editor.parts] == ["two", "one", "three"]  # type: ignore[union-attr]


@pytest.mark.parametrize("answer", ["stay", "discard", "save"])
def test_an_unsaved_change_is_never_lost_silently(
    qtbot: QtBot, make_window: Callable[..., MainWindow], answer: str
) -> None:
    window = make_window()
    editor = open_editor(qtbot, window)
    build_before_the_call(qtbot, editor)
    asked: list[str] = []
    editor.ask = lambda: asked.append("asked") or answer  # type: ignore[method-assign]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    saved = window.context.personal.plans_dir / "before-the-call.steady"
    if answer == "stay":
        assert window.navigator.screen is editor and asked == ["asked"]
        window.navigator.show_home()  # Ctrl+Home, or a second launch: asked again
        window.close()  # closing the window: asked again, and it stays open
        assert window.navigator.screen is editor and window.isVisible() and len(asked) == 3
        assert not saved.exists()
    else:
        assert isinstance(window.navigator.screen, PlansScreen)
        assert saved.exists() == (answer == "save")


def test_try_it_runs_the_plan_as_it_stands_and_comes_back_to_the_editor(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    editor = open_editor(qtbot, window)
    build_before_the_call(qtbot, editor)
    editor.try_button.click()
    tried = window.navigator.screen
    assert isinstance(tried, StepScreen) and tried.exercise.title == "Before the call"
    tried.start()
    play_to_the_end(qtbot, tried, clock)
    tried.leave_requested.emit()
    assert window.navigator.screen is editor, "back to the editor"
    assert editor.plan() == SHARED and editor.changed, "with every change still there, unsaved"


def test_a_shared_plan_is_shown_in_full_before_anything_is_added(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    shared = tmp_path / "from Sam – Zoë.steady"
    shared.write_text(plan_text(SHARED), encoding="utf-8")
    window = make_window()
    screen = window.planner.open_file(shared)
    assert isinstance(screen, PlanImportScreen) and window.navigator.screen is screen
    words = [w.text() for w in screen.findChildren(QLabel)]
    assert "Before the call" in words
    assert "From (as the file says): Sam, 3 March" in words
    assert "“Try this before the call.”" in words
    assert "3 parts, about 1¼ min:" in words
    assert "3. Your words: Feet on the floor. · 5 s" in words
    assert not window.context.personal.plans_dir.exists(), "nothing is copied before the person says so"
    qtbot.keyClick(focused(screen), Qt.Key.Key_Escape)  # Cancel
    assert not window.context.personal.plans_dir.exists()
    screen = window.planner.open_file(shared)
    assert screen is not None
    screen.add_button.click()
    assert read_plan(window.context.personal.plans_dir / "before-the-call.steady")[0] == SHARED
    assert isinstance(window.navigator.screen, PlansScreen)
    assert "before-the-call" in window.navigator.home.buttons


def test_a_plan_with_a_taken_id_is_kept_beside_the_other(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    window.planner.store.save(SHARED)
    shared = tmp_path / "calm-pace.steady"
    shared.write_text(plan_text(Plan("calm-pace", "Calm pace", SHARED.parts)), encoding="utf-8")
    screen = window.planner.open_file(shared)
    assert isinstance(screen, PlanImportScreen) and screen.plan is not None
    words = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert "You already have something called “calm-pace”. Nothing is replaced" in words
    screen.add_button.click()
    kept = sorted(p.name for p in window.context.personal.plans_dir.iterdir())
    assert kept == ["before-the-call.steady", f"{screen.plan.id}.steady"]
    assert window.context.catalog.get("calm-pace").own is False, "Steady's own exercise is untouched"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\xff\xfe garbage", "not UTF-8"),
        (b'format = "steady-plan"\nschema = 1\nid = "x"\ntitle = "cut', "not valid TOML"),
        (b'format = "steady-plan"\nschema = 99\nid = "x"\ntitle = "t"\n', "schema"),
    ],
)
def test_a_plan_that_cant_be_used_says_why_and_adds_nothing(
    make_window: Callable[..., MainWindow], tmp_path: Path, content: bytes, reason: str
) -> None:
    shared = tmp_path / "broken.steady"
    shared.write_bytes(content)
    window = make_window()
    screen = window.planner.open_file(shared)
    assert isinstance(screen, PlanImportScreen) and screen.plan is None
    words = " ".join(w.text() for w in screen.findChildren(QLabel))
    assert "Steady can't use this plan" in words and reason in words
    assert screen.add_button.isHidden()
    assert not window.context.personal.plans_dir.exists()


def test_a_plans_words_are_shown_as_plain_text_never_markup_or_links(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    sneaky = '<a href="https://example.org">click</a> <b>bold</b>'
    shared = tmp_path / "sneaky.steady"
    shared.write_text(plan_text(Plan("sneaky", sneaky, (NotePart(sneaky, sneaky),))), encoding="utf-8")
    window = make_window()
    screen = window.planner.open_file(shared)
    assert screen is not None
    shown = [w for w in screen.findChildren(QLabel) if "<a href" in w.text()]
    assert shown, "the words are shown as written"
    assert all(w.textFormat() == Qt.TextFormat.PlainText and not w.openExternalLinks() for w in shown)
    screen.add_button.click()
    choice = window.navigator.home.buttons["sneaky"]
    assert choice.title.textFormat() == Qt.TextFormat.PlainText  # type: ignore[attr-defined]


def test_deleting_a_plan_asks_first(make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.planner.store.save(SHARED)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _title, text, *_a: asked.append(text) or next(answers))
    window.planner.delete("before-the-call")
    assert window.planner.plans(), "Cancel keeps it"
    window.planner.delete("before-the-call")
    assert asked[0].startswith("Delete “Before the call”?")
    assert not window.planner.plans() and "before-the-call" not in window.navigator.home.buttons


def test_export_writes_one_file_that_reads_back_as_the_same_plan(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    window.planner.store.save(SHARED)
    target = tmp_path / "für Zoë Smith" / "before the call"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.planner.export("before-the-call")
    exported = target.with_name("before the call.steady")
    assert read_plan(exported)[0] == SHARED
    assert window.notes.told == [f"Exported “Before the call” to {exported}."]


def test_typing_in_a_plan_never_sets_off_one_key_shortcuts(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    editor = open_editor(qtbot, window)
    editor.name.setFocus()
    qtbot.keyClicks(editor.name, "Sleep? Less? Vivid!")  # ?, S, L and V are one-key shortcuts elsewhere
    assert editor.name.text() == "Sleep? Less? Vivid!"
    assert window.navigator.screen is editor and not getattr(window, "shortcuts", None)


def test_an_added_part_takes_the_focus_so_its_words_can_be_typed_at_once(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    editor = open_editor(qtbot, make_window())
    editor.add_words.setFocus()
    qtbot.keyClick(editor.add_words, Qt.Key.Key_Space)  # "Add your own words", from the keyboard
    qtbot.keyClicks(focused(editor), "Shoulders down.")
    assert editor.plan().parts == (WordsPart("Shoulders down."),)
    editor.add_note.setFocus()
    qtbot.keyClick(editor.add_note, Qt.Key.Key_Space)
    qtbot.keyClicks(focused(editor), "From me, for later.")
    assert editor.plan().parts[1] == NotePart("From me, for later.")
