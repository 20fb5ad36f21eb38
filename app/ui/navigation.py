"""Which screen the window shows: the start screen, an exercise, or a care screen, one at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.ui.context import Context
from app.ui.i18n import _t
from app.ui.parts.widgets import Stack
from app.ui.screens.home import STEADY_ME_NOW, HomeScreen

if TYPE_CHECKING:
    from app.core.exercise import Exercise
    from app.core.handover import Request
    from app.core.lines import LineDeck
    from app.core.session import SessionState
    from app.storage.care import CheckInWords
    from app.ui.dialogs.help import HelpPanel
    from app.ui.screens.breathing import BreathingScreen
    from app.ui.screens.history import HistoryScreen
    from app.ui.screens.let_it_out import LetItOutScreen
    from app.ui.screens.steps import StepScreen
    from app.ui.screens.why_ok import WhyItsOkScreen
    from app.ui.services.appearance import Appearance

    Screen = BreathingScreen | StepScreen | LetItOutScreen | WhyItsOkScreen | HistoryScreen


# The screens are imported when first opened, not at start-up: the start screen paints sooner.
class Navigator(QObject):
    """Opens screens into the window's stack and back to the start; the title bar says where the person is.

    Signals:
        screen_changed(object): another screen is shown (None: the start screen); the small window follows it.
        exercise_opened(object): an exercise screen was made; services connect to its signals.
        history_opened(object): the history screen was made.
    """

    screen_changed = Signal(object)
    exercise_opened = Signal(object)
    history_opened = Signal(object)

    def __init__(
        self,
        context: Context,
        appearance: Appearance,
        set_title: Callable[[str], None],
        parent: QWidget,
        stack_parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.appearance = appearance
        self.set_title = set_title
        self.parent_widget = parent
        self.stack = Stack(stack_parent)  # silent to screen readers (no "layered pane")
        self.screen: Screen | None = None  # the exercise or care screen shown, if any
        self.parked: QWidget | None = None  # the plan editor, while its plan is tried
        self.open_plans: Callable[[], object] = lambda: None  # the window's planner opens them
        self.closed_help: HelpPanel | None = None  # the last help panel, kept until the next one (see show_help)
        self.home = self.build_home()

    def build_home(self) -> HomeScreen:
        """The start screen (again, after a plan is imported: its lists change)."""
        context = self.context
        home = HomeScreen(context.catalog.exercises, self.stack)  # made in place (see MainWindow)
        home.exercise_chosen.connect(self.open_exercise)
        home.let_it_out_requested.connect(self.open_let_it_out)
        home.steady_now_requested.connect(lambda: self.open_exercise(STEADY_ME_NOW, start=True))
        home.why_requested.connect(self.open_why)
        home.history_requested.connect(self.open_history)
        home.plans_requested.connect(lambda: self.open_plans())
        self.stack.addWidget(home)
        return home

    def rebuild_home(self, show: bool = True) -> None:
        """A new start screen (its lists changed); `show` it now, or leave the screen shown in front."""
        current = self.stack.currentWidget()
        self.stack.removeWidget(self.home)
        self.home.deleteLater()
        in_front = None if current is self.home else current
        self.home = self.build_home()
        if show:
            self.show_home()
        else:
            self.stack.setCurrentWidget(in_front or self.home)

    # -- opening screens -----------------------------------------------------------------

    def open_exercise(self, exercise_id: str, start: bool = False) -> Screen | None:
        exercise = self.context.catalog.get(exercise_id)
        return None if exercise is None else self.run(exercise, start)

    def run(self, exercise: Exercise, start: bool = False, back_to: QWidget | None = None) -> Screen | None:
        """Open `exercise`'s screen; with `back_to` (the plan editor trying a plan), leaving goes back there."""
        from app.ui.screens.breathing import BreathingScreen
        from app.ui.screens.steps import StepScreen

        context, settings = self.context, self.context.settings
        if back_to is None and not self.leaving_allowed():
            return None
        screen: Screen
        colours, still = self.appearance.colours, self.appearance.still_wanted()
        if exercise.pattern is not None:
            screen = BreathingScreen(
                exercise, context.clock, colours, still=still, skip_holds=settings.get("breathing/skip_holds"),
                narrator=context.narrator, checkin_words=self._checkin_words(), lines=self._gentle_lines(),
            )  # fmt: skip
            screen.skip_holds_changed.connect(lambda skip: settings.set("breathing/skip_holds", skip))
        else:
            screen = StepScreen(
                exercise, context.clock, colours, still=still, notice_wording=settings.get("steps/notice_wording"),
                memories=context.personal.memories.load, narrator=context.narrator,
                checkin_words=self._checkin_words(), lines=self._gentle_lines(),
            )  # fmt: skip
            screen.notice_box.toggled.connect(lambda on: settings.set("steps/notice_wording", on))
        screen.still_changed.connect(self.appearance.remember_still)
        screen.state_changed.connect(lambda state: self.show_title(exercise.title, state))
        screen.help_requested.connect(self.show_help)
        screen.announcer = context.announcer
        self.exercise_opened.emit(screen)
        self.show(screen, back_to=back_to, asked=True)
        self.show_title(exercise.title, screen.state)
        if start:
            screen.start()  # past the ready page at once (--start, or S for Steady me now), after the check-in
        return screen

    def _gentle_lines(self) -> tuple[LineDeck, LineDeck]:
        """Fresh decks for each session, so no line repeats within it."""
        from app.core.lines import LineDeck

        return LineDeck(self.context.care.during), LineDeck(self.context.care.after)

    def _checkin_words(self) -> CheckInWords | None:
        return self.context.care.checkin if self.context.settings.get("care/checkins") else None

    def open_let_it_out(self) -> LetItOutScreen:
        from app.ui.screens.let_it_out import LetItOutScreen

        catalog = self.context.catalog
        pattern_source = catalog.get("gentle") or catalog.get("calm-pace")
        assert pattern_source is not None and pattern_source.pattern is not None
        screen = LetItOutScreen(
            pattern_source.pattern, self.context.clock, self.appearance.colours, still=self.appearance.still_wanted()
        )
        screen.steady_requested.connect(lambda: self.open_exercise(STEADY_ME_NOW))
        self.show(screen)
        self.set_title(_t("Window", "Let it out · Steady"))
        return screen

    def open_why(self) -> WhyItsOkScreen:
        from app.ui.screens.why_ok import WhyItsOkScreen

        screen = WhyItsOkScreen(self.context.care)
        self.show(screen)
        self.set_title(_t("Window", "Why it's OK to cry · Steady"))
        return screen

    def open_history(self) -> HistoryScreen:
        from app.ui.screens.history import HistoryScreen

        history = self.context.history
        titles = {exercise.id: exercise.title for exercise in self.context.catalog.exercises}
        sessions = history.sessions() if history is not None else []
        screen = HistoryScreen(sessions, self.appearance.colours, titles=titles)
        self.history_opened.emit(screen)
        self.show(screen)
        self.set_title(_t("Window", "Your history · Steady"))
        return screen

    def show_help(self) -> HelpPanel:
        from app.ui.dialogs.help import HelpPanel

        screen = self.screen
        panel = HelpPanel(self.context.care, self.context.settings, self.parent_widget)
        # A closed panel is kept until the next one opens: Orca 48 still asks about the window it just left
        # and, when that is already gone, waits on Steady until it gives up ("appears to be hung") and
        # says nothing of the window the person is back in.
        if self.closed_help is not None:
            self.closed_help.deleteLater()
        self.closed_help = panel
        if screen is not None and hasattr(screen, "pause_for_help"):
            screen.pause_for_help()  # nothing runs on, or speaks, behind the help panel
            panel.finished.connect(lambda _result: self.screen is screen and screen.main_control().setFocus())
        panel.open()  # not exec(): nothing blocks; the session waits, paused, for one key
        return panel

    def show(
        self,
        screen: Screen,
        back_to: QWidget | None = None,
        leave: Callable[[], object] | None = None,
        asked: bool = False,
    ) -> bool:
        """Show `screen` in place of the one shown; `back_to` is kept aside and comes back when it is left.

        False when the person chose to stay on the screen shown (a plan with unsaved changes); `asked`
        when the caller has already made sure it may be left.
        """
        if back_to is None and not asked and not self.leaving_allowed():
            screen.deleteLater()
            return False
        old = None
        if back_to is not None and self.screen is back_to:
            self.screen, self.parked = None, back_to  # aside, not closed: the plan editor keeps its changes
            self.stack.removeWidget(back_to)
            screen.leave_requested.connect(self.come_back)
        else:
            old = self._stop_screen()
            self.drop_parked()
            screen.leave_requested.connect(leave or self.show_home)
        self._put(screen)
        if old is not None:
            self._remove(old)
        return True

    def _put(self, screen: Screen) -> None:
        """`screen` shown with the focus where it begins, the focus visiting nothing on the way.

        A screen reader says every control the focus passes ("Need help now?", a page's scroll area):
        so the screen's focus is set while it is hidden, which the switch then hands it, and the screen
        it replaces goes only after that.
        """
        self.screen = screen
        self.stack.addWidget(screen)
        screen.focus_first()
        self.stack.setCurrentWidget(screen)
        focused = screen.focusWidget()
        (focused or screen).setFocus()
        self.screen_changed.emit(screen)

    def come_back(self) -> None:
        """From a tried plan back to its editor, as it was."""
        parked, self.parked = self.parked, None
        if parked is None:
            self.show_home()
            return
        old = self._stop_screen()
        self._put(parked)  # type: ignore[arg-type]
        if old is not None:
            self._remove(old)
        self.set_title(_t("Window", "Your own plans · Steady"))

    def leaving_allowed(self) -> bool:
        """Whether the screen shown may be left: a plan editor with unsaved changes asks the person first."""
        for screen in (self.screen, self.parked):
            ask = getattr(screen, "may_leave", None)
            if ask is not None and not ask():
                return False
        return True

    def show_title(self, exercise_title: str, state: SessionState) -> None:
        """The title bar (and task bar) tells where the person is, e.g. "Paused · Calm pace"."""
        from app.core.session import SessionState  # not at start-up: the start screen paints sooner

        words = {
            SessionState.PAUSED: _t("Window", "Paused"), SessionState.FINISHED: _t("Window", "Finished"),
            SessionState.STOPPED: _t("Window", "Stopped"),
        }  # fmt: skip
        prefix = f"{words[state]} · " if state in words else ""
        self.set_title(f"{prefix}{exercise_title} · Steady")

    def show_home(self) -> None:
        if not self.leaving_allowed():
            return
        old = self._stop_screen()
        self.drop_parked()
        self.set_title("Steady")
        self.home.focus_first()  # set while hidden: the switch hands it straight there (see _put)
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first()
        if old is not None:
            self._remove(old)

    def close_screen(self) -> None:
        """Stop and remove the exercise or care screen shown (a session under way is kept as stopped)."""
        old = self._stop_screen()
        if old is not None:
            self._remove(old)

    def _stop_screen(self) -> Screen | None:
        """The screen shown, no longer followed and its session stopped (kept as stopped); still in the stack."""
        screen, self.screen = self.screen, None
        if screen is not None:
            self.screen_changed.emit(None)
            screen.stop()
        return screen

    def _remove(self, screen: QWidget) -> None:
        self.stack.removeWidget(screen)
        screen.deleteLater()

    def drop_parked(self) -> None:
        """Somewhere else was chosen while a plan was tried (its editor said it may go): the editor goes too."""
        if self.parked is not None:
            self.parked.deleteLater()
            self.parked = None

    # -- a second launch -----------------------------------------------------------------

    def refusal(self, request: Request) -> str:
        """Why a second launch's request can't be done here ("" when it can)."""
        if request.exercise and self.context.catalog.get(request.exercise) is None:
            return f"no exercise called {request.exercise!r} (see steady --list)"
        return ""

    def open_asked(self, request: Request) -> None:
        """Open what a second launch of Steady asks for (an exercise under way is only shown, not begun again)."""
        if request.exercise and not self.doing(request.exercise):
            self.open_exercise(request.exercise, start=request.start)
        elif request.open == "let-it-out":
            self.open_let_it_out()

    def doing(self, exercise_id: str) -> bool:
        """True while that exercise is on screen and under way (a launcher's request then only shows it)."""
        from app.core.session import SessionState

        exercise = getattr(self.screen, "exercise", None)
        return (
            self.screen is not None and exercise is not None and exercise.id == exercise_id
            and self.screen.state in (SessionState.RUNNING, SessionState.PAUSED)
        )  # fmt: skip
