"""The main window: a frame for one screen at a time, the menu bar and "Need help now?"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from app.core.clock import Clock
from app.storage.personal import PersonalData
from app.storage.settings import Settings
from app.ui.context import Context
from app.ui.i18n import _t
from app.ui.menus import build_menus
from app.ui.navigation import Navigator
from app.ui.parts.screen_keys import press_focused
from app.ui.parts.widgets import button
from app.ui.services.appearance import Appearance
from app.ui.services.keeping import Keeper
from app.ui.services.notes import Notes
from app.ui.services.own_things import OwnThings
from app.ui.services.planning import Planner
from app.ui.services.presence import Presence

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen

    from app.core.handover import Request
    from app.storage.care import Care
    from app.storage.catalog import Catalog
    from app.storage.history import History
    from app.ui.dialogs.shortcuts import ShortcutsOverlay
    from app.ui.services.narration import Narrator


class MainWindow(QMainWindow):
    """Holds the screens (`navigator`), the menu bar and the services each menu item belongs to.

    `context` is what they share; `appearance`, `keeper` (history and check-ins), `own` (memories,
    words, plans) and `presence` (small window, tray, coming forward) do what the menus ask.
    """

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
        """Without `catalog`, it is loaded with `reload_catalog` as the start screen is built.

        The voice (`narrator`), care texts and `history` can be given now or put in `context` later.
        """
        super().__init__(parent)
        self.settings = settings
        self.context = Context(clock, settings, personal, catalog, reload_catalog)
        self.context.narrator, self.context.history = narrator, history
        if care is not None:
            self.context.care = care
        self.setWindowTitle("Steady")
        self.resize(960, 800)  # place_on() fits it to the screen it opens on
        self.setMinimumSize(480, 400)  # screens scroll below their size; a 1024 × 600 laptop has about 540 to give
        self.keep_placement = True  # not after "Delete all my data": nothing about the person is written again
        self.appearance = Appearance(self.context, os_reduced_motion, self)
        # Built from the window down, each widget made in its place: one moved in later would be
        # polished and laid out again with all it holds.
        central = QWidget(self)
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 10, 16, 0)
        bar.addStretch(1)
        column.addLayout(bar)
        self.navigator = Navigator(self.context, self.appearance, self.setWindowTitle, self, central)
        column.addWidget(self.navigator.stack, 1)
        # The same place on every screen (WCAG 2.2 SC 3.2.6), reachable with Tab or Ctrl+H; made
        # after the screens, so that Tab reaches it after them, as before.
        self.help_button = button(
            _t("Window", "Need help now?"), "help", _t("Window", "Emergency numbers and helplines (Ctrl+H)")
        )
        self.help_button.clicked.connect(self.navigator.show_help)
        bar.addWidget(self.help_button)
        self.notes = Notes(self)
        self.keeper = Keeper(self.context, self.notes, self.navigator, self)
        self.own = OwnThings(self.context, self.notes, self.navigator, self)
        self.planner = Planner(self.context, self.notes, self.navigator, self, self.own.import_plan)
        self.navigator.open_plans = self.planner.open_list
        self.presence = Presence(self, self.navigator, self.appearance)
        self.appearance.shown = lambda: [w for w in (self.navigator.screen, self.presence.mini) if w is not None]
        self.navigator.exercise_opened.connect(self.keeper.watch)
        self.navigator.exercise_opened.connect(self.own.watch)
        self.navigator.history_opened.connect(self.keeper.watch_history)
        self.keeper.everything_deleted.connect(self._forget_placement)

        help_shortcut = QShortcut(QKeySequence("Ctrl+H"), self)
        help_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        help_shortcut.activated.connect(self.navigator.show_help)
        keys_shortcut = QShortcut(QKeySequence("?"), self)
        keys_shortcut.activated.connect(self._question_mark)  # F1 is on the Help menu
        self.still_action = build_menus(
            self.menuBar(), self, self.actions_by_name(), settings.get("appearance/theme"),
            self.appearance.set_theme, self.appearance.still_wanted(),
        )  # fmt: skip
        self.still_action.toggled.connect(self.appearance.set_still)
        self.appearance.still_changed.connect(self._tick_still)

    def actions_by_name(self) -> dict[str, Callable[[], object]]:
        """What each menu item does (app/ui/menus.py names them)."""
        navigator, appearance = self.navigator, self.appearance
        return {
            "home": navigator.show_home, "import plan": self.planner.choose_file, "plans": self.planner.open_list,
            "memories": self.own.edit_memories, "history": navigator.open_history, "quit": self.close,
            "settings": appearance.show_settings, "small window": self.presence.open_mini,
            "larger": lambda: appearance.change_text_size(25), "smaller": lambda: appearance.change_text_size(-25),
            "usual size": lambda: appearance.change_text_size(0),
            "help": navigator.show_help, "why": navigator.open_why, "keys": self.show_shortcuts,
            "about": self.show_about,
        }  # fmt: skip

    def _tick_still(self, still: bool) -> None:
        if self.still_action.isChecked() != still:
            self.still_action.setChecked(still)

    def _question_mark(self) -> None:
        if self.settings.get("keys/single_key"):  # "?" is a one-key shortcut, which can be switched off
            self.show_shortcuts()

    def show_shortcuts(self) -> ShortcutsOverlay:
        from app.ui.dialogs.shortcuts import ShortcutsOverlay

        self.shortcuts = ShortcutsOverlay(self.settings.get("keys/single_key"), self)
        self.shortcuts.open()
        return self.shortcuts

    def show_about(self) -> None:
        from app.ui.dialogs.about import show_about

        show_about(self)

    def show_welcome_if_new(self) -> None:
        from app.ui.dialogs.about import welcome_if_new

        self.welcome = welcome_if_new(self.settings, self)

    # -- where the window sits, and a second launch ---------------------------------------

    def place_on(self, screen: QScreen | None) -> None:
        """Before the first show: where the person left the window if that screen is still there, else on `screen`."""
        from app.ui.services.placement import place

        place(self, self.settings.get("window/placement"), screen)

    def keep_on_screen(self) -> None:
        """Once shown and framed: all of the window on its screen (a title bar can push it over the edge)."""
        from app.ui.services.placement import keep_on_screen

        keep_on_screen(self)

    def take_launch(self, request: Request) -> str:
        """A second launch of Steady asks this one: come to the front, then open what it asks. "" or why not."""
        refusal = self.navigator.refusal(request)
        if not refusal:
            self.presence.come_forward(request.token)
            narrator = self.context.narrator if request.voice is not None else None
            if narrator is not None:
                narrator.set_enabled(bool(request.voice), remember=False)  # --voice/--no-voice: for this run
            if request.plan:
                from pathlib import Path

                # After the answer: the person may first be asked about a plan they are changing.
                QTimer.singleShot(0, lambda: self.planner.open_file(Path(request.plan)))
            elif getattr(self.navigator.screen, "changed", False) or self.navigator.parked is not None:
                QTimer.singleShot(0, lambda: self.navigator.open_asked(request))
            else:
                self.navigator.open_asked(request)
        return refusal

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # on every screen, "Need help now?" too
            press_focused()
            event.accept()
            return
        super().keyPressEvent(event)

    def _forget_placement(self) -> None:
        self.keep_placement = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.navigator.leaving_allowed():  # a plan being changed: the person chose to stay
            event.ignore()
            return
        if self.keep_placement and self.isVisible():
            from app.ui.services.placement import placement_of

            self.settings.set("window/placement", placement_of(self, self.settings.get("window/placement")))
        if self.appearance.key_guard is not None:
            self.appearance.key_guard.switch(False)
        self.navigator.close_screen()
        self.presence.hide_all()
        super().closeEvent(event)
