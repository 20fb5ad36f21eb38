"""Steady's start-up and memory seen from outside the process, against a bare QLabel, with no hook in either.

    python tests/benchmarks/outside.py [--runs 7] [--json FILE] [--compare OTHER_CHECKOUT]

Under Xvfb with the real xcb platform, the X server itself is watched (python-xlib, Debian's python3-xlib:
this script re-runs itself under /usr/bin/python3 when the venv has no Xlib; the measured programs still
run from the venv). For each start, taken when this script receives the X events:
- mapped: exec → the server reports a new viewable top-level window of the process (MapNotify on the root);
- first drawn: exec → the first DAMAGE event on that window (its first frame reaches the server);
- settled: exec → the last DAMAGE event on it within the first 3 s (Steady's whole start screen, with the
  exercise lists in, if nothing else is drawn after it: the start screen has no animation);
- RSS: VmRSS of the process and all its descendants, 3 s after exec.
Steady (`python -m app`, first-run welcome already seen) and the floor are started alternately; medians,
ranges, and ratios to the floor from the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
try:
    from Xlib import X
    from Xlib import display as xdisplay
    from Xlib.ext import damage
except ImportError:  # the venv has no Xlib: main() runs the watching side again with Debian's python3-xlib
    X = None


def watch_with_system_python() -> None:
    if sys.executable != SYSTEM_PYTHON and Path(SYSTEM_PYTHON).exists() and "--python" not in sys.argv:
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, __file__, *sys.argv[1:], "--python", sys.executable])
    raise SystemExit("python3-xlib is missing: apt-get install python3-xlib (or make system-tests)")


sys.path.insert(0, str(ROOT))
from tests.benchmarks.bench import home_env, start_xvfb  # noqa: E402
from tests.processes import end  # noqa: E402

FLOOR = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QLabel('A bare PySide6 window')\n"
    "w.resize(900, 760)\n"
    "w.show()\n"
    "sys.exit(app.exec())\n"
)
KEYS = ("mapped_ms", "first_drawn_ms", "settled_ms", "rss_mb")


def tree(pid: int) -> list[int]:
    """The process and all its descendants."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):  # a process may end meanwhile
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += [child for child, parent in parents.items() if parent == current]
    return found


def tree_rss_mb(pid: int) -> float:
    total = 0
    for member in tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


class Watcher:
    """One connection to the X server, told of every top-level window created and mapped, and of its drawing."""

    def __init__(self, name: str) -> None:
        self.display = xdisplay.Display(name)
        if not self.display.has_extension("DAMAGE"):
            raise SystemExit("the X server has no DAMAGE extension")
        self.display.damage_query_version()
        self.root = self.display.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.pid_atom = self.display.intern_atom("_NET_WM_PID")
        self.display.sync()

    def window_pid(self, window: object) -> int | None:
        try:
            prop = window.get_full_property(self.pid_atom, X.AnyPropertyType)  # type: ignore[attr-defined]
        except Exception:
            return None
        return int(prop.value[0]) if prop is not None and len(prop.value) else None

    def measure(self, command: list[str], env: dict[str, str], seconds: float, cwd: Path = ROOT) -> dict[str, float]:
        while self.display.pending_events():  # whatever is left of the last program
            self.display.next_event()
        mapped = first = last = None
        drawn: list[float] = []
        ours: int | None = None
        started = time.monotonic()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = started + seconds
        fd = self.display.fileno()
        try:
            while (now := time.monotonic()) < deadline:
                if not self.display.pending_events():
                    select.select([fd], [], [], deadline - now)
                while self.display.pending_events():
                    event = self.display.next_event()
                    at = time.monotonic()
                    if event.type == X.CreateNotify and event.parent == self.root:
                        # Watch its drawing from the start, before it is mapped and painted.
                        event.window.damage_create(damage.DamageReportRawRectangles)
                    elif event.type == X.MapNotify and ours is None and not event.override:
                        if self.window_pid(event.window) == process.pid:
                            ours, mapped = event.window.id, at
                    elif event.type == self.display.extension_event.DamageNotify and event.drawable.id == ours:
                        first = first if first is not None else at
                        last = at
                        drawn.append(round((at - started) * 1000, 1))
                self.display.flush()
            rss = tree_rss_mb(process.pid)
        finally:
            end(process)
        # Each DAMAGE object went with its window, when the process ended.
        self.display.sync()
        if mapped is None:
            raise RuntimeError(f"{command} mapped no window within {seconds:g} s")
        result = {"mapped_ms": (mapped - started) * 1000, "rss_mb": rss}
        if first is not None and last is not None:
            result["first_drawn_ms"] = (first - started) * 1000
            result["settled_ms"] = (last - started) * 1000
        result["drawn_at_ms"] = drawn  # type: ignore[assignment]  # every DAMAGE event, for a look at the frames
        return result


