"""The breathing pacer: a soft circle that grows on the in-breath and shrinks on the out-breath."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap, QRadialGradient, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.pacing import pacer_radius
from app.ui.i18n import _t
from app.ui.parts.theme import Palette

SMALLEST = 0.38  # of the largest radius: the circle never vanishes, so the eye keeps hold of it


class PacerWidget(QWidget):
    """Draws the pacer at a fullness level from 0 (empty) to 1 (full); it keeps no time itself.

    Each frame repaints only the square the circle moves in: the widget paints its own background
    (so nothing beneath it is redrawn), from a picture of the background and guide ring made once
    per size and palette; only the soft circle itself is drawn anew.
    """

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self._backdrop: QPixmap | None = None
        self._gradient = QRadialGradient()
        self._centre = QPointF()
        self._largest = 10.0
        self._measure()
        self.set_palette(palette)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # It takes the height there is (Ignored: its preferred size never makes a page scroll), down to a
        # size that still reads as a breathing circle when large text leaves little room.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(100, 100)
        self.setAccessibleName(_t("Pacer", "Breathing pacer"))
        self.setAccessibleDescription(
            _t("Pacer", "A circle that grows as you breathe in and shrinks as you breathe out")
        )

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def set_palette(self, palette: Palette) -> None:
        """New colours; the background and guide ring are drawn again at the next paint."""
        self._palette = palette
        self._backdrop = None
        self._gradient.setStops([(0.0, QColor(palette.pacer_core)), (0.75, QColor(palette.pacer_core)),
                                 (1.0, QColor(palette.pacer_edge))])  # fmt: skip
        self.update()

    def set_level(self, level: float) -> None:
        """Show a new fullness; repaints, every time it changes, only the square the circle moves in."""
        if level == self._level:
            return
        bigger = max(level, self._level)  # the circles share a centre: the bigger one covers both
        self._level = level
        self.update(self._circle_box(bigger))

    @property
    def level(self) -> float:
        return self._level

    def _measure(self) -> None:
        """Where the circle sits and how large a full breath is, for the widget's size now."""
        self._centre = QPointF(self.width() / 2, self.height() / 2)
        self._largest = max(10.0, min(self.width(), self.height()) / 2 - 6)

    def _radius(self, level: float) -> float:
        return pacer_radius(level, self._largest * SMALLEST, self._largest)

    def _circle_box(self, level: float) -> QRect:
        """The pixels the circle at `level` can touch, with a margin for its soft edge."""
        x, y, reach = self._centre.x(), self._centre.y(), self._radius(level) + 2
        left, top = math.floor(x - reach), math.floor(y - reach)
        return QRect(left, top, math.ceil(x + reach) - left, math.ceil(y + reach) - top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._measure()
        self._backdrop = None
        super().resizeEvent(event)

    def _make_backdrop(self) -> QPixmap:
        """The background and the guide ring, which show where a full breath reaches."""
        ratio = self.devicePixelRatioF()
        backdrop = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        backdrop.setDevicePixelRatio(ratio)
        backdrop.fill(QColor(self._palette.background))
        painter = QPainter(backdrop)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QPen(QColor(self._palette.pacer_guide))
        guide.setWidthF(2.0)
        painter.setPen(guide)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(self._centre, self._largest, self._largest)
        painter.end()
        return backdrop

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._backdrop is None or self._backdrop.devicePixelRatio() != self.devicePixelRatioF():
            self._backdrop = self._make_backdrop()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop)  # clipped by Qt to the part being repainted
        centre, radius = self._centre, self._radius(self._level)
        self._gradient.setCenter(centre)
        self._gradient.setFocalPoint(centre)
        self._gradient.setRadius(radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._gradient)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
