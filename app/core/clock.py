"""Clocks that sessions read the time from: the real monotonic one and a fake for tests."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the time in seconds on a steadily increasing scale."""

    def now(self) -> float:
        """Return the current instant in seconds."""
        ...


class MonotonicClock:
    """The real clock: `time.monotonic`, unaffected by changes to the wall-clock time."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to; tests drive hours of sessions in milliseconds."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move time forward by `seconds` and return the new instant."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._now += seconds
        return self._now
