"""The user's reminder settings: which weekdays, what wall-clock time, in which time zone.

Days and time are kept as plain text in the preferences ("mon,wed,fri", "18:30"), so a person can
read and edit the settings file; the parsers here are the one place that text becomes values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Index = ``date.weekday()``: Monday is 0."""

DEFAULT_CATCH_UP = timedelta(hours=2)


def parse_days(text: str) -> frozenset[int]:
    """``"mon, Wed,fri"`` → ``{0, 2, 4}``; an empty text means no day at all."""
    days: set[int] = set()
    for token in text.split(","):
        name = token.strip().lower()[:3]
        if not name:
            continue
        if name not in WEEKDAY_NAMES:
            raise ValueError(
                f"“{token.strip()}” is not a weekday; use names like mon, tue, wed separated by "
                "commas"
            )
        days.add(WEEKDAY_NAMES.index(name))
    return frozenset(days)


def format_days(days: Iterable[int]) -> str:
    """The inverse of ``parse_days``, always in week order."""
    return ",".join(WEEKDAY_NAMES[day] for day in sorted(set(days)))


def parse_time(text: str) -> time:
    """``"7:05"`` or ``"18:30"`` → a time of day (24-hour clock, minutes required)."""
    hours, separator, minutes = text.strip().partition(":")
    try:
        if not separator or len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"“{text}” is not a time of day; write it as HH:MM, e.g. 18:30") from None


@dataclass(frozen=True)
class ReminderSchedule:
    """When the daily routine should be suggested.

    ``zone`` None means the computer's local rules, asked per date (so a schedule made in winter
    still fires at 18:00 in summer); tests pass a ``zoneinfo.ZoneInfo``. ``catch_up`` is how late
    a reminder may still appear when the app was closed or the computer asleep at the time.
    """

    enabled: bool
    days: frozenset[int]
    at: time
    zone: tzinfo | None = None
    catch_up: timedelta = field(default=DEFAULT_CATCH_UP)

    @classmethod
    def from_text(
        cls, *, enabled: bool, days: str, at: str, zone: tzinfo | None = None
    ) -> ReminderSchedule:
        return cls(enabled=enabled, days=parse_days(days), at=parse_time(at), zone=zone)

    def local_date(self, moment: datetime) -> date:
        """The calendar day ``moment`` falls on where the user lives."""
        return moment.astimezone(self.zone).date()

    def occurrence(self, day: date) -> datetime:
        """The instant the reminder is due on ``day``, correct across DST changes.

        A wall time that happens twice (clocks go back) fires at its first occurrence; one that
        never happens (clocks go forward) fires as far after the jump as it was after the last
        valid minute, e.g. 02:30 becomes 03:30 — never skipped, never twice. The instant is
        in UTC: Python subtracts and compares datetimes sharing a ``ZoneInfo`` by wall clock, which
        is off by the DST hour exactly on the days this has to be right.
        """
        wall = datetime.combine(day, self.at)
        if self.zone is None:
            return wall.astimezone().astimezone(UTC)
        return wall.replace(tzinfo=self.zone).astimezone(UTC)
