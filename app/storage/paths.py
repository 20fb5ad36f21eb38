"""Where the person's own files live, the platform's way (QStandardPaths)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

APP_DIR_NAME = "steady"


def data_dir() -> Path:
    """The data folder: history and the person's own exercises (~/.local/share/steady)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_DIR_NAME


def config_dir() -> Path:
    """The settings folder (~/.config/steady on Linux)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / APP_DIR_NAME


def cache_dir() -> Path:
    """The cache folder (~/.cache/steady): only copies Steady can make again, nothing of the person's."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base) / APP_DIR_NAME


def user_exercises_dir() -> Path:
    """The person's own exercise files, loaded beside the shipped ones."""
    return data_dir() / "exercises"
