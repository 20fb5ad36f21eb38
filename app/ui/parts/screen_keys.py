"""A screen's own keys, declared once: they act wherever the focus is, and its hint line is made from them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from app.ui.parts.widgets import label

Words = str | Callable[[], str]


@dataclass(frozen=True)
class ScreenKey:
    """Keys (as QKeySequence names: "Space", "Right", "0") that do one thing on a screen.

    `hint` is what the hint line says of them ("Space pauses"), or a function giving it as the screen
    stands now; "" keeps them off the hint line (keys that must only stay away from the buttons).
    """

    keys: tuple[str, ...]
    does: Callable[[], object]
    hint: Words = ""

    def words(self) -> str:
        return self.hint() if callable(self.hint) else self.hint


class ScreenKeys(QObject):
    """`page`'s keys: live while `page` shows in the active window, wherever the focus is in it.

    A focused button never takes them first (Space presses no button, arrows move no focus), and the
    "Need help now?" button beside the screen doesn't either. `hint` is the page's hint line.
    """

    def __init__(self, page: QWidget, keys: Sequence[ScreenKey]) -> None:
        super().__init__(page)
        self.keys = tuple(keys)
        self.hint: QLabel = label("", "hint", centred=True)  # muted; it grows half as fast as the text around it
        for key in self.keys:
            for name in key.keys:
                shortcut = QShortcut(QKeySequence(name), page)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # the window's, but only while `page` shows
                shortcut.setAutoRepeat(False)  # a key held by a shaking hand acts once
                shortcut.activated.connect(lambda key=key, name=name: self._act(key, name))
        self.refresh()

    def _act(self, key: ScreenKey, name: str) -> None:
        key.does()
        self.refresh()

    def refresh(self) -> None:
        """Say on the hint line what each key does now (Space pauses, then resumes)."""
        self.hint.setText(" · ".join(words for key in self.keys if (words := key.words())))

    def names(self) -> list[str]:
        """Every key declared here, by name."""
        return [name for key in self.keys for name in key.keys]


def scroll_keys(area: QScrollArea) -> list[ScreenKey]:
    """↑ and ↓ scroll `area` a third of its height (large text in a small window), wherever the focus is."""
    bar = area.verticalScrollBar()

    def scroll(direction: int) -> None:
        bar.setValue(bar.value() + direction * max(bar.singleStep(), bar.pageStep() // 3))

    return [ScreenKey(("Up",), lambda: scroll(-1)), ScreenKey(("Down",), lambda: scroll(1))]


def press_focused() -> None:
    """Enter: press (or tick) the control that has the focus, as the application knows it.

    Not a screen's own focusWidget(): on X with AT-SPI on, that was seen to lag behind Tab, and Enter
    then pressed a button the person had already left.
    """
    focused = QApplication.focusWidget()
    if isinstance(focused, QAbstractButton):
        focused.click()
