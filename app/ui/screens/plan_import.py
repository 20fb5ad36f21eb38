"""A plan someone shared: what it holds, before anything is added; then Add to my plans, or Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.exercise import Exercise
from app.core.plans import NotePart, Plan, plan_seconds, senders
from app.ui.i18n import _t, _tn
from app.ui.parts.time_words import minutes_text
from app.ui.parts.widgets import ButtonRow, button, label, restyle, scrolling
from app.ui.screens.info import InfoScreen
from app.ui.screens.plan_parts import part_line


class PlanImportScreen(InfoScreen):
    """Shows a plan file's contents as plain text; nothing is copied until the person chooses to add it.

    Signals:
        leave_requested(): Cancel (nothing was added).
        add_requested(): Add to my plans.
    """

    add_requested = Signal()

    def __init__(
        self,
        file_name: str,
        plan: Plan | None,
        problems: Sequence[str],
        exercises: dict[str, Exercise],
        renamed_from: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(12)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        restyle(self.back_button, "")  # the one main action here is adding the plan
        self.back_button.setText(_t("Plans", "Cancel"))
        self.back_button.setAccessibleName(_t("Plans", "Cancel"))
        self.back_button.setAccessibleDescription(_t("Plans", "Add nothing and go back (Esc)"))
        self.add_button = button(_t("Plans", "&Add to my plans"), "primary")
        self.add_button.clicked.connect(self.add_requested)
        if plan is None:
            layout.addWidget(label(_t("Plans", "Steady can't use this plan"), "heading"))
            column.addWidget(
                label(_t("Plans", "Nothing was added. Steady could not use {file}:").format(file=file_name))
            )
            for problem in problems:
                column.addWidget(label(f"• {problem}", "problem"))
            self.add_button.hide()
            self.back_button.setText(_t("Plans", "Back"))
            self.back_button.setAccessibleName(_t("Plans", "Back"))
            restyle(self.back_button, "primary")
        else:
            layout.addWidget(label(_t("Plans", "A plan to look at"), "heading"))
            column.addWidget(
                label(
                    _t("Plans", "From the file {file}. Nothing is added until you choose to.").format(file=file_name),
                    "muted",
                )
            )
            column.addWidget(label(plan.title, "subheading"))
            who = senders(plan)
            if who:
                column.addWidget(label(_t("Plans", "From (as the file says): {who}").format(who="; ".join(who))))
            for note in (p for p in plan.parts if isinstance(p, NotePart)):
                column.addWidget(label(_t("Plans", "“{text}”").format(text=note.text.strip()), "lead"))
            length, count = minutes_text(plan_seconds(plan, exercises)), len(plan.parts)  # a plain count: see lupdate
            column.addWidget(
                label(
                    _tn("Plans", "%n parts, about {length}:", None, int, count).format(length=length),
                    "subheading",
                )
            )
            for number, part in enumerate(plan.parts, start=1):
                column.addWidget(label(f"{number}. {part_line(part, exercises, limit=1000)}"))  # all of it
            if renamed_from:
                column.addWidget(
                    label(
                        _t(
                            "Plans",
                            "You already have something called “{id}”. Nothing is replaced: this plan will be kept "
                            "beside it as “{title}”.",
                        ).format(id=renamed_from, title=plan.title),
                        "problem",
                    )
                )
        column.addStretch(1)
        layout.addWidget(scrolling(content, _t("Plans", "What the plan holds")), 1)
        layout.addWidget(ButtonRow([self.add_button], [self.back_button]))
        self.plan = plan

    def focus_first(self) -> None:
        (self.add_button if self.plan is not None else self.back_button).setFocus()
