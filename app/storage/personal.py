"""The person's own files in the data folder: their exercises, plans, memories and kept words."""

from __future__ import annotations

from pathlib import Path

from app.storage.private_files import JsonListStore


class PersonalData:
    """Everything Steady keeps about the person lives under one folder, user-only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.memories = JsonListStore(self.folder / "memories.json", "memories")
        self.feelings = JsonListStore(self.folder / "kept-words.json", "entries")

    def delete_all(self) -> list[Path]:
        """Remove every file kept here (memories, kept words, own exercises, damaged copies)."""
        removed: list[Path] = []
        if not self.folder.exists():
            return removed
        for path in sorted(self.folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
                removed.append(path)
        self.folder.rmdir()
        return removed

    @property
    def exercises_dir(self) -> Path:
        """Exercise files the person wrote or imported (plans made in Steady are in `plans_dir`)."""
        return self.folder / "exercises"

    @property
    def plans_dir(self) -> Path:
        """The person's own plans, one `<id>.steady` file each."""
        return self.folder / "plans"
