"""Wakes a session at the right moments with one precise QTimer and reports what changed."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.session import AutoPaused, Finished, PhaseStarted, Session, SessionState, Snapshot

FRAME_MS = 16  # about 60 frames a second while the pacer moves


class SessionDriver(QObject):
    """Drives one `Session` from a clock; the timer only wakes it, the clock decides.

    Signals:
        snapshot_changed(Snapshot): the picture to draw, after every wake-up.
        phase_started(PhaseStarted): a new phase began (once per phase, never skipped).
        state_changed(SessionState): started, paused, resumed, finished or stopped.
        auto_paused(float): the session paused itself after a gap of that many seconds.
    """

    snapshot_changed = Signal(object)
    phase_started = Signal(object)
    state_changed = Signal(object)
    auto_paused = Signal(float)

    def __init__(self, session: Session, clock: Clock, animated: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.animated = animated
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)

    # -- intents from the screen ---------------------------------------------------------

    def start(self) -> None:
        self.session.start(self.clock.now())
        self.state_changed.emit(self.session.state)
        self.tick()

    def pause(self) -> None:
        self._after_intent(self.session.pause)

    def resume(self) -> None:
        self._after_intent(self.session.resume)

    def toggle_pause(self) -> None:
        if self.session.state is SessionState.RUNNING:
            self.pause()
        elif self.session.state is SessionState.PAUSED:
            self.resume()

    def stop(self) -> None:
        self._after_intent(self.session.stop)

    def skip(self) -> None:
        self.session.skip(self.clock.now())
        self.tick()

    def set_animated(self, animated: bool) -> None:
        """Switch between a moving pacer (60 fps) and a still one (one wake-up a second)."""
        self.animated = animated
        if self.session.state is SessionState.RUNNING:
            self.tick()

    @property
    def wake_interval_ms(self) -> int | None:
        """Milliseconds to the scheduled wake-up, or None: nothing runs while paused or over."""
        return self._timer.interval() if self._timer.isActive() else None

    # -- the wake-up ---------------------------------------------------------------------

    def tick(self) -> None:
        """Read the clock, report every boundary crossed, draw, and schedule the next wake-up."""
        now = self.clock.now()
        for event in self.session.poll(now):
            if isinstance(event, PhaseStarted):
                self.phase_started.emit(event)
            elif isinstance(event, AutoPaused):
                self.auto_paused.emit(event.gap)
                self.state_changed.emit(self.session.state)
            elif isinstance(event, Finished):
                self.state_changed.emit(self.session.state)
        snapshot = self.session.snapshot(now)
        self.snapshot_changed.emit(snapshot)
        self._schedule(snapshot, now)

    def _after_intent(self, intent: Callable[[float], None]) -> None:
        before = self.session.state
        intent(self.clock.now())
        if self.session.state is not before:
            self.state_changed.emit(self.session.state)
            self.tick()

    def _schedule(self, snapshot: Snapshot, now: float) -> None:
        if snapshot.state is not SessionState.RUNNING:
            self._timer.stop()  # nothing runs while paused or idle
            return
        boundary = self.session.next_boundary_in(now) or 0.0
        if self.animated:
            delay = min(FRAME_MS / 1000.0, boundary)
        else:
            # Still pacer: wake when the whole-second countdown changes or a phase starts.
            remaining = snapshot.segment_remaining
            to_next_second = remaining - math.floor(remaining - 1e-6) if remaining > 0 else 0.0
            delay = min(boundary, to_next_second if to_next_second > 0 else 1.0)
        self._timer.start(max(0, math.ceil(delay * 1000)))
