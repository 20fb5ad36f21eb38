"""'Why it's OK to cry': the reassurance facts, each with its source and its true strength."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.core.words import QT_TRANSLATE_NOOP
from app.storage.care import Care
from app.ui.i18n import _t
from app.ui.parts.widgets import label, scrolling
from app.ui.screens.info import InfoScreen

STRENGTHS = {
    "survey": QT_TRANSLATE_NOOP("Why", "A survey"),
    "study": QT_TRANSLATE_NOOP("Why", "A study"),
    "estimate": QT_TRANSLATE_NOOP("Why", "One estimate"),
    "review": QT_TRANSLATE_NOOP("Why", "A review of studies"),
    "association": QT_TRANSLATE_NOOP("Why", "A link seen in studies, not proof of cause"),
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
        layout.addWidget(label(_t("Why", "Why it's OK to cry"), "heading"))
        layout.addWidget(label(care.intro, "lead"))
        for fact in care.facts:
            box = QFrame()
            box.setObjectName("cautions")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(20, 14, 20, 14)
            inner.addWidget(label(fact.text))
            kind = _t("Why", STRENGTHS[fact.strength]) if fact.strength in STRENGTHS else fact.strength
            kind = f"{kind[:1].upper()}{kind[1:]}"
            source = label(
                _t("Why", "{kind}: {source}").format(kind=kind, source=fact.source) if kind else fact.source, "muted"
            )
            inner.addWidget(source)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = scrolling(content, _t("Why", "Why it's OK to cry"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        row = QHBoxLayout()
        row.setContentsMargins(48, 0, 48, 4)
        row.addStretch(1)
        row.addWidget(self.back_button)
        outer.addLayout(row)
        outer.addWidget(self.keys.hint)
        outer.addSpacing(16)
