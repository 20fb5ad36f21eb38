"""Steady's look drawn by Qt's own style: Fusion under Steady's palette, with its rounded controls, rings and fonts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from app.ui.parts.drawing import BORDER, RING, Painting
from app.ui.parts.theme import Palette, qt_palette

S = QStyle
# Fonts per role: (size in px at 100 %, grows half as fast with larger text, weight, italic). None: the usual size.
ROLE_FONTS: dict[str, tuple[int | None, bool, int, bool]] = {
    "heading": (34, True, 600, False),
    "subheading": (22, False, 600, False),
    "lead": (21, False, 400, False),
    "hint": (18, True, 400, False),
    "phase": (40, True, 600, False),
    "countdown": (30, True, 400, False),
    "gentle": (None, False, 400, True),
    "steptext": (32, True, 600, False),
    "memory": (24, False, 400, True),
    "bigdots": (56, True, 400, False),
    "keycap": (None, False, 600, False),
    "bigcount": (96, True, 500, False),
    "choicetitle": (None, False, 600, False),
    "choicedetail": (16, False, 400, False),
    "rating": (22, False, 400, False),
    "primary": (None, False, 600, False),
    "help": (None, False, 600, False),
    "link": (None, False, 400, False),
}
MUTED_ROLES = frozenset({"muted", "hint", "countdown", "gentle", "choicedetail"})
GIVEN_ROLES = frozenset(ROLE_FONTS) | MUTED_ROLES | {"problem", "keycap"}  # the roles `give_role` sets anything for
SPIN_PARTS = (S.SubControl.SC_SpinBoxUp, S.SubControl.SC_SpinBoxDown, S.SubControl.SC_SpinBoxEditField)
SCROLL_PARTS = (S.SubControl.SC_ScrollBarSlider, S.SubControl.SC_ScrollBarSubPage, S.SubControl.SC_ScrollBarAddPage)


class SteadyStyle(Painting, QProxyStyle):
    """Fusion, told Steady's colours and sizes; `scale` is the text size (1.0 to 2.0).

    It overrides only what it draws and measures: every override is called from C++ for every widget,
    and each call into Python costs time at start-up. Fonts and colours per role are given where a
    widget is made (`give_role`), not in `polish()`, which would bring every widget into Python.
    """

    def __init__(self, colours: Palette, scale: float = 1.0) -> None:
        super().__init__("Fusion")
        self.set_look(colours, scale)

    def set_look(self, colours: Palette, scale: float) -> None:
        """Take other colours or another text size (`install` gives every widget its role again)."""
        self.colours = colours
        self.scale = scale
        self.c = {name: QColor(value) for name, value in colours._asdict().items() if name != "name"}
        self._fonts: dict[tuple[str, bool], QFont] = {}
        self._palettes: dict[str, QPalette] = {}

    def role_font(self, role: str, in_big_button: bool = False) -> QFont:
        key = (role, in_big_button)
        if key not in self._fonts:
            size, roomy, weight, italic = ROLE_FONTS[role]
            if role == "choicetitle" and in_big_button:
                size = 22
            font = QFont()
            if size is not None:
                font.setPixelSize(self.roomy(size) if roomy else self.px(size))
            font.setWeight(QFont.Weight(weight))
            font.setItalic(italic)
            font.setUnderline(role == "link")
            self._fonts[key] = font
        return self._fonts[key]

    def role_palette(self, kind: str) -> QPalette:
        if kind not in self._palettes:
            colour = self.c[kind]
            palette = QPalette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            palette.setColor(QPalette.ColorRole.ButtonText, colour)
            self._palettes[kind] = palette
        return self._palettes[kind]

    def give_role(self, widget: QWidget, within: str = "") -> None:
        """The font and colours of `widget`'s role (its object name); `within`: the role of the button it is in."""
        role = widget.objectName()
        kind = ""
        if role in MUTED_ROLES:
            kind = "accent_text" if within == "primary" else "muted"
        elif role in ("bigdots", "link", "help"):
            kind = "accent"
        elif role == "primary":
            kind = "accent_text"
        if role == "keycap":
            room = (self.px(10) + BORDER, self.px(2) + BORDER)
            widget.setContentsMargins(room[0], room[1], room[0], room[1])
        elif role == "problem":
            widget.setContentsMargins(4 + self.px(10), self.px(4), self.px(10), self.px(4))
        if role in ROLE_FONTS:
            widget.setFont(self.role_font(role, within in ("primary", "door")))
        elif widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            widget.setFont(QFont())  # a role taken away: the usual font again, inherited
        if kind:
            widget.setPalette(self.role_palette(kind))
        elif widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            widget.setPalette(QPalette())

    def sizeFromContents(self, kind: S.ContentsType, option: QStyleOption, size: QSize,
                         widget: QWidget | None = None) -> QSize:  # fmt: skip
        t = S.ContentsType
        field = self.px(34) + 2 * self.px(4) + 2 * RING  # a text field's height: words, room, outline
        if kind == t.CT_PushButton:
            vertical, side, least, outline = self.button_room(widget)
            width = size.width() + 2 * side + 2 * outline
            if widget is not None and widget.objectName() == "length":
                width = max(width, self.px(64) + 2 * side + 2 * outline)
            return QSize(width, max(size.height(), least) + 2 * vertical + 2 * outline)
        if kind == t.CT_CheckBox:
            pad, box = self.px(6), self.px(24) + 2 * BORDER
            return QSize(2 * pad + box + self.px(12) + size.width(), max(size.height(), box, self.px(34)) + 2 * pad)
        if kind == t.CT_LineEdit and option.lineWidth > 0:  # a field of its own, not the one in a spin box
            return QSize(size.width(), max(size.height(), field))
        if kind == t.CT_SpinBox:
            return QSize(size.width() + 2 * RING + self.px(10) + 2 * field, max(size.height(), field))
        if kind == t.CT_ComboBox:
            return QSize(size.width() + 2 * RING + 2 * self.px(10) + field, max(size.height(), field))
        if kind == t.CT_ProgressBar:
            return QSize(size.width(), self.px(14))
        if kind == t.CT_ItemViewItem:
            size = super().sizeFromContents(kind, option, size, widget)
            return QSize(size.width() + 2 * self.px(4), size.height() + 2 * self.px(6))
        return super().sizeFromContents(kind, option, size, widget)

    def subControlRect(self, control: S.ComplexControl, option: QStyleOption, part: S.SubControl,
                       widget: QWidget | None = None) -> QRect:  # fmt: skip
        if control == S.ComplexControl.CC_SpinBox:
            return self._spin_rect(option, part)
        if control == S.ComplexControl.CC_ScrollBar:
            return self._scroll_rect(option, part)
        if control == S.ComplexControl.CC_ComboBox:
            r, arrow = option.rect, option.rect.height()
            if part == S.SubControl.SC_ComboBoxArrow:
                return QRect(r.right() - arrow + 1, r.top(), arrow, r.height())
            if part == S.SubControl.SC_ComboBoxEditField:
                return QRect(r.left() + RING + self.px(10), r.top() + RING, r.width() - arrow - RING - self.px(10),
                             r.height() - 2 * RING)  # fmt: skip
        return super().subControlRect(control, option, part, widget)

    def hitTestComplexControl(self, control: S.ComplexControl, option: QStyleOption, pos: Any,
                              widget: QWidget | None = None) -> S.SubControl:  # fmt: skip
        parts = {S.ComplexControl.CC_SpinBox: SPIN_PARTS, S.ComplexControl.CC_ScrollBar: SCROLL_PARTS}.get(control)
        if parts is None:
            return super().hitTestComplexControl(control, option, pos, widget)
        for part in parts:
            if self.subControlRect(control, option, part, widget).contains(pos):
                return part
        return S.SubControl.SC_None


