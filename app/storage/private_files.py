"""Writes the person's own files safely: user-only permissions, atomic replace, backups of bad ones."""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def ensure_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) readable by this user only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    os.chmod(folder, PRIVATE_DIR)
    return folder


def write_private(path: Path, text: str, own_folder: bool = True) -> None:
    """Replace `path` with `text` atomically; the file is readable by this user only.

    `own_folder=False` leaves the folder's permissions alone (an export into ~/Documents).
    """
    if own_folder:
        ensure_private_dir(path.parent)
    import tempfile  # not needed before the first frame

    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def move_aside(path: Path) -> Path:
    """Keep a damaged file under a new name (never deleted) and return that name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    with contextlib.suppress(OSError):  # still the person's own: user-only (unless it belongs to someone else)
        os.chmod(target, PRIVATE_DIR if target.is_dir() else PRIVATE_FILE)
    return target


class JsonListStore:
    """A short list of the person's own texts in one JSON file, e.g. their warm memories.

    A damaged file is moved aside (kept) and reported through `problem`; the list then
    starts empty, and nothing is written until the person saves. A save that fails (a full
    or read-only disk) keeps the list in memory until Steady closes and says so through
    `problem`, which a later successful save clears.
    """

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key
        self.problem = ""
        self._unsaved: list[Any] | None = None

    def load(self) -> list[Any]:
        if self._unsaved is not None:
            return list(self._unsaved)
        with contextlib.suppress(OSError):  # the person's own file with the wrong mode is simply put right
            if self.path.is_file() and self.path.stat().st_mode & 0o777 != PRIVATE_FILE:
                os.chmod(self.path, PRIVATE_FILE)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            items = data[self.key]
            if not isinstance(items, list):
                raise TypeError(f"{self.key} is not a list")
            return items
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as error:
            try:
                kept = move_aside(self.path) if os.path.lexists(self.path) else None
                where = f"; it was kept as {kept.name}" if kept else ""
            except OSError as move_error:
                where = f"; it could not be kept aside ({move_error.strerror or move_error}), so it was left as it is"
            self.problem = f"{self.path} could not be read ({error}){where}. Starting with an empty list."
            return []

    def save(self, items: list[Any]) -> None:
        """Write the list; if the disk refuses, keep it in memory and say so through `problem`."""
        try:
            write_private(self.path, json.dumps({"schema": 1, self.key: items}, ensure_ascii=False, indent=2) + "\n")
        except OSError as error:
            self._unsaved = list(items)
            self.problem = (
                f"{self.path} can't be saved right now ({(error.strerror or str(error)).lower()});"
                " what you wrote is kept until Steady closes."
            )
            return
        self._unsaved = None
        self.problem = ""
