"""The core stays pure Python: it must never import Qt."""

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_no_core_module_mentions_pyside() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app" / "core").rglob("*.py")
        if re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)", path.read_text(), re.MULTILINE)
    ]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, app.core\n"
        "for m in pkgutil.iter_modules(app.core.__path__): importlib.import_module('app.core.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
