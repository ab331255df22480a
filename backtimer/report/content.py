"""What the physio report says, assembled from the journal without Qt.

The PDF renderer only lays this out; keeping the facts here means they are tested as plain data
and the wording a physiotherapist reads is reviewed in one place.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from backtimer.i18n import translate
from backtimer.insights.activities import activity_label, activity_series, read_activities
from backtimer.insights.adherence import (
    WeekActivity,
    minutes_per_week_words,
    monday_of,
    rounded_rate,
)
from backtimer.insights.daily import daily_pain
from backtimer.insights.effects import MIN_SESSIONS_FOR_CLAIM
from backtimer.insights.reading import read_trend
from backtimer.insights.series import DailyPain, judged_rolling_mean
from backtimer.journal.activities import ActivityJournal
from backtimer.journal.journal import Journal
from backtimer.journal.records import HurtEvent, PainContext, PainEntry, SessionSummary
from backtimer.safety import LEG_OR_NERVE_WORDS, symptom_words
from backtimer.workout.progress import session_tally

MAX_HURTS = 12
MAX_NOTES = 14
"""Lists are capped so the report stays at one or two pages; the CSV export has everything."""


@dataclass(frozen=True)
class ChartDay:
    day: date
    mean: float
    rolling: float | None
    """Mean of the before-session and spot ratings of the 7 days ending here (the reading's
    scores), None with fewer than three."""
    flare: bool


@dataclass(frozen=True)
class RoutineDone:
    title: str
    sessions: int
    minutes: float
    mean_change: float | None
    """Session effect: average after − before pain of the sessions that had both scores;
    None with fewer than 3 of them (no "usually" from one or two sessions)."""


@dataclass(frozen=True)
class HurtLine:
    when: datetime
    exercise: str
    score: int | None
    action: str


@dataclass(frozen=True)
class NoteLine:
    day: date
    source: str
    """Where the note was written: "session", "before", "after", "pain check" or "flare day"."""
    text: str


@dataclass(frozen=True)
class SymptomLine:
    """A pain score that came with leg, nerve or urgent symptoms, or a "this hurts" with them."""

    when: datetime
    source: str
    """"before", "after", "pain check" or "this hurts: <exercise>"."""
    score: int | None
    symptoms: str
    """In words, e.g. "pain down a leg; numbness, tingling or weakness"."""
    urgent: bool


@dataclass(frozen=True)
class ActivityLine:
    """One check-in activity over the report's range: its first and latest weekly score."""

    name: str
    first_day: date
    first_score: int
    last_day: date
    last_score: int
    ratings: int
    retired: date | None = None
    """The day it was retired, if that was within the report's range."""

    @property
    def change(self) -> int:
        return self.last_score - self.first_score

    @property
    def label(self) -> str:
        """The name, with "(retired 3 Mar)" when it was retired: the chart's legend wording."""
        return activity_label(self.name, self.retired, _activities_tr)


@dataclass(frozen=True)
class ReportContent:
    first_day: date
    last_day: date
    headline: str
    reading: str
    chart: tuple[ChartDay, ...]
    weeks: tuple[WeekActivity, ...]
    sessions: int
    minutes: float
    completed_sessions: int
    routines: tuple[RoutineDone, ...]
    hurts: tuple[HurtLine, ...]
    hurts_total: int
    notes: tuple[NoteLine, ...]
    notes_total: int
    flare_days: tuple[date, ...]
    symptoms: tuple[SymptomLine, ...] = ()
    activities: tuple[ActivityLine, ...] = ()
    activities_reading: str = ""
    """The weekly activity check-in's reading over the range (§6.2b), one line."""

    @property
    def weeks_covered(self) -> float:
        return ((self.last_day - self.first_day).days + 1) / 7

    @property
    def per_week_text(self) -> str:
        """ "about 6 sessions and about 1 h 30 min a week": rounded as people speak."""
        weeks = max(self.weeks_covered, 1.0)
        return translate("Report", "{sessions} and {minutes}").format(
            sessions=_sessions_words(self.sessions / weeks),
            minutes=minutes_per_week_words(self.minutes / weeks, _adherence_tr),
        )


