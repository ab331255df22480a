"""The chart's hover text names the day, each session with its scores, and the averages."""

from __future__ import annotations

from datetime import date

from backtimer.insights.daily import DailyHurts, DayDetail, SessionOfDay
from backtimer.insights.day_text import describe_day
from backtimer.insights.series import DailyPain

DAY = date(2026, 4, 29)


def test_a_full_day_reads_line_by_line() -> None:
    """Flare mark, sessions with before → after, other ratings, hurts and both averages."""
    detail = DayDetail(
        DAY,
        (
            SessionOfDay(1, "09:54", "Flare-Up Day", "completed", 11.2, 6, 5, 0),
            SessionOfDay(2, "18:10", "Walk It Out", "stopped", 4.4, 7, None, 1),
        ),
        (5,),
        True,
    )
    point = DailyPain(DAY, 5.75, 6.5, 5.0, 5, 7, 4, 23, 2, 2, True)
    hurts = DailyHurts(DAY, 2, 7, ("Bird Dog", "Dead Bug"))
    assert describe_day(detail, point, 4.96, hurts) == [
        "Wed 29 Apr 2026 · flare-up day",
        "09:54 Flare-Up Day (11 min): pain 6 → 5",
        "18:10 Walk It Out (4 min, stopped): pain before 7",
        "Other rating: 5",
        "“This hurts” ×2: Bird Dog, Dead Bug",
        "Day average: 5.8 (4 ratings)",
        "7-day average: 5.0",
    ]


def test_an_empty_day_says_so() -> None:
    """A day without sessions or ratings is not left blank."""
    assert describe_day(DayDetail(DAY, (), (), False)) == [
        "Wed 29 Apr 2026",
        "No sessions or ratings",
    ]
