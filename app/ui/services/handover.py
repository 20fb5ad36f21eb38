"""The running Steady's side of "one Steady at a time": a local socket that takes a second launch's request.

On Linux and macOS it is a Unix socket in the user's own runtime folder, watched by Qt's event
loop (QSocketNotifier), so QtNetwork is never loaded (≈ 3 MB less memory). On Windows it is a
named pipe, QtNetwork's QLocalServer.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from app.core.handover import MAX_BYTES, Request, RequestRefusedError, read_request

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 2000  # a caller that has not sent a whole line by then is dropped
MAX_CALLERS = 8  # callers talking at once; more are turned away at the door
PROBE_SECONDS = 0.2  # how long a live Steady may take to accept a connection


def say(line: str) -> None:
    print(f"steady: {line}", file=sys.stderr)


def same_user(connection: socket.socket) -> bool:
    """True unless the system says the caller is another user (the socket's folder already keeps others out)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True  # elsewhere the user-only folder and socket mode are the guard
    import struct

    _pid, uid, _gid = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
    return uid == os.getuid()


class _Caller(QObject):
    """One connection: read one line (within WAIT_MS and MAX_BYTES), answer it, hang up."""

    def __init__(self, server: HandoverServer) -> None:
        super().__init__(server)
        self.server = server
        self.received = bytearray()
        self.answered = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._too_slow)
        self.timer.start(server.wait_ms)

    def wanted(self) -> int:
        """How many more bytes are worth reading: one past the limit tells a message that is too long."""
        return MAX_BYTES + 1 - len(self.received)

    def feed(self, chunk: bytes) -> None:
        """Bytes received; an empty chunk means the caller hung up."""
        if self.answered:
            return
        if not chunk:
            self.gone()
            return
        self.received += chunk
        line, newline, _rest = bytes(self.received).partition(b"\n")
        if newline:
            self._answer(self.server.take(line))
        elif len(self.received) > MAX_BYTES:
            say(f"a message to the running Steady was refused: longer than {MAX_BYTES} bytes")
            self._answer(f"refused: the message is longer than {MAX_BYTES} bytes")

    def _answer(self, answer: str) -> None:
        self.answered = True
        self.timer.stop()
        self.reply((answer + "\n").encode("utf-8"))

    def _too_slow(self) -> None:
        say(f"a caller connected to the running Steady but sent no whole request within {self.server.wait_ms} ms")
        self.hang_up()
        self.gone()

    def gone(self) -> None:
        self.timer.stop()
        self.server.callers.discard(self)
        self.deleteLater()

    # What each kind of connection does: send the answer and hang up, or hang up at once.
    def reply(self, data: bytes) -> None:
        raise NotImplementedError

    def hang_up(self) -> None:
        raise NotImplementedError


