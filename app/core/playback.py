"""What every guided session shares: its states, start/pause/resume/stop, and sleep-gap pauses."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.stopwatch import DEFAULT_GAP_LIMIT, Stopwatch


class SessionState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def is_over(self) -> bool:
        return self in (SessionState.FINISHED, SessionState.STOPPED)


@dataclass(frozen=True)
class Finished:
    """The last phase or step ended; `late_by` is how long after its scheduled end."""

    late_by: float


@dataclass(frozen=True)
class AutoPaused:
    """The session paused itself after a gap of `gap` seconds (the machine slept)."""

    gap: float


class Playback:
    """The state machine under a breathing `Session` and a `StepSession`."""

    def __init__(self, gap_limit: float = DEFAULT_GAP_LIMIT) -> None:
        self.state = SessionState.READY
        self._watch = Stopwatch(gap_limit)

    def start(self, now: float) -> None:
        if self.state is not SessionState.READY:
            raise RuntimeError(f"cannot start a session that is {self.state.value}")
        self.state = SessionState.RUNNING
        self._watch.start(now)

    def pause(self, now: float) -> None:
        if self.state is SessionState.RUNNING:
            self._watch.pause(now)
            self.state = SessionState.PAUSED

    def resume(self, now: float) -> None:
        if self.state is SessionState.PAUSED:
            self._watch.resume(now)
            self.state = SessionState.RUNNING

    def stop(self, now: float) -> None:
        if not self.state.is_over:
            self._before_stop(now)
            self.state = SessionState.STOPPED

    def _before_stop(self, now: float) -> None:
        """Remember whatever must survive the stop (override when needed)."""

    def _notice_gap(self, now: float) -> AutoPaused | None:
        """Pause as of the last poll when this one comes after a sleep-sized gap."""
        gap = self._watch.notice_gap(now)
        if gap is None:
            return None
        self.state = SessionState.PAUSED
        return AutoPaused(gap)
