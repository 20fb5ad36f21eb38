"""The voice player with the real worker and engine, and a stand-in aplay that logs start and stop.

Waits are on signals and conditions with time limits (qtbot), never fixed sleeps.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.voice.player import VoicePlayer
from app.voice.synth import VoiceOptions
from tests.conftest import ROOT
from tests.voice.conftest import log_lines, measure

pytestmark = pytest.mark.usefixtures("espeak")
WORKER = [sys.executable, "-m", "app", "--voice-worker"]


@pytest.fixture
def make_player(monkeypatch: pytest.MonkeyPatch) -> Iterator:
    monkeypatch.chdir(ROOT)
    players: list[VoicePlayer] = []

    def make(**kwargs: object) -> VoicePlayer:
        kwargs.setdefault("precheck", lambda: [])
        player = VoicePlayer(WORKER, lambda: VoiceOptions(rate=160), **kwargs)  # type: ignore[arg-type]
        players.append(player)
        return player

    yield make
    for player in players:
        player.shutdown()


def starts(log: Path) -> list[str]:
    return [Path(path).name for what, _when, path in log_lines(log) if what == "start"]


def test_a_prompt_is_spoken_and_stop_silences_it_within_100_ms(
    qtbot: QtBot, make_player: object, aplay_log: Path
) -> None:
    player = make_player()  # type: ignore[operator]
    with qtbot.waitSignal(player.started, timeout=15000) as spoken:
        player.say("Let your shoulders drop, and breathe out slowly, all the way.")
    assert spoken.args[0].startswith("Let your shoulders drop")
    qtbot.waitUntil(lambda: len(starts(aplay_log)) == 1, timeout=5000)
    assert player.speaking
    with qtbot.waitSignal(player.silenced, timeout=1000) as silenced:
        asked = time.monotonic()
        player.stop()
    silent_after = time.monotonic() - asked
    assert silent_after < 0.1, f"still playing {silent_after * 1000:.0f} ms after stop"
    assert silenced.args[0] < 100
    assert not player.speaking
    assert [w for w, *_ in log_lines(aplay_log)] == ["start"]  # it never played to the end


def test_a_new_prompt_replaces_the_old_one_and_a_long_one_is_cut_at_its_limit(
    qtbot: QtBot, make_player: object, aplay_log: Path
) -> None:
    player = make_player()  # type: ignore[operator]
    player.prepare(["In", "Out, slowly, all the way, and let your jaw go soft and loose."])
    qtbot.waitUntil(lambda: not player._pending, timeout=15000)
    player.say("In")
    with qtbot.waitSignal(player.started, timeout=3000):
        player.say("Out, slowly, all the way, and let your jaw go soft and loose.", limit=0.5)
    began = time.monotonic()
    qtbot.waitUntil(lambda: len(starts(aplay_log)) >= 1, timeout=3000)  # the long one really plays
    qtbot.waitUntil(lambda: not player.speaking, timeout=3000)
    assert time.monotonic() - began < 0.7  # cut at its half-second limit, not played for ~4 s
    assert "end" not in [w for w, *_ in log_lines(aplay_log)]  # "In" was cut off, not queued behind


def test_prepared_prompts_start_within_50_ms(qtbot: QtBot, make_player: object, aplay_log: Path) -> None:
    player = make_player()  # type: ignore[operator]
    player.prepare(["In", "Out"])
    qtbot.waitUntil(lambda: not player._pending, timeout=15000)
    delays = []
    for text in ["In", "Out", "In", "Out"]:
        with qtbot.waitSignal(player.started, timeout=3000) as spoken:
            player.say(text, limit=2.0)
        delays.append(spoken.args[1])
    assert max(delays) < 50, delays


def test_a_missing_engine_means_captions_and_one_calm_notice(qtbot: QtBot, make_player: object) -> None:
    player = make_player(precheck=lambda: ["the espeak-ng speech library is not installed (package libespeak-ng1)"])  # type: ignore[operator]
    with qtbot.waitSignal(player.unavailable, timeout=1000) as told:
        player.say("In")
    assert told.args[0].startswith("the espeak-ng speech library is not installed")
    player.say("Out")  # nothing happens, no exception, no second notice
    assert not player.speaking and player.worker_pid is None


def test_a_broken_speech_driver_is_reported(
    qtbot: QtBot, make_player: object, monkeypatch: pytest.MonkeyPatch, aplay_log: Path
) -> None:
    monkeypatch.setenv("STEADY_TTS_DRIVER", "no-such-driver")
    player = make_player()  # type: ignore[operator]
    with qtbot.waitSignal(player.unavailable, timeout=15000) as told:
        player.say("In")
    assert "the speech engine could not start" in told.args[0]


def test_no_player_program_is_reported(qtbot: QtBot, make_player: object) -> None:
    player = make_player(play_command=lambda _path: None)  # type: ignore[operator]
    with qtbot.waitSignal(player.unavailable, timeout=15000) as told:
        player.say("In")
    assert "aplay" in told.args[0] or "not supported" in told.args[0]


def test_a_killed_worker_is_replaced_and_the_next_prompt_is_spoken(
    qtbot: QtBot, make_player: object, aplay_log: Path
) -> None:
    player = make_player()  # type: ignore[operator]
    with qtbot.waitSignal(player.engine_ready, timeout=15000):
        player.warm_up()
    first = player.worker_pid
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: player.worker_pid != first, timeout=5000)
    with qtbot.waitSignal(player.started, timeout=15000):
        player.say("Rest")
    assert player.worker_pid not in (None, first)
    qtbot.waitUntil(lambda: len(starts(aplay_log)) == 1, timeout=5000)


def test_a_hung_worker_is_replaced_and_the_next_prompt_is_spoken(
    qtbot: QtBot, make_player: object, aplay_log: Path
) -> None:
    player = make_player(hang_seconds=0.5)  # type: ignore[operator]
    with qtbot.waitSignal(player.engine_ready, timeout=15000):
        player.warm_up()
    hung = player.worker_pid
    os.kill(hung, signal.SIGSTOP)  # frozen: it will never answer
    try:
        with qtbot.waitSignal(player.started, timeout=15000):
            player.say("Hold")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(hung, signal.SIGKILL)
    assert player.worker_pid != hung
    assert player.available


def test_each_prompt_plays_its_own_words_and_new_options_take_effect(
    qtbot: QtBot, make_player: object, aplay_log: Path
) -> None:
    rate = {"value": 160}
    player = make_player()  # type: ignore[operator]
    player._options = lambda: VoiceOptions(rate=rate["value"])
    sentence = "Let your shoulders drop, and breathe out slowly, all the way."
    played = []
    for text in ["In", sentence, "Out", sentence]:
        with qtbot.waitSignal(player.started, timeout=15000):
            player.say(text)
        expected = len(played) + 1
        qtbot.waitUntil(lambda: len(starts(aplay_log)) == expected, timeout=5000)  # noqa: B023
        played.append(measure(Path([p for w, _t, p in log_lines(aplay_log) if w == "start"][-1])).seconds)
    assert played[0] < 1.0 and played[2] < 1.0  # the short words are short ...
    assert played[1] > 2.5 and played[3] > 2.5  # ... and the sentence is the sentence, every time
    rate["value"] = 90  # the person slows the voice down in the settings
    with qtbot.waitSignal(player.engine_ready, timeout=15000), qtbot.waitSignal(player.started, timeout=15000):
        player.say(sentence)
    qtbot.waitUntil(lambda: len(starts(aplay_log)) == 5, timeout=5000)
    slower = measure(Path([p for w, _t, p in log_lines(aplay_log) if w == "start"][-1])).seconds
    assert slower > 1.4 * played[1]


def test_a_computer_with_no_sound_output_is_found_when_the_voice_is_turned_on(
    qtbot: QtBot, make_player: object, tmp_path: Path
) -> None:
    """As `aplay` says on a machine with no sound card: told at once, before any prompt is due."""
    fails = tmp_path / "aplay"
    fails.write_text("#!/bin/sh\necho 'aplay: main:850: audio open error: No such file or directory' >&2\nexit 1\n")
    fails.chmod(0o755)
    player = make_player(play_command=lambda path: [str(fails), str(path)])  # type: ignore[operator]
    with qtbot.waitSignal(player.unavailable, timeout=15000) as told:
        player.warm_up()
    assert told.args == ["no sound output was found on this computer"]
    player.say("In")  # then nothing is tried, and nothing fails loudly
    assert not player.speaking


def test_with_no_speech_engine_the_breathing_cues_still_play_at_the_voices_volume(
    qtbot: QtBot, make_player: object, aplay_log: Path
) -> None:
    """Eyes closed needs the cues most where speech can't be had (no espeak-ng): the words stay on screen."""
    player = make_player(precheck=lambda: ["the espeak-ng speech library is not installed"])  # type: ignore[operator]
    with qtbot.waitSignal(player.unavailable, timeout=5000):
        player.say("In")  # the speech gives up, saying why
    assert player.reason.startswith("the espeak-ng speech library") and player.speech_only
    with qtbot.waitSignal(player.started, timeout=5000):
        player.play_file(ROOT / "resources" / "sounds" / "cue-in.wav", limit=4.0)
    qtbot.waitUntil(lambda: len(starts(aplay_log)) == 1, timeout=5000)
    assert starts(aplay_log) == ["cue-in-at-80.wav"]  # the voice's volume (80 %)
