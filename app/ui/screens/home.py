"""The start screen: crying is OK first, then two doors, then the techniques in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import _t
from app.ui.parts.time_words import length_text
from app.ui.parts.widgets import ChoiceButton, button, choice_button, label, scrolling

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from app.core.exercise import Exercise

STEADY_ME_NOW = "steady-me-now"


class HomeScreen(QWidget):
    """Reassurance, the two doors (let it out / steady myself), then every technique.

    Keys: L opens "let it out", S starts "Steady me now"; Tab and Enter reach everything.
    It is built whole, lists included, before the window's first frame.

    Signals:
        exercise_chosen(str): the id of the exercise the person picked.
        let_it_out_requested(): the person chose the "let it out" door.
        steady_now_requested(): the person chose "steady myself": start "Steady me now".
        why_requested(): the person wants to read why it's OK to cry.
        history_requested(): the person wants to see their history.
        plans_requested(): the person wants their own plans (to make, change or share one).
    """

    exercise_chosen = Signal(str)
    let_it_out_requested = Signal()
    steady_now_requested = Signal()
    why_requested = Signal()
    history_requested = Signal()
    plans_requested = Signal()

    def __init__(self, exercises: list[Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QAbstractButton] = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(14)
        # Into its scroll area while still empty: one put in filled is laid out there and then (≈ 6 ms more).
        self.scroll = scrolling(content, _t("Home", "Start"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout.addWidget(label(_t("Home", "It's OK to cry."), "heading"))
        layout.addWidget(
            label(
                _t(
                    "Home",
                    "Crying is a normal human reaction. There's nothing to apologise for, and no need "
                    "to hold the tears back. Take all the time you need.",
                ),
                "lead",
            )
        )
        self.why_button = button(
            _t("Home", "Why it's OK to cry"), "link", _t("Home", "Facts about crying, with their sources")
        )
        self.why_button.clicked.connect(self.why_requested)
        layout.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)

        doors = QHBoxLayout()
        doors.setSpacing(16)
        self.let_it_out_button = self._door(
            _t("Home", "Let it out"),
            _t("Home", "Stay with the tears. No timer, nothing to do, a soft breath nearby. Press L."),
            "",
        )
        self.let_it_out_button.clicked.connect(self.let_it_out_requested)
        doors.addWidget(self.let_it_out_button)
        self.steady_door = self._door(_t("Home", "Steady myself"), "", "primary")  # its summary comes from its file
        self.steady_door.clicked.connect(self.steady_now_requested)
        doors.addWidget(self.steady_door)
        layout.addLayout(doors)
        lists = QWidget()
        self.lists = QVBoxLayout(lists)
        self.lists.setContentsMargins(0, 0, 0, 0)
        self.lists.setSpacing(layout.spacing())
        layout.addWidget(lists)
        layout.addStretch(1)
        self._fill(exercises)

    def _fill(self, exercises: list[Exercise]) -> None:
        """The quick door's summary, then the techniques, other ways to breathe, own plans and the history link."""
        quick = next((e for e in exercises if e.id == STEADY_ME_NOW), None)
        if quick is None:  # its file is damaged or missing: no door that can't open
            self.steady_door.hide()
        else:
            self.steady_door.set_detail(_t("Home", "{summary} Press S.").format(summary=quick.summary))
            self.buttons[quick.id] = self.steady_door
        layout = self.lists
        shipped = [e for e in exercises if not e.own]
        techniques = [e for e in shipped if "technique" in e.tags or "default" in e.tags]
        breathing = [e for e in shipped if e.kind == "breathing" and e not in techniques]
        own = [e for e in exercises if e.own]
        self._section(layout, _t("Home", "Or choose what might help"), techniques)
        self._section(layout, _t("Home", "Other ways to breathe"), breathing)
        self._section(layout, _t("Home", "Your own plans"), own)
        if not exercises:
            layout.addWidget(
                label(
                    _t("Home", "No exercises could be loaded. Steady's files may be damaged; please reinstall."), "lead"
                )
            )
        self.history_button = button(
            _t("Home", "Your history"), "link", _t("Home", "Your past exercises and check-ins (Ctrl+Y)")
        )
        self.history_button.clicked.connect(self.history_requested)
        self.plans_button = button(
            _t("Home", "Make a plan"), "link", _t("Home", "Your own plans: make one, change one, or share one (Ctrl+P)")
        )
        self.plans_button.clicked.connect(self.plans_requested)
        layout.addSpacing(8)
        links = QHBoxLayout()
        links.addWidget(self.plans_button)
        links.addWidget(self.history_button)
        links.addStretch(1)
        layout.addLayout(links)

    def _door(self, title: str, text: str, role: str) -> ChoiceButton:
        door = choice_button(title, text, role or "door")
        door.setMinimumHeight(120)
        return door

    def _section(self, layout: QVBoxLayout, heading: str, exercises: list[Exercise]) -> None:
        if not exercises:
            return
        layout.addSpacing(8)
        layout.addWidget(label(heading, "subheading"))
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, exercise in enumerate(exercises):
            title = _t("Home", "Breathe slowly") if "default" in exercise.tags else exercise.title
            choice = choice_button(title, f"{length_text(exercise)}  ·  {exercise.summary}")
            choice.clicked.connect(lambda _=False, i=exercise.id: self.exercise_chosen.emit(i))
            self.buttons[exercise.id] = choice
            grid.addWidget(choice, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def focus_first(self) -> None:
        self.let_it_out_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()  # (Enter presses the focused button: the window sees to that, for every screen)
        if key == Qt.Key.Key_L and not event.modifiers():
            self.let_it_out_requested.emit()
        elif key == Qt.Key.Key_S and not event.modifiers() and not self.steady_door.isHidden():
            self.steady_now_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
