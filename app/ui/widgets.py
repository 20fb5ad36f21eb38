"""Small building blocks shared by Steady's screens: labels and buttons with the house style."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.core.exercise import Exercise


def label(text: str, role: str = "", parent: QWidget | None = None, wrap: bool = True, centred: bool = False) -> QLabel:
    """A label styled by `role` (heading, lead, muted, phase...), wrapping by default."""
    widget = QLabel(text, parent)
    if centred:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if role:
        widget.setObjectName(role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def button(text: str, role: str = "", description: str = "", parent: QWidget | None = None) -> QPushButton:
    """A large push button; `role` "primary" marks the one main action of a screen."""
    widget = QPushButton(text, parent)
    if role:
        widget.setObjectName(role)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAccessibleName(text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


class ChoiceButton(QPushButton):
    """A large button with a bold title line and a quieter, wrapping line of detail under it."""

    def __init__(self, title: str, detail: str, role: str = "choice", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(role)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(18, 12, 18, 12)
        inner.setSpacing(2)
        self.title = label(title, "choicetitle")
        self.detail = label(detail, "choicedetail")
        for line in (self.title, self.detail):
            line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(line)
        inner.addStretch(1)

    # The labels wrap, so the button's height follows its width, as its layout says.
    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        hint = self.layout().minimumSize()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


def choice_button(title: str, detail: str, role: str = "choice") -> ChoiceButton:
    return ChoiceButton(title, detail, role)


def restyle(widget: QWidget, role: str) -> None:
    """Give a widget another style role (e.g. make a button the primary one) and repaint it."""
    if widget.objectName() != role:
        widget.setObjectName(role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def cautions_box(cautions: tuple[str, ...]) -> QFrame:
    """The "Before you start" panel shown before the first breath or step, never during."""
    box = QFrame()
    box.setObjectName("cautions")
    inner = QVBoxLayout(box)
    inner.setContentsMargins(22, 16, 22, 16)
    inner.setSpacing(6)
    inner.addWidget(label("Before you start", "subheading"))
    for caution in cautions:
        line = QHBoxLayout()
        line.setSpacing(10)
        line.addWidget(label("•", wrap=False), 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(label(caution), 1)
        inner.addLayout(line)
    inner.addWidget(label("You can stop at any moment.", "muted"))
    return box


def minutes_text(seconds: float) -> str:
    """'5 min', '1¼ min' or '45 s': a length in the words a person reads at a glance."""
    if seconds < 60:
        return f"{round(seconds)} s"
    minutes = seconds / 60
    whole = int(minutes)
    quarter = round((minutes - whole) * 4)
    if quarter == 4:
        whole, quarter = whole + 1, 0
    return f"{whole}{['', '¼', '½', '¾'][quarter]} min"


def length_text(exercise: Exercise) -> str:
    """How long an exercise takes by default, as the start screen shows it: '5 min', '4 breaths'."""
    pattern = exercise.pattern
    if pattern is None:
        return minutes_text(exercise.default_seconds)
    if pattern.max_cycles is not None and pattern.cycles_for(pattern.default_length) == pattern.max_cycles:
        return f"{pattern.max_cycles} breaths"
    return minutes_text(pattern.default_length * 60)


def clock_text(seconds: float) -> str:
    """'4:05': minutes and seconds left, rounded up so it never shows 0:00 early."""
    total = int(-(-seconds // 1))
    return f"{total // 60}:{total % 60:02d}"


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area, for pages that may outgrow a small window or large text."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll
