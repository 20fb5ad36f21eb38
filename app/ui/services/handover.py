"""The running Steady's side of "one Steady at a time": a local socket that takes a second launch's request."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.core.handover import MAX_BYTES, Request, RequestRefusedError, read_request

WAIT_MS = 2000  # a caller that has not sent a whole line by then is dropped
MAX_CALLERS = 8  # callers talking at once; more are turned away at the door


def say(line: str) -> None:
    print(f"steady: {line}", file=sys.stderr)


def same_user(connection: QLocalSocket) -> bool:
    """True unless the system says the caller is another user (the socket's folder already keeps others out)."""
    import socket

    if not hasattr(socket, "SO_PEERCRED"):
        return True  # elsewhere the user-only folder and socket mode are the guard
    import os
    import struct

    descriptor = int(connection.socketDescriptor())
    if descriptor < 0:
        return False
    with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as peer:  # a copy of the descriptor
        _pid, uid, _gid = struct.unpack("3i", peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
    return uid == os.getuid()


class _Caller(QObject):
    """One connection: read one line (within WAIT_MS and MAX_BYTES), answer it, hang up."""

    def __init__(self, connection: QLocalSocket, server: HandoverServer) -> None:
        super().__init__(server)
        self.connection = connection
        self.server = server
        self.received = bytearray()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._too_slow)
        self.timer.start(server.wait_ms)
        connection.readyRead.connect(self._read)
        connection.disconnected.connect(self._gone)

    def _read(self) -> None:
        chunk = bytes(self.connection.read(MAX_BYTES + 1 - len(self.received)).data())
        self.received += chunk
        line, newline, _rest = bytes(self.received).partition(b"\n")
        if newline:
            self._answer(self.server.take(line))
        elif len(self.received) > MAX_BYTES:
            say(f"a message to the running Steady was refused: longer than {MAX_BYTES} bytes")
            self._answer(f"refused: the message is longer than {MAX_BYTES} bytes")

    def _answer(self, answer: str) -> None:
        self.timer.stop()
        self.connection.readyRead.disconnect(self._read)
        self.connection.write((answer + "\n").encode("utf-8"))
        self.connection.disconnectFromServer()  # sends what was written, then hangs up

    def _too_slow(self) -> None:
        say(f"a caller connected to the running Steady but sent no whole request within {self.server.wait_ms} ms")
        self.connection.abort()
        self._gone()

    def _gone(self) -> None:
        self.timer.stop()
        self.server.callers.discard(self)
        self.connection.deleteLater()
        self.deleteLater()


class HandoverServer(QObject):
    """Listens where a second launch looks (`app.core.handover.socket_address`) and passes on what it asks.

    `handle(request)` does what was asked and returns "" when it did, or the reason it could not.
    """

    def __init__(self, handle: Callable[[Request], str], parent: QObject | None = None, wait_ms: int = WAIT_MS) -> None:
        super().__init__(parent)
        self.handle = handle
        self.wait_ms = wait_ms
        self.callers: set[_Caller] = set()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.setMaxPendingConnections(MAX_CALLERS)
        self.server.newConnection.connect(self._welcome)

    def listen(self, address: str) -> bool:
        """Listen at `address`; False when another Steady already answers there (then this one should hand over).

        A socket left behind by a Steady that crashed or was killed is removed and taken over.
        """
        import os

        if os.path.exists(address):
            if self._answers(address):
                return False
            QLocalServer.removeServer(address)  # stale: nobody is listening behind it
        if not self.server.listen(address):
            say(f"a second launch can't reach this Steady ({self.server.errorString()})")
        return True

    @staticmethod
    def _answers(address: str) -> bool:
        """Whether a Steady accepts connections at `address` (it is asked nothing: a silent hang-up)."""
        probe = QLocalSocket()
        probe.connectToServer(address)
        alive = probe.waitForConnected(200)
        probe.abort()
        return alive

    @property
    def address(self) -> str:
        return self.server.fullServerName()

    def close(self) -> None:
        self.server.close()  # also removes the socket file

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
        while (connection := self.server.nextPendingConnection()) is not None:
            if len(self.callers) >= MAX_CALLERS or not same_user(connection):
                say("a caller was turned away by the running Steady (too many at once, or another user)")
                connection.abort()
                connection.deleteLater()
                continue
            self.callers.add(_Caller(connection, self))
