"""A screen to read, not to run: Esc or its button goes back to the start screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.core.playback import SessionState
from app.ui.i18n import _t
from app.ui.parts.screen_keys import ScreenKey, ScreenKeys
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
        self.back_button = button(_t("Info", "Back to the start"), "primary", _t("Info", "Esc goes there too"))
        self.back_button.clicked.connect(self.leave_requested)
        # Esc works wherever the focus is, "Need help now?" too; each screen shows self.keys.hint where it fits.
        self.keys = ScreenKeys(self, [ScreenKey(("Escape",), self.leave_requested.emit, _t("Info", "Esc goes back"))])

    def focus_first(self) -> None:
        self.back_button.setFocus()

    def stop(self) -> None:
        """Nothing runs here."""

    def set_still(self, still: bool) -> None:
        """Nothing moves here."""

    def set_palette(self, palette: Palette) -> None:
        """Nothing here paints itself (a subclass that does overrides this)."""
