"""The keyboard shortcuts overlay (F1 or ?): every key, grouped by where it works."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from app.ui.i18n import _t
from app.ui.parts.keys import shortcut_groups
from app.ui.parts.widgets import button, label, scrolling


class ShortcutsOverlay(QDialog):
    """A large, scrollable list of keys; Esc or Enter closes it."""

    def __init__(self, single_keys_on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Keys", "Keyboard shortcuts"))
        self.setAccessibleName(_t("Keys", "Keyboard shortcuts"))
        wanted = QSize(max(760, parent.width() - 80), max(680, parent.height() - 80)) if parent else QSize(760, 680)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() - QSize(40, 40) if screen else wanted  # on a 1024 x 600 screen too
        self.resize(wanted.boundedTo(room))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(14)
        outer.addWidget(label(_t("Keys", "Keyboard shortcuts"), "heading"))
        if not single_keys_on:
            outer.addWidget(label(_t("Keys", "One-key shortcuts are switched off (Settings), so the keys marked "
                                             "“off” do nothing."), "muted"))  # fmt: skip
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(8)
        grid = QGridLayout()  # one grid, so the keys line up in one column across the groups
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.rows = 0
        row = 0
        for group, shortcuts in shortcut_groups():
            heading = label(group, "subheading")
            heading.setContentsMargins(0, 12 if row else 0, 0, 0)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for shortcut in shortcuts:
                off = shortcut.single and not single_keys_on
                keys = label(shortcut.keys, "keycap", wrap=False)
                does = label(
                    _t("Keys", "{does} (off)").format(does=shortcut.does) if off else shortcut.does,
                    "muted" if off else "",
                )
                grid.addWidget(keys, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                does.setMinimumWidth(160)  # wraps rather than widening the list past the window
                grid.addWidget(does, row, 1)
                row += 1
                self.rows += 1
        column.addLayout(grid)
        column.addStretch(1)
        outer.addWidget(scrolling(content, _t("Keys", "Keyboard shortcuts")), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = button(_t("Keys", "Close"), "primary", _t("Keys", "Close the list of keys (Esc)"))
        close.clicked.connect(self.accept)
        close.setDefault(True)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        close.setFocus()
