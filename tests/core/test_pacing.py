"""The pacer's fullness eases smoothly between the levels a phase asks for."""

from itertools import pairwise

import pytest

from app.core.pacing import ease_in_out, pacer_level, pacer_radius
from app.core.session import Session
from app.core.timeline import breathing_timeline
from tests.core.helpers import CALM


def levels_during_in_breath() -> list[float]:
    session = Session(breathing_timeline(CALM, 1))
    session.start(0.0)
    return [pacer_level(session.snapshot(t / 10)) for t in range(0, 41)]


def test_the_circle_fills_smoothly_during_the_in_breath() -> None:
    levels = levels_during_in_breath()
    assert levels[0] == pytest.approx(0.0)
    assert levels[20] == pytest.approx(0.5)
    assert levels[-1] == pytest.approx(1.0)
    assert all(b > a for a, b in pairwise(levels))
    # Eased: it moves slowly near the ends and fastest in the middle.
    assert levels[1] - levels[0] < levels[21] - levels[20]


def test_the_circle_empties_during_the_out_breath() -> None:
    session = Session(breathing_timeline(CALM, 1))
    session.start(0.0)
    assert pacer_level(session.snapshot(4.0)) == pytest.approx(1.0)
    assert pacer_level(session.snapshot(7.0)) == pytest.approx(0.5)
    assert pacer_level(session.snapshot(9.999)) == pytest.approx(0.0, abs=1e-5)


def test_easing_and_radius_stay_in_range() -> None:
    assert ease_in_out(-1) == 0.0
    assert ease_in_out(2) == 1.0
    assert pacer_radius(0.0, 40, 100) == 40
    assert pacer_radius(1.5, 40, 100) == 100
