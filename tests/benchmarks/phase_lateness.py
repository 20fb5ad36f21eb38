"""Benchmark (not a test): how late phase boundaries are noticed in a real, painted session.

Runs a real calm-pace session with the moving pacer on the real clock and event loop, and
records for every phase start how long after its scheduled instant Steady noticed it. The
floor is a bare PreciseTimer aimed at the same instants, measured in the same run.

    python tests/benchmarks/phase_lateness.py [--minutes 2] [--runs 3] [--json FILE]

Uses the X display when DISPLAY is set (e.g. under Xvfb), else the offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core.clock import MonotonicClock
from app.core.session import PhaseStarted, SessionState
from app.storage.catalog import load_catalog
from app.storage.personal import PersonalData
from app.storage.resources import resource
from app.storage.settings import Settings
from app.ui.window import MainWindow


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def steady_session(app: QApplication, minutes: float, scratch: Path) -> list[float]:
    """Lateness in ms of every phase start in a real session with the moving pacer."""
    settings = Settings(QSettings(str(scratch / "bench.ini"), QSettings.Format.IniFormat))
    settings.set("appearance/motion", "moving")
    settings.set("care/checkins", False)  # straight into the session
    window = MainWindow(
        load_catalog(resource("exercises")), MonotonicClock(), settings, lambda: False, PersonalData(scratch / "data")
    )
    window.show()
    screen = window.navigator.open_exercise("calm-pace")
    assert screen is not None
    screen.choose_length(minutes)
    late: list[float] = []

    def on_phase(event: PhaseStarted) -> None:
        late.append(event.late_by * 1000)

    def on_state(state: SessionState) -> None:
        if state.is_over:
            app.quit()

    screen.start()
    assert screen.driver is not None
    screen.driver.began.connect(on_phase)  # after the first phase: it starts with start()
    screen.driver.state_changed.connect(on_state)
    app.exec()
    window.close()
    return late


def bare_timer(app: QApplication, boundaries: list[float]) -> list[float]:
    """Lateness in ms of a bare PreciseTimer aimed at the same instants: the floor."""
    start = time.monotonic()
    late: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    pending = list(boundaries)

    def arm() -> None:
        if not pending:
            app.quit()
            return
        timer.start(max(0, int((start + pending[0] - time.monotonic()) * 1000 + 0.999)))

    def fire() -> None:
        late.append((time.monotonic() - start - pending.pop(0)) * 1000)
        arm()

    timer.timeout.connect(fire)
    arm()
    app.exec()
    return late


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    scratch = Path(os.environ.get("TMPDIR", "/tmp"))
    boundaries = [4.0 + 10.0 * (i // 2) + (6.0 if i % 2 else 0.0) for i in range(int(args.minutes * 6) * 2 - 1)]
    runs = []
    for run in range(1, args.runs + 1):
        steady = steady_session(app, args.minutes, scratch)
        floor = bare_timer(app, boundaries)
        result = {
            "run": run,
            "phases": len(steady),
            "steady_worst_ms": max(steady),
            "steady_p99_ms": percentile(steady, 0.99),
            "steady_median_ms": statistics.median(steady),
            "floor_worst_ms": max(floor),
            "floor_p99_ms": percentile(floor, 0.99),
            "floor_median_ms": statistics.median(floor),
        }
        runs.append(result)
        print(
            f"run {run}: {len(steady)} phase starts; Steady worst {result['steady_worst_ms']:.1f} ms, "
            f"p99 {result['steady_p99_ms']:.1f} ms, median {result['steady_median_ms']:.1f} ms; "
            f"bare timer worst {result['floor_worst_ms']:.1f} ms, p99 {result['floor_p99_ms']:.1f} ms",
            flush=True,
        )
    keys = [k for k in runs[0] if k.endswith("_ms")]
    summary = {k: statistics.median(r[k] for r in runs) for k in keys}
    spread = {k: (min(r[k] for r in runs), max(r[k] for r in runs)) for k in keys}
    print(f"\nmedian of {len(runs)} runs ({QApplication.platformName()}, {platform.node()}):")
    for k in keys:
        print(f"  {k:18} {summary[k]:7.2f}   (runs: {spread[k][0]:.2f} to {spread[k][1]:.2f})")
    ratio = summary["steady_p99_ms"] / max(summary["floor_p99_ms"], 0.01)
    print(f"  p99 ratio to the bare-timer floor: {ratio:.2f}x; aim: worst under 20 ms")
    if args.json:
        args.json.write_text(
            json.dumps({"runs": runs, "median": summary, "platform": QApplication.platformName()}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
