"""The person's course, kept in the journal: 12-week plan start, flare mode, check-in answers.

These used to live in the desktop settings, so a backup, a restore or a move to a new laptop
lost them. Here they travel with the journal file (table ``course_state``); preferences such as
sound or theme stay in the settings because they belong to the computer, not the person.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from datetime import date

logger = logging.getLogger(__name__)

PLAN_START = "plan_start"
FLARE_STARTED = "flare_started"
CHECKIN_SKIPPED = "checkin_skipped"
"""The day the user last said "not this week" to the activity check-in."""
SETTINGS_MIGRATED = "settings_migrated"
"""Present once the values below were copied out of the desktop settings (never copied twice)."""

SETTINGS_KEYS: Mapping[str, str] = {"plan/started": PLAN_START, "flare/started": FLARE_STARTED}
"""Old desktop-settings key → course key, for the one-time move into the journal."""


class Course:
    """Typed access to ``course_state`` on one connection (writes from the journal thread)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def value(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM course_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_value(self, key: str, value: str | None) -> None:
        """Store ``value`` under ``key``; None removes the key."""
        with self._conn:
            self._set(key, value)

    def day(self, key: str) -> date | None:
        """A stored day, or None if absent or unreadable (a hand-edited journal never stops us)."""
        text = self.value(key)
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            logger.warning("ignored a malformed day in course_state %s: %r", key, text)
            return None

    def set_day(self, key: str, day: date | None) -> None:
        self.set_value(key, None if day is None else day.isoformat())

    @property
    def plan_start(self) -> date | None:
        return self.day(PLAN_START)

    @property
    def flare_started(self) -> date | None:
        return self.day(FLARE_STARTED)

    @property
    def checkin_skipped(self) -> date | None:
        return self.day(CHECKIN_SKIPPED)

    def adopt_settings(self, old_values: Mapping[str, str]) -> bool:
        """Copy the course out of the old desktop-settings values, once; True if it ran now.

        ``old_values`` maps old settings keys (``SETTINGS_KEYS``) to their text. A value the
        journal already holds wins (a restored journal knows better than this computer).
        """
        if self.value(SETTINGS_MIGRATED) is not None:
            return False
        with self._conn:
            for old_key, key in SETTINGS_KEYS.items():
                text = str(old_values.get(old_key) or "").strip()
                if text and self.value(key) is None and _is_day(text):
                    self._set(key, text)
            self._set(SETTINGS_MIGRATED, "1")
        return True

    def _set(self, key: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM course_state WHERE key = ?", (key,))
        else:
            self._conn.execute(
                "INSERT INTO course_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        logger.warning("did not move a malformed day out of the settings: %r", text)
        return False
    return True
