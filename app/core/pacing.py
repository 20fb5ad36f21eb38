"""How full the breathing pacer is at an instant: smooth easing computed from a snapshot."""

from __future__ import annotations

import math

from app.core.session import Snapshot


def ease_in_out(t: float) -> float:
    """Sine easing: slow at both ends like a real breath, 0 -> 0 and 1 -> 1."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def pacer_level(snapshot: Snapshot) -> float:
    """How full the lungs are meant to be right now, from 0 (empty) to 1 (full)."""
    segment = snapshot.segment
    eased = ease_in_out(snapshot.segment_fraction)
    return segment.level_from + (segment.level_to - segment.level_from) * eased


def pacer_radius(level: float, smallest: float, largest: float) -> float:
    """The pacer circle's radius for a level, between `smallest` and `largest`."""
    return smallest + (largest - smallest) * min(1.0, max(0.0, level))
