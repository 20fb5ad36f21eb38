"""`steady --self-check`: what Steady needs here and whether it is there; exit 0 when healthy."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from app import __version__
from app.commands.listing import all_exercises
from app.storage.resources import ResourcesMissingError, resources_dir


def _writable(folder: Path) -> bool:
    """True if the folder exists and can be written, or could be created."""
    while not folder.exists():
        folder = folder.parent
    return os.access(folder, os.W_OK | os.X_OK)


def voice_status(problems: list[str]) -> str:
    """Whether the offline voice can speak here, and why not: the worker is really started."""
    import json
    import subprocess

    from app.voice.launch import worker_command

    if problems:
        return f"unavailable: {'; '.join(problems)} (the words stay on screen)"
    try:
        done = subprocess.run(worker_command(), input="", capture_output=True, text=True, timeout=20, check=False)
        first = json.loads(done.stdout.splitlines()[0]) if done.stdout.strip() else {}
    except (OSError, ValueError, subprocess.TimeoutExpired) as error:
        return f"unavailable: the speech helper did not answer ({error})"
    if not first.get("ready"):
        return f"unavailable: the speech engine could not start ({first.get('error') or done.stderr.strip()[-200:]})"
    status = f"ready (pyttsx3 engine started in {first.get('ms')} ms)"
    player = sound_player()
    if player.startswith("no player"):
        status += "; but nothing here can play sound, so prompts will be shown, not heard"
    return f"{status}\nSound player: {player}"


def sound_player() -> str:
    """Which player plays the speech here and why, found by playing a moment of silence with each."""
    import tempfile
    from pathlib import Path

    from app.voice.audio import PlayerChoice, choose_by_playing, write_silence

    choice = PlayerChoice()
    with tempfile.TemporaryDirectory(prefix="steady-check-") as folder:
        choose_by_playing(choice, write_silence(Path(folder) / "silence.wav"))
    return choice.describe()


def tray_status() -> str:
    """Whether the desktop shows tray icons, and what stands in for Steady's when it shows none."""
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    _app = QApplication.instance() or QApplication([])  # the tray is asked through the display
    if QSystemTrayIcon.isSystemTrayAvailable():
        return "yes: Steady's icon there shows and hides it and starts Steady me now"
    return (
        "none on this desktop (GNOME shows none without an extension): the small window's Hide (Esc) "
        "minimises it rather than hiding it, and starting Steady again from the menu brings its window forward"
    )


def self_check() -> int:
    """Report what Steady needs and whether it is here; exit 0 when healthy, 1 otherwise."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from app.storage.paths import data_dir, user_exercises_dir
    from app.storage.settings import Settings
    from app.system_check import debian_package, missing_qt_libraries, voice_problems
    from app.ui.display import no_display_reason

    problems: list[str] = []
    print(f"Steady {__version__} (Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version})")

    platform_name = os.environ.get("QT_QPA_PLATFORM")
    if platform_name:
        print(f"Qt platform: {platform_name} (set by QT_QPA_PLATFORM)")
    elif (reason := no_display_reason()) is not None:
        print(f"Qt platform: none. {reason}")
        problems.append("no display")
    else:
        shown = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or "the system's"
        print(f"Qt platform: the desktop's ({shown})")

    missing = missing_qt_libraries()
    if missing:
        packages = sorted({debian_package(m) for m in missing})
        print(f"System libraries: missing {', '.join(missing)} (install: {' '.join(packages)})")
        problems.append("missing system libraries")
    else:
        print("System libraries: all found")

    if "no display" not in problems and not missing:
        print(f"Tray: {tray_status()}")

    try:
        print(f"Resources: {resources_dir()}")
        catalog = all_exercises()
    except ResourcesMissingError as error:
        print(f"Resources: MISSING. {error}")
        return 1
    print(f"Exercises: {len(catalog.exercises)} loaded ({', '.join(e.id for e in catalog.exercises)})")
    if not catalog.exercises:
        problems.append("no exercises")
    if catalog.problems:
        print(f"Exercise files with problems: {len(catalog.problems)} (listed on stderr)")
        problems.append("exercise files with problems")
        for problem in catalog.problems:
            print(f"steady: skipped {problem}", file=sys.stderr)

    print(f"Voice: {voice_status(voice_problems())}")

    folder = data_dir()
    state = "writable" if _writable(folder) else "NOT writable"
    print(f"Data folder: {folder} ({state}); your own exercises go in {user_exercises_dir()}")
    if state != "writable":
        problems.append("data folder not writable")
    print(f"Settings: {Settings.for_user().file_name}")

    if problems:
        print(f"Not healthy: {', '.join(problems)}.")
        return 1
    print("Healthy.")
    return 0
