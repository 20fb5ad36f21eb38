"""One plan, one file: reads a `.steady` plan file (every field checked, every problem named) and writes one.

A plan file is TOML. It may come by e-mail from anyone, so reading it never raises, never
blocks on a pipe and never reads more than `MAX_PLAN_BYTES`. Nothing in it is a path or a
link, and nothing in it runs: exercises are named by id and looked up among Steady's own.
"""

from __future__ import annotations

import math
import os
import re
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from app.core.exercise import Exercise
from app.core.plans import (
    ID_PATTERN,
    MAX_MINUTES,
    MAX_PARTS,
    MAX_STEP_SECONDS,
    ExercisePart,
    NotePart,
    Part,
    Plan,
    PlanProblem,
    WordsPart,
    check_part,
    check_plan,
    check_title,
)
from app.storage.exercise_files import FileChecker, LoadProblem, type_name
from app.storage.toml_cache import parse_toml

PLAN_SUFFIX = ".steady"
PLAN_FORMAT = "steady-plan"
SCHEMA_VERSION = 1
MAX_PLAN_BYTES = 64_000
HEADER = "# A Steady plan. Open it with Steady, or check it with: steady --check-plan FILE"

_TOP_LEVEL = ("format", "schema", "id", "title", "parts")
_KINDS = {"note": ("note", "from"), "exercise": ("exercise", "minutes"), "words": ("words", "seconds", "spoken")}
_UNKNOWN = "unknown field (is it misspelt?)"
_TOO_BIG = f"is larger than {MAX_PLAN_BYTES // 1000} kB; is it really a Steady plan?"
_NOT_A_FILE = "is not an ordinary file (a pipe or a device?), so it was not read"
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def parse_plan(data: dict[str, Any], file: str) -> tuple[Plan | None, list[LoadProblem]]:
    """Check one parsed plan file; return the plan, or None and every problem found (exercises not looked up)."""
    opening = _opening_problem(data)
    if opening is not None:
        return None, [LoadProblem(file, *opening)]
    reader = _Reader(file)
    for key in data:
        if key not in _TOP_LEVEL:
            reader.problem(_shown_key(key), _UNKNOWN)
    plan_id = reader.words(data, "id", "id")
    if plan_id is not None and not ID_PATTERN.fullmatch(plan_id):
        reader.problem("id", "must be lower-case letters, digits and dashes (at most 64)")
    title = reader.words(data, "title", "title")
    if title is not None:  # its length, emptiness and control characters, as the editor checks them
        reader.add(check_title(title))
    parts = reader.parts(data.get("parts"))
    if reader.problems or plan_id is None or title is None:
        return None, reader.problems
    return Plan(plan_id, title, tuple(parts)), []


def read_plan(path: Path, label: str | None = None) -> tuple[Plan | None, list[LoadProblem]]:
    """Read and check one plan file (`label` names it in problems); never raises, whatever the file holds."""
    file = label or str(path)
    try:
        raw, refused = _file_bytes(path)
    except OSError as error:
        return None, [LoadProblem(file, "", f"cannot be read ({error.strerror or error})")]
    if refused:
        return None, [LoadProblem(file, "", refused)]
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark from a Windows editor is harmless
    except UnicodeDecodeError as error:
        return None, [LoadProblem(file, "", f"is not UTF-8 text (bad byte at position {error.start})")]
    try:
        data = parse_toml(text)
    except ValueError as error:
        twice = "overwrite" in str(error) or "twice" in str(error)
        reason = f"names the same field twice ({error})" if twice else f"is not valid TOML ({error})"
        return None, [LoadProblem(file, "", reason)]
    except RecursionError:
        return None, [LoadProblem(file, "", "is nested too deeply to read")]
    return parse_plan(data, file)


def check_plan_file(
    path: Path, exercises: Mapping[str, Exercise], label: str | None = None
) -> tuple[Plan | None, list[LoadProblem]]:
    """Read one plan file and check it against `exercises` (Steady's own): the plan, or None and every problem."""
    file = label or str(path)
    plan, problems = read_plan(path, file)
    if plan is None:
        return None, problems
    found = [LoadProblem(file, p.field, p.reason) for p in check_plan(plan, exercises)]
    return (None, found) if found else (plan, [])


