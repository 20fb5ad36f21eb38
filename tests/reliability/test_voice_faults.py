"""The speech process killed mid-prompt, hung, flooding output, never ready, or missing: the exercise goes on.

The real window runs a one-minute breathing exercise with the real voice (the worker process
and espeak-ng) and a stand-in aplay that logs what it plays; the exercise's clock is a fake
one, stepped here, while the voice works in real time. Waits are conditions with time limits.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import app.voice.player as player_module
from app.core.clock import FakeClock
from app.core.session import SessionState
from app.storage.catalog import load_catalog
from app.storage.personal import PersonalData
from app.storage.resources import resource
from app.storage.settings import Settings
from app.storage.voice_words import load_voice_words
from app.ui.screens.breathing import BreathingScreen
from app.ui.services.narration import Narrator
from app.ui.window import MainWindow
from app.voice.player import VoicePlayer
from app.voice.synth import VoiceOptions
from tests.conftest import ROOT
from tests.voice.conftest import log_lines

pytestmark = pytest.mark.usefixtures("espeak")
WORKER = [sys.executable, "-m", "app", "--voice-worker"]

FLOOD_LINES = "import sys\nwhile True:\n    sys.stdout.buffer.write(b'not an answer ' * 50 + b'\\n')\n"
FLOOD_ONE_LINE = "import sys\nwhile True:\n    sys.stdout.buffer.write(b'x' * 65536)\n"
NEVER_READY = "import sys\nfor line in sys.stdin:\n    pass\n"
NOISY_STDERR = (
    "import os, sys\nsys.stderr.buffer.write(b'engine chatter ' * 400_000)\nsys.stderr.flush()\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'app', '--voice-worker'])\n"
)


class Visit:
    """A window with the voice on, in the middle of a one-minute breathing exercise."""

    def __init__(self, window: MainWindow, screen: BreathingScreen, player: VoicePlayer, clock: FakeClock) -> None:
        self.window, self.screen, self.player, self.clock = window, screen, player, clock
        self.told: list[str] = []
        player.unavailable.connect(self.told.append)

    def breathe(self, seconds: float) -> None:
        """Let the exercise run on for `seconds` of its own time, the voice's processes working meanwhile."""
        assert self.screen.driver is not None
        end = self.clock.now() + seconds
        while self.clock.now() < end and self.screen.driver.session.state is SessionState.RUNNING:
            self.clock.advance(0.25)
            self.screen.driver.tick()
            QApplication.processEvents()

    def breathe_to_the_end(self) -> None:
        self.breathe(120)
        assert self.screen.driver is not None
        assert self.screen.driver.session.state is SessionState.FINISHED, "the exercise went on to its end"
        assert self.screen.pages.currentWidget() is self.screen.done_page
        assert self.screen.phase_label.text(), "the words were on screen throughout"


@pytest.fixture
def start_visit(
    qtbot: QtBot, tmp_path: Path, aplay_log: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Visit]]:
    monkeypatch.chdir(ROOT)
    players: list[VoicePlayer] = []

    def start(worker: list[str] = WORKER, hang_seconds: float = 4.0) -> Visit:
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        settings.set("care/checkins", False)
        player = VoicePlayer(worker, lambda: VoiceOptions(rate=170), precheck=lambda: [], hang_seconds=hang_seconds)
        players.append(player)
        words, problem = load_voice_words(resource("voice", "words.toml"))
        assert not problem
        narrator = Narrator(player, words, settings, resource("sounds", "chime.wav"))
        narrator.set_enabled(True, remember=False)
        clock = FakeClock()
        personal = PersonalData(tmp_path / "data")
        window = MainWindow(
            load_catalog(resource("exercises")), clock, settings, lambda: False, personal, None, narrator
        )
        qtbot.addWidget(window)
        window.show()
        screen = window.navigator.open_exercise("calm-pace")
        assert isinstance(screen, BreathingScreen)
        screen.choose_length(1)
        screen.start()
        return Visit(window, screen, player, clock)

    yield start
    for player in players:
        player.shutdown()


def spoken(log: Path) -> int:
    return sum(1 for what, *_ in log_lines(log) if what == "start")


def stand_in(tmp_path: Path, name: str, code: str) -> list[str]:
    script = tmp_path / f"{name}.py"
    script.write_text(code, encoding="utf-8")
    return [sys.executable, str(script)]


