"""Is there a sound output at all? A moment of silence played once, when the voice is first wanted."""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from app.voice.audio import why_no_player

SILENCE = "silence.wav"


class SoundOutputCheck(QObject):
    """Plays 20 ms of silence with the player command; a computer with no sound output is found at once.

    Without it, "no sound output" showed only when a prompt failed to play, and a prompt that is
    late is skipped, so step screens could go on saying nothing about it (issue 14).

    Signals:
        missing(str): no sound can be played here, with the reason in plain words.
    """

    missing = Signal(str)

    def __init__(self, play_command: Callable[[Path], list[str] | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._play_command = play_command
        self._probe: QProcess | None = None
        self.started = False

    def start(self, folder: Path) -> None:
        """Once: write the silence into `folder` and play it."""
        if self.started:
            return
        self.started = True
        silence = folder / SILENCE
        with wave.open(str(silence), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(b"\0\0" * 441)
        command = self._play_command(silence)
        if command is None:
            self.missing.emit(why_no_player())
            return
        probe = QProcess(self)
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
        first = error.strip().splitlines()[:1]
        if probe.error() == QProcess.ProcessError.FailedToStart:
            self.missing.emit(why_no_player())
        elif probe.exitStatus() != QProcess.ExitStatus.NormalExit or probe.exitCode() != 0:
            if "open error" in error or not first:
                self.missing.emit("no sound output was found on this computer")
            else:
                self.missing.emit(f"the sound output could not be used ({first[0][:120]})")
        probe.deleteLater()

    def stop(self) -> None:
        """At quit: end the silence if it still plays; that says nothing about the sound output."""
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.kill()
            probe.waitForFinished(500)
