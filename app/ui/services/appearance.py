"""How Steady looks and moves: colours, text size, motion, one-key shortcuts, and the settings dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.ui.context import Context
from app.ui.parts.style import install
from app.ui.parts.theme import Palette, palette_for

if TYPE_CHECKING:
    from app.ui.parts.keys import SingleKeyGuard


class Appearance(QObject):
    """Puts the person's settings into effect on the whole application and on what is shown.

    `shown()` gives the widgets that take colours and motion (the exercise screen, the small window).

    Signals:
        still_changed(bool): motion was switched off (True) or on; the View menu's tick follows.
    """

    still_changed = Signal(bool)

    def __init__(self, context: Context, os_reduced_motion: Callable[[], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.os_reduced_motion = os_reduced_motion
        self.parent_widget = parent
        self.shown: Callable[[], list[Any]] = lambda: []
        self.key_guard: SingleKeyGuard | None = None
        self.colours: Palette = palette_for(self.settings.get("appearance/theme"))
        self.apply_theme()  # before the widgets are made: each is styled once, where it is made
        self.guard_single_keys()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_colours_changed)

    def still_wanted(self) -> bool:
        motion = self.settings.get("appearance/motion")
        return motion == "still" or (motion == "system" and self.os_reduced_motion())

    def set_still(self, still: bool) -> None:
        self.remember_still(still)
        for widget in self.shown():
            if hasattr(widget, "set_still"):
                widget.set_still(still)

    def remember_still(self, still: bool) -> None:
        if still != self.still_wanted():
            self.settings.set("appearance/motion", "still" if still else "moving")
        self.still_changed.emit(still)

    def set_theme(self, theme: str) -> None:
        self.settings.set("appearance/theme", theme)
        self.apply_theme()

    def apply_theme(self, theme: str | None = None) -> None:
        """Apply the chosen colours (or `theme`, for screenshots) to the whole application."""
        self.colours = palette_for(theme or self.settings.get("appearance/theme"))
        install(self.colours, self.settings.get("appearance/text_size") / 100)
        for widget in self.shown():
            widget.set_palette(self.colours)

    def change_text_size(self, step: int) -> None:
        """Larger (+25), smaller (-25) or the usual size (0), between 100 % and 200 %."""
        size = 100 if step == 0 else max(100, min(200, self.settings.get("appearance/text_size") + step))
        self.settings.set("appearance/text_size", size)
        self.apply_theme()

    def _on_system_colours_changed(self) -> None:
        if self.settings.get("appearance/theme") == "system":
            self.apply_theme()

    def show_settings(self) -> None:
        from app.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.settings, self.context.narrator, self.parent_widget).exec()
        self.apply_settings()

    def apply_settings(self) -> None:
        """Put the settings into effect: colours, text size, motion, announcements, keys and voice."""
        self.context.announcer.enabled = self.settings.get("keys/announce")
        self.guard_single_keys()
        self.apply_theme()
        self.set_still(self.still_wanted())
        narrator = self.context.narrator
        if narrator is not None:
            narrator.enabled_changed.emit(narrator.enabled)

    def guard_single_keys(self) -> None:
        """Swallow one-key shortcuts while the person has them switched off (and only then watch the keys)."""
        off = not self.settings.get("keys/single_key")
        if off and self.key_guard is None:
            from app.ui.parts.keys import SingleKeyGuard

            self.key_guard = SingleKeyGuard(self.parent_widget)
        if self.key_guard is not None:
            self.key_guard.switch(off)
