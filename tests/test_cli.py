"""The command-line contract (DESIGN.md §6), run as a person or a script would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT, isolated_env


def steady(
    home: Path, *args: str, env_changes: dict[str, str | None] | None = None
) -> subprocess.CompletedProcess[str]:
    env = isolated_env(home)
    for key, value in (env_changes or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_list_prints_one_tab_separated_line_per_exercise(tmp_path: Path) -> None:
    done = steady(tmp_path, "--list")
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert all(len(r) == 4 and int(r[3]) > 0 for r in rows)
    kinds = {r[0]: r[2] for r in rows}
    breathing = ["calm-pace", "even-pace", "gentle", "box", "4-7-8", "cyclic-sigh", "extended-exhale"]
    assert [r[0] for r in rows if r[2] == "breathing"] == breathing
    techniques = [
        "blink-and-look",
        "relax-face",
        "ease-throat",
        "use-words",
        "prop-or-distraction",
        "something-warm",
        "step-away",
        "grounding",
    ]
    assert all(kinds[t] == "steps" for t in techniques)  # the other seven techniques and 5-4-3-2-1
    assert kinds["steady-me-now"] == "sequence"
    assert ["calm-pace", "Calm pace", "breathing", "300"] in rows
    assert done.stderr == ""


def test_list_names_a_broken_own_file_on_stderr_and_lists_the_rest(tmp_path: Path) -> None:
    own = tmp_path / "data" / "steady" / "exercises"
    own.mkdir(parents=True)
    (own / "mine.toml").write_text('schema = 1\nid = "mine"\n')
    done = steady(tmp_path, "--list")
    assert done.returncode == 0
    assert "calm-pace\t" in done.stdout and "mine" not in done.stdout
    assert f"{own / 'mine.toml'}: title: is missing" in done.stderr


def test_self_check_is_healthy_offscreen_and_names_the_folders(tmp_path: Path) -> None:
    done = steady(tmp_path, "--self-check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Exercises: 17 loaded" in done.stdout
    assert f"Data folder: {tmp_path / 'data' / 'steady'}" in done.stdout
    assert f"Settings: {tmp_path / 'config' / 'steady' / 'steady.conf'}" in done.stdout
    assert "Voice: ready (pyttsx3 engine started in" in done.stdout  # CI installs espeak-ng
    # Offscreen there is no tray: what stands in for it is said (as on GNOME), and it is no fault.
    assert "Tray: none on this desktop (GNOME shows none without an extension): the small window's Hide" in done.stdout
    assert done.stdout.rstrip().endswith("Healthy.")


def test_self_check_fails_on_a_broken_exercise_file(tmp_path: Path) -> None:
    own = tmp_path / "data" / "steady" / "exercises"
    own.mkdir(parents=True)
    (own / "broken.toml").write_text("this is = = not toml")
    done = steady(tmp_path, "--self-check")
    assert done.returncode == 1
    assert "broken.toml" in done.stderr and "not valid TOML" in done.stderr


def test_self_check_fails_without_a_display(tmp_path: Path) -> None:
    done = steady(
        tmp_path, "--self-check", env_changes={"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None}
    )
    assert done.returncode == 1
    assert "no display was found" in done.stdout


def test_opening_the_window_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    done = steady(tmp_path, env_changes={"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "Steady needs a desktop to open its window, and no display was found (DISPLAY is not set)."
    ]


@pytest.mark.parametrize(
    ("args", "theme"),
    [([], "light"), (["--exercise", "calm-pace", "--at", "2.5"], "dark"), (["--exercise", "box"], "light")],
)
def test_screenshot_writes_a_picture_with_something_on_it(tmp_path: Path, args: list[str], theme: str) -> None:
    out = tmp_path / "shot.png"
    done = steady(tmp_path, "--screenshot", str(out), "--theme", theme, *args)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 760)
    colours = {image.pixel(x, y) for x in range(0, 900, 9) for y in range(0, 760, 8)}
    assert len(colours) > 20, "a blank or nearly blank picture"
    background = image.pixel(450, 745)
    assert (QImage(str(out)).pixelColor(450, 745).lightness() < 80) == (theme == "dark"), hex(background)


def test_screenshot_at_the_size_of_a_small_laptop_and_a_size_too_small(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    done = steady(tmp_path, "--screenshot", str(out), "--show", "plans", "--size", "1024x600")
    assert done.returncode == 0, done.stderr
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1024, 600)
    small = steady(tmp_path, "--screenshot", str(tmp_path / "small.png"), "--size", "300x200")
    assert small.returncode == 2 and "smaller than Steady's window can be" in small.stderr


def test_screenshot_of_an_unknown_exercise_is_an_error(tmp_path: Path) -> None:
    done = steady(tmp_path, "--screenshot", str(tmp_path / "x.png"), "--exercise", "nope")
    assert done.returncode == 2
    assert "no exercise called 'nope'" in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_version_and_misused_flags(tmp_path: Path) -> None:
    assert steady(tmp_path, "--version").stdout.strip() == "Steady 0.1.0"
    bad = steady(tmp_path, "--start")
    assert bad.returncode == 2 and "--start needs --exercise" in bad.stderr
