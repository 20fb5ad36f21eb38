"""Finds Steady's shipped resources, whether run from source, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path


class ResourcesMissingError(RuntimeError):
    """Raised when no resources folder can be found: the installation is broken."""


def candidate_dirs() -> list[Path]:
    """Where the resources may be, most specific first."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / "app" / "resources")  # PyInstaller bundle
    package = Path(str(importlib_resources.files("app")))
    candidates.append(package / "resources")  # inside an installed wheel
    candidates.append(package.parent / "resources")  # a source checkout
    return candidates


def resources_dir() -> Path:
    """The folder holding exercises/, icons and the other shipped files."""
    for candidate in candidate_dirs():
        if (candidate / "exercises").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidate_dirs())
    raise ResourcesMissingError(f"Steady's resources are missing (looked in {tried}); please reinstall")


def resource(*parts: str) -> Path:
    """Path of one shipped file, e.g. `resource("exercises", "calm-pace.toml")`."""
    return resources_dir().joinpath(*parts)
