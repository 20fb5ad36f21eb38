"""The breathing screen: get ready (cautions, length), breathe with the pacer, and finish."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.exercise import Exercise
from app.core.pacing import pacer_level
from app.core.session import PhaseStarted, Session, SessionState, Snapshot
from app.core.timeline import breathing_timeline
from app.ui.driver import SessionDriver
from app.ui.pacer import PacerWidget
from app.ui.theme import Palette
from app.ui.widgets import button, cautions_box, clock_text, label, minutes_text


class BreathingScreen(QWidget):
    """One breathing exercise from start to finish.

    Signals:
        leave_requested(): the person wants to go back to the start screen.
        still_changed(bool): the person switched the still pacer on or off here.
        skip_holds_changed(bool): the person switched "skip the holds" on or off.
        state_changed(SessionState): the session started, paused, resumed or ended.
    """

    leave_requested = Signal()
    still_changed = Signal(bool)
    skip_holds_changed = Signal(bool)
    state_changed = Signal(object)

    def __init__(
        self,
        exercise: Exercise,
        clock: Clock,
        palette: Palette,
        still: bool = False,
        skip_holds: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert exercise.pattern is not None
        self.exercise = exercise
        self.pattern = exercise.pattern
        self.clock = clock
        self.still = still
        self.minutes = self.pattern.default_length
        self.skip_holds = skip_holds and self.pattern.holds_skippable
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
        self._update_length_note()

    # -- pages ---------------------------------------------------------------------------

    def _build_ready_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        layout.addWidget(label(self.exercise.title, "heading"))
        layout.addWidget(label(self.exercise.details or self.exercise.summary, "lead"))

        lengths = self.pattern.lengths
        self.length_buttons = QButtonGroup(page)
        self.length_buttons.setExclusive(True)
        if len(lengths) > 1:
            row = QHBoxLayout()
            row.setSpacing(10)
            row.addWidget(label("How long:", "muted", wrap=False))
            for minutes in lengths:
                choice = button(minutes_text(minutes * 60), "length", f"Breathe for {minutes:g} minutes")
                choice.setCheckable(True)
                choice.setChecked(minutes == self.minutes)
                choice.clicked.connect(lambda _checked=False, m=minutes: self.choose_length(m))
                self.length_buttons.addButton(choice)
                row.addWidget(choice)
            row.addStretch(1)
            layout.addLayout(row)
        self.length_note = label("", "muted")
        layout.addWidget(self.length_note)

        self.skip_holds_box = QCheckBox("Skip the holds")
        self.skip_holds_box.setAccessibleDescription("Leave out the moments of holding the breath")
        self.skip_holds_box.setChecked(self.skip_holds)
        self.skip_holds_box.setVisible(self.pattern.holds_skippable and self.pattern.has_holds)
        self.skip_holds_box.toggled.connect(self._on_skip_holds)
        layout.addWidget(self.skip_holds_box)

        self.still_box = QCheckBox("Keep the pacer still (no motion)")
        self.still_box.setAccessibleDescription("Show a countdown and a progress bar instead of a moving circle")
        self.still_box.setChecked(self.still)
        self.still_box.toggled.connect(self._on_still_toggled)
        layout.addWidget(self.still_box)

        if self.exercise.cautions:
            layout.addWidget(cautions_box(self.exercise.cautions))

        layout.addStretch(1)
        row = QHBoxLayout()
        self.back_button = button("Back", description="Back to the start screen (Esc)")
        self.back_button.clicked.connect(self.leave_requested)
        self.start_button = button("Start", "primary", "Start breathing with the pacer (Space)")
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
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(10)
        self.phase_label = label("", "phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label = label("", "countdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.countdown_label)

        self.visual = QStackedWidget()
        self.pacer = PacerWidget(palette)
        self.still_view = QWidget()
        still_layout = QVBoxLayout(self.still_view)
        still_layout.addStretch(1)
        self.big_count = label("", "bigcount")
        self.big_count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_bar = QProgressBar()
        self.phase_bar.setRange(0, 1000)
        self.phase_bar.setAccessibleName("How far through this part of the breath")
        still_layout.addWidget(self.big_count)
        still_layout.addWidget(self.phase_bar)
        still_layout.addStretch(1)
        self.visual.addWidget(self.pacer)
        self.visual.addWidget(self.still_view)
        layout.addWidget(self.visual, 1)

        self.notice = label("", "lead")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName("How far through the whole exercise")
        layout.addWidget(self.progress)
        self.progress_label = label("", "muted")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.progress_label)

        row = QHBoxLayout()
        self.stop_button = button("Stop", description="Stop the exercise (Esc). Stopping is always fine.")
        self.stop_button.clicked.connect(self.stop)
        self.pause_button = button("Pause", "primary", "Pause or resume (Space)")
        self.pause_button.setMinimumWidth(220)
        self.pause_button.clicked.connect(self.toggle_pause)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(label("Space pauses · Esc stops", "muted", wrap=False))
        row.addStretch(1)
        row.addWidget(self.pause_button)
        layout.addLayout(row)
        self._show_still(self.still)
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
        self.again_button = button("Breathe again", description="Start this exercise once more")
        self.again_button.clicked.connect(self.again)
        self.home_button = button("Back to the start", "primary", "Back to the start screen (Esc)")
        self.home_button.clicked.connect(self.leave_requested)
        row.addWidget(self.again_button)
        row.addStretch(1)
        row.addWidget(self.home_button)
        layout.addLayout(row)
        return page

    # -- what the person asks for --------------------------------------------------------

    def choose_length(self, minutes: float) -> None:
        self.minutes = minutes
        self._update_length_note()

    def start(self) -> None:
        timeline = breathing_timeline(self.pattern, self.minutes, self.skip_holds)
        self.driver = SessionDriver(
            Session(timeline), self.clock, moving=lambda _: True, countdown=lambda s: s.segment_remaining, parent=self
        )
        self.driver.set_still(self.still)
        self.driver.snapshot_changed.connect(self.show_snapshot)
        self.driver.began.connect(self._on_phase_started)
        self.driver.state_changed.connect(self._on_state_changed)
        self.driver.auto_paused.connect(self._on_auto_paused)
        self.notice.hide()
        self.pages.setCurrentWidget(self.run_page)
        self.pause_button.setFocus()
        self.driver.start()

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
        """Switch the still pacer on or off (from the menu or the OS preference)."""
        if self.still_box.isChecked() != still:
            self.still_box.setChecked(still)  # calls back into _on_still_toggled
        else:
            self._apply_still(still)

    def set_palette(self, palette: Palette) -> None:
        self.pacer.set_palette(palette)

    @property
    def state(self) -> SessionState:
        return self.driver.session.state if self.driver else SessionState.READY

    def focus_first(self) -> None:
        self.start_button.setFocus()

    # -- drawing -------------------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        phase = snapshot.segment.phase
        remaining = snapshot.segment_remaining
        seconds_left = max(1, math.ceil(remaining - 1e-6)) if snapshot.state is not SessionState.FINISHED else 0
        self.phase_label.setText(phase.label)
        count = str(seconds_left) if seconds_left else ""
        if self.countdown_label.text() != count:
            self.countdown_label.setText(count)
            self.big_count.setText(count)
            self.pacer.setAccessibleDescription(f"{phase.label}, {count} seconds left")
        if self.still:
            self.phase_bar.setValue(round(snapshot.segment_fraction * 1000))
        else:
            self.pacer.set_level(pacer_level(snapshot))
        self.progress.setValue(round(snapshot.progress * 1000))
        if snapshot.cycle:
            where = f"Breath {snapshot.cycle} of {snapshot.cycles}"
        else:
            where = "Getting ready"
        self.progress_label.setText(f"{where}  ·  {clock_text(snapshot.remaining)} left")

    def _on_phase_started(self, event: PhaseStarted) -> None:
        # The accessible name carries the phase so screen readers can follow along.
        self.phase_label.setAccessibleName(event.segment.phase.label)

    def _on_state_changed(self, state: SessionState) -> None:
        self.state_changed.emit(state)
        if state is SessionState.PAUSED:
            self.pause_button.setText("Resume")
            self.pause_button.setAccessibleName("Resume")
            if not self.notice.isVisible():
                self.notice.setText("Paused. Resume whenever you're ready.")
                self.notice.show()
        elif state is SessionState.RUNNING:
            self.pause_button.setText("Pause")
            self.pause_button.setAccessibleName("Pause")
            self.notice.hide()
        elif state.is_over:
            self._show_done(state)

    def _on_auto_paused(self, gap: float) -> None:
        self.notice.setText("Paused while your computer was away. Resume whenever you're ready.")
        self.notice.show()

    def _show_done(self, state: SessionState) -> None:
        assert self.driver is not None
        elapsed = self.driver.session.elapsed(self.clock.now())
        if state is SessionState.FINISHED:
            self.done_heading.setText("You gave yourself a few minutes.")
            self.done_text.setText("However you feel now is fine. Stay here as long as you like.")
        else:
            self.done_heading.setText("Stopping is always fine.")
            spent = minutes_text(elapsed) if elapsed >= 5 else "a moment"
            self.done_text.setText(f"You breathed with the pacer for {spent}. Come back to it whenever you want.")
        self.pages.setCurrentWidget(self.done_page)
        self.home_button.setFocus()

    # -- settings on this screen ---------------------------------------------------------

    def _on_still_toggled(self, still: bool) -> None:
        self._apply_still(still)
        self.still_changed.emit(still)

    def _apply_still(self, still: bool) -> None:
        self.still = still
        self._show_still(still)
        if self.driver is not None:
            self.driver.set_still(still)

    def _show_still(self, still: bool) -> None:
        self.visual.setCurrentWidget(self.still_view if still else self.pacer)
        self.countdown_label.setVisible(not still)

    def _on_skip_holds(self, skip: bool) -> None:
        self.skip_holds = skip
        self._update_length_note()
        self.skip_holds_changed.emit(skip)

    def _update_length_note(self) -> None:
        timeline = breathing_timeline(self.pattern, self.minutes, self.skip_holds)
        breaths = f"{timeline.cycles} breath{'s' if timeline.cycles != 1 else ''}"
        self.length_note.setText(f"{breaths}, about {minutes_text(timeline.total)}.")

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        page = self.pages.currentWidget()
        if key == Qt.Key.Key_Escape:
            if page is self.run_page:
                self.stop()
            else:
                self.leave_requested.emit()
        elif key == Qt.Key.Key_Space:
            if page is self.ready_page:
                self.start()
            elif page is self.run_page:
                self.toggle_pause()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            elif page is self.ready_page:
                self.start()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
