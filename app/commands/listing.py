"""`steady --list`: one line per exercise (id, title, kind, seconds); problems on stderr."""

from __future__ import annotations

import sys

from app.storage.catalog import Catalog, load_catalog
from app.storage.resources import ResourcesMissingError, resource


def all_exercises() -> Catalog:
    """Steady's own exercises and the person's, as the window would load them."""
    from app.storage.paths import data_dir
    from app.storage.personal import PersonalData

    personal = PersonalData(data_dir())
    return load_catalog(resource("exercises"), personal.exercises_dir, personal.plans_dir)


def list_exercises() -> int:
    """One line per exercise: id, title, kind and seconds, tab-separated; problems on stderr."""
    try:
        catalog = all_exercises()
    except ResourcesMissingError as error:
        print(f"steady: {error}", file=sys.stderr)
        return 1
    for e in catalog.exercises:
        print(f"{e.id}\t{e.title}\t{e.kind}\t{round(e.default_seconds)}")
    for problem in catalog.problems:
        print(f"steady: skipped {problem}", file=sys.stderr)
    return 0
