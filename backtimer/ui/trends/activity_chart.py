"""The Activities chart: one line per activity rated in the weekly check-in, and their mean.

Imports pyqtgraph, so only ``activities_panel`` loads it, when the chart is first shown. Colours
are Okabe–Ito (colour-blind safe) and each activity also has its own marker shape, so the lines
can be told apart without colour; the mean is the thick line. Higher is better here (what the
person can do), unlike the pain chart, and the axis says so in words. A retired activity's line
ends in a bar at the day it was retired (dashed up to it if its last rating came earlier), and
its legend entry says "(retired 3 Mar)": a line that simply stopped would read as giving up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.insights.activities import (
    ActivitySeries,
    activity_label,
    activity_series,
    checkin_means,
)
from backtimer.journal.activities import ActivityRating
from backtimer.ui.trends.trend_chart import _DayAxis, day_to_x
from backtimer.ui.wording import core_text, day_month_text

LINE_COLOURS = ("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
LINE_COLOURS_DARK = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00", "#F0E442")
SYMBOLS = ("o", "s", "t", "d", "star", "p")
MAX_LEGEND_COLUMNS = 3
AXIS_ALLOWANCE = 100
"""Pixels kept for the score axis beside the legend (its words, before it has measured them)."""
END_BAR_HALF = 0.6
"""A retired activity's line ends in a bar across it (points above and below its last score),
labelled "retired": a shape and a word, so the end does not rest on colour."""
SCORE_TICKS = [
    (0, QT_TRANSLATE_NOOP("ActivityChart", "0 can't do it")),
    (2, "2"),
    (4, "4"),
    (6, "6"),
    (8, "8"),
    (10, QT_TRANSLATE_NOOP("ActivityChart", "10 as before")),
]


class ActivityChart(QWidget):
    """Weekly activity scores over time (0 = can't do it, 10 = as well as before)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ratings: tuple[ActivityRating, ...] = ()
        self._plot = pg.PlotWidget(axisItems={"bottom": _DayAxis(orientation="bottom")})
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=True, y=False)
        self._plot.setYRange(-0.5, 10.5, padding=0)
        self._plot.getAxis("left").setTicks([[(y, self.tr(text)) for y, text in SCORE_TICKS]])
        self._plot.showGrid(x=False, y=True, alpha=0.15)
        # Above the plot, not over it: a score of 9 or 10 must not hide under the legend.
        # The legend takes the (unused) title's cell of the plot's layout.
        plot_item = self._plot.getPlotItem()
        plot_item.layout.removeItem(plot_item.titleLabel)
        plot_item.titleLabel.hide()
        self._legend = pg.LegendItem()
        plot_item.layout.addItem(self._legend, 0, 1)
        plot_item.legend = self._legend
        self._plot.setAccessibleName(self.tr("Activities chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)
        self._apply_theme()

    def set_ratings(self, ratings: Sequence[ActivityRating]) -> None:
        self._ratings = tuple(ratings)
        self._draw()

    def line_names(self) -> list[str]:
        """What the legend lists, in order (for tests and screen readers); a retired activity
        says so and since when."""
        return [label.text for _sample, label in self._legend.items]

    def _draw(self) -> None:
        self._plot.clear()
        self._legend.clear()
        dark = self._is_dark()
        colours = LINE_COLOURS_DARK if dark else LINE_COLOURS
        last_day = None
        for index, series in enumerate(activity_series(self._ratings)):
            colour = colours[index % len(colours)]
            xs = [day_to_x(day) for day, _score in series.points]
            ys = [score for _day, score in series.points]
            self._plot.plot(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2),
                symbol=SYMBOLS[index % len(SYMBOLS)],
                symbolSize=8,
                symbolBrush=colour,
                symbolPen=pg.mkPen(colour),
                name=activity_label(series.name, series.retired, core_text, day_month_text),
            )
            if series.retired is not None:
                end = self._draw_end(series, colour)
                last_day = end if last_day is None else max(last_day, end)
        means = checkin_means(self._ratings)
        if means:
            text = self.palette().color(QPalette.ColorRole.Text)
            self._plot.plot(
                [day_to_x(mean.day) for mean in means],
                [mean.mean for mean in means],
                pen=pg.mkPen(text, width=4),
                name=self.tr("Average of all activities"),
            )
            first = day_to_x(means[0].day)
            last = day_to_x(max(means[-1].day, last_day or means[-1].day))
            margin = max(3 * 86400.0, (last - first) * 0.03)
            self._plot.setXRange(first - margin, last + margin, padding=0)
        self._fit_legend()

    def _draw_end(self, series: ActivitySeries, colour: str) -> date:
        """Close a retired activity's line with a bar at the day it was retired (at its last
        score), dashed from the last rating when that came earlier; returns the bar's day."""
        assert series.retired is not None
        last_rated, score = series.points[-1]
        end = max(series.retired, last_rated)
        if end > last_rated:
            self._plot.plot(
                [day_to_x(last_rated), day_to_x(end)],
                [score, score],
                pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine),
            )
        x = day_to_x(end)
        self._plot.plot(
            [x, x],
            [score - END_BAR_HALF, score + END_BAR_HALF],
            pen=pg.mkPen(colour, width=4, cap=Qt.PenCapStyle.FlatCap),
        )
        palette = self.palette()
        word = pg.TextItem(
            self.tr("retired"),
            color=palette.color(QPalette.ColorRole.Text),
            fill=pg.mkBrush(palette.color(QPalette.ColorRole.Base)),
            anchor=(0.5, 1.0),
        )
        word.setPos(x, score + END_BAR_HALF)
        self._plot.addItem(word)
        return end

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many legend columns as the width holds whole (up to three): fewer rows above the
        plot leave more height to the lines, and no name is cut off."""
        room = self.width() - max(self._plot.getAxis("left").width(), AXIS_ALLOWANCE)
        for columns in range(MAX_LEGEND_COLUMNS, 0, -1):
            self._legend.setColumnCount(columns)
            needed = self._legend.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
            if needed <= room:
                return

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
        super().changeEvent(event)

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5

    def _apply_theme(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlphaF(0.6)
        self._plot.setBackground(background)
        for name in ("left", "bottom"):
            axis = self._plot.getAxis(name)
            axis.setPen(pg.mkPen(muted))
            axis.setTextPen(pg.mkPen(text))
        self._legend.setLabelTextColor(text)
        self._legend.setBrush(pg.mkBrush(background))
        self._draw()
