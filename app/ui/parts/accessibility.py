"""What screen readers say: each new phase or step once, where the person is, and words that come with the focus.

Measured with Orca 43.1 (Debian 12) on X11 (tests/e2e/test_screen_reader.py): Orca 43 never listens for
AT-SPI announcements (so Qt sends none), ignores name changes of labels and description changes of
controls without the focus, but speaks a change of the *focused* control's description, and speaks a
control's description when it takes the focus. Newer Orca does all that too and also speaks
announcements, so on AT-SPI the words travel one way only (the focused control's description), never
both: a reader that speaks both would say each phase twice. Elsewhere (Windows, macOS) Qt's polite
announcement reaches the platform's own notification API, and it stays the way out wherever nothing
of Steady's has the focus.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

AT_SPI = sys.platform.startswith(("linux", "freebsd"))  # Qt's AT-SPI bridge: Orca and other Linux readers
KEPT = "steady-kept-description"  # the object name of what remembers a control's own description


class Announcer:
    """Says each new phase or step once, politely; keeps the last few so they can be checked."""

    def __init__(self, enabled: bool = True, through_focus: bool = AT_SPI) -> None:
        self.enabled = enabled
        self.through_focus = through_focus  # on AT-SPI: as the focused control's description
        self.said: list[str] = []

    def announce(self, source: QWidget, text: str, focus: QWidget | None = None, asked: bool = False) -> None:
        """Ask screen readers to say `text` (nothing happens without a reader).

        `focus`: the control about to take the focus, when the focus is moving (a session's first
        phase): its description carries the words, so the reader says them with the control, once.
        `asked`: the person asked for these words (a key), so they are said even with announcements off.
        """
        if not (self.enabled or asked) or not text:
            return
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not before the first frame
        from PySide6.QtWidgets import QApplication

        self.said = [*self.said[-19:], text]
        target = focus if focus is not None else QApplication.focusWidget()
        if self.through_focus and target is not None:
            say_with_focus(target, text, keep_own=False)
            return
        event = QAccessibleAnnouncementEvent(source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)


class _KeptDescription(QObject):
    """A control's own description, put back once it loses the focus or hides."""

    def __init__(self, control: QWidget) -> None:
        super().__init__(control)
        self.setObjectName(KEPT)
        self.own = control.accessibleDescription()
        control.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            from PySide6.QtCore import QTimer

            # After the focus has moved on: a reader then ignores the change (it is not the focused control's).
            QTimer.singleShot(0, self, self.put_back)
        return False

    def put_back(self) -> None:
        control = self.parent()
        if control is None:
            return
        control.removeEventFilter(self)
        self.setParent(None)
        self.deleteLater()
        if not control.hasFocus():  # type: ignore[attr-defined]
            control.setAccessibleDescription(self.own)  # type: ignore[attr-defined]
        else:  # it took the focus again before we came: keep waiting
            _KeptDescription(control).own = self.own  # type: ignore[arg-type]


def own_description(control: QWidget) -> str:
    """The description a control has of its own, whatever words it carries for now."""
    kept = control.findChild(_KeptDescription, KEPT)
    return kept.own if kept is not None else control.accessibleDescription()


def say_with_focus(control: QWidget, words: str, keep_own: bool = True) -> None:
    """Let `control`'s description carry `words` until it loses the focus, then its own again.

    A screen reader says a control's description as the control takes the focus, and says a new
    description of the control that has the focus (Orca 43 and later), so this speaks `words` once,
    where the person is. `keep_own`: the words are followed by the control's own description
    (a question, then "5 out of 10"); otherwise they stand alone ("Breathe in").
    """
    own = own_description(control)
    if control.findChild(_KeptDescription, KEPT) is None:
        _KeptDescription(control)
    text = f"{words} {own}" if keep_own and own else words
    if control.accessibleDescription() == text:
        control.setAccessibleDescription("")  # the same words again are a new change, said again
    control.setAccessibleDescription(text)


def name_inner_parts(control: QWidget) -> None:
    """Give a combo box's list and a spin box's text field their control's name, as readers meet them."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit

    name = control.accessibleName()
    if isinstance(control, QComboBox):
        control.view().setAccessibleName(name)
    elif isinstance(control, QAbstractSpinBox):
        for inner in control.findChildren(QLineEdit):
            inner.setAccessibleName(name)
