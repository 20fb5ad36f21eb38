"""What an exercise is: frozen descriptions of breathing patterns and their phases."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum


class PhaseKind(StrEnum):
    """What the lungs do during a phase; the pacer and the words follow from it."""

    IN = "in"
    TOP_UP = "top-up"
    HOLD = "hold"
    OUT = "out"
    REST = "rest"

    @property
    def is_hold(self) -> bool:
        """True for the still phases that 'skip the holds' leaves out."""
        return self in (PhaseKind.HOLD, PhaseKind.REST)


DEFAULT_WORDS: dict[PhaseKind, str] = {
    PhaseKind.IN: "Breathe in",
    PhaseKind.TOP_UP: "A little more in",
    PhaseKind.HOLD: "Hold, gently",
    PhaseKind.OUT: "Breathe out",
    PhaseKind.REST: "Rest",
}


@dataclass(frozen=True)
class Phase:
    """One part of a breath: its kind, how long it lasts and the words shown for it."""

    kind: PhaseKind
    seconds: float
    words: str = ""

    @property
    def label(self) -> str:
        """The words shown to the person, falling back to the plain default for the kind."""
        return self.words or DEFAULT_WORDS[self.kind]


@dataclass(frozen=True)
class BreathingPattern:
    """A repeating breath, how long a session of it may last and what can be left out."""

    phases: tuple[Phase, ...]
    lengths: tuple[float, ...] = (1, 2, 3, 5, 10)
    default_length: float = 5
    max_cycles: int | None = None
    lead_in: tuple[Phase, ...] = ()
    holds_skippable: bool = False

    @property
    def cycle_seconds(self) -> float:
        """How long one full breath takes."""
        return sum(p.seconds for p in self.phases)

    @property
    def has_holds(self) -> bool:
        return any(p.kind.is_hold for p in self.phases + self.lead_in)

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds

    def cycles_for(self, minutes: float) -> int:
        """Whole breaths that fill at least `minutes`, never more than `max_cycles`."""
        cycles = max(1, math.ceil(minutes * 60.0 / self.cycle_seconds - 1e-9))
        if self.max_cycles is not None:
            cycles = min(cycles, self.max_cycles)
        return cycles

    def without_holds(self) -> BreathingPattern:
        """The same pattern with its holds left out ("skip the holds")."""
        return replace(
            self,
            phases=tuple(p for p in self.phases if not p.kind.is_hold),
            lead_in=tuple(p for p in self.lead_in if not p.kind.is_hold),
        )


@dataclass(frozen=True)
class Exercise:
    """One thing Steady can guide a person through, as read from its data file."""

    id: str
    title: str
    kind: str
    summary: str
    source: str
    pattern: BreathingPattern | None = None
    cautions: tuple[str, ...] = ()
    order: int = 100
    origin: str = ""
    details: str = ""
    tags: tuple[str, ...] = field(default=())

    @property
    def default_seconds(self) -> float:
        """Length of a session at the default settings, as `--list` reports it."""
        if self.pattern is None:
            return 0.0
        p = self.pattern
        return sum(ph.seconds for ph in p.lead_in) + p.cycles_for(p.default_length) * p.cycle_seconds
