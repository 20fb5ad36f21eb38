"""The "let it out" door: permission and company, with a soft circle to breathe with the tears."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.clock import Clock
from app.core.exercise import BreathingPattern
from app.core.pacing import pacer_level
from app.core.session import Session, SessionState, Snapshot
from app.core.timeline import breathing_timeline
from app.ui.i18n import _t
from app.ui.parts.driver import SessionDriver
from app.ui.parts.pacer import PacerWidget
from app.ui.parts.screen_keys import ScreenKey, ScreenKeys, scroll_keys
from app.ui.parts.theme import Palette
from app.ui.parts.widgets import ButtonRow, button, label, phase_words, scrolling

ONE_HOUR = 60.0


class LetItOutScreen(QWidget):
    """No timer, no task, no instruction to stop: a quiet place to cry, with a slow breath nearby.

    Signals:
        leave_requested(): back to the start screen.
        steady_requested(): the person would now like a moment to steady themselves.
    """

    leave_requested = Signal()
    steady_requested = Signal()

    def __init__(
        self,
        pattern: BreathingPattern,
        clock: Clock,
        palette: Palette,
        still: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pattern = pattern
        self.clock = clock
        self.still = still
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 28)
        outer.setSpacing(14)
        content = QWidget()  # scrolls with large text in a small window; the buttons stay in view
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        heading = _t("LetItOut", "Let it out.")
        layout.addWidget(label(heading, "heading"))
        layout.addWidget(
            label(
                _t(
                    "LetItOut",
                    "You don't have to do anything right now. Cry as much as you need to; the tears can "
                    "come and go in their own time. If it helps, let your breath follow the circle.",
                ),
                "lead",
            )
        )
        self.pacer = PacerWidget(palette)
        self.pacer.setAccessibleDescription(
            _t("LetItOut", "A soft circle that slowly grows and shrinks, if you want to breathe with it")
        )
        layout.addWidget(self.pacer, 1)
        self.phase = label("", "muted", centred=True)
        layout.addWidget(self.phase)
        scroll = scrolling(content, heading)
        outer.addWidget(scroll, 1)
        self.back_button = button(_t("LetItOut", "Back to the start"), description=_t("LetItOut", "Esc goes there too"))
        self.back_button.clicked.connect(self.leave_requested)
        self.steady_button = button(
            _t("LetItOut", "I'd like to steady myself"),
            "primary",
            _t("LetItOut", "A few minutes of gentle exercises, when you want them"),
        )
        self.steady_button.clicked.connect(self.steady_requested)
        outer.addWidget(ButtonRow([self.back_button], [self.steady_button]))  # one a row when they don't fit
        self.keys = ScreenKeys(self, [
            ScreenKey(("Escape",), self.leave_requested.emit, _t("LetItOut", "Esc goes back to the start")),
            ScreenKey(("Left", "Right"), lambda: None),  # no key walks the focus off by itself
            *scroll_keys(scroll),
        ])  # fmt: skip
        outer.addWidget(self.keys.hint)
        self.driver: SessionDriver | None = None
        self._begin()

    def _begin(self) -> None:
        session = Session(breathing_timeline(self.pattern, ONE_HOUR))
        self.driver = SessionDriver(
            session, self.clock, moving=lambda _: True, countdown=lambda s: s.segment_remaining, parent=self
        )
        self.driver.set_still(self.still)
        self.driver.snapshot_changed.connect(self.show_snapshot)
        self.driver.state_changed.connect(self._on_state)
        self.driver.start()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        # Soft words only, no countdown: nothing here hurries anyone.
        self.phase.setText(_t("LetItOut", "{phase}…").format(phase=phase_words(snapshot.segment.phase)))
        if not self.still:
            self.pacer.set_level(pacer_level(snapshot))

    def _on_state(self, state: SessionState) -> None:
        if state is SessionState.FINISHED:
            self._begin()  # an hour went by: simply carry on
        elif state is SessionState.PAUSED and self.driver is not None:
            self.driver.resume()  # after the computer slept, just carry on softly

    def set_still(self, still: bool) -> None:
        self.still = still
        self.pacer.setVisible(not still)
        if self.driver is not None:
            self.driver.set_still(still)

    def set_palette(self, palette: Palette) -> None:
        self.pacer.set_palette(palette)

    def stop(self) -> None:
        if self.driver is not None:
            self.driver.stop()

    @property
    def state(self) -> SessionState:
        return self.driver.session.state if self.driver else SessionState.READY

    def focus_first(self) -> None:
        self.back_button.setFocus()
