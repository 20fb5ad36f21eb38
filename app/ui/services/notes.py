"""Calm notes about the person's files: what was set aside, kept or could not be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.ui.i18n import _t


class Notes:
    """Says each problem once, in a box that blocks nothing (an exercise may be beginning behind it)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.told: list[str] = []  # what the person was told about their files, in order

    def tell(self, problem: str) -> None:
        if not problem:
            return
        from PySide6.QtWidgets import QMessageBox  # when first used: not at start-up

        self.told.append(problem)
        box = QMessageBox(
            QMessageBox.Icon.Information, _t("Window", "A note about your files"), problem, parent=self.parent
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