def _sessions_words(per_week: float) -> str:
    """ "about 6 sessions", "3 sessions", "less than one session" (the week is said after)."""
    if per_week <= 0:
        return translate("Report", "no sessions")
    whole, about = rounded_rate(per_week)
    if whole == 0:
        return translate("Report", "less than one session")
    if about:
        if whole == 1:
            return translate("Report", "about 1 session")
        return translate("Report", "about {count} sessions").format(count=whole)
    if whole == 1:
        return translate("Report", "1 session")
    return translate("Report", "{count} sessions").format(count=whole)


def _reading_tr(text: str) -> str:
    return translate("reading", text)


def _adherence_tr(text: str) -> str:
    return translate("adherence", text)


def _activities_tr(text: str) -> str:
    """The activities' words, and the reading's day and month names they borrow ("14 oct")."""
    translated = translate("activities", text)
    return translated if translated != text else translate("reading", text)


def _safety_tr(text: str) -> str:
    return translate("safety", text)


def build_report(conn: sqlite3.Connection, first_day: date, last_day: date) -> ReportContent:
    """Gather the report for the inclusive day range.

    The trend reading uses only the range's own days (its first week is the baseline); the
    chart's 7-day line is computed over earlier history too, so it starts warm. Texts are in
    the current language (``backtimer.i18n``); the sources of notes and symptoms stay keys
    ("before", "session"…) that the renderer words.
    """
    journal = Journal(conn)
    history = daily_pain(conn, date.min, last_day)
    reading = read_trend(history, last_day, first_day=first_day, tr=_reading_tr)
    in_range = [point for point in history if point.day >= first_day]
    sessions = journal.sessions(first_day, last_day)
    hurts = journal.hurt_events(from_day=first_day, to_day=last_day)
    notes = _notes(journal, first_day, last_day)
    weeks = _weeks(sessions)
    return ReportContent(
        first_day=first_day,
        last_day=last_day,
        headline=reading.headline,
        reading=reading.text,
        chart=_chart(history, in_range),
        weeks=weeks,
        sessions=len(sessions),
        minutes=sum(session_minutes(session) for session in sessions),
        completed_sessions=sum(session.status == "completed" for session in sessions),
        routines=_routines(sessions),
        hurts=tuple(
            HurtLine(event.recorded, event.exercise_name, event.score, event.action.value)
            for event in hurts[-MAX_HURTS:]
        ),
        hurts_total=len(hurts),
        notes=tuple(notes[-MAX_NOTES:]),
        notes_total=len(notes),
        flare_days=tuple(flare.day for flare in journal.flare_days(first_day, last_day)),
        symptoms=_symptoms(journal.pain_entries(first_day, last_day), hurts),
        **_activities(conn, first_day, last_day),
    )


def _activities(conn: sqlite3.Connection, first_day: date, last_day: date) -> dict[str, Any]:
    """The check-in section: the range's own first check-in is the baseline, like the pain's."""
    ratings = ActivityJournal(conn).ratings(first_day, last_day)
    if not ratings:
        return {}
    lines = [
        ActivityLine(
            name=series.name,
            first_day=series.points[0][0],
            first_score=series.points[0][1],
            last_day=series.points[-1][0],
            last_score=series.points[-1][1],
            ratings=len(series.points),
            retired=series.retired if series.retired and series.retired <= last_day else None,
        )
        for series in activity_series(ratings)
    ]
    reading = read_activities(ratings, _activities_tr).text
    return {"activities": tuple(lines), "activities_reading": reading}


