"""The history file's layout and its versions: make a new file, bring an old one up to date, check it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator

SCHEMA_VERSION = 2
COLUMNS = (
    "id",
    "exercise_id",
    "exercise_title",
    "started_at",
    "planned_seconds",
    "seconds",
    "outcome",
    "rating_before",
    "rating_after",
)
_UNEXPECTED_CONTENT_CODES = {sqlite3.SQLITE_ERROR, sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_MISMATCH}


def _rating_column(name: str) -> str:
    return f"{name} INTEGER CHECK ({name} IS NULL OR (typeof({name}) = 'integer' AND {name} BETWEEN 0 AND 10))"


def _create_v1(db: sqlite3.Connection) -> None:
    """Version 0 → 1: the first history table (kept so every new file walks the same path as old ones)."""
    db.execute(
        "CREATE TABLE sessions ("
        " id INTEGER PRIMARY KEY,"
        " exercise_id TEXT NOT NULL,"
        " started_at TEXT NOT NULL,"
        " seconds REAL NOT NULL,"
        " finished INTEGER NOT NULL,"
        " rating_before INTEGER,"
        " rating_after INTEGER)"
    )


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Version 1 → 2: exercise title, planned length and an outcome instead of a finished flag."""
    db.execute(
        "CREATE TABLE sessions_v2 ("
        " id INTEGER PRIMARY KEY,"
        " exercise_id TEXT NOT NULL,"
        " exercise_title TEXT NOT NULL,"
        " started_at TEXT NOT NULL,"
        " planned_seconds REAL NOT NULL,"
        " seconds REAL NOT NULL,"
        " outcome TEXT NOT NULL CHECK (outcome IN ('finished', 'stopped')),"
        f" {_rating_column('rating_before')},"
        f" {_rating_column('rating_after')})"
    )
    # A rating outside 0..10 cannot be a rating: it is dropped rather than losing the whole file.
    db.execute(
        "INSERT INTO sessions_v2 (id, exercise_id, exercise_title, started_at, planned_seconds, seconds, outcome,"
        " rating_before, rating_after)"
        " SELECT id, exercise_id, exercise_id, started_at, seconds, seconds,"
        " CASE WHEN finished THEN 'finished' ELSE 'stopped' END,"
        " CASE WHEN typeof(rating_before) = 'integer' AND rating_before BETWEEN 0 AND 10 THEN rating_before END,"
        " CASE WHEN typeof(rating_after) = 'integer' AND rating_after BETWEEN 0 AND 10 THEN rating_after END"
        " FROM sessions"
    )
    db.execute("DROP TABLE sessions")
    db.execute("ALTER TABLE sessions_v2 RENAME TO sessions")


# MIGRATIONS[n] turns a version-n file into version n + 1; version 3 is one more function here.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_create_v1, _v1_to_v2)


class UnusableFileError(Exception):
    """The file is there but cannot be used as this version's history; it is kept aside."""

    def __init__(self, reason: str, newer: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.newer = newer


def sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """All of it or none of it: BEGIN IMMEDIATE … COMMIT, rolled back on any failure."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


def user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection) -> None:
    """Bring the file up to SCHEMA_VERSION, one step per transaction."""
    while True:
        with transaction(db):
            version = user_version(db)  # read inside the lock: another Steady may have just migrated
            if version > SCHEMA_VERSION:
                raise UnusableFileError("it was made by a newer version of Steady", newer=True)
            if version == SCHEMA_VERSION:
                return
            try:
                MIGRATIONS[version](db)
            except (sqlite3.IntegrityError, sqlite3.OperationalError) as error:
                if sqlite_code(error) not in _UNEXPECTED_CONTENT_CODES:
                    raise
                raise UnusableFileError(f"it could not be updated: {error}") from error
            db.execute(f"PRAGMA user_version = {version + 1}")


def check_layout(db: sqlite3.Connection) -> None:
    columns = tuple(row[1] for row in db.execute("PRAGMA table_info(sessions)"))
    if columns != COLUMNS:
        raise UnusableFileError("it does not look like a Steady history file")
