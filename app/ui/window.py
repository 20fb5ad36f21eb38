"""The main window: the start screen and the exercise screens, with a small menu."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.clock import Clock
from app.core.lines import LineDeck
from app.storage.personal import PersonalData
from app.storage.settings import Settings
from app.ui.accessibility import Announcer
from app.ui.home import STEADY_ME_NOW, HomeScreen
from app.ui.i18n import _t, _tn
from app.ui.theme import THEMES, Palette, palette_for, qt_palette, style_sheet
from app.ui.widgets import button

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QScreen

    from app.core.handover import Request
    from app.core.session import SessionState
    from app.storage.care import Care, CheckInWords
    from app.storage.catalog import Catalog
    from app.storage.history import History
    from app.ui.breathing import BreathingScreen
    from app.ui.exercise_screen import ExerciseScreen, SessionOutcome
    from app.ui.help_panel import HelpPanel
    from app.ui.history_view import HistoryScreen
    from app.ui.keys import SingleKeyGuard
    from app.ui.let_it_out import LetItOutScreen
    from app.ui.mini import MiniWindow
    from app.ui.narration import Narrator
    from app.ui.shortcuts import ShortcutsOverlay
    from app.ui.steps import StepScreen
    from app.ui.tray import Tray
    from app.ui.why_ok import WhyItsOkScreen

    Screen = BreathingScreen | StepScreen | LetItOutScreen | WhyItsOkScreen | HistoryScreen


# The screens are imported when first opened, not at start-up: the start screen paints sooner.
def purpose() -> str:
    return _t(
        "Window",
        "Steady is for general relaxation and grounding, for your wellbeing. It is not a medical device, "
        "does not diagnose or treat anything, and is not a substitute for therapy or care.",
    )


def privacy() -> str:
    return _t(
        "Window",
        "Everything stays on this computer, in files only you can read: no account, no network, no analytics. "
        "You can export your history or delete all of it at any time (Steady → My history).",
    )


class MainWindow(QMainWindow):
    """Holds the screens and switches between them; settings changes are applied here."""

    def __init__(
        self,
        catalog: Catalog | None,
        clock: Clock,
        settings: Settings,
        os_reduced_motion: Callable[[], bool],
        personal: PersonalData,
        reload_catalog: Callable[[], Catalog] | None = None,
        narrator: Narrator | None = None,
        care: Care | None = None,
        history: History | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Without `catalog` the first frame comes sooner: `finish_start()` loads it (`reload_catalog`) just after."""
        super().__init__(parent)
        self.narrator = narrator
        self._care = care
        self.history = history
        self._ratings: list[tuple[int | None, int | None]] = []  # this sitting's check-ins
        self._last_session_id: int | None = None
        self._catalog = catalog
        self.clock = clock
        self.settings = settings
        self.personal = personal
        self._os_reduced_motion = os_reduced_motion
        self._reload_catalog = reload_catalog
        self.setWindowTitle("Steady")
        self.resize(960, 800)  # place_on() fits it to the screen it opens on
        self.setMinimumSize(480, 400)  # screens scroll below their size; a 1024 × 600 laptop has about 540 to give
        self.keep_placement = True  # not after "Delete all my data": nothing about the person is written again
        self.exercise_screen: Screen | None = None
        self.mini: MiniWindow | None = None
        self.apply_theme()  # before the widgets are made, so each is styled once

        self.stack = QStackedWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 10, 16, 0)
        bar.addStretch(1)
        # The same place on every screen (WCAG 2.2 SC 3.2.6), reachable with Tab or Ctrl+H.
        self.help_button = button(
            _t("Window", "Need help now?"), "help", _t("Window", "Emergency numbers and helplines (Ctrl+H)")
        )
        self.help_button.clicked.connect(self.show_help)
        bar.addWidget(self.help_button)
        column.addLayout(bar)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        help_shortcut = QShortcut(QKeySequence("Ctrl+H"), self)
        help_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        help_shortcut.activated.connect(self.show_help)
        self.announcer = Announcer(settings.get("keys/announce"))
        self.key_guard: SingleKeyGuard | None = None
        self._guard_single_keys()
        keys_shortcut = QShortcut(QKeySequence("?"), self)
        keys_shortcut.activated.connect(self._question_mark)  # F1 is on the Help menu
        self.told: list[str] = []  # what the person was told about their files, in order
        self.tray: Tray | None = None
        self.home = self._build_home()
        self._build_menus()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_colours_changed)

    @property
    def care(self) -> Care:
        """Facts, helplines, check-in words and gentle lines; none until they are loaded, just after the first frame."""
        if self._care is None:
            from app.storage.care import Care

            self._care = Care()
        return self._care

    @care.setter
    def care(self, care: Care) -> None:
        self._care = care

    @property
    def catalog(self) -> Catalog:
        """The exercises: given, or loaded just after the first frame (or at once, when wanted sooner)."""
        if self._catalog is None:
            assert self._reload_catalog is not None, "a window given no catalog loads one with reload_catalog"
            self._catalog = self._reload_catalog()
            self.home.fill(self._catalog.exercises)
        return self._catalog

    def finish_start(self) -> None:
        """What the first frame left out: the exercises, and with them the rest of the start screen."""
        self.home.fill(self.catalog.exercises)

    def _build_home(self) -> HomeScreen:
        home = HomeScreen(self._catalog.exercises if self._catalog is not None else None)
        home.exercise_chosen.connect(self.open_exercise)
        home.let_it_out_requested.connect(self.open_let_it_out)
        home.steady_now_requested.connect(lambda: self.open_exercise(STEADY_ME_NOW, start=True))
        home.why_requested.connect(self.open_why)
        home.history_requested.connect(self.open_history)
        self.stack.addWidget(home)
        return home

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu = self.menuBar()
        steady = menu.addMenu(_t("Window", "&Steady"))
        home = QAction(_t("Window", "Back to the &start"), self, shortcut=QKeySequence("Ctrl+Home"))
        home.triggered.connect(self.show_home)
        import_action = QAction(_t("Window", "&Import a plan…"), self, shortcut=QKeySequence("Ctrl+O"))
        import_action.triggered.connect(self.choose_plan_to_import)
        memories = QAction(_t("Window", "My &memories…"), self)
        memories.triggered.connect(self.edit_memories)
        history = QAction(_t("Window", "My &history"), self, shortcut=QKeySequence("Ctrl+Y"))
        history.triggered.connect(self.open_history)
        quit_action = QAction(_t("Window", "&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        steady.addActions([home, import_action, memories, history])
        steady.addSeparator()
        steady.addAction(quit_action)

        view = menu.addMenu(_t("Window", "&View"))
        self.still_action = QAction(_t("Window", "Keep things st&ill (no motion)"), self, checkable=True)
        self.still_action.setChecked(self.still_wanted())
        self.still_action.toggled.connect(self.set_still)
        view.addAction(self.still_action)
        settings_action = QAction(_t("Window", "&Settings…"), self, shortcut=QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.show_settings)
        view.addAction(settings_action)
        mini = QAction(_t("Window", "Small &window on top"), self, shortcut=QKeySequence("Ctrl+M"))
        mini.triggered.connect(self.open_mini)
        view.addAction(mini)
        view.addSeparator()
        for words, keys, step in (
            (_t("Window", "&Larger text"), QKeySequence.StandardKey.ZoomIn, 25),
            (_t("Window", "S&maller text"), QKeySequence.StandardKey.ZoomOut, -25),
            (_t("Window", "&Usual text size"), QKeySequence("Ctrl+0"), 0),
        ):
            action = QAction(words, self, shortcut=QKeySequence(keys))
            action.triggered.connect(lambda _=False, s=step: self.change_text_size(s))
            view.addAction(action)
        colours = view.addMenu(_t("Window", "&Colours"))
        group = QActionGroup(self)
        names = {
            "system": _t("Window", "Follow the &system"), "light": _t("Window", "&Light"),
            "dark": _t("Window", "&Dark"), "contrast": _t("Window", "&High contrast"),
        }  # fmt: skip
        for theme in THEMES:
            action = QAction(names[theme], self, checkable=True)
            action.setChecked(self.settings.get("appearance/theme") == theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            colours.addAction(action)

        help_menu = menu.addMenu(_t("Window", "&Help"))
        need_help = QAction(_t("Window", "&Need help now?"), self)
        need_help.triggered.connect(self.show_help)
        why = QAction(_t("Window", "&Why it's OK to cry"), self)
        why.triggered.connect(self.open_why)
        keys = QAction(_t("Window", "&Keyboard shortcuts"), self, shortcut=QKeySequence(Qt.Key.Key_F1))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addActions([need_help, why, keys])
        about = QAction(_t("Window", "&About Steady"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- screens -------------------------------------------------------------------------

    def open_exercise(self, exercise_id: str, start: bool = False) -> Screen | None:
        from app.ui.breathing import BreathingScreen
        from app.ui.steps import StepScreen

        exercise = self.catalog.get(exercise_id)
        if exercise is None:
            return None
        screen: Screen
        if exercise.pattern is not None:
            screen = BreathingScreen(
                exercise, self.clock, self.colours, still=self.still_wanted(),
                skip_holds=self.settings.get("breathing/skip_holds"), narrator=self.narrator,
                checkin_words=self._checkin_words(), lines=self._gentle_lines(),
            )  # fmt: skip
            screen.skip_holds_changed.connect(lambda skip: self.settings.set("breathing/skip_holds", skip))
        else:
            screen = StepScreen(
                exercise, self.clock, self.colours, still=self.still_wanted(),
                notice_wording=self.settings.get("steps/notice_wording"), memories=self.personal.memories.load,
                narrator=self.narrator, checkin_words=self._checkin_words(), lines=self._gentle_lines(),
            )  # fmt: skip
            screen.notice_box.toggled.connect(lambda on: self.settings.set("steps/notice_wording", on))
            screen.words_chosen.connect(self.keep_words)
            screen.memories_edit_requested.connect(self.edit_memories)
        screen.still_changed.connect(self._remember_still)
        screen.state_changed.connect(lambda state: self._show_title(exercise.title, state))
        screen.session_ended.connect(self.record_session)
        screen.rated_after.connect(lambda rating, s=screen: self.record_rating_after(s, rating))
        screen.help_requested.connect(self.show_help)
        screen.announcer = self.announcer
        self._show_screen(screen)
        if self.mini is not None:
            self.mini.follow(screen)
        self._show_title(exercise.title, screen.state)
        if start:
            screen.start(ask=False)  # "begin at once" (--start, or S for Steady me now)
        return screen

    def _gentle_lines(self) -> tuple[LineDeck, LineDeck]:
        """Fresh decks for each session, so no line repeats within it."""
        return LineDeck(self.care.during), LineDeck(self.care.after)

    def _checkin_words(self) -> CheckInWords | None:
        return self.care.checkin if self.settings.get("care/checkins") else None

    def open_let_it_out(self) -> LetItOutScreen:
        from app.ui.let_it_out import LetItOutScreen

        pattern_source = self.catalog.get("gentle") or self.catalog.get("calm-pace")
        assert pattern_source is not None and pattern_source.pattern is not None
        screen = LetItOutScreen(pattern_source.pattern, self.clock, self.colours, still=self.still_wanted())
        screen.steady_requested.connect(lambda: self.open_exercise(STEADY_ME_NOW))
        self._show_screen(screen)
        self.setWindowTitle(_t("Window", "Let it out · Steady"))
        return screen

    def open_why(self) -> WhyItsOkScreen:
        from app.ui.why_ok import WhyItsOkScreen

        screen = WhyItsOkScreen(self.care)
        self._show_screen(screen)
        self.setWindowTitle(_t("Window", "Why it's OK to cry · Steady"))
        return screen

    def open_history(self) -> HistoryScreen:
        from app.ui.history_view import HistoryScreen

        records = self.history.sessions() if self.history is not None else []
        self.tell_history_problem()
        screen = HistoryScreen(records, self.colours)
        screen.export_requested.connect(self.choose_export)
        screen.delete_requested.connect(self.confirm_delete_all)
        self._show_screen(screen)
        self.setWindowTitle(_t("Window", "Your history · Steady"))
        return screen

    def show_help(self) -> HelpPanel:
        from app.ui.help_panel import HelpPanel

        panel = HelpPanel(self.care, self.settings, self)
        panel.open()  # not exec(): the exercise underneath keeps its own pace, nothing blocks
        return panel

    def _show_screen(self, screen: Screen) -> None:
        self._close_exercise()
        screen.leave_requested.connect(self.show_home)
        self.exercise_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.focus_first()

    def _show_title(self, exercise_title: str, state: SessionState) -> None:
        """The title bar (and task bar) tells where the person is, e.g. "Paused · Calm pace"."""
        from app.core.session import SessionState  # not at start-up: the start screen paints sooner

        words = {
            SessionState.PAUSED: _t("Window", "Paused"), SessionState.FINISHED: _t("Window", "Finished"),
            SessionState.STOPPED: _t("Window", "Stopped"),
        }  # fmt: skip
        prefix = f"{words[state]} · " if state in words else ""
        self.setWindowTitle(f"{prefix}{exercise_title} · Steady")

    def show_home(self) -> None:
        self._close_exercise()
        self.setWindowTitle("Steady")
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first()

    def _close_exercise(self) -> None:
        if self.exercise_screen is not None:
            if self.mini is not None:
                self.mini.follow(None)
            self.exercise_screen.stop()
            self.stack.removeWidget(self.exercise_screen)
            self.exercise_screen.deleteLater()
            self.exercise_screen = None

    # -- the person's own things ---------------------------------------------------------

    def edit_memories(self) -> None:
        from app.ui.memories import MemoriesDialog
        from app.ui.steps import StepScreen

        dialog = MemoriesDialog(self.personal.memories.load(), self)
        self._tell_problem(self.personal.memories.problem)
        if dialog.exec():
            self.personal.memories.save(dialog.memories)
            self._tell_problem(self.personal.memories.problem)  # a disk that refused: kept for now, and said
            if isinstance(self.exercise_screen, StepScreen):
                self.exercise_screen.set_memories(dialog.memories)

    def keep_words(self, words: list[str]) -> None:
        """Only called when the person ticked "keep the words I choose"."""
        entries = self.personal.feelings.load()
        entries.append({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "words": words})
        self.personal.feelings.save(entries)
        self._tell_problem(self.personal.feelings.problem)

    def choose_plan_to_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Window", "Import a plan"), str(Path.home()), _t("Window", "Steady plans (*.toml)")
        )
        if path:
            self.import_plan(Path(path))

    def import_plan(self, path: Path) -> bool:
        """Check a plan file, copy it into the person's folder, and show it; or say why not."""
        from app.storage.catalog import import_exercise

        exercise, problems = import_exercise(path, self.personal.exercises_dir, self.catalog)
        if exercise is None:
            details = "\n".join(f"• {p.field + ': ' if p.field else ''}{p.reason}" for p in problems)
            QMessageBox.information(
                self, _t("Window", "This plan can't be used"),
                _t("Window", "Nothing was copied. Steady could not use {file}:").format(file=path.name)
                + f"\n\n{details}",
            )  # fmt: skip
            return False
        if self._reload_catalog is not None:
            self._catalog = self._reload_catalog()
        self.stack.removeWidget(self.home)
        self.home.deleteLater()
        self.home = self._build_home()
        self.show_home()
        QMessageBox.information(
            self, _t("Window", "Plan added"),
            _t("Window", "“{title}” is now on the start screen.").format(title=exercise.title),
        )  # fmt: skip
        return True

    def record_session(self, outcome: SessionOutcome) -> None:
        """Keep the session in the history (finished or stopped, with the before check-in)."""
        self._ratings.append((outcome.rating_before, None))
        if self.history is None:
            return
        self._last_session_id = self.history.add(
            outcome.exercise_id, outcome.exercise_title, outcome.started_at, outcome.planned_seconds,
            outcome.seconds, "finished" if outcome.finished else "stopped", outcome.rating_before,
        )  # fmt: skip
        self.tell_history_problem()

    def record_rating_after(self, screen: ExerciseScreen, rating: int | None) -> None:
        before = self._ratings[-1][0] if self._ratings else None
        if self._ratings:
            self._ratings[-1] = (before, rating)
        if rating is not None and self.history is not None and self._last_session_id is not None:
            with contextlib.suppress(KeyError):  # the history was deleted in between
                self.history.set_rating_after(self._last_session_id, rating)
        if self.support_due():
            card = self.care.support
            screen.show_support(
                card.get("title", _t("Window", "Would it help to talk to someone?")),
                card.get("text", _t("Window", "Talking to someone you trust, or to a helpline, can help.")),
                card.get("button", _t("Window", "See who you can talk to")),
            )

    def support_due(self) -> bool:
        """At 9 or more, or when the rating has not come down after two exercises (CONTENT.md §4)."""
        if not self._ratings:
            return False
        before, after = self._ratings[-1]
        if any(r is not None and r >= 9 for r in (before, after)):
            return True
        rated = [(b, a) for b, a in self._ratings if b is not None or a is not None]
        if len(rated) < 2:
            return False
        first = next((b for b, _ in rated[-2:] if b is not None), None)
        last = rated[-1][1] if rated[-1][1] is not None else rated[-1][0]
        return first is not None and last is not None and last >= first

    def tell_history_problem(self) -> None:
        """Tell the person, once each, about a history or settings file that was set aside or can't be saved."""
        if self.history is not None:
            self._tell_problem(self.history.take_problem())
        self._tell_problem(self.settings.take_problem())

    def choose_export(self) -> None:
        if self.history is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, _t("Window", "Export your history"), str(Path.home() / "steady-history.csv"), "CSV (*.csv)"
        )
        if path:
            try:
                count = self.history.export_csv(Path(path))
            except OSError as error:
                QMessageBox.information(
                    self,
                    _t("Window", "Not exported"),
                    _t("Window", "{file} could not be written ({reason}).").format(
                        file=path, reason=error.strerror or error
                    ),
                )
                return
            QMessageBox.information(
                self, _t("Window", "History exported"),
                _tn("Window", "%n sessions were saved to {file}.", None, int, count).format(file=path),
            )  # fmt: skip

    def confirm_delete_all(self) -> None:
        answer = QMessageBox.question(
            self, _t("Window", "Delete all my data?"),
            _t("Window", "This removes your history, check-ins, memories, kept words, your own exercises and plans, "
               "and your settings from this computer. It can't be undone."),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            removed = self.delete_all_data()
            QMessageBox.information(
                self,
                _t("Window", "Deleted"),
                _tn("Window", "%n files were removed. Steady keeps nothing about you now.", None, int, len(removed)),
            )
            self.show_home()

    def delete_all_data(self) -> list[Path]:
        """Remove every file Steady wrote about the person: history, personal files, settings."""
        removed: list[Path] = []
        if self.history is not None:
            try:
                removed += self.history.delete_file()
            except OSError as error:
                self._tell_problem(
                    _t("Window", "Some history files could not be removed: {reason}").format(reason=error)
                )
        removed += self.personal.delete_all()
        self.keep_placement = False
        removed += self.settings.delete_file()
        self._ratings.clear()
        return removed

    def show_welcome_if_new(self) -> None:
        """The first time Steady opens: what it is for, and what it keeps (CONTENT.md §5)."""
        if self.settings.get("care/welcomed"):
            return
        self.settings.set("care/welcomed", True)
        self.welcome = QMessageBox(
            QMessageBox.Icon.NoIcon, _t("Window", "Welcome to Steady"), f"<p>{purpose()}</p><p>{privacy()}</p>"
        )
        self.welcome.setParent(self, self.welcome.windowFlags())
        self.welcome.open()  # not exec(): nothing waits behind it, and Enter closes it

    def _tell_problem(self, problem: str) -> None:
        """Say calmly what happened to a file; not modal, so nothing waits behind it (an exercise begins)."""
        if not problem:
            return
        self.told.append(problem)
        box = QMessageBox(QMessageBox.Icon.Information, _t("Window", "A note about your files"), problem, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

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
            app.setStyleSheet(style_sheet(self.colours, self.settings.get("appearance/text_size") / 100))
        if self.exercise_screen is not None:
            self.exercise_screen.set_palette(self.colours)
        if self.mini is not None:
            self.mini.set_palette(self.colours)

    def change_text_size(self, step: int) -> None:
        """Larger (+25), smaller (-25) or the usual size (0), between 100 % and 200 %."""
        size = 100 if step == 0 else max(100, min(200, self.settings.get("appearance/text_size") + step))
        self.settings.set("appearance/text_size", size)
        self.apply_theme()

    colours: Palette

    def _on_system_colours_changed(self) -> None:
        if self.settings.get("appearance/theme") == "system":
            self.apply_theme()

    def show_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self.narrator, self).exec()
        self.apply_settings()

    def apply_settings(self) -> None:
        """Put the settings into effect: colours, text size, motion, announcements, keys and voice."""
        self.announcer.enabled = self.settings.get("keys/announce")
        self._guard_single_keys()
        self.apply_theme()
        self.set_still(self.still_wanted())
        if self.narrator is not None:
            self.narrator.enabled_changed.emit(self.narrator.enabled)

    def _guard_single_keys(self) -> None:
        """Swallow one-key shortcuts while the person has them switched off (and only then watch the keys)."""
        off = not self.settings.get("keys/single_key")
        if off and self.key_guard is None:
            from app.ui.keys import SingleKeyGuard

            self.key_guard = SingleKeyGuard(self)
        if self.key_guard is not None:
            self.key_guard.switch(off)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            _t("Window", "About Steady"),
            f"<h3>Steady {__version__}</h3><p>"
            + _t(
                "Window",
                "A calm companion for moments of tears or overwhelm: crying is OK, and gentle "
                "exercises are here if you want a moment to steady yourself.",
            )
            + f"</p><p>{purpose()}</p><p>{privacy()}</p>",
        )

    def _question_mark(self) -> None:
        if self.settings.get("keys/single_key"):  # "?" is a one-key shortcut, which can be switched off
            self.show_shortcuts()

    def show_shortcuts(self) -> ShortcutsOverlay:
        from app.ui.shortcuts import ShortcutsOverlay

        self.shortcuts = ShortcutsOverlay(self.settings.get("keys/single_key"), self)
        self.shortcuts.open()
        return self.shortcuts

    # -- the small window and the tray ---------------------------------------------------

    def open_mini(self) -> MiniWindow:
        """The small always-on-top window follows the exercise; the big one steps out of the way."""
        from app.ui.exercise_screen import ExerciseScreen
        from app.ui.mini import MiniWindow

        if self.mini is None:
            self.mini = MiniWindow(self.colours)
            self.mini.big_window_requested.connect(self.show_big_window)
            self.mini.steady_requested.connect(lambda: self.open_exercise(STEADY_ME_NOW, start=True))
        screen = self.exercise_screen
        self.mini.follow(screen if isinstance(screen, ExerciseScreen) else None)  # not the care screens
        self.mini.show()
        self.mini.raise_()
        self.mini.activateWindow()
        self.hide()
        return self.mini

    def show_big_window(self) -> None:
        """The big window back in front: un-minimised (a maximised one stays maximised), the small one hidden."""
        if self.mini is not None:
            self.mini.hide()
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def _doing(self, exercise_id: str) -> bool:
        """True while that exercise is on screen and under way (a launcher's request then only shows it)."""
        from app.core.session import SessionState

        screen = self.exercise_screen
        exercise = getattr(screen, "exercise", None)
        return (
            screen is not None and exercise is not None and exercise.id == exercise_id
            and screen.state in (SessionState.RUNNING, SessionState.PAUSED)
        )  # fmt: skip

    # -- where the window sits, and a second launch ---------------------------------------

    def place_on(self, screen: QScreen | None) -> None:
        """Before the first show: where the person left the window if that screen is still there, else on `screen`."""
        from app.ui.placement import place

        place(self, self.settings.get("window/placement"), screen)

    def keep_on_screen(self) -> None:
        """Once shown and framed: all of the window on its screen (a title bar can push it over the edge)."""
        from app.ui.placement import keep_on_screen

        keep_on_screen(self)

    def take_launch(self, request: Request) -> str:
        """A second launch of Steady asks this one: come to the front, then open what it asks. "" or why not."""
        import os

        if request.exercise and self.catalog.get(request.exercise) is None:
            return f"no exercise called {request.exercise!r} (see steady --list)"
        if request.token:  # the desktop lets a window come forward only with the launcher's token
            os.environ["XDG_ACTIVATION_TOKEN" if os.environ.get("WAYLAND_DISPLAY") else "DESKTOP_STARTUP_ID"] = (
                request.token
            )
        self.show_big_window()
        if request.exercise and not self._doing(request.exercise):
            self.open_exercise(request.exercise, start=request.start)
        elif request.open == "let-it-out":
            self.open_let_it_out()
        return ""

    def toggle_shown(self) -> None:
        """The tray's "Show or hide Steady": hides every Steady window, or brings the big one back."""
        if self.isVisible() or (self.mini is not None and self.mini.isVisible()):
            self.hide()
            if self.mini is not None:
                self.mini.hide()
        else:
            self.show_big_window()

    def add_tray(self) -> Tray | None:
        """The tray icon, where the desktop has a tray; None where it has not."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        self.make_tray().show()
        return self.tray

    def make_tray(self) -> Tray:
        """The tray icon with its menu wired to this window (shown by `add_tray`)."""
        from app.ui.tray import Tray

        self.tray = Tray(self.windowIcon(), self)
        self.tray.steady_action.triggered.connect(self._steady_from_tray)
        self.tray.show_action.triggered.connect(self.toggle_shown)
        self.tray.mini_action.triggered.connect(self.open_mini)
        self.tray.quit_action.triggered.connect(self.quit_steady)
        return self.tray

    def quit_steady(self) -> None:
        """Close and end Steady, even while only the small window (or nothing but the tray) shows."""
        self.close()
        QApplication.quit()

    def _steady_from_tray(self) -> None:
        if self.mini is None or not self.mini.isVisible():
            self.show_big_window()
        self.open_exercise(STEADY_ME_NOW, start=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_placement and self.isVisible():
            from app.ui.placement import placement_of

            self.settings.set("window/placement", placement_of(self, self.settings.get("window/placement")))
        if self.key_guard is not None:
            self.key_guard.switch(False)
        self._close_exercise()
        if self.mini is not None:
            self.mini.hide()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
