"""Steady's start skips PySide6's reading of every later module's source, and Qt still works after it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = textwrap.dedent(
    """
    import linecache, sys
    sys.path[:0] = [{root!r}, {folder!r}]
    if {skip}:
        from app.ui.bindings import skip_feature_scan
        print("skipped" if skip_feature_scan() else "no scan to skip")
    else:
        import PySide6.QtCore
    import later_module
    print("source read" if later_module.__file__ in linecache.cache else "source not read")
    print(later_module.ping())
    """
)

LATER_MODULE = textwrap.dedent(
    """
    from PySide6.QtCore import QObject, Signal

    class Bell(QObject):
        rang = Signal(str)

    def ping():
        heard = []
        bell = Bell()
        bell.rang.connect(heard.append)
        bell.rang.emit("ding")
        return heard[0]
    """
)


def run(tmp_path: Path, skip: bool) -> list[str]:
    (tmp_path / "later_module.py").write_text(LATER_MODULE, encoding="utf-8")
    program = PROGRAM.format(root=str(ROOT), folder=str(tmp_path), skip=skip)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.split("\n")[:-1]


def test_pyside6_reads_each_later_module_as_text_unless_steady_skips_it(tmp_path: Path) -> None:
    # Without the skip, PySide6 keeps the whole source of every module imported after it.
    assert run(tmp_path, skip=False) == ["source read", "ding"]
    # If a new PySide6 drops its scan, the first line changes and this test says so.
    assert run(tmp_path, skip=True) == ["skipped", "source not read", "ding"]
