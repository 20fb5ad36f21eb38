"""The tray icon: Steady me now, show or hide the window, the small window, and quit."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.ui.i18n import _t


class Tray(QSystemTrayIcon):
    """Lives in the panel while Steady runs; a click shows or hides the window."""

    def __init__(self, icon: QIcon, parent: QWidget) -> None:
        super().__init__(icon, parent)
        self.setToolTip(_t("Tray", "Steady"))
        self.menu = QMenu(parent)
        self.steady_action = QAction(_t("Tray", "Steady me now"), self.menu)
        self.show_action = QAction(_t("Tray", "Show or hide Steady"), self.menu)
        self.mini_action = QAction(_t("Tray", "Small window"), self.menu)
        self.quit_action = QAction(_t("Tray", "Quit"), self.menu)
        self.menu.addActions([self.steady_action, self.show_action, self.mini_action])
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_action.trigger()
