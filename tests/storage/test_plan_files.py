"""Plan files: what Steady writes reads back the same, a file from anyone is refused with reasons, nothing is overwritten.

A plan file may come by e-mail from anyone, so every kind of bad file is tried here: garbage,
truncated, huge, a pipe, the wrong format, duplicate keys, not UTF-8, ids that clash.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.exercise import Exercise
from app.core.plans import (
    MAX_NOTE,
    MAX_TEXT,
    MAX_TITLE,
    ExercisePart,
    NotePart,
    Plan,
    WordsPart,
    check_plan,
)
from app.storage.catalog import load_catalog
from app.storage.exercise_files import LoadProblem
from app.storage.personal import PersonalData
from app.storage.plan_files import MAX_PLAN_BYTES, check_plan_file, parse_plan, plan_text, read_plan
from app.storage.plans import ImportOffer, PlanStore
from app.storage.resources import resource
from tests.conftest import ROOT
from tests.reliability.test_exercise_files import junk, odd_text, spoiled, to_toml
from tests.storage.test_catalog import write as write_file

EXAMPLE = ROOT / "docs" / "examples" / "before-the-call.steady"
SHIPPED = {e.id: e for e in load_catalog(resource("exercises")).exercises}
HIDDEN = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")  # what must never reach a terminal from a file
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BEFORE_THE_CALL = Plan(
    "before-the-call",
    "Before the call",
    (
        NotePart("Try this before the call.", "Sam, 3 March"),
        ExercisePart("calm-pace", 2),
        WordsPart("Feet on the floor. Notice the ground holding you.", 15, "Feet on the floor, if you like."),
        WordsPart("When you're ready, pick up the phone. You can come back here any time."),
    ),
)
TRICKY = Plan(
    "tricky-words",
    'Sam\'s "plan" \\ für dich 😭',
    (
        NotePart('She said: "breathe out slowly".\nThen a new line.\tAnd a tab.', "Dr. Ünal \\ Praxis"),
        WordsPart('"""not the end"""', 0.5, "'''either''' # not a comment"),
        WordsPart('[[parts]]\nexercise = "box"', 599.75),
        WordsPart("\\u0041 is written as it is: a backslash, a u and four digits", None, "C:\\Users\\sam"),
        ExercisePart("box", 1.5),
        ExercisePart("grounding"),
        NotePart("Ça va ? 東京 🌊 — mit Grüßen", ""),
    ),
)
GOOD_TEXT = EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else ""


def write(tmp_path: Path, text: str | bytes, name: str = "plan.steady") -> Path:
    return write_file(tmp_path, name, text)


def reasons(problems: list[LoadProblem]) -> list[tuple[str, str]]:
    return [(p.field, p.reason) for p in problems]


def refused(path: Path, exercises: dict[str, Exercise] | None = None) -> list[tuple[str, str]]:
    """The problems with a file that must not load, each naming the file."""
    plan, problems = check_plan_file(path, SHIPPED if exercises is None else exercises, "plan.steady")
    assert plan is None and problems, "a bad file must be refused with a reason"
    assert all(p.file == "plan.steady" and p.reason for p in problems)
    return reasons(problems)


# -- one plan, one file ---------------------------------------------------------------------------


def test_the_documented_example_is_a_good_plan_exactly_as_steady_writes_it() -> None:
    plan, problems = check_plan_file(EXAMPLE, SHIPPED)
    assert problems == [] and plan == BEFORE_THE_CALL
    assert plan_text(plan) == GOOD_TEXT  # the example teaches the very layout an export has


def test_the_documentation_shows_the_example_file_as_it_is() -> None:
    docs = (ROOT / "docs" / "exercise-format.md").read_text(encoding="utf-8")
    assert f"```toml\n{GOOD_TEXT}```" in docs


@pytest.mark.parametrize("plan", [BEFORE_THE_CALL, TRICKY], ids=["before-the-call", "tricky-words"])
def test_what_steady_writes_reads_back_as_the_same_plan(tmp_path: Path, plan: Plan) -> None:
    assert check_plan(plan, SHIPPED) == []
    path = write(tmp_path, plan_text(plan))
    again, problems = check_plan_file(path, SHIPPED)
    assert problems == [] and again == plan
    assert plan_text(again) == plan_text(plan)


def test_whole_numbers_are_written_as_people_write_them() -> None:
    text = plan_text(Plan("p", "P", (ExercisePart("calm-pace", 2.0), WordsPart("Look up.", 15.0))))
    assert "minutes = 2\n" in text and "seconds = 15\n" in text
    assert "seconds = 0.5" in plan_text(Plan("p", "P", (WordsPart("Look up.", 0.5),)))


def test_optional_fields_that_are_empty_are_left_out_of_the_file() -> None:
    text = plan_text(Plan("p", "P", (NotePart("Hello"), WordsPart("Look up."), ExercisePart("box"))))
    assert "from" not in text and "seconds" not in text and "spoken" not in text and "minutes" not in text


def test_export_then_import_gives_the_same_plan_and_nothing_is_copied_before_add(tmp_path: Path) -> None:
    mine = PlanStore(tmp_path / "therapist" / "plans")
    mine.save(TRICKY)
    handed_over = tmp_path / "Für Sam – März" / "Before the call (1).steady"
    handed_over.parent.mkdir()
    mine.export(TRICKY, handed_over)

    theirs = PlanStore(PersonalData(tmp_path / "client").plans_dir)
    offer = theirs.offer(handed_over, SHIPPED, taken=set(SHIPPED))
    assert offer == ImportOffer(TRICKY, (), None)
    assert not theirs.folder.exists()  # looking is not adding

    added = theirs.add(offer)
    assert added == tmp_path / "client" / "plans" / "tricky-words.steady"
    assert theirs.load() == ([(added, TRICKY)], [])
    assert stat.S_IMODE(added.stat().st_mode) == 0o600
    assert stat.S_IMODE(theirs.folder.stat().st_mode) == 0o700


def test_a_plan_in_the_plans_folder_is_on_the_start_screen_as_the_persons_own(tmp_path: Path) -> None:
    personal = PersonalData(tmp_path / "steady")
    path = PlanStore(personal.plans_dir).save(BEFORE_THE_CALL)
    catalog = load_catalog(resource("exercises"), personal.exercises_dir, personal.plans_dir)
    assert catalog.problems == []
    exercise = catalog.get("before-the-call")
    assert exercise is not None and exercise.own and exercise.origin == str(path)
    assert [(s.text, s.seconds, s.part) for s in exercise.steps] == [
        ("“Try this before the call.”\n— Sam, 3 March", None, ""),
        ("In for 4, out for 6. Six slow, gentle breaths a minute.", 120, "Calm pace"),
        ("Feet on the floor. Notice the ground holding you.", 15, ""),
        ("When you're ready, pick up the phone. You can come back here any time.", None, ""),
    ]
    assert {e.id for e in catalog.exercises} == set(SHIPPED) | {"before-the-call"}


def test_the_catalog_skips_a_plan_that_uses_the_persons_own_exercise_or_a_shipped_id(tmp_path: Path) -> None:
    personal = PersonalData(tmp_path / "steady")
    personal.exercises_dir.mkdir(parents=True)
    (personal.exercises_dir / "my-breath.toml").write_text(
        (ROOT / "docs" / "examples" / "my-breath.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    personal.plans_dir.mkdir()
    uses_mine = write(personal.plans_dir, plan_text(Plan("mine", "Mine", (ExercisePart("my-breath"),))), "mine.steady")
    named_like_steadys = write(personal.plans_dir, plan_text(replace(BEFORE_THE_CALL, id="box")), "box.steady")
    write(personal.plans_dir, plan_text(BEFORE_THE_CALL), "before-the-call.steady")
    catalog = load_catalog(resource("exercises"), personal.exercises_dir, personal.plans_dir)
    assert [str(p) for p in catalog.problems] == [
        f"{named_like_steadys}: id: 'box' is already used by resources/exercises/box.toml; this plan was skipped",
        f"{uses_mine}: parts[0].exercise: Steady has no exercise called 'my-breath'",
    ]
    box = catalog.get("box")
    assert box is not None and not box.own and catalog.get("before-the-call") is not None


# -- bad files: every one refused with a reason, never a traceback ---------------------------------


@pytest.mark.parametrize(
    ("content", "field", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "", "is not UTF-8 text (bad byte at position 0)"),
        ("Grüße von Sam".encode("latin-1"), "", "is not UTF-8 text (bad byte at position 2)"),
        ("}{ = = ]]", "", "is not valid TOML (Invalid statement (at line 1, column 1))"),
        (GOOD_TEXT[: GOOD_TEXT.index("before the call.") + 3], "", "is not valid TOML (Unterminated string (at end of document))"),
        (GOOD_TEXT[: GOOD_TEXT.index("[[parts]]")], "parts", "is missing (a plan needs at least one [[parts]] table)"),
        ("", "format", 'is missing (a plan file says format = "steady-plan")'),
        ('schema = 1\nid = "x"\nkind = "steps"\n', "format", 'is missing (a plan file says format = "steady-plan"); this looks like an exercise file'),
        ('format = "steady-exercise"\nschema = 1\n', "format", "must be \"steady-plan\", not 'steady-exercise'; is this a Steady plan?"),
        ("format = 1\n", "format", 'must be "steady-plan", not a whole number; is this a Steady plan?'),
        ('format = "steady-plan"\n', "schema", "is missing (add: schema = 1)"),
        ('format = "steady-plan"\nschema = 2\n', "schema", "is 2, newer than this Steady understands (1); please update Steady"),
        ('format = "steady-plan"\nschema = "1"\n', "schema", "must be 1, not '1'"),
        ('format = "steady-plan"\nschema = 1.0\n', "schema", "must be 1, not 1.0"),
        ('format = "steady-plan"\nschema = true\n', "schema", "must be 1, not True"),
        (GOOD_TEXT.replace('title = "Before the call"', 'title = "Before the call"\ntitle = "Again"'), "", "names the same field twice (Cannot overwrite a value (at line 6, column 16))"),
        (GOOD_TEXT.replace("minutes = 2", "minutes = 2\nminutes = 3"), "", "names the same field twice (Cannot overwrite a value (at line 14, column 12))"),
        (GOOD_TEXT + '\n[parts]\nnote = "x"\n', "", "names the same field twice (Cannot declare ('parts',) twice (at line 23, column 7))"),
    ],
    ids=[
        "garbage-bytes", "latin-1", "garbage-text", "truncated-in-a-string", "truncated-before-the-parts", "empty",
        "an-exercise-file", "another-format", "format-a-number", "no-schema", "newer-schema", "schema-text",
        "schema-a-fraction", "schema-true", "same-title-twice", "same-minutes-twice", "parts-declared-twice",
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_plan_steady_can_read_is_refused_with_a_reason(
    tmp_path: Path, content: str | bytes, field: str, reason: str
) -> None:
    assert refused(write(tmp_path, content)) == [(field, reason)]


def with_parts(*parts: str, top: str = 'id = "p"\ntitle = "P"\n') -> str:
    return 'format = "steady-plan"\nschema = 1\n' + top + "".join(f"\n[[parts]]\n{p}\n" for p in parts)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (with_parts('note = "Hi"', top='id = "p"\ntitle = "P"\ncolour = "blue"\n'), [("colour", "unknown field (is it misspelt?)")]),
        (with_parts('words = "Look up."\nwait = 5'), [("parts[0].wait", "unknown field (is it misspelt?)")]),
        (with_parts('note = "Hi"\n"\\u001b]0;owned\\u0007" = 1'), [('parts[0]."\\u001b]0;owned\\u0007"', "unknown field (is it misspelt?)")]),
        (with_parts('words = "Look up."\nfrom = "Sam"'), [("parts[0].from", "goes only with note, not with words")]),
        (with_parts('note = "Hi"\nminutes = 2'), [("parts[0].minutes", "goes only with exercise, not with note")]),
        (with_parts('note = "Hi"\nwords = "Look up."'), [("parts[0]", "has note and words; a part is one of note, exercise or words")]),
        (with_parts('note = "Hi"', "seconds = 5"), [("parts[1]", "has none; a part is one of note, exercise or words")]),
        (with_parts(f'words = "{"w" * (MAX_TEXT + 1)}"'), [("parts[0].words", "is too long (401 characters; at most 400)")]),
        (with_parts(f'note = "{"n" * (MAX_NOTE + 1)}"'), [("parts[0].note", "is too long (601 characters; at most 600)")]),
        (with_parts('note = "Hi"', top=f'id = "p"\ntitle = "{"t" * (MAX_TITLE + 1)}"\n'), [("title", "is too long (81 characters; at most 80)")]),
        (with_parts(*['note = "Hi"'] * 41), [("parts", "has 41 parts; at most 40")]),
        (with_parts(top='id = "p"\ntitle = "P"\nparts = []\n'), [("parts", "a plan needs at least one part")]),
        (with_parts(top='id = "p"\ntitle = "P"\nparts = "all of them"\n'), [("parts", "must be one or more [[parts]] tables, not text")]),
        (with_parts(top='id = "p"\ntitle = "P"\nparts = [1]\n'), [("parts[0]", "must be a [[parts]] table, not a whole number")]),
        (with_parts('words = "Look\\u0007 up."'), [("parts[0].words", "holds control characters, which are not text")]),
        (with_parts('note = "Hi"', top='id = "p"\ntitle = "\\u202eevil.exe"\n'), [("title", "holds control characters, which are not text")]),
        (with_parts('note = "Hi"\nfrom = "Sam\\r"'), [("parts[0].from", "holds control characters, which are not text")]),
        (with_parts('note = "   "'), [("parts[0].note", "is empty")]),
        (with_parts('note = 5'), [("parts[0].note", "must be text, not a whole number")]),
        (with_parts('words = "Look up."\nseconds = "15"'), [("parts[0].seconds", "must be a number, not text")]),
        (with_parts('words = "Look up."\nseconds = 0'), [("parts[0].seconds", "must be more than 0 and at most 600, not 0")]),
        (with_parts('words = "Look up."\nseconds = nan'), [("parts[0].seconds", "must be more than 0 and at most 600, not nan")]),
        (with_parts('words = "Look up."\nseconds = 1979-05-27'), [("parts[0].seconds", "must be a number, not a date or time")]),
        (with_parts('exercise = "calm-pace"\nminutes = true'), [("parts[0].minutes", "must be a number, not true/false")]),
        (with_parts('exercise = "calm-pace"\nminutes = ' + "9" * 400), [("parts[0].minutes", f"must be more than 0 and at most 60, not {'9' * 400}")]),
        (with_parts('exercise = "../../../etc/passwd"'), [("parts[0].exercise", "must be the id of one of Steady's exercises, not '../../../etc/passwd'")]),
        (with_parts('exercise = "nope"'), [("parts[0].exercise", "Steady has no exercise called 'nope'")]),
        (with_parts('exercise = "calm-pace"', 'exercise = "also-gone"'), [("parts[1].exercise", "Steady has no exercise called 'also-gone'")]),
        (with_parts('note = "Hi"', top='title = "P"\n'), [("id", "is missing")]),
        (with_parts('note = "Hi"', top='id = "Before the call"\ntitle = "P"\n'), [("id", "must be lower-case letters, digits and dashes (at most 64)")]),
        (with_parts('note = "Hi"', top='id = "p"\n'), [("title", "is missing")]),
        (with_parts('note = "Hi"', top='id = "p\\n"\ntitle = "P"\n'), [("id", "must be lower-case letters, digits and dashes (at most 64)")]),
        (with_parts('exercise = "calm-pace\\n"'), [("parts[0].exercise", "must be the id of one of Steady's exercises, not 'calm-pace\\n'")]),
    ],
    ids=[
        "unknown-field", "unknown-part-field", "terminal-escape-as-a-field", "from-with-words", "minutes-with-a-note", "two-kinds", "no-kind",
        "words-too-long", "note-too-long", "title-too-long", "too-many-parts", "no-parts", "parts-text", "part-a-number",
        "bell-in-words", "bidi-in-title", "carriage-return-in-from", "blank-note", "note-a-number", "seconds-text",
        "seconds-zero", "seconds-nan", "seconds-a-date", "minutes-true", "minutes-400-digits", "exercise-a-path",
        "exercise-gone", "second-exercise-gone", "no-id", "id-with-spaces", "no-title", "id-with-a-new-line",
        "exercise-with-a-new-line",
    ],
)  # fmt: skip
def test_each_problem_in_a_plan_file_names_its_field_and_says_why(
    tmp_path: Path, content: str, expected: list[tuple[str, str]]
) -> None:
    assert refused(write(tmp_path, content)) == expected


def test_every_problem_in_the_shape_of_a_file_is_found_at_once(tmp_path: Path) -> None:
    text = with_parts("note = 5\nminutes = 3", 'words = "Look\\u0001 up."\nseconds = 0', top='id = "X"\n')
    assert [field for field, _ in refused(write(tmp_path, text))] == [
        "id", "title", "parts[0].minutes", "parts[0].note", "parts[1].seconds", "parts[1].words",
    ]  # fmt: skip


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    padding = "# " + "x" * 98 + "\n"
    huge = write(tmp_path, GOOD_TEXT + padding * (MAX_PLAN_BYTES // len(padding)))
    assert huge.stat().st_size > MAX_PLAN_BYTES
    assert refused(huge) == [("", "is larger than 64 kB; is it really a Steady plan?")]
    just_fits = write(
        tmp_path, GOOD_TEXT + padding * ((MAX_PLAN_BYTES - len(GOOD_TEXT)) // len(padding)), "fits.steady"
    )
    assert check_plan_file(just_fits, SHIPPED) == (BEFORE_THE_CALL, [])


def test_a_hundred_thousand_parts_are_refused_quickly_with_a_reason() -> None:
    data = {"format": "steady-plan", "schema": 1, "id": "p", "title": "P", "parts": [{"note": "Hi"}] * 100_000}
    assert parse_plan(data, "big.steady") == (
        None,
        [LoadProblem("big.steady", "parts", "has 100000 parts; at most 40")],
    )


def test_deep_nesting_is_refused_with_a_reason(tmp_path: Path) -> None:
    deep = write(tmp_path, 'format = "steady-plan"\nschema = 1\nid = ' + "[" * 30_000 + "]" * 30_000 + "\n")
    assert refused(deep) in ([("", "is nested too deeply to read")], [("id", "must be text, not a list")])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_at_once_rather_than_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "plan.steady"
    os.mkfifo(pipe)
    assert refused(pipe) == [("", "is not an ordinary file (a pipe or a device?), so it was not read")]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_is_refused_rather_than_read() -> None:
    plan, problems = read_plan(Path("/dev/zero"))
    assert plan is None and reasons(problems) == [
        ("", "is not an ordinary file (a pipe or a device?), so it was not read")
    ]


def test_a_folder_or_a_missing_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "plan.steady").mkdir()
    assert refused(tmp_path / "plan.steady") == [("", "is a folder, not a plan file")]
    plan, problems = read_plan(tmp_path / "gone.steady", "gone.steady")
    assert plan is None and str(problems[0]) == "gone.steady: cannot be read (No such file or directory)"


def test_a_byte_order_mark_from_a_windows_editor_is_fine(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeff".encode() + GOOD_TEXT.encode())
    assert check_plan_file(path, SHIPPED) == (BEFORE_THE_CALL, [])


def test_a_plan_may_use_only_steadys_own_exercises(tmp_path: Path) -> None:
    path = write(tmp_path, plan_text(Plan("p", "P", (ExercisePart("calm-pace"),))))
    mine = {"calm-pace": replace(SHIPPED["calm-pace"], own=True)}
    assert refused(path, mine) == [("parts[0].exercise", "Steady has no exercise called 'calm-pace'")]


# -- the person's own plans: nothing is ever overwritten --------------------------------------------


def test_a_plan_that_clashes_with_a_shipped_exercise_is_kept_under_a_new_name(tmp_path: Path) -> None:
    handed_over = write(tmp_path, plan_text(Plan("calm-pace", "Calm pace", (ExercisePart("calm-pace", 1),))))
    store = PlanStore(tmp_path / "plans")
    offer = store.offer(handed_over, SHIPPED, taken=set(SHIPPED))
    assert offer.renamed_from == "calm-pace" and offer.problems == ()
    assert offer.plan == Plan("calm-pace-2", "Calm pace (2)", (ExercisePart("calm-pace", 1),))
    store.add(offer)
    catalog = load_catalog(resource("exercises"), None, store.folder)
    shipped, kept = catalog.get("calm-pace"), catalog.get("calm-pace-2")
    assert shipped is not None and not shipped.own and shipped.pattern is not None
    assert kept is not None and kept.own and kept.title == "Calm pace (2)"


def test_a_plan_that_clashes_with_one_of_the_persons_plans_is_kept_beside_it(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "plans")
    original = store.save(BEFORE_THE_CALL)
    before = original.read_bytes()
    changed = replace(BEFORE_THE_CALL, parts=(WordsPart("A new first step, if you like."), *BEFORE_THE_CALL.parts))
    handed_over = write(tmp_path, plan_text(changed))
    titles = []
    for _ in range(2):
        offer = PlanStore(store.folder).offer(handed_over, SHIPPED, taken=set(SHIPPED))
        assert offer.renamed_from == "before-the-call" and offer.plan is not None
        assert offer.plan.parts == changed.parts
        PlanStore(store.folder).add(offer)
        titles.append((offer.plan.id, offer.plan.title))
    assert titles == [("before-the-call-2", "Before the call (2)"), ("before-the-call-3", "Before the call (3)")]
    assert original.read_bytes() == before
    assert sorted(plan.id for _, plan in PlanStore(store.folder).load()[0]) == [
        "before-the-call", "before-the-call-2", "before-the-call-3",
    ]  # fmt: skip


def test_a_long_title_that_clashes_still_fits_when_numbered(tmp_path: Path) -> None:
    long = Plan("a-long-one", "A" * MAX_TITLE, (NotePart("Hi"),))
    offer = PlanStore(tmp_path / "plans").offer(write(tmp_path, plan_text(long)), SHIPPED, taken={"a-long-one"})
    assert offer.plan is not None and offer.plan.title == "A" * (MAX_TITLE - 4) + " (2)"
    assert check_plan(offer.plan, SHIPPED) == []


def test_a_broken_plan_file_is_reported_and_left_exactly_as_it_is(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "plans")
    store.save(BEFORE_THE_CALL)
    broken = write(store.folder, 'format = "steady-plan"\nschema = 1\nid = "broken"\ntitle = ', "broken.steady")
    before = broken.read_bytes()
    plans, problems = PlanStore(store.folder).load()
    assert [plan.id for _, plan in plans] == ["before-the-call"]
    assert [(p.file, p.field) for p in problems] == [(str(broken), "")] and "not valid TOML" in problems[0].reason

    with pytest.raises(FileExistsError):
        PlanStore(store.folder).save(Plan("broken", "Broken", (NotePart("Hi"),)))
    offer = PlanStore(store.folder).offer(
        write(tmp_path, plan_text(Plan("broken", "Broken", (NotePart("Hi"),)))), SHIPPED, set()
    )
    assert offer.renamed_from == "broken" and offer.plan is not None and offer.plan.id == "broken-2"
    assert broken.read_bytes() == before


def test_two_files_with_one_id_are_both_left_and_the_second_is_reported(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "plans")
    first = store.save(BEFORE_THE_CALL)
    copy = write(store.folder, plan_text(BEFORE_THE_CALL), "copy of before the call.steady")
    plans, problems = store.load()
    assert plans == [(first, BEFORE_THE_CALL)]
    assert [str(p) for p in problems] == [
        f"{copy}: id: 'before-the-call' is already used by {first}; this file was left as it is"
    ]
    assert copy.exists()


def test_a_plan_with_problems_is_never_added(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "plans")
    offer = store.offer(write(tmp_path, "garbage"), SHIPPED, set())
    assert offer.plan is None and offer.problems and offer.problems[0].file == "plan.steady"
    with pytest.raises(ValueError):
        store.add(offer)
    assert not store.folder.exists()


def test_renaming_a_plan_replaces_its_old_file_and_never_another_plan(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "plans")
    old = store.save(BEFORE_THE_CALL)
    other = store.save(Plan("after-the-call", "After the call", (NotePart("Well done for going."),)))
    other_bytes = other.read_bytes()

    with pytest.raises(FileExistsError):
        store.save(replace(BEFORE_THE_CALL, id="after-the-call"), previous_id="before-the-call")
    assert old.exists() and other.read_bytes() == other_bytes

    renamed = store.save(
        replace(BEFORE_THE_CALL, id="before-the-meeting", title="Before the meeting"), "before-the-call"
    )
    assert renamed.name == "before-the-meeting.steady" and not old.exists()
    assert [plan.id for _, plan in PlanStore(store.folder).load()[0]] == ["after-the-call", "before-the-meeting"]


def test_saving_the_same_plan_again_replaces_its_file_and_delete_removes_it(tmp_path: Path) -> None:
    store = PlanStore(tmp_path / "plans")
    path = store.save(BEFORE_THE_CALL)
    shorter = replace(BEFORE_THE_CALL, parts=BEFORE_THE_CALL.parts[:2])
    assert store.save(shorter, previous_id="before-the-call") == path
    assert PlanStore(store.folder).load() == ([(path, shorter)], [])
    with pytest.raises(FileExistsError):
        PlanStore(store.folder).save(shorter)  # a new plan never takes an old one's place
    store.delete("before-the-call")
    assert not path.exists() and PlanStore(store.folder).load() == ([], [])


def test_a_plan_file_with_any_name_in_the_folder_is_saved_and_deleted_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    by_hand = write(folder, GOOD_TEXT, "Before the call (from Sam).steady")
    store = PlanStore(folder)
    shorter = replace(BEFORE_THE_CALL, parts=BEFORE_THE_CALL.parts[:1])
    assert store.save(shorter, previous_id="before-the-call") == by_hand
    assert sorted(p.name for p in folder.iterdir()) == ["Before the call (from Sam).steady"]
    PlanStore(folder).delete("before-the-call")
    assert list(folder.iterdir()) == []


# -- fuzzing: whatever a file holds, a plan or reasons, never a crash --------------------------------


def check_outcome(plan: Plan | None, problems: list[LoadProblem], label: str) -> None:
    """Either a good plan and no problems, or no plan and clear problems naming the file."""
    if plan is None:
        assert problems, "a file that does not load must say why"
        assert all(p.file == label and isinstance(p.field, str) and p.reason.strip() for p in problems)
        said = "".join(p.field + p.reason for p in problems)
        assert not HIDDEN.search(said), f"a message would print the file's control characters: {said!r}"
        return
    assert problems == []
    assert [(p.field, p.reason) for p in check_plan(plan, SHIPPED) if not p.field.endswith(".exercise")] == []
    assert read_back(plan) == plan


def read_back(plan: Plan) -> Plan | None:
    import tomllib

    return parse_plan(tomllib.loads(plan_text(plan)), "again.steady")[0]


words = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)
tricky_words = words | st.sampled_from(
    ['"', "\\", '"""', "'''", "a\nb", "tab\there", "😭🌊", "# x", "[[parts]]", "\\u0041"]
)
seconds = st.floats(0.001, 600) | st.integers(1, 600)
note_part = st.fixed_dictionaries({"note": tricky_words}, optional={"from": words})
words_part = st.fixed_dictionaries({"words": tricky_words}, optional={"seconds": seconds, "spoken": tricky_words})
exercise_part = st.fixed_dictionaries(
    {"exercise": st.sampled_from([*sorted(SHIPPED), "gone-away"])}, optional={"minutes": st.floats(0.01, 60)}
)
plan_file = st.fixed_dictionaries(
    {
        "format": st.just("steady-plan"),
        "schema": st.just(1),
        "id": st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
        "title": tricky_words,
        "parts": st.lists(note_part | words_part | exercise_part, min_size=1, max_size=12),
    }
)


