"""Where the window opens: on the screen it fits, or where the person left it if that screen is still there."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

WANTED = QSize(960, 800)  # the size Steady is designed at; smaller screens get less, never more than they have
FRAME_GUESS = QMargins(4, 38, 4, 4)  # a window manager's title bar and borders, before the real frame is known


class Placement(NamedTuple):
    """Where the window was: its screen, its frame's corner with its own size (not maximised), and if maximised.

    The corner is the frame's, as `QWidget.move()` takes it: window managers put the frame where asked.
    """

    screen: str
    geometry: QRect
    maximised: bool

    def text(self) -> str:
        g = self.geometry
        return f"{g.x()},{g.y()},{g.width()},{g.height()},{int(self.maximised)},{self.screen}"

    @staticmethod
    def read(text: str) -> Placement | None:
        """The placement saved as `text()`, or None when the text is not one (never an error: the default is used)."""
        parts = text.split(",", 5)
        if len(parts) != 6:
            return None
        try:
            x, y, width, height, maximised = (int(p) for p in parts[:5])
        except ValueError:
            return None
        if width < 100 or height < 100 or maximised not in (0, 1):
            return None
        return Placement(parts[5], QRect(x, y, width, height), bool(maximised))


def fitted(area: QRect, wanted: QSize = WANTED) -> QRect:
    """Where the frame's corner goes and the window's own size: at most `wanted`, framed, centred in `area`."""
    frame = QRect(QPoint(0, 0), wanted.grownBy(FRAME_GUESS).boundedTo(area.size()))
    frame.moveCenter(area.center())
    return QRect(frame.topLeft(), frame.marginsRemoved(FRAME_GUESS).size())


def inside(rect: QRect, area: QRect) -> QRect:
    """`rect` made no larger than `area` and moved fully into it."""
    rect = QRect(rect.topLeft(), rect.size().boundedTo(area.size()))
    rect.moveLeft(max(area.left(), min(rect.left(), area.right() - rect.width() + 1)))
    rect.moveTop(max(area.top(), min(rect.top(), area.bottom() - rect.height() + 1)))
    return rect


def screen_named(name: str) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def place(window: QWidget, saved: str, screen: QScreen | None) -> None:
    """Size and place `window` before it is shown.

    Where the person left it, if that screen is still there; else fitted to `screen`.
    """
    placement = Placement.read(saved)
    known = screen_named(placement.screen) if placement is not None else None
    if placement is not None and known is not None and known.availableGeometry().contains(placement.geometry.center()):
        put(window, inside(placement.geometry, known.availableGeometry()))  # keep_on_screen() checks the frame
        if placement.maximised:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    if screen is not None:
        window.resize(fitted(screen.availableGeometry()).size())  # the window manager places a new window


def put(window: QWidget, where: QRect) -> None:
    """The frame's corner at `where`'s corner, the window's own size `where`'s size."""
    window.resize(where.size())
    window.move(where.topLeft())


def placement_of(window: QWidget, before: str = "") -> str:
    """What `place` needs to put the window back next time (`before`: what it was put back with)."""
    screen = window.screen()
    if window.isMaximized():  # its normal size and place: the frame's corner from the frame it has now
        normal, earlier = window.normalGeometry(), Placement.read(before)
        geometry = QRect(normal.topLeft() - (window.geometry().topLeft() - window.pos()), normal.size())
        if earlier is not None and earlier.geometry.size() == normal.size():
            geometry = earlier.geometry  # opened maximised, never made smaller: Qt never learnt that frame
    else:
        geometry = QRect(window.pos(), window.size())
    if screen is None or geometry.isEmpty():
        return ""
    return Placement(screen.name(), geometry, window.isMaximized()).text()


def keep_on_screen(window: QWidget) -> None:
    """Once the window manager's frame is known: shrink and move the window so all of it is on its screen."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area, frame = screen.availableGeometry(), window.frameGeometry()
    if area.contains(frame):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    target = inside(frame, area)
    window.resize(
        max(window.minimumWidth(), target.width() - extra_w), max(window.minimumHeight(), target.height() - extra_h)
    )
    window.move(target.topLeft())  # move() places the frame's corner
