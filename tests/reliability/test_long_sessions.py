"""The clock: 24 simulated hours with suspends along the way; no drift, no lost or repeated cue, no memory growth.

The fake clock moves in steps that are exact in binary (0.25 s), so any lateness measured is the
session's own, not rounding in the test.
"""

from __future__ import annotations

import tracemalloc

from app.core.clock import FakeClock
from app.core.exercise import Step
from app.core.playback import AutoPaused, Finished
from app.core.session import PhaseStarted, Session, SessionState
from app.core.steps import StepSession, StepStarted
from app.core.timeline import breathing_timeline
from tests.core.helpers import CALM

DAY = 24 * 60 * 60.0
STEP = 0.25
SUSPEND_EVERY = 3 * 60 * 60.0  # the lid closes every three hours...
SUSPEND_FOR = 7 * 60 * 60.0  # ...for a night's length
MOST_GROWTH = 64 * 1024  # bytes: a few stray objects, never something per breath


class Run:
    """Polls a session through a simulated day; resumes it after each suspend, as the person would."""

    def __init__(self, session: Session | StepSession, clock: FakeClock) -> None:
        self.session, self.clock = session, clock
        self.started = 0  # phases or steps begun, each checked to be the next one (no list: it would grow)
        self.worst_late = 0.0
        self.suspends = 0
        self.finished_late: float | None = None
        self.growth = 0
        self._next_suspend = SUSPEND_EVERY

    def go(self) -> None:
        tracemalloc.start()
        try:
            baseline: int | None = None
            while self.session.state is not SessionState.FINISHED:
                if self._running_time() >= self._next_suspend:
                    self._suspend()
                self.clock.advance(STEP)
                self._take(self.session.poll(self.clock.now()))
                if baseline is None and self._running_time() > 3600:
                    baseline = tracemalloc.get_traced_memory()[0]  # after the first hour: everything is set up
            assert baseline is not None
            self.growth = tracemalloc.get_traced_memory()[0] - baseline
        finally:
            tracemalloc.stop()

    def _running_time(self) -> float:
        return self.clock.now() - 1000.0 - self.suspends * SUSPEND_FOR

    def _suspend(self) -> None:
        self.clock.advance(SUSPEND_FOR)  # no polls while the machine sleeps
        events = self.session.poll(self.clock.now())
        assert [type(e) for e in events] == [AutoPaused] and self.session.state is SessionState.PAUSED
        self.suspends += 1
        self._next_suspend += SUSPEND_EVERY
        self.session.resume(self.clock.now())

    def _take(self, events: list) -> None:
        for event in events:
            if isinstance(event, PhaseStarted | StepStarted):
                index = event.segment.index if isinstance(event, PhaseStarted) else event.index
                assert index == self.started, f"expected {self.started}, got {index}: a cue lost or repeated"
                self.started += 1
                self.worst_late = max(self.worst_late, event.late_by)
            elif isinstance(event, Finished):
                self.finished_late = event.late_by
            else:
                raise AssertionError(f"unexpected {event!r}")


def test_a_24_hour_breathing_session_with_suspends_keeps_time_exactly(record_property) -> None:
    clock = FakeClock()
    timeline = breathing_timeline(CALM, DAY / 60)
    assert timeline.total == DAY
    session = Session(timeline)
    session.start(clock.now())
    run = Run(session, clock)
    run._take(session.poll(clock.now()))
    run.go()

    assert run.started == len(timeline.segments), "every phase once, in order, none lost"
    assert run.worst_late < STEP, "each phase was noticed within one poll of its scheduled start"
    assert run.finished_late is not None and run.finished_late < STEP
    assert run.suspends == 7
    assert clock.now() - 1000.0 == DAY + run.suspends * SUSPEND_FOR + run.finished_late, "no drift over the day"
    record_property("growth_bytes", run.growth)
    print(f"\n24 h breathing ({len(timeline.segments)} phases, {run.suspends} suspends): growth {run.growth} B")
    assert run.growth < MOST_GROWTH


def test_a_24_hour_step_exercise_with_suspends_keeps_time_exactly(record_property) -> None:
    clock = FakeClock()
    steps = tuple(Step(f"Step {n}", seconds=432.0) for n in range(200))  # 200 steps of 7.2 minutes: one day
    session = StepSession(steps)
    session.start(clock.now())
    run = Run(session, clock)
    run._take(session.poll(clock.now()))
    run.go()

    assert run.started == 200
    assert run.worst_late < STEP and run.finished_late is not None and run.finished_late < STEP
    assert clock.now() - 1000.0 == DAY + run.suspends * SUSPEND_FOR + run.finished_late
    record_property("growth_bytes", run.growth)
    print(f"\n24 h steps (200 steps, {run.suspends} suspends): growth {run.growth} B")
    assert run.growth < MOST_GROWTH
