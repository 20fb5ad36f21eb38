"""AppStream's verdict on Steady's listing, as the package tests read it, with its one honest waiver."""

from __future__ import annotations

import subprocess
import tomllib

from tests.conftest import ROOT, require_program


def appstream(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([require_program("appstreamcli"), *args], capture_output=True, text=True, check=False)


def homepage() -> str:
    """The project's public address as pyproject.toml declares it ("" while it has none)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        urls = tomllib.load(file)["project"].get("urls", {})
    return str(urls.get("Homepage", ""))


def waived() -> set[str]:
    """Warnings that can't honestly be answered yet: AppStream 1.0 wants a homepage, and there is none to give."""
    return set() if homepage() else {"url-homepage-missing"}


def passes(done: subprocess.CompletedProcess[str]) -> None:
    """appstreamcli's verdict, less the waived warnings: no error, no other warning (infos are fine)."""
    problems = [line.strip() for line in done.stdout.splitlines() if line.strip()[:2] in ("E:", "W:")]
    unwaived = [line for line in problems if not any(f": {tag}" in line for tag in waived())]
    assert unwaived == [], done.stdout
    assert done.returncode == 0 or problems, done.stdout + done.stderr  # failed only for a waived warning
