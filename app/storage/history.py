"""The session history: one user-only SQLite file that survives damage, old versions and full disks."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import math
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.storage.history_schema import (
    COLUMNS,
    SCHEMA_VERSION,
    UnusableFileError,
    check_layout,
    migrate,
    sqlite_code,
    transaction,
    user_version,
)
from app.storage.private_files import PRIVATE_FILE, ensure_private_dir, move_aside, write_private

HISTORY_FILE_NAME = "history.sqlite3"
OUTCOMES = ("finished", "stopped")
CSV_HEADER = (
    "started_at",
    "exercise_id",
    "exercise_title",
    "planned_seconds",
    "seconds",
    "outcome",
    "rating_before",
    "rating_after",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would read such a cell as a formula (OWASP)
SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's own files beside the database
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0

_SELECT = f"SELECT {', '.join(COLUMNS)} FROM sessions"
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_KEPT_ONLY_UNTIL_CLOSE = "sessions are kept only until Steady closes"


@dataclass(frozen=True)
class SessionRecord:
    """One exercise the person did, as recorded."""

    id: int
    exercise_id: str
    exercise_title: str
    started_at: datetime
    planned_seconds: float
    seconds: float
    outcome: str
    rating_before: int | None
    rating_after: int | None

    @property
    def change(self) -> int | None:
        """After minus before (negative means calmer), or None when either rating was skipped."""
        if self.rating_before is None or self.rating_after is None:
            return None
        return self.rating_after - self.rating_before


def as_plain_text(cell: str) -> str:
    """A text cell a spreadsheet shows as text, never runs: one starting like a formula gets a leading `'` (OWASP)."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def _describe(error: BaseException) -> str:
    """A short, plain reason for a problem message."""
    if isinstance(error, UnusableFileError):
        return error.reason
    if isinstance(error, FileExistsError | NotADirectoryError):
        return "something that is not a folder is in the way"
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return "the disk is full"
        if error.errno == errno.EROFS:
            return "the disk is read-only"
        if isinstance(error, PermissionError):
            return "permission denied"
        return (error.strerror or str(error)).lower()
    return str(error) or type(error).__name__


def _check_rating(name: str, rating: int | None) -> None:
    if rating is None:
        return
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 10:
        raise ValueError(f"{name} must be a whole number from 0 to 10 or None, not {rating!r}")


