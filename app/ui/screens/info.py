"""A screen to read, not to run: Esc or its button goes back to the start screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from app.core.playback import SessionState
from app.ui.i18n import _t
from app.ui.parts.theme import Palette
from app.ui.parts.widgets import button


class InfoScreen(QWidget):
    """Why it's OK to cry, the history: nothing runs or moves, so the window's calls are no-ops.

    Signals:
        leave_requested(): back to the start screen.
    """

    leave_requested = Signal()
    state = SessionState.READY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = button(
            _t("Info", "Back to the start"), "primary", _t("Info", "Back to the start screen (Esc)")
        )
        self.back_button.clicked.connect(self.leave_requested)

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def stop(self) -> None:
        """Nothing runs here."""

    def set_still(self, still: bool) -> None:
        """Nothing moves here."""

    def set_palette(self, palette: Palette) -> None:
        """Nothing here paints itself (a subclass that does overrides this)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
