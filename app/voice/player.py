"""Speaks prompts without ever blocking the window, and falls silent the instant it is asked.

A long-lived worker process (`steady --voice-worker`) turns each prompt into a WAV ahead of
time; playing one is a short-lived `aplay` (or `afplay`) that stops the moment it is killed.
So a prompt starts when its phase starts, is cut when the phase ends, and is never queued.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, QTimer, Signal

from app.voice.audio import PlayerChoice, why_no_player
from app.voice.in_process import InProcessPlayback, player_process
from app.voice.output_check import SoundOutputCheck
from app.voice.sounds import at_volume
from app.voice.synth import VoiceOptions

HANG_SECONDS = 4.0  # a worker that takes longer than this for one prompt is replaced
MAX_RESTARTS = 3  # consecutive failures before the voice is declared unavailable
STARTUP_SECONDS = 10.0  # a starting worker that has not said it is ready by then is replaced
MAX_NOISE_LINES = 100  # lines that are not answers before a worker is taken to be broken
MAX_LINE_BYTES = 1_000_000  # no answer is anywhere near this long
MIN_USEFUL_SECONDS = 0.25  # a prompt ready later than this before its phase ends is not played
VOICES = "voices"  # the request key that asks for the list of voices


@dataclass
class _Request:
    text: str
    key: str
    path: Path
    prefix: Path | None = None
    sent_at: float = 0.0


@dataclass
class _Wanted:
    text: str
    key: str
    asked_at: float
    limit: float | None


class VoicePlayer(QObject):
    """Says one prompt at a time; a new prompt or `stop()` silences the current one at once.

    Signals:
        unavailable(str): the voice cannot be used, with the reason in plain words.
        started(str, float): a prompt began playing: its text, and the delay in ms since asked.
        silenced(float): a prompt that was stopped has really ended; ms from the stop to silence.
        engine_ready(float): the worker is ready; ms it took to start.
        voices_ready(list): the voices the engine offers, as dicts with id, name and language.
    """

    unavailable = Signal(str)
    started = Signal(str, float)
    silenced = Signal(float)
    engine_ready = Signal(float)
    voices_ready = Signal(list)

    def __init__(
        self,
        worker_command: list[str],
        options: Callable[[], VoiceOptions],
        play_command: Callable[[Path], list[str] | None] | None = None,
        precheck: Callable[[], list[str]] = lambda: [],
        clock: Callable[[], float] = time.monotonic,
        hang_seconds: float = HANG_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hang_seconds = hang_seconds
        self._worker_command = worker_command
        self._options = options
        self.choice = PlayerChoice([]) if play_command is not None else PlayerChoice()  # which player, and why
        self._play_command = play_command or self.choice.command
        self._precheck = precheck
        self._clock = clock
        self._cache = Path(tempfile.mkdtemp(prefix="steady-voice-"))
        self._worker: QProcess | None = None
        self._worker_started_at = 0.0
        self._ready = False
        self._buffer = b""
        self._noise = 0  # lines from the worker that were not answers
        self._next_id = 0
        self._pending: dict[int, _Request] = {}
        self._done: dict[str, Path] = {}
        self._keys: dict[str, str] = {}  # the words and voice behind each WAV's name
        self._wanted: _Wanted | None = None
        self._player: QProcess | InProcessPlayback | None = None
        self._players: list[QProcess | InProcessPlayback] = []  # every play process not yet freed
        self._failures = 0
        self._restarting = False
        self.reason = ""
        self.last_error = ""
        self.no_voice_for = ""  # the language of the words, when the engine has no voice for it
        self.speech_only = False  # what failed is the speech, not the sound: cues still play
        self._output = SoundOutputCheck(self._play_command, self, self.choice.fall_back)
        self._output.missing.connect(self._give_up)
        self._cutoff = QTimer(self)
        self._cutoff.setSingleShot(True)
        self._cutoff.setTimerType(Qt.TimerType.PreciseTimer)
        self._cutoff.timeout.connect(self.stop)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(max(50, int(hang_seconds * 250)))
        self._watchdog.timeout.connect(self._check_for_hang)

    # -- what the app asks for -----------------------------------------------------------

    @property
    def available(self) -> bool:
        return not self.reason

    def warm_up(self) -> None:
        """Start the worker now, so the first prompt need not wait for it."""
        if self._usable():
            self._ensure_worker()

    def prepare(self, texts: Iterable[str], prefix: Path | None = None) -> None:
        """Make WAVs for prompts that will be needed soon (an exercise's words)."""
        if not self._usable():
            return
        options = self._options()
        prefix = self._at_volume(prefix, options)
        for text in texts:
            key = self._key(text, options, prefix)
            if key not in self._done and not any(r.key == key for r in self._pending.values()):
                self._request(text, key, options, prefix)

    def say(self, text: str, limit: float | None = None, prefix: Path | None = None) -> None:
        """Say `text` now (after the sound `prefix`, if given), for at most `limit` seconds.

        Whatever was playing stops first; a prompt is never queued behind another.
        """
        self.stop()
        if not text or not self._usable():
            return
        options = self._options()
        prefix = self._at_volume(prefix, options)
        key = self._key(text, options, prefix)
        wanted = _Wanted(text, key, self._clock(), limit)
        if key in self._done and self._done[key].exists():
            self._play(self._done[key], wanted)
            return
        self._wanted = wanted
        if not any(r.key == key for r in self._pending.values()):
            self._request(text, key, options, prefix)

    def ask_for_voices(self) -> None:
        """Ask the engine which voices it has; `voices_ready` brings the answer."""
        if self._usable():
            self._request("", VOICES, VoiceOptions())

    def play_file(self, path: Path, limit: float | None = None) -> None:
        """Play a sound file (a phase's cue) the same way: at once, at the voice's volume, cut after `limit`."""
        self.stop()
        if self._usable() or (self.speech_only and self._can_sound()):
            sound = self._at_volume(path, self._options())
            self._play(sound, _Wanted(path.name, "", self._clock(), limit))

    def _at_volume(self, sound: Path | None, options: VoiceOptions) -> Path | None:
        """A cue as loud as the words around it (the voice's volume setting), kept with the prompts."""
        return None if sound is None else at_volume(sound, options.volume, self._cache)

    def stop(self) -> None:
        """Silence now: the playing prompt is killed and a waiting one is dropped."""
        self._wanted = None
        self._cutoff.stop()
        player, self._player = self._player, None
        if player is not None and player.state() != QProcess.ProcessState.NotRunning:
            player.setProperty("stop_asked", self._clock())
            player.kill()  # SIGKILL: silent at once; finished() tidies up later

    @property
    def worker_pid(self) -> int | None:
        """The speech worker's process id while it runs (for diagnostics and tests)."""
        if self._worker is None or self._worker.state() == QProcess.ProcessState.NotRunning:
            return None
        return int(self._worker.processId())

    @property
    def speaking(self) -> bool:
        return self._player is not None and self._player.state() != QProcess.ProcessState.NotRunning

    def shutdown(self) -> None:
        """Stop everything and remove the prepared sound files."""
        self.stop()
        self._output.stop()
        for player in self._players:
            player.kill()
            player.waitForFinished(500)  # only at quit: SIGKILLed processes end at once
        self._pending.clear()
        self._watchdog.stop()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.finished.disconnect()
            worker.kill()
            worker.waitForFinished(1000)
        shutil.rmtree(self._cache, ignore_errors=True)

    # -- the worker ----------------------------------------------------------------------

    def _usable(self) -> bool:
        if self.reason:
            return False
        problems = self._precheck()
        if problems:
            self._give_up("; ".join(problems), speech_only=True)  # (no player at all shows when one is looked for)
            return False
        self._output.start(self._cache)
        return not self.reason

    def _can_sound(self) -> bool:
        """Whether a sound can be played here, speech or none (the output is checked once, as for speech)."""
        self._output.start(self._cache)
        return not self.reason or self.speech_only

    def _ensure_worker(self) -> None:
        if self._worker is not None:
            return
        worker = QProcess(self)
        # Its stderr goes straight to ours: a worker that floods it can't fill the app's memory.
        worker.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        worker.readyReadStandardOutput.connect(self._on_worker_output)
        worker.finished.connect(self._on_worker_finished)
        worker.errorOccurred.connect(self._on_worker_error)
        self._worker = worker
        self._ready = False
        self._buffer = b""
        self._noise = 0
        self._worker_started_at = self._clock()
        self._watchdog.start()  # a worker that never says it is ready is replaced too
        worker.start(self._worker_command[0], self._worker_command[1:])
        options = self._options()
        hello = {
            "cmd": "start", "voice": options.voice, "rate": options.rate, "volume": options.volume,
            "pitch": options.pitch, "language": options.language,
        }  # fmt: skip
        worker.write((json.dumps(hello) + "\n").encode("utf-8"))

    def _request(self, text: str, key: str, options: VoiceOptions, prefix: Path | None = None) -> None:
        self._next_id += 1
        request = _Request(text, key, self._cache / f"{key}.wav", prefix)
        self._pending[self._next_id] = request
        self._ensure_worker()
        if self._ready:
            self._send(self._next_id, request, options)

    def _send(self, ident: int, request: _Request, options: VoiceOptions | None = None) -> None:
        assert self._worker is not None
        options = options or self._options()
        message = {
            "id": ident, "text": request.text, "path": str(request.path),
            "voice": options.voice, "rate": options.rate, "volume": options.volume, "language": options.language,
            "pitch": options.pitch,
        }  # fmt: skip
        if request.prefix is not None:
            message["prefix"] = str(request.prefix)
        if request.key == VOICES:
            message = {"id": ident, "cmd": "voices"}
        request.sent_at = self._clock()
        self._worker.write((json.dumps(message) + "\n").encode("utf-8"))
        if not self._watchdog.isActive():
            self._watchdog.start()

    def _on_worker_output(self) -> None:
        worker = self._worker
        if worker is None:
            return
        *lines, self._buffer = (self._buffer + bytes(worker.readAllStandardOutput().data())).split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
                if not isinstance(message, dict) or not isinstance(message.get("id", 0), int):
                    raise ValueError("not an answer")
            except ValueError:
                self._noise += 1
                if self._noise > MAX_NOISE_LINES:
                    self._replace_worker(worker, "it sent output that is not answers")
                    return
                continue
            if "ready" in message:
                self._on_ready(message)
            elif "id" in message:
                self._on_answer(message)
            if self._worker is not worker:
                return  # the answer ended this worker (gave up, or new options)
        if len(self._buffer) > MAX_LINE_BYTES:
            self._replace_worker(worker, "it sent a line far too long to be an answer")

    def _on_ready(self, message: dict[str, object]) -> None:
        if not message.get("ready"):
            self.last_error = str(message.get("error", ""))
            if message.get("no_voice_for"):
                self.no_voice_for = str(message["no_voice_for"])
                self._give_up(f"no voice for the language {self.no_voice_for!r} is installed", speech_only=True)
            else:
                self._give_up(f"the speech engine could not start ({self.last_error})", speech_only=True)
            return
        self._ready = True
        self.engine_ready.emit((self._clock() - self._worker_started_at) * 1000)
        for ident, request in list(self._pending.items()):
            self._send(ident, request)

    def _on_answer(self, message: dict[str, object]) -> None:
        request = self._pending.pop(int(message["id"]), None)  # type: ignore[call-overload]
        if not self._pending:
            self._watchdog.stop()
        if request is None:
            return
        if message.get("again"):
            self._pending[int(message["id"])] = request  # type: ignore[call-overload]
            self._restarting = True  # new voice options: the worker exits and a fresh one starts
            return
        if not message.get("ok"):
            self.last_error = str(message.get("error", ""))
            return  # the worker exits after an error; _on_worker_finished restarts it
        self._failures = 0
        if request.key == VOICES:
            self.voices_ready.emit(list(message.get("voices", [])))  # type: ignore[call-overload]
            return
        self._done[request.key] = request.path
        wanted = self._wanted
        if wanted is not None and wanted.key == request.key:
            self._wanted = None
            self._play(request.path, wanted)

    def _on_worker_finished(self, *_args: object) -> None:
        self._worker = None
        self._ready = False
        if self.reason:
            return
        if self._restarting:
            self._restarting = False
            self._ensure_worker()
            return
        if self._pending or self._wanted:
            self._failures += 1
            if self._failures >= MAX_RESTARTS:
                detail = f" ({self.last_error})" if self.last_error else ""
                self._give_up(f"the speech engine keeps stopping{detail}", speech_only=True)
                return
            self._ensure_worker()  # a crashed or killed worker is replaced; pending prompts go again

    def _on_worker_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._give_up("the speech helper could not be started", speech_only=True)

    def _check_for_hang(self) -> None:
        now = self._clock()
        hung = any(r.sent_at and now - r.sent_at > self._hang_seconds for r in self._pending.values())
        never_ready = not self._ready and now - self._worker_started_at > STARTUP_SECONDS
        if self._worker is not None and (hung or never_ready):
            self._replace_worker(self._worker, "it stopped answering" if self._ready else "it never became ready")
        elif self._worker is None or (self._ready and not self._pending):
            self._watchdog.stop()

    def _replace_worker(self, worker: QProcess, reason: str) -> None:
        """Kill a worker that misbehaves; finished() follows, and a fresh one takes over (or the voice gives up)."""
        self.last_error = reason
        self._buffer = b""
        worker.kill()

    def _give_up(self, reason: str, speech_only: bool = False) -> None:
        """No more speech; `speech_only`: sounds (the breathing cues) can still be played."""
        if self.reason:
            self.speech_only = self.speech_only and speech_only
            return
        self.reason = reason
        self.speech_only = speech_only
        self._pending.clear()
        self._wanted = None
        self._watchdog.stop()
        self.unavailable.emit(reason)

    # -- playing -------------------------------------------------------------------------

    def _play(self, path: Path, wanted: _Wanted) -> None:
        remaining = None
        if wanted.limit is not None:
            remaining = wanted.limit - (self._clock() - wanted.asked_at)
            if remaining < MIN_USEFUL_SECONDS:
                return  # too late to be useful: never spill into the next phase
        command = self._play_command(path)
        if command is None:
            self._give_up(why_no_player())
            return
        self._sweep()
        player = player_process(command, self)
        player.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        player.setProperty("text", wanted.text)
        player.setProperty("asked_at", wanted.asked_at)
        # Bound methods and sender(), not lambdas holding the process: deleting a QProcess
        # whose own lambdas hold it crashed PySide 6.11 here (a DeferredDelete on a dead slot).
        player.started.connect(self._on_player_started)
        player.finished.connect(self._on_player_finished)
        self._player = player
        self._players.append(player)
        player.start(command[0], command[1:])
        if remaining is not None:
            self._cutoff.start(max(1, int(remaining * 1000)))

    def _on_player_started(self) -> None:
        player = self.sender()
        if isinstance(player, QProcess | InProcessPlayback):
            asked_at = float(player.property("asked_at"))
            self.started.emit(str(player.property("text")), (self._clock() - asked_at) * 1000)

    def _on_player_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        player = self.sender()
        if not isinstance(player, QProcess | InProcessPlayback):
            return
        error = bytes(player.readAllStandardError().data()).decode("utf-8", "replace")
        if code != 0 and player is self._player and "audio open error" in error:
            lost = "no sound output was found on this computer"
            if not self.choice.fall_back(lost):  # else the next prompt tries PipeWire or PulseAudio
                self._give_up(lost)
        asked = player.property("stop_asked")
        if asked is not None:
            self.silenced.emit((self._clock() - float(asked)) * 1000)

    def _sweep(self) -> None:
        """Free the processes of prompts that have ended (never from inside their own signals)."""
        for player in [p for p in self._players if p.state() == QProcess.ProcessState.NotRunning]:
            self._players.remove(player)
            player.setParent(None)  # the last Python reference goes, and the C++ object with it

    def _key(self, text: str, options: VoiceOptions, prefix: Path | None = None) -> str:
        """A short file name for these words said this way (numbered, so no hashing library is loaded)."""
        how = f"{options.voice}|{options.language}|{options.rate}|{options.pitch}|{options.volume:.2f}"
        raw = f"{how}|{prefix or ''}|{text}"
        return self._keys.setdefault(raw, f"prompt-{len(self._keys):05d}")