def _chart(history: list[DailyPain], in_range: list[DailyPain]) -> tuple[ChartDay, ...]:
    """Daily means plus the reading's 7-day mean (computed over history so it starts warm)."""
    rolling = judged_rolling_mean(history)
    by_day = dict(zip((point.day for point in history), rolling, strict=True))
    return tuple(
        ChartDay(point.day, point.mean, by_day[point.day], point.flare) for point in in_range
    )


def session_minutes(session: SessionSummary) -> float:
    """The one measure of a session's minutes in the report: the app's own (``session_tally``)."""
    return session_tally(session).used_min


def _weeks(sessions: list[SessionSummary]) -> tuple[WeekActivity, ...]:
    """Sessions and minutes per ISO week, from the first to the last week with a session."""
    if not sessions:
        return ()
    counts: dict[date, int] = defaultdict(int)
    minutes: dict[date, float] = defaultdict(float)
    for session in sessions:
        monday = monday_of(session.day)
        counts[monday] += 1
        minutes[monday] += session_minutes(session)
    first, last = min(counts), max(counts)
    return tuple(
        WeekActivity(week, counts.get(week, 0), minutes.get(week, 0.0))
        for week in (first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1))
    )


def _routines(sessions: list[SessionSummary]) -> tuple[RoutineDone, ...]:
    """One line per routine id, named by its newest session: the journal keeps each session's
    title as it was shown, so a language switch (or a renamed routine) must not split a routine
    in two (the counts, and the 3-session minimum for an effect, would be split too)."""
    grouped: dict[str, list[SessionSummary]] = defaultdict(list)
    for session in sessions:
        grouped[session.routine_id].append(session)
    lines = []
    for done in grouped.values():
        changes = [s.pain_change for s in done if s.pain_change is not None]
        lines.append(
            RoutineDone(
                title=max(done, key=lambda s: s.started).routine_title,
                sessions=len(done),
                minutes=sum(session_minutes(s) for s in done),
                mean_change=(
                    sum(changes) / len(changes) if len(changes) >= MIN_SESSIONS_FOR_CLAIM else None
                ),
            )
        )
    return tuple(sorted(lines, key=lambda line: (-line.sessions, line.title)))


def _notes(journal: Journal, first_day: date, last_day: date) -> list[NoteLine]:
    """Every non-empty note of the range, oldest first: sessions, pain scores and flare days."""
    notes = [
        NoteLine(session.day, "session", session.note)
        for session in journal.sessions(first_day, last_day)
        if session.note.strip()
    ]
    sources = {"before": "before", "after": "after", "spot": "pain check"}
    notes += [
        NoteLine(entry.day, sources[entry.context.value], entry.note)
        for entry in journal.pain_entries(first_day, last_day)
        if entry.note.strip()
    ]
    notes += [
        NoteLine(flare.day, "flare day", flare.note)
        for flare in journal.flare_days(first_day, last_day)
        if flare.note.strip()
    ]
    return sorted(notes, key=lambda note: note.day)


def _symptoms(entries: list[PainEntry], hurts: list[HurtEvent]) -> tuple[SymptomLine, ...]:
    """Every score logged with leg, nerve or urgent symptoms, oldest first (never capped)."""
    sources = {PainContext.BEFORE: "before", PainContext.AFTER: "after"}
    lines = [
        SymptomLine(
            entry.recorded,
            sources.get(entry.context, "pain check"),
            entry.score,
            symptom_words(entry.leg_pain, entry.nerve_symptoms, entry.urgent_symptoms, _safety_tr),
            entry.urgent_symptoms,
        )
        for entry in entries
        if entry.leg_pain or entry.nerve_symptoms or entry.urgent_symptoms
    ]
    lines += [
        SymptomLine(
            hurt.recorded,
            translate("Report", "this hurts: {exercise}").format(exercise=hurt.exercise_name),
            hurt.score,
            _safety_tr(LEG_OR_NERVE_WORDS),
            False,
        )
        for hurt in hurts
        if hurt.leg_or_nerve
    ]
    return tuple(sorted(lines, key=lambda line: line.when))
