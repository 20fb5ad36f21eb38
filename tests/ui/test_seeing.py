"""Seeing: contrast measured on rendered screens, 200 % text that still fits, targets of 44 px or more."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QProgressBar, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.core.clock import FakeClock
from app.ui.dialogs.settings import SettingsDialog
from app.ui.window import MainWindow


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pixels(image: QImage, rect: QRect) -> list[QColor]:
    rect = rect.intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]


def text_contrast(image: QImage, rect: QRect) -> float:
    """The contrast between a label's background (its commonest colour) and its strongest ink."""
    colours = pixels(image, rect)
    background = Counter(c.rgb() for c in colours).most_common(1)[0][0]
    back = QColor.fromRgb(background)
    return max(contrast(back, c) for c in colours)


def edge_contrast(image: QImage, rect: QRect) -> float:
    """How well a control's edge stands out from what is just outside it (its border or fill)."""
    mid = rect.center().y()
    outside = image.pixelColor(max(0, rect.left() - 3), mid)
    edge = pixels(image, QRect(rect.left(), mid, 4, 1))
    return max(contrast(outside, c) for c in edge)


def visible(root: QWidget, kind: type[QWidget]) -> list[QWidget]:
    """The widgets of `kind` a person can see now (on the current page, inside the window's view)."""
    found = []
    for widget in root.findChildren(kind):
        if not widget.isVisible() or widget.width() < 4 or widget.height() < 4:
            continue
        shown = widget.visibleRegion().boundingRect()
        if shown.height() >= widget.height() - 1 and shown.width() >= widget.width() - 1:
            found.append(widget)
    return found


def place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def screens(window: MainWindow, clock: FakeClock) -> list[tuple[str, Callable[[], object]]]:
    def running(exercise_id: str) -> Callable[[], object]:
        def go() -> object:
            screen = window.navigator.open_exercise(exercise_id, start=True)
            assert screen is not None and screen.driver is not None
            clock.advance(2)
            screen.driver.tick()
            return screen

        return go

    return [
        ("home", window.navigator.show_home),
        ("ready", lambda: window.navigator.open_exercise("box")),
        ("breathing", running("calm-pace")),
        ("grounding", running("grounding")),
        ("words", running("use-words")),
        ("history", window.navigator.open_history),
        ("why", window.navigator.open_why),
    ]


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_text_controls_and_focus_meet_their_contrast_on_the_rendered_screens(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, theme: str
) -> None:
    window = make_window()
    window.appearance.set_theme(theme)
    low: list[str] = []
    for name, show in screens(window, clock):
        show()
        image = window.grab().toImage()
        for text in visible(window, QLabel):
            if text.text().strip() and text.text().strip() not in ("•",):
                ratio = text_contrast(image, place(text, window))
                if ratio < 4.5:
                    low.append(f"{name}: text {text.text()[:30]!r} {ratio:.2f}")
        for control in visible(window, QPushButton):
            if control.objectName() == "link":  # a link is text: its letters were measured with the labels
                ratio = text_contrast(image, place(control, window))
                if ratio < 4.5:
                    low.append(f"{name}: link {control.text()!r} {ratio:.2f}")
                continue
            ratio = edge_contrast(image, place(control, window))
            if ratio < 3:
                low.append(f"{name}: control {control.accessibleName()!r} {ratio:.2f}")
        for bar in visible(window, QProgressBar):  # its outline stands out, and the filled part from the empty
            rect = place(bar, window)
            filled = image.pixelColor(rect.left() + 6, rect.center().y())
            empty = image.pixelColor(rect.right() - 6, rect.center().y())
            for part, ratio in (("outline", edge_contrast(image, rect)), ("fill", contrast(filled, empty))):
                if ratio < 3:
                    low.append(f"{name}: progress {part} {ratio:.2f}")
        focus_owner = next((b for b in visible(window, QAbstractButton) if b.objectName() != "link"), None)
        if focus_owner is not None:
            focus_owner.setFocus()
            window.repaint()
            focused = window.grab().toImage()
            ring = edge_contrast(focused, place(focus_owner, window))
            if ring < 3:
                low.append(f"{name}: focus ring {ring:.2f}")
    if low:
        pytest.fail("\n".join(low))


def settle() -> None:
    """Let every layout catch up with a new text size (layout requests are posted events; no time passes)."""
    for _ in range(3):
        QApplication.processEvents()


def ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    while (widget := widget.parentWidget()) is not None:
        found.append(widget)
    return found


def clipped_labels(root: QWidget) -> list[str]:
    """Labels whose text can't fit their box: wrapped text taller than the box, or a line wider than it."""
    clipped = []
    for text in root.findChildren(QLabel):
        if not text.isVisible() or not text.text():
            continue
        if text.wordWrap():
            needed = text.heightForWidth(text.width())
            if needed > text.height() + 1:
                clipped.append(f"{text.text()[:40]!r}: {text.height()} px tall, needs {needed}")
        elif text.sizeHint().width() > text.width() + 1 or text.sizeHint().height() > text.height() + 1:
            clipped.append(f"{text.text()[:40]!r}: {text.width()}x{text.height()}, needs {text.sizeHint().toTuple()}")
    for area in root.findChildren(QScrollArea):  # scrolling down is fine, text cut off at the side is not
        if area.isVisible() and area.widget().width() > area.viewport().width() + 1:
            clipped.append(f"{area.accessibleName()!r}: {area.widget().width()} px wide in {area.viewport().width()}")
    for widget in [*root.findChildren(QPushButton), *root.findChildren(QLabel)]:  # cut off by the window's edge
        inside_scroll = any(isinstance(a, QScrollArea) for a in ancestors(widget))
        if widget.isVisible() and not inside_scroll and widget.visibleRegion().boundingRect().size() != widget.size():
            clipped.append(f"{type(widget).__name__} {widget.text()[:30]!r}: partly outside the window")
    for control in root.findChildren(QPushButton):
        if control.isVisible() and control.text() and control.minimumSizeHint().width() > control.width() + 1:
            clipped.append(
                f"button {control.text()!r}: {control.width()} px wide, needs {control.minimumSizeHint().width()}"
            )
    return clipped


def test_at_200_percent_text_nothing_is_clipped_on_any_screen(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, language: str
) -> None:
    """In every language: French, Spanish and Portuguese run a third longer than English."""
    window = make_window()
    window.resize(900, 760)  # the window's usual size, with room to spare on a 1366 x 768 screen
    window.settings.set("appearance/text_size", 200)
    window.appearance.apply_theme()
    problems = []

    def settings() -> SettingsDialog:
        dialog = SettingsDialog(window.settings, None, window)
        dialog.show()
        return dialog

    extra = [("help", window.navigator.show_help), ("keys", window.show_shortcuts), ("settings", settings)]
    for name, show in [*screens(window, clock), *extra]:
        shown = show()
        settle()
        root = shown if isinstance(shown, QWidget) and shown.isWindow() else window
        problems += [f"{name}: {p}" for p in clipped_labels(root)]
        if root is not window:
            root.close()
    window.navigator.open_exercise("calm-pace", start=True)
    mini = window.presence.open_mini()
    settle()
    problems += [f"mini: {p}" for p in clipped_labels(mini)]
    if problems:
        pytest.fail("\n".join(problems))


def test_every_button_is_at_least_44_px_each_way(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = make_window()
    small = []
    for name, show in screens(window, clock):
        show()
        for control in visible(window, QAbstractButton):
            if control.width() < 44 or control.height() < 44:
                small.append(f"{name}: {control.accessibleName()!r} {control.width()}x{control.height()}")
    if small:
        pytest.fail("\n".join(small))
