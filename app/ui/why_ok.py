"""'Why it's OK to cry': the reassurance facts, each with its source and its true strength."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.core.playback import SessionState
from app.storage.care import Care
from app.ui.theme import Palette
from app.ui.widgets import button, label

STRENGTHS = {
    "survey": "a survey",
    "study": "a study",
    "estimate": "one estimate",
    "review": "a review of studies",
    "association": "a link seen in studies, not proof of cause",
}


class WhyItsOkScreen(QWidget):
    """Plain facts, honestly weighed; Esc or Back returns to the start screen.

    Signals:
        leave_requested(): back to the start screen.
    """

    leave_requested = Signal()
    state = SessionState.READY

    def __init__(self, care: Care, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(14)
        layout.addWidget(label("Why it's OK to cry", "heading"))
        layout.addWidget(label(care.intro, "lead"))
        for fact in care.facts:
            box = QFrame()
            box.setObjectName("cautions")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(20, 14, 20, 14)
            inner.addWidget(label(fact.text))
            kind = STRENGTHS.get(fact.strength, fact.strength)
            source = label(f"{kind[:1].upper()}{kind[1:]}: {fact.source}" if kind else fact.source, "muted")
            inner.addWidget(source)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        row = QHBoxLayout()
        row.setContentsMargins(48, 0, 48, 24)
        self.back_button = button("Back to the start", "primary", "Back to the start screen (Esc)")
        self.back_button.clicked.connect(self.leave_requested)
        row.addStretch(1)
        row.addWidget(self.back_button)
        outer.addLayout(row)

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def stop(self) -> None:
        """Nothing runs here."""

    def set_still(self, still: bool) -> None:
        """Nothing moves here."""

    def set_palette(self, palette: Palette) -> None:
        """Nothing is painted by hand here."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
