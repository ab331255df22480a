"""One day of the journal in a few plain lines, for the chart's hover label.

Kept free of Qt so the wording can be tested as text; the chart only escapes and styles it. The
words are in the current language (``backtimer.i18n``, which the GUI sets to its own).
"""

from __future__ import annotations

from backtimer.i18n import QT_TRANSLATE_NOOP, decimal, translate
from backtimer.insights.daily import DailyHurts, DayDetail, SessionOfDay
from backtimer.insights.reading import format_day
from backtimer.insights.series import DailyPain

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DayText", "Mon"),
    QT_TRANSLATE_NOOP("DayText", "Tue"),
    QT_TRANSLATE_NOOP("DayText", "Wed"),
    QT_TRANSLATE_NOOP("DayText", "Thu"),
    QT_TRANSLATE_NOOP("DayText", "Fri"),
    QT_TRANSLATE_NOOP("DayText", "Sat"),
    QT_TRANSLATE_NOOP("DayText", "Sun"),
)
STATUSES = {
    "in_progress": QT_TRANSLATE_NOOP("DayText", "in progress"),
    "stopped": QT_TRANSLATE_NOOP("DayText", "stopped"),
    "interrupted": QT_TRANSLATE_NOOP("DayText", "interrupted"),
}


def _reading_tr(text: str) -> str:
    return translate("reading", text)


def describe_day(
    detail: DayDetail,
    point: DailyPain | None = None,
    rolling: float | None = None,
    hurts: DailyHurts | None = None,
) -> list[str]:
    """Lines: the date (and flare mark), each session with its scores, other ratings, averages."""
    title = translate("DayText", "{weekday} {date}").format(
        weekday=translate("DayText", WEEKDAYS[detail.day.weekday()]),
        date=format_day(detail.day, _reading_tr),
    )
    if detail.flare:
        title = translate("DayText", "{day} · flare-up day").format(day=title)
    lines = [title]
    lines.extend(_session_line(session) for session in detail.sessions)
    if detail.spot_scores:
        scores = ", ".join(str(score) for score in detail.spot_scores)
        if len(detail.spot_scores) == 1:
            lines.append(translate("DayText", "Other rating: {scores}").format(scores=scores))
        else:
            lines.append(translate("DayText", "Other ratings: {scores}").format(scores=scores))
    if hurts is not None:
        times = f" ×{hurts.count}" if hurts.count > 1 else ""
        lines.append(
            translate("DayText", "“This hurts”{times}: {exercises}").format(
                times=times, exercises=", ".join(hurts.exercises)
            )
        )
    if point is not None and point.ratings > 1:
        lines.append(
            translate("DayText", "Day average: {mean} ({count} ratings)").format(
                mean=decimal(point.mean), count=point.ratings
            )
        )
    if rolling is not None:
        lines.append(translate("DayText", "7-day average: {mean}").format(mean=decimal(rolling)))
    if len(lines) == 1:
        lines.append(translate("DayText", "No sessions or ratings"))
    return lines


def _session_line(session: SessionOfDay) -> str:
    facts = []
    if session.minutes >= 0.5:
        facts.append(translate("DayText", "{minutes} min").format(minutes=round(session.minutes)))
    if session.status != "completed":
        status = STATUSES.get(session.status)
        facts.append(translate("DayText", status) if status else session.status)
    line = f"{session.local_time} {session.routine_title}"
    if facts:
        line += f" ({', '.join(facts)})"
    before, after = session.pain_before, session.pain_after
    if before is not None and after is not None:
        return translate("DayText", "{session}: pain {before} → {after}").format(
            session=line, before=before, after=after
        )
    if before is not None:
        return translate("DayText", "{session}: pain before {before}").format(
            session=line, before=before
        )
    if after is not None:
        return translate("DayText", "{session}: pain after {after}").format(
            session=line, after=after
        )
    return line