def plan_paths(folder: Path) -> tuple[list[Path], list[LoadProblem]]:
    """The plan files in `folder`, by name (a missing folder has none); dot-files are left out."""
    try:
        found = sorted(p for p in folder.iterdir() if p.suffix == PLAN_SUFFIX and not p.name.startswith("."))
    except FileNotFoundError:
        return [], []
    except OSError as error:
        return [], [LoadProblem(str(folder), "", f"cannot be listed ({error.strerror or error})")]
    return found, []


def plan_text(plan: Plan) -> str:
    """The plan as the text of a plan file: TOML that reads back as exactly the same plan."""
    lines = [HEADER, f"format = {_string(PLAN_FORMAT)}", f"schema = {SCHEMA_VERSION}"]
    lines += [f"id = {_string(plan.id)}", f"title = {_string(plan.title)}"]
    for part in plan.parts:
        lines += ["", "[[parts]]"]
        if isinstance(part, NotePart):
            lines.append(f"note = {_string(part.text)}")
            lines += [f"from = {_string(part.sender)}"] if part.sender else []
        elif isinstance(part, ExercisePart):
            lines.append(f"exercise = {_string(part.exercise)}")
            lines += [f"minutes = {_number(part.minutes)}"] if part.minutes is not None else []
        else:
            lines.append(f"words = {_string(part.text)}")
            lines += [f"seconds = {_number(part.seconds)}"] if part.seconds is not None else []
            lines += [f"spoken = {_string(part.spoken)}"] if part.spoken else []
    return "\n".join(lines) + "\n"


