"""The tray icon (Steady me now, show or hide the window, the small window, quit), and macOS's Dock menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.ui.i18n import _t

if TYPE_CHECKING:
    from app.core.handover import Request


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


def add_dock_menu(take_launch: Callable[[Request], str], parent: QWidget) -> QMenu | None:
    """macOS: the Dock icon's menu has the launcher's quick ways in (Qt has it only there; not yet tried on a Mac)."""
    from app.core.handover import Request

    menu = QMenu(parent)
    steady = menu.addAction(_t("Tray", "Steady me now"))
    steady.triggered.connect(lambda: take_launch(Request("steady-me-now", start=True)))
    let_it_out = menu.addAction(_t("Tray", "Let it out"))
    let_it_out.triggered.connect(lambda: take_launch(Request(open="let-it-out")))
    if not hasattr(menu, "setAsDockMenu"):
        return None
    menu.setAsDockMenu()
    return menu
