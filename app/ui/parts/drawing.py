"""How Steady's controls are drawn and measured: rounded outlines, rings, ticks, steps, bars, in its colours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QStyle, QStyleOption, QWidget

S = QStyle
BORDER = 2  # the outline of every control; a focused control's ring is 3 px in the same place
RING = 3

# Buttons' room around their words: (top and bottom, either side, least height of the words, roomy).
BUTTON_ROOM: dict[str, tuple[int, int, int, bool]] = {
    "": (10, 22, 28, True),
    "primary": (10, 22, 28, True),
    "link": (6, 4, 34, False),
    "help": (6, 16, 30, False),
    "rating": (6, 6, 28, False),
    "chip": (8, 14, 28, False),
    "length": (8, 16, 28, False),
}
CHECKABLE = frozenset({"chip", "length"})


class Painting:
    """The drawing half of Steady's style; `c` holds its colours and `scale` the text size, set by the style."""

    c: dict[str, QColor]
    scale: float

    def px(self, value: float) -> int:
        return round(value * self.scale)

    def roomy(self, value: float) -> int:  # big words and the room around text grow half as fast, so all still fits
        return round(value * (1 + (self.scale - 1) / 2))

    def button_room(self, widget: QWidget | None) -> tuple[int, int, int, int]:
        """Room above and below a button's words, room either side, the words' least height, and its outline."""
        role = widget.objectName() if widget is not None else ""
        vertical, side, least, roomy = BUTTON_ROOM.get(role, BUTTON_ROOM[""])
        grow = self.roomy if roomy else self.px
        outline = 0 if role == "link" else BORDER  # a link is words alone, until it has the focus
        return grow(vertical), grow(side), self.px(least) if role in ("link", "help") else least, outline

    def _spin_rect(self, option: Any, part: S.SubControl) -> QRect:
        r = option.rect
        from PySide6.QtWidgets import QAbstractSpinBox  # made on first use: each Qt class costs ~1 ms at start-up

        step = r.height() if option.buttonSymbols != QAbstractSpinBox.ButtonSymbols.NoButtons else 0
        sc = S.SubControl
        if part == sc.SC_SpinBoxUp:
            return QRect(r.right() - step + 1, r.top(), step, r.height())
        if part == sc.SC_SpinBoxDown:
            return QRect(r.right() - 2 * step + 1, r.top(), step, r.height())
        if part == sc.SC_SpinBoxEditField:
            return QRect(r.left() + RING + self.px(10), r.top() + RING, r.width() - 2 * step - RING - self.px(10),
                         r.height() - 2 * RING)  # fmt: skip
        return QRect(r)

    def _scroll_rect(self, option: Any, part: S.SubControl) -> QRect:
        r = option.rect
        across = option.orientation == Qt.Orientation.Horizontal
        length = r.width() if across else r.height()
        span = option.maximum - option.minimum
        handle = length if span <= 0 else length * option.pageStep // (span + option.pageStep)
        handle = min(length, max(handle, self.px(40)))
        at = S.sliderPositionFromValue(option.minimum, option.maximum, option.sliderPosition, length - handle,
                                       option.upsideDown)  # fmt: skip
        start, end = {
            S.SubControl.SC_ScrollBarSlider: (at, at + handle),
            S.SubControl.SC_ScrollBarSubPage: (0, at),
            S.SubControl.SC_ScrollBarAddPage: (at + handle, length),
            S.SubControl.SC_ScrollBarGroove: (0, length),
        }.get(part, (0, 0))  # no arrows: the handle and the track are large enough to aim at
        if across:
            return QRect(r.left() + start, r.top(), end - start, r.height())
        return QRect(r.left(), r.top() + start, r.width(), end - start)

    # -- drawing ---------------------------------------------------------------------------------------------------

    def drawPrimitive(self, element: S.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:  # fmt: skip
        p = S.PrimitiveElement
        if element == p.PE_FrameFocusRect:
            return  # each control draws its own ring
        if element == p.PE_PanelLineEdit:
            if option.lineWidth > 0:
                self._field(painter, option, QRectF(option.rect))
            return
        if element == p.PE_FrameLineEdit:
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element: S.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:  # fmt: skip
        ce = S.ControlElement
        if element == ce.CE_PushButton:
            self._push_button(option, painter, widget)
        elif element == ce.CE_CheckBox:
            self._check_box(option, painter, widget)
        elif element == ce.CE_ProgressBar:
            self._progress(option, painter)
        elif element == ce.CE_ShapedFrame:
            self._frame(option, painter, widget)
        else:
            super().drawControl(element, option, painter, widget)

    def drawComplexControl(self, control: S.ComplexControl, option: QStyleOption, painter: QPainter,
                           widget: QWidget | None = None) -> None:  # fmt: skip
        cc = S.ComplexControl
        if control == cc.CC_SpinBox:
            self._spin_box(option, painter, widget)
        elif control == cc.CC_ComboBox:
            self._combo_box(option, painter)
        elif control == cc.CC_ScrollBar:
            self._fill(painter, option.rect, self.c["background"])
            inset = self.px(2)
            handle = QRectF(self._scroll_rect(option, S.SubControl.SC_ScrollBarSlider)).adjusted(
                inset, inset, -inset, -inset
            )
            self._rounded(painter, handle, self.px(6), self.c["border"])
        else:
            super().drawComplexControl(control, option, painter, widget)

    def _rounded(self, painter: QPainter, rect: QRectF, radius: float, fill: QColor | None,
                 outline: QColor | None = None, width: float = BORDER) -> None:  # fmt: skip
        """A rounded rectangle inside `rect`, its outline `width` wide drawn wholly within it."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2) if outline is not None else rect
        if outline is None:
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setPen(QPen(outline, width))
        painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(inner, radius, radius)
        painter.restore()

    def _fill(self, painter: QPainter, rect: QRect | QRectF, colour: QColor) -> None:
        """A plain rectangle of `colour` (QPainter.fillRect would make PySide build QGradient's types: ~1.4 ms)."""
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect))
        painter.restore()

    def _ring(self, painter: QPainter, rect: QRectF, radius: float) -> None:
        self._rounded(painter, rect, radius, None, self.c["focus"], RING)

    def _field(self, painter: QPainter, option: Any, rect: QRectF) -> None:
        """A text field, spin box or combo box: white, outlined, ringed with the focus."""
        focus = bool(option.state & S.StateFlag.State_HasFocus)
        outline = self.c["focus"] if focus else self.c["border"]
        self._rounded(painter, rect, self.px(8), self.c["surface"], outline, RING if focus else BORDER)

    def _push_button(self, option: Any, painter: QPainter, widget: QWidget | None) -> None:
        c, state, role = self.c, option.state, widget.objectName() if widget is not None else ""
        enabled = bool(state & S.StateFlag.State_Enabled)
        filled = role == "primary" or (role in CHECKABLE and bool(state & S.StateFlag.State_On))
        hover = bool(state & S.StateFlag.State_MouseOver)
        focus = bool(state & S.StateFlag.State_HasFocus)
        rect = QRectF(option.rect)
        radius = self.px(18) if role == "chip" else self.px(12)
        text = c["text"]
        if not enabled:  # no fill, quieter words, and a broken line along the top and bottom
            self._rounded(painter, rect, radius, c["background"], c["border"], BORDER)
            x = rect.left() + radius + 6
            while x + 5 < rect.right() - radius:
                for y in (rect.top(), rect.bottom() - BORDER):
                    self._fill(painter, QRectF(x, y, 5, BORDER), c["background"])
                x += 11
            text = c["muted"]
        elif role == "link":
            text = c["accent"]
        elif filled:
            self._rounded(painter, rect, radius, c["accent_hover"] if hover and role == "primary" else c["accent"])
            text = c["accent_text"]
        else:
            edge = c["accent"] if hover or role == "help" else c["border"]
            self._rounded(painter, rect, radius, c["surface"], edge, BORDER)
            text = c["accent"] if role == "help" else text
        if focus:
            self._ring(painter, rect, radius)
        if not option.text and option.icon.isNull():
            return  # a choice card: its own labels carry the words
        label = type(option)(option)
        label.palette.setColor(QPalette.ColorRole.ButtonText, text)
        _vertical, side, _least, outline = self.button_room(widget)
        label.rect = option.rect.adjusted(side + outline, outline, -side - outline, -outline)
        label.state &= ~S.StateFlag.State_HasFocus
        painter.save()
        if not enabled and painter.font().weight() > QFont.Weight.Normal:
            plain = QFont(painter.font())
            plain.setWeight(QFont.Weight.Normal)  # a main action that can't be taken yet doesn't shout
            painter.setFont(plain)
        super().drawControl(S.ControlElement.CE_PushButtonLabel, label, painter, widget)
        painter.restore()

    def _check_box(self, option: Any, painter: QPainter, widget: QWidget | None) -> None:
        c, state, r = self.c, option.state, option.rect
        pad, size = self.px(6), self.px(24) + 2 * BORDER
        enabled = bool(state & S.StateFlag.State_Enabled)
        box = QRectF(r.left() + pad, r.top() + (r.height() - size) / 2, size, size)
        ticked = bool(state & S.StateFlag.State_On)
        edge = (c["accent"] if ticked else c["border"]) if enabled else c["muted"]
        self._rounded(painter, box, self.px(6), c["accent"] if ticked and enabled else c["surface"], edge, BORDER)
        if ticked:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            tick = QPen(c["accent_text"] if enabled else c["muted"], max(2.0, size / 8))
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(tick)
            x, y = box.left(), box.top()
            path = QPainterPath(QPointF(x + 0.24 * size, y + 0.52 * size))
            path.lineTo(QPointF(x + 0.43 * size, y + 0.71 * size))
            path.lineTo(QPointF(x + 0.77 * size, y + 0.31 * size))
            painter.drawPath(path)
            painter.restore()
        words = QRect(
            int(box.right()) + self.px(12), r.top(), r.right() - int(box.right()) - self.px(12) - pad, r.height()
        )
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        mnemonic = Qt.TextFlag.TextShowMnemonic if self.styleHint(S.StyleHint.SH_UnderlineShortcut, option, widget) \
            else Qt.TextFlag.TextHideMnemonic  # fmt: skip
        self.drawItemText(painter, words, int(flags) | int(mnemonic), option.palette, enabled, option.text,
                          QPalette.ColorRole.WindowText)  # fmt: skip
        if state & S.StateFlag.State_HasFocus:
            self._ring(painter, QRectF(r), self.px(8))

    def _progress(self, option: Any, painter: QPainter) -> None:
        rect = QRectF(option.rect)
        self._rounded(painter, rect, self.px(7), self.c["track"], self.c["border"], BORDER)
        span = option.maximum - option.minimum
        done = 0.0 if span <= 0 else (option.progress - option.minimum) / span
        if done > 0:
            inner = rect.adjusted(BORDER, BORDER, -BORDER, -BORDER)
            inner.setWidth(max(2.0, inner.width() * min(1.0, done)))  # as much as is done: a sliver at first
            self._rounded(painter, inner, min(self.px(5), inner.width() / 2), self.c["accent"])

    def _frame(self, option: Any, painter: QPainter, widget: QWidget | None) -> None:
        """Frames: the cautions panel, a key cap, a problem line, lists and text boxes, and scroll areas' rings."""
        role, c = widget.objectName() if widget is not None else "", self.c
        rect = QRectF(option.rect)
        if role in ("cautions", "keycap", "problem") and widget is not None:
            rect = QRectF(widget.rect())  # the frame's rect stops at the contents margins: the room inside
        if role == "cautions":
            self._rounded(painter, rect, self.px(12), c["caution_bg"])
        elif role == "keycap":
            self._rounded(painter, rect, self.px(6), c["surface"], c["border"], BORDER)
        elif role == "problem":
            self._fill(painter, rect, c["caution_bg"])
            self._fill(painter, QRectF(rect.left(), rect.top(), 4, rect.height()), c["focus"])
        elif option.frameShape == QFrame.Shape.Box and widget is not None:  # Steady's lists, text boxes, pages
            if not widget.inherits("QScrollArea"):
                self._field(painter, option, rect)
            elif option.state & S.StateFlag.State_HasFocus:  # a page scrolls by keys: show where they go
                self._ring(painter, rect, self.px(8))
        else:
            super().drawControl(S.ControlElement.CE_ShapedFrame, option, painter, widget)

    def _spin_box(self, option: Any, painter: QPainter, widget: QWidget | None) -> None:
        """A number with two large steps beside it, − and +, each as tall as the box."""
        from PySide6.QtWidgets import QAbstractSpinBox

        c = self.c
        self._field(painter, option, QRectF(option.rect))
        enabled_steps = option.stepEnabled
        for part, sign, flag in (
            (S.SubControl.SC_SpinBoxDown, "-", QAbstractSpinBox.StepEnabledFlag.StepDownEnabled),
            (S.SubControl.SC_SpinBoxUp, "+", QAbstractSpinBox.StepEnabledFlag.StepUpEnabled),
        ):
            step = self._spin_rect(option, part)
            if step.isEmpty():
                continue
            self._fill(painter, QRect(step.left(), step.top() + RING, BORDER, step.height() - 2 * RING), c["border"])
            can = bool(enabled_steps & flag) and bool(option.state & S.StateFlag.State_Enabled)
            pressed = option.activeSubControls == part and bool(option.state & S.StateFlag.State_Sunken)
            if pressed:
                self._fill(painter, QRectF(step).adjusted(BORDER, RING, -RING, -RING), c["caution_bg"])
            self._sign(painter, QRectF(step), sign, c["text"] if can else c["border"])

    def _sign(self, painter: QPainter, rect: QRectF, sign: str, colour: QColor) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, max(2.5, rect.height() / 16))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        centre, half = rect.center(), rect.height() * 0.18
        painter.drawLine(QPointF(centre.x() - half, centre.y()), QPointF(centre.x() + half, centre.y()))
        if sign == "+":
            painter.drawLine(QPointF(centre.x(), centre.y() - half), QPointF(centre.x(), centre.y() + half))
        painter.restore()

    def _combo_box(self, option: Any, painter: QPainter) -> None:
        self._field(painter, option, QRectF(option.rect))
        r = option.rect
        arrow = QRectF(r.right() - r.height() + 1, r.top(), r.height(), r.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.c["text"], max(2.5, arrow.height() / 16))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        centre, half = arrow.center(), arrow.height() * 0.14
        path = QPainterPath(QPointF(centre.x() - half, centre.y() - half / 2))
        path.lineTo(QPointF(centre.x(), centre.y() + half / 2))
        path.lineTo(QPointF(centre.x() + half, centre.y() - half / 2))
        painter.drawPath(path)
        painter.restore()
