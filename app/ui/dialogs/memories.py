"""A small dialog where the person keeps their own list of warm or funny memories."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.i18n import _t
from app.ui.parts.widgets import boxed, label


class MemoriesDialog(QDialog):
    """One memory per line; saved only on this computer, only when the person presses Save."""

    def __init__(self, memories: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Memories", "My memories"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(label(_t("Memories", "Warm or funny moments to come back to"), "subheading"))
        layout.addWidget(
            label(
                _t(
                    "Memories",
                    "One memory per line: where you were, who was there, what was said. "
                    "They stay on this computer and nowhere else.",
                ),
                "muted",
            )
        )
        self.editor = boxed(QPlainTextEdit("\n".join(memories)), 4)
        self.editor.setAccessibleName(_t("Memories", "My memories, one per line"))
        self.editor.setPlaceholderText(_t("Memories", "The day we got the giggles at the bus stop…"))
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.setFocus()

    @property
    def memories(self) -> list[str]:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]
