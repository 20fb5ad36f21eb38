"""The focus can always be seen: every control Tab stops on draws a ring when it has the focus, in every theme."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.storage.care import load_care
from app.storage.resources import resource
from app.storage.settings import Settings
from app.ui.screens.exercise import ExerciseScreen
from app.ui.window import MainWindow


def picture(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def stops(root: QWidget) -> list[QWidget]:
    """The controls Tab stops on under `root`, as shown now."""
    return [
        w for w in root.findChildren(QWidget)
        if w.isVisibleTo(root.window()) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]  # fmt: skip


def ring_pixels(image: QImage, colour: QColor, edge: int = 6) -> int:
    """How many pixels near the edges of `image` (where a ring goes) are nearly the theme's focus colour."""
    width, height = image.width(), image.height()
    count = 0
    for y in range(height):
        xs = (
            range(width)
            if y < edge or y >= height - edge
            else [*range(min(edge, width)), *range(max(0, width - edge), width)]
        )
        for x in xs:
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 40
            ):
                count += 1
    return count


def unringed(qtbot: QtBot, controls: list[QWidget], also: QWidget, focus: QColor) -> list[str]:
    """The `controls` that draw no ring of the focus colour when they have the focus (`also`: somewhere else to be)."""
    missing = []
    for control in controls:
        elsewhere = next(w for w in [also, *controls] if w is not control)
        elsewhere.setFocus()
        qtbot.waitUntil(lambda: not control.hasFocus())  # noqa: B023
        without = picture(control)
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        ring = picture(control)
        # A ring: pixels of the focus colour that were not there without the focus, all the way round.
        if ring_pixels(ring, focus) - ring_pixels(without, focus) < control.width() + control.height():
            missing.append(f"{type(control).__name__} {control.accessibleName()!r}")
    return missing


@pytest.fixture(params=["light", "dark", "contrast"])
def window(request: pytest.FixtureRequest, make_window: Callable[..., MainWindow], settings: Settings) -> MainWindow:
    settings.set("care/checkins", True)
    window = make_window()
    window.context.care = load_care(resource("care"))
    window.appearance.set_theme(request.param)
    return window


def pages(window: MainWindow, clock: FakeClock) -> Iterator[tuple[str, QWidget]]:
    """Each page a person meets on the way through Steady, shown in turn."""
    yield "start screen", window.navigator.home
    for exercise in ("calm-pace", "use-words"):
        screen = window.navigator.open_exercise(exercise)
        assert isinstance(screen, ExerciseScreen) and screen.checkin_page is not None
        yield f"{exercise}: ready", screen.ready_page
        screen.start()
        yield f"{exercise}: check-in", screen.checkin_page
        screen.checkin_page.answer(None)
        if exercise == "use-words":
            for _ in range(5):
                screen.next()  # type: ignore[attr-defined]  # to the word chips
        yield f"{exercise}: run", screen.run_page
        screen.stop()
        screen.checkin_page.answer(None)
        yield f"{exercise}: done", screen.done_page
    yield "let it out", window.navigator.open_let_it_out()


def test_every_control_shows_a_focus_ring_in_every_theme(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    found: dict[str, list[str]] = {}
    focus = QColor(window.appearance.colours.focus)
    for where, page in pages(window, clock):
        controls = stops(page) + ([window.help_button] if page is window.navigator.home else [])
        missing = unringed(qtbot, controls, window.help_button, focus)
        if missing:
            found[where] = missing
    help_panel = window.navigator.show_help()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is help_panel)
    assert QApplication.focusWidget() is help_panel.country_box, "the help panel opens on its first control"
    missing = unringed(qtbot, stops(help_panel), help_panel.country_box, focus)  # its Close button, its scroll area...
    if missing:
        found["help panel"] = missing
    help_panel.close()
    assert found == {}
