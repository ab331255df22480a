"""Reminder timing as pure logic: weekdays, catch-up, snooze, skip, and DST in real time zones."""

from __future__ import annotations

import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backtimer.reminders import (
    Reminders,
    ReminderSchedule,
    ReminderState,
    format_days,
    parse_days,
    parse_time,
)
from tests.test_architecture import run_with_qt_blocked

LONDON = ZoneInfo("Europe/London")
WEEKDAYS = frozenset(range(5))


def at(text: str, zone: ZoneInfo = LONDON) -> datetime:
    """A local wall time in ``zone`` ("2025-03-28 17:00"), first occurrence if repeated."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def reminders(
    days: frozenset[int] = WEEKDAYS, at_time: time = time(18, 0), enabled: bool = True
) -> Reminders:
    return Reminders(ReminderSchedule(enabled=enabled, days=days, at=at_time, zone=LONDON))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon,wed,fri", {0, 2, 4}),
        (" Monday , SUN ", {0, 6}),
        ("", set()),
        ("tue,,tue", {1}),
    ],
)
def test_parse_days_reads_weekday_names(text: str, days: set[int]) -> None:
    """Weekday names (any case, full or short, spaces allowed) become date.weekday() numbers."""
    assert parse_days(text) == days


def test_parse_days_names_the_bad_word() -> None:
    """An unknown day is refused with the word quoted, not silently dropped."""
    with pytest.raises(ValueError, match="“funday” is not a weekday"):
        parse_days("mon,funday")


@given(st.frozensets(st.integers(0, 6)))
def test_format_days_round_trips(days: frozenset[int]) -> None:
    """What format_days writes, parse_days reads back unchanged."""
    assert parse_days(format_days(days)) == days


@pytest.mark.parametrize(
    ("text", "expected"), [("18:30", time(18, 30)), ("7:05", time(7, 5)), (" 00:00 ", time(0))]
)
def test_parse_time_reads_24_hour_times(text: str, expected: time) -> None:
    """HH:MM on a 24-hour clock, with or without a leading zero on the hour."""
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["18", "18:3", "24:00", "6pm", "18:60", ""])
def test_parse_time_refuses_anything_else(text: str) -> None:
    """A malformed time says how to write it."""
    with pytest.raises(ValueError, match="HH:MM"):
        parse_time(text)


@pytest.mark.parametrize(
    ("now", "due"),
    [
        ("2025-03-28 17:00", "2025-03-28 18:00"),  # Friday, before the time: today
        ("2025-03-28 19:30", "2025-03-28 18:00"),  # missed by 1.5 h: still shown (catch-up)
        ("2025-03-28 20:30", "2025-03-31 18:00"),  # missed too long ago: Monday's
        ("2025-03-29 12:00", "2025-03-31 18:00"),  # Saturday: not a reminder day
    ],
)
def test_next_due_on_weekdays(now: str, due: str) -> None:
    """Weekday reminders at 18:00: the next one, or a recent missed one to show at once."""
    assert reminders().next_due(at(now)) == at(due)


@pytest.mark.parametrize(
    "plan", [reminders(enabled=False), reminders(days=frozenset())], ids=["disabled", "no days"]
)
def test_no_reminder_when_off_or_without_days(plan: Reminders) -> None:
    """A disabled schedule, or one with no days ticked, is never due."""
    assert plan.next_due(at("2025-03-28 17:00")) is None


def test_a_fired_reminder_is_not_shown_again_that_day() -> None:
    """Once shown, today is settled and the next weekday's reminder is next."""
    now = at("2025-03-27 18:00")
    plan = reminders()
    assert plan.is_due(now)
    after = plan.fired(now)
    assert not after.is_due(now + timedelta(minutes=5))
    assert after.next_due(now) == at("2025-03-28 18:00")


def test_snooze_brings_it_back_in_thirty_minutes() -> None:
    """Snooze after the reminder: due again 30 minutes later, then settled."""
    now = at("2025-03-27 18:00")
    plan = reminders().fired(now).snoozed(now)
    assert plan.next_due(now) == at("2025-03-27 18:30")
    later = at("2025-03-27 18:30")
    assert plan.is_due(later)
    assert plan.fired(later).next_due(later) == at("2025-03-28 18:00")


def test_snooze_before_the_time_replaces_that_reminder() -> None:
    """Snoozing at 17:50 gives one reminder at 18:20, not one at 18:00 and another at 18:20."""
    now = at("2025-03-27 17:50")
    plan = reminders().snoozed(now)
    assert plan.next_due(now) == at("2025-03-27 18:20")
    assert plan.fired(at("2025-03-27 18:20")).next_due(now) == at("2025-03-28 18:00")


@pytest.mark.parametrize("action", ["skipped_today", "workout_done"])
def test_skip_or_a_workout_makes_today_quiet_and_clears_a_snooze(action: str) -> None:
    """Skip today, or exercising today, silences today (snooze included) but not tomorrow."""
    now = at("2025-03-27 18:05")
    snoozed = reminders().fired(now).snoozed(now)
    plan = getattr(snoozed, action)(now)
    assert plan.state.snoozed_until is None
    assert plan.next_due(now) == at("2025-03-28 18:00")


def test_a_quiet_day_set_in_advance_is_skipped() -> None:
    """A day marked quiet (e.g. a workout done that morning) has no reminder in the evening."""
    plan = reminders().workout_done(at("2025-03-27 08:00"))
    assert plan.next_due(at("2025-03-27 08:01")) == at("2025-03-28 18:00")


