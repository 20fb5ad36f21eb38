"""The plan editor's forms for one part: a Steady exercise, the person's own words, or a note."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.core.exercise import Exercise
from app.core.plans import (
    MAX_FROM,
    MAX_NOTE,
    MAX_STEP_SECONDS,
    MAX_TEXT,
    ExercisePart,
    NotePart,
    Part,
    PlanProblem,
    WordsPart,
    part_seconds,
)
from app.ui.i18n import _t
from app.ui.parts.time_words import length_text, minutes_text
from app.ui.parts.widgets import FlowLayout, label, text_field

DEFAULT_SECONDS = 15


def part_line(part: Part, exercises: dict[str, Exercise], limit: int = 40) -> str:
    """How a part reads in the list of parts: "Calm pace · 2 min", "Your words: Feet on the floor · 15 s"."""
    if isinstance(part, ExercisePart):
        target = exercises.get(part.exercise)
        if target is None:
            return _t("Plans", "An exercise this version of Steady doesn't have ({id})").format(id=part.exercise)
        return f"{target.title} · {minutes_text(part_seconds(part, exercises))}"
    if isinstance(part, WordsPart):
        how = minutes_text(part.seconds) if part.seconds is not None else _t("Plans", "when you're ready")
        return _t("Plans", "Your words: {text} · {how}").format(text=_short(part.text, limit), how=how)
    if part.sender.strip():
        return _t("Plans", "A note from {sender}: {text}").format(
            sender=part.sender.strip(), text=_short(part.text, limit)
        )
    return _t("Plans", "A note: {text}").format(text=_short(part.text, limit))


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split()) or "…"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def field_with_problem(layout: QVBoxLayout, words: str, field: QWidget) -> QLabel:
    """A labelled field and, under it, the place its problem is shown (hidden while there is none)."""
    caption = label(words)
    caption.setBuddy(field)
    layout.addWidget(caption)
    layout.addWidget(field)
    problem = label("", "problem")
    problem.hide()
    layout.addWidget(problem)
    return problem


def show_problem(place: QLabel, field: QWidget, reason: str) -> None:
    """Show `reason` under `field` at once (or hide it), and let a screen reader hear it with the field."""
    place.setText(reason)
    place.setVisible(bool(reason))
    field.setAccessibleDescription(reason)


class PartForm(QWidget):
    """One kind of part's fields. `changed` says the person edited it; `part()` is what it holds now."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.loading = False
        self.problems: dict[str, tuple[QLabel, QWidget]] = {}

    def edited(self) -> None:
        if not self.loading:
            self.changed.emit()

    def show_problems(self, problems: Sequence[PlanProblem]) -> None:
        """Each problem beside its field (`problems` are this part's, named "parts[N].field")."""
        reasons = {p.field.rsplit(".", 1)[-1]: p.reason for p in problems}
        for name, (place, field) in self.problems.items():
            show_problem(place, field, problem_words(reasons.get(name, "")))

    def first_field(self) -> QWidget:
        """Where the focus goes when this part is added: its first field."""
        return next(field for _place, field in self.problems.values())


def problem_words(reason: str) -> str:
    """The reason as the editor says it: the core's plain English, put gently."""
    if not reason:
        return ""
    if reason == "is empty":
        return _t("Plans", "This needs a few words.")
    too_long = re.match(r"is too long \((\d+) characters; at most (\d+)\)", reason)
    if too_long:
        return _t("Plans", "This is {length} characters long; {limit} fit. Please shorten it.").format(
            length=too_long.group(1), limit=too_long.group(2)
        )
    if reason.startswith("Steady has no exercise"):
        return _t("Plans", "This exercise no longer exists in Steady; please choose another or remove this part.")
    if reason.startswith("holds control characters"):
        return _t("Plans", "This holds characters that aren't text; please type it again.")
    return reason


