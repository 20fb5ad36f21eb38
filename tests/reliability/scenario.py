"""One short visit to Steady with the real window, settings and history: what the person sees and what is kept.

Used in the test process, and as `python -m tests.reliability.scenario DATA CONFIG` in a child
process that runs under a real fault (a read-only or full disk, a file this user can't read).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from app.core.clock import FakeClock
from app.core.session import SessionState
from app.storage.catalog import load_catalog
from app.storage.history import History
from app.storage.personal import PersonalData
from app.storage.resources import resource
from app.storage.settings import Settings
from app.ui.screens.breathing import BreathingScreen
from app.ui.window import MainWindow


def files_in(*folders: Path) -> dict[str, dict[str, Any]]:
    """Every file under the folders: its mode and a digest of its bytes (or why it can't be read)."""
    found: dict[str, dict[str, Any]] = {}
    for folder in folders:
        if not folder.exists():
            continue
        for path in sorted(folder.rglob("*")):
            entry: dict[str, Any] = {"mode": path.stat().st_mode & 0o777, "dir": path.is_dir()}
            if path.is_file():
                try:
                    entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError as error:
                    entry["sha256"] = f"unreadable: {error.strerror}"
            found[str(path)] = entry
    return found


def sessions_on_disk(path: Path) -> list[str] | str:
    """The outcomes recorded in a history file, read straight from SQLite, or why it can't be read."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return "damaged"
            return [row[0] for row in db.execute("SELECT outcome FROM sessions ORDER BY id")]
        finally:
            db.close()
    except sqlite3.Error as error:
        return f"unreadable: {error}"


def visit(data: Path, config: Path) -> dict[str, Any]:
    """Open the window, change a setting, do a one-minute breathing exercise, look at the history, add a memory."""
    clock = FakeClock()
    settings = Settings(QSettings(str(config), QSettings.Format.IniFormat))
    personal = PersonalData(data)
    history = History(data / "history.sqlite3")
    catalog = load_catalog(resource("exercises"), personal.exercises_dir)
    window = MainWindow(catalog, clock, settings, lambda: False, personal, None, None, None, history)
    window.show()
    window.keeper.tell_problems()  # as Steady does just after its first paint
    window.settings.set("care/checkins", False)
    window.appearance.set_theme("dark")
    screen = window.navigator.open_exercise("calm-pace")
    assert isinstance(screen, BreathingScreen) and screen.driver is None
    screen.choose_length(1)
    screen.start()
    assert screen.driver is not None
    while screen.driver.session.state is SessionState.RUNNING:
        clock.advance(0.5)
        screen.driver.tick()
    finished = screen.driver.session.state is SessionState.FINISHED
    window.navigator.show_home()
    listed = [record.outcome for record in history.sessions()]
    window.navigator.open_history()
    window.keeper.tell_problems()
    personal.memories.save(["The day at the lake"])  # as the memories editor does on OK
    result = {
        "told": window.notes.told,
        "finished": finished,
        "listed": listed,
        "in_memory": history.in_memory,
        "theme": settings.get("appearance/theme"),
        "memories": personal.memories.load(),
        "memories_problem": personal.memories.problem,
    }
    window.close()
    history.close()
    window.deleteLater()  # gone now, so later visits in the same process stay as quick as the first
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return result


def main() -> int:
    data, config = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication.instance() or QApplication([])
    result = visit(data, config)
    app.processEvents()
    result["files"] = files_in(data, config.parent)
    result["on_disk"] = sessions_on_disk(data / "history.sqlite3")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
