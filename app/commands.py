"""The command-line reports: `--list` and `--self-check`."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.storage.catalog import Catalog, load_catalog
from app.storage.resources import ResourcesMissingError, resource, resources_dir
from app.voice.synth import VoiceOptions

if TYPE_CHECKING:
    from app.storage.settings import Settings


def _catalog() -> Catalog:
    from app.storage.paths import user_exercises_dir

    return load_catalog(resource("exercises"), user_exercises_dir())


def list_exercises() -> int:
    """One line per exercise: id, title, kind and seconds, tab-separated; problems on stderr."""
    try:
        catalog = _catalog()
    except ResourcesMissingError as error:
        print(f"steady: {error}", file=sys.stderr)
        return 1
    for e in catalog.exercises:
        print(f"{e.id}\t{e.title}\t{e.kind}\t{round(e.default_seconds)}")
    for problem in catalog.problems:
        print(f"steady: skipped {problem}", file=sys.stderr)
    return 0


def _writable(folder: Path) -> bool:
    """True if the folder exists and can be written, or could be created."""
    while not folder.exists():
        folder = folder.parent
    return os.access(folder, os.W_OK | os.X_OK)


def voice_status(problems: list[str]) -> str:
    """Whether the offline voice can speak here, and why not: the worker is really started."""
    import json
    import subprocess

    from app.main import worker_command

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
    if sys.platform.startswith("linux"):
        cards = subprocess.run(["aplay", "-l"], capture_output=True, text=True, check=False)
        if "no soundcards" in cards.stderr.lower() or cards.returncode != 0:
            status += "; but no sound card was found, so prompts will be shown, not heard"
    return status


def self_check() -> int:
    """Report what Steady needs and whether it is here; exit 0 when healthy, 1 otherwise."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from app.main import no_display_reason
    from app.storage.paths import data_dir, user_exercises_dir
    from app.storage.settings import Settings
    from app.system_check import debian_package, missing_qt_libraries, voice_problems

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

    try:
        print(f"Resources: {resources_dir()}")
        catalog = _catalog()
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


def voice_options(settings: Settings | None = None) -> VoiceOptions:
    """The voice, rate and volume the person chose in the settings, and the language of the texts it reads."""
    from app.storage.data_language import SOURCE_LANGUAGE, current_language
    from app.storage.settings import Settings

    settings = settings or Settings.for_user()
    language = "" if current_language() == SOURCE_LANGUAGE else current_language()  # English: the engine's default
    return VoiceOptions(
        settings.get("voice/voice"), settings.get("voice/rate"), settings.get("voice/volume") / 100, language
    )


def speak(text: str, to: str | None) -> int:
    """`--speak TEXT [--to FILE.wav]`: say the text, or write it to a WAV file."""
    import subprocess
    import tempfile

    from app.system_check import voice_problems
    from app.voice.audio import player_command, why_no_player
    from app.voice.synth import Synthesizer

    problems = voice_problems() if to is None else [p for p in voice_problems() if "aplay" not in p]
    if problems:
        print(f"steady: the voice is unavailable: {'; '.join(problems)}", file=sys.stderr)
        return 1
    from app.storage.data_language import language_for, use_language
    from app.storage.settings import Settings

    settings = Settings.for_user()
    use_language(language_for(settings.get("appearance/language"), resource("translations")))
    try:
        synthesizer = Synthesizer(voice_options(settings), os.environ.get("STEADY_TTS_DRIVER") or None)
    except Exception as error:
        print(f"steady: the speech engine could not start ({type(error).__name__}: {error})", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(to) if to else Path(scratch) / "speech.wav"
        try:
            synthesizer.to_file(text, target)
        except Exception as error:
            print(f"steady: could not write {target}: {error}", file=sys.stderr)
            return 1
        if to:
            print(target)
            return 0
        command = player_command(target)
        if command is None:
            print(f"steady: {why_no_player()}", file=sys.stderr)
            return 1
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"steady: could not play the speech ({done.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return done.returncode
