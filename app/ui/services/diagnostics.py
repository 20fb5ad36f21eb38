"""Benchmark hooks, active only when STEADY_BENCH names a file: first frame, full start screen, frame times, quit."""

from __future__ import annotations

import json
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _Watcher(QObject):
    """Notes when the window's first frame is on screen, then when each pacer frame is painted.

    Until the first frame it watches only the window: an app-wide Python filter would itself
    slow the start it measures (every event of every widget would call into Python).
    """

    def __init__(self, app: QApplication, window: QWidget, out: str) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.out = out
        self.first_paint: float | None = None
        self.frames: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.first_paint is None and event.type() == QEvent.Type.Expose and watched is self.window.windowHandle():
            watched.event(event)  # Qt paints the whole window and puts it on screen while handling this
            if self.window.windowHandle().isExposed():
                self.first_paint = time.monotonic()
                self._write({"first_paint": self.first_paint, "first_paint_cpu": time.process_time()})
                watched.removeEventFilter(self)
                if os.environ.get("STEADY_BENCH_FRAMES"):  # only where frames are timed: it costs every event
                    self.app.installEventFilter(self)
            return True
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "PacerWidget":
            self.frames.append(time.monotonic())
        return False

    def _write(self, record: dict[str, object]) -> None:
        with open(self.out, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")

    def finish(self) -> None:
        self._write({"frames": self.frames})


_watcher: _Watcher | None = None


def note_start_complete() -> None:
    """Note the time: the frame with everything the first frame left out has just been painted."""
    if _watcher is not None:
        _watcher._write({"complete": time.monotonic(), "complete_cpu": time.process_time()})


def install(app: QApplication, window: QWidget) -> None:
    """Watch the shown `window` when STEADY_BENCH is set; quit after STEADY_BENCH_SECONDS if given."""
    out = os.environ.get("STEADY_BENCH")
    if not out:
        return
    global _watcher
    watcher = _watcher = _Watcher(app, window, out)
    handle = window.windowHandle()
    assert handle is not None, "install the watcher after window.show()"
    handle.installEventFilter(watcher)
    app.aboutToQuit.connect(watcher.finish)
    seconds = os.environ.get("STEADY_BENCH_SECONDS")
    if seconds:
        QTimer.singleShot(int(float(seconds) * 1000), app.quit)
