"""The main window: the start screen and the exercise screens, with a small menu."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app import __version__
from app.core.clock import Clock
from app.core.session import SessionState
from app.storage.catalog import Catalog, import_exercise
from app.storage.personal import PersonalData
from app.storage.settings import Settings
from app.ui.breathing import BreathingScreen
from app.ui.home import STEADY_ME_NOW, HomeScreen
from app.ui.let_it_out import LetItOutScreen
from app.ui.memories import MemoriesDialog
from app.ui.narration import Narrator
from app.ui.settings_dialog import SettingsDialog
from app.ui.steps import StepScreen
from app.ui.theme import THEMES, Palette, palette_for, qt_palette, style_sheet

Screen = BreathingScreen | StepScreen | LetItOutScreen


class MainWindow(QMainWindow):
    """Holds the screens and switches between them; settings changes are applied here."""

    def __init__(
        self,
        catalog: Catalog,
        clock: Clock,
        settings: Settings,
        os_reduced_motion: Callable[[], bool],
        personal: PersonalData,
        reload_catalog: Callable[[], Catalog] | None = None,
        narrator: Narrator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.narrator = narrator
        self.catalog = catalog
        self.clock = clock
        self.settings = settings
        self.personal = personal
        self._os_reduced_motion = os_reduced_motion
        self._reload_catalog = reload_catalog
        self.setWindowTitle("Steady")
        self.resize(960, 800)
        self.setMinimumSize(600, 540)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = self._build_home()
        self.exercise_screen: Screen | None = None
        self._build_menus()
        self.apply_theme()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_colours_changed)

    def _build_home(self) -> HomeScreen:
        home = HomeScreen(self.catalog.exercises)
        home.exercise_chosen.connect(self.open_exercise)
        home.let_it_out_requested.connect(self.open_let_it_out)
        home.steady_now_requested.connect(lambda: self.open_exercise(STEADY_ME_NOW, start=True))
        self.stack.addWidget(home)
        return home

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu = self.menuBar()
        steady = menu.addMenu("&Steady")
        home = QAction("Back to the &start", self, shortcut=QKeySequence("Ctrl+Home"))
        home.triggered.connect(self.show_home)
        import_action = QAction("&Import a plan…", self, shortcut=QKeySequence("Ctrl+O"))
        import_action.triggered.connect(self.choose_plan_to_import)
        memories = QAction("My &memories…", self)
        memories.triggered.connect(self.edit_memories)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        steady.addActions([home, import_action, memories])
        steady.addSeparator()
        steady.addAction(quit_action)

        view = menu.addMenu("&View")
        self.still_action = QAction("Keep things &still (no motion)", self, checkable=True)
        self.still_action.setChecked(self.still_wanted())
        self.still_action.toggled.connect(self.set_still)
        view.addAction(self.still_action)
        settings_action = QAction("&Settings…", self, shortcut=QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.show_settings)
        view.addAction(settings_action)
        colours = view.addMenu("&Colours")
        group = QActionGroup(self)
        names = {"system": "Follow the &system", "light": "&Light", "dark": "&Dark"}
        for theme in THEMES:
            action = QAction(names[theme], self, checkable=True)
            action.setChecked(self.settings.get("appearance/theme") == theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            colours.addAction(action)

        help_menu = menu.addMenu("&Help")
        about = QAction("&About Steady", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- screens -------------------------------------------------------------------------

    def open_exercise(self, exercise_id: str, start: bool = False) -> Screen | None:
        exercise = self.catalog.get(exercise_id)
        if exercise is None:
            return None
        screen: Screen
        if exercise.pattern is not None:
            screen = BreathingScreen(
                exercise, self.clock, self.colours, still=self.still_wanted(),
                skip_holds=self.settings.get("breathing/skip_holds"), narrator=self.narrator,
            )  # fmt: skip
            screen.skip_holds_changed.connect(lambda skip: self.settings.set("breathing/skip_holds", skip))
        else:
            screen = StepScreen(
                exercise, self.clock, self.colours, still=self.still_wanted(),
                notice_wording=self.settings.get("steps/notice_wording"), memories=self.personal.memories.load,
                narrator=self.narrator,
            )  # fmt: skip
            screen.notice_box.toggled.connect(lambda on: self.settings.set("steps/notice_wording", on))
            screen.words_chosen.connect(self.keep_words)
            screen.memories_edit_requested.connect(self.edit_memories)
        screen.still_changed.connect(self._remember_still)
        screen.state_changed.connect(lambda state: self._show_title(exercise.title, state))
        self._show_screen(screen)
        self._show_title(exercise.title, screen.state)
        if start:
            screen.start()
        return screen

    def open_let_it_out(self) -> LetItOutScreen:
        pattern_source = self.catalog.get("gentle") or self.catalog.get("calm-pace")
        assert pattern_source is not None and pattern_source.pattern is not None
        screen = LetItOutScreen(pattern_source.pattern, self.clock, self.colours, still=self.still_wanted())
        screen.steady_requested.connect(lambda: self.open_exercise(STEADY_ME_NOW))
        self._show_screen(screen)
        self.setWindowTitle("Let it out · Steady")
        return screen

    def _show_screen(self, screen: Screen) -> None:
        self._close_exercise()
        screen.leave_requested.connect(self.show_home)
        self.exercise_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.focus_first()

    def _show_title(self, exercise_title: str, state: SessionState) -> None:
        """The title bar (and task bar) tells where the person is, e.g. "Paused · Calm pace"."""
        words = {SessionState.PAUSED: "Paused", SessionState.FINISHED: "Finished", SessionState.STOPPED: "Stopped"}
        prefix = f"{words[state]} · " if state in words else ""
        self.setWindowTitle(f"{prefix}{exercise_title} · Steady")

    def show_home(self) -> None:
        self._close_exercise()
        self.setWindowTitle("Steady")
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first()

    def _close_exercise(self) -> None:
        if self.exercise_screen is not None:
            self.exercise_screen.stop()
            self.stack.removeWidget(self.exercise_screen)
            self.exercise_screen.deleteLater()
            self.exercise_screen = None

    # -- the person's own things ---------------------------------------------------------

    def edit_memories(self) -> None:
        dialog = MemoriesDialog(self.personal.memories.load(), self)
        self._tell_problem(self.personal.memories.problem)
        if dialog.exec():
            self.personal.memories.save(dialog.memories)
            if isinstance(self.exercise_screen, StepScreen):
                self.exercise_screen.set_memories(dialog.memories)

    def keep_words(self, words: list[str]) -> None:
        """Only called when the person ticked "keep the words I choose"."""
        entries = self.personal.feelings.load()
        entries.append({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "words": words})
        self.personal.feelings.save(entries)

    def choose_plan_to_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a plan", str(Path.home()), "Steady plans (*.toml)")
        if path:
            self.import_plan(Path(path))

    def import_plan(self, path: Path) -> bool:
        """Check a plan file, copy it into the person's folder, and show it; or say why not."""
        exercise, problems = import_exercise(path, self.personal.exercises_dir, self.catalog)
        if exercise is None:
            details = "\n".join(f"• {p.field + ': ' if p.field else ''}{p.reason}" for p in problems)
            QMessageBox.information(
                self, "This plan can't be used",
                f"Nothing was copied. Steady could not use {path.name}:\n\n{details}",
            )  # fmt: skip
            return False
        if self._reload_catalog is not None:
            self.catalog = self._reload_catalog()
        self.stack.removeWidget(self.home)
        self.home.deleteLater()
        self.home = self._build_home()
        self.show_home()
        QMessageBox.information(self, "Plan added", f"“{exercise.title}” is now on the start screen.")
        return True

    def _tell_problem(self, problem: str) -> None:
        if problem:
            QMessageBox.information(self, "A file was set aside", problem)

    # -- settings ------------------------------------------------------------------------

    def still_wanted(self) -> bool:
        motion = self.settings.get("appearance/motion")
        return motion == "still" or (motion == "system" and self._os_reduced_motion())

    def set_still(self, still: bool) -> None:
        self._remember_still(still)
        if self.exercise_screen is not None:
            self.exercise_screen.set_still(still)

    def _remember_still(self, still: bool) -> None:
        if still != self.still_wanted():
            self.settings.set("appearance/motion", "still" if still else "moving")
        if self.still_action.isChecked() != still:
            self.still_action.setChecked(still)

    def set_theme(self, theme: str) -> None:
        self.settings.set("appearance/theme", theme)
        self.apply_theme()

    def apply_theme(self, theme: str | None = None) -> None:
        """Apply the chosen colours (or `theme`, for screenshots) to the whole application."""
        self.colours = palette_for(theme or self.settings.get("appearance/theme"))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(qt_palette(self.colours))
            app.setStyleSheet(style_sheet(self.colours))
        if self.exercise_screen is not None:
            self.exercise_screen.set_palette(self.colours)

    colours: Palette

    def _on_system_colours_changed(self) -> None:
        if self.settings.get("appearance/theme") == "system":
            self.apply_theme()

    def show_settings(self) -> None:
        SettingsDialog(self.settings, self.narrator, self).exec()
        self.apply_theme()
        self.set_still(self.still_wanted())
        if self.narrator is not None:
            self.narrator.enabled_changed.emit(self.narrator.enabled)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Steady",
            f"<h3>Steady {__version__}</h3>"
            "<p>A calm companion for moments of tears or overwhelm: crying is OK, and gentle "
            "exercises are here if you want a moment to steady yourself.</p>"
            "<p>Steady is for general relaxation and wellbeing. It is not a medical device, does "
            "not diagnose or treat anything, and is not a substitute for therapy or care.</p>"
            "<p>Everything stays on this computer: no account, no network, no analytics.</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_exercise()
        super().closeEvent(event)
