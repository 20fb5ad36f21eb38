"""Reads one exercise file's contents: every field checked, each problem named with its file, field and reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.exercise import (
    GUIDES,
    MAX_MINUTES,
    MAX_STEP_SECONDS,
    BreathingPattern,
    Exercise,
    Phase,
    PhaseKind,
    Step,
)
from app.core.ids import ID_PATTERN

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 1_000_000
MIN_PHASE_SECONDS = 0.5  # shorter can't be followed, and would make an hour of breathing millions of phases
MAX_PHASE_SECONDS = 60.0
MAX_PHASES = 20
MAX_STEPS = 200
MAX_PARTS = 20
MAX_CHIPS = 40

_TOP_LEVEL = {
    "schema", "id", "title", "kind", "summary", "source", "details", "cautions", "order", "tags",
    "breathing", "steps", "parts",
}  # fmt: skip
_BREATHING = {"phases", "lead_in", "lengths", "default_length", "max_cycles", "holds_skippable"}
_PHASE = {"kind", "seconds", "words", "spoken"}
_STEP = {
    "text",
    "seconds",
    "spoken",
    "notice",
    "caution",
    "guide",
    "count",
    "chips",
    "memories",
    "breathing",
    "minutes",
}
_PART = {"exercise", "minutes"}
KINDS = ("breathing", "steps", "sequence")


@dataclass(frozen=True)
class LoadProblem:
    """Why one exercise file (or one field of it) could not be used."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.reason}"


class FileChecker:
    """Reads fields out of one parsed file, noting every problem instead of raising."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[LoadProblem] = []

    def problem(self, where: str, reason: str) -> None:
        self.problems.append(LoadProblem(self.file, where, reason))

    def unknown_keys(self, table: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                self.problem(f"{prefix}{key}", "unknown field (is it misspelt?)")

    def text(self, table: dict[str, Any], key: str, where: str, required: bool = True, limit: int = 2000) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(where, "is missing")
            return ""
        if not isinstance(value, str):
            self.problem(where, f"must be text, not {type_name(value)}")
            return ""
        if required and not value.strip():
            self.problem(where, "is empty")
        if len(value) > limit:
            self.problem(where, f"is longer than {limit} characters")
            return ""
        return value.strip()

    def table_list(self, data: dict[str, Any], key: str, limit: int, needs: str) -> list[tuple[str, dict[str, Any]]]:
        """The tables of a list like [[steps]], each with where it is ("steps[2]"); problems noted."""
        raw = data.get(key)
        if raw is None:
            self.problem(key, f"is missing ({needs})")
            return []
        if not isinstance(raw, list) or not raw:
            self.problem(key, f"must be a list of tables ({needs})")
            return []
        if len(raw) > limit:
            self.problem(key, f"has {len(raw)} entries; at most {limit} are allowed")
            return []
        tables = []
        for i, item in enumerate(raw):
            if isinstance(item, dict):
                tables.append((f"{key}[{i}]", item))
            else:
                self.problem(f"{key}[{i}]", f"must be a table, not {type_name(item)}")
        return tables

    def number(self, value: Any, where: str, low: float, high: float, allow_zero: bool = False) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(where, f"must be a number, not {type_name(value)}")
            return 0.0
        if isinstance(value, int) and not low <= value <= high:  # a 400-digit whole number can't become a float
            number = float("nan")
        else:
            number = float(value)
        if number != number or (number <= low if not allow_zero else number < low) or number > high:
            lower = f"at least {low:g}" if allow_zero else f"more than {low:g}"
            self.problem(where, f"must be {lower} and at most {high:g}, not {value!r}")
            return 0.0
        return number

    def text_list(self, table: dict[str, Any], key: str, where: str = "") -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(where or key, "must be a list of text")
            return ()
        if any(len(v) > 400 for v in value):
            self.problem(where or key, "has an entry longer than 400 characters")
            return ()
        return tuple(v.strip() for v in value if v.strip())

    def phases(self, value: Any, where: str, required: bool) -> tuple[Phase, ...]:
        if value is None:
            if required:
                self.problem(where, "is missing")
            return ()
        if not isinstance(value, list):
            self.problem(where, f"must be a list of phases, not {type_name(value)}")
            return ()
        if required and not value:
            self.problem(where, "needs at least one phase")
        if len(value) > MAX_PHASES:
            self.problem(where, f"has {len(value)} phases; at most {MAX_PHASES} are allowed")
            return ()
        phases: list[Phase] = []
        kinds = ", ".join(k.value for k in PhaseKind)
        for i, item in enumerate(value):
            here = f"{where}[{i}]"
            if not isinstance(item, dict):
                self.problem(here, f'must be a table like {{ kind = "in", seconds = 4 }}, not {type_name(item)}')
                continue
            self.unknown_keys(item, _PHASE, f"{here}.")
            try:
                kind = PhaseKind(item.get("kind"))
            except ValueError:
                self.problem(f"{here}.kind", f"must be one of {kinds}, not {item.get('kind')!r}")
                continue
            seconds = self.number(item.get("seconds"), f"{here}.seconds", 0, MAX_PHASE_SECONDS)
            if 0 < seconds < MIN_PHASE_SECONDS:
                self.problem(f"{here}.seconds", f"must be at least {MIN_PHASE_SECONDS:g}; faster can't be followed")
            words = self.text(item, "words", f"{here}.words", required=False, limit=80)
            spoken = self.text(item, "spoken", f"{here}.spoken", required=False, limit=80)
            phases.append(Phase(kind, seconds, words, spoken))
        return tuple(phases)


def type_name(value: Any) -> str:
    """How a TOML value's type is named in a problem: "text", "a whole number", "a list"..."""
    names = {str: "text", int: "a whole number", float: "a number", bool: "true/false", list: "a list", dict: "a table"}
    return names.get(type(value), "a date or time") if value is not None else "nothing"  # TOML has no other types


