"""The Activities chart: one line per activity rated in the weekly check-in, and their mean.

Imports pyqtgraph, so only ``activities_panel`` loads it, when the chart is first shown. Colours
are Okabe–Ito (colour-blind safe) and each activity also has its own marker shape, so the lines
can be told apart without colour; the mean is the thick line. Higher is better here (what the
person can do), unlike the pain chart, and the axis says so in words.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.insights.activities import activity_series, checkin_means
from backtimer.journal.activities import ActivityRating
from backtimer.ui.trends.trend_chart import _DayAxis, day_to_x

LINE_COLOURS = ("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
LINE_COLOURS_DARK = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00", "#F0E442")
SYMBOLS = ("o", "s", "t", "d", "star", "p")
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
        self._legend = self._plot.addLegend(offset=(10, 10))
        self._plot.setAccessibleName(self.tr("Activities chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)
        self._apply_theme()

    def set_ratings(self, ratings: Sequence[ActivityRating]) -> None:
        self._ratings = tuple(ratings)
        self._draw()

    def line_names(self) -> list[str]:
        """What the legend lists, in order (for tests and screen readers)."""
        return [label.text for _sample, label in self._legend.items]

    def _draw(self) -> None:
        self._plot.clear()
        self._legend.clear()
        dark = self._is_dark()
        colours = LINE_COLOURS_DARK if dark else LINE_COLOURS
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
                name=series.name,
            )
        means = checkin_means(self._ratings)
        if means:
            text = self.palette().color(QPalette.ColorRole.Text)
            self._plot.plot(
                [day_to_x(mean.day) for mean in means],
                [mean.mean for mean in means],
                pen=pg.mkPen(text, width=4),
                name=self.tr("Average of all activities"),
            )
            first, last = day_to_x(means[0].day), day_to_x(means[-1].day)
            margin = max(3 * 86400.0, (last - first) * 0.03)
            self._plot.setXRange(first - margin, last + margin, padding=0)

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
