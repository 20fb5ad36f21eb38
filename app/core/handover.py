"""One Steady at a time: what a second launch asks the running Steady, and how the ask is checked.

A second `steady` sends one line of JSON over a local socket and reads one line back ("ok" or
"refused: why"). The socket lives in the user's own runtime folder and is named after the
display, so two people, or two desktops, never reach each other's Steady. Everything that
arrives on it is untrusted: `read_request` accepts only the few requests below.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from app.core.ids import ID_PATTERN  # not app.core.exercise: a second launch stays light

VERSION = 1
MAX_BYTES = 4096  # one request is a few dozen bytes; anything longer is refused unread
MAX_PATH = 1024  # a plan file's path: the socket's 4 KB holds it with room to spare
OPENABLE = ("let-it-out",)  # screens a launcher may open besides exercises
SEND_SECONDS = 1.0  # a second launch gives up on a Steady that does not answer within this


class Request(NamedTuple):
    """Show the window; optionally open an exercise (and begin it), a care screen, or a plan file.

    `token` is the desktop's permission to come to the front, passed on from the launcher.
    """

    exercise: str = ""
    start: bool = False
    open: str = ""
    token: str = ""
    plan: str = ""  # the absolute path of a plan file to show (`steady FILE`)
    voice: bool | None = None  # `--voice` (True) or `--no-voice` (False): the voice for the rest of this run

    def line(self) -> bytes:
        """The request as sent: one JSON object on one line."""
        fields: dict[str, object] = {"steady": VERSION}
        if self.exercise:
            fields["exercise"] = self.exercise
            fields["start"] = self.start
        if self.open:
            fields["open"] = self.open
        if self.plan:
            fields["plan"] = self.plan
        if self.token and _TOKEN.match(self.token):
            fields["token"] = self.token
        if self.voice is not None:
            fields["voice"] = self.voice
        return json.dumps(fields, separators=(",", ":")).encode("utf-8") + b"\n"


class RequestRefusedError(ValueError):
    """A message on the socket that is not a request Steady takes; the reason is in plain words."""


_TOKEN = re.compile(r"^[\x21-\x7e]{1,256}$")  # printable ASCII, as desktops make them


def read_request(data: bytes) -> Request:
    """The request in one received line, or RequestRefusedError saying why it is not one."""
    if len(data) > MAX_BYTES:
        raise RequestRefusedError(f"the message is too long ({len(data)} bytes; at most {MAX_BYTES})")
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RequestRefusedError("the message is not a request (not JSON text)") from None
    if not isinstance(fields, dict) or fields.get("steady") != VERSION:
        raise RequestRefusedError(f"the message is not a version {VERSION} Steady request")
    unknown = set(fields) - {"steady", "exercise", "start", "open", "token", "plan", "voice"}
    if unknown:
        raise RequestRefusedError(f"the request has fields Steady does not know: {', '.join(sorted(unknown))}")
    exercise, start, screen = fields.get("exercise", ""), fields.get("start", False), fields.get("open", "")
    token = fields.get("token", "")
    if not isinstance(exercise, str) or (exercise and not ID_PATTERN.fullmatch(exercise)):
        raise RequestRefusedError("'exercise' must be an exercise id such as calm-pace")
    if not isinstance(start, bool):
        raise RequestRefusedError("'start' must be true or false")
    if not isinstance(screen, str) or (screen and screen not in OPENABLE):
        raise RequestRefusedError(f"'open' must be one of: {', '.join(OPENABLE)}")
    plan = fields.get("plan", "")
    if not isinstance(plan, str) or (plan and not _plan_path_ok(plan)):
        raise RequestRefusedError(f"'plan' must be the full path of a plan file (at most {MAX_PATH} characters)")
    if sum(map(bool, (exercise, screen, plan))) > 1:
        raise RequestRefusedError("a request opens one thing: an exercise, a screen or a plan")
    if not isinstance(token, str) or (token and not _TOKEN.match(token)):
        raise RequestRefusedError("'token' must be a desktop's launch token (printable text)")
    voice = fields.get("voice")
    if voice is not None and not isinstance(voice, bool):
        raise RequestRefusedError("'voice' must be true or false")
    return Request(exercise, start and bool(exercise), screen, token, plan, voice)


def _plan_path_ok(path: str) -> bool:
    """A plan's path as a second launch sends it: absolute, not too long, no control characters."""
    return len(path) <= MAX_PATH and os.path.isabs(path) and not any(ord(c) < 32 or ord(c) == 127 for c in path)


def display_name(environ: dict[str, str] | None = None) -> str:
    """The desktop this Steady shows on, safe for a file name ("0" for DISPLAY=:0)."""
    environ = dict(os.environ) if environ is None else environ
    shown = environ.get("WAYLAND_DISPLAY") or environ.get("DISPLAY") or "desktop"
    return re.sub(r"[^A-Za-z0-9.-]+", "_", shown).strip("_") or "desktop"


def runtime_folder(environ: dict[str, str] | None = None) -> Path | None:
    """The user's own runtime folder (XDG_RUNTIME_DIR), or a private one in the temp folder; None if unsafe."""
    environ = dict(os.environ) if environ is None else environ
    given = environ.get("XDG_RUNTIME_DIR")
    folder = Path(given) if given else Path(tempfile.gettempdir()) / f"steady-{os.getuid()}"
    if not given:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            return None
    try:
        info = folder.lstat()
    except OSError:
        return None
    # Someone else's folder, or one others can enter, is not a place for this user's socket.
    if not folder.is_dir() or folder.is_symlink() or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder


def socket_address(environ: dict[str, str] | None = None) -> str | None:
    """Where this user's Steady for this display listens: a socket path, or a pipe name on Windows."""
    environ = dict(os.environ) if environ is None else environ
    if sys.platform == "win32":
        user = re.sub(r"[^A-Za-z0-9.-]+", "_", environ.get("USERNAME", "user"))
        return f"steady-{user}-{display_name(environ)}"  # a named pipe; Qt makes it this user's only
    folder = runtime_folder(environ)
    return None if folder is None else str(folder / f"steady-{display_name(environ)}.sock")


def send(request: Request, address: str, seconds: float = SEND_SECONDS) -> str | None:
    """Hand `request` to the Steady listening at `address`: its answer, or None when no Steady answers there."""
    if sys.platform == "win32":
        return _send_by_pipe(request, address)
    if not os.path.exists(address):
        return None  # the usual start: no Steady runs (and the socket module is not even loaded)
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(seconds)
            connection.connect(address)
            connection.sendall(request.line())
            answer = b""
            while not answer.endswith(b"\n") and len(answer) < MAX_BYTES:
                chunk = connection.recv(MAX_BYTES)
                if not chunk:
                    break
                answer += chunk
    except OSError:  # no socket, a stale one (refused), or a Steady that did not answer in time
        return None
    return answer.decode("utf-8", "replace").strip() or None


def _send_by_pipe(request: Request, address: str) -> str | None:
    """The same on Windows, where Qt's local server is a named pipe (not tried on Windows yet)."""
    try:
        with open(rf"\\.\pipe\{address}", "r+b", buffering=0) as pipe:
            pipe.write(request.line())
            return pipe.readline(MAX_BYTES).decode("utf-8", "replace").strip() or None
    except OSError:
        return None
