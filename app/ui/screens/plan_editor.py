"""The plan editor: a name, parts in order, each part's fields, problems shown beside them as they are typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.exercise import Exercise
from app.core.plans import (
    DEFAULT_MINUTES,
    MAX_PARTS,
    MAX_TITLE,
    ExercisePart,
    NotePart,
    Part,
    Plan,
    PlanProblem,
    WordsPart,
    check_plan,
    id_for,
    plan_seconds,
)
from app.ui.i18n import _t, _tn
from app.ui.parts.time_words import minutes_text
from app.ui.parts.widgets import ButtonRow, FlowLayout, Stack, boxed, button, label, restyle, scrolling, text_field
from app.ui.screens.info import InfoScreen
from app.ui.screens.plan_parts import (
    ExerciseForm,
    NoteForm,
    PartForm,
    WordsForm,
    field_with_problem,
    part_line,
    problem_words,
    show_problem,
)

STARTING_EXERCISE = "calm-pace"
SHOWN_PARTS = 5  # the parts list is at least this many lines tall


class PlanEditor(InfoScreen):
    """Makes a new plan or changes one of the person's own; shipped exercises are only ever copied in.

    Signals:
        leave_requested(): back (the window asks first when a change is not saved).
        save_requested(object): save this Plan (`saved()` is called once it is).
        try_requested(object): run this Plan as it stands.
    """

    save_requested = Signal(object)
    try_requested = Signal(object)

    def __init__(
        self, plan: Plan | None, exercises: Sequence[Exercise], taken: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.exercises = {e.id: e for e in exercises}
        self.taken = set(taken)  # ids of shipped exercises and the person's other plans
        self.saved_plan = plan
        self.parts: list[Part] = list(plan.parts) if plan is not None else []
        self.problems: list[PlanProblem] = []
        self.ask: Callable[[], str] = self._ask_with_dialog  # how unsaved changes are asked about
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 20, 48, 20)
        outer.setSpacing(10)
        heading = _t("Plans", "Change your plan") if plan is not None else _t("Plans", "A new plan")
        outer.addWidget(label(heading, "heading"))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            label(
                _t(
                    "Plans",
                    "Put together what helps you, in the order you want: Steady's exercises, steps in your own "
                    "words, a note from someone. Nothing leaves this computer unless you export it.",
                ),
                "muted",
            )
        )
        self.name = text_field(plan.title if plan is not None else "")
        self.name.setMaxLength(MAX_TITLE * 2)
        self.name.setAccessibleName(_t("Plans", "Name of the plan"))
        self.name.setPlaceholderText(_t("Plans", "For example: Before the call"))
        self.name_problem = field_with_problem(column, _t("Plans", "Na&me of the plan"), self.name)
        self.name.textChanged.connect(self.refresh)
        column.addWidget(label(_t("Plans", "Parts, in order"), "subheading"))
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # one above the other when space is short
        self.columns.setSpacing(16)
        self.left_side, self.right_side = QWidget(), QWidget()
        left = QVBoxLayout(self.left_side)
        left.setContentsMargins(0, 0, 0, 0)
        self.list = boxed(QListWidget(), 4)
        self.list.setAccessibleName(_t("Plans", "Parts of the plan"))
        self.list.setAccessibleDescription(
            _t("Plans", "Alt+Up and Alt+Down move a part, Ctrl+D makes a copy, Delete removes it")
        )
        self.list.setMinimumWidth(200)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a line a part: the chosen one's words are beside it
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_part)
        left.addWidget(self.list)
        self.parts_problem = label("", "problem")
        self.parts_problem.hide()
        left.addWidget(self.parts_problem)
        self.add_exercise = button(_t("Plans", "Add a Steady &exercise"))
        self.add_words = button(_t("Plans", "Add your own &words"))
        self.add_note = button(_t("Plans", "Add a &note"))
        self.add_exercise.clicked.connect(lambda: self.add(ExercisePart(self._first_exercise(), None)))
        self.add_words.clicked.connect(lambda: self.add(WordsPart("")))
        self.add_note.clicked.connect(lambda: self.add(NotePart("")))
        for widget in (self.add_exercise, self.add_words, self.add_note):
            left.addWidget(widget)
        left.addStretch(1)  # the list as tall as five parts or more, its buttons just under it
        self.columns.addWidget(self.left_side, 1)
        right = QVBoxLayout(self.right_side)
        right.setContentsMargins(0, 0, 0, 0)
        self.forms = Stack()
        self.empty = label(_t("Plans", "Add a part to begin: an exercise, your own words or a note."), "muted")
        self.exercise_form = ExerciseForm([e for e in exercises if e.kind != "sequence" or e.steps])
        self.words_form, self.note_form = WordsForm(), NoteForm()
        for page in (self.empty, self.exercise_form, self.words_form, self.note_form):
            self.forms.addWidget(page)
        for form in (self.exercise_form, self.words_form, self.note_form):
            form.changed.connect(self._form_changed)
        right.addWidget(self.forms)
        tool_box = QWidget()
        tools = FlowLayout(tool_box)  # on two lines when the window is narrow or the text large
        self.up = button(_t("Plans", "Move &up"), description=_t("Plans", "Move this part earlier (Alt+Up)"))
        self.down = button(_t("Plans", "Move d&own"), description=_t("Plans", "Move this part later (Alt+Down)"))
        self.copy = button(_t("Plans", "&Duplicate"), description=_t("Plans", "Add a copy of this part (Ctrl+D)"))
        self.remove = button(_t("Plans", "&Remove"), description=_t("Plans", "Take this part out (Delete)"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.copy.clicked.connect(self.duplicate)
        self.remove.clicked.connect(self.remove_part)
        for widget in (self.up, self.down, self.copy, self.remove):
            tools.addWidget(widget)
        right.addWidget(tool_box)
        right.addStretch(1)
        self.columns.addWidget(self.right_side, 1)
        column.addLayout(self.columns, 1)

        scroll = self.scroll = scrolling(content, _t("Plans", "The plan"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the fields wrap instead
        outer.addWidget(scroll, 1)
        self.total = label("", "muted")
        outer.addWidget(self.total)
        self.try_button = button(_t("Plans", "&Try it"), description=_t("Plans", "Run the plan as it is now"))
        self.save_button = button(_t("Plans", "S&ave"), "primary", _t("Plans", "Keep it in your own plans"))
        restyle(self.back_button, "")  # Save is the main action here
        self.back_button.setText(_t("Plans", "Back"))
        self.back_button.setAccessibleName(_t("Plans", "Back"))
        self.back_button.setAccessibleDescription(_t("Plans", "Back to your plans (Esc)"))
        self.try_button.clicked.connect(lambda: self.try_requested.emit(self.plan()))
        self.save_button.clicked.connect(self.save)
        outer.addWidget(ButtonRow([self.try_button, self.save_button], [self.back_button]))
        for keys, does in (("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1)),
                           ("Ctrl+D", self.duplicate), ("Ctrl+S", self.save)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the editor is shown
            shortcut.activated.connect(does)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in a text field deletes text
        remove_key.activated.connect(self.remove_part)
        self._fill_list(0 if self.parts else -1)

    # -- what the editor holds ------------------------------------------------------------

    def plan(self) -> Plan:
        """The plan as it stands, saved or not."""
        title = self.name.text()
        if self.saved_plan is not None and title.strip() == self.saved_plan.title.strip():
            plan_id = self.saved_plan.id
        else:
            plan_id = id_for(title, self.taken)
        return Plan(plan_id, title, tuple(self.parts))

    @property
    def changed(self) -> bool:
        """True while there is something a person would lose by leaving."""
        if self.saved_plan is None:
            return bool(self.parts) or bool(self.name.text().strip())
        now = self.plan()
        return (now.title, now.parts) != (self.saved_plan.title, self.saved_plan.parts)

    def saved(self, plan: Plan) -> None:
        """The plan was kept: nothing is unsaved now."""
        self.saved_plan = plan
        self.refresh()

    # -- parts -----------------------------------------------------------------------------

    def _first_exercise(self) -> str:
        return STARTING_EXERCISE if STARTING_EXERCISE in self.exercises else next(iter(self.exercises), "")

    def add(self, part: Part) -> None:
        if len(self.parts) >= MAX_PARTS:
            self.refresh()
            return
        if isinstance(part, ExercisePart) and part.minutes is None:
            target = self.exercises.get(part.exercise)
            if target is not None and target.pattern is not None:
                part = ExercisePart(part.exercise, DEFAULT_MINUTES if 1 in target.pattern.lengths else None)
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(self.parts)
        self.parts.insert(row, part)
        self._fill_list(row)
        form = self.forms.currentWidget()
        if isinstance(form, PartForm):
            field = form.first_field()
            field.setFocus()  # type straight away: the words, the note, or which exercise
            self.scroll.ensureWidgetVisible(field)

    def move(self, by: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + by < len(self.parts):
            return
        self.parts[row], self.parts[row + by] = self.parts[row + by], self.parts[row]
        self._fill_list(row + by)
        self.list.setFocus()

    def duplicate(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.add(self.parts[row])

    def remove_part(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.parts[row]
        self._fill_list(min(row, len(self.parts) - 1))
        self.list.setFocus()

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for _part in self.parts:
            self.list.addItem(QListWidgetItem())
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._show_part(row)
        self.refresh()

    def _show_part(self, row: int) -> None:
        if not 0 <= row < len(self.parts):
            self.forms.setCurrentWidget(self.empty)
        else:
            part = self.parts[row]
            if isinstance(part, ExercisePart):
                self.exercise_form.load(part)
                self.forms.setCurrentWidget(self.exercise_form)
            elif isinstance(part, WordsPart):
                self.words_form.load(part)
                self.forms.setCurrentWidget(self.words_form)
            else:
                self.note_form.load(part)
                self.forms.setCurrentWidget(self.note_form)
        for widget in (self.up, self.down, self.copy, self.remove):
            widget.setEnabled(0 <= row < len(self.parts))
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < len(self.parts) - 1)
        self.refresh()

    def _form_changed(self) -> None:
        row, form = self.list.currentRow(), self.forms.currentWidget()
        if 0 <= row < len(self.parts) and isinstance(form, PartForm):
            self.parts[row] = form.part()  # type: ignore[attr-defined]
            self.refresh()

    # -- problems, shown as the person types -----------------------------------------------

    def refresh(self) -> None:
        """Check the plan now and show each problem beside its field and its part."""
        plan = self.plan()
        self.problems = check_plan(plan, self.exercises)
        by_field = {p.field: p.reason for p in self.problems}
        title_reason = by_field.get("title", "")
        show_problem(
            self.name_problem, self.name,
            _t("Plans", "Your plan needs a name.") if title_reason == "is empty" else problem_words(title_reason),
        )  # fmt: skip
        parts_reason = by_field.get("parts", "")
        if parts_reason:
            parts_reason = _t("Plans", "Add at least one part.") if not self.parts else parts_reason
        if len(self.parts) >= MAX_PARTS:
            parts_reason = _t("Plans", "A plan holds at most {count} parts.").format(count=MAX_PARTS)
        show_problem(self.parts_problem, self.list, parts_reason)
        for row, part in enumerate(self.parts):
            item = self.list.item(row)
            if item is None:
                continue
            troubled = any(p.part == row for p in self.problems)
            words = f"{row + 1}. {part_line(part, self.exercises)}"
            item.setText(("⚠ " if troubled else "") + words)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                words + (_t("Plans", ", needs a look") if troubled else ""),
            )
        row, form = self.list.currentRow(), self.forms.currentWidget()
        if isinstance(form, PartForm):
            form.show_problems([p for p in self.problems if p.part == row])
        seconds, count = plan_seconds(plan, self.exercises), len(self.parts)  # lupdate hangs on len(self.parts) in _tn
        self.total.setText(
            _tn("Plans", "%n parts, about {length}.", None, int, count).format(length=minutes_text(seconds))
            if self.parts
            else ""
        )
        self.try_button.setEnabled(not self.problems)
        self.save_button.setEnabled(not self.problems and self.changed)
        done = self.saved_plan is not None and not self.changed
        self.save_button.setText(_t("Plans", "Saved") if done else _t("Plans", "S&ave"))
        self.save_button.setAccessibleName(_t("Plans", "Saved") if done else _t("Plans", "Save"))
        waiting = _t("Plans", "Once the marked fields are sorted, you can try it")
        self.try_button.setToolTip(waiting if self.problems else "")

    def save(self) -> None:
        if not self.problems and self.save_button.isEnabled():
            self.save_requested.emit(self.plan())

    # -- leaving ----------------------------------------------------------------------------

    def may_leave(self) -> bool:
        """Whether the editor may close: with an unsaved change, the person is asked first (never lost silently)."""
        if not self.changed:
            return True
        answer = self.ask()
        if answer == "save":
            self.save()
            return not self.changed
        return answer == "discard"

    def _ask_with_dialog(self) -> str:
        """ "save", "discard" or "stay": what the person chose for their unsaved changes."""
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_t("Plans", "Keep your changes?"))
        title = self.name.text().strip() or _t("Plans", "your new plan")
        box.setText(_t("Plans", "You changed “{title}” and haven't saved it yet.").format(title=title))
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = None
        if self.problems:
            box.setInformativeText(_t("Plans", "It can't be saved yet: some fields need a look."))
        else:
            save = box.addButton(_t("Plans", "Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("Plans", "Leave without saving"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(_t("Plans", "Keep changing it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save or stay)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save and save is not None else "discard" if clicked is discard else "stay"

    # -- what every screen does -----------------------------------------------------------

    def focus_first(self) -> None:
        self.name.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Parts and fields side by side when they fit (larger text or a small window: one above the other)."""
        super().resizeEvent(event)
        row = max(self.list.sizeHintForRow(0), round(self.list.fontMetrics().height() * 1.6))  # -1 with no parts
        self.list.setMinimumHeight(SHOWN_PARTS * row + 2 * self.list.frameWidth())
        sides = (self.left_side.minimumSizeHint().width(), self.right_side.minimumSizeHint().width())
        room = self.scroll.viewport().width()
        across = sum(sides) + self.columns.spacing() + 48 <= room
        wanted = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)
