"""The pain checks' own median (kept off ``statistics`` for start-up) agrees with the stdlib's."""

from __future__ import annotations

import statistics

import pytest

from backtimer.insights.pain_checks import median


@pytest.mark.parametrize(
    "values",
    [[5], [3, 7], [7, 3, 5], [0, 10, 4, 6], [2, 2, 9, 1, 8, 8], [4.5, 1.0], [6, 6, 6, 6, 6, 6, 6]],
)
def test_median_agrees_with_statistics(values: list[float]) -> None:
    assert median(values) == float(statistics.median(values))
    assert isinstance(median(values), float)


def test_median_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="no values"):
        median([])
