"""`make bench`: Steady against a floor measured in the same run, under Xvfb with the real xcb platform.

Start-up (exec to first paint), memory after 5 s, idle CPU, animation CPU and frame intervals,
phase-boundary lateness, the voice, and sizes. Several runs; medians and spread. Writes
docs/BENCHMARKS.md and docs/benchmarks/bench.json.

    python tests/benchmarks/bench.py [--runs 3] [--idle 30] [--anim 20] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
TICK = os.sysconf("SC_CLK_TCK")
STARTUP_KEYS = ("startup_ms", "startup_cpu_ms", "complete_ms")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        return server, f":{ready.readline().strip()}"


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def events(path: Path) -> dict[str, object]:
    found: dict[str, object] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            found.update(json.loads(line))
    return found


def run_app(
    command: list[str], env: dict[str, str], settle: float, measure: float, frames: bool = False
) -> dict[str, float]:
    """Start a program, time its first frame, then read memory and CPU (and with `frames`, frame times)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "bench.jsonl"
        child_env = dict(env, STEADY_BENCH=str(out), STEADY_BENCH_SECONDS=str(settle + measure + 2))
        if frames:
            child_env["STEADY_BENCH_FRAMES"] = "1"
        started = time.monotonic()
        process = subprocess.Popen(
            command, env=child_env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        while "first_paint" not in events(out):
            if process.poll() is not None or time.monotonic() - started > 60:
                process.kill()
                raise RuntimeError(
                    f"{command} did not paint (is the bundle older than app/ui/services/diagnostics.py?)"
                )
            time.sleep(0.005)
        painted = float(events(out)["first_paint"])  # type: ignore[arg-type]
        painted_cpu = events(out).get("first_paint_cpu")  # CPU seconds the process used up to its first paint
        time.sleep(max(0.0, painted + settle - time.monotonic()))
        rss = rss_mb(process.pid)
        complete = events(out).get("complete")  # Steady only: the frame with the whole start screen
        cpu_before, wall_before = cpu_seconds(process.pid), time.monotonic()
        time.sleep(measure)
        cpu = (cpu_seconds(process.pid) - cpu_before) / (time.monotonic() - wall_before) * 100
        process.wait(timeout=60)
        frames = [float(f) for f in events(out).get("frames", [])]  # type: ignore[union-attr]
    measured = [b - a for a, b in pairwise(frames) if a >= wall_before]
    result = {"startup_ms": (painted - started) * 1000, "rss_mb": rss, "cpu_percent": cpu}
    if complete is not None:
        result["complete_ms"] = (float(complete) - started) * 1000  # type: ignore[arg-type]
    if painted_cpu is not None:  # not in a bundle built before app/ui/services/diagnostics.py recorded it
        result["startup_cpu_ms"] = float(painted_cpu) * 1000  # type: ignore[arg-type]
    if len(measured) > 10:
        ordered = sorted(measured)
        result["frame_p50_ms"] = ordered[len(ordered) // 2] * 1000
        result["frame_p99_ms"] = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    return result


def summary(runs: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    keys = sorted({k for r in runs for k in r})
    return {k: {"median": statistics.median(r[k] for r in runs if k in r),
                "min": min(r[k] for r in runs if k in r), "max": max(r[k] for r in runs if k in r)} for k in keys}  # fmt: skip


def home_env(display: str, scratch: Path) -> dict[str, str]:
    config = scratch / "config" / "steady"
    config.mkdir(parents=True, exist_ok=True)
    (config / "steady.conf").write_text("[care]\nwelcomed=true\n")  # no first-run welcome over the window
    env = dict(os.environ, DISPLAY=display, HOME=str(scratch), XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_DATA_HOME=str(scratch / "data"), XDG_RUNTIME_DIR=str(scratch))  # fmt: skip
    env.pop("QT_QPA_PLATFORM", None)
    return env


OUTSIDE = "## Seen from outside"  # the section tests/benchmarks/outside.py's figures are written under


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--starts", type=int, default=11, help="warm starts of each program, for the start-up rows")
    parser.add_argument("--idle", type=float, default=30.0)
    parser.add_argument("--anim", type=float, default=20.0)
    parser.add_argument("--lateness-runs", type=int, default=3, help="real 2-minute sessions to time")
    parser.add_argument("--quick", action="store_true", help="short runs, for trying the script out")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.idle, args.anim, args.lateness_runs, args.starts = 2, 5.0, 5.0, 1, 3
    # Installed copies of Steady carry their bytecode; a checkout gets it on first run, unless (as on
    # this machine) PYTHONDONTWRITEBYTECODE is set. Compile first, so no run times the compiler.
    subprocess.run([PY, "-m", "compileall", "-q", "app", "tests/benchmarks"], cwd=ROOT, check=True)
    server, display = start_xvfb()
    results: dict[str, object] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.node()}, {os.cpu_count()} cores, {platform.platform()}",
        "platform": "xcb on Xvfb",
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],  # other work on this machine, if any
    }
    try:
        with tempfile.TemporaryDirectory() as scratch_name:
            env = home_env(display, Path(scratch_name))
            steady = [PY, "-m", "app"]
            apps = {"floor window": [PY, "tests/benchmarks/floor.py", "window"], "Steady home": steady}
            bundle = ROOT / "dist" / "steady" / "steady"
            if bundle.exists():
                apps["Steady bundle home"] = [str(bundle)]
            for name in ("workrave", "safeeyes"):
                if shutil.which(name):
                    apps[name] = [name]
            for command in apps.values():  # one start each, not counted: files in the page cache, Steady's cache made
                run_app(command, env, 0.5, 0.0)
            # Start-up: many warm starts, one program after the other (as in the reference figures), since one
            # start varies by ±15 % here; a long idle before a start lets this machine drop files from its cache.
            starts: dict[str, list[dict[str, float]]] = {name: [] for name in apps}
            for _ in range(args.starts):
                for name, command in apps.items():
                    starts[name].append(run_app(command, env, 0.3, 0.0))
            print(f"{args.starts} starts of each done", flush=True)
            idle: dict[str, list[dict[str, float]]] = {name: [] for name in apps}
            anim: dict[str, list[dict[str, float]]] = {"floor circle": [], "Steady pacer": []}
            for run in range(args.runs):
                for name, command in apps.items():
                    idle[name].append(run_app(command, env, 5.0, args.idle))
                anim["floor circle"].append(
                    run_app([PY, "tests/benchmarks/floor.py", "circle"], env, 2.0, args.anim, frames=True)
                )
                anim["Steady pacer"].append(
                    run_app([*steady, "--exercise", "calm-pace", "--start"], env, 2.0, args.anim, frames=True)
                )
                print(f"run {run + 1} of {args.runs} done", flush=True)
            results["idle"] = {k: summary(v) for k, v in idle.items()}
            for name, runs in starts.items():  # the start-up figures come from the warm starts
                results["idle"][name].update((k, v) for k, v in summary(runs).items() if k in STARTUP_KEYS)
            results["animation"] = {k: summary(v) for k, v in anim.items()}
        measure_timing_and_voice(results, args, display)
    finally:
        server.terminate()
    finish(results, args)
    return 0


