"""The frame every exercise screen shares: get ready (cautions first), run, and finish kindly."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from app.core.clock import Clock
from app.core.exercise import Exercise
from app.core.lines import LineDeck
from app.core.playback import SessionState
from app.storage.care import CheckInWords
from app.ui.i18n import _t
from app.ui.parts.accessibility import Announcer
from app.ui.parts.driver import Playable, SessionDriver
from app.ui.parts.screen_keys import ScreenKey
from app.ui.parts.theme import Palette
from app.ui.parts.widgets import ButtonRow, Stack, button, label
from app.ui.screens.checkin import CheckInPage
from app.ui.screens.exercise_pages import DonePage, GentleLineRoom, NoticeLine, ReadyPage, SessionOutcome, show_page
from app.ui.screens.run_keys import RunKeys
from app.ui.screens.voice_controls import VoiceControls
from app.ui.services.narration import Narrator


class ExerciseScreen(QWidget):
    """Three pages (ready, run, done) around one session; subclasses fill in the run page.

    Keys belong to the page shown, wherever the focus is (`ScreenKeys`; each page's hint line is made
    from them): Space starts on the ready page and acts on the run page (`space_pressed`), Esc stops a
    running exercise and elsewhere goes back, V switches the voice, T tells a screen reader what is left.

    Signals:
        leave_requested(): the person wants to go back to the start screen.
        still_changed(bool): the person switched motion off or on here.
        state_changed(SessionState): the session started, paused, resumed or ended.
        session_ended(SessionOutcome): what to keep in the history when a session ends.
        rated_after(object): the after check-in: 0-10, or None when skipped.
        help_requested(): the person chose "see who you can talk to" on the support card.
    """

    leave_requested = Signal()
    still_changed = Signal(bool)
    state_changed = Signal(object)
    session_ended = Signal(object)
    rated_after = Signal(object)
    help_requested = Signal()
    session_began = Signal()  # the run page shows and the driver exists (the small window follows it)

    notice_wording = False  # step screens may read the "notice" wording instead
    line_every = 12  # a new gentle line after this many phases or steps
    announcer: Announcer | None = None  # screen-reader announcements of each phase or step

    def __init__(
        self,
        exercise: Exercise,
        clock: Clock,
        palette: Palette,
        still: bool,
        narrator: Narrator | None,
        parent: QWidget | None,
        checkin_words: CheckInWords | None = None,
        lines: tuple[LineDeck, LineDeck] | None = None,
    ) -> None:
        super().__init__(parent)
        self.checkin_words = checkin_words
        self._during, self._after = lines or (LineDeck(()), LineDeck(()))
        self._began_count = 0
        self._focus_next: QWidget | None = None  # the control that takes the focus as a session begins
        self.gentle = label("", "gentle", centred=True)
        self.rating_before: int | None = None
        self._asking = ""
        self._begun_at = 0.0
        self._begun_wall = datetime.now().astimezone()
        self.exercise = exercise
        self.clock = clock
        self.still = still
        self.narrator = narrator
        self.driver: SessionDriver | None = None
        self.voice = VoiceControls(narrator, lambda: narrator.prepare(exercise, self.notice_wording), self)  # type: ignore[union-attr]
        self.voice_button, self.voice_note = self.voice.button, self.voice.note
        self.notice = NoticeLine()
        self.pause_button = button(
            _t("Exercise", "Pause"), description=_t("Exercise", "Pause or resume (Space)"),
            other_texts=(_t("Exercise", "Resume"),),
        )  # fmt: skip
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = button(
            _t("Exercise", "Stop"), description=_t("Exercise", "Stop the exercise (Esc). Stopping is always fine.")
        )
        self.stop_button.clicked.connect(self.stop)
        self.pages = Stack(self)
        self.ready_page = self._build_ready_page()
        self.run_page = self.build_run_page(palette)
        self.done_page: DonePage = self._build_done_page()
        for page in (self.ready_page, self.run_page, self.done_page):
            self.pages.addWidget(page)
        self.checkin_page: CheckInPage | None = None
        if checkin_words is not None:
            self.checkin_page = CheckInPage(checkin_words)
            self.checkin_page.answered.connect(self._on_checked_in)
            self.pages.addWidget(self.checkin_page)
        self.voice.tell_switches(self.notice.voice_switched, lambda: self.pages.currentWidget() is self.run_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.voice.follow()

    # -- what subclasses provide ---------------------------------------------------------

    def announcement(self, event: Any) -> str:
        """What a screen reader says when a phase or step begins."""
        return ""

    def mini_view(self, snapshot: Any) -> tuple[str, float | None]:
        """The small window's line and pacer fullness (None: no pacer) for a snapshot."""
        return "", None

    def add_ready_options(self, layout: QVBoxLayout) -> None:
        """Put this exercise's choices (length, wording...) on the ready page."""

    def has_motion(self) -> bool:
        """True when something on the run page can move (then a "keep still" switch is offered)."""
        return False

    def build_run_page(self, palette: Palette) -> QWidget:
        raise NotImplementedError

    def make_session(self) -> Playable:
        raise NotImplementedError

    def moving(self, snapshot: Any) -> bool:
        """Whether the picture animates at this instant (the driver then wakes every frame)."""
        return False

    def countdown(self, snapshot: Any) -> float | None:
        """The seconds shown counting down at this instant, or None."""
        return None

    def show_snapshot(self, snapshot: Any) -> None:
        raise NotImplementedError

    def on_began(self, event: Any) -> None:
        """A phase or step began."""

    def done_words(self, finished: bool) -> tuple[str, str]:
        """The heading and text of the last page."""
        if finished:
            return (
                _t("Exercise", "You took a moment for yourself."),
                _t("Exercise", "However you feel now is fine. Stay here as long as you like."),
            )
        return (
            _t("Exercise", "Stopping is always fine."),
            _t("Exercise", "Come back to this whenever you want, or try something else."),
        )

    def space_pressed(self) -> None:
        self.toggle_pause()

    def apply_still(self, still: bool) -> None:
        """Show the still or the moving picture."""

    def set_palette(self, palette: Palette) -> None:
        """New colours for whatever this screen paints itself."""

    # -- pages ---------------------------------------------------------------------------

    def _build_ready_page(self) -> QWidget:
        page = ReadyPage(self.exercise, self.add_ready_options)
        self.voice_box, self.still_box = page.voice_box, page.still_box
        self.voice.add_switch(self.voice_box)
        self.still_box.setChecked(self.still)
        self.still_box.setVisible(self.has_motion())
        self.still_box.toggled.connect(self._on_still_toggled)
        self.back_button, self.start_button = page.back_button, page.start_button
        self.back_button.clicked.connect(self.leave_requested)
        self.start_button.clicked.connect(lambda: self.start())  # not start(checked): that is ask=False
        return page

    def _build_done_page(self) -> DonePage:
        page = DonePage()
        self.done_heading, self.done_text, self.change_label = page.heading, page.text, page.change_label
        self.support_card, self.support_title = page.support_card, page.support_title
        self.support_text, self.support_button = page.support_text, page.support_button
        self.again_button, self.home_button = page.again_button, page.home_button
        self.support_button.clicked.connect(self.help_requested)
        self.again_button.clicked.connect(self.again)
        self.home_button.clicked.connect(self.leave_requested)
        return page

    def run_page_keys(self) -> list[ScreenKey]:
        """This kind of exercise's own run-page keys (← → by default do nothing: the focus stays where it is)."""
        return []

    def space_words(self) -> str:
        """What Space does on the run page right now, for its hint line."""
        if self.state is SessionState.PAUSED:
            return _t("Exercise", "Space resumes")
        return _t("Exercise", "Space pauses")

    # -- what the person asks for --------------------------------------------------------

    def controls(self, page: QWidget, left: list[QWidget], right: list[QWidget]) -> QVBoxLayout:
        """The run page's bottom: a note about the voice, the buttons (two rows with large text), the keys."""
        self.keys = RunKeys(self, page)
        column = QVBoxLayout()
        column.addWidget(self.voice_note)
        column.addWidget(ButtonRow(left, [self.voice_button, *right]))
        column.addWidget(self.keys.hint)
        return column

    def start(self, ask: bool = True) -> None:
        """Begin, after the optional check-in (`ask=False`: begin at once, e.g. `--start`)."""
        if ask and self.checkin_page is not None:
            self._asking = "before"
            self._ask(before=True)
            return
        self._begin()

    def focus_for(self, event: Any) -> QWidget | None:
        """The control that takes the focus as this phase or step begins (None: it stays where it is)."""
        return None

    def begin_focus(self) -> QWidget | None:
        """Where the person's next key press belongs once the session begins (it takes the focus)."""
        return None

    def _begin(self) -> None:
        self._begun_at = self.clock.now()
        self._begun_wall = datetime.now().astimezone()
        self.driver = SessionDriver(
            self.make_session(), self.clock, moving=self.moving, countdown=self.countdown, parent=self
        )
        self.driver.set_still(self.still)
        self.driver.snapshot_changed.connect(self.show_snapshot)
        self.driver.began.connect(self.on_began)
        self.driver.began.connect(lambda _event: self.notice.moved_on())
        self.driver.began.connect(self._next_line_now_and_then)
        self.driver.began.connect(self._announce)
        if self.narrator is not None:
            self.driver.began.connect(lambda event: self.narrator.speak_for(event, self.notice_wording))  # type: ignore[union-attr]
        self.driver.state_changed.connect(self._on_state_changed)
        self.driver.auto_paused.connect(lambda _gap: self.notice.paused("away"))
        self.notice.hide()
        # The first phase's words go on the control before it takes the focus (and before the page shows).
        self._focus_next = self.begin_focus()
        try:
            self.driver.start()
        finally:
            focus, self._focus_next = self._focus_next, None
        if focus is None:  # (every screen has a control to begin on: the run page shows as it is)
            self.pages.setCurrentWidget(self.run_page)
        else:
            show_page(self.pages, self.run_page, focus)  # straight there: a reader hears nothing on the way
        self.session_began.emit()

    def room_for(self, scroll: QScrollArea) -> QScrollArea:
        """Watch the run page's scroll area: with large text in a small window the gentle line gives way."""
        GentleLineRoom(scroll, self.gentle, lambda: self.run_page)  # kept by the scroll area, its parent
        self.run_scroll = scroll  # ↑ and ↓ scroll it (RunKeys)
        return scroll

    def _announce(self, event: object) -> None:
        # The words go on the control about to take the focus before it takes it: said with it, once.
        focus = self._focus_next
        moving = focus is None and self.pages.currentWidget() is self.run_page
        if moving:
            focus = self.focus_for(event)
        elsewhere = QApplication.focusWidget()  # the small window's control, when that is where the person is
        here = elsewhere is None or elsewhere.window() is self.window()
        if self.announcer is not None:
            self.announcer.announce(self, self.announcement(event), focus=focus if here else None)
        if moving and focus is not None:
            focus.setFocus()

    def _next_line_now_and_then(self, _event: object) -> None:
        # Never the same line twice in a session; a new one now and then, not at every breath.
        if self._began_count % self.line_every == 0:
            self.gentle.setText(self._during.next())
        self._began_count += 1

    def _on_checked_in(self, rating: int | None) -> None:
        if self._asking == "before":
            self.rating_before = rating
            self._asking = ""
            self._begin()
        elif self._asking == "after":
            self._asking = ""
            self.rated_after.emit(rating)
            self._show_change(rating)
            self._show_done_page()

    def _show_change(self, after: int | None) -> None:
        words = self.checkin_words.change if self.checkin_words is not None else ""
        self.done_page.show_change(words, self.rating_before, after)

    def show_support(self, title: str, text: str, action: str) -> None:
        """Show the gentle support card on the last page (at 9 or more, or no lower after two)."""
        self.done_page.show_support(title, text, action)

    def toggle_pause(self) -> None:
        if self.driver is not None:
            self.notice.hide()
            self.driver.toggle_pause()

    def stop(self) -> None:
        if self.driver is not None:
            self.driver.stop()
        if self.narrator is not None:
            self.narrator.silence()

    def again(self) -> None:
        show_page(self.pages, self.ready_page, self.start_button, self.ready_page.cautions_words)

    def set_still(self, still: bool) -> None:
        """Switch motion off or on (from the menu, the OS preference or this screen)."""
        if self.still_box.isChecked() != still:
            self.still_box.setChecked(still)  # calls back into _on_still_toggled
            return
        self.still = still
        self.apply_still(still)
        if self.driver is not None:
            self.driver.set_still(still)

    @property
    def state(self) -> SessionState:
        return self.driver.session.state if self.driver else SessionState.READY

    def focus_first(self) -> None:
        """The ready page's Start brings its cautions to a screen reader as it takes the focus."""
        show_page(self.pages, self.pages.currentWidget(), self.start_button, self.ready_page.cautions_words)

    # -- reacting to the session ---------------------------------------------------------

    def _on_state_changed(self, state: SessionState) -> None:
        self.state_changed.emit(state)
        if self.narrator is not None:
            if state is SessionState.FINISHED:
                self.narrator.finished()
            elif state is not SessionState.RUNNING:
                self.narrator.silence()  # pausing or stopping silences the voice at once
        paused = state is SessionState.PAUSED
        if not state.is_over:  # renaming the focused button as the page goes would be read out: "Pause"
            self.pause_button.setText(_t("Exercise", "Resume") if paused else _t("Exercise", "Pause"))
            self.pause_button.setAccessibleName(self.pause_button.text())
        self.keys.refresh()
        if paused:
            self.notice.paused()
        elif state is SessionState.RUNNING:
            self.notice.hide()
        elif state.is_over:
            heading, text = self.done_words(state is SessionState.FINISHED)
            if state is SessionState.FINISHED:
                text = self._after.next() or text
            self.done_heading.setText(heading)
            self.done_text.setText(text)
            self.change_label.hide()
            self.support_card.hide()
            self.session_ended.emit(self._outcome(state))
            if self.checkin_page is not None:
                self._asking = "after"
                self._ask(before=False)
            else:
                self._show_done_page()

    def _ask(self, before: bool) -> None:
        assert self.checkin_page is not None
        finished = self.state is SessionState.FINISHED
        show_page(self.pages, self.checkin_page, *self.checkin_page.ask(before, finished))

    def _show_done_page(self) -> None:
        show_page(self.pages, self.done_page, self.home_button, self.done_page.words())

    def planned_seconds(self) -> float:
        return self.exercise.default_seconds

    def _outcome(self, state: SessionState) -> SessionOutcome:
        return SessionOutcome(
            exercise_id=self.exercise.id,
            exercise_title=self.exercise.title,
            started_at=self._begun_wall,
            planned_seconds=self.planned_seconds(),
            seconds=max(0.0, self.clock.now() - self._begun_at),
            finished=state is SessionState.FINISHED,
            rating_before=self.rating_before,
        )

    def _on_still_toggled(self, still: bool) -> None:
        self.set_still(still)
        self.still_changed.emit(still)

    # -- keyboard, help and what is left ------------------------------------------------

    def main_control(self) -> QWidget:
        """The control of the page shown that the person's next key belongs to (after help: never the help button)."""
        return getattr(self.pages.currentWidget(), "main", None) or self.run_focus()

    def run_focus(self) -> QWidget:
        """The run page's main control as the session stands."""
        return self.pause_button

    def runs_by_itself(self) -> bool:
        """Whether the session moves on with time now (a step that waits for the person does not)."""
        return True

    def pause_for_help(self) -> None:
        """The help panel opens: the voice stops, and a session moving on with time pauses."""
        if self.narrator is not None:
            self.narrator.silence()
        if self.state is SessionState.RUNNING and self.driver is not None and self.runs_by_itself():
            self.notice.paused("help")
            self.driver.pause()

    def what_is_left(self) -> str:
        """Where the person is and how much is left, in words (T, for a screen reader)."""
        return ""
