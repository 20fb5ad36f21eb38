"""Lengths and times in the person's words: at a glance on screen ("5 min", "4:05"), and as a reader says them."""

from __future__ import annotations

from app.core.exercise import Exercise
from app.ui.i18n import _t, _tn


def minutes_text(seconds: float) -> str:
    """'5 min', '1¼ min' or '45 s': a length in the words a person reads at a glance."""
    if seconds < 60:
        return _t("Widgets", "{seconds} s").format(seconds=round(seconds))
    minutes = seconds / 60
    whole = int(minutes)
    quarter = round((minutes - whole) * 4)
    if quarter == 4:
        whole, quarter = whole + 1, 0
    return _t("Widgets", "{minutes} min").format(minutes=f"{whole}{['', '¼', '½', '¾'][quarter]}")


def length_text(exercise: Exercise) -> str:
    """How long an exercise takes by default, as the start screen shows it: '5 min', '4 breaths'."""
    pattern = exercise.pattern
    if pattern is None:
        return minutes_text(exercise.default_seconds)
    if pattern.max_cycles is not None and pattern.cycles_for(pattern.default_length) == pattern.max_cycles:
        breaths = pattern.max_cycles
        return _tn("Widgets", "%n breaths", None, int, breaths)
    return minutes_text(pattern.default_length * 60)


def clock_text(seconds: float) -> str:
    """'4:05': minutes and seconds left, rounded up so it never shows 0:00 early."""
    total = int(-(-seconds // 1))
    return f"{total // 60}:{total % 60:02d}"


def spoken_time(seconds: float) -> str:
    """'4 minutes 35 seconds': a time left in the words a screen reader says well (rounded up)."""
    total = int(-(-seconds // 1))
    minutes, rest = divmod(total, 60)
    if not minutes:
        return _tn("Widgets", "%n seconds", None, int, rest)
    said = _tn("Widgets", "%n minutes", None, int, minutes)
    if not rest:
        return said
    # How a language joins the two as it says them: "4 minutes 35 seconds", "4 minutos y 35 segundos".
    return _t("Widgets", "{minutes} {seconds}").format(
        minutes=said, seconds=_tn("Widgets", "%n seconds", None, int, rest)
    )
