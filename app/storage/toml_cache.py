"""Steady's own TOML files, parsed once and kept as JSON in the cache folder: later starts skip the TOML parser.

Only files shipped with Steady go in (exercises, care texts, voice words, translations), never
the person's own, so the cache holds nothing private. Each entry keeps the text it was parsed
from: a changed file is parsed afresh, and a damaged or missing cache is simply built again.
Skipping the parser (and its import) saves about 7 ms and 1 MB before the first frame.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.storage.private_files import write_private

VERSION = 1


def parse_toml(text: str) -> dict[str, Any]:
    """`text` parsed as TOML; raises ValueError (tomllib.TOMLDecodeError) when it is not TOML."""
    import tomllib  # imported only when a file is not in the cache

    return tomllib.loads(text)


class ShippedToml:
    """Parsed shipped files, by their place under resources/ (so a moved installation still finds them)."""

    def __init__(self) -> None:
        self.file: Path | None = None
        self._entries: dict[str, list[str]] | None = None
        self._changed = False

    def keep_in(self, file: Path | None) -> None:
        """Read the cache from `file` and save it there (None, as before: it lasts only while Steady runs)."""
        self.file = file
        self._entries = None
        self._changed = False

    def loads(self, text: str, path: Path) -> dict[str, Any]:
        """`text`, read from the shipped file `path`, parsed as TOML (ValueError when it is not TOML)."""
        entries = self._read()
        key = "/".join(path.parts[-3:])  # e.g. resources/exercises/calm-pace.toml, translations/de/care.toml
        hit = entries.get(key)
        if hit is not None and hit[0] == text:
            try:
                return json.loads(hit[1])
            except ValueError:
                pass  # a damaged entry: parse the file again
        data = parse_toml(text)
        try:
            entries[key] = [text, json.dumps(data)]
        except (TypeError, ValueError):  # dates and times have no JSON form: such a file is parsed each time
            return data
        self._changed = True
        return data

    def save(self) -> None:
        """Write the cache if anything was parsed this time; a cache that can't be written is left as it is."""
        if self.file is None or self._entries is None or not self._changed:
            return
        try:
            write_private(self.file, json.dumps({"version": VERSION, "files": self._entries}))
        except OSError:
            return
        self._changed = False

    def _read(self) -> dict[str, list[str]]:
        if self._entries is None:
            self._entries = {}
            try:
                raw = json.loads(self.file.read_text(encoding="utf-8")) if self.file is not None else {}
            except (OSError, ValueError):
                raw = {}  # none yet, or damaged: it is only a copy, built again as files are read
            if isinstance(raw, dict) and raw.get("version") == VERSION and isinstance(raw.get("files"), dict):
                self._entries = {
                    key: entry
                    for key, entry in raw["files"].items()
                    if isinstance(entry, list) and len(entry) == 2 and all(isinstance(part, str) for part in entry)
                }
        return self._entries


SHIPPED = ShippedToml()
