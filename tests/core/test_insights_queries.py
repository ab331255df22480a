"""Per-day aggregates use the journal's local days, ignore deleted sessions, add up by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backtimer.insights.adherence import adherence, streaks
from backtimer.insights.daily import daily_pain, day_detail, flare_days, hurt_events_by_day
from backtimer.insights.effects import effect_summary, routine_effects, session_effects
from backtimer.insights.snapshot import JournalTrendsSource
from backtimer.journal import HurtRecord, Journal, StepRecord
from backtimer.journal.demo import Story, write_demo_journal

PARIS_WINTER = timezone(timedelta(hours=1))
PARIS_SUMMER = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-4))
FIRST, LAST = date(2026, 1, 1), date(2026, 12, 31)


def session(
    journal: Journal,
    at: datetime,
    routine: str = "rt_a",
    before: int | None = None,
    after: int | None = None,
    minutes: float = 10.0,
) -> int:
    """A completed session with one step of ``minutes`` and optional before/after scores."""
    session_id = journal.start_session(routine, routine.upper(), minutes * 60, at)
    if before is not None:
        journal.record_pain(before, "before", at, session_id)
    end = at + timedelta(minutes=minutes)
    journal.record_step(
        session_id,
        StepRecord(0, "work", "ex", "Exercise", None, 1, 1, minutes * 60, minutes * 60, at, end),
    )
    if after is not None:
        journal.record_pain(after, "after", end, session_id)
    journal.finish_session(session_id, "completed", end)
    return session_id


@pytest.mark.parametrize(
    ("moment", "local_day"),
    [
        (datetime(2026, 3, 29, 0, 30, tzinfo=PARIS_WINTER), date(2026, 3, 29)),  # UTC: 28 March
        (datetime(2026, 3, 29, 23, 30, tzinfo=PARIS_SUMMER), date(2026, 3, 29)),  # after DST
        (datetime(2026, 3, 29, 22, 0, tzinfo=NEW_YORK), date(2026, 3, 29)),  # UTC: 30 March
    ],
)
def test_ratings_count_on_their_local_day(
    journal: Journal, moment: datetime, local_day: date
) -> None:
    """A rating lands on the day the user lived it, not on its UTC date."""
    journal.record_pain(4, "spot", moment)
    (point,) = daily_pain(journal.connection, FIRST, LAST)
    assert point.day == local_day


def test_one_local_day_across_offsets_is_one_point(journal: Journal) -> None:
    """Ratings on the same local day but different UTC dates and offsets make a single point."""
    journal.record_pain(6, "spot", datetime(2026, 3, 29, 0, 30, tzinfo=PARIS_WINTER))
    journal.record_pain(2, "spot", datetime(2026, 3, 29, 22, 0, tzinfo=NEW_YORK))
    (point,) = daily_pain(journal.connection, FIRST, LAST)
    assert (point.day, point.ratings, point.mean) == (date(2026, 3, 29), 2, 4.0)


def test_daily_point_aggregates_by_hand(journal: Journal) -> None:
    """Mean, before/after means, min/max, counts, latest session and flare flag for one day."""
    morning = datetime(2026, 5, 4, 8, 0, tzinfo=PARIS_SUMMER)
    session(journal, morning, before=6, after=4)
    evening_id = session(journal, morning + timedelta(hours=10), before=5, after=2)
    journal.record_pain(3, "spot", morning + timedelta(hours=4))
    deleted = session(journal, morning + timedelta(hours=12), before=10, after=10)
    journal.delete_session(deleted, morning + timedelta(hours=13))
    journal.set_flare_day(date(2026, 5, 4), True)
    (point,) = daily_pain(journal.connection, FIRST, LAST)
    assert point.ratings == 5  # the deleted session's two scores are ignored
    assert point.score_sum == 6 + 4 + 5 + 2 + 3
    assert point.mean == pytest.approx(4.0)
    assert (point.mean_before, point.mean_after) == (5.5, 3.0)
    assert (point.minimum, point.maximum) == (2, 6)
    assert point.sessions == 2
    assert point.latest_session_id == evening_id
    assert point.flare


def test_range_limits_are_inclusive(journal: Journal) -> None:
    """Only days inside [first, last] are returned, oldest first."""
    for offset in range(5):
        journal.record_pain(offset, "spot", datetime(2026, 5, 1 + offset, 9, tzinfo=PARIS_SUMMER))
    points = daily_pain(journal.connection, date(2026, 5, 2), date(2026, 5, 4))
    assert [point.day.day for point in points] == [2, 3, 4]


def test_flares_and_hurts_by_day(journal: Journal) -> None:
    """Flare days come back as dates; 'this hurts' presses group per day, deleted ones ignored."""
    at = datetime(2026, 6, 1, 9, tzinfo=PARIS_SUMMER)
    kept = session(journal, at)
    gone = session(journal, at + timedelta(hours=2))
    for session_id, score, name in ((kept, 5, "Bird Dog"), (kept, 7, "Dead Bug"), (gone, 9, "X")):
        journal.record_hurt(session_id, HurtRecord(0, "ex", name, at, "easier", score))
    journal.delete_session(gone, at + timedelta(hours=3))
    journal.set_flare_day(date(2026, 6, 2), True)
    (hurts,) = hurt_events_by_day(journal.connection, FIRST, LAST)
    assert (hurts.day, hurts.count, hurts.highest_score) == (date(2026, 6, 1), 2, 7)
    assert hurts.exercises == ("Bird Dog", "Dead Bug")
    assert flare_days(journal.connection, FIRST, LAST) == [date(2026, 6, 2)]


def test_session_effects_by_routine_by_hand(journal: Journal) -> None:
    """after − before per session, averaged per routine and overall; unpaired sessions counted."""
    at = datetime(2026, 5, 1, 9, tzinfo=PARIS_SUMMER)
    session(journal, at, "rt_a", before=5, after=3)  # −2
    session(journal, at + timedelta(days=1), "rt_a", before=6, after=5)  # −1
    session(journal, at + timedelta(days=2), "rt_b", before=4, after=4)  # 0
    session(journal, at + timedelta(days=3), "rt_b", before=4)  # no after: not paired
    effects = {
        effect.routine_id: effect for effect in routine_effects(journal.connection, FIRST, LAST)
    }
    assert (effects["rt_a"].sessions, effects["rt_a"].sessions_with_both) == (2, 2)
    assert effects["rt_a"].mean_effect == -1.5
    assert (effects["rt_b"].sessions, effects["rt_b"].sessions_with_both) == (2, 1)
    assert effects["rt_b"].mean_effect == 0.0
    summary = effect_summary(journal.connection, FIRST, LAST)
    assert (summary.mean_effect, summary.sessions_with_both) == (-1.0, 3)
    assert [e.effect for e in session_effects(journal.connection, FIRST, LAST)] == [-2, -1, 0]


def test_a_corrected_before_score_uses_the_latest(journal: Journal) -> None:
    """Two 'before' scores in one session: the later one counts, as in the history."""
    at = datetime(2026, 5, 1, 9, tzinfo=PARIS_SUMMER)
    session_id = session(journal, at, before=8, after=4)
    journal.record_pain(6, "before", at + timedelta(seconds=5), session_id)
    (effect,) = session_effects(journal.connection, FIRST, LAST)
    assert (effect.pain_before, effect.effect) == (6, -2)


@pytest.mark.parametrize(
    ("today", "current", "longest"),
    [
        (date(2026, 5, 6), 2, 3),  # active today
        (date(2026, 5, 7), 2, 3),  # today still open: yesterday's run counts
        (date(2026, 5, 8), 0, 3),  # a whole day missed
    ],
)
def test_streaks(today: date, current: int, longest: int) -> None:
    """Runs of consecutive active days, the current one surviving until a day is missed."""
    active = [date(2026, 5, day) for day in (1, 2, 3, 5, 6)]
    assert streaks(active, today) == (current, longest)


def test_adherence_weeks_and_minutes(journal: Journal) -> None:
    """Sessions and minutes add up per ISO week (Monday start), empty weeks included."""
    monday = datetime(2026, 5, 4, 9, tzinfo=PARIS_SUMMER)
    session(journal, monday, minutes=10)
    session(journal, monday + timedelta(hours=5), minutes=5)
    session(journal, monday + timedelta(days=6), minutes=20)  # Sunday, same week
    session(journal, monday + timedelta(days=14), minutes=15)  # two weeks later
    result = adherence(journal.connection, date(2026, 5, 19))
    assert [(w.week_start.day, w.sessions, round(w.minutes)) for w in result.weeks] == [
        (4, 3, 35),
        (11, 0, 0),
        (18, 1, 15),
    ]
    assert result.this_week.sessions == 1
    assert result.recent_sessions_per_week == 1.5  # weeks of 4 and 11 May
    assert result.active_days == {date(2026, 5, 4), date(2026, 5, 10), date(2026, 5, 18)}
    assert result.sessions_by_day[date(2026, 5, 4)] == 2


def test_day_detail_for_the_hover(journal: Journal) -> None:
    """A day's sessions in order with local times, scores and hurts, plus spot ratings."""
    at = datetime(2026, 3, 29, 7, 45, tzinfo=PARIS_SUMMER)
    first = session(journal, at, before=5, after=3)
    journal.record_hurt(first, HurtRecord(0, "ex", "Bird Dog", at, "continued", 6))
    journal.record_pain(2, "spot", at + timedelta(hours=8))
    detail = day_detail(journal.connection, date(2026, 3, 29))
    (only,) = detail.sessions
    assert (only.session_id, only.local_time, only.pain_before, only.pain_after) == (
        first,
        "07:45",
        5,
        3,
    )
    assert (only.hurts, round(only.minutes)) == (1, 10)
    assert detail.spot_scores == (2,)
    assert not detail.flare


def test_decade_demo_journal_has_the_benchmark_size(journal: Journal) -> None:
    """Ten years of daily sessions: 3,650 sessions and about 40k steps, one point per day."""
    today = date(2026, 6, 30)
    summary = write_demo_journal(journal.connection, Story.DECADE, today)
    assert summary.sessions == 3650
    assert 38_000 <= summary.steps <= 42_000
    snapshot = JournalTrendsSource(journal.connection, today=lambda: today).snapshot()
    assert len(snapshot.daily) == 3650
    assert snapshot.adherence.longest_streak == 3650


def test_recovery_demo_journal_tells_its_story(journal: Journal) -> None:
    """The six-month demo reads as a substantial improvement with a five-day flare-up."""
    today = date(2026, 6, 30)
    write_demo_journal(journal.connection, Story.RECOVERY, today)
    snapshot = JournalTrendsSource(journal.connection, today=lambda: today).snapshot()
    assert snapshot.reading.kind.value == "improved_substantial"
    assert len(snapshot.flares) == 5
    assert snapshot.hurts
    assert (snapshot.first_day, snapshot.daily[-1].day) == (today - timedelta(181), today)
