"""The optional 0-10 check-in before and after an exercise: one tap to answer, one key to skip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.storage.care import CheckInWords
from app.ui.i18n import _t
from app.ui.parts.keys import KEEPS_KEYS
from app.ui.parts.widgets import button, label


class CheckInPage(QWidget):
    """Eleven large buttons, 0 to 10; digit keys answer 0-9, arrows and Enter reach 10, Esc skips.

    Signals:
        answered(object): the rating (0-10), or None when skipped.
    """

    answered = Signal(object)

    def __init__(self, words: CheckInWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.setProperty(KEEPS_KEYS, True)  # the digits answer only while the check-in has the focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(18)
        layout.addStretch(1)
        self.heading = label("", "muted", centred=True)
        layout.addWidget(self.heading)
        layout.addWidget(label(words.question, "subheading", centred=True))
        grid = QGridLayout()
        grid.setSpacing(8)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            choice = button(str(value), "rating", _t("CheckIn", "{value} out of 10").format(value=value))
            choice.setMinimumSize(56, 56)
            self.group.addButton(choice, value)
            grid.addWidget(choice, 0, value)
            self.buttons.append(choice)
        self.group.idClicked.connect(self.answered.emit)
        layout.addLayout(grid)
        ends = QHBoxLayout()
        ends.addWidget(label(words.low, "muted", wrap=False))
        ends.addStretch(1)
        ends.addWidget(label(words.high, "muted", wrap=False))
        layout.addLayout(ends)
        layout.addStretch(2)
        row = QHBoxLayout()
        self.skip_button = button(words.skip, description=_t("CheckIn", "Skip the check-in (Esc)"))
        self.skip_button.clicked.connect(lambda: self.answered.emit(None))
        row.addStretch(1)
        row.addWidget(label(_t("CheckIn", "Press a number, or Esc to skip"), "muted", wrap=False))
        row.addStretch(1)
        row.addWidget(self.skip_button)
        layout.addLayout(row)

    def ask(self, before: bool) -> tuple[QPushButton, str]:
        """Word the page for before or after: the answer to focus first, and the words a reader says with it."""
        self.heading.setText(
            _t("CheckIn", "Before you start, if you like")
            if before
            else _t("CheckIn", "Now that you've finished, if you like")
        )
        # The question and the scale's ends come with the first focused answer: a reader says them once.
        ends = f"{self.words.low}, {self.words.high}".replace(" · ", ": ")  # "0: settled", not "0 middle dot"
        return self.buttons[5], f"{self.heading.text()}. {self.words.question} {ends}."

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.answered.emit(int(key) - int(Qt.Key.Key_0))
        elif key == Qt.Key.Key_Escape:
            self.answered.emit(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            focused = self.focusWidget()
            if focused in self.buttons:
                step = -1 if key == Qt.Key.Key_Left else 1
                self.buttons[max(0, min(10, self.buttons.index(focused) + step))].setFocus()  # type: ignore[arg-type]
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focusWidget() in self.buttons:
            self.focusWidget().click()  # type: ignore[union-attr]
        else:
            super().keyPressEvent(event)
            return
        event.accept()
