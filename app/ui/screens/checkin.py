"""The optional 0-10 check-in before and after an exercise: one tap to answer, one key to skip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.storage.care import CheckInWords
from app.ui.i18n import _t
from app.ui.parts.keys import KEEPS_KEYS
from app.ui.parts.screen_keys import ScreenKey, ScreenKeys, scroll_keys
from app.ui.parts.widgets import button, label, scrolling


class CheckInPage(QWidget):
    """Eleven large buttons, 0 to 10; digit keys answer 0-9, arrows (Home, End) and Enter reach 10, Esc skips.

    Signals:
        answered(object): the rating (0-10), or None when skipped.
    """

    answered = Signal(object)

    def __init__(self, words: CheckInWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.setProperty(KEEPS_KEYS, True)  # with one-key shortcuts off, the digits still answer here
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        content = QWidget()  # scrolls with large text in a small window, never squeezed; Skip never scrolls
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
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
        ends.addWidget(label(words.low, "muted"), 1, Qt.AlignmentFlag.AlignTop)
        high = label(words.high, "muted")
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(high, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(ends)
        layout.addStretch(2)
        scroll = scrolling(content, words.question)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.skip_button = button(words.skip, description=_t("CheckIn", "Skip the check-in (Esc)"))
        self.skip_button.clicked.connect(lambda: self.answered.emit(None))
        self.main = self.skip_button  # nothing chosen in advance: Enter or Space skips, a number is one key
        digits = [
            ScreenKey((str(n),), lambda n=n: self.answer(n), _t("CheckIn", "Press 0 to 9") if n == 0 else "")
            for n in range(10)
        ]
        self.keys = ScreenKeys(self, [
            *digits,
            ScreenKey(("Right",), lambda: self.move(1), _t("CheckIn", "← → then Enter for 10")),
            ScreenKey(("Left",), lambda: self.move(-1)),
            ScreenKey(("Home",), lambda: self.buttons[0].setFocus()),
            ScreenKey(("End",), lambda: self.buttons[10].setFocus()),
            *scroll_keys(scroll),
            ScreenKey(("Escape",), lambda: self.answer(None), _t("CheckIn", "Esc skips")),
        ])  # fmt: skip
        row.addStretch(1)
        row.addWidget(self.skip_button)
        outer.addLayout(row)
        outer.addWidget(self.keys.hint)

    def ask(self, before: bool, finished: bool = True) -> tuple[QPushButton, str]:
        """Word the page for before or after (a finished or a stopped session): the control to focus, and its words.

        Nothing is chosen in advance: the focus is on Skip, so Enter or Space skips; a number is one key.
        """
        if before:
            heading = _t("CheckIn", "Before you start, if you like")
        elif finished:
            heading = _t("CheckIn", "Now that you've finished, if you like")
        else:
            heading = _t("CheckIn", "Before you go on, if you like")
        self.heading.setText(heading)
        # The question and the scale's ends come with the focused control: a reader says them once. After a
        # stop they begin with it: the window's title says so too, but Orca 48 says the new focus and then
        # drops the title's change.
        ends = f"{self.words.low}, {self.words.high}".replace(" · ", ": ")  # "0: settled", not "0 middle dot"
        stopped = "" if before or finished else _t("CheckIn", "Stopped.") + " "
        return self.skip_button, f"{stopped}{heading}. {self.words.question} {ends}."

    def answer(self, value: int | None) -> None:
        self.answered.emit(value)

    def move(self, step: int) -> None:
        """← and →: the focus to the next number; from outside the numbers, → starts at 0 and ← at 10."""
        focused = QApplication.focusWidget()
        if focused in self.buttons:
            index = max(0, min(10, self.buttons.index(focused) + step))  # type: ignore[arg-type]
        else:
            index = 0 if step > 0 else 10
        self.buttons[index].setFocus()
