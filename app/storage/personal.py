"""The person's own files in the data folder: their exercises, memories and kept words."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.storage.private_files import JsonListStore


@dataclass
class PersonalData:
    """Everything Steady keeps about the person lives under one folder, user-only."""

    folder: Path
    memories: JsonListStore = field(init=False)
    feelings: JsonListStore = field(init=False)

    def __post_init__(self) -> None:
        self.memories = JsonListStore(self.folder / "memories.json", "memories")
        self.feelings = JsonListStore(self.folder / "kept-words.json", "entries")

    @property
    def exercises_dir(self) -> Path:
        """The person's own exercise files and imported plans."""
        return self.folder / "exercises"
