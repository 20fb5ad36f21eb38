"""The session state machine under a fake clock: schedule, pause, sleep gaps, skip and stop."""

import random

import pytest

from app.core.clock import FakeClock
from app.core.session import AutoPaused, Finished, PhaseStarted, Session, SessionState
from app.core.timeline import breathing_timeline
from tests.core.helpers import BOX, CALM, SIGH


def run(session: Session, clock: FakeClock, step: float, until: float) -> list:
    events = []
    while clock.now() < until:
        clock.advance(step)
        events.extend(session.poll(clock.now()))
    return events


def test_a_sixty_minute_session_reports_every_phase_once_in_order_and_on_time() -> None:
    clock = FakeClock()
    timeline = breathing_timeline(SIGH, 60)
    session = Session(timeline)
    session.start(clock.now())
    events = session.poll(clock.now())
    events += run(session, clock, 0.016, clock.now() + 3601)
    starts = [e for e in events if isinstance(e, PhaseStarted)]
    assert [e.segment.index for e in starts] == list(range(len(timeline.segments)))
    assert [e.segment.phase.kind for e in starts[:4]] == [p.kind for p in SIGH.phases]
    assert max(e.late_by for e in starts) < 0.016 + 1e-9
    assert isinstance(events[-1], Finished)
    assert session.state is SessionState.FINISHED
    assert session.snapshot(clock.now()).progress == 1.0


def test_a_stalled_loop_still_reports_every_boundary_crossed() -> None:
    clock = FakeClock()
    session = Session(breathing_timeline(CALM, 1))
    session.start(clock.now())
    session.poll(clock.now())
    clock.advance(4.9)  # the event loop stalled for almost 5 s: in, out and in again passed
    events = session.poll(clock.now())
    assert [e.segment.start for e in events if isinstance(e, PhaseStarted)] == [4.0]
    clock.advance(4.9)
    events = session.poll(clock.now())
    assert [e.segment.start for e in events if isinstance(e, PhaseStarted)] == []
    clock.advance(4.9)
    events = session.poll(clock.now())
    assert [(e.segment.start, round(e.late_by, 3)) for e in events if isinstance(e, PhaseStarted)] == [
        (10.0, 4.7),
        (14.0, 0.7),
    ]


def test_irregular_polling_never_skips_or_repeats_a_phase() -> None:
    rng = random.Random(7)
    clock = FakeClock()
    timeline = breathing_timeline(BOX, 10)
    session = Session(timeline)
    session.start(clock.now())
    seen = []
    while session.state is SessionState.RUNNING:
        clock.advance(rng.choice([0.001, 0.016, 0.5, 2.0, 4.9]))
        seen += [e.segment.index for e in session.poll(clock.now()) if isinstance(e, PhaseStarted)]
    assert seen == list(range(len(timeline.segments)))


def test_pause_freezes_the_session_and_resume_carries_on_where_it_was() -> None:
    clock = FakeClock()
    session = Session(breathing_timeline(CALM, 1))
    session.start(clock.now())
    clock.advance(3.0)
    session.pause(clock.now())
    assert session.state is SessionState.PAUSED
    clock.advance(120.0)  # a long pause is not a sleep gap: the person chose it
    assert session.poll(clock.now()) == []
    assert session.snapshot(clock.now()).elapsed == pytest.approx(3.0)
    session.resume(clock.now())
    clock.advance(0.5)
    assert session.snapshot(clock.now()).segment_elapsed == pytest.approx(3.5)
    clock.advance(0.5)
    events = session.poll(clock.now())
    assert [e.segment.start for e in events if isinstance(e, PhaseStarted)] == [0.0, 4.0]


def test_a_sleep_gap_pauses_instead_of_jumping_ahead() -> None:
    clock = FakeClock()
    session = Session(breathing_timeline(CALM, 5))
    session.start(clock.now())
    clock.advance(2.0)
    session.poll(clock.now())
    clock.advance(3600.0)  # the laptop lid was closed for an hour
    events = session.poll(clock.now())
    assert events == [AutoPaused(3600.0)]
    assert session.state is SessionState.PAUSED
    assert session.snapshot(clock.now()).elapsed == pytest.approx(2.0)
    session.resume(clock.now())
    clock.advance(2.0)
    events = session.poll(clock.now())
    assert [e.segment.start for e in events if isinstance(e, PhaseStarted)] == [4.0]


def test_skip_ends_the_current_phase_now() -> None:
    clock = FakeClock()
    session = Session(breathing_timeline(CALM, 1))
    session.start(clock.now())
    session.poll(clock.now())
    clock.advance(1.0)
    session.skip(clock.now())
    events = session.poll(clock.now())
    assert [(e.segment.start, e.late_by) for e in events if isinstance(e, PhaseStarted)] == [(4.0, 0.0)]
    assert session.snapshot(clock.now()).elapsed == pytest.approx(4.0)


def test_skipping_the_last_phase_finishes() -> None:
    clock = FakeClock()
    session = Session(breathing_timeline(CALM, 1))
    session.start(clock.now())
    run(session, clock, 0.5, clock.now() + 55.0)
    session.skip(clock.now())
    assert isinstance(session.poll(clock.now())[-1], Finished)
    assert session.state is SessionState.FINISHED


def test_stop_ends_the_session_and_remembers_how_far_it_got() -> None:
    clock = FakeClock()
    session = Session(breathing_timeline(CALM, 1))
    session.start(clock.now())
    run(session, clock, 0.5, clock.now() + 12.5)
    session.stop(clock.now())
    clock.advance(100.0)
    assert session.state is SessionState.STOPPED
    assert session.poll(clock.now()) == []
    assert session.elapsed(clock.now()) == pytest.approx(12.5)


def test_snapshot_changes_nothing() -> None:
    clock = FakeClock()
    session = Session(breathing_timeline(CALM, 1))
    session.start(clock.now())
    clock.advance(5.0)
    assert session.snapshot(clock.now()) == session.snapshot(clock.now())
    events = session.poll(clock.now())
    assert [e.segment.start for e in events if isinstance(e, PhaseStarted)] == [0.0, 4.0]


def test_a_session_starts_only_once() -> None:
    session = Session(breathing_timeline(CALM, 1))
    session.start(0.0)
    with pytest.raises(RuntimeError):
        session.start(1.0)


def test_the_clock_cannot_go_backwards() -> None:
    with pytest.raises(ValueError):
        FakeClock().advance(-1)
