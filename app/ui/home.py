"""The start screen: it says crying is OK before anything else, then offers the exercises."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QVBoxLayout, QWidget

from app.core.exercise import Exercise
from app.ui.widgets import button, label, length_text


class HomeScreen(QWidget):
    """Reassurance first, one clear main action, then the other patterns in plain words.

    Signals:
        exercise_chosen(str): the id of the exercise the person picked.
    """

    exercise_chosen = Signal(str)

    def __init__(self, exercises: list[Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QAbstractButton] = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(16)
        layout.addWidget(label("It's OK to cry.", "heading"))
        layout.addWidget(
            label(
                "Crying is a normal human reaction. There's nothing to apologise for, and no need "
                "to hold the tears back. Take all the time you need.",
                "lead",
            )
        )
        layout.addSpacing(8)

        breathing = [e for e in exercises if e.kind == "breathing"]
        main = next((e for e in breathing if "default" in e.tags), breathing[0] if breathing else None)
        if main is not None:
            layout.addWidget(
                label(
                    "If you'd like a moment to steady yourself, you could breathe along with a slow, gentle circle.",
                    "muted",
                )
            )
            first = button(
                f"Breathe with me  ·  {main.title}, {length_text(main)}",
                "primary",
                main.summary,
            )
            first.setMinimumHeight(64)
            first.clicked.connect(lambda _=False, i=main.id: self.exercise_chosen.emit(i))
            self.buttons[main.id] = first
            layout.addWidget(first)
            self.main_button = first

        others = [e for e in breathing if e is not main]
        if others:
            layout.addSpacing(12)
            layout.addWidget(label("Other ways to breathe", "subheading"))
            for exercise in others:
                choice = button(
                    f"{exercise.title}  ·  {length_text(exercise)}\n{exercise.summary}",
                    "choice",
                    exercise.summary,
                )
                choice.setAccessibleName(f"{exercise.title}, {length_text(exercise)}")
                choice.clicked.connect(lambda _=False, i=exercise.id: self.exercise_chosen.emit(i))
                self.buttons[exercise.id] = choice
                layout.addWidget(choice)
        if not exercises:
            layout.addWidget(
                label("No exercises could be loaded. Steady's files may be damaged; please reinstall.", "lead")
            )
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def focus_first(self) -> None:
        if self.buttons:
            next(iter(self.buttons.values())).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
            focused.click()
            event.accept()
            return
        super().keyPressEvent(event)
