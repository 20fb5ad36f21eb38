"""Your own plans: the list, and what can be done with each (change, try, export, delete), or a new one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.plans import Plan
from app.ui.i18n import _t, _tn
from app.ui.parts.time_words import minutes_text
from app.ui.parts.widgets import FlowLayout, boxed, button, label, restyle
from app.ui.screens.info import InfoScreen


class PlansScreen(InfoScreen):
    """The person's plans, one line each; one clear action: make a new plan, or choose one to change.

    Signals:
        leave_requested(): back to the start screen.
        new_requested(): make a new plan.
        change_requested(str), try_requested(str), export_requested(str), delete_requested(str): with a plan's id.
        open_file_requested(): add a plan from a file someone gave the person.
    """

    new_requested = Signal()
    change_requested = Signal(str)
    try_requested = Signal(str)
    export_requested = Signal(str)
    delete_requested = Signal(str)
    open_file_requested = Signal()

    def __init__(
        self, plans: Sequence[tuple[Plan, float]], problems: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        """`plans` with their length in seconds; `problems` name plan files that could not be read."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(label(_t("Plans", "Your own plans"), "heading"))
        layout.addWidget(
            label(
                _t(
                    "Plans",
                    "Plans you make, on your own or with someone you trust, such as your therapist. Each one is on "
                    "the start screen. Export a plan to hand it over as one file; open a plan file you were given to "
                    "add it here.",
                ),
                "muted",
            )
        )
        self.list = boxed(QListWidget(), 4)
        self.list.setAccessibleName(_t("Plans", "Your own plans"))
        self.list.setAccessibleDescription(_t("Plans", "Enter changes the chosen plan"))
        for plan, seconds in plans:
            count = len(plan.parts)  # a plain name: lupdate hangs on len(plan.parts) inside _tn
            words = _tn("Plans", "{title} · %n parts, about {length}", None, int, count).format(
                title=plan.title, length=minutes_text(seconds)
            )
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda item: self.change_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.setVisible(bool(plans))
        layout.addWidget(self.list, 1)
        if not plans:
            layout.addWidget(
                label(_t("Plans", "No plans yet. A new plan takes a minute or two, and you can change it later."))
            )
            layout.addStretch(1)
        for problem in problems:
            layout.addWidget(label(problem, "problem"))
        restyle(self.back_button, "")  # the one main action here is a new plan
        self.new_button = button(_t("Plans", "&New plan"), "primary", _t("Plans", "Make a new plan"))
        self.new_button.clicked.connect(self.new_requested)
        self.change_button = button(_t("Plans", "&Change"), description=_t("Plans", "Change the chosen plan"))
        self.try_button = button(_t("Plans", "&Try it"), description=_t("Plans", "Run the chosen plan"))
        self.export_button = button(_t("Plans", "&Export…"), description=_t("Plans", "Save the plan as one file"))
        self.delete_button = button(_t("Plans", "&Delete…"), description=_t("Plans", "Remove the chosen plan"))
        for widget, signal in (
            (self.change_button, self.change_requested), (self.try_button, self.try_requested),
            (self.export_button, self.export_requested), (self.delete_button, self.delete_requested),
        ):  # fmt: skip
            widget.clicked.connect(lambda _=False, signal=signal: self._with_chosen(signal))
            widget.setEnabled(bool(plans))
        self.open_button = button(
            _t("Plans", "&Open a plan file…"), description=_t("Plans", "Add a plan someone gave you (Ctrl+O)")
        )
        self.open_button.clicked.connect(self.open_file_requested)
        if plans:
            self.list.setCurrentRow(0)
        actions = QWidget()
        row = FlowLayout(actions)  # as many lines as large text needs, never on top of each other
        for widget in (self.new_button, self.change_button, self.try_button, self.export_button, self.delete_button,
                       self.open_button, self.back_button):  # fmt: skip
            row.addWidget(widget)
        layout.addWidget(actions)

    def chosen(self) -> str:
        """The id of the plan chosen in the list ("" when there is none)."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _with_chosen(self, signal: Signal) -> None:
        if self.chosen():
            signal.emit(self.chosen())

    def focus_first(self) -> None:
        (self.list if self.list.count() else self.new_button).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus() and self.chosen():
            self.delete_requested.emit(self.chosen())
            event.accept()
            return
        super().keyPressEvent(event)
