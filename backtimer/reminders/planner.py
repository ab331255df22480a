"""The reminder's memory (days settled, a snooze) and the one question: when is the next one due?

Every transition returns a new value, so the service can persist exactly what it decided and a
test can replay a week of clicks with plain datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from backtimer.reminders.schedule import ReminderSchedule

SNOOZE = timedelta(minutes=30)
_SEARCH_DAYS = range(-1, 8)
"""Yesterday (a late reminder still within catch-up after midnight) through a full week ahead."""


@dataclass(frozen=True)
class ReminderState:
    """What already happened: days with nothing left to remind, and a pending snooze.

    A day is quiet once its reminder was shown, the user chose "skip today", or a workout ran.
    """

    quiet_days: frozenset[date] = frozenset()
    snoozed_until: datetime | None = None

    def to_settings(self) -> dict[str, str]:
        return {
            "quiet_days": ",".join(sorted(day.isoformat() for day in self.quiet_days)),
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else "",
        }

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> ReminderState:
        """Read what ``to_settings`` wrote; anything unreadable is forgotten, not fatal."""
        try:
            quiet = frozenset(
                date.fromisoformat(text.strip())
                for text in values.get("quiet_days", "").split(",")
                if text.strip()
            )
        except ValueError:
            quiet = frozenset()
        snoozed: datetime | None = None
        try:
            if values.get("snoozed_until"):
                snoozed = datetime.fromisoformat(values["snoozed_until"])
        except ValueError:
            snoozed = None
        if snoozed is not None and snoozed.tzinfo is None:
            snoozed = None
        return cls(quiet, snoozed)


@dataclass(frozen=True)
class Reminders:
    """A schedule plus its state; ``next_due`` is pure, the other methods return a new value."""

    schedule: ReminderSchedule
    state: ReminderState = field(default_factory=ReminderState)

    def next_due(self, now: datetime) -> datetime | None:
        """When the next reminder should appear; a time before ``now`` means "show it now"."""
        if not self.schedule.enabled:
            return None
        candidates = [self.state.snoozed_until] if self.state.snoozed_until else []
        scheduled = self._next_scheduled(now)
        if scheduled is not None:
            candidates.append(scheduled[1])
        return min(candidates, default=None)

    def is_due(self, now: datetime) -> bool:
        due = self.next_due(now)
        return due is not None and due <= now

    def fired(self, now: datetime) -> Reminders:
        """The reminder due at ``now`` was shown (or deliberately held back): settle it."""
        state = self.state
        if state.snoozed_until is not None and state.snoozed_until <= now:
            state = replace(state, snoozed_until=None)
        scheduled = self._next_scheduled(now)
        if scheduled is not None and scheduled[1] <= now:
            state = replace(state, quiet_days=state.quiet_days | {scheduled[0]})
        return replace(self, state=state)

    def snoozed(self, now: datetime, delay: timedelta = SNOOZE) -> Reminders:
        """Remind again after ``delay``; a scheduled reminder before then is replaced by it."""
        until = now.astimezone(UTC) + delay
        state = replace(self.state, snoozed_until=until)
        scheduled = self._next_scheduled(now)
        if scheduled is not None and scheduled[1] <= until:
            state = replace(state, quiet_days=state.quiet_days | {scheduled[0]})
        return replace(self, state=state)

    def skipped_today(self, now: datetime) -> Reminders:
        """No more reminders today (a rest day, a bad day): tomorrow's stay as they are."""
        return self._quiet_today(now)

    def workout_done(self, now: datetime) -> Reminders:
        """A workout today means today's reminder has nothing left to ask."""
        return self._quiet_today(now)

    def forgetting_before(self, day: date) -> Reminders:
        """Drop quiet days before ``day`` so the stored state stays a line long."""
        quiet = frozenset(d for d in self.state.quiet_days if d >= day)
        return replace(self, state=replace(self.state, quiet_days=quiet))

    def _quiet_today(self, now: datetime) -> Reminders:
        today = self.schedule.local_date(now)
        state = ReminderState(self.state.quiet_days | {today}, snoozed_until=None)
        return replace(self, state=state)

    def _next_scheduled(self, now: datetime) -> tuple[date, datetime] | None:
        """The first day, from yesterday on, whose reminder is neither settled nor long missed."""
        schedule = self.schedule
        if not schedule.days:
            return None
        today = schedule.local_date(now)
        for offset in _SEARCH_DAYS:
            day = today + timedelta(days=offset)
            if day.weekday() not in schedule.days or day in self.state.quiet_days:
                continue
            due = schedule.occurrence(day)
            if due + schedule.catch_up < now:
                continue
            return day, due
        return None