def _check_seconds(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a number of seconds, 0 or more, not {value!r}")


def _record(row: tuple[Any, ...]) -> SessionRecord:
    started = datetime.fromisoformat(row[3])
    if started.tzinfo is None:
        started = started.astimezone()  # written without an offset: it was local time
    return SessionRecord(
        id=row[0],
        exercise_id=row[1],
        exercise_title=row[2],
        started_at=started,
        planned_seconds=float(row[4]),
        seconds=float(row[5]),
        outcome=row[6],
        rating_before=row[7],
        rating_after=row[8],
    )


class History:
    """The person's sessions in one SQLite file, readable by them only.

    Opening never fails: a damaged file or one from a newer Steady is kept aside under a new
    name and a fresh file is started; when nothing can be written at all, history is kept in
    memory. Either way `problem` (and `take_problem()`) says so in one calm sentence.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem = ""
        self._db: sqlite3.Connection | None = None
        self._in_memory = False

    def __enter__(self) -> History:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def in_memory(self) -> bool:
        """True when history cannot be saved right now and lives only until Steady closes."""
        return self._in_memory

    def open(self) -> None:
        """Open (or create) the file; sets `problem` when it had to be kept aside or cannot be used."""
        if self._db is None:
            self._db = self._open()

    def take_problem(self) -> str:
        """The problem to tell the person, once: it is cleared as it is taken."""
        self.open()
        problem, self.problem = self.problem, ""
        return problem

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # Writing

    def add(
        self,
        exercise_id: str,
        exercise_title: str,
        started_at: datetime,
        planned_seconds: float,
        seconds: float,
        outcome: str,
        rating_before: int | None = None,
        rating_after: int | None = None,
    ) -> int:
        """Record one session in one transaction (all of it or nothing) and return its id."""
        if not isinstance(exercise_id, str) or not exercise_id:
            raise ValueError(f"exercise_id must be a non-empty text, not {exercise_id!r}")
        if not isinstance(exercise_title, str):
            raise ValueError(f"exercise_title must be a text, not {exercise_title!r}")
        if not isinstance(started_at, datetime):
            raise ValueError(f"started_at must be a datetime, not {started_at!r}")
        _check_seconds("planned_seconds", planned_seconds)
        _check_seconds("seconds", seconds)
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
        _check_rating("rating_before", rating_before)
        _check_rating("rating_after", rating_after)
        if started_at.tzinfo is None:
            started_at = started_at.astimezone()  # a naive time is the local time: store its offset
        row_id = self._write(
            "INSERT INTO sessions (exercise_id, exercise_title, started_at, planned_seconds, seconds, outcome,"
            " rating_before, rating_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                exercise_id,
                exercise_title,
                started_at.isoformat(),
                float(planned_seconds),
                float(seconds),
                outcome,
                rating_before,
                rating_after,
            ),
        ).lastrowid
        assert row_id is not None
        return row_id

    def set_rating_after(self, session_id: int, rating: int | None) -> None:
        """Record (or clear) the after-rating of a session already written; KeyError for an unknown id."""
        _check_rating("rating", rating)
        cursor = self._write("UPDATE sessions SET rating_after = ? WHERE id = ?", (rating, session_id))
        if cursor.rowcount == 0:
            raise KeyError(session_id)

    # Reading

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        """The recorded sessions, newest first (by the real moment, whatever the time zone)."""
        if limit is not None and limit < 0:
            raise ValueError(f"limit must be 0 or more, not {limit}")
        query = f"{_SELECT} ORDER BY julianday(started_at) DESC, id DESC"
        params: tuple[int, ...] = ()
        if limit is not None:
            query += " LIMIT ?"
            params = (limit,)
        return [_record(row) for row in self._connection().execute(query, params)]

    def export_csv(self, target: Path) -> int:
        """Write every session, oldest first, to a user-only CSV file (replaced atomically); returns the count.

        Text cells that start like a formula (a plan titled "=HYPERLINK(…)") are written as text.
        """
        records = list(reversed(self.sessions()))
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(CSV_HEADER)
        for record in records:
            writer.writerow(
                (
                    record.started_at.isoformat(),
                    as_plain_text(record.exercise_id),
                    as_plain_text(record.exercise_title),
                    record.planned_seconds,
                    record.seconds,
                    as_plain_text(record.outcome),
                    "" if record.rating_before is None else record.rating_before,
                    "" if record.rating_after is None else record.rating_after,
                )
            )
        write_private(target, buffer.getvalue(), own_folder=False)
        return len(records)

    # Deleting

    def delete_file(self) -> list[Path]:
        """Close and remove the history file, SQLite's side files and kept damaged copies; returns what went.

        Every file is tried; if one cannot be removed, OSError names it after the rest are gone.
        History is empty afterwards; the next session starts a new file.
        """
        self.close()
        self._in_memory = False
        self.problem = ""
        candidates = [self.path, *(self.path.with_name(self.path.name + side) for side in SIDE_FILES)]
        prefix = f"{self.path.name}.damaged-"
        with contextlib.suppress(OSError):
            candidates += sorted(p for p in self.path.parent.iterdir() if p.name.startswith(prefix))
        removed: list[Path] = []
        failed: list[str] = []
        for candidate in candidates:
            try:
                candidate.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                failed.append(f"{candidate} ({_describe(error)})")
                continue
            removed.append(candidate)
        if failed:
            raise OSError(f"could not remove {', '.join(failed)}")
        return removed

    # Inside

    def _connection(self) -> sqlite3.Connection:
        self.open()
        assert self._db is not None
        return self._db

    def _write(self, sql: str, params: Iterable[object]) -> sqlite3.Cursor:
        """Run one statement in one transaction; if the file stops accepting writes, carry on in memory."""
        db = self._connection()
        try:
            with transaction(db):
                return db.execute(sql, tuple(params))
        except sqlite3.Error as error:
            if self._in_memory or isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            self._db = self._memory(
                f"Your history can't be saved right now because {self.path} could not be written"
                f" ({_describe(error)}); {_KEPT_ONLY_UNTIL_CLOSE}.",
                copy_from=db,
            )
            db.close()
        with transaction(self._db):
            return self._db.execute(sql, tuple(params))

    def _open(self) -> sqlite3.Connection:
        try:
            ensure_private_dir(self.path.parent)
        except OSError as error:
            return self._cannot_save(self.path.parent, error)
        try:
            return self._open_file()
        except (OSError, sqlite3.Error, UnusableFileError) as error:
            if not self._is_damage(error):
                return self._cannot_save(self.path, error)
            first = error
        try:
            kept = self._move_aside()
        except OSError as error:
            return self._memory(
                f"Your history file {self.path} could not be read ({_describe(first)}), and history can't be"
                f" saved right now because it could not be kept aside ({_describe(error)}); {_KEPT_ONLY_UNTIL_CLOSE}."
            )
        try:
            db = self._open_file()
        except (OSError, sqlite3.Error, UnusableFileError) as error:
            return self._memory(
                f"Your history file {self.path} could not be read ({_describe(first)}) and was kept as {kept.name},"
                f" but history can't be saved right now ({_describe(error)}); {_KEPT_ONLY_UNTIL_CLOSE}."
            )
        if isinstance(first, UnusableFileError) and first.newer:
            self.problem = (
                f"Your history file {self.path} was made by a newer version of Steady, so it was kept as"
                f" {kept.name} and a new one was started."
            )
        else:
            self.problem = (
                f"Your history file {self.path} could not be read ({_describe(first)}); it was kept as"
                f" {kept.name} and a new one was started."
            )
        return db

    def _open_file(self) -> sqlite3.Connection:
        """Connect to the file (created user-only), check it, and bring it up to date."""
        journal_beside = any(self.path.with_name(self.path.name + side).exists() for side in SIDE_FILES)
        if self.path.exists():
            with contextlib.suppress(OSError):
                os.chmod(self.path, PRIVATE_FILE)
            if not journal_beside:  # with a journal beside it, SQLite itself may need to repair the start
                with open(self.path, "rb") as handle:
                    start = handle.read(len(SQLITE_MAGIC))
                if start and start != SQLITE_MAGIC:
                    raise UnusableFileError("file is not a database")
        os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = FULL")
            if user_version(db) > SCHEMA_VERSION:  # before anything that could write to it
                raise UnusableFileError("it was made by a newer version of Steady", newer=True)
            problems = [row[0] for row in db.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise UnusableFileError(f"the file is damaged: {problems[0]}")
            db.execute("PRAGMA journal_mode = DELETE")  # one file, safe to back up by copying
            migrate(db)
            check_layout(db)
        except BaseException:
            db.close()
            raise
        self._in_memory = False
        return db

    def _is_damage(self, error: BaseException) -> bool:
        """Whether the file itself is the trouble (so keeping it aside helps), not the folder or the disk."""
        if isinstance(error, UnusableFileError) or sqlite_code(error) in _DAMAGE_CODES:
            return True
        if not self.path.is_file():
            return False
        if isinstance(error, PermissionError) or sqlite_code(error) == sqlite3.SQLITE_CANTOPEN:
            return not os.access(self.path, os.R_OK | os.W_OK)
        return False

    def _move_aside(self) -> Path:
        """Keep the file under a damaged-… name, with SQLite's side files following it."""
        kept = move_aside(self.path)
        for side in SIDE_FILES:
            source = self.path.with_name(self.path.name + side)
            if source.exists():
                os.replace(source, kept.with_name(kept.name + side))
        return kept

    def _cannot_save(self, where: Path, error: BaseException) -> sqlite3.Connection:
        problem = (
            f"Your history can't be saved right now because {where} could not be used ({_describe(error)});"
            f" {_KEPT_ONLY_UNTIL_CLOSE}."
        )
        earlier = self._read_only()
        try:
            return self._memory(problem, copy_from=earlier)
        finally:
            if earlier is not None:
                earlier.close()

    def _read_only(self) -> sqlite3.Connection | None:
        """The file opened for reading only (a read-only disk), so earlier sessions still show; None if it can't be."""
        if not self.path.is_file():
            return None
        try:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        except (OSError, sqlite3.Error):
            return None
        try:
            version = user_version(db)
            if 0 < version <= SCHEMA_VERSION and [row[0] for row in db.execute("PRAGMA quick_check")] == ["ok"]:
                return db
        except sqlite3.Error:
            pass
        db.close()
        return None

    def _memory(self, problem: str, copy_from: sqlite3.Connection | None = None) -> sqlite3.Connection:
        """History in memory only, with what was already recorded when it can still be read."""
        db = sqlite3.connect(":memory:", isolation_level=None)
        if copy_from is not None:
            try:
                copy_from.backup(db)
            except sqlite3.Error:
                db.close()
                db = sqlite3.connect(":memory:", isolation_level=None)
        migrate(db)  # nothing to do when the copy worked
        self._in_memory = True
        self.problem = problem
        return db