def parse_exercise(data: dict[str, Any], file: str) -> tuple[Exercise | None, list[LoadProblem]]:
    """Check one parsed file; return the exercise, or None and every problem found."""
    check = FileChecker(file)
    schema = data.get("schema")
    if schema != SCHEMA_VERSION:
        if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
            reason = (
                f"is {schema}, newer than this version of Steady understands ({SCHEMA_VERSION}); please update Steady"
            )
        elif schema is None:
            reason = f"is missing (add: schema = {SCHEMA_VERSION})"
        else:
            reason = f"must be {SCHEMA_VERSION}, not {schema!r}"
        check.problem("schema", reason)
        return None, check.problems
    check.unknown_keys(data, _TOP_LEVEL, "")
    exercise_id = check.text(data, "id", "id", limit=64)
    if exercise_id and not ID_PATTERN.fullmatch(exercise_id):
        check.problem("id", f"must be lower-case letters, digits and dashes, not {exercise_id!r}")
    title = check.text(data, "title", "title", limit=80)
    kind = check.text(data, "kind", "kind", limit=32)
    if kind and kind not in KINDS:
        check.problem("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    summary = check.text(data, "summary", "summary", limit=300)
    source = check.text(data, "source", "source", limit=1000)
    details = check.text(data, "details", "details", required=False)
    cautions = check.text_list(data, "cautions")
    tags = check.text_list(data, "tags")
    order = data.get("order", 100)
    if isinstance(order, bool) or not isinstance(order, int):
        check.problem("order", f"must be a whole number, not {type_name(order)}")
        order = 100
    pattern = _parse_breathing(data, check) if kind == "breathing" else None
    steps = _parse_steps(data, check) if kind == "steps" else ()
    if kind == "sequence":
        steps = _parse_parts(data, check)
    for other in {"breathing", "steps", "parts"} - {_BODY.get(kind, "")}:
        if other in data and kind in KINDS:
            check.problem(other, f"does not belong in a {kind} exercise")
    if check.problems:
        return None, check.problems
    exercise = Exercise(
        id=exercise_id,
        title=title,
        kind=kind,
        summary=summary,
        source=source,
        pattern=pattern,
        steps=steps,
        cautions=cautions,
        order=order,
        origin=file,
        details=details,
        tags=tags,
    )
    return exercise, []


def _parse_breathing(data: dict[str, Any], check: FileChecker) -> BreathingPattern | None:
    table = data.get("breathing")
    if not isinstance(table, dict):
        check.problem("breathing", "is missing (a breathing exercise needs a [breathing] table)")
        return None
    check.unknown_keys(table, _BREATHING, "breathing.")
    phases = check.phases(table.get("phases"), "breathing.phases", required=True)
    lead_in = check.phases(table.get("lead_in"), "breathing.lead_in", required=False)
    raw_lengths = table.get("lengths", [1, 2, 3, 5, 10])
    lengths: tuple[float, ...] = ()
    if not isinstance(raw_lengths, list) or not raw_lengths:
        check.problem("breathing.lengths", "must be a list of minutes, like [1, 2, 5]")
    else:
        lengths = tuple(check.number(v, f"breathing.lengths[{i}]", 0, MAX_MINUTES) for i, v in enumerate(raw_lengths))
    default = table.get("default_length", 5 if 5 in lengths else (lengths[0] if lengths else 1))
    default_length = check.number(default, "breathing.default_length", 0, MAX_MINUTES)
    if lengths and default_length and default_length not in lengths:
        check.problem("breathing.default_length", f"must be one of the lengths {list(lengths)}, not {default!r}")
    max_cycles = table.get("max_cycles")
    if max_cycles is not None and (
        isinstance(max_cycles, bool) or not isinstance(max_cycles, int) or not 1 <= max_cycles <= 1000
    ):
        check.problem("breathing.max_cycles", f"must be a whole number from 1 to 1000, not {max_cycles!r}")
        max_cycles = None
    skippable = table.get("holds_skippable", False)
    if not isinstance(skippable, bool):
        check.problem("breathing.holds_skippable", f"must be true or false, not {type_name(skippable)}")
        skippable = False
    if phases and not any(not p.kind.is_hold for p in phases):
        check.problem("breathing.phases", "needs at least one in or out phase, not only holds")
    if check.problems:
        return None
    return BreathingPattern(
        phases=phases,
        lengths=lengths,
        default_length=default_length,
        max_cycles=max_cycles,
        lead_in=lead_in,
        holds_skippable=skippable,
    )


_BODY = {"breathing": "breathing", "steps": "steps", "sequence": "parts"}


def _parse_steps(data: dict[str, Any], check: FileChecker) -> tuple[Step, ...]:
    raw = check.table_list(data, "steps", MAX_STEPS, "a steps exercise needs [[steps]] tables")
    steps: list[Step] = []
    for here, item in raw:
        check.unknown_keys(item, _STEP, f"{here}.")
        text = check.text(item, "text", f"{here}.text", limit=400)
        seconds = None
        if "seconds" in item:
            seconds = check.number(item["seconds"], f"{here}.seconds", 0, MAX_STEP_SECONDS)
        guide = check.text(item, "guide", f"{here}.guide", required=False, limit=20)
        if guide and guide not in GUIDES:
            check.problem(f"{here}.guide", f"must be one of {', '.join(GUIDES)}, not {guide!r}")
        count = item.get("count", 0)
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 20:
            check.problem(f"{here}.count", f"must be a whole number from 1 to 20, not {count!r}")
            count = 0
        if count and seconds is not None:
            check.problem(f"{here}.seconds", "a counting step waits for taps, so it has no seconds")
        chips = check.text_list(item, "chips", f"{here}.chips")
        if len(chips) > MAX_CHIPS:
            check.problem(f"{here}.chips", f"has {len(chips)} words; at most {MAX_CHIPS} are allowed")
        memories = item.get("memories", False)
        if not isinstance(memories, bool):
            check.problem(f"{here}.memories", f"must be true or false, not {type_name(memories)}")
            memories = False
        breathing = check.text(item, "breathing", f"{here}.breathing", required=False, limit=64)
        minutes = 1.0
        if "minutes" in item:
            minutes = check.number(item["minutes"], f"{here}.minutes", 0, MAX_MINUTES)
            if not breathing:
                check.problem(f"{here}.minutes", 'goes with breathing = "pattern-id"')
        if breathing and seconds is not None:
            check.problem(f"{here}.seconds", "a breathing step lasts as long as its minutes; leave seconds out")
        steps.append(
            Step(
                text=text, seconds=seconds, guide=guide, count=count, chips=chips, memories=memories,
                spoken=check.text(item, "spoken", f"{here}.spoken", required=False, limit=400),
                notice=check.text(item, "notice", f"{here}.notice", required=False, limit=400),
                caution=check.text(item, "caution", f"{here}.caution", required=False, limit=400),
                breathing=breathing, minutes=minutes,
            )
        )  # fmt: skip
    return tuple(steps)


def _parse_parts(data: dict[str, Any], check: FileChecker) -> tuple[Step, ...]:
    """A sequence's parts, held as placeholder steps until the catalog resolves them."""
    raw = check.table_list(data, "parts", MAX_PARTS, 'a sequence needs parts = [{ exercise = "id" }, ...]')
    parts: list[Step] = []
    for here, item in raw:
        check.unknown_keys(item, _PART, f"{here}.")
        exercise = check.text(item, "exercise", f"{here}.exercise", limit=64)
        minutes = check.number(item.get("minutes", 1), f"{here}.minutes", 0, MAX_MINUTES)
        parts.append(Step(text=exercise, breathing=exercise, minutes=minutes, part=here))
    return tuple(parts)
