"""Steady's keyboard shortcuts: the list shown to the person, and the switch for single-key ones."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from app.ui.i18n import _t


@dataclass(frozen=True)
class Shortcut:
    """One key and what it does; `single` keys are the ones the person can switch off."""

    keys: str
    does: str
    single: bool = False


def shortcut_groups() -> list[tuple[str, list[Shortcut]]]:
    """Every shortcut, grouped by where it works, in the words the overlay shows."""
    return [
        (_t("Keys", "Everywhere"), [
            Shortcut(_t("Keys", "F1"), _t("Keys", "Show these keys")),
            Shortcut(_t("Keys", "?"), _t("Keys", "Show these keys"), single=True),
            Shortcut(_t("Keys", "Ctrl+H"), _t("Keys", "Need help now? Emergency numbers and helplines")),
            Shortcut(_t("Keys", "Tab, Shift+Tab"), _t("Keys", "Move to the next or previous button")),
            Shortcut(_t("Keys", "Enter"), _t("Keys", "Press the highlighted button (Space too, outside an exercise)")),
            Shortcut(_t("Keys", "Ctrl+Home"), _t("Keys", "Back to the start")),
            Shortcut(_t("Keys", "Ctrl+Y"), _t("Keys", "Your history")),
            Shortcut(_t("Keys", "Ctrl+P"), _t("Keys", "Your own plans")),
            Shortcut(_t("Keys", "Ctrl+O"), _t("Keys", "Import a plan someone gave you")),
            Shortcut(_t("Keys", "Ctrl+M"), _t("Keys", "Small window that stays on top")),
            Shortcut(_t("Keys", "Ctrl++"), _t("Keys", "Larger text")),
            Shortcut(_t("Keys", "Ctrl+−"), _t("Keys", "Smaller text")),
            Shortcut(_t("Keys", "Ctrl+0"), _t("Keys", "Usual text size")),
            Shortcut(_t("Keys", "Ctrl+,"), _t("Keys", "Settings")),
            Shortcut(_t("Keys", "Ctrl+Q"), _t("Keys", "Quit")),
        ]),
        (_t("Keys", "Start screen"), [
            Shortcut(_t("Keys", "S"), _t("Keys", "Steady me now: begin at once"), single=True),
            Shortcut(_t("Keys", "L"), _t("Keys", "Let it out"), single=True),
        ]),
        (_t("Keys", "During an exercise"), [
            Shortcut(_t("Keys", "Space"), _t("Keys", "Start, pause or go on (in grounding: count one)")),
            Shortcut(_t("Keys", "Esc"), _t("Keys", "Stop, or go back")),
            Shortcut(_t("Keys", "V"), _t("Keys", "Voice on or off, from now on"), single=True),
            Shortcut(_t("Keys", "T"), _t("Keys", "Say how much is left (for screen readers)"), single=True),
            Shortcut(
                _t("Keys", "E"), _t("Keys", "Eyes closed: a sound for each breathing phase, on or off"), single=True
            ),
            Shortcut(_t("Keys", "→  ←"), _t("Keys", "Next or previous step")),
        ]),
        (_t("Keys", "Changing a plan"), [
            Shortcut(_t("Keys", "Alt+↑  Alt+↓"), _t("Keys", "Move the chosen part earlier or later")),
            Shortcut(_t("Keys", "Ctrl+D"), _t("Keys", "Duplicate the chosen part")),
            Shortcut(_t("Keys", "Delete"), _t("Keys", "Remove the chosen part (in the list of parts)")),
            Shortcut(_t("Keys", "Ctrl+S"), _t("Keys", "Save the plan")),
            Shortcut(_t("Keys", "Esc"), _t("Keys", "Back to your plans (asks first if something isn't saved)")),
        ]),
        (_t("Keys", "How do you feel?"), [
            Shortcut(_t("Keys", "0 to 9"), _t("Keys", "Answer with that number")),
            Shortcut(_t("Keys", "←  →, Enter"), _t("Keys", "Choose any number up to 10, then answer")),
            Shortcut(_t("Keys", "Esc"), _t("Keys", "Skip")),
        ]),
        (_t("Keys", "Small window"), [
            Shortcut(_t("Keys", "Esc"), _t("Keys", "Hide it at once")),
            Shortcut(_t("Keys", "Space"), _t("Keys", "Pause or go on"), single=True),
            Shortcut(_t("Keys", "Ctrl+M"), _t("Keys", "Back to the big window")),
        ]),
    ]  # fmt: skip


TYPING = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
KEEPS_KEYS = "steady_keys_on_focus"  # a widget property: its own keys work while it has the focus


def is_single_key(event: QKeyEvent, focus: QObject | None) -> bool:
    """True for a key press that would act as a one-key shortcut on `focus` (letters, ?, Space)."""
    if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
        return False
    if isinstance(focus, TYPING) or (isinstance(focus, QComboBox) and focus.isEditable()):
        return False
    widget = focus
    while widget is not None:
        if widget.property(KEEPS_KEYS):
            return False
        widget = widget.parent()
    if event.key() == Qt.Key.Key_Space:
        return False  # not a character key (WCAG 2.1.4): it presses a button, or does what a screen's hint line says
    text = event.text()
    return len(text) == 1 and text.isprintable() and not text.isspace()


class SingleKeyGuard(QObject):
    """Swallows one-key shortcuts while the person has switched them off (WCAG 2.1.4).

    It watches every event of the app, so it is in place only while they are off: an app-wide
    Python filter also costs each event a call into Python (and ~20 ms before the first paint).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False

    def switch(self, on: bool) -> None:
        """Start (True) or stop (False) swallowing one-key shortcuts."""
        app = QApplication.instance()
        if on == self.on or app is None:
            return
        self.on = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if is_single_key(event, QApplication.focusWidget()):
                # A screen's own key (V, T, a digit) is a shortcut: taken as an ordinary key, then swallowed.
                event.accept()
                return True
        return False
