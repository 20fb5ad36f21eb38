"""The floor Steady is measured against: a bare PySide6 window, or a bare 60 fps QPainter circle.

    python tests/benchmarks/floor.py window|circle
Reports like Steady does under STEADY_BENCH (first paint, frame times) and quits after
STEADY_BENCH_SECONDS.
"""

import math
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.ui.services.diagnostics import install


class PacerWidget(QWidget):
    """A bare circle that grows and shrinks at 60 fps (named like Steady's, so frames are counted)."""

    def __init__(self) -> None:
        super().__init__()
        self.start = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.update)
        self.timer.start(16)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        level = 0.5 - 0.5 * math.cos((time.monotonic() - self.start) * math.pi / 5)
        radius = 60 + 120 * level
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#7FBFB9"))
        painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), radius, radius)
        painter.end()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = PacerWidget() if sys.argv[1:] == ["circle"] else QLabel("A bare PySide6 window")
    window.resize(900, 760)
    window.show()
    install(app, window)
    sys.exit(app.exec() if os.environ.get("STEADY_BENCH_SECONDS") else 0)
