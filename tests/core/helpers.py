"""Small patterns and sessions for the core tests."""

from app.core.exercise import BreathingPattern, Phase, PhaseKind

CALM = BreathingPattern((Phase(PhaseKind.IN, 4), Phase(PhaseKind.OUT, 6)))
BOX = BreathingPattern(
    (Phase(PhaseKind.IN, 4), Phase(PhaseKind.HOLD, 4), Phase(PhaseKind.OUT, 4), Phase(PhaseKind.REST, 4)),
    lead_in=(Phase(PhaseKind.OUT, 4),),
    holds_skippable=True,
)
SIGH = BreathingPattern(
    (Phase(PhaseKind.IN, 2.5), Phase(PhaseKind.TOP_UP, 1), Phase(PhaseKind.OUT, 7), Phase(PhaseKind.REST, 1.5))
)
EVEN = BreathingPattern((Phase(PhaseKind.IN, 5.5), Phase(PhaseKind.OUT, 5.5)))
