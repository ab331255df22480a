"""The Today greeting follows the user's local clock."""

from __future__ import annotations

import pytest

from backtimer.ui.today.today_view import greeting


@pytest.mark.parametrize(
    ("hour", "words"),
    [
        (0, "Hello"),
        (3, "Hello"),
        (4, "Good morning"),
        (11, "Good morning"),
        (12, "Good afternoon"),
        (17, "Good afternoon"),
        (18, "Good evening"),
        (23, "Good evening"),
    ],
)
def test_no_good_morning_in_the_middle_of_the_night(hour: int, words: str) -> None:
    """00:09 is not a morning: the greeting says "Hello" until 04:00."""
    assert greeting(hour) == words
