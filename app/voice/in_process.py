"""A WAV played inside Steady's own process with Windows' PlaySound, behaving like a player process.

`winsound.PlaySound(path, SND_FILENAME | SND_ASYNC)` returns at once and plays on Windows' own
thread; `PlaySound(None, 0)` silences it. It says nothing when the sound ends, so the end is timed
from the WAV's length. The voice player and the sound-output check drive it as they drive a QProcess.
"""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QProcess, Qt, QTimer, Signal

from app.voice.audio import IN_PROCESS

Play = Callable[[str | None, int], None]


def windows_play() -> tuple[Play, int, int]:
    """winsound's PlaySound and the flags for "this file, in the background" and "stop" (Windows only)."""
    import winsound  # type: ignore[import-not-found,unused-ignore]

    return winsound.PlaySound, winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT, 0


def wav_seconds(path: Path) -> float:
    """How long a WAV plays."""
    with wave.open(str(path), "rb") as sound:
        return sound.getnframes() / float(sound.getframerate() or 1)


class InProcessPlayback(QObject):
    """One sound played by PlaySound, with the parts of QProcess that the voice uses.

    Signals (as QProcess's): started(), finished(int, QProcess.ExitStatus), errorOccurred(QProcess.ProcessError).
    """

    started = Signal()
    finished = Signal(int, QProcess.ExitStatus)
    errorOccurred = Signal(QProcess.ProcessError)  # noqa: N815 (QProcess's name)

    def __init__(self, parent: QObject | None = None, play: Callable[[], tuple[Play, int, int]] | None = None) -> None:
        super().__init__(parent)
        self._play = play or (lambda: windows_play())  # looked up when played: tests put a recorder in its place
        self._state = QProcess.ProcessState.NotRunning
        self._error = b""
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.setTimerType(Qt.TimerType.PreciseTimer)
        self._end.timeout.connect(self._ended)
        self._code, self._status = 0, QProcess.ExitStatus.NormalExit  # how it ends, once it does

    def setProcessChannelMode(self, _mode: QProcess.ProcessChannelMode) -> None:
        """Nothing to route: there is no process."""

    def start(self, program: str, arguments: list[str]) -> None:
        assert program == IN_PROCESS and arguments
        path = Path(arguments[-1])
        try:
            seconds = wav_seconds(path)
            play, flags, _stop = self._play()
            play(str(path), flags)
        except (OSError, RuntimeError, EOFError, wave.Error, ImportError) as error:  # no device, a broken file
            self._error = f"{type(error).__name__}: {error}".encode()
            self._state, self._code = QProcess.ProcessState.Running, 1
            QTimer.singleShot(0, self._ended)  # as a player process that can't play: it ends with an error
            return
        self._state = QProcess.ProcessState.Running
        QTimer.singleShot(0, self.started.emit)
        self._end.start(max(1, round(seconds * 1000)))

    def kill(self) -> None:
        """Silence now, as SIGKILL silences a player process."""
        if self._state == QProcess.ProcessState.NotRunning:
            return
        self._end.stop()
        try:
            play, _flags, stop = self._play()
            play(None, stop)
        except (OSError, RuntimeError, ImportError):
            pass
        self._code, self._status = 9, QProcess.ExitStatus.CrashExit
        QTimer.singleShot(0, self._ended)  # finished() comes later, as from a killed process

    def _ended(self) -> None:
        if self._state == QProcess.ProcessState.NotRunning:
            return
        self._state = QProcess.ProcessState.NotRunning
        self.finished.emit(self._code, self._status)

    def state(self) -> QProcess.ProcessState:
        return self._state

    def waitForFinished(self, _msecs: int = 0) -> bool:
        self._end.stop()
        self._state = QProcess.ProcessState.NotRunning
        return True

    def readAllStandardError(self) -> QByteArray:
        return QByteArray(self._error)

    def error(self) -> QProcess.ProcessError:
        return QProcess.ProcessError.UnknownError

    def exitStatus(self) -> QProcess.ExitStatus:
        return self._status

    def exitCode(self) -> int:
        return self._code


def player_process(command: list[str], parent: QObject) -> QProcess | InProcessPlayback:
    """What plays `command`: a process, or PlaySound when the command says IN_PROCESS."""
    return InProcessPlayback(parent) if command[0] == IN_PROCESS else QProcess(parent)
