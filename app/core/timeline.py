"""Lays an exercise out in time: every phase as a segment with its start offset."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from app.core.exercise import BreathingPattern, Phase, PhaseKind

_LEVEL_AFTER = {PhaseKind.IN: 1.0, PhaseKind.TOP_UP: 1.0, PhaseKind.OUT: 0.0}


def _kind_at(phases: tuple[Phase, ...], i: int) -> PhaseKind | None:
    return phases[i].kind if i < len(phases) else None


@dataclass(frozen=True)
class Segment:
    """One phase placed in time: it runs from `start` for `duration` seconds."""

    index: int
    start: float
    duration: float
    phase: Phase
    cycle: int  # 0 for the lead-in, then 1, 2, ...
    level_from: float = 0.0  # how full the pacer is when the phase starts (0 empty, 1 full)
    level_to: float = 0.0  # and when it ends

    @property
    def end(self) -> float:
        return self.start + self.duration


@dataclass(frozen=True)
class Timeline:
    """Every segment of a session in order, with its total length and cycle count."""

    segments: tuple[Segment, ...]
    cycles: int
    starts: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(s.start for s in self.segments))

    @property
    def total(self) -> float:
        return self.segments[-1].end if self.segments else 0.0

    def index_at(self, offset: float) -> int:
        """Index of the segment running at `offset` seconds (the last one at or past the end)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return max(0, min(i, len(self.segments) - 1))


def breathing_timeline(pattern: BreathingPattern, minutes: float, skip_holds: bool = False) -> Timeline:
    """Build the timeline of a breathing session of about `minutes` minutes."""
    if skip_holds:
        pattern = pattern.without_holds()
    cycles = pattern.cycles_for(minutes)
    segments: list[Segment] = []
    first = (pattern.lead_in + pattern.phases)[0]
    level = 0.5 if first.kind is PhaseKind.OUT else 0.0

    def add(start: float, phase: Phase, cycle: int, then: PhaseKind | None) -> None:
        nonlocal level
        target = _LEVEL_AFTER.get(phase.kind, level)
        if phase.kind is PhaseKind.IN and then is PhaseKind.TOP_UP:
            target = 0.8  # leave room for the top-up sniff of a cyclic sigh
        segments.append(Segment(len(segments), start, phase.seconds, phase, cycle, level, target))
        level = target

    lead = 0.0
    for i, phase in enumerate(pattern.lead_in):
        add(lead, phase, 0, _kind_at(pattern.lead_in + pattern.phases, i + 1))
        lead += phase.seconds
    # Each start is computed from the cycle number, not summed phase by phase, so rounding
    # never accumulates: breath 360 starts exactly where the schedule says.
    within: list[float] = []
    t = 0.0
    for phase in pattern.phases:
        within.append(t)
        t += phase.seconds
    for cycle in range(1, cycles + 1):
        base = lead + (cycle - 1) * pattern.cycle_seconds
        for i, (phase, offset) in enumerate(zip(pattern.phases, within, strict=True)):
            add(base + offset, phase, cycle, _kind_at(pattern.phases, i + 1))
    return Timeline(tuple(segments), cycles)
