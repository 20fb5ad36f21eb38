"""What a step can show under its words: the gaze dot, a breathing pacer, word chips, memories, a count."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.gaze import CORNER_WORDS, gaze_point
from app.core.pacing import pacer_level
from app.core.session import snapshot_at
from app.core.steps import StepSnapshot
from app.core.timeline import Timeline, breathing_timeline
from app.core.words import QT_TRANSLATE_NOOP
from app.ui.i18n import _t
from app.ui.parts.gaze import GazeDot
from app.ui.parts.pacer import PacerWidget
from app.ui.parts.theme import Palette
from app.ui.parts.widgets import button, label, phase_words, restyle


class BreathingPart(QWidget):
    """A short breathing part inside a step exercise: the pacer, the phase and its countdown."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.phase = label("", "phase", centred=True)
        self.countdown = label("", "countdown", centred=True)
        self.pacer = PacerWidget(palette)
        layout.addWidget(self.phase)
        layout.addWidget(self.countdown)
        layout.addWidget(self.pacer, 1)

    def show_step(self, snapshot: StepSnapshot, still: bool) -> None:
        step = snapshot.step
        assert step.pattern is not None
        if self.timeline is None or self.timeline.total != step.seconds:
            self.timeline = breathing_timeline(step.pattern, step.minutes)
        inner = snapshot_at(self.timeline, snapshot.step_elapsed)
        self.phase.setText(phase_words(inner.segment.phase))
        self.countdown.setText(str(max(1, math.ceil(inner.segment_remaining - 1e-6))))
        self.pacer.setVisible(not still)
        if not still:
            self.pacer.set_level(pacer_level(inner))

    def phase_remaining(self, snapshot: StepSnapshot) -> float:
        if self.timeline is None:
            return 0.0
        return snapshot_at(self.timeline, snapshot.step_elapsed).segment_remaining


class GazePart(QWidget):
    """The dot that leads the gaze, and a word saying what it asks ("Close", "Corner 2 of 4")."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dot = GazeDot(palette)
        self.hint = label("", "countdown", centred=True)
        layout.addWidget(self.dot, 1)
        layout.addWidget(self.hint)

    def show_step(self, snapshot: StepSnapshot, still: bool) -> None:
        step = snapshot.step
        point = gaze_point(step.guide, snapshot.step_elapsed, step.seconds or 12.0, still)
        self.dot.set_point(point)
        self.hint.setText(
            _t("Gaze", CORNER_WORDS).format(number=point.corner) if point.corner else _t("Gaze", point.label)
        )


class ChipsPart(QWidget):
    """Word chips to name a feeling: any word is fine, more than one is fine.

    Signals:
        chosen_changed(list): the words picked so far, in the order shown.
    """

    chosen_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.chips: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        layout.addLayout(self.grid)
        self.echo = label("", "lead", centred=True)
        layout.addWidget(self.echo)
        self.keep = QCheckBox(_t("Steps", "Keep the words I choose"))
        self.keep.setAccessibleDescription(
            _t(
                "Steps",
                "Kept in your notes on this computer. Off unless you turn it on: otherwise nothing you pick is saved",
            )
        )
        layout.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)

    def set_words(self, words: tuple[str, ...]) -> None:
        if words == self._words:
            return
        self._words = words
        for chip in self.chips:
            chip.deleteLater()
        self.chips = []
        for i, word in enumerate(words):
            chip = button(word, "chip", _t("Steps", "I feel {word}").format(word=word))
            chip.setCheckable(True)
            chip.toggled.connect(self._on_toggled)
            self.grid.addWidget(chip, i // 4, i % 4)
            self.chips.append(chip)
        self._on_toggled()

    def clear(self) -> None:
        for chip in self.chips:
            chip.setChecked(False)

    @property
    def chosen(self) -> list[str]:
        return [c.text() for c in self.chips if c.isChecked()]

    def _on_toggled(self) -> None:
        chosen = self.chosen
        self.echo.setText(_t("Steps", "Right now I feel: {words}.").format(words=", ".join(chosen)) if chosen else "")
        self.chosen_changed.emit(chosen)


class MemoriesPart(QWidget):
    """One of the person's own warm or funny memories, or gentle prompts while there are none.

    Signals:
        edit_requested(): the person wants to add to or change their list.
    """

    edit_requested = Signal()

    PROMPTS = (
        QT_TRANSLATE_NOOP("Steps", "A time you laughed until you cried."),
        QT_TRANSLATE_NOOP("Steps", "Someone who makes you feel at home."),
        QT_TRANSLATE_NOOP("Steps", "A place where you felt safe and easy."),
        QT_TRANSLATE_NOOP("Steps", "A small kindness someone showed you."),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memories: list[str] = []
        self._shown = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.card = label("", "memory", centred=True)
        layout.addWidget(self.card)
        row = QHBoxLayout()
        row.addStretch(1)
        self.another = button(
            _t("Steps", "Another memory"), description=_t("Steps", "Show a different one of your memories")
        )
        self.another.clicked.connect(self.show_another)
        self.edit = button(
            _t("Steps", "My memories…"), description=_t("Steps", "Add, change or remove your own memories")
        )
        self.edit.clicked.connect(self.edit_requested)
        row.addWidget(self.another)
        row.addWidget(self.edit)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_memories(self, memories: list[str]) -> None:
        self.memories = [m for m in memories if m.strip()]
        self._shown = 0
        self._show()

    def show_another(self) -> None:
        self._shown += 1
        self._show()

    def _show(self) -> None:
        self.another.setVisible(len(self.memories) > 1)
        restyle(self.card, "memory" if self.memories else "lead")
        if self.memories:
            self.card.setText(_t("Steps", "“{memory}”").format(memory=self.memories[self._shown % len(self.memories)]))
            self.edit.setText(_t("Steps", "My memories…"))
        else:
            ideas = "\n".join(f"• {_t('Steps', p)}" for p in self.PROMPTS)
            self.card.setText(
                _t("Steps", "Nothing saved here yet, and that's fine. You might think of:\n{ideas}").format(ideas=ideas)
            )
            self.edit.setText(_t("Steps", "Add my memories…"))


class CountPart(QWidget):
    """How many items of a 5-4-3-2-1 step have been found, as dots and words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        self.dots = label("", "bigdots", centred=True)
        self.words = label("", "countdown", centred=True)
        layout.addWidget(self.dots)
        layout.addWidget(self.words)
        layout.addStretch(1)

    def show_step(self, snapshot: StepSnapshot) -> None:
        count, taps = snapshot.step.count, snapshot.taps
        self.dots.setText(" ".join("●" if i < taps else "○" for i in range(count)))
        self.dots.setAccessibleName(_t("Steps", "{taps} of {count} found").format(taps=taps, count=count))
        self.words.setText(
            _t("Steps", "{taps} of {count}  ·  Space or “Found one” for each").format(taps=taps, count=count)
        )
