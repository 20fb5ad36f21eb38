"""Whether a window can open here at all (read before Qt is loaded, so it imports no Qt)."""

from __future__ import annotations

import os
import sys


def no_display_reason() -> str | None:
    """Why no window can open here, or None when a display is available."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "Steady needs a desktop to open its window, and no display was found (DISPLAY is not set)."
