"""Flare mode: the flare plan (clinical brief §4.3) and when to suggest it is over.

Flare mode begins when the user says "I'm having a flare-up" and ends when they say so; the app
only *suggests* the end, never ends it alone. The suggestion comes after **3 days in a row** whose
pain is back at the pre-flare usual level, or at least **2 points below the flare's worst day**
(2 points is the meaningful change of §6.2). A day's pain is its highest spot or before-session
score: after-session scores are left out because exercise can nudge them either way. The usual
level is the median morning score of the 7 days before the flare began (brief §8.2); without
morning scores, the median of those days' scores. A flare still on after 14 days brings the
brief's advice to see a clinician.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.insights.pain_checks import median, morning_scores, score_text, usual_level
from backtimer.journal.journal import Journal
from backtimer.journal.records import PainContext, PainEntry

LOWER_DAYS_TO_END = 3
LOWER_THAN_PEAK_BY = 2
SEE_CLINICIAN_AFTER_DAYS = 14
FLARE_DAY_NOTE = "flare mode"

FLARE_PLAN: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "FlareDialog",
        "Flares are common and usually settle within days to a couple of weeks. A flare does "
        "not usually mean new damage.",
    ),
    QT_TRANSLATE_NOOP(
        "FlareDialog",
        "Keep moving gently: the {routine} routine once or twice a day, short walks (3–5 "
        "minutes several times a day), and change position often.",
    ),
    QT_TRANSLATE_NOOP(
        "FlareDialog",
        "Drop strength routines to about half your usual amount, or skip them for a few days; "
        "build back up over 1–2 weeks.",
    ),
    QT_TRANSLATE_NOOP(
        "FlareDialog", "Heat, comfortable positions, and relaxation or slow breathing can help."
    ),
    QT_TRANSLATE_NOOP(
        "FlareDialog",
        "Check “When to get help”. If the flare is not easing after about 2 weeks, or keeps "
        "coming back, see a clinician.",
    ),
)
"""The flare plan, in English; the UI shows it translated (context "FlareDialog"), with
``{routine}`` filled by the flare routine's title (``library.titles.routine_title``)."""


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class FlareStatus:
    """Where a running flare stands today, and whether ending it can be suggested."""

    started: date
    today: date
    usual: float | None
    """The pre-flare usual level (None when nothing was logged the week before)."""
    peak: int | None
    """The worst day's pain since the flare began."""
    lower_streak: int
    """Days in a row, up to today or yesterday, with pain back down (see module docstring)."""

    @property
    def day_number(self) -> int:
        """1 on the day the flare began."""
        return (self.today - self.started).days + 1

    @property
    def can_end(self) -> bool:
        return self.lower_streak >= LOWER_DAYS_TO_END

    @property
    def see_clinician(self) -> bool:
        return self.day_number > SEE_CLINICIAN_AFTER_DAYS and not self.can_end

    @property
    def summary(self) -> str:
        """One plain sentence for the Today page banner."""
        return self.summary_words()

    def summary_words(self, tr: Callable[[str], str] = _same) -> str:
        """``summary`` through ``tr`` (the UI passes its translator)."""
        lead = tr(QT_TRANSLATE_NOOP("FlareStatus", "Flare mode, day {day}.")).format(
            day=self.day_number
        )
        if self.can_end:
            text = tr(
                QT_TRANSLATE_NOOP(
                    "FlareStatus",
                    "Your pain has been lower for {days} days in a row{against}: you can end "
                    "flare mode when you feel ready.",
                )
            )
            return f"{lead} " + text.format(days=self.lower_streak, against=self._against(tr))
        if self.see_clinician:
            return f"{lead} " + tr(
                QT_TRANSLATE_NOOP(
                    "FlareStatus",
                    "This flare has lasted over two weeks: please see a clinician (your GP or "
                    "physiotherapist) to check it.",
                )
            )
        text = tr(
            QT_TRANSLATE_NOOP(
                "FlareStatus",
                "Take it gently; flare mode can end after {days} days in a row of lower "
                "pain{against}.",
            )
        )
        return f"{lead} " + text.format(days=LOWER_DAYS_TO_END, against=self._against(tr))

    def _against(self, tr: Callable[[str], str]) -> str:
        parts = []
        if self.usual is not None:
            parts.append(
                tr(QT_TRANSLATE_NOOP("FlareStatus", "your usual {score}")).format(
                    score=score_text(self.usual)
                )
            )
        if self.peak is not None:
            parts.append(
                tr(QT_TRANSLATE_NOOP("FlareStatus", "{points}+ below the worst, {score}")).format(
                    points=LOWER_THAN_PEAK_BY, score=score_text(self.peak)
                )
            )
        joined = tr(QT_TRANSLATE_NOOP("FlareStatus", " or ")).join(parts)
        return f" ({joined})" if parts else ""


def daily_scores(entries: Iterable[PainEntry]) -> dict[date, int]:
    """Each day's highest spot or before-session score."""
    days: dict[date, int] = {}
    for entry in entries:
        if entry.context is PainContext.AFTER:
            continue
        days[entry.day] = max(entry.score, days.get(entry.day, entry.score))
    return days


def pre_flare_usual(entries: Iterable[PainEntry], started: date) -> float | None:
    entries = list(entries)
    usual = usual_level(morning_scores(entries), started - timedelta(days=1))
    if usual is not None:
        return usual
    week = [
        score
        for day, score in daily_scores(entries).items()
        if started - timedelta(days=7) <= day < started
    ]
    return median(week) if week else None


def is_lower(score: int, usual: float | None, peak: int | None) -> bool:
    back_to_usual = usual is not None and score <= usual
    well_below_peak = peak is not None and score <= peak - LOWER_THAN_PEAK_BY
    return back_to_usual or well_below_peak


def lower_streak(
    scores: Mapping[date, int], started: date, today: date, usual: float | None, peak: int | None
) -> int:
    """Lower days in a row ending today, or yesterday when today has no score yet."""
    day = today if today in scores else today - timedelta(days=1)
    streak = 0
    while (
        day >= started and (score := scores.get(day)) is not None and is_lower(score, usual, peak)
    ):
        streak += 1
        day -= timedelta(days=1)
    return streak


def flare_status(started: date, today: date, entries: Iterable[PainEntry]) -> FlareStatus:
    """``entries``: pain scores from at least a week before ``started`` up to ``today``."""
    entries = list(entries)
    usual = pre_flare_usual(entries, started)
    during = {day: score for day, score in daily_scores(entries).items() if started <= day <= today}
    peak = max(during.values()) if during else None
    return FlareStatus(
        started, today, usual, peak, lower_streak(during, started, today, usual, peak)
    )


def flare_status_from_journal(journal: Journal, started: date, today: date) -> FlareStatus:
    return flare_status(started, today, journal.pain_entries(started - timedelta(days=7), today))


def days_to_mark(started: date, today: date, marked: Iterable[date]) -> list[date]:
    """Flare-mode days not yet marked as flare days in the journal (every day of the flare)."""
    already = set(marked)
    count = (today - started).days + 1
    return [
        day for day in (started + timedelta(days=n) for n in range(count)) if day not in already
    ]
