"""Plans a person makes, often with their therapist: parts in order, each checked, and how a plan runs.

A plan is built from three kinds of part: one of Steady's own exercises (with its length when it is
a breathing pattern), a step in the person's own words, and a short note from someone. Everything
here is plain data; reading and writing plan files is in `app.storage.plan_files`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from app.core.exercise import (
    MAX_MINUTES,
    MAX_STEP_SECONDS,
    Exercise,
    Step,
    breathing_seconds,
    step_seconds,
)
from app.core.ids import ID_PATTERN

MAX_PARTS = 40
MAX_TITLE = 80
MAX_TEXT = 400  # a step's words or its spoken wording: one or two sentences read through tears
MAX_NOTE = 600
MAX_FROM = 80
DEFAULT_MINUTES = 1.0
GENTLE_CAUTION = "Go gently; skip any part that doesn't feel right."
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")  # not text a person typed


@dataclass(frozen=True)
class ExercisePart:
    """One of Steady's own exercises; `minutes` is how long, for a breathing pattern."""

    exercise: str
    minutes: float | None = None


@dataclass(frozen=True)
class WordsPart:
    """A step in the person's own words: timed (`seconds`) or "when you're ready" (None)."""

    text: str
    seconds: float | None = None
    spoken: str = ""  # what the voice says instead, when it should differ


@dataclass(frozen=True)
class NotePart:
    """A short note from someone ("From Sam, 3 March: try this before the call")."""

    text: str
    sender: str = ""  # who it says it is from, as written: "Sam, 3 March"


Part = ExercisePart | WordsPart | NotePart


@dataclass(frozen=True)
class Plan:
    """A person's own plan: its name and its parts, in order."""

    id: str
    title: str
    parts: tuple[Part, ...] = ()


class PlanProblem(NamedTuple):
    """What is wrong with one field of a plan: `field` as `title` or `parts[2].text`, and why."""

    field: str
    reason: str

    @property
    def part(self) -> int | None:
        """The index of the part the problem is in, or None for the plan's own fields."""
        found = re.match(r"parts\[(\d+)\]", self.field)
        return int(found.group(1)) if found else None


def check_plan(plan: Plan, exercises: Mapping[str, Exercise]) -> list[PlanProblem]:
    """Every problem with `plan`, field by field; `exercises` are the ones a plan may use (Steady's own)."""
    problems = check_title(plan.title)
    if not ID_PATTERN.fullmatch(plan.id):
        problems.append(PlanProblem("id", "must be lower-case letters, digits and dashes (at most 64)"))
    if not plan.parts:
        problems.append(PlanProblem("parts", "a plan needs at least one part"))
    if len(plan.parts) > MAX_PARTS:
        problems.append(PlanProblem("parts", f"has {len(plan.parts)} parts; at most {MAX_PARTS}"))
    for i, part in enumerate(plan.parts[:MAX_PARTS]):
        problems += check_part(part, exercises, f"parts[{i}]")
    return problems


def check_title(title: str) -> list[PlanProblem]:
    """The problems of a plan's title (empty, too long, control characters), to show beside it as it is typed."""
    return _check_text(title, "title", MAX_TITLE, required=True)


def check_part(part: Part, exercises: Mapping[str, Exercise], where: str = "") -> list[PlanProblem]:
    """The problems of one part, so an editor can show them beside the part as it is typed."""
    prefix = f"{where}." if where else ""
    if isinstance(part, ExercisePart):
        problems = []
        target = exercises.get(part.exercise)
        if target is None or target.own:
            problems.append(PlanProblem(f"{prefix}exercise", f"Steady has no exercise called {part.exercise!r}"))
        if part.minutes is not None and not 0 < part.minutes <= MAX_MINUTES:
            problems.append(PlanProblem(f"{prefix}minutes", f"must be more than 0 and at most {MAX_MINUTES:g}"))
        return problems
    if isinstance(part, WordsPart):
        problems = _check_text(part.text, f"{prefix}words", MAX_TEXT, required=True)
        problems += _check_text(part.spoken, f"{prefix}spoken", MAX_TEXT)
        if part.seconds is not None and not 0 < part.seconds <= MAX_STEP_SECONDS:
            problems.append(PlanProblem(f"{prefix}seconds", f"must be more than 0 and at most {MAX_STEP_SECONDS:g}"))
        return problems
    return _check_text(part.text, f"{prefix}note", MAX_NOTE, required=True) + _check_text(
        part.sender, f"{prefix}from", MAX_FROM
    )


