"""The main window: the start screen and the exercise screens, with a small menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app import __version__
from app.core.clock import Clock
from app.core.session import SessionState
from app.storage.catalog import Catalog
from app.storage.settings import Settings
from app.ui.breathing import BreathingScreen
from app.ui.home import HomeScreen
from app.ui.theme import THEMES, Palette, palette_for, qt_palette, style_sheet


class MainWindow(QMainWindow):
    """Holds the screens and switches between them; settings changes are applied here."""

    def __init__(
        self,
        catalog: Catalog,
        clock: Clock,
        settings: Settings,
        os_reduced_motion: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.clock = clock
        self.settings = settings
        self._os_reduced_motion = os_reduced_motion
        self.setWindowTitle("Steady")
        self.resize(900, 760)
        self.setMinimumSize(560, 520)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeScreen(catalog.exercises)
        self.home.exercise_chosen.connect(self.open_exercise)
        self.stack.addWidget(self.home)
        self.exercise_screen: BreathingScreen | None = None
        self._build_menus()
        self.apply_theme()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_colours_changed)

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu = self.menuBar()
        steady = menu.addMenu("&Steady")
        home = QAction("Back to the &start", self, shortcut=QKeySequence("Ctrl+Home"))
        home.triggered.connect(self.show_home)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        steady.addActions([home, quit_action])

        view = menu.addMenu("&View")
        self.still_action = QAction("Keep the pacer &still (no motion)", self, checkable=True)
        self.still_action.setChecked(self.still_wanted())
        self.still_action.toggled.connect(self.set_still)
        view.addAction(self.still_action)
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

    def open_exercise(self, exercise_id: str, start: bool = False) -> BreathingScreen | None:
        exercise = self.catalog.get(exercise_id)
        if exercise is None or exercise.pattern is None:
            return None
        self._close_exercise()
        screen = BreathingScreen(
            exercise,
            self.clock,
            self.colours,
            still=self.still_wanted(),
            skip_holds=self.settings.get("breathing/skip_holds"),
        )
        screen.leave_requested.connect(self.show_home)
        screen.still_changed.connect(self._remember_still)
        screen.skip_holds_changed.connect(lambda skip: self.settings.set("breathing/skip_holds", skip))
        screen.state_changed.connect(lambda state: self._show_title(exercise.title, state))
        self.exercise_screen = screen
        self._show_title(exercise.title, screen.state)
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.focus_first()
        if start:
            screen.start()
        return screen

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
