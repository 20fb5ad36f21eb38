"""When the gentle "would it help to talk to someone?" card is offered (CONTENT.md §4)."""

from __future__ import annotations

import pytest

from app.core.checkins import Ratings, support_due


@pytest.mark.parametrize(
    ("ratings", "due"),
    [
        ([], False),
        ([(5, 3)], False),
        ([(9, None)], True),  # 9 or more, before or after
        ([(4, 9)], True),
        ([(None, None)], False),  # both skipped: nothing to go on
        ([(6, 5), (5, 4)], False),  # coming down
        ([(6, 6), (6, 6)], True),  # not lower after two exercises
        ([(6, None), (None, 7)], True),
        ([(7, 5), (None, None), (5, 3)], False),  # a skipped check-in in between counts for nothing
    ],
)
def test_support_is_offered_at_nine_or_when_nothing_has_come_down_after_two(ratings: Ratings, due: bool) -> None:
    assert support_due(ratings) is due