def summary(runs: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    return {
        k: {"median": statistics.median(v), "min": min(v), "max": max(v)}
        for k in KEYS
        if (v := [r[k] for r in runs if k in r])
    }


def fmt(s: dict[str, float]) -> str:
    return f"{s['median']:.1f} ({s['min']:.1f}–{s['max']:.1f})"


def paired(runs: dict[str, list[dict[str, float]]], mine: str, theirs: str, who: str = "Steady") -> float | None:
    """The median of each Steady start's figure over the floor start just after it: steadier on a noisy machine."""
    ratios = [s[mine] / f[theirs] for s, f in zip(runs[who], runs["floor"], strict=True) if mine in s and theirs in f]
    return statistics.median(ratios) if ratios else None


def table(
    results: dict[str, dict[str, dict[str, float]]], runs: dict[str, list[dict[str, float]]], who: str = "Steady"
) -> str:
    steady, floor = results[who], results["floor"]
    rows = [
        ("exec → top-level window mapped (ms)", "mapped_ms", "mapped_ms"),
        ("exec → first frame drawn, first DAMAGE (ms)", "first_drawn_ms", "first_drawn_ms"),
        ("exec → window settled, last DAMAGE in 3 s: whole start screen (ms)", "settled_ms", "settled_ms"),
        ("… the same against the floor's first frame (ms)", "settled_ms", "first_drawn_ms"),
        ("RSS of the process tree 3 s after exec (MB)", "rss_mb", "rss_mb"),
    ]
    lines = [
        "| what | Steady | floor (bare QLabel) | ratio of medians | median of paired ratios |",
        "|---|---|---|---|---|",
    ]
    for label, mine, theirs in rows:
        if mine in steady and theirs in floor:
            ratio = steady[mine]["median"] / floor[theirs]["median"]
            pair = paired(runs, mine, theirs, who)
            lines.append(f"| {label} | {fmt(steady[mine])} | {fmt(floor[theirs])} | {ratio:.2f}× | {pair:.2f}× |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each program, alternated")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long each start is watched; RSS at its end")
    parser.add_argument("--json", type=Path, help="write the numbers here")
    parser.add_argument(
        "--python", default=str(ROOT / ".venv" / "bin" / "python"), help="the measured programs' Python"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        help="another checkout of Steady (say, before a change), started in turn in the same run",
    )
    args = parser.parse_args()
    if X is None:
        watch_with_system_python()
    python = args.python if Path(args.python).exists() else sys.executable
    # An installed Steady carries its bytecode; compile first, so no run times the compiler.
    places = {"Steady": ROOT, "floor": ROOT}
    if args.compare is not None:
        places[f"Steady in {args.compare}"] = args.compare.resolve()
    for place in set(places.values()):
        subprocess.run([python, "-m", "compileall", "-q", "app"], cwd=place, check=True)
    server, name = start_xvfb()
    load_start = [round(x, 2) for x in os.getloadavg()]
    try:
        watcher = Watcher(name)
        with tempfile.TemporaryDirectory() as scratch:
            env = home_env(name, Path(scratch))
            programs = {n: [python, "-c", FLOOR] if n == "floor" else [python, "-m", "app"] for n in places}
            for program, command in programs.items():  # one start each, not counted: files in the page cache
                watcher.measure(command, env, args.seconds, places[program])
            runs: dict[str, list[dict[str, float]]] = {n: [] for n in programs}
            for run in range(args.runs):
                for program, command in programs.items():
                    runs[program].append(watcher.measure(command, env, args.seconds, places[program]))
                print(f"run {run + 1} of {args.runs} done", flush=True)
    finally:
        server.terminate()
        server.wait()
    results = {n: summary(r) for n, r in runs.items()}
    for who in (n for n in places if n != "floor"):
        print(f"\n{who}:\n{table(results, runs, who)}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "machine": f"{platform.node()}, {os.cpu_count()} cores, {platform.platform()}",
                    "runs": args.runs,
                    "load_average_at_start": load_start,
                    "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
                    "summary": results,
                    "all_runs": runs,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
