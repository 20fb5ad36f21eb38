"""Ending the programs a test or benchmark started (plain standard library: the benchmarks' X watcher runs under Debian's python3)."""

from __future__ import annotations

import subprocess


def end(process: subprocess.Popen, grace: float = 10) -> None:  # type: ignore[type-arg]
    """Ask a program to end (SIGTERM); kill it if it has not within `grace` seconds."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