class LargeTextStyle(SteadyStyle):
    """Steady's style for text larger than usual: its scroll bars grow with the text.

    Qt asks for pixel metrics hundreds of times while it lays out a window; answering in Python costs
    each start, so only larger text, where the wider bars matter, pays for it.
    """

    def pixelMetric(
        self, metric: S.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric == S.PixelMetric.PM_ScrollBarExtent:
            return self.px(14)
        return super().pixelMetric(metric, option, widget)


def give_role(widget: QWidget, within: str = "") -> None:
    """Give `widget` the font and colours of its role, under Steady's style (elsewhere, in a test: nothing)."""
    from PySide6.QtWidgets import QApplication

    style = QApplication.style()
    if isinstance(style, SteadyStyle):
        style.give_role(widget, within)


def install(colours: Palette, scale: float) -> None:
    """Put Steady's look on the whole application: its fonts, palette and style; widgets shown take it at once.

    Qt posts the change of palette and font to the widgets; a screen shown at once must not show the old ones.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setPixelSize(round(18 * scale))
    app.setFont(font)
    style = app.style()
    wanted = LargeTextStyle if scale > 1 else SteadyStyle
    changed = isinstance(style, SteadyStyle)
    if type(style) is wanted:
        style.set_look(colours, scale)
    else:
        style = wanted(colours, scale)
        app.setStyle(style)
    app.setPalette(qt_palette(colours))
    menus = qt_palette(colours)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        menus.setColor(role, QColor(colours.surface))
    for kind in ("QMenu", "QMenuBar"):
        app.setPalette(menus, kind)
    if not changed:
        return
    for change in (QEvent.Type.ApplicationFontChange, QEvent.Type.ApplicationPaletteChange):
        app.sendPostedEvents(None, change)
    for widget in app.allWidgets():
        role = widget.objectName()
        if role in GIVEN_ROLES:
            parent = widget.parentWidget()
            style.give_role(widget, parent.objectName() if parent is not None else "")
        widget.update()