class _SocketCaller(_Caller):
    """A caller on the Unix socket, read whenever the event loop sees bytes waiting."""

    def __init__(self, connection: socket.socket, server: HandoverServer) -> None:
        super().__init__(server)
        self.connection = connection
        connection.setblocking(False)
        self.notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        try:
            chunk = self.connection.recv(self.wanted())
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        self.feed(chunk)

    def reply(self, data: bytes) -> None:
        with contextlib.suppress(OSError):  # a few bytes: they fit in the socket's buffer at once
            self.connection.sendall(data)
            self.connection.shutdown(socket.SHUT_WR)
        self.gone()

    def hang_up(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def gone(self) -> None:
        self.notifier.setEnabled(False)
        self.connection.close()
        super().gone()


class _PipeCaller(_Caller):
    """A caller on the Windows named pipe (QLocalSocket)."""

    def __init__(self, connection: QLocalSocket, server: HandoverServer) -> None:
        super().__init__(server)
        self.connection = connection
        connection.readyRead.connect(self._readable)
        connection.disconnected.connect(self.gone)

    def _readable(self) -> None:
        chunk = bytes(self.connection.read(self.wanted()).data())
        if chunk:  # a hang-up comes as `disconnected`
            self.feed(chunk)

    def reply(self, data: bytes) -> None:
        self.connection.readyRead.disconnect(self._readable)
        self.connection.write(data)
        self.connection.disconnectFromServer()  # sends what was written, then hangs up

    def hang_up(self) -> None:
        self.connection.abort()

    def gone(self) -> None:
        self.connection.deleteLater()
        super().gone()


class HandoverServer(QObject):
    """Listens where a second launch looks (`app.core.handover.socket_address`) and passes on what it asks.

    `handle(request)` does what was asked and returns "" when it did, or the reason it could not.
    """

    def __init__(self, handle: Callable[[Request], str], parent: QObject | None = None, wait_ms: int = WAIT_MS) -> None:
        super().__init__(parent)
        self.handle = handle
        self.wait_ms = wait_ms
        self.callers: set[_Caller] = set()
        self._address = ""
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._pipe: QLocalServer | None = None

    def listen(self, address: str) -> bool:
        """Listen at `address`; False when another Steady already answers there (then this one should hand over).

        A socket left behind by a Steady that crashed or was killed is removed and taken over.
        """
        if sys.platform == "win32":
            return self._listen_on_pipe(address)
        if os.path.exists(address):
            if _answers(address):
                return False
            with contextlib.suppress(FileNotFoundError):
                os.unlink(address)  # stale: nobody is listening behind it
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(address)
            os.chmod(address, 0o600)  # this user's alone (its folder already is)
            listener.listen()  # a full backlog would make callers wait; MAX_CALLERS is kept at the door
        except OSError as error:
            listener.close()
            say(f"a second launch can't reach this Steady ({error.strerror or error})")
            return True
        listener.setblocking(False)
        self._listener, self._address = listener, address
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._welcome)
        return True

    @property
    def address(self) -> str:
        return self._pipe.fullServerName() if self._pipe is not None else self._address

    def close(self) -> None:
        """Stop listening and remove the socket file."""
        if self._pipe is not None:
            self._pipe.close()
        if self._listener is None:
            return
        assert self._notifier is not None
        self._notifier.setEnabled(False)
        self._listener.close()
        self._listener = None
        with contextlib.suppress(OSError):
            os.unlink(self._address)

    def take(self, line: bytes) -> str:
        """The answer to one received line: "ok", or "refused: why" (also said on stderr)."""
        try:
            request = read_request(line)
        except RequestRefusedError as refused:
            say(f"a message to the running Steady was refused: {refused}")
            return f"refused: {refused}"
        problem = self.handle(request)
        if problem:
            say(f"a second launch asked for something this Steady can't do: {problem}")
            return f"refused: {problem}"
        return "ok"

    def _welcome(self) -> None:
        while self._listener is not None:
            try:
                connection, _ = self._listener.accept()
            except OSError:  # none waiting (or one that gave up on the way)
                return
            if len(self.callers) >= MAX_CALLERS or not same_user(connection):
                say("a caller was turned away by the running Steady (too many at once, or another user)")
                connection.close()
                continue
            self.callers.add(_SocketCaller(connection, self))

    # -- Windows: a named pipe, through QtNetwork (not tried on Windows yet) ---------------

    def _listen_on_pipe(self, address: str) -> bool:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(address)
        alive = probe.waitForConnected(int(PROBE_SECONDS * 1000))
        probe.abort()
        if alive:
            return False
        QLocalServer.removeServer(address)
        self._pipe = QLocalServer(self)
        self._pipe.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._pipe.setMaxPendingConnections(MAX_CALLERS)
        self._pipe.newConnection.connect(self._welcome_on_pipe)
        if not self._pipe.listen(address):
            say(f"a second launch can't reach this Steady ({self._pipe.errorString()})")
        return True

    def _welcome_on_pipe(self) -> None:
        assert self._pipe is not None
        while (connection := self._pipe.nextPendingConnection()) is not None:
            if len(self.callers) >= MAX_CALLERS:
                say("a caller was turned away by the running Steady (too many at once)")
                connection.abort()
                connection.deleteLater()
                continue
            self.callers.add(_PipeCaller(connection, self))


def _answers(address: str) -> bool:
    """Whether a Steady accepts connections at `address` (it is asked nothing: a silent hang-up)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(PROBE_SECONDS)
        try:
            probe.connect(address)
        except OSError:
            return False
    return True
