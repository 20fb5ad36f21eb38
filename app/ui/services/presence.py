"""Where Steady shows itself: the big window, the small window on top, the tray icon, coming to the front."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from app.ui.i18n import _t
from app.ui.screens.home import STEADY_ME_NOW

if TYPE_CHECKING:
    from app.ui.navigation import Navigator
    from app.ui.services.appearance import Appearance
    from app.ui.services.mini import MiniWindow
    from app.ui.services.tray import Tray


class Presence(QObject):
    """Switches between the big window and the small one, keeps the tray icon, and brings Steady forward."""

    def __init__(self, window: QMainWindow, navigator: Navigator, appearance: Appearance) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = navigator
        self.appearance = appearance
        self.mini: MiniWindow | None = None
        self.tray: Tray | None = None
        navigator.screen_changed.connect(self._follow)

    def _follow(self, screen: object) -> None:
        from app.ui.screens.exercise import ExerciseScreen

        if self.mini is not None:
            self.mini.follow(screen if isinstance(screen, ExerciseScreen) else None)  # not the care screens

    def open_mini(self) -> MiniWindow:
        """The small always-on-top window follows the exercise; the big one steps out of the way."""
        from app.ui.services.mini import MiniWindow

        if self.mini is None:
            self.mini = MiniWindow(self.appearance.colours, tray=self.tray is not None)
            self.mini.big_window_requested.connect(self.show_big_window)
            self.mini.steady_requested.connect(lambda: self.navigator.open_exercise(STEADY_ME_NOW, start=True))
        self._follow(self.navigator.screen)
        self._tell_how_to_keep_it_on_top()
        self.mini.show()
        self.mini.raise_()
        self.mini.activateWindow()
        self.window.hide()
        return self.mini

    def _tell_how_to_keep_it_on_top(self) -> None:
        """On Wayland no window may put itself on top; the person can, from the title bar. Said once."""
        settings = self.appearance.settings
        if QGuiApplication.platformName() != "wayland" or settings.get("window/told_on_top") or self.mini is None:
            return
        self.mini.tell(
            _t("Mini", "This desktop doesn't let Steady keep this window on top. To keep it there, right-click "
               "its title bar and choose Always on Top.")
        )  # fmt: skip
        settings.set("window/told_on_top", True)

    def show_big_window(self) -> None:
        """The big window back in front: un-minimised (a maximised one stays maximised), the small one hidden."""
        if self.mini is not None:
            self.mini.hide()
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def come_forward(self, token: str = "") -> None:
        """For a second launch: the big window to the front, with the launcher's leave when the desktop wants one.

        Which leave depends on how Qt draws, not on the session: under XWayland, WAYLAND_DISPLAY is set too,
        but the window is an X11 one. Wayland: Qt's next activation uses XDG_ACTIVATION_TOKEN. X11: the
        window manager is asked with the launch's own time (x11_forward).
        """
        drawn_by = QGuiApplication.platformName()
        if token and drawn_by == "wayland":
            os.environ["XDG_ACTIVATION_TOKEN"] = token
        self.show_big_window()
        if token and drawn_by == "xcb":
            from app.ui.services.x11_forward import activate_with_launch_time

            activate_with_launch_time(int(self.window.winId()), token)

    def toggle_shown(self) -> None:
        """The tray's "Show or hide Steady": hides every Steady window, or brings the big one back."""
        if self.window.isVisible() or (self.mini is not None and self.mini.isVisible()):
            self.window.hide()
            if self.mini is not None:
                self.mini.hide()
        else:
            self.show_big_window()

    def add_tray(self) -> Tray | None:
        """The tray icon, where the desktop has a tray; None where it has not."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        self.make_tray().show()
        return self.tray

    def make_tray(self) -> Tray:
        """The tray icon with its menu wired to this window (shown by `add_tray`)."""
        from app.ui.services.tray import Tray

        self.tray = Tray(self.window.windowIcon(), self.window)
        self.tray.steady_action.triggered.connect(self._steady_from_tray)
        self.tray.show_action.triggered.connect(self.toggle_shown)
        self.tray.mini_action.triggered.connect(self.open_mini)
        self.tray.quit_action.triggered.connect(self.quit_steady)
        return self.tray

    def quit_steady(self) -> None:
        """Close and end Steady, even while only the small window (or nothing but the tray) shows."""
        self.window.close()
        QApplication.quit()

    def _steady_from_tray(self) -> None:
        if self.mini is None or not self.mini.isVisible():
            self.show_big_window()
        self.navigator.open_exercise(STEADY_ME_NOW, start=True)

    def hide_all(self) -> None:
        """As the window closes: the small window and the tray icon go too."""
        if self.mini is not None:
            self.mini.hide()
        if self.tray is not None:
            self.tray.hide()
