"""The step player: one step at a time in large words, for every exercise made of steps."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from app.core.clock import Clock
from app.core.exercise import Exercise, Step, step_seconds
from app.core.lines import LineDeck
from app.core.playback import SessionState
from app.core.steps import StepSession, StepSnapshot, StepStarted
from app.storage.care import CheckInWords
from app.ui.i18n import _t, _tn
from app.ui.parts.screen_keys import ScreenKey
from app.ui.parts.theme import Palette
from app.ui.parts.time_words import minutes_text, spoken_time
from app.ui.parts.widgets import Pages, QuietBar, button, label, restyle, scrolling
from app.ui.screens.exercise import ExerciseScreen
from app.ui.screens.step_views import BreathingPart, ChipsPart, CountPart, GazePart, MemoriesPart
from app.ui.services.narration import Narrator


class StepScreen(ExerciseScreen):
    """Steps in large words, one at a time, with Back / Next / Pause / Stop.

    Keys: Space does the step's main action (pause a timed step, move on from an untimed
    one, count one item); Right/Left arrows go to the next or previous step; Esc stops.

    Signals (besides those of ExerciseScreen):
        words_chosen(list): feeling words the person chose to keep (only when they opted in).
        memories_edit_requested(): the person wants to edit their list of memories.
    """

    words_chosen = Signal(list)
    memories_edit_requested = Signal()
    line_every = 3

    def __init__(
        self,
        exercise: Exercise,
        clock: Clock,
        palette: Palette,
        still: bool = False,
        notice_wording: bool = False,
        memories: Callable[[], list[str]] = list,
        narrator: Narrator | None = None,
        parent: QWidget | None = None,
        checkin_words: CheckInWords | None = None,
        lines: tuple[LineDeck, LineDeck] | None = None,
    ) -> None:
        self.notice_wording = notice_wording
        self._memories = memories
        parts = list(dict.fromkeys(s.part for s in exercise.steps if s.part))
        self._parts = parts if len(parts) > 1 else []  # a sequence shows "Part 2 of 3", not steps
        super().__init__(exercise, clock, palette, still, narrator, parent, checkin_words, lines)

    # -- pages ---------------------------------------------------------------------------

    def has_motion(self) -> bool:
        return any(s.guide or s.pattern for s in self.exercise.steps)

    def add_ready_options(self, layout: QVBoxLayout) -> None:
        steps = self.exercise.steps
        parts = list(dict.fromkeys(s.part for s in steps if s.part))
        length = minutes_text(self.exercise.default_seconds)
        about = _tn("Steps", "%n steps, about {length}.", None, int, len(steps)).format(length=length)
        if len(parts) > 1:
            about = _t("Steps", "{parts}. About {length}.").format(parts=" → ".join(parts), length=length)
        layout.addWidget(label(about, "muted"))
        self.notice_box = QCheckBox(_t("Steps", "Use “notice” wording"))
        self.notice_box.setAccessibleDescription(
            _t("Steps", "For anyone who can't see or hear: “notice” instead of “see” and “hear”")
        )
        self.notice_box.setToolTip(self.notice_box.accessibleDescription())
        self.notice_box.setChecked(self.notice_wording)
        self.notice_box.setVisible(any(s.notice for s in steps))
        self.notice_box.toggled.connect(self._on_notice_toggled)
        layout.addWidget(self.notice_box)

    def build_run_page(self, palette: Palette) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(48, 24, 48, 24)
        content = QWidget()  # scrolls only when large text makes it taller than the window; the buttons never do
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.where_label = label("", "muted", centred=True)
        layout.addWidget(self.where_label)
        layout.addWidget(self.gentle)
        layout.addStretch(1)  # with the stretch below, words-only steps sit in the middle
        self.step_text = label("", "steptext", centred=True)
        self.step_text.setAccessibleName(_t("Steps", "Step"))
        layout.addWidget(self.step_text)
        self.step_caution = label("", "muted", centred=True)
        layout.addWidget(self.step_caution)

        self.views = Pages()  # as big as the page shown
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
        layout.addWidget(self.views, 10)  # the pacer or the words' part gets most of the room
        layout.addStretch(1)

        self.time_label = label("", "countdown", centred=True)
        layout.addWidget(self.time_label)
        self.progress = QuietBar()
        self.progress.setAccessibleName(_t("Steps", "How far through the whole exercise"))
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        outer.addWidget(self.room_for(scrolling(content, self.exercise.title)), 1)

        self.previous_button = button(
            _t("Steps", "Previous step"), description=_t("Steps", "Go back one step (Left arrow)")
        )
        self.previous_button.clicked.connect(self.back)
        self.next_button = button(
            _t("Steps", "Next"), "primary", _t("Steps", "The next step (Right arrow)"),
            other_texts=(_t("Steps", "Found one"), _t("Steps", "Finish"), _t("Steps", "Skip ahead")),
        )  # fmt: skip
        self.next_button.setMinimumWidth(200)
        self.next_button.clicked.connect(self.primary_action)
        gap = QWidget()
        gap.setFixedWidth(48)  # a shaky tap on "Previous step" must not land on "Stop"
        outer.addLayout(
            self.controls(page, [self.previous_button, gap, self.stop_button], [self.pause_button, self.next_button])
        )
        return page

    # -- what the person asks for --------------------------------------------------------

    def make_session(self) -> StepSession:
        self.memories_view.set_memories(self._memories())
        return StepSession(self.exercise.steps)

    def main_for(self, step: Step) -> QWidget:
        """The control a step's keys and words belong to: Pause on a timed step, else the forward button."""
        return self.pause_button if step.timed else self.next_button

    def begin_focus(self) -> QWidget | None:
        return self.main_for(self.exercise.steps[0])

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

    def set_palette(self, palette: Palette) -> None:
        self.breathing_view.pacer.set_palette(palette)
        self.gaze_view.dot.set_palette(palette)

    def set_memories(self, memories: list[str]) -> None:
        self.memories_view.set_memories(memories)

    # -- drawing -------------------------------------------------------------------------

    def show_snapshot(self, snapshot: StepSnapshot) -> None:
        step = snapshot.step
        text = step.notice if self.notice_wording and step.notice else step.text
        self.step_text.setText(text)
        restyle(self.step_text, "lead" if step.pattern is not None else "steptext")  # the pacer leads there
        self.step_caution.setText(step.caution)
        self.step_caution.setVisible(bool(step.caution))
        where = _t("Steps", "Step {number} of {count}").format(number=snapshot.index + 1, count=snapshot.count)
        if self._parts and step.part:
            where = _t("Steps", "Part {number} of {count}  ·  {part}").format(
                number=self._parts.index(step.part) + 1, count=len(self._parts), part=step.part
            )
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
        self.views.setVisible(self.views.currentWidget() is not self.empty_view)
        remaining = snapshot.step_remaining
        if step.count:
            self.time_label.setText("")
        elif remaining is None:
            self.time_label.setText(_t("Steps", "When you're ready"))
        elif step.pattern is None:
            self.time_label.setText(_t("Steps", "{seconds} s").format(seconds=max(1, math.ceil(remaining - 1e-6))))
        else:
            self.time_label.setText(
                _t("Steps", "{length} left").format(length=minutes_text(remaining))
                if remaining >= 60
                else _t("Steps", "{seconds} s left").format(seconds=math.ceil(remaining))
            )
        self.progress.setValue(round(snapshot.progress * 1000))
        self._show_buttons(snapshot)

    def _show_buttons(self, snapshot: StepSnapshot) -> None:
        step = snapshot.step
        if step.count:
            main = _t("Steps", "Found one")
        elif snapshot.is_last and not step.timed:
            main = _t("Steps", "Finish")
        else:
            main = _t("Steps", "Skip ahead") if step.timed else _t("Steps", "Next")
        self.next_button.setText(main)
        self.next_button.setAccessibleName(main)
        # Every button keeps its place; Pause is simply unavailable while nothing is timed.
        self.pause_button.setEnabled(step.timed)
        paused = snapshot.state is SessionState.PAUSED
        self.pause_button.setText(_t("Exercise", "Resume") if paused else _t("Exercise", "Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.previous_button.setEnabled(snapshot.index > 0)
        # The forward button is always the wide one on the right: filled when it is the way on.
        restyle(self.next_button, "" if step.timed else "primary")

    def moving(self, snapshot: StepSnapshot) -> bool:
        return snapshot.step.pattern is not None or bool(snapshot.step.guide)

    def countdown(self, snapshot: StepSnapshot) -> float | None:
        if snapshot.step.pattern is not None:
            return self.breathing_view.phase_remaining(snapshot)
        return snapshot.step_remaining

    def announcement(self, event: StepStarted) -> str:
        step = event.step
        return step.notice if self.notice_wording and step.notice else step.text

    def mini_view(self, snapshot: StepSnapshot) -> tuple[str, float | None]:
        if snapshot.step.pattern is None:
            return self.step_text.text(), None
        part = self.breathing_view  # a breathing part: its phase, countdown and pacer
        return f"{part.phase.text()}  {part.countdown.text()}", None if self.still else part.pacer.level

    def on_began(self, event: StepStarted) -> None:
        self.step_text.setAccessibleName(_t("Steps", "Step {number}").format(number=event.index + 1))
        self.keys.refresh()  # what Space does changes with the step

    def focus_for(self, event: StepStarted) -> QWidget | None:
        return self.main_for(event.step)

    def done_words(self, finished: bool) -> tuple[str, str]:
        if finished:
            self._keep_words_if_wanted()
        return super().done_words(finished)

    def _keep_words_if_wanted(self) -> None:
        """On leaving the word chips: hand the words on only if the person opted in, then forget them."""
        chosen = self.chips_view.chosen
        if self.views.currentWidget() is self.chips_view and chosen:
            if self.chips_view.keep.isChecked():
                self.words_chosen.emit(chosen)
            self.chips_view.clear()

    # -- settings on this screen ---------------------------------------------------------

    def _on_notice_toggled(self, notice: bool) -> None:
        self.notice_wording = notice

    # -- keyboard ------------------------------------------------------------------------

    def run_page_keys(self) -> list[ScreenKey]:
        return [
            ScreenKey(("Right",), self.next, _t("Steps", "← → change step")),
            ScreenKey(("Left",), self.back),
        ]

    def _snapshot(self) -> StepSnapshot | None:
        return self.driver.session.snapshot(self.clock.now()) if self.driver is not None else None  # type: ignore[no-any-return]

    def space_words(self) -> str:
        snapshot = self._snapshot()
        if snapshot is None or snapshot.step.timed or snapshot.state is SessionState.PAUSED:
            return super().space_words()
        if snapshot.step.count:
            return _t("Steps", "Space counts")
        return _t("Steps", "Space finishes") if snapshot.is_last else _t("Steps", "Space goes on")

    def space_pressed(self) -> None:
        snapshot = self._snapshot()
        if snapshot is None:
            return
        if snapshot.step.timed or snapshot.state is SessionState.PAUSED:  # paused (the computer slept): go on first
            self.toggle_pause()
        else:
            self.primary_action()

    def runs_by_itself(self) -> bool:
        snapshot = self._snapshot()
        return snapshot is not None and snapshot.step.timed

    def run_focus(self) -> QWidget:
        snapshot = self._snapshot()
        return self.main_for(snapshot.step if snapshot is not None else self.exercise.steps[0])

    def what_is_left(self) -> str:
        snapshot = self._snapshot()
        if snapshot is None:
            return ""
        steps = self.exercise.steps
        later = (snapshot.step_remaining or 0.0) + sum(step_seconds(s) for s in steps[snapshot.index + 1 :])
        words = [self.where_label.text().replace("  ·  ", ": ") + "."]
        if snapshot.step_remaining is not None:
            words.append(_t("Steps", "This step: {time}.").format(time=spoken_time(snapshot.step_remaining)))
        elif snapshot.step.count:
            found = _t("Steps", "{found} of {count} found.")
            words.append(found.format(found=snapshot.taps, count=snapshot.step.count))
        else:
            words.append(_t("Steps", "This step waits for you."))
        if not snapshot.is_last:
            words.append(_t("Steps", "About {time} left in all.").format(time=spoken_time(later)))
        return " ".join(words)
