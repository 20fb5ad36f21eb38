"""A guided session in time: start, pause, resume, stop and skip, read from any clock.

The session keeps only instants (when it started, how long it was paused, how much was
skipped). `snapshot(now)` is a pure function of those and `now`; `poll(now)` reports every
boundary crossed since the previous poll, so a stalled event loop never loses a cue and
the schedule never drifts.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.playback import AutoPaused, Finished, Playback, SessionState
from app.core.stopwatch import DEFAULT_GAP_LIMIT
from app.core.timeline import Segment, Timeline


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


class Session(Playback):
    """The state machine of one run through a breathing timeline."""

    def __init__(self, timeline: Timeline, gap_limit: float = DEFAULT_GAP_LIMIT) -> None:
        if not timeline.segments:
            raise ValueError("a session needs at least one phase")
        super().__init__(gap_limit)
        self.timeline = timeline
        self._ended_at_elapsed = 0.0
        self._next_segment = 0

    # -- intents -------------------------------------------------------------------------

    def _before_stop(self, now: float) -> None:
        self._ended_at_elapsed = self.elapsed(now)

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
        paused = self._notice_gap(now)
        if paused is not None:
            return [paused]
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
