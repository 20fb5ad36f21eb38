"""Wakes a session at the right moments with one precise QTimer and reports what changed."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.session import AutoPaused, Finished, PhaseStarted, SessionState
from app.core.steps import StepStarted

FRAME_MS = 16  # about 60 frames a second while something moves


class Playable(Protocol):
    """What the driver needs of a session: `Session` (breathing) and `StepSession` both fit."""

    state: SessionState

    def start(self, now: float) -> None: ...
    def pause(self, now: float) -> None: ...
    def resume(self, now: float) -> None: ...
    def stop(self, now: float) -> None: ...
    def poll(self, now: float) -> list[Any]: ...
    def snapshot(self, now: float) -> Any: ...
    def next_boundary_in(self, now: float) -> float | None: ...


class SessionDriver(QObject):
    """Drives one session from a clock; the timer only wakes it, the clock decides.

    `moving(snapshot)` says whether something on screen animates right now (then it wakes
    every frame); otherwise it wakes only when `countdown(snapshot)` changes its whole
    second or a boundary comes, and not at all while waiting for the person.

    Signals:
        snapshot_changed(snapshot): the picture to draw, after every wake-up.
        began(PhaseStarted | StepStarted): a phase or step began (once each, never skipped).
        state_changed(SessionState): started, paused, resumed, finished or stopped.
        auto_paused(float): the session paused itself after a gap of that many seconds.
    """

    snapshot_changed = Signal(object)
    began = Signal(object)
    state_changed = Signal(object)
    auto_paused = Signal(float)

    def __init__(
        self,
        session: Playable,
        clock: Clock,
        moving: Callable[[Any], bool],
        countdown: Callable[[Any], float | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.still = False
        self._moving = moving
        self._countdown = countdown
        self._reported = session.state  # the state last told: each change is told once
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)

    # -- intents from the screen ---------------------------------------------------------

    def start(self) -> None:
        self.session.start(self.clock.now())
        self._report()
        self.tick()

    def pause(self) -> None:
        self.act(self.session.pause)

    def resume(self) -> None:
        self.act(self.session.resume)

    def toggle_pause(self) -> None:
        if self.session.state is SessionState.RUNNING:
            self.pause()
        elif self.session.state is SessionState.PAUSED:
            self.resume()

    def stop(self) -> None:
        self.act(self.session.stop)

    def act(self, intent: Callable[[float], None]) -> None:
        """Apply one of the session's intents now, then report and redraw."""
        intent(self.clock.now())
        self._report()
        self.tick()

    def _report(self) -> None:
        """Tell a new state, once: an intent that ends the session and the poll after it see the same end."""
        if self.session.state is not self._reported:
            self._reported = self.session.state
            self.state_changed.emit(self.session.state)

    def set_still(self, still: bool) -> None:
        """Switch motion off (one wake-up a second at most) or back on."""
        self.still = still
        if self.session.state is SessionState.RUNNING:
            self.tick()

    @property
    def wake_interval_ms(self) -> int | None:
        """Milliseconds to the scheduled wake-up, or None: nothing runs while paused or waiting."""
        return self._timer.interval() if self._timer.isActive() else None

    # -- the wake-up ---------------------------------------------------------------------

    def tick(self) -> None:
        """Read the clock, report every boundary crossed, draw, and schedule the next wake-up."""
        now = self.clock.now()
        for event in self.session.poll(now):
            if isinstance(event, PhaseStarted | StepStarted):
                self.began.emit(event)
            elif isinstance(event, AutoPaused):
                self.auto_paused.emit(event.gap)
                self._report()
            elif isinstance(event, Finished):
                self._report()
        snapshot = self.session.snapshot(now)
        self.snapshot_changed.emit(snapshot)
        self._schedule(snapshot, now)

    def _schedule(self, snapshot: Any, now: float) -> None:
        if self.session.state is not SessionState.RUNNING:
            self._timer.stop()  # nothing runs while paused, stopped or finished
            return
        boundary = self.session.next_boundary_in(now)
        if not self.still and self._moving(snapshot):
            delay = FRAME_MS / 1000.0
        else:
            remaining = self._countdown(snapshot)
            if remaining is None and boundary is None:
                self._timer.stop()  # waiting for the person: no timer at all
                return
            # Wake when the whole-second countdown changes.
            delay = remaining - math.floor(remaining - 1e-6) if remaining and remaining > 0 else 1.0
        if boundary is not None:
            delay = min(delay, boundary)
        self._timer.start(max(0, math.ceil(delay * 1000)))
