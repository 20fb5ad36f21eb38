"""Finds Steady's shipped resources, whether run from source, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # the `app` package, installed or in a checkout


class ResourcesMissingError(RuntimeError):
    """Raised when no resources folder can be found: the installation is broken."""


def candidate_dirs() -> list[Path]:
    """Where the resources may be, most specific first."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / "app" / "resources")  # PyInstaller bundle
    candidates.append(PACKAGE / "resources")  # inside an installed wheel
    candidates.append(PACKAGE.parent / "resources")  # a source checkout
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