def measure_timing_and_voice(results: dict[str, object], args: argparse.Namespace, display: str) -> None:
    env = dict(os.environ, DISPLAY=display)
    env.pop("QT_QPA_PLATFORM", None)
    minutes = "0.5" if args.quick else "2"
    lateness = ROOT / "docs" / "benchmarks" / "phase-lateness.json"
    subprocess.run([PY, "tests/benchmarks/phase_lateness.py", "--minutes", minutes, "--runs", str(args.lateness_runs), "--json", str(lateness)],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    results["lateness"] = json.loads(lateness.read_text())["median"]
    voice = ROOT / "docs" / "benchmarks" / "voice.json"
    subprocess.run(
        [PY, "tests/benchmarks/voice.py", "--runs", str(args.runs), "--json", str(voice)], cwd=ROOT, env=env, check=True
    )
    results["voice"] = json.loads(voice.read_text())
    handover = ROOT / "docs" / "benchmarks" / "handover.json"
    subprocess.run([PY, "tests/benchmarks/handover.py", "--runs", str(args.starts), "--json", str(handover)],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    results["handover"] = json.loads(handover.read_text())


def finish(results: dict[str, object], args: argparse.Namespace) -> None:
    bundle = ROOT / "dist" / "steady" / "steady"
    sizes = {}
    for deb in sorted((ROOT / "dist").glob("*.deb")):
        sizes[deb.name] = deb.stat().st_size / 1e6
    if bundle.exists():
        sizes["bundle (dist/steady)"] = (
            sum(p.lstat().st_size for p in bundle.parent.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
        )
    results["sizes_mb"] = sizes
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if bundle.exists():
        results["bundle_built"] = datetime.fromtimestamp(bundle.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    (ROOT / "docs" / "benchmarks").mkdir(parents=True, exist_ok=True)
    (ROOT / "docs" / "benchmarks" / "bench.json").write_text(json.dumps(results, indent=2))
    page = ROOT / "docs" / "BENCHMARKS.md"
    kept = page.read_text().partition(OUTSIDE)[1:] if page.exists() else ("", "")  # outside.py's section stays
    page.write_text(report(results, args).rstrip() + ("\n\n" + "".join(kept) if kept[0] else "\n"))
    print((ROOT / "docs" / "BENCHMARKS.md").read_text())


def startup_cpu_row(steady: dict, floor: dict) -> list[str]:  # type: ignore[type-arg]
    """The CPU-time-to-first-frame row, when both programs reported it."""
    if "startup_cpu_ms" not in steady or "startup_cpu_ms" not in floor:
        return []
    ratio = steady["startup_cpu_ms"]["median"] / floor["startup_cpu_ms"]["median"]
    return [f"| CPU time used by the first frame (ms) | {fmt(steady['startup_cpu_ms'])} | {fmt(floor['startup_cpu_ms'])} | "
            f"{ratio:.2f}× | |"]  # fmt: skip


def complete_row(steady: dict, floor: dict) -> list[str]:  # type: ignore[type-arg]
    """Exec to the frame with the whole start screen (the lists of exercises in), when Steady reported it."""
    if "complete_ms" not in steady:
        return []
    ratio = steady["complete_ms"]["median"] / floor["startup_ms"]["median"]
    return [f"| exec → whole start screen on screen (ms) | {fmt(steady['complete_ms'])} | {fmt(floor['startup_ms'])} | "
            f"{ratio:.2f}× | |"]  # fmt: skip


def fmt(s: dict[str, float], digits: int = 1) -> str:
    return f"{s['median']:.{digits}f} ({s['min']:.{digits}f}–{s['max']:.{digits}f})"


def report(r: dict, args: argparse.Namespace) -> str:  # type: ignore[type-arg]
    idle, anim = r["idle"], r["animation"]
    floor, steady = idle["floor window"], idle["Steady home"]
    lines = [
        "# Steady benchmarks",
        "",
        f"Measured {r['date']} on {r['machine']}, {r['platform']}.",
        "",
        f"{args.runs} runs each ({args.starts} warm starts each for the start-up rows), medians with the range",
        "of the runs in brackets. The floor is measured in the same run: a bare PySide6 window, and a bare",
        "60 fps QPainter circle. Made by `make bench` (tests/benchmarks/bench.py"
        + (
            f" --runs {args.runs} --starts {args.starts} --idle {args.idle:g} --anim {args.anim:g}"
            if (args.runs, args.starts, args.idle, args.anim) != (3, 11, 30, 20)
            else ""
        )
        + ").",
        f"Load average (1, 5, 15 min) at the start: {', '.join(map(str, r.get('load_average_at_start', [])))}; at the end: "
        f"{', '.join(map(str, r.get('load_average_at_end', [])))} (this machine has {os.cpu_count()} cores).",
        "",
        "| what | Steady | floor | ratio | aim |",
        "|---|---|---|---|---|",
        f"| exec → first frame on screen (ms) | {fmt(steady['startup_ms'])} | {fmt(floor['startup_ms'])} | "
        f"{steady['startup_ms']['median'] / floor['startup_ms']['median']:.2f}× | ≤ 1.3× |",
        *startup_cpu_row(steady, floor),
        *complete_row(steady, floor),
        f"| memory (RSS) 5 s after the first frame (MB) | {fmt(steady['rss_mb'])} | {fmt(floor['rss_mb'])} | "
        f"{steady['rss_mb']['median'] / floor['rss_mb']['median']:.2f}× | ≤ 1.3× |",
        f"| CPU idle on the start screen, {args.idle:g} s (% of a core) | {fmt(steady['cpu_percent'], 2)} | "
        f"{fmt(floor['cpu_percent'], 2)} | | 0 % |",
        f"| CPU while the pacer moves, {args.anim:g} s (% of a core) | {fmt(anim['Steady pacer']['cpu_percent'], 2)} | "
        f"{fmt(anim['floor circle']['cpu_percent'], 2)} | "
        f"{anim['Steady pacer']['cpu_percent']['median'] / max(0.01, anim['floor circle']['cpu_percent']['median']):.2f}× | ≤ 2× |",
        f"| frame interval p50 / p99 (ms) | {anim['Steady pacer']['frame_p50_ms']['median']:.1f} / "
        f"{anim['Steady pacer']['frame_p99_ms']['median']:.1f} | {anim['floor circle']['frame_p50_ms']['median']:.1f} / "
        f"{anim['floor circle']['frame_p99_ms']['median']:.1f} | | p99 < 25 |",
        f"| phase-boundary lateness, worst / p99 (ms) | {r['lateness']['steady_worst_ms']:.1f} / {r['lateness']['steady_p99_ms']:.1f} | "
        f"bare timer {r['lateness']['floor_worst_ms']:.1f} / {r['lateness']['floor_p99_ms']:.1f} | | < 20 |",
        f"| voice start-up (ms) | {r['voice']['voice_startup_ms']['median']:.1f} | | | |",
        f"| prompt onset after its phase starts, median / worst (ms) | {r['voice']['prompt_onset_after_phase_start_ms']['median']:.1f} / "
        f"{r['voice']['prompt_onset_after_phase_start_ms']['worst']:.1f} | | | < 50 |",
        f"| cancel to silence, median / worst (ms) | {r['voice']['cancel_to_silence_ms']['median']:.1f} / "
        f"{r['voice']['cancel_to_silence_ms']['worst']:.1f} | | | < 50 |",
        f"| worst UI stall while speaking (ms) | {r['voice']['worst_ui_stall_while_speaking_ms']:.1f} | | | < 20 |",
    ]
    if "handover" in r:
        h = r["handover"]
        lines += [
            f"| a second launch, exec → exit 0 once the open Steady took its request (ms) | {fmt(h['second_launch_ms'])} | "
            f"{fmt(h['python_start_floor_ms'])} (python -c pass) | {h['second_launch_ms']['median'] / h['python_start_floor_ms']['median']:.2f}× | < 1000 |",
            f"| one Steady at a time, in every start: the look for a running one before the first frame (µs) | "
            f"{fmt(h['look_for_running_steady_us'])} | | | |",
            f"| … and, once the start screen is shown, listening on its socket (no QtNetwork on Linux): time (ms) / memory (MB) | "
            f"{fmt(h['listen_ms'])} / {fmt(h['listen_rss_mb'])} | | | |",
        ]  # fmt: skip
    if "Steady bundle home" in idle:
        b = idle["Steady bundle home"]
        lines.append(f"| packaged bundle (built {r.get('bundle_built', '?')}): exec → first frame (ms) | {fmt(b['startup_ms'])} | {fmt(floor['startup_ms'])} | "
                     f"{b['startup_ms']['median'] / floor['startup_ms']['median']:.2f}× | |")  # fmt: skip
        lines.append(f"| packaged bundle: RSS after 5 s (MB) | {fmt(b['rss_mb'])} | | "
                     f"{b['rss_mb']['median'] / floor['rss_mb']['median']:.2f}× | |")  # fmt: skip
    for name in ("workrave", "safeeyes"):
        if name in idle:
            lines.append(
                f"| {name}: first frame (ms) / RSS (MB) | {fmt(idle[name]['startup_ms'])} / {fmt(idle[name]['rss_mb'])} | | | |"
            )
    for name, size in r["sizes_mb"].items():
        lines.append(f"| size of {name} (MB) | {size:.1f} | | | {'≤ 45' if name.endswith('.deb') else ''} |")
    lines += [
        "",
        "How to read it: the frame intervals are the times between paints of the pacer, over the whole",
        "measured window. While the circle moves, Steady repaints it on every wake-up of its 16 ms timer",
        "(the level changes every frame with the sine easing, so no frame is skipped); each paint redraws",
        "only the square the circle moves in, over a cached picture of the background and guide ring. In a",
        "hold nothing changes and nothing is painted (calm-pace, measured here, has no holds). The floor",
        "circle repaints its whole window every 16 ms.",
        "",
        "Start-up is measured from exec to the end of the window's first frame: Qt paints the whole window",
        "and puts it on screen while it handles the first expose event, and the time is taken when that",
        "handling returns (the same hook in Steady and the floor; until then it watches only the window,",
        "since an app-wide Python event filter would itself slow the start it measures). Steady's first",
        'frame is its whole start screen: "It\'s OK to cry.", the two doors and the exercise lists (the row',
        '"whole start screen" is taken once that frame has been handled). Memory is read 5 s',
        "after the first frame; the CPU row is the processor time used by the first frame, which shows the",
        "work done and is less shaken by other load than the wall time. Each program is started once",
        "before the measured runs (not counted), and bytecode is compiled first: an installed Steady has it.",
        "The start-up rows are warm starts, one program right after the other, as the reference figures",
        "in issue 8 were: after half a minute of idling, this machine has dropped some of Steady's files",
        "from its page cache (25–30 major page faults, about +10 ms), more than of the floor's.",
    ]
    if not any(n in idle for n in ("workrave", "safeeyes")):
        lines += ["", "Workrave and Safe Eyes were not installed here, so they were not measured in this run."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
