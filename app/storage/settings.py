"""The person's settings, checked against their declarations and kept the platform's way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from app.core.preferences import SPECS


class Settings:
    """Typed access to QSettings; an unknown or bad stored value reads as the default."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

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
        self._store.sync()

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
