"""The pages around an exercise's run: getting ready (cautions first) and finishing kindly; what is kept of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.exercise import Exercise
from app.ui.i18n import _t
from app.ui.parts.accessibility import say_with_focus
from app.ui.parts.screen_keys import ScreenKey, ScreenKeys, press_focused, scroll_keys
from app.ui.parts.style import give_role
from app.ui.parts.widgets import ButtonRow, Stack, button, cautions_box, label, scrolling

SPARE = 100  # px the run page keeps beyond its minimum before the quiet line takes room


@dataclass(frozen=True)
class SessionOutcome:
    """How one run of an exercise went, for the history."""

    exercise_id: str
    exercise_title: str
    started_at: datetime
    planned_seconds: float
    seconds: float
    finished: bool
    rating_before: int | None


class ReadyPage(QWidget):
    """Before the first breath: the exercise in words, its choices (`add_options`), cautions, and Start."""

    def __init__(self, exercise: Exercise, add_options: Callable[[QVBoxLayout], None]) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 24)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 24, 48, 12)
        layout.setSpacing(16)
        layout.addWidget(label(exercise.title, "heading"))
        layout.addWidget(label(exercise.details or exercise.summary, "lead"))
        add_options(layout)
        self.voice_box = QCheckBox(_t("Exercise", "Read the prompts aloud"))
        self.voice_box.setAccessibleDescription(
            _t("Exercise", "An offline voice says each phase or step; the words stay on screen")
        )
        layout.addWidget(self.voice_box)
        self.still_box = QCheckBox(_t("Exercise", "Keep things still"))
        self.still_box.setAccessibleDescription(
            _t("Exercise", "Show words, a countdown and a progress bar instead of movement")
        )
        layout.addWidget(self.still_box)
        self.cautions_words = ""  # what a screen reader says with Start, as the page appears
        if exercise.cautions:
            layout.addWidget(cautions_box(exercise.cautions))
            heading, end = _t("Widgets", "Before you start"), _t("Widgets", "You can stop at any moment.")
            self.cautions_words = " ".join([f"{heading}:", *exercise.cautions, end])
        layout.addStretch(1)
        # The words scroll when the window is small or the text large; the buttons never do.
        self.scroll = scrolling(content, exercise.title)
        outer.addWidget(self.scroll, 1)
        self.back_button = button(_t("Exercise", "Back"), description=_t("Exercise", "Back to the start screen (Esc)"))
        self.start_button = button(_t("Exercise", "Start"), "primary", _t("Exercise", "Begin (Space)"))
        self.start_button.setMinimumWidth(220)
        self.main = self.start_button  # where the person's next key belongs on this page
        self.keys = ScreenKeys(self, [
            ScreenKey(("Space",), self.start_button.click, _t("Exercise", "Space starts")),
            ScreenKey(("Return", "Enter"), press_focused, _t("Exercise", "Enter ticks or presses")),
            ScreenKey(("Escape",), self.back_button.click, _t("Exercise", "Esc goes back")),
            *scroll_keys(self.scroll),
            ScreenKey(("Left", "Right"), lambda: None),
            ScreenKey(("V",), lambda: self.voice_box.isVisible() and self.voice_box.toggle()),
        ])  # fmt: skip
        bottom = QVBoxLayout()
        bottom.setContentsMargins(48, 0, 48, 0)
        bottom.addWidget(ButtonRow([self.back_button], [self.start_button]))
        bottom.addWidget(self.keys.hint)
        outer.addLayout(bottom)


class DonePage(QWidget):
    """After the run: a kind word, the change in the check-in, a support card when due, once more or back."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 32)
        layout.setSpacing(18)
        layout.addStretch(1)
        self.heading = label("", "heading", centred=True)
        self.text = label("", "lead", centred=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.change_label = label("", "subheading", centred=True)
        self.change_label.hide()
        layout.addWidget(self.change_label)
        self.support_card = QFrame()
        self.support_card.setObjectName("cautions")
        card = QVBoxLayout(self.support_card)
        card.setContentsMargins(22, 16, 22, 16)
        self.support_title = label("", "subheading")
        self.support_text = label("")
        self.support_button = button(
            _t("Exercise", "See who you can talk to"),
            description=_t("Exercise", "Helplines and other people to reach, now or later"),
        )
        card.addWidget(self.support_title)
        card.addWidget(self.support_text)
        card.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.support_card.hide()
        layout.addWidget(self.support_card)
        layout.addStretch(2)
        row = QHBoxLayout()
        self.again_button = button(
            _t("Exercise", "Once more"), description=_t("Exercise", "Go through this exercise again")
        )
        self.home_button = button(_t("Exercise", "Back to the start"), "primary", _t("Exercise", "Esc goes there too"))
        row.addWidget(self.again_button)
        row.addStretch(1)
        row.addWidget(self.home_button)
        layout.addLayout(row)
        self.main = self.home_button
        self.keys = ScreenKeys(self, [
            ScreenKey(("Escape",), self.home_button.click, _t("Exercise", "Esc goes back to the start")),
            ScreenKey(("Left", "Right", "Up", "Down"), lambda: None),
        ])  # fmt: skip
        layout.addWidget(self.keys.hint)

    def show_change(self, words: str, before: int | None, after: int | None) -> None:
        """The check-in's change in neutral words ("Before 7, now 5."), when both were answered."""
        if words and before is not None and after is not None:
            self.change_label.setText(words.format(before=before, after=after))
            self.change_label.show()
        else:
            self.change_label.hide()

    def words(self) -> str:
        """Everything the page says, in reading order, for a screen reader as the page appears."""
        shown = [self.heading, self.text, self.change_label, self.support_title, self.support_text]
        return " ".join(w.text() for w in shown if w.text() and w.isVisibleTo(self))

    def show_support(self, title: str, text: str, action: str) -> None:
        self.support_title.setText(title)
        self.support_text.setText(text)
        self.support_button.setText(action)
        self.support_button.setAccessibleName(action)
        self.support_card.show()


class NoticeLine(QLabel):
    """The calm line on the run page that says why the session is paused, or what a key just changed."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lead")
        give_role(self)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.for_now = False
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its room is kept: pausing doesn't move the pacer up and down
        self.setSizePolicy(policy)
        self.hide()

    def heightForWidth(self, width: int) -> int:  # at least a line, text or none: showing it moves nothing
        line = self.fontMetrics().boundingRect(0, 0, max(1, width), 10000, self.alignment(), "Ag").height()
        margins = self.contentsMargins()
        return max(super().heightForWidth(width), line + margins.top() + margins.bottom())

    def say(self, words: str, for_now: bool = False) -> None:
        """Show `words`; `for_now`: only until the next phase or step begins (`moved_on`)."""
        self.for_now = for_now
        self.setText(words)
        self.show()

    def moved_on(self) -> None:
        if self.for_now:
            self.hide()

    def paused(self, why: str = "") -> None:
        """The session paused: by the person (""), for the help panel ("help"), or while the computer slept ("away")."""
        if why == "help":
            self.say(_t("Exercise", "Paused for the help panel. Space goes on whenever you're ready."))
        elif why == "away":
            self.say(_t("Exercise", "Paused while your computer was away. Resume whenever you're ready."))
        elif self.isHidden() or self.for_now:
            self.say(_t("Exercise", "Paused. Resume whenever you're ready."))

    def voice_switched(self, on: bool) -> None:
        """V or the voice button: the choice holds from now on, as Settings shows, and the line says so."""
        self.say(
            _t("Exercise", "The voice is on, now and for the next exercises (Settings can change that).")
            if on
            else _t("Exercise", "The voice is off, now and for the next exercises (Settings can change that).")
        )


def show_page(pages: Stack, page: QWidget | None, focus: QWidget, words: str = "") -> None:
    """Show `page` with the focus on `focus`, which brings `words` to a screen reader as it takes it.

    The words go on first: the stack may hand the control the focus as it switches, and a reader
    must not meet the words half-changed (it would say them twice).
    """
    if words:
        say_with_focus(focus, words)
    focus.setFocus()  # the page's own focus first: the switch then hands it there, visiting nothing on the way
    if page is not None:
        pages.setCurrentWidget(page)
    focus.setFocus()


class GentleLineRoom(QObject):
    """With large text in a small window the run page's gentle line gives way, and comes back with room to spare."""

    def __init__(self, scroll: QScrollArea, gentle: QLabel, run_page: Callable[[], QWidget]) -> None:
        super().__init__(scroll)
        self.scroll, self.gentle, self.run_page = scroll, gentle, run_page
        scroll.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        scroll = self.scroll
        if event.type() == QEvent.Type.Resize and watched is scroll.viewport():
            room = scroll.viewport().height()
            needed = scroll.widget().minimumSizeHint().height()
            line = self.gentle.heightForWidth(scroll.viewport().width())
            # The line comes back only with room to spare, so the pacer or the step's part keeps some too.
            if self.gentle.isVisibleTo(self.run_page()) and needed + SPARE > room:
                self.gentle.hide()
            elif self.gentle.isHidden() and needed + line + SPARE <= room:
                self.gentle.show()
        return False
