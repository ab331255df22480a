"""The rolling mean averages calendar-day windows and never invents missing days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backtimer.insights.series import rolling_mean

D0 = date(2026, 3, 25)  # the window crosses the EU daylight-saving change of 29 March


def test_window_is_seven_calendar_days_not_seven_points() -> None:
    """Days outside the 7-day window drop out even when fewer than 7 points exist."""
    days = [D0, D0 + timedelta(1), D0 + timedelta(2), D0 + timedelta(9)]
    values = [6.0, 4.0, 2.0, 8.0]
    assert rolling_mean(days, values, min_weight=1) == [6.0, 5.0, 4.0, 8.0]


def test_missing_days_are_skipped_not_counted_as_zero() -> None:
    """A gap lowers nothing: the mean covers only the days that have ratings."""
    days = [D0, D0 + timedelta(3), D0 + timedelta(6)]
    assert rolling_mean(days, [3.0, 3.0, 6.0], min_weight=1) == [3.0, 3.0, 4.0]


def test_weights_make_it_a_mean_of_ratings() -> None:
    """With ratings per day as weights, a day with two ratings counts twice."""
    days = [D0, D0 + timedelta(1)]
    result = rolling_mean(days, [2.0, 5.0], weights=[2, 1])
    assert result == [None, pytest.approx(3.0)]  # (2 + 2 + 5) / 3; the first has 2 ratings only


@pytest.mark.parametrize("min_weight", [1, 2, 3])
def test_too_few_ratings_give_none(min_weight: int) -> None:
    """Below ``min_weight`` ratings in the window there is no mean at all."""
    days = [D0 + timedelta(i) for i in range(3)]
    result = rolling_mean(days, [1.0, 2.0, 3.0], min_weight=min_weight)
    assert [value is None for value in result] == [i + 1 < min_weight for i in range(3)]


def test_days_must_be_increasing() -> None:
    """Unsorted input is a caller's bug and is refused rather than silently mis-averaged."""
    with pytest.raises(ValueError, match="increasing"):
        rolling_mean([D0, D0], [1.0, 2.0])
