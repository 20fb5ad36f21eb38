"""Is there a sound output at all? A moment of silence played once, when the voice is first wanted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from app.voice.audio import failure_reason, why_no_player, write_silence
from app.voice.in_process import InProcessPlayback, player_process

SILENCE = "silence.wav"


class SoundOutputCheck(QObject):
    """Plays 20 ms of silence with the player command; a computer with no sound output is found at once.

    Without it, "no sound output" showed only when a prompt failed to play, and a prompt that is
    late is skipped, so step screens could go on saying nothing about it (issue 14).

    Signals:
        missing(str): no sound can be played here, with the reason in plain words.
    """

    missing = Signal(str)

    def __init__(
        self,
        play_command: Callable[[Path], list[str] | None],
        parent: QObject | None = None,
        fall_back: Callable[[str], bool] = lambda _reason: False,
    ) -> None:
        """`fall_back(reason)` moves to the next player when one can't play (True if there is one)."""
        super().__init__(parent)
        self._play_command = play_command
        self._fall_back = fall_back
        self._probe: QProcess | InProcessPlayback | None = None
        self._silence: Path | None = None
        self.started = False

    def start(self, folder: Path) -> None:
        """Once: write the silence into `folder` and play it."""
        if self.started:
            return
        self.started = True
        self._silence = write_silence(folder / SILENCE)
        self._try()

    def _try(self) -> None:
        assert self._silence is not None
        command = self._play_command(self._silence)
        if command is None:
            self.missing.emit(why_no_player())
            return
        probe = player_process(command, self)
        probe.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        probe.finished.connect(self._done)
        probe.errorOccurred.connect(self._done)
        self._probe = probe
        probe.start(command[0], command[1:])

    def _done(self, *_args: object) -> None:
        probe, self._probe = self._probe, None
        if probe is None:
            return  # already answered (finished and errorOccurred can both come), or stopped
        error = bytes(probe.readAllStandardError().data()).decode("utf-8", "replace")
        reason = ""
        if probe.error() == QProcess.ProcessError.FailedToStart:
            reason = why_no_player()
        elif probe.exitStatus() != QProcess.ExitStatus.NormalExit or probe.exitCode() != 0:
            reason = failure_reason(probe.exitCode() or 1, error)
        probe.deleteLater()
        if reason and self._fall_back(reason):
            self._try()  # the next player: PipeWire or PulseAudio where ALSA's default device goes nowhere
        elif reason:
            self.missing.emit(reason)

    def stop(self) -> None:
        """At quit: end the silence if it still plays; that says nothing about the sound output."""
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.kill()
            probe.waitForFinished(500)
