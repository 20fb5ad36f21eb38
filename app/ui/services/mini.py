"""The small window: a pacer and one line that stay on top, beside a video call; Esc hides it at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.core.playback import SessionState
from app.ui.i18n import _t
from app.ui.parts.pacer import PacerWidget
from app.ui.parts.theme import Palette
from app.ui.parts.widgets import button, label

if TYPE_CHECKING:
    from app.ui.parts.driver import SessionDriver
    from app.ui.screens.exercise import ExerciseScreen


class MiniWindow(QWidget):
    """Follows the exercise in the big window: its phase or step line, its pacer, pause and go on."""

    big_window_requested = Signal()
    steady_requested = Signal()

    def __init__(self, palette: Palette, parent: QWidget | None = None, tray: bool = True) -> None:
        # With a tray icon to bring it back, a tool window: no second entry in the task bar. With none, an
        # ordinary window the desktop lists (Alt+Tab, GNOME's dash) and can minimise: GNOME minimises no
        # tool window, and while only one shows it counts Steady as not running.
        kind = Qt.WindowType.Tool if tray else Qt.WindowType.Window
        super().__init__(parent, kind | Qt.WindowType.WindowStaysOnTopHint)
        self.tray = tray
        self.setWindowTitle(_t("Mini", "Steady · small window"))
        self.setAccessibleName(_t("Mini", "Steady, small window"))
        self.screen_followed: ExerciseScreen | None = None
        self._driver: SessionDriver | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(14)
        self.pacer = PacerWidget(palette)
        self.pacer.setMinimumSize(88, 88)
        self.pacer.setMaximumSize(120, 120)
        row.addWidget(self.pacer)
        column = QVBoxLayout()
        column.setSpacing(8)
        self.line = label("", "lead")
        self.line.setAccessibleName(_t("Mini", "Now"))
        column.addWidget(self.line, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.pause_button = button(_t("Mini", "Pause"), "primary", _t("Mini", "Pause or go on (Space)"))
        self.pause_button.clicked.connect(self._on_main_button)
        self.big_button = button(_t("Mini", "Big window"), description=_t("Mini", "Back to the big window (Ctrl+M)"))
        self.big_button.clicked.connect(self.big_window_requested)
        self.hide_button = button(_t("Mini", "Hide"), description=_t("Mini", "Hide this window at once (Esc)"))
        self.hide_button.clicked.connect(self.hide_now)
        for widget in (self.pause_button, self.big_button, self.hide_button):
            buttons.addWidget(widget)
        column.addLayout(buttons)
        self.told = label("", "hint")  # said once where the desktop can't keep the window on top
        self.told.hide()
        column.addWidget(self.told)
        row.addLayout(column, 1)
        back = QShortcut(QKeySequence("Ctrl+M"), self)  # (keyPressEvent also takes it, before the window is active)
        back.activated.connect(self.big_window_requested)
        self.resize(460, 150)
        self.follow(None)

    def follow(self, screen: ExerciseScreen | None) -> None:
        """Mirror `screen`'s session from now on (None: nothing is running)."""
        if self.screen_followed is not None:
            for signal in (self.screen_followed.session_began, self.screen_followed.state_changed):
                signal.disconnect(self._refresh)
        self.screen_followed = screen
        if screen is not None:
            screen.session_began.connect(self._refresh)
            screen.state_changed.connect(self._refresh)
        self._refresh()

    def _follow_driver(self, driver: SessionDriver | None) -> None:
        if driver is self._driver:
            return
        if self._driver is not None:
            self._driver.snapshot_changed.disconnect(self._show_snapshot)
        self._driver = driver
        if driver is not None:
            driver.snapshot_changed.connect(self._show_snapshot)

    def _refresh(self, *_args: object) -> None:
        screen = self.screen_followed
        self._follow_driver(screen.driver if screen is not None else None)
        if screen is not None and screen.driver is not None:
            self._show_snapshot(screen.driver.session.snapshot(screen.clock.now()))
        state = screen.state if screen is not None else SessionState.READY
        if state in (SessionState.RUNNING, SessionState.PAUSED):
            self.pause_button.setText(_t("Mini", "Go on") if state is SessionState.PAUSED else _t("Mini", "Pause"))
        else:
            self.line.setText(_t("Mini", "Crying is OK. Take the time you need."))
            self.pacer.set_level(0.0)
            self.pause_button.setText(_t("Mini", "Steady me now"))
        self.pause_button.setAccessibleName(self.pause_button.text())

    def _show_snapshot(self, snapshot: object) -> None:
        if self.screen_followed is None:
            return
        line, level = self.screen_followed.mini_view(snapshot)
        if line != self.line.text():
            self.line.setText(line)
        self.pacer.setVisible(level is not None)
        if level is not None:
            self.pacer.set_level(level)

    def _on_main_button(self) -> None:
        screen = self.screen_followed
        if screen is not None and screen.state in (SessionState.RUNNING, SessionState.PAUSED):
            screen.toggle_pause()
        else:
            self.steady_requested.emit()

    def set_palette(self, palette: Palette) -> None:
        self.pacer.set_palette(palette)

    def tell(self, words: str) -> None:
        """A line under the buttons, for as long as the small window is open (a screen reader hears it too)."""
        self.told.setText(words)
        self.told.setVisible(bool(words))
        self.adjustSize()

    def hide_now(self) -> None:
        """Out of sight in one key press; with no tray to bring it back, it is minimised instead."""
        if self.tray:
            self.hide()
        else:
            self.showMinimized()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # closing the small window brings the big one back, so Steady is never lost
        self.big_window_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide_now()
        elif event.key() == Qt.Key.Key_M and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.big_window_requested.emit()
        elif event.key() == Qt.Key.Key_Space and self.pause_button.isEnabled():
            self._on_main_button()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
