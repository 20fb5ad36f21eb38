"""`steady --check-plan FILE`, as someone writing a plan by hand runs it: what the plan holds, or each problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.commands.check_plan import check_plan_command, length
from app.main import main
from tests.conftest import ROOT, isolated_env

EXAMPLE = ROOT / "docs" / "examples" / "before-the-call.steady"
HOLDS = """\
Before the call (id: before-the-call)
  1. A note from Sam, 3 March: “Try this before the call.”
  2. Calm pace, 2 min
  3. Your words, 15 s: “Feet on the floor. Notice the ground holding you.”
     The voice says: “Feet on the floor, if you like.”
  4. Your words, when you're ready: “When you're ready, pick up the phone. You can come back here any time.”
4 parts, about 2 min 35 s in all.
A note or a step “when you're ready” is counted as 10 s; it takes as long as the person likes.
Notes from: Sam, 3 March
"""
BROKEN = """\
format = "steady-plan"
schema = 1
id = "after-the-session"
title = "After the session"

[[parts]]
words = "Hand on your chest, if you like."
seconds = 0

[[parts]]
exercise = "slow-breath"

[[parts]]
note = "You did something hard today."
from = "Sam"
minutes = 2
"""


def test_a_good_plan_is_described_part_by_part_with_its_length(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_plan_command(str(EXAMPLE)) == 0
    out, err = capsys.readouterr()
    assert out == HOLDS and err == ""


def test_the_command_line_checks_a_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check-plan", str(EXAMPLE)]) == 0
    assert capsys.readouterr().out == HOLDS


def test_each_problem_is_named_with_file_field_and_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "after the session.steady"
    plan.write_text(BROKEN, encoding="utf-8")
    assert check_plan_command(str(plan)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"steady: {plan}: parts[0].seconds: must be more than 0 and at most 600, not 0",
        f"steady: {plan}: parts[2].minutes: goes only with exercise, not with note",
    ]
    plan.write_text(BROKEN.replace("seconds = 0\n", "").replace("minutes = 2\n", ""), encoding="utf-8")
    assert check_plan_command(str(plan)) == 1
    assert (
        capsys.readouterr().err == f"steady: {plan}: parts[1].exercise: Steady has no exercise called 'slow-breath'\n"
    )


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "cannot be read (No such file or directory)"),
        (b"\xff\xfe\x00garbage", "is not UTF-8 text (bad byte at position 0)"),
        ('schema = 1\nid = "my-breath"\n', 'format: is missing (a plan file says format = "steady-plan")'),
    ],
    ids=["missing", "garbage", "an-exercise-file"],
)
def test_a_file_that_is_no_plan_says_why_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | str | None, said: str
) -> None:
    path = tmp_path / "plan.steady"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert check_plan_command(str(path)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"steady: {path}: {said}") and "Traceback" not in err


def test_a_field_name_from_a_file_never_reaches_the_terminal_as_an_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.steady"
    path.write_text(EXAMPLE.read_text(encoding="utf-8") + '"\\u001b]2;owned\\u0007" = 1\n', encoding="utf-8")
    assert check_plan_command(str(path)) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert err == f'steady: {path}: parts[3]."\\u001b]2;owned\\u0007": unknown field (is it misspelt?)\n'


def test_it_runs_without_a_display_opens_no_window_and_loads_no_qt(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    code = (
        "import sys; from app.main import main; code = main(['--check-plan', sys.argv[1]]);"
        " print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLE)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == HOLDS + "[]\n" and done.stderr == ""


def test_a_console_that_cannot_show_every_character_gets_the_plan_anyway(tmp_path: Path) -> None:
    plan = tmp_path / "plan.steady"
    plan.write_text(EXAMPLE.read_text(encoding="utf-8").replace("Sam, 3 March", "Sam 🌊"), encoding="utf-8")
    env = {**isolated_env(tmp_path), "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--check-plan", str(plan)], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr == b""
    assert b"Notes from: Sam ?\n" in done.stdout and b"Calm pace, 2 min" in done.stdout


def test_the_documentation_shows_what_the_check_really_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = (ROOT / "docs" / "exercise-format.md").read_text(encoding="utf-8")
    assert f"```\n$ steady --check-plan before-the-call.steady\n{HOLDS}```" in docs
    broken = tmp_path / "after-the-session.steady"
    broken.write_text(BROKEN, encoding="utf-8")
    check_plan_command(str(broken))
    said = capsys.readouterr().err.replace(str(broken), broken.name)
    assert f"```\n$ steady --check-plan after-the-session.steady\n{said}```" in docs


@pytest.mark.parametrize(("seconds", "said"), [(0, "0 s"), (44.6, "45 s"), (60, "1 min"), (155, "2 min 35 s")])
def test_lengths_are_said_as_people_say_them(seconds: float, said: str) -> None:
    assert length(seconds) == said
