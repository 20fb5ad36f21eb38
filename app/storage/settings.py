"""The person's settings, checked against their declarations and kept the platform's way.

A settings file that cannot be read is moved aside (kept, never deleted) and a fresh one is
started with whatever could still be read; a file that cannot be written leaves the settings
working until Steady closes. Either way `take_problem()` says so once, in one calm sentence.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from app.core.preferences import SPECS
from app.storage.private_files import PRIVATE_FILE, ensure_private_dir, move_aside

_ALLOWED_CONTROLS = {"\t", "\r", "\n"}


def _is_ini(store: QSettings) -> bool:
    """Whether the store is a text INI file (Linux's native format), which can be checked line by line."""
    if store.format() == QSettings.Format.IniFormat:
        return True
    return store.format() == QSettings.Format.NativeFormat and sys.platform not in ("win32", "darwin")


def _file_of(store: QSettings) -> Path | None:
    """The settings file on disk, or None when the store is not a file (the Windows registry)."""
    if sys.platform == "win32" and store.format() == QSettings.Format.NativeFormat:
        return None
    return Path(store.fileName())


def _ini_damage(raw: bytes) -> str:
    """Why these bytes are not a settings file Steady (Qt) wrote, or "" when they are."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "it holds bytes that are not text"
    if text and not text.endswith("\n"):
        return "it ends part-way through a line, so it was cut short"  # Qt always ends with a newline
    continued = False
    for number, line in enumerate(text.splitlines(), start=1):
        if any(ch < " " and ch not in _ALLOWED_CONTROLS for ch in line):
            return f"line {number} holds unexpected control characters"
        stripped = line.strip()
        ok = continued or not stripped or stripped[0] in ";#" or (stripped.startswith("[") and stripped.endswith("]"))
        if not ok and "=" not in stripped[1:]:
            return f"line {number} is cut short or is not a setting"
        continued = stripped.endswith("\\")
    return ""


def _damage(path: Path, store: QSettings) -> str:
    """Why the settings file cannot be used, or "" when it can (a missing file is fine)."""
    if not os.path.lexists(path):
        return ""
    if not path.is_file():
        return "something that is not a file is in the way"
    try:
        raw = path.read_bytes()
    except PermissionError:
        return "permission denied"
    except OSError as error:
        return (error.strerror or str(error)).lower()
    reason = _ini_damage(raw) if _is_ini(store) else ""
    if not reason and store.status() != QSettings.Status.NoError:
        reason = "it is not in a form Steady can read"
    return reason


class Settings:
    """Typed access to QSettings; an unknown or bad stored value reads as the default."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        self.problem = ""
        self._told_unsaved = False
        self._check_file()

    @classmethod
    def for_user(cls) -> Settings:
        """The settings file of this user (~/.config/steady/steady.conf on Linux)."""
        return cls(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "steady", "steady"))

    def get(self, key: str) -> Any:
        spec = SPECS[key]
        return spec.clean(self._store.value(key, spec.default))

    def set(self, key: str, value: Any) -> None:
        spec = SPECS[key]
        if spec.clean(value) != value:
            raise ValueError(f"{value!r} is not allowed for {key}")
        self._store.setValue(key, value)
        self._save()

    def take_problem(self) -> str:
        """The problem to tell the person, once: it is cleared as it is taken."""
        problem, self.problem = self.problem, ""
        return problem

    def delete_file(self) -> list[Path]:
        """Forget every setting and remove the settings file."""
        self._store.clear()
        self._store.sync()
        path = Path(self._store.fileName())
        if path.exists():
            path.unlink()
            return [path]
        return []

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    # Inside

    def _save(self) -> None:
        """Write the settings through, user-only; if that fails, they still last until Steady closes."""
        path = _file_of(self._store)
        if path is not None:
            with contextlib.suppress(OSError):
                ensure_private_dir(path.parent)
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))  # Qt keeps an existing file's mode
        self._store.sync()
        if self._store.status() != QSettings.Status.NoError and not self._told_unsaved:
            self._told_unsaved = True
            self.problem = (
                f"Your settings can't be saved right now because {self._store.fileName()} could not be written;"
                " your choices still work until Steady closes."
            )

    def _check_file(self) -> None:
        """Keep a damaged settings file aside and start a fresh one with what could still be read."""
        path = _file_of(self._store)
        if path is None:
            return
        if path.is_file() and path.stat().st_mode & 0o777 != PRIVATE_FILE:
            with contextlib.suppress(OSError):  # the person's own file with the wrong mode is simply put right
                os.chmod(path, PRIVATE_FILE)
                file_format = self._store.format()
                del self._store  # Qt shares one reading of a file between its QSettings: let it read afresh
                self._store = QSettings(str(path), file_format)
        reason = _damage(path, self._store)
        if not reason:
            return
        try:
            kept = move_aside(path)
        except OSError as error:  # the folder can't change either: carry on, reading only what is valid
            self.problem = (
                f"Your settings file {path} could not be read ({reason}) and could not be kept aside"
                f" ({(error.strerror or str(error)).lower()}); Steady is using its usual settings for now."
            )
            return
        old, fresh = QSettings(str(kept), self._store.format()), QSettings(str(path), self._store.format())
        saved = 0
        if kept.is_file():
            for key, spec in SPECS.items():
                value = spec.clean(old.value(key, spec.default))
                if value != spec.default:  # a choice the person made that could still be read
                    fresh.setValue(key, value)
                    saved += 1
        self._store = fresh
        if saved:
            self._save()
        kept_too = f", keeping the {saved} setting{'s' if saved > 1 else ''} that could still be read" if saved else ""
        self.problem = (
            f"Your settings file {path} could not be read ({reason}); it was kept as {kept.name}"
            f" and a new one was started{kept_too}."
        )
