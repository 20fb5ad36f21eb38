"""Small building blocks shared by Steady's screens: labels and buttons with the house style."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import _t
from app.ui.parts.drawing import RING
from app.ui.parts.style import give_role

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent
    from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit

    from app.core.exercise import Phase


def label(text: str, role: str = "", parent: QWidget | None = None, wrap: bool = True, centred: bool = False) -> QLabel:
    """A label styled by `role` (heading, lead, muted, phase...), wrapping by default."""
    widget = QLabel(text, parent)
    if centred:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if role:
        widget.setObjectName(role)
        give_role(widget)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # words from a plan file are data: never markup or links
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


class SteadyWidthButton(QPushButton):
    """A button whose words change (Pause, Resume) but whose width doesn't: nothing beside it shifts."""

    def __init__(self, text: str, other_texts: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.other_texts = other_texts

    def _wider_by(self) -> int:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in (self.text(), *self.other_texts))
        return widest - metrics.horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:  # (QPushButton's minimumSizeHint() is made from this)
        hint = super().sizeHint()
        return QSize(hint.width() + self._wider_by(), hint.height())


def button(
    text: str, role: str = "", description: str = "", parent: QWidget | None = None, other_texts: tuple[str, ...] = ()
) -> QPushButton:
    """A large push button; `role` "primary" marks the one main action of a screen.

    `other_texts`: the words it may show later; it is as wide as the widest from the start.
    """
    widget = SteadyWidthButton(text, other_texts, parent) if other_texts else QPushButton(text, parent)
    if role:
        widget.setObjectName(role)
        give_role(widget)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAccessibleName(text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


class ChoiceButton(QPushButton):
    """A large button with a bold title line and a quieter, wrapping line of detail under it."""

    def __init__(self, title: str, detail: str, role: str = "choice", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(role)
        give_role(self)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(18, 12, 18, 12)
        inner.setSpacing(2)
        self.title = label(title, "choicetitle")
        self.detail = label(detail, "choicedetail")
        for line in (self.title, self.detail):
            line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            give_role(line, role)
            inner.addWidget(line)
        inner.addStretch(1)

    def set_detail(self, detail: str) -> None:
        self.detail.setText(detail)
        self.setAccessibleDescription(detail)

    # The labels wrap, so the button's height follows its width, as its layout says.
    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        # Its height at the width it would like, not at its narrowest: layouts ask heightForWidth() for the
        # width they give, and a minimum as tall as the words stacked word by word would make the page
        # that tall (a scroll area never makes its page shorter than its minimum).
        hint = self.layout().minimumSize()
        return QSize(hint.width(), self.heightForWidth(self.sizeHint().width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


def choice_button(title: str, detail: str, role: str = "choice") -> ChoiceButton:
    return ChoiceButton(title, detail, role)


def restyle(widget: QWidget, role: str) -> None:
    """Give a widget another style role (e.g. make a button the primary one) and repaint it."""
    if widget.objectName() != role:
        widget.setObjectName(role)
        give_role(widget)
        for line in widget.findChildren(QLabel):  # a choice card's words follow its colours
            give_role(line, role)
        widget.update()


def cautions_box(cautions: tuple[str, ...]) -> QFrame:
    """The "Before you start" panel shown before the first breath or step, never during."""
    box = QFrame()
    box.setObjectName("cautions")
    inner = QVBoxLayout(box)
    inner.setContentsMargins(22, 16, 22, 16)
    inner.setSpacing(6)
    inner.addWidget(label(_t("Widgets", "Before you start"), "subheading"))
    for caution in cautions:
        line = QHBoxLayout()
        line.setSpacing(10)
        line.addWidget(label("•", wrap=False), 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(label(caution), 1)
        inner.addLayout(line)
    inner.addWidget(label(_t("Widgets", "You can stop at any moment."), "muted"))
    return box


def phase_words(phase: Phase) -> str:
    """The words shown for a breathing phase, in the person's language (its own words, or the usual ones)."""
    return _t("Phases", phase.label)


def scrolling(content: QWidget, name: str) -> QScrollArea:
    """`content` in a frameless scroll area, for pages that may outgrow a small window or large text."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)  # Tab stops on it so the keys can scroll; a reader says this name
    scroll.setWidgetResizable(True)
    boxed(scroll)  # room for the focus ring, drawn only while it has the focus
    scroll.setWidget(content)
    return scroll


def boxed(view: QAbstractScrollArea, room: int = 0) -> QAbstractScrollArea:
    """A list, text box or page drawn with Steady's outline and focus ring, `room` px inside them."""
    view.setFrameShape(QFrame.Shape.Box)
    view.setLineWidth(RING + room)
    return view


def text_field(text: str = "") -> QLineEdit:
    """A one-line text field, its words a little way in from its outline."""
    from PySide6.QtWidgets import QLineEdit  # not before the first frame: each Qt class costs time to make

    field = QLineEdit(text)
    field.setTextMargins(10, 0, 10, 0)
    return field


def least_width(widget: QWidget) -> int:
    """The narrowest a layout will make `widget`: its minimum size hint, or a minimum width set on it."""
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


class ButtonRow(QWidget):
    """Buttons on the left and right of one row; with large text, two rows, or one button a row."""

    def __init__(self, left: list[QWidget], right: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sides: list[tuple[QBoxLayout, list[QWidget]]] = []
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for widgets, stretch_first in ((left, False), (right, True)):
            side = QWidget()
            row = QBoxLayout(QBoxLayout.Direction.LeftToRight, side)
            row.setContentsMargins(0, 0, 0, 0)
            if stretch_first:
                row.addStretch(1)
            for widget in widgets:
                row.addWidget(widget)
            if not stretch_first:
                row.addStretch(1)
            self.sides.append((row, widgets))
            self.box.addWidget(side, 1)

    def _width_in_a_row(self, widgets: list[QWidget], spacing: int) -> int:
        shown = [w for w in widgets if not w.isHidden()]
        return sum(least_width(w) for w in shown) + spacing * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:
        # As narrow as the widest single button: below that, a side puts one button a row.
        widths = [least_width(w) for _row, widgets in self.sides for w in widgets if not w.isHidden()]
        return QSize(max(widths, default=0), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        spacing = self.box.spacing()
        needed = [self._width_in_a_row(widgets, row.spacing()) for row, widgets in self.sides]
        changed = self._direction(self.box, sum(needed) + spacing <= width)
        for (row, _widgets), side_width in zip(self.sides, needed, strict=True):
            changed = self._direction(row, side_width <= width) or changed
        if changed:
            self.updateGeometry()
        super().resizeEvent(event)

    @staticmethod
    def _direction(layout: QBoxLayout, across: bool) -> bool:
        wanted = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if layout.direction() == wanted:
            return False
        layout.setDirection(wanted)
        return True


class FlowLayout(QLayout):
    """Lays widgets out left to right and starts a new line when the next one would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() for item in self._items) + self._spacing * max(0, len(self._items) - 1)
        return QSize(width, max((item.sizeHint().height() for item in self._items), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, place: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + self._spacing, 0
            if place:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class Stack(QWidget):
    """Widgets shown one at a time, as QStackedWidget does, but silent to screen readers.

    QStackedWidget is a "layered pane" to AT-SPI, which Orca 43 speaks (an empty "layered pane")
    each time the focus enters one; a plain widget is a filler it passes over. The same layout
    does the work, so nothing on screen changes.

    Signals:
        currentChanged(int): another widget is shown.
    """

    currentChanged = Signal(int)  # noqa: N815 (the name QStackedWidget gives it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QStackedLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.currentChanged.connect(self.currentChanged)

    def addWidget(self, widget: QWidget) -> int:
        return self._layout.addWidget(widget)

    def removeWidget(self, widget: QWidget) -> None:
        self._layout.removeWidget(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self._layout.setCurrentWidget(widget)

    def currentWidget(self) -> QWidget | None:
        return self._layout.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        self._layout.setCurrentIndex(index)

    def currentIndex(self) -> int:
        return self._layout.currentIndex()

    def indexOf(self, widget: QWidget) -> int:
        return self._layout.indexOf(widget)

    def widget(self, index: int) -> QWidget | None:
        return self._layout.widget(index)

    def count(self) -> int:
        return self._layout.count()


class Pages(Stack):
    """Pages shown one at a time, as big as the page shown (not the biggest), taking the height there is.

    A plain stack asks for the room of its biggest page, so a hidden page (a large countdown, a list
    of memories) could push the shown one off a small window or make it scroll.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)


class QuietBar(QProgressBar):
    """A progress bar (0-1000) that moves on screen but tells screen readers nothing while it moves.

    Orca 43 speaks any progress bar's new value every 10 s wherever the focus is ("3 percent"),
    over the breathing words. This bar draws the value it is given, as QProgressBar::paintEvent
    does (the same pixels), and leaves Qt's own value, which readers hear about, at 0.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 1000)
        QProgressBar.setValue(self, 0)  # once, before any reader listens
        self._shown = 0

    def setValue(self, value: int) -> None:
        if value != self._shown:
            self._shown = value
            self.update()

    def value(self) -> int:
        return self._shown

    def paintEvent(self, _event: QPaintEvent) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionProgressBar, QStylePainter  # QStyle's enums: ≈ 4 ms

        painter = QStylePainter(self)
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        option.progress = self._shown
        option.text = f"{self._shown * 100 // 1000}%"
        painter.drawControl(QStyle.ControlElement.CE_ProgressBar, option)
