"""Plays an exercise made of steps: timed steps move on by themselves, others wait for the person.

Like a breathing session it keeps instants, not ticks: each step's start instant is where
the previous timed step was scheduled to end, so a long exercise never drifts.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.exercise import Step, step_seconds
from app.core.playback import AutoPaused, Finished, Playback, SessionState
from app.core.stopwatch import DEFAULT_GAP_LIMIT


@dataclass(frozen=True)
class StepStarted:
    """Step `index` began; `late_by` is how long after its scheduled start this was noticed."""

    index: int
    step: Step
    late_by: float


StepEvent = StepStarted | Finished | AutoPaused


@dataclass(frozen=True)
class StepSnapshot:
    """Where a step exercise stands at one instant."""

    state: SessionState
    index: int
    count: int
    step: Step
    step_elapsed: float
    taps: int
    progress: float

    @property
    def step_remaining(self) -> float | None:
        """Seconds left in a timed step; None while waiting for the person."""
        if self.step.seconds is None:
            return None
        return max(0.0, self.step.seconds - self.step_elapsed)

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1


class StepSession(Playback):
    """The state machine of one run through a list of steps (start, pause, next, back, stop)."""

    def __init__(self, steps: tuple[Step, ...], gap_limit: float = DEFAULT_GAP_LIMIT) -> None:
        if not steps:
            raise ValueError("an exercise needs at least one step")
        super().__init__(gap_limit)
        self.steps = steps
        self.index = 0
        self.taps = 0
        self._announced: int | None = None  # the step whose start was last reported
        self._finish_pending = False
        self._lengths = [step_seconds(s) for s in steps]
        self._total = sum(self._lengths)

    # -- intents -------------------------------------------------------------------------

    def next(self, now: float) -> None:
        """Move on to the next step now (or finish after the last one)."""
        self._go(self.index + 1, now)

    def back(self, now: float) -> None:
        """Go back to the previous step (or begin the first one again)."""
        self._go(max(0, self.index - 1), now)

    def tap(self, now: float) -> None:
        """One tap: counts an item in a counting step, moving on after the last; else next."""
        step = self.steps[self.index]
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        self.taps += 1
        self._watch.seen(now)
        if self.taps >= step.count:
            self.next(now)

    def _go(self, index: int, now: float) -> None:
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        self._watch.seen(now)  # the person just acted: the computer was awake, whatever the wait before
        if self.state is SessionState.PAUSED:  # acting on a step carries on from there
            self._watch.resume(now)
            self.state = SessionState.RUNNING
        if index >= len(self.steps):
            self.state = SessionState.FINISHED
            self._finish_pending = True  # reported by the next poll
            return
        self.index = index
        self.taps = 0
        self._watch.restart_at(now)
        self._announced = None  # even the same step again is a new start

    # -- reading -------------------------------------------------------------------------

    def snapshot(self, now: float) -> StepSnapshot:
        """Where the exercise stands at `now`; changes nothing."""
        step = self.steps[self.index]
        elapsed = self._watch.elapsed(now) if self.state is not SessionState.READY else 0.0
        if step.seconds is not None:
            elapsed = min(elapsed, step.seconds)
        # Progress counts steps (the last step fills the bar), moving within a timed step.
        within = min(1.0, elapsed / step.seconds) if step.seconds else 1.0
        progress = 1.0 if self.state is SessionState.FINISHED else (self.index + within) / len(self.steps)
        return StepSnapshot(self.state, self.index, len(self.steps), step, elapsed, self.taps, progress)

    def poll(self, now: float) -> list[StepEvent]:
        """Every step start and the finish since the previous poll, or an automatic pause."""
        if self._finish_pending:
            self._finish_pending = False
            return [Finished(0.0)]
        if self.state is not SessionState.RUNNING:
            return []
        if self.steps[self.index].seconds is None:
            self._watch.seen(now)  # waiting for the person is not a gap: nothing timed is running
        elif (paused := self._notice_gap(now)) is not None:
            return [paused]
        events: list[StepEvent] = []
        if self._announced != self.index:
            events.append(StepStarted(self.index, self.steps[self.index], 0.0))
            self._announced = self.index
        while (seconds := self.steps[self.index].seconds) is not None:
            overshoot = self._watch.elapsed(now) - seconds
            if overshoot < 0:
                break
            if self.index + 1 >= len(self.steps):
                self.state = SessionState.FINISHED
                events.append(Finished(overshoot))
                break
            # The next step began when this one was scheduled to end, not when we noticed.
            self.index += 1
            self.taps = 0
            self._watch.restart_at(now - overshoot)
            self._announced = self.index
            events.append(StepStarted(self.index, self.steps[self.index], overshoot))
        return events

    def next_boundary_in(self, now: float) -> float | None:
        """Seconds until the current timed step ends; None while waiting or not running."""
        seconds = self.steps[self.index].seconds
        if self.state is not SessionState.RUNNING or seconds is None:
            return None
        return max(0.0, seconds - self._watch.elapsed(now))
