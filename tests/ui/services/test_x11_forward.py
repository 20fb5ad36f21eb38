"""The launch's own time, read from a launcher's startup id, is what Steady asks the X11 window manager with."""

from __future__ import annotations

from app.ui.services.x11_forward import activate_with_launch_time, launch_time


def test_the_time_of_the_click_comes_from_the_startup_id() -> None:
    assert launch_time("gnome-shell/Steady/2891-0-host_TIME2871653") == 2871653
    assert launch_time("steady-launch-7") is None  # an id without a time: Qt's own activation is all there is
    assert launch_time("") is None


def test_without_a_time_nothing_is_asked() -> None:
    assert activate_with_launch_time(0x1200003, "no-time-here") is False
