"""What "one Steady at a time" costs: a normal start's extra work, and how long a second launch takes.

`python tests/benchmarks/handover.py --json FILE [--runs N]` on a display (make bench gives it one):
- before the first frame, every start looks for a running Steady (socket path, one stat);
- once the start screen is on screen, it listens on its Unix socket (time and memory; QtNetwork only on Windows);
- a second launch, from exec to its exit 0 once the running Steady took its request,
  against the floor of the same interpreter starting and exiting (`python -c pass`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable

IN_PROCESS = """
import json, resource, sys, time
from app.core.handover import Request, send, socket_address
t0 = time.perf_counter()
for _ in range(1000):
    address = socket_address()
    send(Request(), address)
look_us = (time.perf_counter() - t0) * 1000
from PySide6.QtWidgets import QApplication
app = QApplication([])
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
from app.ui.services.handover import HandoverServer
server = HandoverServer(lambda request: "")
assert server.listen(address)
listen_ms = (time.perf_counter() - t0) * 1000
rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
server.close()
print(json.dumps({"look_us": look_us, "listen_ms": listen_ms, "listen_rss_mb": (rss_after - rss_before) / 1024}))
"""


def seconds_to_exit(command: list[str], env: dict[str, str]) -> float:
    began = time.monotonic()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr[-500:]}")
    return time.monotonic() - began


def measure(runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        (home / "runtime").mkdir(mode=0o700)
        (home / "config" / "steady").mkdir(parents=True)
        (home / "config" / "steady" / "steady.conf").write_text("[care]\nwelcomed=true\n")
        env = dict(os.environ, HOME=scratch, XDG_RUNTIME_DIR=str(home / "runtime"),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))  # fmt: skip
        env.pop("QT_QPA_PLATFORM", None)
        in_process = [json.loads(subprocess.run([PY, "-c", IN_PROCESS], env=env, cwd=ROOT, capture_output=True,
                                                text=True, check=True).stdout) for _ in range(runs)]  # fmt: skip
        steady = subprocess.Popen([PY, "-m", "app"], env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while not list((home / "runtime").glob("steady-*.sock")):
                if time.monotonic() > deadline or steady.poll() is not None:
                    raise RuntimeError("Steady did not start listening")
                time.sleep(0.01)
            seconds_to_exit([PY, "-m", "app"], env)  # once, not counted
            handover = [seconds_to_exit([PY, "-m", "app"], env) for _ in range(runs)]
            floor = [seconds_to_exit([PY, "-c", "pass"], env) for _ in range(runs)]
        finally:
            steady.terminate()
            steady.wait(timeout=30)

    def stats(values: list[float]) -> dict[str, float]:
        return {"median": statistics.median(values), "min": min(values), "max": max(values)}

    return {
        "look_for_running_steady_us": stats([r["look_us"] for r in in_process]),
        "listen_ms": stats([r["listen_ms"] for r in in_process]),
        "listen_rss_mb": stats([r["listen_rss_mb"] for r in in_process]),
        "second_launch_ms": stats([s * 1000 for s in handover]),
        "python_start_floor_ms": stats([s * 1000 for s in floor]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = measure(args.runs)
    text = json.dumps(results, indent=2)
    if args.json:
        args.json.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
