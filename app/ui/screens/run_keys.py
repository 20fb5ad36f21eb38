"""The run page's own keys: Space, the arrows, ↑ ↓ to scroll, T for what is left, Esc to stop, V for the voice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.i18n import _t
from app.ui.parts.screen_keys import ScreenKey, ScreenKeys, scroll_keys

if TYPE_CHECKING:
    from app.ui.screens.exercise import ExerciseScreen


class RunKeys(ScreenKeys):
    """Keys that work wherever the focus is while the session runs; the hint line says what Space does now."""

    def __init__(self, screen: ExerciseScreen, page: QWidget) -> None:
        self.screen = screen
        voice = screen.voice_button
        super().__init__(page, [
            ScreenKey(("Space",), screen.space_pressed, screen.space_words),
            *(screen.run_page_keys() or [ScreenKey(("Left", "Right"), lambda: None)]),  # never walk the focus to Stop
            *scroll_keys(screen.run_scroll),
            ScreenKey(("T",), self.tell_what_is_left, _t("Exercise", "T time left")),
            ScreenKey(("Escape",), screen.stop, _t("Exercise", "Esc stops")),
            ScreenKey(("V",), lambda: voice.isVisible() and voice.toggle()),
        ])  # fmt: skip

    def tell_what_is_left(self) -> None:
        """T: where the person is and how much is left, on the notice line until the next phase or step,
        and said by a screen reader (even with announcements off: the person asked)."""
        screen = self.screen
        if screen.driver is None:
            return
        words = screen.what_is_left()
        screen.notice.say(words, for_now=True)
        if screen.announcer is not None:
            screen.announcer.announce(screen, words, asked=True)
