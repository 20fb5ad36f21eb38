"""`steady --check-plan FILE`: what a plan file holds (exit 0), or each of its problems (exit 1); no window."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from app.core.exercise import Exercise
from app.core.plans import ExercisePart, NotePart, Plan, WordsPart, part_seconds, plan_seconds, senders
from app.storage.catalog import load_catalog
from app.storage.plan_files import check_plan_file
from app.storage.resources import ResourcesMissingError, resource


def check_plan_command(path: str) -> int:
    """Print what the plan at `path` holds and return 0, or print `steady: FILE: FIELD: REASON` lines and return 1."""
    try:
        shipped = load_catalog(resource("exercises"))  # a plan may use Steady's own exercises only
    except ResourcesMissingError as error:
        print(f"steady: {error}", file=sys.stderr)
        return 1
    exercises = {e.id: e for e in shipped.exercises}
    plan, problems = check_plan_file(Path(path), exercises, path)
    if plan is None:
        for problem in problems:
            _say(f"steady: {problem}", sys.stderr)
        return 1
    for line in describe_plan(plan, exercises):
        _say(line, sys.stdout)
    return 0


def describe_plan(plan: Plan, exercises: Mapping[str, Exercise]) -> list[str]:
    """The lines `--check-plan` prints: the title, each part with its length, the whole length and who wrote notes."""
    lines = [f"{_one_line(plan.title)} (id: {plan.id})"]
    for number, part in enumerate(plan.parts, 1):
        if isinstance(part, NotePart):
            sender = _one_line(part.sender)
            lines.append(f"  {number}. A note{f' from {sender}' if sender else ''}: “{_one_line(part.text)}”")
        elif isinstance(part, WordsPart):
            timing = "when you're ready" if part.seconds is None else length(part.seconds)
            lines.append(f"  {number}. Your words, {timing}: “{_one_line(part.text)}”")
            if part.spoken.strip():
                lines.append(f"     The voice says: “{_one_line(part.spoken)}”")
        elif isinstance(part, ExercisePart):
            lines.append(f"  {number}. {exercises[part.exercise].title}, {length(part_seconds(part, exercises))}")
    count = len(plan.parts)
    lines.append(f"{count} part{'s' if count != 1 else ''}, about {length(plan_seconds(plan, exercises))} in all.")
    if any(isinstance(p, NotePart) or (isinstance(p, WordsPart) and p.seconds is None) for p in plan.parts):
        lines.append("A note or a step “when you're ready” is counted as 10 s; it takes as long as the person likes.")
    names = senders(plan)
    if names:
        lines.append(f"Notes from: {', '.join(_one_line(name) for name in names)}")
    return lines


def length(seconds: float) -> str:
    """A length as people say it: "45 s", "2 min", "2 min 30 s"."""
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _say(line: str, stream: TextIO) -> None:
    """Print `line`; a console that can't show a character (an emoji on an old code page) gets a "?" instead."""
    try:
        print(line, file=stream)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        print(line.encode(encoding, "replace").decode(encoding), file=stream)
