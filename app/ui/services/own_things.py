"""The person's own things: memories, words they chose to keep, and plans they import."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.context import Context
from app.ui.i18n import _t
from app.ui.services.notes import Notes

if TYPE_CHECKING:
    from app.ui.navigation import Navigator
    from app.ui.screens.steps import StepScreen


class OwnThings:
    """Edits and keeps what belongs to the person; a file that could not be saved is said calmly."""

    def __init__(self, context: Context, notes: Notes, navigator: Navigator, parent: QWidget) -> None:
        self.context = context
        self.notes = notes
        self.navigator = navigator
        self.parent = parent

    def watch(self, screen: object) -> None:
        """A step screen may keep chosen words and open the memories."""
        from app.ui.screens.steps import StepScreen

        if isinstance(screen, StepScreen):
            screen.words_chosen.connect(self.keep_words)
            screen.memories_edit_requested.connect(self.edit_memories)

    def edit_memories(self) -> None:
        from app.ui.dialogs.memories import MemoriesDialog
        from app.ui.screens.steps import StepScreen

        memories = self.context.personal.memories
        dialog = MemoriesDialog(memories.load(), self.parent)
        self.notes.tell(memories.problem)
        if dialog.exec():
            memories.save(dialog.memories)
            self.notes.tell(memories.problem)  # a disk that refused: kept for now, and said
            screen: StepScreen | object = self.navigator.screen
            if isinstance(screen, StepScreen):
                screen.set_memories(dialog.memories)

    def keep_words(self, words: list[str]) -> None:
        """Only called when the person ticked "keep the words I choose"."""
        feelings = self.context.personal.feelings
        entries = feelings.load()
        entries.append({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "words": words})
        feelings.save(entries)
        self.notes.tell(feelings.problem)

    def import_plan(self, path: Path) -> bool:
        """Check a plan file, copy it into the person's folder, and show it; or say why not."""
        from PySide6.QtWidgets import QMessageBox  # when first used: not at start-up

        from app.storage.catalog import import_exercise

        exercise, problems = import_exercise(path, self.context.personal.exercises_dir, self.context.catalog)
        if exercise is None:
            details = "\n".join(f"• {p.field + ': ' if p.field else ''}{p.reason}" for p in problems)
            QMessageBox.information(
                self.parent, _t("Window", "This plan can't be used"),
                _t("Window", "Nothing was copied. Steady could not use {file}:").format(file=path.name)
                + f"\n\n{details}",
            )  # fmt: skip
            return False
        if self.context.reload_catalog is not None:
            self.context.load_catalog()
        self.navigator.rebuild_home()
        QMessageBox.information(
            self.parent, _t("Window", "Plan added"),
            _t("Window", "“{title}” is now on the start screen.").format(title=exercise.title),
        )  # fmt: skip
        return True
