"""The Activities chart marks a retired activity: in the legend's words and where its line ends.

A line that simply stops reads as "stopped improving" or "gave up"; the person retired it.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pyqtgraph as pg
import pytest
from pytestqt.qtbot import QtBot

from backtimer.journal.activities import ActivityRating
from backtimer.ui.trends.activity_chart import ActivityChart
from backtimer.ui.trends.trend_chart import day_to_x

RETIRED = date(2026, 3, 3)
EXPECTED = {
    "en": ["Putting on socks", "Sitting through a film (retired 3\u00a0Mar)"],
    "de": ["Putting on socks", "Sitting through a film (abgelegt am 3.\u00a0März)"],
}


def _ratings(retired: date) -> list[ActivityRating]:
    weeks = [date(2026, 2, 17), date(2026, 2, 24), date(2026, 3, 3), date(2026, 3, 10)]
    ratings = []
    for day, score in zip(weeks, [3, 4, 5, 6], strict=True):
        moment = datetime.combine(day, time(19))
        ratings.append(ActivityRating(1, "Putting on socks", day, score, "", moment))
        if day <= date(2026, 3, 3):
            ratings.append(
                ActivityRating(2, "Sitting through a film", day, score + 1, "", moment, retired)
            )
    return ratings


def _chart(qtbot: QtBot, retired: date = RETIRED) -> ActivityChart:
    chart = ActivityChart()
    qtbot.addWidget(chart)
    chart.set_ratings(_ratings(retired))
    return chart


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_legend_says_which_activity_was_retired_and_when(qtbot: QtBot, language: str) -> None:
    names = _chart(qtbot).line_names()
    assert names[:2] == EXPECTED[language]
    assert len(names) == 3  # and the average


def test_retired_line_ends_in_a_labelled_bar_at_the_retirement_day(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    items = chart._plot.getPlotItem().items
    words = [item for item in items if isinstance(item, pg.TextItem)]
    assert [word.toPlainText() for word in words] == ["retired"]
    bars = [
        item
        for item in items
        if isinstance(item, pg.PlotDataItem)
        and len(item.xData) == 2
        and item.xData[0] == item.xData[1] == day_to_x(RETIRED)
    ]
    assert len(bars) == 1
    assert list(bars[0].yData) == pytest.approx([6 - 0.6, 6 + 0.6])  # across the last score


def test_retired_after_the_last_rating_is_dashed_up_to_the_bar(qtbot: QtBot) -> None:
    later = date(2026, 3, 20)
    chart = _chart(qtbot, retired=later)
    dashed = [
        item
        for item in chart._plot.getPlotItem().items
        if isinstance(item, pg.PlotDataItem) and item.opts["pen"].style() == pg.QtCore.Qt.DashLine
    ]
    assert len(dashed) == 1
    assert list(dashed[0].xData) == [day_to_x(RETIRED), day_to_x(later)]
    assert chart._plot.getViewBox().viewRange()[0][1] > day_to_x(later)  # the bar is in view


def test_no_retired_activity_no_end_marks(qtbot: QtBot) -> None:
    chart = ActivityChart()
    qtbot.addWidget(chart)
    chart.set_ratings([r for r in _ratings(RETIRED) if r.retired is None])
    assert chart.line_names() == ["Putting on socks", "Average of all activities"]
    assert not [i for i in chart._plot.getPlotItem().items if isinstance(i, pg.TextItem)]


@pytest.mark.parametrize("language", ["de"], indirect=True)
@pytest.mark.parametrize("width", [640, 1280])
def test_legend_above_the_plot_shows_every_name_whole(
    qtbot: QtBot, language: str, width: int
) -> None:
    """The longer German names with "(abgelegt am …)" fit at 640 pixels: fewer columns."""
    chart = _chart(qtbot)
    chart.resize(width, 400)
    chart.show()
    qtbot.waitExposed(chart)
    legend = chart._legend
    needed = legend.layout.effectiveSizeHint(pg.QtCore.Qt.SizeHint.MinimumSize).width()
    assert needed <= legend.geometry().width() + 0.5
    assert legend.sceneBoundingRect().right() <= chart.width()
