"""The journal's time convention: UTC text, plus the local offset and calendar day of that moment.

UTC text sorts and compares correctly across time zones and DST changes; the offset and the
local day, captured when the moment happened, let charts and exports group by the day the
user lived it, even after they move to another time zone.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta, timezone
from typing import NamedTuple


class Timestamp(NamedTuple):
    """One moment as stored: a tuple so it unpacks straight into SQL parameters."""

    utc: str
    """ISO 8601 UTC with milliseconds and 'Z', e.g. ``2026-11-24T07:57:10.123Z``."""
    offset_min: int
    """Minutes east of UTC in force at that moment (60 in Paris in winter, -300 in New York)."""
    day: str
    """The local calendar day 'YYYY-MM-DD' at that moment."""

    @classmethod
    def from_datetime(cls, moment: datetime) -> Timestamp:
        """Capture an aware datetime; a naive one is refused because its zone is a guess."""
        offset = moment.utcoffset()
        if offset is None:
            raise ValueError(f"timestamps must be timezone-aware, got naive {moment!r}")
        return cls(
            utc=utc_text(moment),
            offset_min=round(offset.total_seconds() / 60),
            day=moment.date().isoformat(),
        )

    @classmethod
    def from_row(cls, utc: str, offset_min: int) -> Timestamp:
        """Rebuild from stored columns, deriving the local day from the offset."""
        return cls.from_datetime(local_datetime(utc, offset_min))

    def to_datetime(self) -> datetime:
        """The moment as an aware datetime in the local offset it was recorded with."""
        return local_datetime(self.utc, self.offset_min)


def utc_text(moment: datetime) -> str:
    """Stored UTC text of an aware datetime (milliseconds, truncated like isoformat does)."""
    if moment.utcoffset() is None:
        raise ValueError(f"timestamps must be timezone-aware, got naive {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    """Inverse of :func:`utc_text`: an aware datetime in UTC (refuses text without 'Z')."""
    if not text.endswith("Z"):
        raise ValueError(f"stored times are UTC text ending in 'Z', not {text!r}")
    return datetime.fromisoformat(text)  # 50x faster than strptime; history reads thousands


def local_datetime(utc: str, offset_min: int) -> datetime:
    """Stored UTC text and offset back to the local wall-clock moment the user saw."""
    return parse_utc(utc).astimezone(_fixed_zone(offset_min))


@functools.cache
def _fixed_zone(offset_min: int) -> timezone:
    return timezone(timedelta(minutes=offset_min))


def day_text(day: date | str) -> str:
    """Accept a ``date`` or an ISO 'YYYY-MM-DD' string for day filters, validating the string."""
    return day.isoformat() if isinstance(day, date) else date.fromisoformat(day).isoformat()
