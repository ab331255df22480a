"""Monotonic time behind a seam, so the engine is exact in tests and immune to wall-clock jumps.

Wall-clock time (``time.time``) can jump when NTP corrects it or the user changes the time zone;
a workout timer must only ever measure elapsed seconds, hence monotonic seconds everywhere.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells monotonic seconds; only differences between readings mean anything."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: ``time.monotonic``, which never goes backwards."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock tests move by hand, so a 30-minute routine runs in milliseconds."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` and return the new time."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back (advance by {seconds})")
        self._now += seconds
        return self._now

    def set(self, t: float) -> None:
        """Jump to ``t``; like the real clock it refuses to run backwards."""
        if t < self._now:
            raise ValueError(f"a monotonic clock cannot go back (from {self._now} to {t})")
        self._now = float(t)
