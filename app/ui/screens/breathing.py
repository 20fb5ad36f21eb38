"""The breathing screen: get ready (cautions, length), breathe with the pacer, and finish."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.exercise import Exercise
from app.core.lines import LineDeck
from app.core.pacing import pacer_level
from app.core.session import PhaseStarted, Session, SessionState, Snapshot
from app.core.timeline import breathing_timeline
from app.storage.care import CheckInWords
from app.ui.i18n import _t, _tn
from app.ui.parts.pacer import PacerWidget
from app.ui.parts.screen_keys import ScreenKey, ScreenKeys
from app.ui.parts.theme import Palette
from app.ui.parts.time_words import clock_text, minutes_text, spoken_time
from app.ui.parts.widgets import FlowLayout, Pages, QuietBar, button, label, phase_words, restyle, scrolling
from app.ui.screens.exercise import ExerciseScreen
from app.ui.services.narration import Narrator


class BreathingScreen(ExerciseScreen):
    """One breathing exercise: a moving pacer or a still countdown, the phase in words.

    Signals (besides those of ExerciseScreen):
        skip_holds_changed(bool): the person switched "skip the holds" on or off.
    """

    skip_holds_changed = Signal(bool)

    def __init__(
        self,
        exercise: Exercise,
        clock: Clock,
        palette: Palette,
        still: bool = False,
        skip_holds: bool = False,
        narrator: Narrator | None = None,
        parent: QWidget | None = None,
        checkin_words: CheckInWords | None = None,
        lines: tuple[LineDeck, LineDeck] | None = None,
    ) -> None:
        assert exercise.pattern is not None
        self.pattern = exercise.pattern
        self.minutes = self.pattern.default_length
        self.skip_holds = skip_holds and self.pattern.holds_skippable
        super().__init__(exercise, clock, palette, still, narrator, parent, checkin_words, lines)
        self.start_button.setAccessibleDescription(_t("Breathing", "Start breathing with the pacer (Space)"))
        self.again_button.setText(_t("Breathing", "Breathe again"))
        self.again_button.setAccessibleName(self.again_button.text())
        self._update_length_note()
        self.session_began.connect(self._eyes_closed_at_start)

    def _eyes_closed_at_start(self) -> None:
        """With eyes closed chosen before the start, the first phase's notice line says so, and how to stop."""
        if self.eyes_box.isChecked() and self.narrator is not None:
            self.notice.say(_t("Breathing", "Eyes closed. Listen for the sounds. Esc stops."), for_now=True)
            self.keys.refresh()

    # -- pages ---------------------------------------------------------------------------

    def has_motion(self) -> bool:
        return True

    def add_ready_options(self, layout: QVBoxLayout) -> None:
        lengths = self.pattern.lengths
        self.length_buttons = QButtonGroup(self)
        self.length_buttons.setExclusive(True)
        if len(lengths) > 1:
            lengths_box = QWidget()
            row = FlowLayout(lengths_box)  # on two lines when large text makes one too wide
            row.addWidget(label(_t("Breathing", "How long:"), "muted", wrap=False))
            for minutes in lengths:
                choice = button(
                    minutes_text(minutes * 60),
                    "length",
                    _tn("Breathing", "Breathe for %n minutes", None, int, round(minutes)),
                )
                choice.setCheckable(True)
                choice.setChecked(minutes == self.minutes)
                choice.clicked.connect(lambda _checked=False, m=minutes: self.choose_length(m))
                self.length_buttons.addButton(choice)
                row.addWidget(choice)
            layout.addWidget(lengths_box)
        self.length_note = label("", "muted")
        layout.addWidget(self.length_note)
        self.skip_holds_box = QCheckBox(_t("Breathing", "Skip the holds"))
        self.skip_holds_box.setAccessibleDescription(_t("Breathing", "Leave out the moments of holding the breath"))
        self.skip_holds_box.setChecked(self.skip_holds)
        self.skip_holds_box.setVisible(self.pattern.holds_skippable and self.pattern.has_holds)
        self.skip_holds_box.toggled.connect(self._on_skip_holds)
        layout.addWidget(self.skip_holds_box)
        self.eyes_box = QCheckBox(_t("Breathing", "Eyes closed (E)"))
        self.eyes_box.setAccessibleDescription(
            _t("Breathing", "The sound rises as you breathe in and falls as you breathe out, with the words if the "
               "voice is on")
        )  # fmt: skip
        self.eyes_box.setVisible(self.narrator is not None)
        self.eyes_box.toggled.connect(self.set_eyes_closed)
        layout.addWidget(self.eyes_box)
        ScreenKeys(self.eyes_box, [ScreenKey(("E",), self.eyes_box.toggle)])  # E here too: live while the box shows

    def build_run_page(self, palette: Palette) -> QWidget:
        self._shown: dict[str, object] = {}  # what the run page's labels and bar show now
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(48, 28, 48, 28)
        content = QWidget()  # scrolls only when large text makes it taller than the window; the buttons never do
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.gentle)
        self.phase_label = label("", "phase", centred=True)
        self.countdown_label = label("", "countdown", centred=True)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.countdown_label)

        self.visual = Pages()  # as big as the page shown
        self.pacer = PacerWidget(palette)
        self.still_view = QWidget()
        still_layout = QVBoxLayout(self.still_view)
        still_layout.addStretch(1)
        self.big_count = label("", "bigcount", centred=True)
        self.phase_bar = QuietBar()
        self.phase_bar.setAccessibleName(_t("Breathing", "How far through this part of the breath"))
        still_layout.addWidget(self.big_count)
        still_layout.addWidget(self.phase_bar)
        still_layout.addStretch(1)
        self.visual.addWidget(self.pacer)
        self.visual.addWidget(self.still_view)
        layout.addWidget(self.visual, 1)
        layout.addWidget(self.notice)

        outer.addWidget(self.room_for(scrolling(content, self.exercise.title)), 1)
        # Where the exercise stands stays in view, under whatever scrolls (large text, a long phase name).
        self.progress = QuietBar()
        self.progress.setAccessibleName(_t("Breathing", "How far through the whole exercise"))
        outer.addWidget(self.progress)
        self.progress_label = label("", "muted", centred=True)
        outer.addWidget(self.progress_label)

        restyle(self.pause_button, "primary")
        self.pause_button.setMinimumWidth(220)
        outer.addLayout(self.controls(page, [self.stop_button], [self.pause_button]))
        self.apply_still(self.still)
        return page

    # -- the session ---------------------------------------------------------------------

    def choose_length(self, minutes: float) -> None:
        self.minutes = minutes
        self._update_length_note()

    def make_session(self) -> Session:
        return Session(breathing_timeline(self.pattern, self.minutes, self.skip_holds))

    def begin_focus(self) -> QWidget | None:
        return self.pause_button

    def planned_seconds(self) -> float:
        return breathing_timeline(self.pattern, self.minutes, self.skip_holds).total

    def moving(self, snapshot: Snapshot) -> bool:
        return True

    def countdown(self, snapshot: Snapshot) -> float | None:
        return snapshot.segment_remaining

    def show_snapshot(self, snapshot: Snapshot) -> None:
        phase = snapshot.segment.phase
        remaining = snapshot.segment_remaining
        seconds_left = max(1, math.ceil(remaining - 1e-6)) if snapshot.state is not SessionState.FINISHED else 0
        # This runs every frame while the pacer moves: Qt is told only what changed (see _changed).
        if self._changed("phase", phase.label):
            self.phase_label.setText(phase_words(phase))
        count = str(seconds_left) if seconds_left else ""
        if self._changed("count", count):
            self.countdown_label.setText(count)
            self.big_count.setText(count)
            self.pacer.setAccessibleDescription(
                _tn("Breathing", "{phase}, %n seconds left", None, int, seconds_left).format(phase=phase_words(phase))
            )
        if self.still:
            self.phase_bar.setValue(round(snapshot.segment_fraction * 1000))
        else:
            self.pacer.set_level(pacer_level(snapshot))
        progress = round(snapshot.progress * 1000)
        if self._changed("progress", progress):
            self.progress.setValue(progress)
        if self._changed("progress text", (snapshot.cycle, math.ceil(snapshot.remaining))):  # what the words show
            where = (
                _t("Breathing", "Breath {number} of {count}").format(number=snapshot.cycle, count=snapshot.cycles)
                if snapshot.cycle
                else _t("Breathing", "Getting ready")
            )
            text = _t("Breathing", "{where}  ·  {time} left").format(where=where, time=clock_text(snapshot.remaining))
            self.progress_label.setText(text)

    def _changed(self, what: str, value: object) -> bool:
        """Whether `value` differs from what the run page shows for `what` (and remember it)."""
        if self._shown.get(what) == value:
            return False
        self._shown[what] = value
        return True

    def what_is_left(self) -> str:
        assert self.driver is not None
        snapshot = self.driver.session.snapshot(self.clock.now())
        where = (
            _t("Breathing", "Breath {number} of {count}").format(number=snapshot.cycle, count=snapshot.cycles)
            if snapshot.cycle
            else _t("Breathing", "Getting ready")
        )
        return _t("Exercise", "{where}. {time} left.").format(where=where, time=spoken_time(snapshot.remaining))

    def on_began(self, event: PhaseStarted) -> None:
        # The accessible name carries the phase so screen readers can follow along.
        self.phase_label.setAccessibleName(phase_words(event.segment.phase))

    def announcement(self, event: PhaseStarted) -> str:
        return phase_words(event.segment.phase)

    def mini_view(self, snapshot: Snapshot) -> tuple[str, float | None]:
        count = self.countdown_label.text()
        words = phase_words(snapshot.segment.phase)
        line = f"{words}  {count}" if count else words
        return line, None if self.still else pacer_level(snapshot)

    def done_words(self, finished: bool) -> tuple[str, str]:
        if finished:
            return (
                _t("Breathing", "You gave yourself a few minutes."),
                _t("Exercise", "However you feel now is fine. Stay here as long as you like."),
            )
        assert self.driver is not None
        elapsed = self.driver.session.elapsed(self.clock.now())  # type: ignore[attr-defined]
        spent = minutes_text(elapsed) if elapsed >= 5 else _t("Breathing", "a moment")
        text = _t("Breathing", "You breathed with the pacer for {length}. Come back to it whenever you want.").format(
            length=spent
        )
        return _t("Exercise", "Stopping is always fine."), text

    # -- settings on this screen ---------------------------------------------------------

    def apply_still(self, still: bool) -> None:
        self.visual.setCurrentWidget(self.still_view if still else self.pacer)
        self.countdown_label.setVisible(not still)

    def set_palette(self, palette: Palette) -> None:
        self.pacer.set_palette(palette)

    def run_page_keys(self) -> list[ScreenKey]:
        """E: eyes closed on or off, during the breath as before it (← → keep the focus where it is)."""
        return [ScreenKey(("Left", "Right"), lambda: None), ScreenKey(("E",), self.eyes_box.toggle, self._eyes_hint)]

    def _eyes_hint(self) -> str:
        """On the hint line while eyes closed is on, so a glance shows it (and how to turn it off)."""
        return _t("Breathing", "E: eyes closed is on") if self.eyes_box.isChecked() else ""

    def set_eyes_closed(self, closed: bool) -> None:
        """Each phase begins with its own sound (rising in, falling out); said once, with how to stop."""
        if self.eyes_box.isChecked() != closed:
            self.eyes_box.setChecked(closed)  # (comes back here through toggled)
            return
        if self.narrator is None:
            return
        self.narrator.eyes_closed = closed
        words = (
            _t("Breathing", "Eyes closed. Listen for the sounds. Esc stops.")
            if closed
            else _t("Breathing", "The sounds for each phase are off.")
        )
        if closed:
            self.narrator.say_once(words)
        if self.driver is not None:
            self.notice.say(words, for_now=True)
        self.keys.refresh()  # the run page's hint line says whether it is on

    def stop(self) -> None:
        super().stop()
        if self.narrator is not None:
            self.narrator.eyes_closed = False  # the next exercise begins as the settings say

    def _on_skip_holds(self, skip: bool) -> None:
        self.skip_holds = skip
        self._update_length_note()
        self.skip_holds_changed.emit(skip)

    def _update_length_note(self) -> None:
        timeline = breathing_timeline(self.pattern, self.minutes, self.skip_holds)
        cycles = timeline.cycles
        self.length_note.setText(
            _tn("Breathing", "%n breaths, about {length}.", None, int, cycles).format(
                length=minutes_text(timeline.total)
            )
        )