PLAN_KEYS = ("note", "words", "exercise", "from", "seconds", "minutes", "spoken", "parts", "format")


@FUZZ
@given(data=spoiled(plan_file, PLAN_KEYS))
def test_nearly_right_plans_load_or_say_clearly_why_not(tmp_path_factory: pytest.TempPathFactory, data: dict) -> None:
    path = write(tmp_path_factory.mktemp("fuzz"), to_toml(data))
    check_outcome(*read_plan(path, "fuzzed.steady"), "fuzzed.steady")


@FUZZ
@given(data=st.dictionaries(odd_text | st.sampled_from(["format", "schema", "id", "title", "parts"]), junk))
def test_random_structured_documents_never_crash(data: dict[str, Any]) -> None:
    check_outcome(*parse_plan({"format": "steady-plan", "schema": 1, **data}, "fuzzed.steady"), "fuzzed.steady")
    check_outcome(*parse_plan(data, "fuzzed.steady"), "fuzzed.steady")


@FUZZ
@given(raw=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    path = write(tmp_path_factory.mktemp("fuzz"), raw, "random.steady")
    check_outcome(*read_plan(path, "random.steady"), "random.steady")


plain_text = st.text(
    st.characters(
        exclude_categories=("Cs", "Cc"), exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    )
    | st.sampled_from(['"', "\\", "\n", "\t", "'", "#", "=", "[", "😭"]),
    min_size=1,
    max_size=60,
).filter(str.strip)
any_plan = st.builds(
    Plan,
    id=st.from_regex(r"[a-z0-9][a-z0-9-]{0,63}", fullmatch=True),
    title=plain_text,
    parts=st.lists(
        st.builds(NotePart, plain_text, st.just("") | plain_text)
        | st.builds(
            WordsPart,
            plain_text,
            st.none() | st.floats(0.001, 600) | st.integers(1, 600).map(float),
            st.just("") | plain_text,
        )
        | st.builds(ExercisePart, st.sampled_from(sorted(SHIPPED)), st.none() | st.floats(1e-9, 60)),
        min_size=1,
        max_size=40,
    ).map(tuple),
)


@FUZZ
@given(plan=any_plan)
def test_any_good_plan_is_written_and_read_back_exactly(tmp_path_factory: pytest.TempPathFactory, plan: Plan) -> None:
    assert check_plan(plan, SHIPPED) == []
    path = write(tmp_path_factory.mktemp("round"), plan_text(plan))
    assert check_plan_file(path, SHIPPED) == (plan, [])
