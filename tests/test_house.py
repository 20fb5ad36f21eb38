"""The rooms of app/ and what each may import (docs/ARCHITECTURE.md): no circles, and no arrow that runs back up.

Every import counts, also the ones inside functions (Steady imports late to start sooner), except
those only for type checkers (`if TYPE_CHECKING:`).
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

from tests.conftest import ROOT

APP = ROOT / "app"
LONGEST = 420  # lines of an interface module: "about 400", so that it can be read in one sitting
LONGEST_ANYWHERE = 450  # lines of any module: past this a room usually holds two things

# Each room, and the rooms it may import from (besides itself). A module not named here is a room of its own.
MAY_IMPORT = {
    "app.core": set(),
    "app.storage": {"app.core"},
    "app.voice": {"app.core", "app.storage"},
    "app.system_check": set(),
    "app.ui": {"app.core", "app.storage", "app.voice"},
    "app.commands": {"app.core", "app.storage", "app.voice", "app.ui", "app.system_check"},
    "app.main": {"app.core", "app.storage", "app.voice", "app.ui", "app.commands", "app.system_check"},
}
# Inside the interface: screens and dialogs use parts and services' plain pieces, never the window frame.
UI_MAY_NOT = {
    "app.ui.parts": {"app.ui.screens", "app.ui.dialogs", "app.ui.services", "app.ui.window", "app.ui.navigation"},
    "app.ui.screens": {"app.ui.window", "app.ui.navigation", "app.ui.menus"},
    "app.ui.dialogs": {"app.ui.window", "app.ui.navigation", "app.ui.menus"},
    "app.ui.services": {"app.ui.window", "app.ui.navigation", "app.ui.menus"},  # they are handed the navigator
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(APP.rglob("*.py"))}


def type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(path: Path) -> set[str]:
    """The app modules `path` imports, at run time (lazy ones included, TYPE_CHECKING ones not)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if type_checking_only(node):
            for child in getattr(node, "orelse", []):
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                whole = f"{node.module}.{alias.name}"
                found.add(whole if whole in MODULES else node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    # A package's own __init__ is only a docstring here; the arrow is to the module itself.
    return {name for name in found if name in MODULES and MODULES[name].name != "__init__.py"}


GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def room(module: str) -> str:
    return next(
        (r for r in sorted(MAY_IMPORT, key=len, reverse=True) if module == r or module.startswith(r + ".")), module
    )


def circles() -> list[str]:
    """One group of modules that import each other round about, if there is any (the standard library finds it)."""
    try:
        TopologicalSorter(GRAPH).prepare()
    except CycleError as error:
        return list(error.args[1])
    return []


def test_the_reading_of_imports_sees_lazy_ones_and_skips_type_checking_ones() -> None:
    assert "app.ui.dialogs.help" in GRAPH["app.ui.navigation"]  # imported inside show_help()
    assert "app.ui.services.appearance" not in GRAPH["app.ui.navigation"]  # only for type checkers there
    assert len(MODULES) > 60


def test_no_module_of_app_imports_itself_round_about() -> None:
    assert circles() == [], "an import circle: " + " -> ".join(circles())


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_imports_only_the_rooms_below_it(module: str) -> None:
    mine = room(module)
    if mine not in MAY_IMPORT:
        return
    allowed = MAY_IMPORT[mine] | {mine, "app"}
    wrong = sorted(other for other in GRAPH[module] if room(other) not in allowed)
    assert wrong == [], f"{module} ({mine}) may import only {sorted(allowed)}, but imports {wrong}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("app.ui.")))
def test_interface_parts_screens_and_dialogs_never_reach_up_into_the_frame(module: str) -> None:
    for inner, forbidden in UI_MAY_NOT.items():
        if module.startswith(inner + "."):
            wrong = sorted(o for o in GRAPH[module] if any(o == f or o.startswith(f + ".") for f in forbidden))
            assert wrong == [], f"{module} imports {wrong}"


def test_nothing_imports_the_composition_root_back() -> None:
    assert sorted(m for m, targets in GRAPH.items() if "app.main" in targets) == ["app.__main__"]


def test_the_core_never_imports_qt() -> None:
    for name, path in MODULES.items():
        if name.startswith("app.core"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), name


def test_no_interface_module_is_too_long_to_read_in_one_sitting() -> None:
    long = {
        name: n
        for name, p in MODULES.items()
        if name.startswith("app.ui") and (n := len(p.read_text().splitlines())) > LONGEST
    }
    assert long == {}, f"split these by responsibility: {long}"


def test_no_module_holds_two_rooms_worth() -> None:
    long = {name: n for name, p in MODULES.items() if (n := len(p.read_text().splitlines())) > LONGEST_ANYWHERE}
    assert long == {}, f"split these by responsibility: {long}"
