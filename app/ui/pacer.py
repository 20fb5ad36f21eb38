"""The breathing pacer: a soft circle that grows on the in-breath and shrinks on the out-breath."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.pacing import pacer_radius
from app.ui.theme import Palette

SMALLEST = 0.38  # of the largest radius: the circle never vanishes, so the eye keeps hold of it


class PacerWidget(QWidget):
    """Draws the pacer at a fullness level from 0 (empty) to 1 (full); it keeps no time itself."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._level = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName("Breathing pacer")
        self.setAccessibleDescription("A circle that grows as you breathe in and shrinks as you breathe out")

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_level(self, level: float) -> None:
        """Show a new fullness; repaints only when it visibly changed."""
        if abs(level - self._level) > 0.0005:
            self._level = level
            self.update()

    @property
    def level(self) -> float:
        return self._level

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = max(10.0, min(self.width(), self.height()) / 2 - 6)
        radius = pacer_radius(self._level, largest * SMALLEST, largest)

        # The guide ring shows where a full breath reaches.
        guide = QPen(QColor(p.pacer_guide))
        guide.setWidthF(2.0)
        painter.setPen(guide)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)

        gradient = QRadialGradient(centre, radius)
        core = QColor(p.pacer_core)
        edge = QColor(p.pacer_edge)
        gradient.setColorAt(0.0, core)
        gradient.setColorAt(0.75, core)
        gradient.setColorAt(1.0, edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
        painter.end()
