"""When to offer "would it help to talk to someone?" after the 0 to 10 check-ins (CONTENT.md §4)."""

from __future__ import annotations

Ratings = list[tuple[int | None, int | None]]  # (before, after) for each exercise of this sitting


def support_due(ratings: Ratings) -> bool:
    """At 9 or more, or when the rating has not come down after two exercises."""
    if not ratings:
        return False
    before, after = ratings[-1]
    if any(r is not None and r >= 9 for r in (before, after)):
        return True
    rated = [(b, a) for b, a in ratings if b is not None or a is not None]
    if len(rated) < 2:
        return False
    first = next((b for b, _ in rated[-2:] if b is not None), None)
    last = rated[-1][1] if rated[-1][1] is not None else rated[-1][0]
    return first is not None and last is not None and last >= first
