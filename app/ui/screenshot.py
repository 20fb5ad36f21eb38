"""Renders the window offscreen to a PNG, for docs, reviews and packaging checks."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def take_screenshot(
    file: str,
    exercise_id: str | None,
    at: float | None,
    theme: str | None,
    still: bool = False,
    step: int | None = None,
) -> int:
    """Draw the home screen, or an exercise (at step N, then `at` seconds in), and save it as `file`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.core.clock import FakeClock
    from app.main import worker_command
    from app.storage.care import load_care
    from app.storage.catalog import load_catalog
    from app.storage.personal import PersonalData
    from app.storage.resources import resource
    from app.storage.settings import Settings
    from app.storage.voice_words import load_voice_words
    from app.ui.narration import Narrator
    from app.ui.steps import StepScreen
    from app.ui.window import MainWindow
    from app.voice.player import VoicePlayer
    from app.voice.synth import VoiceOptions

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = load_catalog(resource("exercises"))
    if exercise_id and catalog.get(exercise_id) is None:
        print(f"steady: no exercise called {exercise_id!r} (see steady --list)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        # Fresh default settings, so a screenshot never depends on (or changes) the person's own.
        settings = Settings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        settings.set("appearance/theme", theme or "light")
        settings.set("appearance/motion", "still" if still else "moving")
        clock = FakeClock()
        words, _problem = load_voice_words(resource("voice", "words.toml"))
        player = VoicePlayer(worker_command(), lambda: VoiceOptions())  # off unless turned on: never started
        narrator = Narrator(player, words, settings, resource("sounds", "chime.wav"))
        personal = PersonalData(Path(scratch) / "data")
        window = MainWindow(
            catalog, clock, settings, lambda: False, personal, narrator=narrator, care=load_care(resource("care"))
        )
        window.resize(900, 760)
        window.show()
        if exercise_id:
            screen = window.open_exercise(exercise_id, start=at is not None or step is not None)
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
        else:
            window.show_home()
        app.processEvents()
        image = window.grab()
        ok = image.save(file, "PNG")
        window.close()
        player.shutdown()
    if not ok:
        print(f"steady: could not write the screenshot to {file}", file=sys.stderr)
        return 1
    print(file)
    return 0
