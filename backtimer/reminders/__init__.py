"""Daily reminders as pure logic: when the next one is due, given the schedule and what happened.

Qt-free on purpose: the timer, tray icon and notification live in
``backtimer.ui.desktop.reminder_service``; everything here takes explicit, time-zone-aware
datetimes so tests can walk across DST changes.
"""

from backtimer.reminders.planner import Reminders, ReminderState
from backtimer.reminders.schedule import ReminderSchedule, format_days, parse_days, parse_time

__all__ = [
    "ReminderSchedule",
    "ReminderState",
    "Reminders",
    "format_days",
    "parse_days",
    "parse_time",
]