def _check_text(text: str, where: str, limit: int, required: bool = False) -> list[PlanProblem]:
    if required and not text.strip():
        return [PlanProblem(where, "is empty")]
    if len(text) > limit:
        return [PlanProblem(where, f"is too long ({len(text)} characters; at most {limit})")]
    if _CONTROL.search(text):
        return [PlanProblem(where, "holds control characters, which are not text")]
    return []


def plan_exercise(plan: Plan, exercises: Mapping[str, Exercise], origin: str = "") -> Exercise:
    """The plan as an exercise Steady can run: each part's steps in order. The plan must have no problems."""
    steps: list[Step] = []
    cautions: list[str] = []
    for part in plan.parts:
        if isinstance(part, NotePart):
            signed = f"“{part.text.strip()}”" + (f"\n— {part.sender.strip()}" if part.sender.strip() else "")
            steps.append(Step(text=signed, spoken=part.text.strip()))
        elif isinstance(part, WordsPart):
            steps.append(Step(text=part.text.strip(), seconds=part.seconds, spoken=part.spoken.strip()))
        else:
            target = exercises[part.exercise]
            cautions += [c for c in target.cautions if c not in cautions]
            if target.pattern is not None:
                minutes = part.minutes or target.pattern.default_length
                steps.append(
                    Step(
                        text=target.summary,
                        pattern=target.pattern,
                        minutes=minutes,
                        seconds=breathing_seconds(target.pattern, minutes),
                        part=target.title,
                        breathing=target.id,
                    )
                )
            else:
                steps.extend(replace(step, part=step.part or target.title) for step in target.steps)
    return Exercise(
        id=plan.id,
        title=plan.title.strip(),
        kind="sequence",
        summary=plan_summary(plan, exercises),
        source=next((f"{p.sender.strip()}" for p in plan.parts if isinstance(p, NotePart) and p.sender.strip()), ""),
        steps=tuple(steps),
        cautions=tuple(cautions) or (GENTLE_CAUTION,),
        order=500,
        origin=origin,
        own=True,
        tags=("plan",),
    )


def plan_summary(plan: Plan, exercises: Mapping[str, Exercise]) -> str:
    """The plan's exercises and steps by name, for the start screen: "Calm pace → Feet on the floor"."""
    names: list[str] = []
    for part in plan.parts:
        if isinstance(part, ExercisePart):
            target = exercises.get(part.exercise)
            names.append(target.title if target is not None else part.exercise)
        elif isinstance(part, WordsPart):
            names.append(_shortened(part.text))
    return " → ".join(names)


def part_seconds(part: Part, exercises: Mapping[str, Exercise]) -> float:
    """About how long a part takes (a "when you're ready" step or a note counts as 10 s)."""
    if isinstance(part, ExercisePart):
        target = exercises.get(part.exercise)
        if target is None:
            return 0.0
        if target.pattern is not None:
            return breathing_seconds(target.pattern, part.minutes or target.pattern.default_length)
        return target.default_seconds
    return step_seconds(Step(text="", seconds=part.seconds if isinstance(part, WordsPart) else None))


def plan_seconds(plan: Plan, exercises: Mapping[str, Exercise]) -> float:
    """About how long the whole plan takes."""
    return sum(part_seconds(part, exercises) for part in plan.parts)


def senders(plan: Plan) -> list[str]:
    """Who the plan's notes say they are from, each once, in order."""
    return list(dict.fromkeys(p.sender.strip() for p in plan.parts if isinstance(p, NotePart) and p.sender.strip()))


def id_for(title: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A plan id made from its title ("Before the call" → "before-the-call"), not one of `taken`."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:56] or "my-plan"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _shortened(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
