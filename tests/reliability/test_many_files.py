"""A folder of 1 000 exercise files loads about as fast as merely reading and parsing them.

The floor is measured in the same test on the same files (read each file, parse its TOML),
so a slow or busy machine moves both; the bound is generous and no absolute time is asserted.
"""

from __future__ import annotations

import re
import time
import tomllib
from pathlib import Path

from app.storage.catalog import load_catalog
from app.storage.resources import resource

FILES = 1000
SLOWER_THAN_FLOOR = 4.0  # checking and resolving may cost this much more than reading and parsing


def fill(own: Path) -> list[Path]:
    """1 000 of the person's own files, copies of the shipped ones (breathing, steps, sequences) with new ids."""
    shipped = sorted(resource("exercises").glob("*.toml"))
    own.mkdir()
    made = []
    for n in range(FILES):
        source = shipped[n % len(shipped)]
        text = re.sub(r'(?m)^id = "([a-z0-9-]+)"', rf'id = "\1-own-{n}"', source.read_text(encoding="utf-8"))
        path = own / f"own-{n:04}.toml"
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return made


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def test_a_thousand_files_load_about_as_fast_as_reading_them(tmp_path: Path, record_property) -> None:
    paths = fill(tmp_path / "own")
    catalog = load_catalog(resource("exercises"), tmp_path / "own")
    shipped = len(load_catalog(resource("exercises")).exercises)
    assert catalog.problems == []
    assert len(catalog.exercises) == shipped + FILES, "every file loaded, sequences resolved against their copies"

    floor = best_of(3, lambda: [tomllib.loads(p.read_bytes().decode("utf-8")) for p in paths])
    steady = best_of(3, lambda: load_catalog(resource("exercises"), tmp_path / "own"))
    record_property("floor_ms", round(floor * 1000, 1))
    record_property("load_ms", round(steady * 1000, 1))
    print(f"\n1 000 files: load_catalog {steady * 1000:.0f} ms, read+parse floor {floor * 1000:.0f} ms")
    assert steady <= floor * SLOWER_THAN_FLOOR, f"{steady * 1000:.0f} ms against a floor of {floor * 1000:.0f} ms"
