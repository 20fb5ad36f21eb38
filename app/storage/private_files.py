"""Writes the person's own files safely: user-only permissions, atomic replace, backups of bad ones."""

from __future__ import annotations

import json
import os
import tempfile
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
    return target


class JsonListStore:
    """A short list of the person's own texts in one JSON file, e.g. their warm memories.

    A damaged file is moved aside (kept) and reported through `problem`; the list then
    starts empty, and nothing is written until the person saves.
    """

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key
        self.problem = ""

    def load(self) -> list[Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            items = data[self.key]
            if not isinstance(items, list):
                raise TypeError(f"{self.key} is not a list")
            return items
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as error:
            kept = move_aside(self.path) if self.path.exists() else None
            where = f"; it was kept as {kept.name}" if kept else ""
            self.problem = f"{self.path} could not be read ({error}){where}. Starting with an empty list."
            return []

    def save(self, items: list[Any]) -> None:
        write_private(self.path, json.dumps({"schema": 1, self.key: items}, ensure_ascii=False, indent=2) + "\n")
