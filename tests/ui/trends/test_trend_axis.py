"""The trend chart's date axis speaks the window's language, months included."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from backtimer.ui.trends.trend_chart import SECONDS_PER_DAY, _DayAxis, day_to_x


def _month_start(day: date, offset_hours: float) -> float:
    """Where pyqtgraph puts a month tick: local midnight of the 1st, in UTC seconds."""
    return day_to_x(day) - SECONDS_PER_DAY / 2 - offset_hours * 3600


def test_month_and_day_ticks_are_spanish_under_a_spanish_window(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    axis = _DayAxis(orientation="bottom")
    months = [date(2026, 7, 1), date(2026, 8, 1), date(2026, 12, 1)]
    for offset in (-10.0, 0.0, 2.0, 13.0):  # the tick moves with the time zone, the month not
        values = [_month_start(day, offset) for day in months]
        assert axis.tickStrings(values, 1.0, 30 * SECONDS_PER_DAY) == ["jul", "ago", "dic"]
    days = [day_to_x(date(2026, 8, 6)), day_to_x(date(2026, 8, 13))]
    assert axis.tickStrings(days, 1.0, 7 * SECONDS_PER_DAY) == ["6 ago", "13 ago"]


def test_year_ticks_are_pyqtgraphs_numbers(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg.DateAxisItem, "tickStrings", lambda *_: ["2025", "2026"])
    axis = _DayAxis(orientation="bottom")
    values = [_month_start(date(2025, 1, 1), 0.0), _month_start(date(2026, 1, 1), 0.0)]
    assert axis.tickStrings(values, 1.0, 365 * SECONDS_PER_DAY) == ["2025", "2026"]
