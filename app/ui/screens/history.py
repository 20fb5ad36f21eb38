"""The history screen: before and after check-ins over time, as a chart and a list; export; delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QDate, QDateTime, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.ui.i18n import _t, _tn, ui_locale
from app.ui.parts.theme import Palette
from app.ui.parts.time_words import minutes_text
from app.ui.parts.widgets import ButtonRow, button, label, scrolling
from app.ui.screens.info import InfoScreen


class Record(Protocol):
    """What the chart needs of one history entry (app.storage.history.SessionRecord fits)."""

    exercise_id: str
    exercise_title: str
    outcome: str
    seconds: float
    rating_before: int | None
    rating_after: int | None

    @property
    def started_at(self): ...


def when_text(moment: datetime, pattern: str) -> str:
    """A date and time in the interface's language, in a Qt date pattern such as "dd MMM"."""
    qt_moment = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return ui_locale().toString(qt_moment, pattern)


class RatingsChart(QWidget):
    """Before (hollow) and after (filled) ratings of each session, oldest left; drawn with QPainter.

    QPainter rather than Qt Charts: Qt Charts lives in PySide6-Addons (a much larger download
    and bundle) and this chart is a few lines and dots.
    """

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._records: list[Record] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_t("History", "Chart of your check-ins before and after each exercise"))

    def set_records(self, records: Sequence[Record]) -> None:
        rated = [r for r in records if r.rating_before is not None or r.rating_after is not None]
        self._records = list(reversed(rated[:40]))  # oldest first, the last 40
        changes = [
            r.rating_after - r.rating_before
            for r in rated
            if r.rating_before is not None and r.rating_after is not None
        ]  # type: ignore[operator]
        if changes:
            average = sum(changes) / len(changes)
            self.setAccessibleDescription(
                _tn(
                    "History",
                    "%n exercises with check-ins; on average the rating changed by {change} points",
                    None,
                    int,
                    len(rated),
                ).format(change=("" if average < 0 else "+") + ui_locale().toString(average, "f", 1))
            )
        else:
            self.setAccessibleDescription(_t("History", "No check-ins yet"))
        self.update()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, right, bottom = 48.0, 16.0, 16.0, 36.0
        area = QRectF(left, top, max(10.0, self.width() - left - right), max(10.0, self.height() - top - bottom))
        font = QFont(self.font())
        font.setPixelSize(14)
        painter.setFont(font)
        grid = QPen(QColor(p.pacer_guide))
        grid.setWidthF(1.0)
        for value in (0, 5, 10):
            y = area.bottom() - area.height() * value / 10
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor(p.muted))
            painter.drawText(
                QRectF(0, y - 10, left - 10, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        if not self._records:
            painter.setPen(QColor(p.muted))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, _t("History", "Your check-ins will appear here."))
            painter.end()
            return
        count = len(self._records)
        step = area.width() / max(1, count)

        def point(i: int, value: int) -> QPointF:
            return QPointF(area.left() + step * (i + 0.5), area.bottom() - area.height() * value / 10)

        link = QPen(QColor(p.border))
        link.setWidthF(2.0)
        radius = max(4.0, min(8.0, step / 4))
        for i, record in enumerate(self._records):
            before, after = record.rating_before, record.rating_after
            if before is not None and after is not None:
                painter.setPen(link)
                painter.drawLine(point(i, before), point(i, after))
            if before is not None:
                painter.setPen(QPen(QColor(p.accent), 2.5))
                painter.setBrush(QColor(p.surface))
                painter.drawEllipse(point(i, before), radius, radius)
            if after is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(p.accent))
                painter.drawEllipse(point(i, after), radius, radius)
        painter.setPen(QColor(p.muted))
        for i in sorted({0, count - 1}):
            text = when_text(self._records[i].started_at, _t("History", "dd MMM"))
            painter.drawText(
                QRectF(point(i, 0).x() - 40, area.bottom() + 8, 80, 20), Qt.AlignmentFlag.AlignCenter, text
            )
        painter.end()


class HistoryScreen(InfoScreen):
    """The person's own history, shown neutrally: no streaks, no scores, nothing to live up to.

    Signals:
        leave_requested(): back to the start screen.
        export_requested(): the person wants a CSV copy.
        delete_requested(): the person wants every file Steady wrote about them removed.
    """

    export_requested = Signal()
    delete_requested = Signal()

    def __init__(
        self,
        records: Sequence[Record],
        palette: Palette,
        parent: QWidget | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """`titles`: each exercise's title in the language shown now; a record keeps the one it was saved with."""
        super().__init__(parent)
        titles = titles or {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(label(_t("History", "Your history"), "heading"))
        explanation = label(
            _t(
                "History",
                "Your check-ins before (○) and after (●) each exercise, 0 settled to 10 the most distressed. "
                "It stays on this computer.",
            ),
            "muted",
        )
        self.chart = RatingsChart(palette)
        self.chart.set_records(records)
        listing = QWidget()
        rows = QVBoxLayout(listing)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(explanation)  # with the chart, it scrolls with the list when the text is large
        rows.addWidget(self.chart, 3)
        for record in list(records)[:50]:
            ratings = ""
            if record.rating_before is not None or record.rating_after is not None:
                before = "–" if record.rating_before is None else record.rating_before
                after = "–" if record.rating_after is None else record.rating_after
                ratings = f"  ·  {before} → {after}"
            how = "" if record.outcome == "finished" else "  ·  " + _t("History", "stopped early")
            when = when_text(record.started_at, _t("History", "ddd dd MMM, HH:mm"))
            title = titles.get(record.exercise_id, record.exercise_title)
            rows.addWidget(label(f"{when}  ·  {title}  ·  {minutes_text(record.seconds)}{ratings}{how}"))
        if not records:
            rows.addWidget(
                label(_t("History", "Nothing here yet. After an exercise, it will be listed here."), "muted")
            )
        rows.addStretch(1)
        scroll = scrolling(listing, _t("History", "Your sessions"))
        layout.addWidget(scroll, 1)
        self.export_button = button(
            _t("History", "Export to CSV…"),
            description=_t("History", "Save a copy of your history as a spreadsheet file"),
        )
        self.export_button.clicked.connect(self.export_requested)
        self.delete_button = button(
            _t("History", "Delete all my data…"), description=_t("History", "Remove every file Steady keeps about you")
        )
        self.delete_button.clicked.connect(self.delete_requested)
        layout.addWidget(ButtonRow([self.export_button, self.delete_button], [self.back_button]))
        layout.addWidget(self.keys.hint)

    def set_palette(self, palette: Palette) -> None:
        self.chart.set_palette(palette)
