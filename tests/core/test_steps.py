"""Step exercises on a fake clock: timed steps move on by themselves, others wait; next, back, taps."""

import pytest

from app.core.clock import FakeClock
from app.core.exercise import Step
from app.core.session import AutoPaused, Finished, SessionState
from app.core.steps import StepSession, StepStarted

STEPS = (
    Step("Raise your brows gently", seconds=5),
    Step("Let them go smooth", seconds=12),
    Step("When you're ready, look up"),
    Step("Five things you can see", count=5),
    Step("One slow breath out", seconds=8),
)


def started(events: list) -> list[tuple[int, float]]:
    return [(e.index, round(e.late_by, 3)) for e in events if isinstance(e, StepStarted)]


def run(session: StepSession, clock: FakeClock, seconds: float, step: float = 0.1) -> list:
    events = []
    end = clock.now() + seconds
    while clock.now() < end - 1e-9:
        clock.advance(step)
        events += session.poll(clock.now())
    return events


def test_timed_steps_move_on_by_themselves_and_untimed_ones_wait() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    assert started(session.poll(clock.now())) == [(0, 0.0)]
    assert started(run(session, clock, 5.0)) == [(1, 0.0)]
    assert started(run(session, clock, 12.0)) == [(2, 0.0)]
    assert run(session, clock, 600.0, step=1.0) == []  # waits as long as the person needs
    snap = session.snapshot(clock.now())
    assert snap.index == 2 and snap.step_remaining is None


def test_a_stalled_loop_reports_every_step_with_its_lateness_and_no_drift() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    session.poll(clock.now())
    clock.advance(4.9)
    session.poll(clock.now())
    clock.advance(4.9)  # 9.8 s in: step 1 began at 5.0, noticed 4.8 s late
    assert started(session.poll(clock.now())) == [(1, 4.8)]
    assert session.snapshot(clock.now()).step_elapsed == pytest.approx(4.8)
    clock.advance(4.9)
    clock.advance(0.0)
    session.poll(clock.now())
    clock.advance(4.9)  # 19.6 s: step 1 (5..17) ended at 17.0, so step 2 began 2.6 s ago
    assert started(session.poll(clock.now())) == [(2, 2.6)]


def test_counting_steps_move_on_after_the_last_tap() -> None:
    clock = FakeClock()
    session = StepSession(STEPS[3:])
    session.start(clock.now())
    session.poll(clock.now())
    for _ in range(4):
        session.tap(clock.now())
    assert session.snapshot(clock.now()).taps == 4
    assert started(session.poll(clock.now())) == []
    session.tap(clock.now())
    assert started(session.poll(clock.now())) == [(1, 0.0)]
    assert session.snapshot(clock.now()).taps == 0


def test_next_and_back_and_finishing_after_the_last_step() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    session.poll(clock.now())
    session.next(clock.now())
    session.next(clock.now())
    assert started(session.poll(clock.now())) == [(2, 0.0)]
    session.back(clock.now())
    assert started(session.poll(clock.now())) == [(1, 0.0)]
    assert session.snapshot(clock.now()).step_remaining == 12.0  # the step begins afresh
    session.back(clock.now())
    session.back(clock.now())  # back on the first step starts it again
    assert started(session.poll(clock.now())) == [(0, 0.0)]
    for _ in range(3):
        session.next(clock.now())
    for _ in range(5):
        session.tap(clock.now())
    assert started(session.poll(clock.now())) == [(4, 0.0)]
    events = run(session, clock, 8.0)
    assert isinstance(events[-1], Finished)
    assert session.state is SessionState.FINISHED
    assert session.snapshot(clock.now()).progress == 1.0


def test_next_on_the_last_untimed_step_finishes() -> None:
    clock = FakeClock()
    session = StepSession((Step("Come back when you're ready"),))
    session.start(clock.now())
    session.poll(clock.now())
    session.next(clock.now())
    assert session.state is SessionState.FINISHED
    assert session.poll(clock.now()) == [Finished(0.0)]
    assert session.poll(clock.now()) == []


def test_pause_freezes_a_timed_step_and_a_sleep_gap_pauses_it() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    run(session, clock, 2.0)
    session.pause(clock.now())
    clock.advance(100)
    assert session.poll(clock.now()) == []
    session.resume(clock.now())
    assert session.snapshot(clock.now()).step_elapsed == pytest.approx(2.0)
    clock.advance(3600)
    (paused,) = session.poll(clock.now())
    assert isinstance(paused, AutoPaused) and paused.gap == pytest.approx(3600)
    assert session.snapshot(clock.now()).step_elapsed == pytest.approx(2.0)


def test_acting_on_a_paused_step_carries_on_from_there() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    session.pause(clock.now())
    session.next(clock.now())
    assert session.state is SessionState.RUNNING
    assert session.index == 1


def test_stop_ends_it_and_nothing_more_happens() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    session.stop(clock.now())
    assert session.state is SessionState.STOPPED
    assert run(session, clock, 30.0) == []


def test_a_long_wait_on_an_untimed_step_is_not_mistaken_for_a_sleep() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    run(session, clock, 17.0)  # on "When you're ready, look up": no timer runs while it waits
    assert session.snapshot(clock.now()).index == 2
    clock.advance(40)  # the person takes their time, and nothing polls meanwhile
    assert session.poll(clock.now()) == []
    session.next(clock.now())
    assert started(session.poll(clock.now())) == [(3, 0.0)]
    assert session.state is SessionState.RUNNING


def test_going_back_from_a_long_wait_into_a_timed_step_starts_it_afresh_unpaused() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    run(session, clock, 17.0)  # on "When you're ready, look up", which waits for the person
    clock.advance(40)  # nothing polls while it waits: no timer runs
    session.back(clock.now())  # ← to "Let them go smooth", a 12 s step
    events = session.poll(clock.now())
    assert not any(isinstance(e, AutoPaused) for e in events), "a key press is no sign the computer slept"
    assert started(events) == [(1, 0.0)] and session.state is SessionState.RUNNING
    assert session.snapshot(clock.now()).step_remaining == 12.0
    run(session, clock, 3.0)
    assert session.snapshot(clock.now()).step_remaining == pytest.approx(9.0)


def test_counting_after_a_long_look_around_is_not_a_sleep_either() -> None:
    clock = FakeClock()
    session = StepSession(STEPS)
    session.start(clock.now())
    run(session, clock, 17.0)
    session.next(clock.now())  # to "Five things you can see"
    session.poll(clock.now())
    for _ in range(5):
        clock.advance(20)  # finding each thing takes a while, and nothing polls meanwhile
        session.tap(clock.now())
    events = session.poll(clock.now())  # the fifth tap moved on to the timed breath out
    assert not any(isinstance(e, AutoPaused) for e in events) and started(events) == [(4, 0.0)]
