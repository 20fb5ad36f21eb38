"""'Why it's OK to cry': the reassurance facts, each with its source and its true strength."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.storage.care import Care
from app.ui.info_screen import InfoScreen
from app.ui.widgets import label, scrolling

STRENGTHS = {
    "survey": "a survey",
    "study": "a study",
    "estimate": "one estimate",
    "review": "a review of studies",
    "association": "a link seen in studies, not proof of cause",
}


class WhyItsOkScreen(InfoScreen):
    """Plain facts, honestly weighed; Esc or Back returns to the start screen.

    Signals:
        leave_requested(): back to the start screen.
    """

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
        scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        row = QHBoxLayout()
        row.setContentsMargins(48, 0, 48, 24)
        row.addStretch(1)
        row.addWidget(self.back_button)
        outer.addLayout(row)
