"""What Steady keeps of each session: the history, the check-ins, export, and deleting everything."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.checkins import Ratings, support_due
from app.ui.context import Context
from app.ui.i18n import _t, _tn
from app.ui.services.notes import Notes

if TYPE_CHECKING:
    from app.ui.navigation import Navigator
    from app.ui.screens.exercise import ExerciseScreen, SessionOutcome
    from app.ui.screens.history import HistoryScreen


class Keeper(QObject):
    """Records sessions and check-ins as they end, and offers support when the ratings call for it.

    Signals:
        everything_deleted(): the person deleted all their data; nothing about them is written again.
    """

    everything_deleted = Signal()

    def __init__(self, context: Context, notes: Notes, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.notes = notes
        self.navigator = navigator
        self.parent_widget = parent
        self.ratings: Ratings = []  # this sitting's check-ins, (before, after) per exercise
        self._last_session_id: int | None = None

    def watch(self, screen: ExerciseScreen) -> None:
        """Keep what happens on a newly opened exercise screen."""
        screen.session_ended.connect(self.record_session)
        screen.rated_after.connect(lambda rating, s=screen: self.record_rating_after(s, rating))

    def watch_history(self, screen: HistoryScreen) -> None:
        self.tell_problems()
        screen.export_requested.connect(self.choose_export)
        screen.delete_requested.connect(self.confirm_delete_all)

    def record_session(self, outcome: SessionOutcome) -> None:
        """Keep the session in the history (finished or stopped, with the before check-in)."""
        self.ratings.append((outcome.rating_before, None))
        history = self.context.history
        if history is None:
            return
        self._last_session_id = history.add(
            outcome.exercise_id, outcome.exercise_title, outcome.started_at, outcome.planned_seconds,
            outcome.seconds, "finished" if outcome.finished else "stopped", outcome.rating_before,
        )  # fmt: skip
        self.tell_problems()

    def record_rating_after(self, screen: ExerciseScreen, rating: int | None) -> None:
        before = self.ratings[-1][0] if self.ratings else None
        if self.ratings:
            self.ratings[-1] = (before, rating)
        history = self.context.history
        if rating is not None and history is not None and self._last_session_id is not None:
            with contextlib.suppress(KeyError):  # the history was deleted in between
                history.set_rating_after(self._last_session_id, rating)
        if support_due(self.ratings):
            card = self.context.care.support
            screen.show_support(
                card.get("title", _t("Window", "Would it help to talk to someone?")),
                card.get("text", _t("Window", "Talking to someone you trust, or to a helpline, can help.")),
                card.get("button", _t("Window", "See who you can talk to")),
            )

    def tell_problems(self) -> None:
        """Tell the person, once each, about a history or settings file that was set aside or can't be saved."""
        if self.context.history is not None:
            self.notes.tell(self.context.history.take_problem())
        self.notes.tell(self.context.settings.take_problem())

    def choose_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # when first used: not at start-up

        history = self.context.history
        if history is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, _t("Window", "Export your history"), str(Path.home() / "steady-history.csv"),
            "CSV (*.csv)",
        )  # fmt: skip
        if not path:
            return
        try:
            count = history.export_csv(Path(path))
        except OSError as error:
            reason = error.strerror or error
            QMessageBox.information(
                self.parent_widget, _t("Window", "Not exported"),
                _t("Window", "{file} could not be written ({reason}).").format(file=path, reason=reason),
            )  # fmt: skip
            return
        QMessageBox.information(
            self.parent_widget, _t("Window", "History exported"),
            _tn("Window", "%n sessions were saved to {file}.", None, int, count).format(file=path),
        )  # fmt: skip

    def confirm_delete_all(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # when first used: not at start-up

        answer = QMessageBox.question(
            self.parent_widget, _t("Window", "Delete all my data?"),
            _t("Window", "This removes your history, check-ins, memories, kept words, your own exercises and plans, "
               "and your settings from this computer. It can't be undone."),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            removed = self.delete_all_data()
            QMessageBox.information(
                self.parent_widget, _t("Window", "Deleted"),
                _tn("Window", "%n files were removed. Steady keeps nothing about you now.", None, int, len(removed)),
            )  # fmt: skip
            self.navigator.show_home()

    def delete_all_data(self) -> list[Path]:
        """Remove every file Steady wrote about the person: history, personal files, settings."""
        removed: list[Path] = []
        history = self.context.history
        if history is not None:
            try:
                removed += history.delete_file()
            except OSError as error:
                self.notes.tell(_t("Window", "Some history files could not be removed: {reason}").format(reason=error))
        removed += self.context.personal.delete_all()
        self.everything_deleted.emit()
        removed += self.context.settings.delete_file()
        self.ratings.clear()
        return removed