class _Reader(FileChecker):
    """Reads the fields of one parsed plan file, noting every problem instead of raising.

    A plan's words are kept exactly as written (so a file reads back as it was saved); their length
    and content are checked by `app.core.plans`, as the editor checks them.
    """

    def add(self, found: Iterable[PlanProblem]) -> None:
        self.problems += [LoadProblem(self.file, p.field, p.reason) for p in found]

    def words(self, table: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(where, "is missing")
            return None
        if not isinstance(value, str):
            self.problem(where, f"must be text, not {type_name(value)}")
            return None
        return value

    def optional_number(self, table: dict[str, Any], key: str, where: str, most: float) -> float | None:
        """A number more than 0 and at most `most`, or None when it is left out or wrong (then noted)."""
        if table.get(key) is None:
            return None
        before = len(self.problems)
        number = self.number(table[key], where, 0, most)
        return number if len(self.problems) == before else None

    def parts(self, raw: Any) -> list[Part]:
        if raw is None:
            self.problem("parts", "is missing (a plan needs at least one [[parts]] table)")
            return []
        if not isinstance(raw, list):
            self.problem("parts", f"must be one or more [[parts]] tables, not {type_name(raw)}")
            return []
        if not raw:
            self.problem("parts", "a plan needs at least one part")
            return []
        if len(raw) > MAX_PARTS:
            self.problem("parts", f"has {len(raw)} parts; at most {MAX_PARTS}")
            return []
        parts = []
        for i, item in enumerate(raw):
            part = self.part(item, f"parts[{i}]")
            if part is None:
                continue
            parts.append(part)
            # Too long, empty, control characters, as the editor checks them (exercises are looked up later),
            # for each field not already found wrong above.
            noted = {p.field for p in self.problems}
            found = check_part(part, {}, f"parts[{i}]")
            self.add(p for p in found if not p.field.endswith(".exercise") and p.field not in noted)
        return parts

    def part(self, item: Any, where: str) -> Part | None:
        if not isinstance(item, dict):
            self.problem(where, f"must be a [[parts]] table, not {type_name(item)}")
            return None
        kinds = [kind for kind in _KINDS if kind in item]
        if len(kinds) != 1:
            has = f"has {' and '.join(kinds)}" if kinds else "has none"
            self.problem(where, f"{has}; a part is one of note, exercise or words")
            return None
        kind = kinds[0]
        for key in item:
            if key not in _KINDS[kind]:
                owner = next((k for k, keys in _KINDS.items() if key in keys), "")
                self.problem(
                    f"{where}.{_shown_key(key)}", f"goes only with {owner}, not with {kind}" if owner else _UNKNOWN
                )
        if kind == "note":
            sender = self.words(item, "from", f"{where}.from", required=False)
            return NotePart(self.words(item, "note", f"{where}.note") or "", sender or "")
        if kind == "words":
            return WordsPart(
                self.words(item, "words", f"{where}.words") or "",
                self.optional_number(item, "seconds", f"{where}.seconds", MAX_STEP_SECONDS),
                self.words(item, "spoken", f"{where}.spoken", required=False) or "",
            )
        exercise = self.words(item, "exercise", f"{where}.exercise") or ""
        if exercise and not ID_PATTERN.fullmatch(exercise):
            self.problem(f"{where}.exercise", f"must be the id of one of Steady's exercises, not {exercise[:70]!r}")
        return ExercisePart(exercise, self.optional_number(item, "minutes", f"{where}.minutes", MAX_MINUTES))


def _opening_problem(data: dict[str, Any]) -> tuple[str, str] | None:
    """Why the file is not a plan this Steady can read (its `format` or `schema`), or None."""
    found = data.get("format")
    if found != PLAN_FORMAT:
        if found is None:
            hint = "; this looks like an exercise file" if "kind" in data else ""
            return "format", f'is missing (a plan file says format = "{PLAN_FORMAT}"){hint}'
        shown = repr(found)[:70] if isinstance(found, str) else type_name(found)
        return "format", f'must be "{PLAN_FORMAT}", not {shown}; is this a Steady plan?'
    schema = data.get("schema")
    if schema == SCHEMA_VERSION and isinstance(schema, int) and not isinstance(schema, bool):
        return None
    if schema is None:
        return "schema", f"is missing (add: schema = {SCHEMA_VERSION})"
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        return "schema", f"is {schema}, newer than this Steady understands ({SCHEMA_VERSION}); please update Steady"
    shown = repr(schema)[:70] if isinstance(schema, int | float | str) else type_name(schema)
    return "schema", f"must be {SCHEMA_VERSION}, not {shown}"


def _file_bytes(path: Path) -> tuple[bytes, str]:
    """The file's bytes, or why it is not read: never waits on a pipe, never reads past the limit."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        return b"", "is a folder, not a plan file"
    if not stat.S_ISREG(info.st_mode):
        return b"", _NOT_A_FILE
    if info.st_size > MAX_PLAN_BYTES:
        return b"", _TOO_BIG
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped for a pipe since the look above
            return b"", _NOT_A_FILE
        raw = handle.read(MAX_PLAN_BYTES + 1)
    return (b"", _TOO_BIG) if len(raw) > MAX_PLAN_BYTES else (raw, "")


def _string(text: str) -> str:
    """`text` as a TOML basic string: quotes, backslashes and control characters escaped, the rest as it is."""
    return '"' + "".join(_ESCAPES.get(ch) or (f"\\u{ord(ch):04x}" if _hidden(ch) else ch) for ch in text) + '"'


def _hidden(ch: str) -> bool:
    """Characters TOML needs escaped, and those that would turn text around unseen (bidi controls)."""
    code = ord(ch)
    return code < 0x20 or code == 0x7F or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069


def _shown_key(key: str) -> str:
    """A field name from the file, safe to print: an odd one quoted as TOML would (no terminal escapes), and short."""
    if re.fullmatch(r"[A-Za-z0-9_-]{1,40}", key):
        return key
    return _string(key[:40] + ("…" if len(key) > 40 else ""))


def _number(value: float) -> str:
    """A number as TOML: whole numbers without ".0" (2, not 2.0), others exactly as Python keeps them."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))
