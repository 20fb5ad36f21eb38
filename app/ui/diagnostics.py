"""Benchmark hooks, active only when STEADY_BENCH names a file: first paint, frame times, quit."""

from __future__ import annotations

import json
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _Watcher(QObject):
    """Notes when the window first paints and when each pacer frame is painted."""

    def __init__(self, window: QWidget, out: str) -> None:
        super().__init__(window)
        self.window = window
        self.out = out
        self.first_paint: float | None = None
        self.frames: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            now = time.monotonic()
            if self.first_paint is None and watched.window() is self.window:
                self.first_paint = now
                self._write({"first_paint": now, "first_paint_cpu": time.process_time()})
            if type(watched).__name__ == "PacerWidget":
                self.frames.append(now)
        return False

    def _write(self, record: dict[str, object]) -> None:
        with open(self.out, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")

    def finish(self) -> None:
        self._write({"frames": self.frames})


def install(app: QApplication, window: QWidget) -> None:
    """Watch `window` when STEADY_BENCH is set; quit after STEADY_BENCH_SECONDS if given."""
    out = os.environ.get("STEADY_BENCH")
    if not out:
        return
    watcher = _Watcher(window, out)
    app.installEventFilter(watcher)
    app.aboutToQuit.connect(watcher.finish)
    seconds = os.environ.get("STEADY_BENCH_SECONDS")
    if seconds:
        QTimer.singleShot(int(float(seconds) * 1000), app.quit)