def test_a_worker_killed_mid_prompt_is_replaced_and_the_exercise_goes_on(
    qtbot: QtBot, start_visit: Callable[..., Visit], aplay_log: Path
) -> None:
    visit = start_visit()
    qtbot.waitUntil(lambda: spoken(aplay_log) >= 1, timeout=15000)  # the first phase word is spoken
    first = visit.player.worker_pid
    assert first is not None
    visit.player.say("A sentence the worker has not made yet, so it is in the middle of it when it dies.")
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: visit.player.worker_pid not in (None, first), timeout=10000)
    before = spoken(aplay_log)
    while spoken(aplay_log) == before and visit.screen.driver.session.state is SessionState.RUNNING:  # type: ignore[union-attr]
        visit.breathe(0.5)
        # Let a prompt that began play out before the exercise moves on: on a busy machine the stand-in
        # player could otherwise be stopped by the next phase before it even noted that it started.
        qtbot.waitUntil(lambda: not visit.player._pending and not visit.player.speaking, timeout=10000)
    assert spoken(aplay_log) > before, "the next phase was spoken by the new worker"
    visit.breathe_to_the_end()
    assert visit.told == [] and visit.screen.voice_note.isHidden()


def test_a_hung_worker_is_replaced_and_the_exercise_goes_on(
    qtbot: QtBot, start_visit: Callable[..., Visit], aplay_log: Path
) -> None:
    visit = start_visit(hang_seconds=0.5)
    qtbot.waitUntil(lambda: visit.player.worker_pid is not None and visit.player._ready, timeout=15000)
    hung = visit.player.worker_pid
    assert hung is not None
    os.kill(hung, signal.SIGSTOP)  # frozen: it will never answer
    try:
        visit.player.say("Words the frozen worker will never make.")
        visit.breathe(3)  # the exercise does not wait for the voice
        qtbot.waitUntil(lambda: visit.player.worker_pid not in (None, hung), timeout=10000)
    finally:
        with contextlib.suppress(ProcessLookupError):  # already killed and gone
            os.kill(hung, signal.SIGKILL)
    before = spoken(aplay_log)
    visit.breathe(4.5)  # into the next phases
    qtbot.waitUntil(lambda: spoken(aplay_log) > before or bool(visit.player._pending) is False, timeout=10000)
    visit.breathe_to_the_end()
    assert visit.told == []


@pytest.mark.parametrize(
    "code", [FLOOD_LINES, FLOOD_ONE_LINE, NEVER_READY], ids=["floods lines", "floods one endless line", "never ready"]
)
def test_a_worker_that_floods_or_never_answers_is_given_up_calmly(
    qtbot: QtBot,
    start_visit: Callable[..., Visit],
    tmp_path: Path,
    code: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(player_module, "STARTUP_SECONDS", 0.5)
    visit = start_visit(stand_in(tmp_path, "bad_worker", code), hang_seconds=0.25)
    while not visit.told and visit.screen.driver.session.state is SessionState.RUNNING:  # type: ignore[union-attr]
        visit.breathe(0.5)
        qtbot.waitUntil(lambda: visit.player.worker_pid is None or bool(visit.told), timeout=10000)
        visit.player.warm_up()
        visit.player.say("Breathe in")  # each phase asks again, as the exercise does
    assert len(visit.told) == 1 and "keeps stopping" in visit.told[0]
    assert len(visit.player._buffer) <= player_module.MAX_LINE_BYTES, "the flood did not pile up in memory"
    assert visit.screen.voice_note.isVisible() and "words stay on screen" in visit.screen.voice_note.text()
    visit.breathe_to_the_end()
    assert len(visit.told) == 1, "told once"


def test_a_worker_flooding_its_error_output_still_speaks(
    qtbot: QtBot, start_visit: Callable[..., Visit], tmp_path: Path, aplay_log: Path
) -> None:
    visit = start_visit(stand_in(tmp_path, "noisy_worker", NOISY_STDERR))
    qtbot.waitUntil(lambda: spoken(aplay_log) >= 1, timeout=20000)
    visit.breathe_to_the_end()
    assert visit.told == []


def test_a_missing_speech_program_leaves_the_words_and_one_calm_line(
    qtbot: QtBot, start_visit: Callable[..., Visit], tmp_path: Path
) -> None:
    visit = start_visit([str(tmp_path / "no-such-steady"), "--voice-worker"])
    qtbot.waitUntil(lambda: bool(visit.told), timeout=5000)
    assert visit.told == ["the speech helper could not be started"]
    assert visit.screen.voice_note.isVisible()
    visit.breathe_to_the_end()
    assert len(visit.told) == 1
