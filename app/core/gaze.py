"""Where the on-screen dot that leads the gaze sits, for the blink-and-look exercise."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.core.pacing import ease_in_out
from app.core.words import QT_TRANSLATE_NOOP

CORNERS = ((0.12, 0.15), (0.88, 0.15), (0.88, 0.85), (0.12, 0.85))
CENTRE = (0.5, 0.5)
FAR = (0.5, 0.2)  # "a far point a little above eye level"
MOVE_SECONDS = 1.0  # how long the dot takes to glide to its next place
CLOSE, OPEN = QT_TRANSLATE_NOOP("Gaze", "Close"), QT_TRANSLATE_NOOP("Gaze", "Open")
CORNER_WORDS = QT_TRANSLATE_NOOP("Gaze", "Corner {number} of 4")


@dataclass(frozen=True)
class GazePoint:
    """The dot's place (0..1 across and down the area) and how visible it is (0..1)."""

    x: float
    y: float
    opacity: float = 1.0
    label: str = ""  # English; the interface shows _t("Gaze", label), or CORNER_WORDS for a corner
    corner: int = 0  # 1 to 4 while the dot leads to the corners


def _glide(start: tuple[float, float], end: tuple[float, float], t: float, still: bool) -> tuple[float, float]:
    f = 1.0 if still else ease_in_out(t / MOVE_SECONDS)
    return start[0] + (end[0] - start[0]) * f, start[1] + (end[1] - start[1]) * f


def gaze_point(guide: str, elapsed: float, seconds: float, still: bool = False) -> GazePoint:
    """The dot for a guide ("blink", "far" or "corners") `elapsed` seconds into its step.

    With `still`, the dot never glides or fades: it stands at each place in turn.
    """
    if guide == "blink":
        # Slow, soft blinks: eyes closed for 1 s while the dot fades, open for 1 s.
        phase = elapsed % 2.0
        if still:
            return GazePoint(*CENTRE, 1.0, CLOSE if phase < 1.0 else OPEN)
        opacity = 0.25 + 0.75 * (0.5 + 0.5 * math.cos(math.pi * phase))
        return GazePoint(*CENTRE, opacity, CLOSE if phase < 1.0 else OPEN)
    if guide == "far":
        x, y = _glide(CENTRE, FAR, elapsed, still)
        return GazePoint(x, y)
    if guide == "corners":
        dwell = max(seconds, 4 * MOVE_SECONDS) / 4
        corner = min(3, int(elapsed // dwell))
        start = CENTRE if corner == 0 else CORNERS[corner - 1]
        x, y = _glide(start, CORNERS[corner], elapsed - corner * dwell, still)
        return GazePoint(x, y, 1.0, CORNER_WORDS.format(number=corner + 1), corner + 1)
    return GazePoint(*CENTRE)
