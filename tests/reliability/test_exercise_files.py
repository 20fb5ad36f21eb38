"""Exercise files fuzzed with hypothesis: never a crash, always a clear error naming the file, field and reason.

Whatever loads must also play: its timeline is laid out and its steps run without hanging.
"""

from __future__ import annotations

import math
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.exercise import Exercise
from app.core.session import Session
from app.core.steps import StepSession
from app.core.timeline import breathing_timeline
from app.storage.catalog import LoadProblem, load_catalog, load_file, parse_exercise
from app.storage.resources import resource

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MOST_SEGMENTS = 200_000  # an hour of the fastest allowed breath, with room to spare


def _key(key: str) -> str:
    return _string(key)


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    """A value written as TOML (inline tables and arrays), enough to write any fuzzed document."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def to_toml(data: dict[str, Any]) -> str:
    return "".join(f"{_key(k)} = {toml_value(v)}\n" for k, v in data.items())


odd_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30) | st.sampled_from(
    ["", " ", "\u202e\u0645\u0631\u062d\u0628\u0627", "e\u0301\u0301\u0301", "\U0001f62d" * 50, "\x00", "x" * 5000]
)
wild_numbers = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 0.0, -0.0, 1e-300, 1e308, 0.49, 0.5, 60, 60.0001, 3600, 10**18]),
)
plausible_numbers = st.integers(1, 10) | st.floats(0.5, 60)
words = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)
junk = st.recursive(
    st.booleans() | wild_numbers | odd_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4),
    max_leaves=12,
)

phase = st.fixed_dictionaries(
    {"kind": st.sampled_from(["in", "out", "hold", "top-up", "rest"]), "seconds": plausible_numbers},
    optional={"words": words, "spoken": words},
)
step = st.one_of(
    st.fixed_dictionaries(
        {"text": words},
        optional={
            "seconds": plausible_numbers,
            "chips": st.lists(words, max_size=8),
            "guide": st.sampled_from(["blink", "far", "corners"]),
            "memories": st.booleans(),
            "notice": words,
            "caution": words,
        },
    ),
    st.fixed_dictionaries({"text": words, "count": st.integers(1, 20)}),
    st.fixed_dictionaries(
        {"text": words, "breathing": st.sampled_from(["calm-pace", "box"]), "minutes": st.integers(1, 5)}
    ),
)
common = {
    "schema": st.just(1),
    "id": st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
    "title": words,
    "summary": words,
    "source": words,
}
breathing_file = st.fixed_dictionaries(
    {
        **common,
        "kind": st.just("breathing"),
        "breathing": st.fixed_dictionaries(
            {
                "phases": st.lists(phase, min_size=1, max_size=6).filter(
                    lambda ps: any(p["kind"] in ("in", "out") for p in ps)
                )
            },
            optional={
                "lead_in": st.lists(phase, max_size=2),
                "lengths": st.lists(st.integers(1, 60), min_size=1, max_size=5),
                "max_cycles": st.integers(1, 1000),
                "holds_skippable": st.booleans(),
            },
        ),
    },
    optional={"cautions": st.lists(words, max_size=3), "order": st.integers(-100, 100), "details": words},
)
steps_file = st.fixed_dictionaries(
    {**common, "kind": st.just("steps"), "steps": st.lists(step, min_size=1, max_size=30)},
    optional={"cautions": st.lists(words, max_size=3), "tags": st.lists(words, max_size=3)},
)
sequence_file = st.fixed_dictionaries(
    {
        **common,
        "kind": st.just("sequence"),
        "parts": st.lists(
            st.fixed_dictionaries(
                {"exercise": st.sampled_from(["calm-pace", "grounding"])}, optional={"minutes": st.integers(1, 10)}
            ),
            min_size=1,
            max_size=20,
        ),
    }
)


@st.composite
def spoiled(
    draw: st.DrawFn,
    base: st.SearchStrategy[dict[str, Any]],
    keys: tuple[str, ...] = ("lengths", "steps", "phases", "kind"),
) -> dict[str, Any]:
    """A right file with a few values swapped for wrong types, odd numbers or odd text, or a key (of `keys`) added."""
    data = draw(base)
    for _ in range(draw(st.integers(0, 3))):
        target: Any = data
        while isinstance(target, dict | list) and target and draw(st.booleans()):
            key = draw(st.sampled_from(list(target.keys()) if isinstance(target, dict) else range(len(target))))
            if not isinstance(target[key], dict | list) or not target[key]:
                target[key] = draw(junk)
                break
            target = target[key]
        else:
            if isinstance(target, dict):
                target[draw(odd_text | st.sampled_from(keys))] = draw(junk)
    return data


def check_outcome(exercise: Exercise | None, problems: list[LoadProblem], label: str) -> None:
    """Either a playable exercise and no problems, or no exercise and clear problems naming the file."""
    if exercise is None:
        assert problems, "a file that does not load must say why"
        for problem in problems:
            assert problem.file == label
            assert isinstance(problem.field, str) and problem.reason.strip()
            assert str(problem).startswith(label)
        return
    assert problems == []
    assert math.isfinite(exercise.default_seconds) and exercise.default_seconds > 0
    if exercise.pattern is not None:
        for minutes in exercise.pattern.lengths:
            timeline = breathing_timeline(exercise.pattern, minutes)
            assert 0 < len(timeline.segments) <= MOST_SEGMENTS and math.isfinite(timeline.total)
            Session(timeline).start(0.0)
    else:
        session = StepSession(exercise.steps)
        session.start(0.0)
        for _ in exercise.steps:
            session.next(1.0)
        session.poll(1.0)


def load_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzzed.toml"
    path.write_text(text, encoding="utf-8")
    exercise, problems = load_file(path, "fuzzed.toml")
    check_outcome(exercise, problems, "fuzzed.toml")


@FUZZ
@given(data=spoiled(breathing_file | steps_file | sequence_file))
def test_nearly_right_files_load_or_say_clearly_why_not(tmp_path_factory, data: dict[str, Any]) -> None:
    load_text(tmp_path_factory.mktemp("fuzz"), to_toml(data))


@FUZZ
@given(data=st.dictionaries(odd_text | st.sampled_from([*common, "kind", "breathing", "steps", "parts"]), junk))
def test_random_toml_documents_never_crash(tmp_path_factory, data: dict[str, Any]) -> None:
    load_text(tmp_path_factory.mktemp("fuzz"), to_toml(data))


@FUZZ
@given(raw=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_bytes_never_crash(tmp_path_factory, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "random.toml"
    path.write_bytes(raw)
    exercise, problems = load_file(path, "random.toml")
    check_outcome(exercise, problems, "random.toml")


def test_a_hundred_thousand_steps_are_refused_quickly_with_a_reason(tmp_path: Path) -> None:
    data = {"schema": 1, "id": "huge", "title": "Huge", "kind": "steps", "summary": "s", "source": "s"}
    exercise, problems = parse_exercise({**data, "steps": [{"text": "Breathe"}] * 100_000}, "huge.toml")
    assert exercise is None and [(p.field, p.reason) for p in problems] == [
        ("steps", "has 100000 entries; at most 200 are allowed")
    ]
    path = tmp_path / "huge.toml"
    path.write_text(to_toml(data) + '[[steps]]\ntext = "Breathe"\n' * 100_000, encoding="utf-8")
    exercise, problems = load_file(path, "huge.toml")
    assert exercise is None and "larger than 1000 kB" in problems[0].reason


def test_deep_nesting_is_refused_with_a_reason(tmp_path: Path) -> None:
    for depth, opener, closer in ((100_000, "[", "]"), (50_000, "{a = ", "}"), (400, "[", "]")):
        path = tmp_path / "deep.toml"
        path.write_text(f"schema = 1\nid = {opener * depth}1{closer * depth}\n", encoding="utf-8")
        exercise, problems = load_file(path, "deep.toml")
        assert exercise is None and problems and problems[0].file == "deep.toml"
        assert "nested too deeply" in problems[0].reason or problems[0].field == "id"


def test_the_fastest_breath_allowed_still_plays_an_hour(tmp_path: Path) -> None:
    base = {"schema": 1, "id": "fast", "title": "Fast", "kind": "breathing", "summary": "s", "source": "s"}
    too_fast = {**base, "breathing": {"phases": [{"kind": "in", "seconds": 1e-300}], "lengths": [60]}}
    exercise, problems = parse_exercise(too_fast, "fast.toml")
    assert (
        exercise is None and problems[0].field == "breathing.phases[0].seconds" and "at least 0.5" in problems[0].reason
    )
    fastest = {**base, "breathing": {"phases": [{"kind": "in", "seconds": 0.5}], "lengths": [60]}}
    exercise, problems = parse_exercise(fastest, "fast.toml")
    check_outcome(exercise, problems, "fast.toml")


@settings(max_examples=25, deadline=None)
@given(files=st.lists(st.text(string.printable, max_size=300), max_size=6))
def test_a_folder_of_broken_files_never_stops_the_shipped_exercises(tmp_path_factory, files: list[str]) -> None:
    own = tmp_path_factory.mktemp("own")
    for n, text in enumerate(files):
        (own / f"{n}.toml").write_text(text, encoding="utf-8")
    shipped = load_catalog(resource("exercises"))
    catalog = load_catalog(resource("exercises"), own)
    assert {e.id for e in shipped.exercises} <= {e.id for e in catalog.exercises}
    assert all(str(p).startswith(str(own)) for p in catalog.problems)


BREATH = {"schema": 1, "id": "b", "title": "B", "kind": "breathing", "summary": "s", "source": "s"}
STEPS = {"schema": 1, "id": "s", "title": "S", "kind": "steps", "summary": "s", "source": "s"}
ODD_DURATIONS = [0, -4, 1e308, float("nan"), float("inf"), -float("inf"), 10**30, "4", True, [4]]


@pytest.mark.parametrize("value", ODD_DURATIONS, ids=repr)
def test_odd_durations_are_refused_naming_the_field(tmp_path: Path, value: object) -> None:
    cases = {
        "breathing.phases[1].seconds": {
            **BREATH, "breathing": {"phases": [{"kind": "in", "seconds": 4}, {"kind": "out", "seconds": value}]}
        },
        "breathing.lengths[0]": {**BREATH, "breathing": {"phases": [{"kind": "in", "seconds": 4}], "lengths": [value]}},
        "steps[0].seconds": {**STEPS, "steps": [{"text": "Look around.", "seconds": value}]},
        "parts[0].minutes": {
            **STEPS, "kind": "sequence", "parts": [{"exercise": "calm-pace", "minutes": value}]
        },
    }  # fmt: skip
    for field, data in cases.items():
        path = tmp_path / "odd.toml"
        path.write_text(to_toml(data), encoding="utf-8")
        exercise, problems = load_file(path, "odd.toml")
        assert exercise is None, f"{field} = {value!r} was accepted"
        assert field in [p.field for p in problems], f"{field} = {value!r}: {[str(p) for p in problems]}"
        assert all(p.reason for p in problems)