class ExerciseForm(PartForm):
    """Which of Steady's exercises, and for a breathing pattern, how many minutes."""

    def __init__(self, exercises: Sequence[Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises = list(exercises)
        self.choice = QComboBox()
        self.choice.setAccessibleName(_t("Plans", "Which exercise"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(12)  # long titles don't widen the editor past the window
        for exercise in self.exercises:
            self.choice.addItem(f"{exercise.title} · {length_text(exercise)}", exercise.id)
        self.problems["exercise"] = (
            field_with_problem(self.column, _t("Plans", "Which e&xercise"), self.choice),
            self.choice,
        )
        self.minutes = QComboBox()
        self.minutes.setAccessibleName(_t("Plans", "How long"))
        self.minutes_caption = label(_t("Plans", "How &long"))
        self.minutes_caption.setBuddy(self.minutes)
        self.column.addWidget(self.minutes_caption)
        self.column.addWidget(self.minutes)
        self.summary = label("", "muted")
        self.column.addWidget(self.summary)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.minutes.currentIndexChanged.connect(self.edited)
        self._missing = ""

    def load(self, part: ExercisePart) -> None:
        self.loading = True
        index = self.choice.findData(part.exercise)
        self._missing = "" if index >= 0 else part.exercise
        if index < 0:
            missing = _t("Plans", "(not in this version of Steady: {id})").format(id=part.exercise)
            self.choice.addItem(missing, part.exercise)
            index = self.choice.count() - 1
        self.choice.setCurrentIndex(index)
        self._fill_minutes(part.minutes)
        self.loading = False

    def _target(self) -> Exercise | None:
        return next((e for e in self.exercises if e.id == self.choice.currentData()), None)

    def _chosen(self) -> None:
        if not self.loading:
            self._fill_minutes(None)
            self.changed.emit()

    def _fill_minutes(self, minutes: float | None) -> None:
        target = self._target()
        pattern = target.pattern if target is not None else None
        was_loading, self.loading = self.loading, True
        self.minutes.clear()
        if pattern is not None:
            wanted = minutes or pattern.default_length
            lengths = sorted({*pattern.lengths, wanted})
            for length in lengths:
                self.minutes.addItem(minutes_text(length * 60), length)
            self.minutes.setCurrentIndex(lengths.index(wanted))
        for widget in (self.minutes, self.minutes_caption):
            widget.setVisible(pattern is not None)
        self.summary.setText(target.summary if target is not None else "")
        self.loading = was_loading

    def part(self) -> ExercisePart:
        target = self._target()
        minutes = self.minutes.currentData() if target is not None and target.pattern is not None else None
        return ExercisePart(str(self.choice.currentData() or ""), minutes)


class WordsForm(PartForm):
    """A step in the person's own words: what it says, how it moves on, and what the voice says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _line(_t("Plans", "Your words"), MAX_TEXT)
        self.text.setPlaceholderText(_t("Plans", "For example: Feet on the floor. Notice the ground holding you."))
        self.problems["words"] = (field_with_problem(self.column, _t("Plans", "&Your words"), self.text), self.text)
        timing = QWidget()
        row = FlowLayout(timing)  # the box and the seconds on two lines when the text is large
        self.timed = QCheckBox(_t("Plans", "Move on by itself after"))
        self.timed.setAccessibleDescription(_t("Plans", "Otherwise it waits until you press Next"))
        self.seconds = QSpinBox()
        self.seconds.setRange(1, int(MAX_STEP_SECONDS))
        self.seconds.setValue(DEFAULT_SECONDS)
        self.seconds.setSuffix(" s")  # the unit's symbol, as "4 s" elsewhere: the same in every language, no plural
        self.seconds.setAccessibleName(_t("Plans", "Seconds"))
        self.seconds.setMinimumWidth(self.seconds.fontMetrics().horizontalAdvance("600 s") + 80)
        self.seconds.setToolTip(_t("Plans", "Type the seconds, or use the Up and Down keys"))
        row.addWidget(self.timed)
        row.addWidget(self.seconds)
        self.column.addWidget(timing)
        self.column.addWidget(label(_t("Plans", "Without a time, it waits until you're ready."), "muted"))
        self.spoken = _line(_t("Plans", "What the voice says instead"), MAX_TEXT)
        self.spoken.setPlaceholderText(_t("Plans", "Leave empty to hear your words as written"))
        self.problems["spoken"] = (
            field_with_problem(self.column, _t("Plans", "What the voi&ce says instead (if you like)"), self.spoken),
            self.spoken,
        )
        self.problems["seconds"] = (label("", "problem"), self.seconds)
        self.text.textChanged.connect(self.edited)
        self.spoken.textChanged.connect(self.edited)
        self.timed.toggled.connect(self._timing)
        self.seconds.valueChanged.connect(self.edited)

    def _timing(self) -> None:
        self.seconds.setEnabled(self.timed.isChecked())
        self.edited()

    def load(self, part: WordsPart) -> None:
        self.loading = True
        self.text.setText(part.text)
        self.spoken.setText(part.spoken)
        for field in (self.text, self.spoken):
            field.setCursorPosition(0)  # the words' beginning in view, not their end
        self.timed.setChecked(part.seconds is not None)
        self.seconds.setValue(round(part.seconds) if part.seconds is not None else DEFAULT_SECONDS)
        self.seconds.setEnabled(part.seconds is not None)
        self.loading = False

    def part(self) -> WordsPart:
        seconds = float(self.seconds.value()) if self.timed.isChecked() else None
        return WordsPart(self.text.text(), seconds, self.spoken.text())


class NoteForm(PartForm):
    """A short note, and who it is from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _line(_t("Plans", "The note"), MAX_NOTE)
        self.text.setPlaceholderText(_t("Plans", "For example: Try this before the call."))
        self.problems["note"] = (field_with_problem(self.column, _t("Plans", "The note"), self.text), self.text)
        self.sender = _line(_t("Plans", "Who it is from"), MAX_FROM)
        self.sender.setPlaceholderText(_t("Plans", "For example: Sam, 3 March"))
        self.problems["from"] = (
            field_with_problem(self.column, _t("Plans", "Who it is &from (if you like)"), self.sender),
            self.sender,
        )
        self.text.textChanged.connect(self.edited)
        self.sender.textChanged.connect(self.edited)

    def load(self, part: NotePart) -> None:
        self.loading = True
        self.text.setText(part.text)
        self.sender.setText(part.sender)
        for field in (self.text, self.sender):
            field.setCursorPosition(0)
        self.loading = False

    def part(self) -> NotePart:
        return NotePart(self.text.text(), self.sender.text())


def _line(name: str, limit: int) -> QLineEdit:
    """A one-line text field; it takes a little more than `limit`, so "too long" can be shown, not just cut."""
    field = text_field()
    field.setAccessibleName(name)
    field.setMaxLength(limit * 2)
    return field
