"""Elapsed time from a start instant, less pauses, plus skips; it notices when the machine slept."""

from __future__ import annotations

# A poll that comes this long after the previous one means the machine slept (or froze):
# the stopwatch pauses where it was instead of jumping ahead.
DEFAULT_GAP_LIMIT = 5.0


class Stopwatch:
    """Keeps only instants and totals, never counted ticks, so it cannot drift."""

    def __init__(self, gap_limit: float = DEFAULT_GAP_LIMIT) -> None:
        self.gap_limit = gap_limit
        self.paused = False
        self._started_at = 0.0
        self._paused_total = 0.0
        self._paused_at = 0.0
        self._skipped = 0.0
        self._last_seen = 0.0

    def start(self, now: float) -> None:
        self.restart_at(now)
        self.paused = False
        self._last_seen = now

    def restart_at(self, instant: float) -> None:
        """Count from zero again as of `instant` (which may lie slightly in the past)."""
        self._started_at = instant
        self._paused_total = 0.0
        self._skipped = 0.0
        if self.paused:
            self._paused_at = max(self._paused_at, instant)

    def pause(self, now: float) -> None:
        if not self.paused:
            self.paused = True
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self.paused:
            self._paused_total += now - self._paused_at
            self.paused = False
            self._last_seen = now

    def skip(self, seconds: float) -> None:
        """Move the stopwatch forward by `seconds` without waiting for them."""
        self._skipped += max(0.0, seconds)

    def elapsed(self, now: float) -> float:
        if self.paused:
            now = self._paused_at
        return now - self._started_at - self._paused_total + self._skipped

    def seen(self, now: float) -> None:
        """Note a look at the clock without checking for a gap (nothing timed was running)."""
        if not self.paused:
            self._last_seen = now

    def notice_gap(self, now: float) -> float | None:
        """If the last look was more than the gap limit ago, pause as of then and return the gap."""
        if self.paused:
            return None
        gap = now - self._last_seen
        if gap > self.gap_limit:
            self.pause(self._last_seen)
            return gap
        self._last_seen = now
        return None
