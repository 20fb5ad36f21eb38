"""The voice inside exercises: off until asked, a prompt per phase or step, silent on pause and stop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.core.prompts import VoiceWords
from app.core.session import SessionState
from app.storage.resources import resource
from app.storage.settings import Settings
from app.storage.voice_words import load_voice_words
from app.ui.screens.breathing import BreathingScreen
from app.ui.services.narration import Narrator
from app.ui.window import MainWindow
from app.voice.sounds import phase_cues
from tests.ui.conftest import focused


class RecordingPlayer(QObject):
    """Stands in for VoicePlayer: records what it was asked to say (the real one is tested in tests/voice)."""

    unavailable = Signal(str)
    voices_ready = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.said: list[tuple[str, float | None]] = []
        self.stops = 0
        self.prepared: list[str] = []
        self.reason = ""
        self.no_voice_for = ""

    def say(self, text: str, limit: float | None = None, prefix: Path | None = None) -> None:
        self.said.append((text if prefix is None else f"[{prefix.name}] {text}", limit))

    def play_file(self, path: Path, limit: float | None = None) -> None:
        self.said.append((f"[{path.name}]", limit))

    def stop(self) -> None:
        self.stops += 1

    def prepare(self, texts: list[str], prefix: Path | None = None) -> None:
        self.prepared += texts

    def warm_up(self) -> None:
        pass

    def ask_for_voices(self) -> None:
        self.voices_ready.emit([{"id": "gmw/en", "name": "English", "language": "en"}])


@pytest.fixture
def player() -> RecordingPlayer:
    return RecordingPlayer()


@pytest.fixture
def voiced_window(make_window: Callable[..., MainWindow], player: RecordingPlayer, settings: Settings) -> MainWindow:
    words, problem = load_voice_words(resource("voice", "words.toml"))
    assert problem == ""
    window = make_window()
    window.context.narrator = Narrator(player, words, settings, resource("sounds", "chime.wav"))  # type: ignore[arg-type]
    return window


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    screen = window.navigator.screen
    assert screen is not None and screen.driver is not None
    for _ in range(round(seconds / 0.05)):
        clock.advance(0.05)
        screen.driver.tick()


def test_the_voice_is_off_until_the_person_turns_it_on(
    voiced_window: MainWindow, player: RecordingPlayer, clock: FakeClock
) -> None:
    screen = voiced_window.navigator.open_exercise("calm-pace", start=True)
    assert screen is not None and not screen.voice_button.isChecked()
    run(voiced_window, clock, 12)
    assert player.said == []


def test_each_breathing_phase_is_spoken_as_it_starts_with_its_time_as_the_limit(
    qtbot: QtBot, voiced_window: MainWindow, player: RecordingPlayer, clock: FakeClock, settings: Settings
) -> None:
    screen = voiced_window.navigator.open_exercise("calm-pace")
    assert screen is not None
    screen.voice_box.setChecked(True)
    assert settings.get("voice/enabled") is True
    assert {"In", "Out", "That's the end. Take all the time you need."} <= set(player.prepared)
    screen.choose_length(1)
    screen.start()
    run(voiced_window, clock, 10.2)
    assert [text for text, _ in player.said] == ["In", "Out", "In"]
    assert player.said[0][1] == pytest.approx(4.0) and player.said[1][1] == pytest.approx(6.0, abs=0.06)
    stops = player.stops
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)  # pause: silent at once
    assert screen.state is SessionState.PAUSED and player.stops > stops
    qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    run(voiced_window, clock, 60)
    assert player.said[-1] == ("That's the end. Take all the time you need.", None)


def test_steps_are_read_and_v_switches_the_voice_off_mid_exercise(
    qtbot: QtBot, voiced_window: MainWindow, player: RecordingPlayer, settings: Settings
) -> None:
    settings.set("voice/enabled", True)
    screen = voiced_window.navigator.open_exercise("grounding", start=True)
    assert screen is not None and screen.voice_button.isChecked()
    first = screen.exercise.steps[0]
    assert player.said == [(first.words_to_say, None)]  # an untimed step has no limit
    qtbot.keyClick(focused(screen), Qt.Key.Key_V)
    assert not screen.voice_button.isChecked() and settings.get("voice/enabled") is False
    for _ in range(first.count):
        qtbot.keyClick(focused(screen), Qt.Key.Key_Space)
    assert len(player.said) == 1


def test_notice_wording_is_what_the_voice_reads_too(
    voiced_window: MainWindow, player: RecordingPlayer, settings: Settings
) -> None:
    settings.set("voice/enabled", True)
    settings.set("steps/notice_wording", True)
    screen = voiced_window.navigator.open_exercise("grounding", start=True)
    assert screen is not None
    assert player.said[0][0] == screen.exercise.steps[0].notice


def test_a_chime_can_replace_the_phase_words(
    voiced_window: MainWindow, player: RecordingPlayer, clock: FakeClock, settings: Settings
) -> None:
    settings.set("voice/enabled", True)
    settings.set("voice/chime", "instead")
    voiced_window.navigator.open_exercise("calm-pace", start=True)
    run(voiced_window, clock, 4.2)
    assert [text for text, _ in player.said] == ["[chime.wav]", "[chime.wav]"]
    settings.set("voice/chime", "with-words")
    run(voiced_window, clock, 6.0)
    assert player.said[-1][0] == "[chime.wav] In"


def test_with_cues_each_phase_begins_with_its_own_sound_alone_or_before_its_word(
    voiced_window: MainWindow, player: RecordingPlayer, clock: FakeClock, settings: Settings
) -> None:
    narrator = voiced_window.context.narrator
    assert narrator is not None
    narrator.cues = phase_cues(resource("sounds"))
    settings.set("voice/enabled", True)
    settings.set("voice/chime", "instead")
    voiced_window.navigator.open_exercise("box", start=True)  # out first, then in, hold, out, rest (4 s each)
    run(voiced_window, clock, 16.2)
    cues = ["[cue-out.wav]", "[cue-in.wav]", "[cue-hold.wav]", "[cue-out.wav]", "[cue-rest.wav]"]
    assert [text for text, _ in player.said] == cues
    assert player.said[0][1] == pytest.approx(4.0, abs=0.3)  # cut at the phase's end, like the words
    settings.set("voice/chime", "with-words")
    run(voiced_window, clock, 4.0)
    assert player.said[-1][0] == "[cue-in.wav] In"


def test_an_unavailable_voice_leaves_captions_and_one_calm_line(
    voiced_window: MainWindow, player: RecordingPlayer, settings: Settings
) -> None:
    settings.set("voice/enabled", True)
    screen = voiced_window.navigator.open_exercise("calm-pace", start=True)
    assert screen is not None
    player.unavailable.emit("no sound output was found on this computer")
    assert screen.voice_note.isVisibleTo(screen)
    assert screen.voice_note.text() == (
        "The voice isn't available right now (no sound output was found on this computer), so the words stay on screen."
    )
    assert screen.phase_label.text() == "Breathe in"


@pytest.mark.parametrize("exercise", ["steady-me-now", "grounding", "calm-pace"])
def test_with_no_sound_output_every_exercise_screen_says_so_and_a_screen_reader_can_read_it(
    make_window: Callable[..., MainWindow], settings: Settings, qtbot: QtBot, tmp_path: Path, exercise: str
) -> None:
    """V pressed during a sequence, steps or breathing on a computer with no sound card: one calm line, readable."""
    import sys

    from PySide6.QtGui import QAccessible

    from app.voice.player import VoicePlayer
    from app.voice.synth import VoiceOptions

    aplay = tmp_path / "aplay"  # what aplay says where there is no sound card
    aplay.write_text("#!/bin/sh\necho 'aplay: main:850: audio open error: No such file or directory' >&2\nexit 1\n")
    aplay.chmod(0o755)
    player = VoicePlayer(
        [sys.executable, "-m", "app", "--voice-worker"], lambda: VoiceOptions(), lambda path: [str(aplay), str(path)]
    )
    words, _problem = load_voice_words(resource("voice", "words.toml"))
    window = make_window()
    window.context.narrator = Narrator(player, words, settings, None)
    try:
        screen = window.navigator.open_exercise(exercise, start=True)
        assert screen is not None
        qtbot.keyClick(focused(screen), Qt.Key.Key_V)
        assert screen.voice_button.text() == "Voice: on"
        qtbot.waitUntil(lambda: screen.voice_note.isVisible(), timeout=15000)
        note = screen.voice_note.text()
        assert note == (
            "The voice isn't available right now (no sound output was found on this computer), "
            "so the words stay on screen."
        )
        readable = QAccessible.queryAccessibleInterface(screen.voice_note)
        assert readable is not None and readable.text(QAccessible.Text.Name) == note
        assert not readable.state().invisible
        ancestor = readable.parent()
        while ancestor is not None and ancestor.object() is not window:
            ancestor = ancestor.parent()
        assert ancestor is not None, "the note is in the window's accessibility tree"
    finally:
        player.shutdown()


def test_v_switches_the_voice_from_now_on_and_says_so_as_settings_shows(
    qtbot: QtBot, voiced_window: MainWindow, player: RecordingPlayer, settings: Settings, clock: FakeClock
) -> None:
    screen = voiced_window.navigator.open_exercise("calm-pace", start=True)
    assert screen is not None and not settings.get("voice/enabled")
    qtbot.keyClick(focused(voiced_window), Qt.Key.Key_V)
    assert screen.notice.text() == "The voice is on, now and for the next exercises (Settings can change that)."
    assert settings.get("voice/enabled") is True, "Settings shows what V chose"
    run(voiced_window, clock, 5)
    assert player.said, "and the voice speaks the next phase"
    qtbot.keyClick(focused(voiced_window), Qt.Key.Key_V)
    assert screen.notice.text().startswith("The voice is off, now and for the next exercises")
    assert settings.get("voice/enabled") is False


def test_with_no_voice_for_the_language_the_reason_names_it_in_its_own_words(qtbot: QtBot, settings: Settings) -> None:
    player = RecordingPlayer()
    narrator = Narrator(player, VoiceWords(), settings)  # type: ignore[arg-type]
    heard: list[str] = []
    narrator.unavailable.connect(heard.append)
    player.no_voice_for, player.reason = "fr", "no voice for the language 'fr' is installed"
    player.unavailable.emit(player.reason)
    assert heard == ["this computer has no voice for français"] and narrator.reason == heard[0]


@pytest.mark.parametrize("still", [False, True])
def test_eyes_closed_gives_each_phase_its_sound_with_the_voice_off_and_says_once_how_to_stop(
    qtbot: QtBot, make_window: Callable[..., MainWindow], player: RecordingPlayer, clock: FakeClock,
    settings: Settings, still: bool,
) -> None:  # fmt: skip
    words, _problem = load_voice_words(resource("voice", "words.toml"))
    window = make_window(reduced_motion=still)
    narrator = Narrator(player, words, settings, resource("sounds", "chime.wav"), cues=phase_cues(resource("sounds")))
    window.context.narrator = narrator  # type: ignore[assignment]
    assert settings.get("voice/enabled") is False  # the voice stays off
    screen = window.navigator.open_exercise("calm-pace")
    assert isinstance(screen, BreathingScreen) and screen.eyes_box.isVisible()
    qtbot.keyClick(focused(window), Qt.Key.Key_E)  # one key on the ready page
    assert screen.eyes_box.isChecked() and player.said == [("Eyes closed. Listen for the sounds. Esc stops.", None)]
    screen.choose_length(1)
    qtbot.keyClick(focused(window), Qt.Key.Key_Space)
    run(window, clock, 10.2)  # in 4, out 6, in
    assert "E: eyes closed is on" in screen.keys.hint.text()  # a glance at the hint line shows it is on
    assert [text for text, _ in player.said[1:]] == ["[cue-in.wav]", "[cue-out.wav]", "[cue-in.wav]"]  # no words
    qtbot.keyClick(focused(window), Qt.Key.Key_E)  # off again, during the breath
    assert screen.notice.text() == "The sounds for each phase are off." and not narrator.eyes_closed
    qtbot.keyClick(focused(window), Qt.Key.Key_E)
    said = len(player.said)
    run(window, clock, 60)
    assert player.said[-1][0] == words.closing  # the end is heard, eyes closed, though the voice is off
    cues = [text for text, _ in player.said[said:-1]]
    assert len(cues) >= 9 and all(text in ("[cue-in.wav]", "[cue-out.wav]") for text in cues), cues
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    window.navigator.show_home()
    assert not narrator.eyes_closed  # the next exercise begins as the settings say


def test_the_common_reasons_for_no_voice_are_said_in_the_persons_language(german: None) -> None:
    from app.ui.services.narration import in_words

    assert (
        in_words("no sound output was found on this computer") == "auf diesem Computer wurde keine Tonausgabe gefunden"
    )
    assert (
        in_words("the speech engine could not start (OSError: x)") == "the speech engine could not start (OSError: x)"
    )
