"""Numbers and dates people read, in German and Spanish: decimal commas, their month names."""

from __future__ import annotations

from datetime import date

import pytest

from backtimer import i18n
from backtimer.insights.daily import DayDetail, SessionOfDay
from backtimer.insights.day_text import describe_day
from backtimer.insights.pain_checks import score_text
from backtimer.insights.reading import format_points, format_range
from backtimer.insights.series import DailyPain

DAY = date(2026, 4, 29)


def test_the_charts_day_text_in_german() -> None:
    """Weekday, date order, flare mark, session words and averages with a decimal comma."""
    i18n.set_language("de")
    detail = DayDetail(
        DAY, (SessionOfDay(1, "09:54", "Flare-Up Day", "stopped", 11.2, 6, 5, 0),), (5,), True
    )
    point = DailyPain(DAY, 5.75, 6.5, 5.0, 5, 7, 4, 23, 2, 2, True)
    assert describe_day(detail, point, 4.96) == [
        "Mi, 29. Apr. 2026 · Schubtag",
        "09:54 Flare-Up Day (11 Min., abgebrochen): Schmerz 6 → 5",
        "Weitere Bewertung: 5",
        "Tagesdurchschnitt: 5,8 (4 Bewertungen)",
        "7-Tage-Durchschnitt: 5,0",
    ]


@pytest.mark.parametrize(
    ("language", "points", "score", "dates"),
    [
        ("en", "−2.5", "2.5/10", "27 Oct – 2 Nov 2026"),
        ("de", "−2,5", "2,5/10", "27. Okt. – 2. Nov. 2026"),
        ("es", "−2,5", "2,5/10", "27 oct – 2 nov 2026"),
    ],
)
def test_points_scores_and_ranges_follow_the_language(
    language: str, points: str, score: str, dates: str
) -> None:
    i18n.set_language(language)
    assert format_points(-2.5) == points
    assert score_text(2.5) == score
    assert score_text(3) == "3/10"
    translate = (lambda text: i18n.translate("reading", text)) if language != "en" else str
    assert format_range(date(2026, 10, 27), date(2026, 11, 2), translate) == dates
