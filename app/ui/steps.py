"""The step player: one step at a time in large words, for every exercise made of steps."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.exercise import Exercise
from app.core.session import SessionState
from app.core.steps import StepSession, StepSnapshot, StepStarted
from app.ui.driver import SessionDriver
from app.ui.step_views import BreathingPart, ChipsPart, CountPart, GazePart, MemoriesPart
from app.ui.theme import Palette
from app.ui.widgets import button, cautions_box, label, minutes_text, restyle


class StepScreen(QWidget):
    """Get ready (cautions first), go through the steps, and finish kindly.

    Keys: Space does the step's main action (pause a timed step, move on from an untimed
    one, count one item); Right/Left arrows go to the next or previous step; Esc stops.

    Signals:
        leave_requested(): the person wants to go back to the start screen.
        still_changed(bool): the person switched the still view on or off here.
        state_changed(SessionState): the session started, paused, resumed or ended.
        words_chosen(list): feeling words the person chose to keep (only when they opted in).
        memories_edit_requested(): the person wants to edit their list of memories.
    """

    leave_requested = Signal()
    still_changed = Signal(bool)
    state_changed = Signal(object)
    words_chosen = Signal(list)
    memories_edit_requested = Signal()

    def __init__(
        self,
        exercise: Exercise,
        clock: Clock,
        palette: Palette,
        still: bool = False,
        notice_wording: bool = False,
        memories: Callable[[], list[str]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.clock = clock
        self.still = still
        self.notice_wording = notice_wording
        self._memories = memories
        self.driver: SessionDriver | None = None
        self.pages = QStackedWidget(self)
        self.ready_page = self._build_ready_page()
        self.run_page = self._build_run_page(palette)
        self.done_page = self._build_done_page()
        for page in (self.ready_page, self.run_page, self.done_page):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    # -- pages ---------------------------------------------------------------------------

    def _build_ready_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        layout.addWidget(label(self.exercise.title, "heading"))
        layout.addWidget(label(self.exercise.details or self.exercise.summary, "lead"))
        steps = self.exercise.steps
        parts = list(dict.fromkeys(s.part for s in steps if s.part))
        about = f"{len(steps)} steps, about {minutes_text(self.exercise.default_seconds)}."
        if len(parts) > 1:
            about = f"{' → '.join(parts)}. About {minutes_text(self.exercise.default_seconds)}."
        layout.addWidget(label(about, "muted"))
        self.notice_box = QCheckBox("Use “notice” wording (for anyone who can't see or hear)")
        self.notice_box.setChecked(self.notice_wording)
        self.notice_box.setVisible(any(s.notice for s in steps))
        self.notice_box.toggled.connect(self._on_notice_toggled)
        layout.addWidget(self.notice_box)
        if any(s.guide or s.pattern for s in steps):
            self.still_box = QCheckBox("Keep things still (no motion)")
            self.still_box.setChecked(self.still)
            self.still_box.toggled.connect(self._on_still_toggled)
            layout.addWidget(self.still_box)
        if self.exercise.cautions:
            layout.addWidget(cautions_box(self.exercise.cautions))
        layout.addStretch(1)
        row = QHBoxLayout()
        self.back_button = button("Back", description="Back to the start screen (Esc)")
        self.back_button.clicked.connect(self.leave_requested)
        self.start_button = button("Start", "primary", "Begin the first step (Space)")
        self.start_button.setMinimumWidth(220)
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        return page

    def _build_run_page(self, palette: Palette) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(12)
        self.where_label = label("", "muted")
        self.where_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.where_label)
        self.step_text = label("", "steptext")
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_text.setAccessibleName("Step")
        layout.addWidget(self.step_text)
        self.step_caution = label("", "muted")
        self.step_caution.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.step_caution)

        self.views = QStackedWidget()
        self.empty_view = QWidget()
        self.breathing_view = BreathingPart(palette)
        self.gaze_view = GazePart(palette)
        self.chips_view = ChipsPart()
        self.memories_view = MemoriesPart()
        self.memories_view.edit_requested.connect(self.memories_edit_requested)
        self.count_view = CountPart()
        for view in (
            self.empty_view,
            self.breathing_view,
            self.gaze_view,
            self.chips_view,
            self.memories_view,
            self.count_view,
        ):
            self.views.addWidget(view)
        layout.addWidget(self.views, 1)

        self.time_label = label("", "countdown")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.time_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName("How far through the whole exercise")
        layout.addWidget(self.progress)
        self.notice = label("", "lead")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        layout.addWidget(self.notice)

        row = QHBoxLayout()
        self.previous_button = button("Back", description="The previous step (Left arrow)")
        self.previous_button.clicked.connect(self.back)
        self.stop_button = button("Stop", description="Stop the exercise (Esc). Stopping is always fine.")
        self.stop_button.clicked.connect(self.stop)
        self.pause_button = button("Pause", description="Pause or resume (Space)")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button = button("Next", "primary", "The next step (Right arrow)")
        self.next_button.setMinimumWidth(200)
        self.next_button.clicked.connect(self.primary_action)
        row.addWidget(self.previous_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.pause_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 48, 48, 32)
        layout.setSpacing(18)
        layout.addStretch(1)
        self.done_heading = label("", "heading")
        self.done_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text = label("", "lead")
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.done_heading)
        layout.addWidget(self.done_text)
        layout.addStretch(2)
        row = QHBoxLayout()
        self.again_button = button("Once more", description="Go through this exercise again")
        self.again_button.clicked.connect(self.again)
        self.home_button = button("Back to the start", "primary", "Back to the start screen (Esc)")
        self.home_button.clicked.connect(self.leave_requested)
        row.addWidget(self.again_button)
        row.addStretch(1)
        row.addWidget(self.home_button)
        layout.addLayout(row)
        return page

    # -- what the person asks for --------------------------------------------------------

    def start(self) -> None:
        session = StepSession(self.exercise.steps)
        self.driver = SessionDriver(session, self.clock, moving=self._moving, countdown=self._countdown, parent=self)
        self.driver.set_still(self.still)
        self.driver.snapshot_changed.connect(self.show_snapshot)
        self.driver.began.connect(self._on_step_started)
        self.driver.state_changed.connect(self._on_state_changed)
        self.driver.auto_paused.connect(self._on_auto_paused)
        self.memories_view.set_memories(self._memories())
        self.notice.hide()
        self.pages.setCurrentWidget(self.run_page)
        self.next_button.setFocus()
        self.driver.start()

    def primary_action(self) -> None:
        """Space and the main button: count an item, or move on."""
        if self.driver is None:
            return
        session = self.driver.session
        assert isinstance(session, StepSession)
        if session.steps[session.index].count:
            self.driver.act(session.tap)
        else:
            self.next()

    def next(self) -> None:
        if self.driver is not None:
            self._keep_words_if_wanted()
            self.driver.act(self.driver.session.next)  # type: ignore[attr-defined]

    def back(self) -> None:
        if self.driver is not None:
            self.driver.act(self.driver.session.back)  # type: ignore[attr-defined]

    def toggle_pause(self) -> None:
        if self.driver is not None:
            self.notice.hide()
            self.driver.toggle_pause()

    def stop(self) -> None:
        if self.driver is not None:
            self.driver.stop()

    def again(self) -> None:
        self.pages.setCurrentWidget(self.ready_page)
        self.start_button.setFocus()

    def set_still(self, still: bool) -> None:
        self.still = still
        if hasattr(self, "still_box") and self.still_box.isChecked() != still:
            self.still_box.setChecked(still)
        if self.driver is not None:
            self.driver.set_still(still)

    def set_palette(self, palette: Palette) -> None:
        self.breathing_view.pacer.set_palette(palette)
        self.gaze_view.dot.set_palette(palette)

    def set_memories(self, memories: list[str]) -> None:
        self.memories_view.set_memories(memories)

    @property
    def state(self) -> SessionState:
        return self.driver.session.state if self.driver else SessionState.READY

    def focus_first(self) -> None:
        self.start_button.setFocus()

    # -- drawing -------------------------------------------------------------------------

    def show_snapshot(self, snapshot: StepSnapshot) -> None:
        step = snapshot.step
        text = step.notice if self.notice_wording and step.notice else step.text
        self.step_text.setText(text)
        restyle(self.step_text, "lead" if step.pattern is not None else "steptext")  # the pacer leads there
        self.step_caution.setText(step.caution)
        self.step_caution.setVisible(bool(step.caution))
        where = f"Step {snapshot.index + 1} of {snapshot.count}"
        if step.part and step.part != self.exercise.title:
            where = f"{step.part}  ·  {where}"
        self.where_label.setText(where)
        if step.pattern is not None:
            self.views.setCurrentWidget(self.breathing_view)
            self.breathing_view.show_step(snapshot, self.still)
        elif step.guide:
            self.views.setCurrentWidget(self.gaze_view)
            self.gaze_view.show_step(snapshot, self.still)
        elif step.chips:
            self.chips_view.set_words(step.chips)
            self.views.setCurrentWidget(self.chips_view)
        elif step.memories:
            self.views.setCurrentWidget(self.memories_view)
        elif step.count:
            self.views.setCurrentWidget(self.count_view)
            self.count_view.show_step(snapshot)
        else:
            self.views.setCurrentWidget(self.empty_view)
        remaining = snapshot.step_remaining
        if step.count:
            self.time_label.setText("")
        elif remaining is None:
            self.time_label.setText("When you're ready")
        elif step.pattern is None:
            self.time_label.setText(f"{max(1, math.ceil(remaining - 1e-6))} s")
        else:
            self.time_label.setText(
                f"{minutes_text(remaining)} left" if remaining >= 60 else f"{math.ceil(remaining)} s left"
            )
        self.progress.setValue(round(snapshot.progress * 1000))
        self._show_buttons(snapshot)

    def _show_buttons(self, snapshot: StepSnapshot) -> None:
        step = snapshot.step
        if step.count:
            main = "Found one"
        elif snapshot.is_last and not step.timed:
            main = "Finish"
        else:
            main = "Next" if not step.timed else "Skip ahead"
        self.next_button.setText(main)
        self.next_button.setAccessibleName(main)
        self.pause_button.setVisible(step.timed)
        paused = snapshot.state is SessionState.PAUSED
        self.pause_button.setText("Resume" if paused else "Pause")
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.previous_button.setEnabled(snapshot.index > 0)
        # The one main action of the screen is highlighted: pausing while a step runs by itself.
        restyle(self.pause_button, "primary" if step.timed else "")
        restyle(self.next_button, "" if step.timed else "primary")

    def _moving(self, snapshot: StepSnapshot) -> bool:
        return snapshot.step.pattern is not None or bool(snapshot.step.guide)

    def _countdown(self, snapshot: StepSnapshot) -> float | None:
        if snapshot.step.pattern is not None:
            return self.breathing_view.phase_remaining(snapshot)
        return snapshot.step_remaining

    def _on_step_started(self, event: StepStarted) -> None:
        self.step_text.setAccessibleName(f"Step {event.index + 1}")
        if self.pages.currentWidget() is self.run_page:
            focus = self.pause_button if event.step.timed else self.next_button
            focus.setFocus()

    def _on_state_changed(self, state: SessionState) -> None:
        self.state_changed.emit(state)
        if state is SessionState.PAUSED and not self.notice.isVisible():
            self.notice.setText("Paused. Resume whenever you're ready.")
            self.notice.show()
        elif state is SessionState.RUNNING:
            self.notice.hide()
        elif state.is_over:
            self._show_done(state)

    def _on_auto_paused(self, gap: float) -> None:
        self.notice.setText("Paused while your computer was away. Resume whenever you're ready.")
        self.notice.show()

    def _show_done(self, state: SessionState) -> None:
        if state is SessionState.FINISHED:
            self._keep_words_if_wanted()
            self.done_heading.setText("You took a moment for yourself.")
            self.done_text.setText("However you feel now is fine. Stay here as long as you like.")
        else:
            self.done_heading.setText("Stopping is always fine.")
            self.done_text.setText("Come back to this whenever you want, or try something else.")
        self.pages.setCurrentWidget(self.done_page)
        self.home_button.setFocus()

    def _keep_words_if_wanted(self) -> None:
        """On leaving the word chips: hand the words on only if the person opted in, then forget them."""
        chosen = self.chips_view.chosen
        if self.views.currentWidget() is self.chips_view and chosen:
            if self.chips_view.keep.isChecked():
                self.words_chosen.emit(chosen)
            self.chips_view.clear()

    # -- settings on this screen ---------------------------------------------------------

    def _on_still_toggled(self, still: bool) -> None:
        self.set_still(still)
        self.still_changed.emit(still)

    def _on_notice_toggled(self, notice: bool) -> None:
        self.notice_wording = notice

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        page = self.pages.currentWidget()
        running = page is self.run_page and self.driver is not None
        if key == Qt.Key.Key_Escape:
            if running:
                self.stop()
            else:
                self.leave_requested.emit()
        elif key == Qt.Key.Key_Space and page is self.ready_page:
            self.start()
        elif key == Qt.Key.Key_Space and running:
            snapshot = self.driver.session.snapshot(self.clock.now())  # type: ignore[union-attr]
            if snapshot.step.timed and not snapshot.step.count:
                self.toggle_pause()
            else:
                self.primary_action()
        elif key == Qt.Key.Key_Right and running:
            self.next()
        elif key == Qt.Key.Key_Left and running:
            self.back()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QAbstractButton):
            self.focusWidget().click()  # type: ignore[union-attr]
        else:
            super().keyPressEvent(event)
            return
        event.accept()
