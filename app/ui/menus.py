"""The menu bar, declared once: each item's words, keys and the name of what it does.

The window builds the menus from this table and connects each name to the screen or service that
does it (`MainWindow.actions`), so adding an item is one line here and one there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from app.ui.i18n import _t
from app.ui.parts.theme import THEMES

SEPARATOR = "-"


class Item(NamedTuple):
    """One menu item: the name of what it does, its words, and its keys ("" for none)."""

    does: str
    words: str
    keys: str | QKeySequence.StandardKey | Qt.Key = ""


def menus() -> list[tuple[str, list[Item]]]:
    """Steady, View and Help, in order (made when the window is, so the words are translated)."""
    return [
        (_t("Window", "&Steady"), [
            Item("home", _t("Window", "Back to the &start"), "Ctrl+Home"),
            Item("plans", _t("Window", "My &plans"), "Ctrl+P"),
            Item("import plan", _t("Window", "&Import a plan…"), "Ctrl+O"),
            Item("memories", _t("Window", "My &memories…")),
            Item("history", _t("Window", "My &history"), "Ctrl+Y"),
            Item(SEPARATOR, ""),
            Item("quit", _t("Window", "&Quit"), QKeySequence.StandardKey.Quit),
        ]),
        (_t("Window", "&View"), [
            Item("still", _t("Window", "Keep things st&ill (no motion)")),
            Item("settings", _t("Window", "&Settings…"), "Ctrl+,"),
            Item("small window", _t("Window", "Small &window on top"), "Ctrl+M"),
            Item(SEPARATOR, ""),
            Item("larger", _t("Window", "&Larger text"), QKeySequence.StandardKey.ZoomIn),
            Item("smaller", _t("Window", "S&maller text"), QKeySequence.StandardKey.ZoomOut),
            Item("usual size", _t("Window", "&Usual text size"), "Ctrl+0"),
            Item("colours", _t("Window", "&Colours")),
        ]),
        (_t("Window", "&Help"), [
            Item("help", _t("Window", "&Need help now?")),
            Item("why", _t("Window", "&Why it's OK to cry")),
            Item("keys", _t("Window", "&Keyboard shortcuts"), Qt.Key.Key_F1),
            Item("about", _t("Window", "&About Steady")),
        ]),
    ]  # fmt: skip


def colour_names() -> dict[str, str]:
    return {
        "system": _t("Window", "Follow the &system"), "light": _t("Window", "&Light"),
        "dark": _t("Window", "&Dark"), "contrast": _t("Window", "&High contrast"),
    }  # fmt: skip


def build_menus(
    bar: QMenuBar,
    owner: QWidget,
    actions: dict[str, Callable[[], object]],
    theme: str,
    set_theme: Callable[[str], None],
    still: bool,
) -> QAction:
    """Fill `bar`; `actions` does each item by name. Returns the "keep still" item, whose tick follows the motion."""
    still_action = QAction(owner)
    for title, items in menus():
        menu = bar.addMenu(title)
        for item in items:
            if item.does == SEPARATOR:
                menu.addSeparator()
            elif item.does == "colours":
                colours = menu.addMenu(item.words)
                group = QActionGroup(owner)
                for name, words in colour_names().items():
                    action = QAction(words, owner, checkable=True)
                    action.setChecked(theme == name)
                    action.triggered.connect(lambda _=False, t=name: set_theme(t))
                    group.addAction(action)
                    colours.addAction(action)
            elif item.does == "still":
                still_action.setText(item.words)
                still_action.setCheckable(True)
                still_action.setChecked(still)
                menu.addAction(still_action)
            else:
                action = QAction(item.words, owner)
                if item.keys:
                    action.setShortcut(QKeySequence(item.keys))
                action.triggered.connect(lambda _=False, does=actions[item.does]: does())
                menu.addAction(action)
    assert set(THEMES) == set(colour_names())
    return still_action
