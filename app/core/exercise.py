"""What an exercise is: frozen descriptions of breathing patterns and their phases."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.core.words import QT_TRANSLATE_NOOP

MAX_STEP_SECONDS = 600.0  # a timed step, at most
MAX_MINUTES = 60.0  # a breathing part or session length, at most


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
    PhaseKind.IN: QT_TRANSLATE_NOOP("Phases", "Breathe in"),
    PhaseKind.TOP_UP: QT_TRANSLATE_NOOP("Phases", "A little more in"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Phases", "Hold, gently"),
    PhaseKind.OUT: QT_TRANSLATE_NOOP("Phases", "Breathe out"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Phases", "Rest"),
}  # shown through _t("Phases", ...), so a phase without its own words still reads in the person's language


@dataclass(frozen=True)
class Phase:
    """One part of a breath: its kind, how long it lasts and the words shown for it."""

    kind: PhaseKind
    seconds: float
    words: str = ""
    spoken: str = ""  # what the voice says, when not the usual word for the kind

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


GUIDES = ("blink", "far", "corners")


@dataclass(frozen=True)
class Step:
    """One step of a guided exercise: words to read, and how it moves on.

    A step with `seconds` moves on by itself; one without waits for the person ("when
    you're ready"). A step with `count` moves on after that many taps (5-4-3-2-1); one
    with a `pattern` is a short breathing part with the pacer.
    """

    text: str
    seconds: float | None = None
    spoken: str = ""
    notice: str = ""
    caution: str = ""
    guide: str = ""
    count: int = 0
    chips: tuple[str, ...] = ()
    memories: bool = False
    pattern: BreathingPattern | None = None
    minutes: float = 1.0
    part: str = ""  # the title of the exercise this step came from, inside a sequence
    breathing: str = ""  # the id of the breathing pattern of a breathing step

    @property
    def timed(self) -> bool:
        return self.seconds is not None

    @property
    def words_to_say(self) -> str:
        """What the voice reads for this step."""
        return self.spoken or self.text


@dataclass(frozen=True)
class Exercise:
    """One thing Steady can guide a person through, as read from its data file."""

    id: str
    title: str
    kind: str
    summary: str
    source: str
    pattern: BreathingPattern | None = None
    steps: tuple[Step, ...] = ()
    cautions: tuple[str, ...] = ()
    order: int = 100
    origin: str = ""  # the file it came from, for messages
    own: bool = False  # the person's own (or imported), not shipped with Steady
    details: str = ""
    tags: tuple[str, ...] = field(default=())

    @property
    def default_seconds(self) -> float:
        """Length at the default settings, as `--list` reports it (untimed steps count as 10 s)."""
        if self.pattern is not None:
            return breathing_seconds(self.pattern, self.pattern.default_length)
        return sum(step_seconds(step) for step in self.steps)


def breathing_seconds(pattern: BreathingPattern, minutes: float, skip_holds: bool = False) -> float:
    """How long a breathing session of about `minutes` really lasts (whole breaths)."""
    if skip_holds:
        pattern = pattern.without_holds()
    return sum(p.seconds for p in pattern.lead_in) + pattern.cycles_for(minutes) * pattern.cycle_seconds


UNTIMED_ESTIMATE = 10.0  # seconds a "when you're ready" step is counted as in lengths


def step_seconds(step: Step) -> float:
    """How long a step runs: its seconds, its breathing part, or an estimate when untimed."""
    if step.pattern is not None:
        return breathing_seconds(step.pattern, step.minutes)
    if step.seconds is not None:
        return step.seconds
    return UNTIMED_ESTIMATE * max(1, step.count)
