"""Bring Steady's window forward under X11 with the time of the launch that asked for it, as GTK does.

A second launch hands over the launcher's startup id ("…_TIME1234567"): the moment the person clicked.
Qt's xcb plugin reads a startup id only when the program starts, and asks the window manager to
activate with the time of the last event Steady itself saw, which GNOME's focus-stealing prevention
refuses once the person has used another window since ("Steady is ready" instead). Asking with the
click's own time is what the launch was for. libX11 is loaded only when this is needed (Qt's xcb
plugin already needs it, so it is there).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re

CLIENT_MESSAGE = 33
SUBSTRUCTURE_NOTIFY_AND_REDIRECT = (1 << 19) | (1 << 20)
FROM_AN_APPLICATION = 1  # _NET_ACTIVE_WINDOW's source indication for a normal program


class _ClientMessage(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    )


class _Event(ctypes.Union):
    _fields_ = (("xclient", _ClientMessage), ("pad", ctypes.c_long * 24))


def launch_time(startup_id: str) -> int | None:
    """The X server time a startup id carries ("…_TIME1234567"), or None when it carries none."""
    found = re.search(r"_TIME(\d+)$", startup_id)
    return int(found.group(1)) if found else None


def activate_with_launch_time(window_id: int, startup_id: str) -> bool:
    """Ask the window manager to activate `window_id` as of the launch's time; False when that can't be asked."""
    time = launch_time(startup_id)
    name = ctypes.util.find_library("X11")
    if time is None or name is None:
        return False
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)  # the display Steady's window is on ($DISPLAY)
    if not display:
        return False
    try:
        event = _Event()
        message = event.xclient
        message.type, message.send_event, message.display = CLIENT_MESSAGE, 1, display
        message.window = window_id
        message.message_type = x11.XInternAtom(display, b"_NET_ACTIVE_WINDOW", 0)
        message.format = 32
        message.data[0], message.data[1] = FROM_AN_APPLICATION, time
        root = x11.XDefaultRootWindow(display)
        sent = x11.XSendEvent(display, root, 0, SUBSTRUCTURE_NOTIFY_AND_REDIRECT, ctypes.byref(event))
        x11.XFlush(display)
        return bool(sent)
    finally:
        x11.XCloseDisplay(display)
