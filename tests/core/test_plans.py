"""Plans in the core: each problem named by its field, a plan run as steps in order, and ids made from titles."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.exercise import Exercise, Step, breathing_seconds, step_seconds
from app.core.plans import (
    GENTLE_CAUTION,
    ID_PATTERN,
    MAX_PARTS,
    ExercisePart,
    NotePart,
    Plan,
    PlanProblem,
    WordsPart,
    check_part,
    check_plan,
    id_for,
    part_seconds,
    plan_exercise,
    plan_seconds,
    plan_summary,
    senders,
)
from tests.core.helpers import BOX, CALM

CALM_PACE = Exercise(
    "calm-pace", "Calm pace", "breathing", "In for 4, out for 6.", "a lab study", pattern=CALM,
    cautions=("Sit if you can.", "If you feel dizzy, breathe however feels natural."),
)  # fmt: skip
BOX_BREATHING = Exercise(
    "box", "Box breathing", "breathing", "4, 4, 4, 4.", "s", pattern=BOX, cautions=("Sit if you can.",)
)
FACE = Exercise(
    "relax-face", "Relax your face", "steps", "Soften your face.", "s",
    steps=(Step("Raise your brows gently", seconds=5), Step("Let them go smooth", seconds=12)),
    cautions=("Skip this with jaw pain.",),
)  # fmt: skip
MINE = Exercise("my-breath", "My breath", "breathing", "Mine.", "s", pattern=CALM, own=True)
STEADYS = {e.id: e for e in (CALM_PACE, BOX_BREATHING, FACE, MINE)}

BEFORE_THE_CALL = Plan(
    "before-the-call",
    "Before the call",
    (
        NotePart("Try this before the call.", "Sam, 3 March"),
        ExercisePart("calm-pace", 2),
        WordsPart("Feet on the floor. Notice the ground holding you.", 15, "Feet on the floor, if you like."),
        ExercisePart("relax-face"),
        WordsPart("When you're ready, pick up the phone."),
    ),
)


def problems_of(plan: Plan) -> list[tuple[str, str]]:
    return [(p.field, p.reason) for p in check_plan(plan, STEADYS)]


def with_part(part: object, index: int = 1) -> Plan:
    parts = list(BEFORE_THE_CALL.parts)
    parts[index] = part  # type: ignore[call-overload]
    return replace(BEFORE_THE_CALL, parts=tuple(parts))


def test_a_plan_made_with_care_has_no_problems() -> None:
    assert check_plan(BEFORE_THE_CALL, STEADYS) == []


@pytest.mark.parametrize(
    ("plan", "field", "reason"),
    [
        (replace(BEFORE_THE_CALL, title="   "), "title", "is empty"),
        (replace(BEFORE_THE_CALL, title="x" * 81), "title", "is too long (81 characters; at most 80)"),
        (
            replace(BEFORE_THE_CALL, title="Before\x1b[31m the call"),
            "title",
            "holds control characters, which are not text",
        ),
        (
            replace(BEFORE_THE_CALL, title="\u202eBefore the call"),
            "title",
            "holds control characters, which are not text",
        ),
        (
            replace(BEFORE_THE_CALL, id="Before the call"),
            "id",
            "must be lower-case letters, digits and dashes (at most 64)",
        ),
        (replace(BEFORE_THE_CALL, id="x" * 65), "id", "must be lower-case letters, digits and dashes (at most 64)"),
        (
            replace(BEFORE_THE_CALL, id="before-the-call\n"),
            "id",
            "must be lower-case letters, digits and dashes (at most 64)",
        ),
        (replace(BEFORE_THE_CALL, parts=()), "parts", "a plan needs at least one part"),
        (replace(BEFORE_THE_CALL, parts=(NotePart("Hi"),) * (MAX_PARTS + 1)), "parts", "has 41 parts; at most 40"),
        (with_part(ExercisePart("gone-away")), "parts[1].exercise", "Steady has no exercise called 'gone-away'"),
        (with_part(ExercisePart("my-breath")), "parts[1].exercise", "Steady has no exercise called 'my-breath'"),
        (with_part(ExercisePart("calm-pace", 0)), "parts[1].minutes", "must be more than 0 and at most 60"),
        (with_part(ExercisePart("calm-pace", 61)), "parts[1].minutes", "must be more than 0 and at most 60"),
        (with_part(WordsPart(" \n ")), "parts[1].words", "is empty"),
        (with_part(WordsPart("w" * 401)), "parts[1].words", "is too long (401 characters; at most 400)"),
        (
            with_part(WordsPart("Look up.", spoken="s" * 401)),
            "parts[1].spoken",
            "is too long (401 characters; at most 400)",
        ),
        (with_part(WordsPart("Look up.", seconds=0)), "parts[1].seconds", "must be more than 0 and at most 600"),
        (with_part(WordsPart("Look up.", seconds=600.5)), "parts[1].seconds", "must be more than 0 and at most 600"),
        (with_part(WordsPart("Look\x00 up.")), "parts[1].words", "holds control characters, which are not text"),
        (with_part(NotePart("")), "parts[1].note", "is empty"),
        (with_part(NotePart("n" * 601)), "parts[1].note", "is too long (601 characters; at most 600)"),
        (with_part(NotePart("Hello", "f" * 81)), "parts[1].from", "is too long (81 characters; at most 80)"),
        (with_part(NotePart("Hello", "Sam\u2066")), "parts[1].from", "holds control characters, which are not text"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 else "",
)
def test_each_problem_names_its_field_and_says_why(plan: Plan, field: str, reason: str) -> None:
    assert problems_of(plan) == [(field, reason)]


def test_a_problem_knows_which_part_it_is_in_so_the_editor_can_show_it_there() -> None:
    problem = check_plan(with_part(WordsPart(""), 3), STEADYS)[0]
    assert problem == PlanProblem("parts[3].words", "is empty") and problem.part == 3
    assert PlanProblem("title", "is empty").part is None


def test_a_part_is_checked_alone_as_it_is_typed() -> None:
    assert check_part(WordsPart(""), STEADYS) == [PlanProblem("words", "is empty")]
    assert check_part(NotePart("Thinking of you.", "Sam"), STEADYS) == []
    assert check_part(ExercisePart("nope"), STEADYS, "parts[0]")[0].field == "parts[0].exercise"


def test_new_lines_and_tabs_in_a_persons_words_are_fine() -> None:
    plan = with_part(WordsPart("Feet on the floor.\nNotice the ground.\tTake your time."))
    assert check_plan(plan, STEADYS) == []


def test_every_problem_is_found_at_once() -> None:
    plan = Plan("Bad Id", "", (NotePart(""), ExercisePart("nope", -1)))
    assert [p.field for p in check_plan(plan, STEADYS)] == [
        "title", "id", "parts[0].note", "parts[1].exercise", "parts[1].minutes",
    ]  # fmt: skip


def test_a_plan_runs_as_its_parts_steps_in_order() -> None:
    exercise = plan_exercise(BEFORE_THE_CALL, STEADYS, origin="/plans/before-the-call.steady")
    note, breathing, feet, brows, smooth, phone = exercise.steps
    assert note.text == "“Try this before the call.”\n— Sam, 3 March" and note.spoken == "Try this before the call."
    assert not note.timed  # a note waits until the person moves on
    assert breathing.pattern is CALM and breathing.minutes == 2 and breathing.part == "Calm pace"
    assert breathing.seconds == breathing_seconds(CALM, 2) == 120
    assert (feet.text, feet.seconds, feet.words_to_say) == (
        "Feet on the floor. Notice the ground holding you.",
        15,
        "Feet on the floor, if you like.",
    )
    assert [(s.text, s.seconds, s.part) for s in (brows, smooth)] == [
        ("Raise your brows gently", 5, "Relax your face"),
        ("Let them go smooth", 12, "Relax your face"),
    ]
    assert phone.text == "When you're ready, pick up the phone." and not phone.timed
    assert (exercise.id, exercise.title, exercise.kind, exercise.own) == (
        "before-the-call",
        "Before the call",
        "sequence",
        True,
    )
    assert exercise.origin == "/plans/before-the-call.steady" and exercise.source == "Sam, 3 March"
    assert (
        exercise.summary
        == "Calm pace → Feet on the floor. Notice the g… → Relax your face → When you're ready, pick up the…"
    )


def test_a_breathing_part_without_minutes_lasts_its_exercises_usual_length() -> None:
    exercise = plan_exercise(Plan("p", "P", (ExercisePart("box"),)), STEADYS)
    assert exercise.steps[0].minutes == BOX.default_length
    assert exercise.steps[0].seconds == breathing_seconds(BOX, BOX.default_length)


def test_cautions_of_the_exercises_used_are_shown_each_once_in_order() -> None:
    plan = replace(BEFORE_THE_CALL, parts=(*BEFORE_THE_CALL.parts, ExercisePart("box", 1)))
    assert plan_exercise(plan, STEADYS).cautions == (
        "Sit if you can.",
        "If you feel dizzy, breathe however feels natural.",
        "Skip this with jaw pain.",
    )


def test_a_plan_of_words_alone_still_says_go_gently() -> None:
    plan = Plan("words", "Words", (WordsPart("Hand on your chest, if you like.", 10), NotePart("You matter.")))
    exercise = plan_exercise(plan, STEADYS)
    assert exercise.cautions == (GENTLE_CAUTION,)
    assert exercise.source == ""  # a note that says nobody's name claims no one


def test_the_length_shown_for_a_plan_is_the_length_it_runs() -> None:
    exercise = plan_exercise(BEFORE_THE_CALL, STEADYS)
    assert plan_seconds(BEFORE_THE_CALL, STEADYS) == exercise.default_seconds == sum(map(step_seconds, exercise.steps))
    assert [part_seconds(p, STEADYS) for p in BEFORE_THE_CALL.parts] == [10, 120, 15, 17, 10]
    assert part_seconds(ExercisePart("gone-away"), STEADYS) == 0


def test_senders_are_each_named_once_in_the_order_they_wrote() -> None:
    plan = Plan("p", "P", (NotePart("a", " Sam "), NotePart("b", "Alex"), NotePart("c", "Sam"), NotePart("d")))
    assert senders(plan) == ["Sam", "Alex"]


def test_a_missing_exercise_is_still_named_in_the_summary_rather_than_lost() -> None:
    plan = Plan("p", "P", (ExercisePart("gone-away"), WordsPart("x" * 40)))
    assert plan_summary(plan, STEADYS) == "gone-away → " + "x" * 31 + "…"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Before the call", "before-the-call"),
        ("  Vor dem Gespräch!  ", "vor-dem-gesprach"),
        ("Ça va? Über Ängste & Ärger", "ca-va-uber-angste-arger"),
        ("Før søvn", "fr-svn"),  # ø has no plain-letter form: left out, the rest kept
        ("😭", "my-plan"),
        ("東京で", "my-plan"),
        ("", "my-plan"),
        ("--- 2 ---", "2"),
    ],
)
def test_an_id_is_made_from_any_title(title: str, expected: str) -> None:
    assert id_for(title) == expected


def test_an_id_that_is_taken_gets_the_next_number() -> None:
    assert id_for("Before the call", {"before-the-call"}) == "before-the-call-2"
    assert id_for("Before the call", {"before-the-call", "before-the-call-2"}) == "before-the-call-3"
    assert id_for("😭", {"my-plan"}) == "my-plan-2"


@settings(max_examples=200, deadline=None)
@given(title=st.text(max_size=120), taken=st.sets(st.from_regex(r"[a-z0-9][a-z0-9-]{0,63}", fullmatch=True)))
def test_any_title_gives_a_usable_id_that_is_not_taken(title: str, taken: set[str]) -> None:
    taken |= {id_for(title), id_for(title) + "-2"}
    made = id_for(title, taken)
    assert ID_PATTERN.fullmatch(made) and made not in taken
