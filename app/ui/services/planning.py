"""The person's plans: the list, the editor, trying, saving, exporting, deleting, and a shared plan file opened.

Its imports wait until plans are used: the window makes a Planner before its first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from app.ui.context import Context
from app.ui.i18n import _t
from app.ui.services.notes import Notes

if TYPE_CHECKING:
    from app.core.exercise import Exercise
    from app.core.plans import Plan
    from app.storage.plans import ImportOffer, PlanStore
    from app.ui.navigation import Navigator
    from app.ui.screens.plan_editor import PlanEditor
    from app.ui.screens.plan_import import PlanImportScreen
    from app.ui.screens.plans import PlansScreen


class Planner:
    """Opens the plan screens into the window and does what they ask; a file that can't be written is said calmly."""

    def __init__(
        self,
        context: Context,
        notes: Notes,
        navigator: Navigator,
        parent: QWidget,
        import_exercise_file: Callable[[Path], object] = lambda _path: None,
    ) -> None:
        """`import_exercise_file` checks and adds a hand-written exercise file (.toml), as Import a plan… did before."""
        self.context = context
        self.notes = notes
        self.navigator = navigator
        self.parent = parent
        self.import_exercise_file = import_exercise_file

    @property
    def store(self) -> PlanStore:
        from app.storage.plans import PlanStore

        return PlanStore(self.context.personal.plans_dir)

    def steady_exercises(self) -> dict[str, Exercise]:
        """The exercises a plan may use: Steady's own, which every computer with Steady has."""
        return {e.id: e for e in self.context.catalog.exercises if not e.own}

    def plans(self) -> dict[str, Plan]:
        found, _problems = self.store.load()
        return {plan.id: plan for _path, plan in found}

    # -- the list -------------------------------------------------------------------------

    def open_list(self) -> PlansScreen | None:
        from app.ui.screens.plans import PlansScreen

        found, problems = self.store.load()
        from app.core.plans import plan_seconds

        exercises = self.steady_exercises()
        screen = PlansScreen(
            [(plan, plan_seconds(plan, exercises)) for _path, plan in found],
            [_t("Plans", "A plan file can't be read: {problem}").format(problem=p) for p in problems],
        )
        screen.new_requested.connect(lambda: self.edit(None))
        screen.change_requested.connect(lambda plan_id: self.edit(self.plans().get(plan_id)))
        screen.try_requested.connect(lambda plan_id: self.navigator.open_exercise(plan_id))
        screen.export_requested.connect(self.export)
        screen.delete_requested.connect(self.delete)
        screen.open_file_requested.connect(self.choose_file)
        if not self.navigator.show(screen):  # type: ignore[arg-type]
            return None
        self.navigator.set_title(_t("Window", "Your own plans · Steady"))
        return screen

    # -- the editor -----------------------------------------------------------------------

    def edit(self, plan: Plan | None) -> PlanEditor | None:
        """The editor for one of the person's plans, or for a new one (None)."""
        from app.ui.screens.plan_editor import PlanEditor

        exercises = self.steady_exercises()
        taken = set(exercises) | {e.id for e in self.context.catalog.exercises} | set(self.plans())
        if plan is not None:
            taken.discard(plan.id)
        editor = PlanEditor(plan, list(exercises.values()), taken)
        editor.save_requested.connect(lambda new: self.save(editor, new))
        editor.try_requested.connect(lambda new: self.try_out(editor, new))
        if not self.navigator.show(editor, leave=self.open_list):  # type: ignore[arg-type]
            return None
        self.navigator.set_title(_t("Window", "Your own plans · Steady"))
        return editor

    def try_out(self, editor: PlanEditor, plan: Plan) -> None:
        """Run the plan as it stands in the editor; leaving it comes back to the editor, changes and all."""
        from app.core.plans import plan_exercise

        exercise = plan_exercise(plan, self.steady_exercises())
        self.navigator.run(exercise, back_to=editor)

    def save(self, editor: PlanEditor, plan: Plan) -> None:
        previous = editor.saved_plan.id if editor.saved_plan is not None else None
        failed = _t("Plans", "The plan could not be saved ({reason}). Your changes are still here.")
        if not self._written(lambda: self.store.save(plan, previous), failed):
            return
        editor.saved(plan)
        self.refresh_catalog()
        self.context.announcer.announce(editor, _t("Plans", "Saved “{title}”.").format(title=plan.title))

    def _written(self, write: Callable[[], object], failed: str) -> bool:
        """Write a plan file; when the disk refuses, say so calmly (`failed` with its {reason}) and return False."""
        try:
            write()
        except OSError as error:
            self.notes.tell(failed.format(reason=error.strerror or error))
            return False
        return True

    def refresh_catalog(self) -> None:
        """The start screen lists the plans as they are now."""
        self.context.load_catalog()
        self.navigator.rebuild_home(show=False)

    # -- export and delete ----------------------------------------------------------------

    def export(self, plan_id: str) -> None:
        from PySide6.QtWidgets import QFileDialog  # when first used: not at start-up

        from app.storage.plan_files import PLAN_SUFFIX

        plan = self.plans().get(plan_id)
        if plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.parent, _t("Plans", "Export a plan"), str(Path.home() / f"{plan.id}{PLAN_SUFFIX}"),
            _t("Plans", "Steady plans (*.steady)"),
        )  # fmt: skip
        if not path:
            return
        target = Path(path) if path.endswith(PLAN_SUFFIX) else Path(path + PLAN_SUFFIX)
        if not self._written(
            lambda: self.store.export(plan, target), _t("Plans", "The plan could not be exported ({reason}).")
        ):
            return
        self.notes.tell(_t("Plans", "Exported “{title}” to {file}.").format(title=plan.title, file=target))

    def delete(self, plan_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # when first used: not at start-up

        plan = self.plans().get(plan_id)
        if plan is None:
            return
        answer = QMessageBox.question(
            self.parent, _t("Plans", "Delete this plan?"),
            _t("Plans", "Delete “{title}”? This can't be undone; export it first if you may want it again.").format(
                title=plan.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.delete(plan_id)
        self.refresh_catalog()
        self.open_list()

    # -- a plan someone gave the person ---------------------------------------------------

    def choose_file(self) -> None:
        """Steady → Import a plan…: a .steady plan is shown first; a hand-written exercise file is checked and added."""
        from PySide6.QtWidgets import QFileDialog  # when first used: not at start-up

        path, _ = QFileDialog.getOpenFileName(
            self.parent, _t("Window", "Import a plan"), str(Path.home()),
            _t("Plans", "Steady plans and exercises (*.steady *.toml)"),
        )  # fmt: skip
        if not path:
            return
        if path.endswith(".toml"):
            self.import_exercise_file(Path(path))
            return
        self.open_file(Path(path))

    def open_file(self, path: Path) -> PlanImportScreen | None:
        """Show what a plan file holds; nothing is added until the person chooses "Add to my plans"."""
        from app.ui.screens.plan_import import PlanImportScreen

        exercises = self.steady_exercises()
        taken = {e.id for e in self.context.catalog.exercises} | set(self.plans())
        offer = self.store.offer(path, exercises, taken)
        problems = [f"{p.field}: {p.reason}" if p.field else p.reason for p in offer.problems]
        screen = PlanImportScreen(path.name, offer.plan, problems, exercises, offer.renamed_from)
        screen.add_requested.connect(lambda: self.add(offer))
        if not self.navigator.show(screen):  # type: ignore[arg-type]
            return None
        self.navigator.set_title(_t("Plans", "A plan to look at · Steady"))
        return screen

    def add(self, offer: ImportOffer) -> None:
        if not self._written(lambda: self.store.add(offer), _t("Plans", "The plan could not be added ({reason}).")):
            return
        self.refresh_catalog()
        self.open_list()
        if offer.plan is not None:
            self.notes.tell(_t("Plans", "“{title}” is now in your plans and on the start screen.").format(
                title=offer.plan.title
            ))  # fmt: skip


class FileOpenWatcher(QObject):
    """macOS hands a double-clicked plan to the running app as a FileOpen event, not on the command line."""

    def __init__(self, planner: Planner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planner = planner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            file = event.file()  # type: ignore[attr-defined]
            if file:
                self.planner.open_file(Path(file))
                return True
        return False
