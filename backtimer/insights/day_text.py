"""One day of the journal in a few plain lines, for the chart's hover label.

Kept free of Qt so the wording can be tested as text; the chart only escapes and styles it.
"""

from __future__ import annotations

from backtimer.insights.daily import DailyHurts, DayDetail, SessionOfDay
from backtimer.insights.series import DailyPain


def describe_day(
    detail: DayDetail,
    point: DailyPain | None = None,
    rolling: float | None = None,
    hurts: DailyHurts | None = None,
) -> list[str]:
    """Lines: the date (and flare mark), each session with its scores, other ratings, averages."""
    title = f"{detail.day:%a} {detail.day.day} {detail.day:%b %Y}"
    lines = [f"{title} · flare-up day" if detail.flare else title]
    lines.extend(_session_line(session) for session in detail.sessions)
    if detail.spot_scores:
        scores = ", ".join(str(score) for score in detail.spot_scores)
        lines.append(f"Other rating{'s' if len(detail.spot_scores) > 1 else ''}: {scores}")
    if hurts is not None:
        times = f" ×{hurts.count}" if hurts.count > 1 else ""
        lines.append(f"“This hurts”{times}: {', '.join(hurts.exercises)}")
    if point is not None and point.ratings > 1:
        lines.append(f"Day average: {point.mean:.1f} ({point.ratings} ratings)")
    if rolling is not None:
        lines.append(f"7-day average: {rolling:.1f}")
    if len(lines) == 1:
        lines.append("No sessions or ratings")
    return lines


def _session_line(session: SessionOfDay) -> str:
    facts = [f"{round(session.minutes)} min"] if session.minutes >= 0.5 else []
    if session.status != "completed":
        facts.append(session.status.replace("_", " "))
    line = f"{session.local_time} {session.routine_title}"
    if facts:
        line += f" ({', '.join(facts)})"
    before, after = session.pain_before, session.pain_after
    if before is not None and after is not None:
        return f"{line}: pain {before} → {after}"
    if before is not None:
        return f"{line}: pain before {before}"
    if after is not None:
        return f"{line}: pain after {after}"
    return line
