"""A guided session in time: start, pause, resume, stop and skip, read from any clock.

The session keeps only instants (when it started, how long it was paused, how much was
skipped). `snapshot(now)` is a pure function of those and `now`; `poll(now)` reports every
boundary crossed since the previous poll, so a stalled event loop never loses a cue and
the schedule never drifts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.stopwatch import DEFAULT_GAP_LIMIT, Stopwatch
from app.core.timeline import Segment, Timeline


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
class Snapshot:
    """Where a session stands at one instant: everything a screen needs to draw it."""

    state: SessionState
    elapsed: float
    total: float
    segment: Segment
    segment_elapsed: float
    cycle: int
    cycles: int

    @property
    def segment_remaining(self) -> float:
        return max(0.0, self.segment.duration - self.segment_elapsed)

    @property
    def segment_fraction(self) -> float:
        """How far through the current phase, from 0 to 1."""
        if self.segment.duration <= 0:
            return 1.0
        return min(1.0, max(0.0, self.segment_elapsed / self.segment.duration))

    @property
    def progress(self) -> float:
        """How far through the whole session, from 0 to 1."""
        return 1.0 if self.total <= 0 else min(1.0, self.elapsed / self.total)

    @property
    def remaining(self) -> float:
        return max(0.0, self.total - self.elapsed)


@dataclass(frozen=True)
class PhaseStarted:
    """A new phase began; `late_by` is how long after its scheduled start this was noticed."""

    segment: Segment
    late_by: float


@dataclass(frozen=True)
class Finished:
    """The last phase ended."""

    late_by: float


@dataclass(frozen=True)
class AutoPaused:
    """The session paused itself after a gap of `gap` seconds (the machine slept)."""

    gap: float


Event = PhaseStarted | Finished | AutoPaused


def snapshot_at(timeline: Timeline, elapsed: float, state: SessionState = SessionState.RUNNING) -> Snapshot:
    """The picture of a timeline `elapsed` seconds in (also used for breathing inside steps)."""
    elapsed = min(max(0.0, elapsed), timeline.total)
    segment = timeline.segments[timeline.index_at(elapsed)]
    return Snapshot(
        state=state,
        elapsed=elapsed,
        total=timeline.total,
        segment=segment,
        segment_elapsed=min(segment.duration, elapsed - segment.start),
        cycle=segment.cycle,
        cycles=timeline.cycles,
    )


class Session:
    """The state machine of one run through a timeline."""

    def __init__(self, timeline: Timeline, gap_limit: float = DEFAULT_GAP_LIMIT) -> None:
        if not timeline.segments:
            raise ValueError("a session needs at least one phase")
        self.timeline = timeline
        self.state = SessionState.READY
        self._watch = Stopwatch(gap_limit)
        self._ended_at_elapsed = 0.0
        self._next_segment = 0

    # -- intents -------------------------------------------------------------------------

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
            self._ended_at_elapsed = self.elapsed(now)
            self.state = SessionState.STOPPED

    def skip(self, now: float) -> None:
        """End the current phase now; the next poll starts the following one."""
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        elapsed = self._watch.elapsed(now)
        segment = self.timeline.segments[self.timeline.index_at(elapsed)]
        self._watch.skip(segment.end - elapsed)

    # -- reading -------------------------------------------------------------------------

    def elapsed(self, now: float) -> float:
        """Seconds of the session that have run, clamped to its length."""
        if self.state is SessionState.READY:
            return 0.0
        if self.state.is_over:
            return self._ended_at_elapsed
        return min(self.timeline.total, self._watch.elapsed(now))

    def snapshot(self, now: float) -> Snapshot:
        """Where the session stands at `now`; changes nothing."""
        return snapshot_at(self.timeline, self.elapsed(now), self.state)

    def poll(self, now: float) -> list[Event]:
        """Every phase start, the finish, or an automatic pause since the previous poll."""
        if self.state is not SessionState.RUNNING:
            return []
        gap = self._watch.notice_gap(now)
        if gap is not None:
            self.state = SessionState.PAUSED
            return [AutoPaused(gap)]
        elapsed = self._watch.elapsed(now)
        events: list[Event] = []
        segments = self.timeline.segments
        while self._next_segment < len(segments) and segments[self._next_segment].start <= elapsed:
            segment = segments[self._next_segment]
            events.append(PhaseStarted(segment, elapsed - segment.start))
            self._next_segment += 1
        if elapsed >= self.timeline.total:
            self._ended_at_elapsed = self.timeline.total
            self.state = SessionState.FINISHED
            events.append(Finished(elapsed - self.timeline.total))
        return events

    def next_boundary_in(self, now: float) -> float | None:
        """Seconds until the next phase starts or the session ends (None when not running)."""
        if self.state is not SessionState.RUNNING:
            return None
        elapsed = self._watch.elapsed(now)
        segments = self.timeline.segments
        if self._next_segment < len(segments):
            return max(0.0, segments[self._next_segment].start - elapsed)
        return max(0.0, self.timeline.total - elapsed)
