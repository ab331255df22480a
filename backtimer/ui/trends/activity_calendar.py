"""A calendar of active days: one square per day, weeks as columns, the newest week on the right.

Filled squares are days with a session, empty outlines days without, so it reads without colour;
a day with two or more sessions gets a darker fill. As many weeks are shown as fit the width.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backtimer.ui.wording import weekday_day_text

CELL = 13
GAP = 3
LEFT_MARGIN = 30
TOP_MARGIN = 16
MAX_WEEKS = 53
WEEKDAY_ROWS = (0, 2, 4, 6)
"""Rows labelled with a weekday's short name (Monday is row 0)."""
ACTIVE = "#0072B2"
ACTIVE_DARK_THEME = "#56B4E9"


class ActivityCalendar(QWidget):
    """Shows which days had a session; hover a square for the date and the count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.min
        self._sessions_by_day: Mapping[date, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Calendar of active days"))

    def set_days(self, sessions_by_day: Mapping[date, int], today: date) -> None:
        self._sessions_by_day = sessions_by_day
        self._today = today
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(LEFT_MARGIN + 26 * (CELL + GAP), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(LEFT_MARGIN + 8 * (CELL + GAP), TOP_MARGIN + 7 * (CELL + GAP))

    def weeks_shown(self) -> int:
        return max(1, min(MAX_WEEKS, (self.width() - LEFT_MARGIN) // (CELL + GAP)))

    def first_day_shown(self) -> date:
        monday = self._today - timedelta(days=self._today.weekday())
        return monday - timedelta(weeks=self.weeks_shown() - 1)

    def day_at(self, point: QPoint) -> date | None:
        column = (point.x() - LEFT_MARGIN) // (CELL + GAP)
        row = (point.y() - TOP_MARGIN) // (CELL + GAP)
        if point.x() < LEFT_MARGIN or point.y() < TOP_MARGIN or not 0 <= row < 7:
            return None
        if column >= self.weeks_shown():
            return None
        day = self.first_day_shown() + timedelta(weeks=column, days=row)
        return day if day <= self._today else None

    def _cell(self, day: date) -> QRect:
        offset = (day - self.first_day_shown()).days
        column, row = divmod(offset, 7)
        return QRect(
            LEFT_MARGIN + column * (CELL + GAP), TOP_MARGIN + row * (CELL + GAP), CELL, CELL
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._today == date.min:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
        active = QColor(ACTIVE_DARK_THEME if dark else ACTIVE)
        busy = active.lighter(130) if dark else active.darker(140)
        outline = QColor(text)
        outline.setAlpha(90)
        font = painter.font()
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(text)
        locale = self.locale()
        for row in WEEKDAY_ROWS:
            label = locale.dayName(row + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRect(0, TOP_MARGIN + row * (CELL + GAP) - 1, LEFT_MARGIN - 4, CELL + 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        day = self.first_day_shown()
        while day <= self._today:
            rect = self._cell(day)
            # The first column is named only when the next month's name is not right beside it.
            if day.day == 1 or (day == self.first_day_shown() and day.day < 12):
                painter.setPen(text)
                painter.drawText(
                    rect.x(),
                    TOP_MARGIN - 4,
                    locale.monthName(day.month, QLocale.FormatType.ShortFormat),
                )
            sessions = self._sessions_by_day.get(day, 0)
            if sessions:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(busy if sessions > 1 else active)
                painter.drawRoundedRect(rect, 2, 2)
            else:
                painter.setPen(QPen(outline, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 2, 2)
            if day == self._today:
                painter.setPen(QPen(text, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
            day += timedelta(days=1)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                sessions = self._sessions_by_day.get(day, 0)
                if sessions == 0:
                    words = self.tr("no session")
                elif sessions == 1:
                    words = self.tr("1 session")
                else:
                    words = self.tr("{count} sessions").format(count=sessions)
                shown = weekday_day_text(day, self.locale())
                QToolTip.showText(event.globalPos(), f"{shown}: {words}", self)
            return True
        return super().event(event)
