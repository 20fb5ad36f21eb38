"""Benchmark (not a test): the voice's start-up, prompt onset, cancel-to-silence and UI stalls.

Runs the real worker (pyttsx3 + espeak-ng) and a real voiced 1-minute calm-pace session on
the real clock and event loop. Playback goes through a stand-in `aplay` that "plays" for the
WAV's length (this machine has no sound card); onset is measured when the player process
has started, which is when real aplay would begin to sound.

    python tests/benchmarks/voice.py [--runs 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.clock import MonotonicClock  # noqa: E402
from app.core.session import PhaseStarted, SessionState  # noqa: E402
from app.storage.catalog import load_catalog  # noqa: E402
from app.storage.personal import PersonalData  # noqa: E402
from app.storage.resources import resource  # noqa: E402
from app.storage.settings import Settings  # noqa: E402
from app.storage.voice_words import load_voice_words  # noqa: E402
from app.ui.services.narration import Narrator  # noqa: E402
from app.ui.window import MainWindow  # noqa: E402
from app.voice.launch import worker_command  # noqa: E402
from app.voice.player import VoicePlayer  # noqa: E402
from app.voice.sounds import phase_cues  # noqa: E402
from app.voice.synth import VoiceOptions  # noqa: E402
from tests.voice.conftest import STAND_IN, measure  # noqa: E402


def wait(app: QApplication, signal: object, timeout_ms: int = 15000) -> list[object]:
    """Run the event loop until `signal` fires; return its arguments."""
    loop = QEventLoop()
    got: list[object] = []

    def fired(*args: object) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(fired)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(fired)  # type: ignore[attr-defined]
    return got


def stand_in_aplay(folder: Path) -> None:
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    script = bin_dir / "aplay"
    script.write_text(STAND_IN.format(python=sys.executable))
    script.chmod(0o755)
    os.environ["PATH"] = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    os.environ["APLAY_LOG"] = str(folder / "aplay.log")


def startup(app: QApplication, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        player = VoicePlayer(worker_command(), lambda: VoiceOptions())
        player.warm_up()
        times.append(float(wait(app, player.engine_ready)[0]))
        player.shutdown()
    return times


def cancel_to_silence(app: QApplication, runs: int) -> list[float]:
    player = VoicePlayer(worker_command(), lambda: VoiceOptions())
    text = "Let your shoulders drop, and breathe out slowly, all the way, as slowly as feels easy."
    player.prepare([text])
    wait(app, player.engine_ready)
    while player._pending:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    silences = []
    for _ in range(runs):
        player.say(text)
        wait(app, player.started)
        QTimer.singleShot(300, player.stop)
        silences.append(float(wait(app, player.silenced)[0]))
    player.shutdown()
    return silences


def voiced_session(app: QApplication, scratch: Path, chime: str = "off") -> dict[str, object]:
    """A real voiced 1-minute calm-pace session: onset after each phase start, and UI stalls.

    `chime`: the setting of that name; "instead" measures each phase's cue in place of its words.
    """
    settings = Settings(QSettings(str(scratch / f"bench-{chime}.ini"), QSettings.Format.IniFormat))
    settings.set("voice/enabled", True)
    settings.set("voice/chime", chime)
    settings.set("care/checkins", False)  # straight into the session
    words, _ = load_voice_words(resource("voice", "words.toml"))
    options = VoiceOptions(rate=settings.get("voice/rate"), volume=settings.get("voice/volume") / 100)
    player = VoicePlayer(worker_command(), lambda: options)
    narrator = Narrator(player, words, settings, resource("sounds", "chime.wav"), cues=phase_cues(resource("sounds")))
    window = MainWindow(
        load_catalog(resource("exercises")), MonotonicClock(), settings, lambda: False,
        PersonalData(scratch / "data"), narrator=narrator,
    )  # fmt: skip
    window.show()
    screen = window.navigator.open_exercise("calm-pace")  # prepares the prompts while the person reads
    assert screen is not None
    screen.choose_length(1)
    while player._pending or player.worker_pid is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    late: dict[str, float] = {}
    onsets: list[float] = []
    spoken: list[str] = []

    def on_phase(event: PhaseStarted) -> None:
        late["now"] = event.late_by * 1000

    def on_started(text: str, delay_ms: float) -> None:
        onsets.append(late.get("now", 0.0) + delay_ms)
        spoken.append(text)

    gaps: list[float] = []
    last = {"t": time.perf_counter()}

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last["t"]) * 1000)
        last["t"] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(1)
    player.started.connect(on_started)
    loop = QEventLoop()
    screen.state_changed.connect(lambda state: loop.quit() if state is SessionState.FINISHED else None)
    screen.start()
    assert screen.driver is not None
    screen.driver.began.connect(on_phase)  # the first phase began inside start()
    loop.exec()
    heartbeat.stop()
    prompts = {}
    for text in words.phases["in"], words.phases["out"], words.closing:
        key = player._key(text, options)
        if key in player._done:
            sound = measure(player._done[key])
            prompts[text] = {"seconds": round(sound.seconds, 3), "rms": round(sound.rms, 3)}
    window.close()
    player.shutdown()
    stall = max(g - 1.0 for g in gaps)
    used = player.choice.describe()
    return {"onsets_ms": onsets, "spoken": spoken, "worst_stall_ms": stall, "prompts": prompts, "player": used}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--real-player", action="store_true",
        help="play with the player Steady chooses here (set STEADY_AUDIO_DEVICE=null, or run a sound server), "
        "not the stand-in",
    )  # fmt: skip
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        if not args.real_player:
            stand_in_aplay(scratch)
        start = startup(app, args.runs)
        silence = cancel_to_silence(app, args.runs * 4)
        session = voiced_session(app, scratch)
        cued = voiced_session(app, scratch, chime="instead")
    onsets = session["onsets_ms"]
    cue_onsets = cued["onsets_ms"]
    assert isinstance(cue_onsets, list)
    assert isinstance(onsets, list)
    result = {
        "platform": QApplication.platformName(),
        "player": "stand-in aplay" if not args.real_player else session["player"],
        "voice_startup_ms": {"median": statistics.median(start), "worst": max(start), "runs": start},
        "prompt_onset_after_phase_start_ms": {
            "median": statistics.median(onsets),
            "worst": max(onsets),
            "prompts": len(onsets),
        },
        "cue_onset_after_phase_start_ms": {
            "median": statistics.median(cue_onsets),
            "worst": max(cue_onsets),
            "cues": len(cue_onsets),
        },
        "cancel_to_silence_ms": {"median": statistics.median(silence), "worst": max(silence), "runs": len(silence)},
        "worst_ui_stall_while_speaking_ms": session["worst_stall_ms"],
        "voiced_session_prompts": session["prompts"],
        "spoken_in_order": session["spoken"],
    }
    print(
        f"voice start-up: median {result['voice_startup_ms']['median']:.1f} ms, worst {max(start):.1f} ms ({len(start)} runs)"
    )
    print(
        f"prompt onset after its phase start: median {statistics.median(onsets):.1f} ms, worst {max(onsets):.1f} ms ({len(onsets)} prompts); aim < 50 ms"
    )
    print(
        f"cue onset after its phase start: median {statistics.median(cue_onsets):.1f} ms, worst {max(cue_onsets):.1f} ms ({len(cue_onsets)} cues); aim < 50 ms"
    )
    print(
        f"cancel to silence: median {statistics.median(silence):.1f} ms, worst {max(silence):.1f} ms ({len(silence)} runs); aim < 50 ms"
    )
    print(f"worst UI event-loop stall while speaking: {session['worst_stall_ms']:.1f} ms; aim < 20 ms")
    print(f"prompts of the voiced 1-minute calm-pace session: {session['prompts']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
