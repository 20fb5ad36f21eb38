"""The dot that leads the gaze: where it goes, and that the still version never glides."""

import pytest

from app.core.gaze import CORNERS, FAR, gaze_point


def test_the_dot_visits_the_four_corners_in_turn() -> None:
    places = [(round(p.x, 2), round(p.y, 2)) for p in (gaze_point("corners", t, 12.0) for t in (2.5, 5.5, 8.5, 11.5))]
    assert places == [CORNERS[0], CORNERS[1], CORNERS[2], CORNERS[3]]
    assert gaze_point("corners", 11.5, 12.0).label == "Corner 4 of 4"


def test_the_moving_dot_glides_but_the_still_one_jumps() -> None:
    moving = gaze_point("far", 0.5, 8.0)
    still = gaze_point("far", 0.5, 8.0, still=True)
    assert FAR[1] < moving.y < 0.5
    assert (still.x, still.y) == FAR


def test_blinks_fade_the_dot_and_the_still_version_only_changes_words() -> None:
    assert gaze_point("blink", 0.0, 6.0).opacity == pytest.approx(1.0)
    assert gaze_point("blink", 1.0, 6.0).opacity == pytest.approx(0.25)
    assert {gaze_point("blink", t, 6.0, still=True).opacity for t in (0.0, 0.5, 1.0, 1.5)} == {1.0}
    assert [gaze_point("blink", t, 6.0).label for t in (0.5, 1.5)] == ["Close", "Open"]
