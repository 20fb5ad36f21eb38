"""Polite announcements for screen readers: each new phase or step, said once, never interrupting."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Announcer:
    """Sends polite announcements from a widget; keeps the last few so they can be checked."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.said: list[str] = []

    def announce(self, source: QWidget, text: str) -> None:
        """Ask screen readers to say `text` when they're free (nothing happens without a reader)."""
        if not self.enabled or not text:
            return
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not before the first frame

        self.said = [*self.said[-19:], text]
        event = QAccessibleAnnouncementEvent(source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)


def name_inner_parts(control: QWidget) -> None:
    """Give a combo box's list and a spin box's text field their control's name, as readers meet them."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit

    name = control.accessibleName()
    if isinstance(control, QComboBox):
        control.view().setAccessibleName(name)
    elif isinstance(control, QAbstractSpinBox):
        for inner in control.findChildren(QLineEdit):
            inner.setAccessibleName(name)
