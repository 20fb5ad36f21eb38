"""Drawn by Qt's own style: a tick in a ticked box, steps a shaking hand can hit, a plan editor that fits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.plans import WordsPart
from app.ui.parts.style import SteadyStyle
from app.ui.parts.theme import palette_for
from app.ui.window import MainWindow
from tests.ui.screens.test_plans import open_editor


def near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def count(image: QImage, area: QRect, colour: QColor) -> int:
    return sum(
        near(image.pixelColor(x, y), colour)
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
    )


def inside_the_box(box: QCheckBox) -> QRect:
    """Inside the little box's outline: it sits at the left of the line, 6 px in, centred up and down."""
    side = 28  # 24 px inside a 2 px outline, at 100 % text
    return QRect(6, (box.height() - side) // 2, side, side).adjusted(3, 3, -3, -3)


def test_no_application_style_sheet_draws_steady(make_window: Callable[..., MainWindow]) -> None:
    make_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == ""
    assert isinstance(app.style(), SteadyStyle)


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_a_ticked_box_shows_a_tick_in_every_theme(
    qtbot: QtBot, make_window: Callable[..., MainWindow], theme: str
) -> None:
    window = make_window()
    window.appearance.set_theme(theme)
    colours = palette_for(theme)
    window.navigator.open_exercise("box")
    box = next(b for b in window.findChildren(QCheckBox) if b.isVisible())
    box.setChecked(False)
    empty = box.grab().toImage()
    box.setChecked(True)
    ticked = box.grab().toImage()
    area = inside_the_box(box)
    tick, fill = QColor(colours.accent_text), QColor(colours.accent)
    assert count(ticked, area, fill) >= 100, "a ticked box is filled with the accent colour"
    assert count(ticked, area, tick) >= 25, "and a tick is drawn across it, in the colour words on it have"
    assert count(empty, area, fill) < 10, "an empty box isn't filled"


def test_a_number_has_two_steps_a_shaking_hand_can_hit(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    editor = open_editor(qtbot, make_window())
    editor.add_words.click()
    editor.words_form.timed.setChecked(True)
    spin: QSpinBox = editor.words_form.seconds
    spin.setValue(15)
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option) if hasattr(spin, "initStyleOption") else option.initFrom(spin)
    option.rect = spin.rect()
    option.buttonSymbols = spin.buttonSymbols()
    style = spin.style()
    for part, then in ((QStyle.SubControl.SC_SpinBoxUp, 16), (QStyle.SubControl.SC_SpinBoxDown, 15)):
        step = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        assert step.width() >= 44 and step.height() >= 44, f"{part.name} is {step.width()} × {step.height()}"
        qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=step.center())
        assert spin.value() == then


def shown_in(widget: QWidget, window: QWidget, part: QRect) -> bool:
    """True when `part` of `widget` is inside every scroll area and window around it: a person sees it."""
    seen = widget.visibleRegion().boundingRect()
    return seen.contains(part) and window.rect().contains(QRect(widget.mapTo(window, part.topLeft()), part.size()))


def test_the_plan_editor_shows_five_parts_at_960_by_760(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.resize(960, 760)
    editor = open_editor(qtbot, window)
    for words in ("Feet on the floor. Notice the ground holding you up.", "two", "three", "four", "five", "six"):
        editor.add(WordsPart(words))
    editor.list.setCurrentRow(0)
    editor.scroll.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: editor.list.visualItemRect(editor.list.item(4)).isValid())
    viewport = editor.list.viewport()
    for row in range(5):
        rect = editor.list.visualItemRect(editor.list.item(row))
        assert shown_in(viewport, window, rect), f"part {row + 1} is out of sight"


def test_at_1024_by_600_every_field_of_the_plan_editor_comes_into_sight_with_tab(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.resize(1024, 600)
    editor = open_editor(qtbot, window)
    editor.add(WordsPart("Feet on the floor."))
    editor.words_form.timed.setChecked(True)
    editor.name.setFocus()
    hidden, visited = [], []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or not editor.isAncestorOf(widget) or widget in visited:
            break
        visited.append(widget)
        seen, part = widget, widget.rect()
        if isinstance(widget, QAbstractItemView):  # a list taller than the page: its chosen line must be seen
            seen, part = widget.viewport(), widget.visualRect(widget.currentIndex())
        if widget is not editor.scroll and not shown_in(seen, window, part):
            hidden.append(widget.accessibleName() or type(widget).__name__)
    assert len(visited) >= 8, [w.accessibleName() for w in visited]
    assert not hidden, f"out of sight when they have the focus: {hidden}"


def test_the_start_page_is_as_tall_as_what_it_shows(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    page = window.navigator.home.findChild(QScrollArea).widget()
    needed = page.layout().totalHeightForWidth(page.width())
    assert page.height() <= needed * 1.05, f"{page.height()} px tall for {needed} px of words and buttons"


def test_at_200_percent_text_the_scroll_bars_grow_with_it(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    bar = window.navigator.home.findChild(QScrollArea).verticalScrollBar()
    usual = bar.width()
    window.appearance.change_text_size(100)
    QApplication.processEvents()
    assert usual == 14 and bar.width() == 28, (usual, bar.width())
    window.appearance.change_text_size(0)
    QApplication.processEvents()
    assert bar.width() == 14
