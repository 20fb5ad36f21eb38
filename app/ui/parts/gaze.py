"""The dot that leads the gaze in the blink-and-look exercise."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.gaze import GazePoint
from app.ui.i18n import _t
from app.ui.parts.theme import Palette


class GazeDot(QWidget):
    """Paints one soft dot where a `GazePoint` says; it keeps no time itself."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._point = GazePoint(0.5, 0.5)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(_t("Gaze", "A dot for your eyes to follow"))

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_point(self, point: GazePoint) -> None:
        if point != self._point:
            self._point = point
            self.update()

    @property
    def point(self) -> GazePoint:
        return self._point

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self._palette.pacer_edge)
        colour.setAlphaF(self._point.opacity)
        radius = max(10.0, min(self.width(), self.height()) * 0.06)
        centre = QPointF(self._point.x * self.width(), self._point.y * self.height())
        painter.setPen(Qt.PenStyle.NoPen)
        halo = QColor(self._palette.pacer_core)
        halo.setAlphaF(0.35 * self._point.opacity)
        painter.setBrush(halo)
        painter.drawEllipse(centre, radius * 1.9, radius * 1.9)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
