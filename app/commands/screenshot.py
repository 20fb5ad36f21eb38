"""Renders the window offscreen to a PNG, for docs, reviews and packaging checks."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.clock import FakeClock
from app.storage.history import History

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.core.plans import Plan
    from app.ui.window import MainWindow


def take_screenshot(
    file: str,
    exercise_id: str | None,
    at: float | None,
    theme: str | None,
    still: bool = False,
    step: int | None = None,
    show: str | None = None,
    text_size: int | None = None,
    language: str = "en",
    size: tuple[int, int] = (900, 760),
) -> int:
    """Draw the home screen, or an exercise (at step N, then `at` seconds in), and save it as `file`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.storage.care import load_care
    from app.storage.catalog import load_catalog
    from app.storage.personal import PersonalData
    from app.storage.resources import resource
    from app.storage.settings import Settings
    from app.storage.voice_words import load_voice_words
    from app.ui.screens.steps import StepScreen
    from app.ui.services.narration import Narrator
    from app.ui.window import MainWindow
    from app.voice.launch import worker_command
    from app.voice.player import VoicePlayer
    from app.voice.synth import VoiceOptions

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.ui.i18n import install_language

    install_language(language)  # English unless asked: the screenshots never follow this machine's locale
    catalog = load_catalog(resource("exercises"))
    if exercise_id and catalog.get(exercise_id) is None:
        print(f"steady: no exercise called {exercise_id!r} (see steady --list)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        # Fresh default settings, so a screenshot never depends on (or changes) the person's own.
        settings = Settings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        settings.set("appearance/theme", theme or "light")
        settings.set("appearance/motion", "still" if still else "moving")
        settings.set("appearance/text_size", text_size or 100)
        clock = FakeClock()
        words, _problem = load_voice_words(resource("voice", "words.toml"))
        player = VoicePlayer(worker_command(), lambda: VoiceOptions())  # off unless turned on: never started
        narrator = Narrator(player, words, settings, resource("sounds", "chime.wav"))
        personal = PersonalData(Path(scratch) / "data")
        window = MainWindow(
            catalog, clock, settings, lambda: False, personal, narrator=narrator, care=load_care(resource("care"))
        )
        window.resize(*size)
        window.show()
        target = None
        if exercise_id:
            screen = window.navigator.open_exercise(exercise_id)
            if screen is not None and (at is not None or step is not None):
                screen.start(ask=False)  # the picture shows the exercise, not the question before it
            if isinstance(screen, StepScreen) and step:
                for _ in range(step - 1):
                    screen.next()
            if screen is not None and screen.driver is not None and at:
                end = clock.now() + at
                while clock.now() + 0.25 < end:  # poll like the real timer, so every boundary is seen
                    clock.advance(0.25)
                    screen.driver.tick()
                clock.advance(max(0.0, end - clock.now()))
                screen.driver.tick()
        elif show:
            target = _show(show, window, clock, Path(scratch))
        else:
            window.navigator.show_home()
        app.processEvents()
        image = target.grab() if target is not None else window.grab()
        ok = image.save(file, "PNG")
        window.close()
        player.shutdown()
    if not ok:
        print(f"steady: could not write the screenshot to {file}", file=sys.stderr)
        return 1
    print(file)
    return 0


SHOWABLE = ("help", "let-it-out", "why", "history", "checkin", "mini", "keys", "settings", "plans", "plan-import")


def _show(what: str, window: MainWindow, clock: FakeClock, scratch: Path) -> QWidget | None:
    """Open one of the care screens for a screenshot; returns a dialog to grab instead of the window."""
    if what == "help":
        from app.ui.i18n import language_in_use

        own = {"de": "DE", "es": "ES", "fr": "FR", "it": "IT", "nl": "NL", "pt": "BR"}  # each language's own country
        window.settings.set("care/country", own.get(language_in_use(), "GB"))
        return window.navigator.show_help()
    if what == "let-it-out":
        screen = window.navigator.open_let_it_out()
        for _ in range(10):  # two and a half seconds into the first slow breath
            clock.advance(0.25)
            assert screen.driver is not None
            screen.driver.tick()
    elif what == "why":
        window.navigator.open_why()
    elif what == "history":
        window.context.history = _sample_history(scratch / "history.sqlite3")
        window.navigator.open_history()
    elif what == "settings":
        from app.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(window.settings, window.context.narrator, window)
        dialog.show()
        return dialog
    elif what == "keys":
        return window.show_shortcuts()
    elif what == "mini":
        screen = window.navigator.open_exercise("calm-pace")
        assert screen is not None
        screen.start(ask=False)
        mini = window.presence.open_mini()
        for _ in range(10):
            clock.advance(0.25)
            assert screen is not None and screen.driver is not None
            screen.driver.tick()
        return mini
    elif what == "plans":
        plan = sample_plan()
        window.planner.store.save(plan)
        editor = window.planner.edit(plan)
        if editor is not None:
            editor.list.setCurrentRow(2)  # the person's own words: the richest of the forms
    elif what == "plan-import":
        from app.storage.plan_files import plan_text

        shared = scratch / "before-the-call.steady"
        shared.write_text(plan_text(sample_plan()), encoding="utf-8")
        window.planner.open_file(shared)
    elif what == "checkin":
        window.settings.set("care/checkins", True)
        screen = window.navigator.open_exercise("calm-pace")
        if screen is not None:
            screen.start()
    return None


def _sample_history(path: Path) -> History:
    """Made-up sessions over three weeks, for the history screenshot only."""
    history = History(path)
    history.open()
    start = datetime(2026, 11, 3, 18, 30).astimezone()
    ratings = [(8, 6), (7, 5), (9, 7), (6, 4), (7, 6), (8, 5), (5, 3), (6, 5), (7, 4), (4, 3), (6, 4), (5, 2)]
    titles = [("calm-pace", "Calm pace"), ("grounding", "5-4-3-2-1 grounding"), ("steady-me-now", "Steady me now")]
    for i, (before, after) in enumerate(ratings):
        exercise_id, title = titles[i % len(titles)]
        history.add(exercise_id, title, start + timedelta(days=i * 1.7), 300, 290, "finished", before, after)
    return history


def sample_plan() -> Plan:
    """A plan a therapist and a client might make, in the interface's language, for the plan screenshots."""
    from app.core.plans import ExercisePart, NotePart, Plan, WordsPart
    from app.ui.i18n import language_in_use

    if language_in_use() == "de":
        return Plan("vor-dem-anruf", "Vor dem Anruf", (
            NotePart("Probier das vor dem Anruf. Du musst nichts davon schaffen.", "Sam, 3. März"),
            ExercisePart("calm-pace", 2),
            WordsPart("Füße auf den Boden. Spür, wie er dich trägt.", 15, "Füße auf den Boden, wenn du magst."),
            ExercisePart("grounding"),
            WordsPart("Was ich sagen will, steht auf meinem Zettel."),
        ))  # fmt: skip
    return Plan("before-the-call", "Before the call", (
        NotePart("Try this before the call. None of it has to go perfectly.", "Sam, 3 March"),
        ExercisePart("calm-pace", 2),
        WordsPart("Feet on the floor. Notice the ground holding you.", 15, "Feet on the floor, if you like."),
        ExercisePart("grounding"),
        WordsPart("What I want to say is on my note card."),
    ))  # fmt: skip
