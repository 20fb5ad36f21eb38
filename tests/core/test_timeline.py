"""Laying patterns out in time: lengths, cycles, lead-ins, skipped holds, exact starts."""

from app.core.exercise import BreathingPattern, Phase, PhaseKind
from app.core.timeline import breathing_timeline
from tests.core.helpers import BOX, CALM, EVEN, SIGH


def test_five_minutes_of_calm_pace_is_thirty_breaths_of_in_then_out() -> None:
    timeline = breathing_timeline(CALM, 5)
    assert timeline.cycles == 30
    assert timeline.total == 300.0
    assert [s.phase.kind for s in timeline.segments[:4]] == [PhaseKind.IN, PhaseKind.OUT] * 2
    assert [s.start for s in timeline.segments[:4]] == [0.0, 4.0, 10.0, 14.0]


def test_a_length_that_does_not_divide_evenly_finishes_the_last_breath() -> None:
    timeline = breathing_timeline(EVEN, 5)  # 11 s breaths: 27.3 breaths fill 5 minutes
    assert timeline.cycles == 28
    assert timeline.total == 308.0


def test_max_cycles_caps_the_session() -> None:
    four_seven_eight = BreathingPattern(
        (Phase(PhaseKind.IN, 4), Phase(PhaseKind.HOLD, 7), Phase(PhaseKind.OUT, 8)), lengths=(1, 10), max_cycles=4
    )
    assert breathing_timeline(four_seven_eight, 10).cycles == 4
    assert breathing_timeline(four_seven_eight, 10).total == 76.0


def test_box_starts_with_its_lead_in_and_can_skip_the_holds() -> None:
    timeline = breathing_timeline(BOX, 1)
    assert timeline.segments[0].cycle == 0
    assert timeline.segments[0].phase.kind is PhaseKind.OUT
    assert timeline.segments[1].start == 4.0
    without = breathing_timeline(BOX, 1, skip_holds=True)
    assert all(not s.phase.kind.is_hold for s in without.segments)
    assert [s.phase.kind for s in without.segments[1:3]] == [PhaseKind.IN, PhaseKind.OUT]


def test_sixty_minute_schedule_has_no_drift() -> None:
    timeline = breathing_timeline(SIGH, 60)  # 12 s breaths with fractional phases
    last = timeline.segments[-1]
    assert timeline.cycles == 300
    assert last.cycle == 300
    # Breath 300's rest starts exactly 299 breaths plus 10.5 s in: no accumulated rounding.
    assert last.start == 299 * 12 + 10.5
    assert timeline.total == 3600.0


def test_index_at_finds_the_running_segment() -> None:
    timeline = breathing_timeline(CALM, 1)
    assert timeline.index_at(0.0) == 0
    assert timeline.index_at(3.999) == 0
    assert timeline.index_at(4.0) == 1
    assert timeline.index_at(59.9) == 11
    assert timeline.index_at(1000) == 11


def test_pacer_levels_follow_the_breath() -> None:
    sigh = breathing_timeline(SIGH, 1).segments
    assert (sigh[0].level_from, sigh[0].level_to) == (0.0, 0.8)  # room left for the top-up
    assert (sigh[1].level_from, sigh[1].level_to) == (0.8, 1.0)
    assert (sigh[2].level_from, sigh[2].level_to) == (1.0, 0.0)
    assert (sigh[3].level_from, sigh[3].level_to) == (0.0, 0.0)
    box = breathing_timeline(BOX, 1).segments
    assert (box[0].level_from, box[0].level_to) == (0.5, 0.0)  # the lead-in out-breath
    assert (box[2].level_from, box[2].level_to) == (1.0, 1.0)  # a hold stays full