def test_a_late_evening_reminder_missed_before_midnight_still_shows_after() -> None:
    """23:30 reminder, laptop opened at 00:40: yesterday's is due now, within catch-up."""
    plan = reminders(days=frozenset(range(7)), at_time=time(23, 30))
    now = at("2025-03-28 00:40")
    assert plan.next_due(now) == at("2025-03-27 23:30")
    assert plan.fired(now).next_due(now) == at("2025-03-28 23:30")


def test_spring_forward_keeps_the_wall_clock_time() -> None:
    """Across the March change, 18:00 stays 18:00 local: 23 real hours between reminders."""
    plan = reminders(days=frozenset(range(7)))
    saturday = plan.next_due(at("2025-03-29 12:00"))
    assert saturday == at("2025-03-29 18:00")
    sunday = plan.fired(saturday).next_due(saturday)
    assert sunday == at("2025-03-30 18:00")
    assert sunday - saturday == timedelta(hours=23)
    assert sunday.astimezone(LONDON).utcoffset() == timedelta(hours=1)


def test_a_time_skipped_by_the_clock_change_fires_after_the_jump() -> None:
    """01:30 does not exist in London on 30 March 2025: the reminder comes at 02:30 BST."""
    plan = reminders(days=frozenset(range(7)), at_time=time(1, 30))
    due = plan.next_due(at("2025-03-30 00:00"))
    assert due is not None
    assert due.astimezone(UTC) == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    assert due.astimezone(LONDON).time() == time(2, 30)


def test_a_time_repeated_by_the_clock_change_fires_once() -> None:
    """01:30 happens twice on 26 October 2025: remind at the first, not again an hour later."""
    plan = reminders(days=frozenset(range(7)), at_time=time(1, 30))
    first = plan.next_due(at("2025-10-26 00:00"))
    assert first == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    second_half_thirty = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    assert plan.fired(first).next_due(second_half_thirty) == at("2025-10-27 01:30")


@pytest.fixture
def system_zone_berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone set to Berlin, restored afterwards."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


@pytest.mark.usefixtures("system_zone_berlin")
def test_without_a_zone_the_computers_rules_apply_per_date() -> None:
    """zone=None: 18:00 is 17:00 UTC in winter and 16:00 UTC in summer."""
    plan = Reminders(ReminderSchedule(enabled=True, days=frozenset(range(7)), at=time(18)))
    winter = plan.next_due(datetime(2025, 3, 29, 12, tzinfo=UTC))
    summer = plan.next_due(datetime(2025, 3, 30, 12, tzinfo=UTC))
    assert winter == datetime(2025, 3, 29, 17, tzinfo=UTC)
    assert summer == datetime(2025, 3, 30, 16, tzinfo=UTC)


@given(
    now=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
    ),
    days=st.frozensets(st.integers(0, 6), min_size=1),
    minute_of_day=st.integers(0, 24 * 60 - 1),
    zone=st.sampled_from(["Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC"]),
)
def test_next_due_is_a_chosen_day_at_the_chosen_time(
    now: datetime, days: frozenset[int], minute_of_day: int, zone: str
) -> None:
    """Anywhere, any time: the due instant is on a chosen weekday, at most a week ahead, never
    missed by more than the catch-up, and at the chosen wall time unless that time did not exist."""
    tz = ZoneInfo(zone)
    schedule = ReminderSchedule(
        enabled=True, days=days, at=time(*divmod(minute_of_day, 60)), zone=tz
    )
    due = Reminders(schedule).next_due(now)
    assert due is not None
    assert now - schedule.catch_up <= due <= now + timedelta(days=8)
    local = due.astimezone(tz)
    assert local.weekday() in days
    if local.time() != schedule.at:  # only when the chosen time fell into a DST gap that day
        wall = datetime.combine(local.date(), schedule.at)
        assert wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) != wall


def test_state_round_trips_through_settings_text() -> None:
    """Quiet days and a snooze survive a restart as plain text."""
    state = ReminderState(frozenset({date(2025, 3, 27), date(2025, 3, 28)}), at("2025-03-27 18:30"))
    assert state.to_settings() == {
        "quiet_days": "2025-03-27,2025-03-28",
        "snoozed_until": "2025-03-27T18:30:00+00:00",
    }
    assert ReminderState.from_settings(state.to_settings()) == state


@pytest.mark.parametrize(
    "values",
    [
        {"quiet_days": "yesterday", "snoozed_until": "soon"},
        {"snoozed_until": "2025-03-27T18:30:00"},  # no offset: cannot be compared safely
        {},
    ],
)
def test_unreadable_state_is_forgotten(values: dict[str, str]) -> None:
    """A hand-edited or truncated state file means no memory, never a crash."""
    assert ReminderState.from_settings(values) == ReminderState()


def test_forgetting_old_quiet_days_keeps_recent_ones() -> None:
    """Pruning drops days before the cut-off only."""
    plan = reminders().workout_done(at("2025-03-20 09:00")).workout_done(at("2025-03-27 09:00"))
    assert plan.forgetting_before(date(2025, 3, 26)).state.quiet_days == {date(2025, 3, 27)}


def test_reminder_autostart_and_lock_modules_need_no_qt() -> None:
    """Reminder logic, start at login and the instance lock import with Qt blocked."""
    code = (
        "import backtimer.reminders, backtimer.desktop.autostart, backtimer.desktop.instance_lock\n"
        "import sys\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = run_with_qt_blocked(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
