"""PySide6 as Steady loads it: without the source scan PySide6 runs on every module imported after it."""

from __future__ import annotations

import sys


def skip_feature_scan() -> bool:
    """Stop PySide6 reading the whole source of each module imported after it; False if this PySide6 has no scan.

    PySide6 (6.4 to 6.11) wraps `import`, and for every new module reads its source
    (`inspect.getsource`, which also keeps the text in `linecache`) only to learn whether it
    names PySide6. The answer matters only to modules that write `from __feature__ import
    snake_case` or `true_property`, and Steady has none. Counting every module as a PySide6 user
    gives the answer PySide6 would give such a module, without the read: measured on Steady's
    start, about 90 µs per module (≈ 6 ms before the first frame) and the source text of
    every module kept in memory.
    """
    import PySide6.QtCore  # noqa: F401  sets up the import wrapper and its `__feature__` module

    feature = sys.modules.get("__feature__")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _counted_as_pyside_user
    return True


def _counted_as_pyside_user(module: object) -> bool:
    return True
