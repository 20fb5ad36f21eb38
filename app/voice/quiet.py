"""Silences what the speech engine writes to file descriptors 1 and 2, from Python or from C."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

DEBUG_VARIABLE = "STEADY_VOICE_DEBUG"  # set it to see the engine's own output on stderr


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()


@contextlib.contextmanager
def quiet_engine() -> Iterator[None]:
    """While it runs, fds 1 and 2 lead to os.devnull (with STEADY_VOICE_DEBUG set: both lead to stderr).

    pyttsx3 prints "Audio saved to ..." for every file, and its drivers and the C libraries under
    them may write more; redirecting the file descriptors (not just sys.stdout) catches all of it.
    Python's buffered streams are flushed on the way in and out, so nothing printed inside leaks
    out later. Works on Windows too (os.dup/os.dup2), and with a descriptor that was never open.
    The descriptors belong to the whole process: use it only where the engine is the process's
    work (the voice worker, `steady --speak`), never in the window's process.
    """
    debug = bool(os.environ.get(DEBUG_VARIABLE))
    _flush()
    saved: dict[int, int | None] = {}
    sink = os.open(os.devnull, os.O_WRONLY)
    try:
        for fd in (1, 2):
            try:
                saved[fd] = os.dup(fd)
            except OSError:  # not open (a windowed program on Windows): leave it closed afterwards
                saved[fd] = None
        if debug:
            if saved[2] is not None:
                os.dup2(2, 1)  # the engine's stdout joins stderr, where a developer can read it
        else:
            os.dup2(sink, 1)
            os.dup2(sink, 2)
        yield
    finally:
        _flush()
        for fd, copy in saved.items():
            if copy is None:
                with contextlib.suppress(OSError):
                    os.close(fd)
            else:
                os.dup2(copy, fd)
                os.close(copy)
        os.close(sink)
