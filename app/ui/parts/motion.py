"""Reads the operating system's "reduce motion" preference (Qt 6.11 does not expose one)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def os_prefers_reduced_motion() -> bool:
    """True when the desktop asks apps to keep animation to a minimum."""
    override = os.environ.get("STEADY_REDUCE_MOTION")
    if override is not None:
        return override.strip().lower() in ("1", "true", "yes", "on")
    try:
        if sys.platform == "win32":
            return _windows_animations_off()
        if sys.platform == "darwin":
            return _read_command(["defaults", "read", "com.apple.universalaccess", "reduceMotion"]) == "1"
        return _gnome_animations_off() or _kde_animations_off()
    except (OSError, ValueError):
        return False


def _read_command(argv: list[str]) -> str:
    import shutil  # imported only here: most desktops never run a command, and Steady opens sooner
    import subprocess

    if shutil.which(argv[0]) is None:
        return ""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=1, check=False)
    except subprocess.SubprocessError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _gnome_animations_off() -> bool:
    # Only ask gsettings on a GNOME-like desktop: elsewhere it may start a D-Bus daemon.
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").lower()
    if not any(name in desktop for name in ("gnome", "unity", "cinnamon", "budgie", "pantheon", "mate")):
        return False
    return _read_command(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]) == "false"


def _kde_animations_off() -> bool:
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    kdeglobals = config_home / "kdeglobals"
    if not kdeglobals.is_file():
        return False
    import configparser

    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.read(kdeglobals, encoding="utf-8")
    factor = parser.get("KDE", "AnimationDurationFactor", fallback="1")
    return float(factor) == 0.0


def _windows_animations_off() -> bool:
    import ctypes

    spi_getclientareaanimation = 0x1042
    enabled = ctypes.c_bool(True)
    ok = ctypes.windll.user32.SystemParametersInfoW(spi_getclientareaanimation, 0, ctypes.byref(enabled), 0)  # type: ignore[attr-defined]
    return bool(ok) and not enabled.value
