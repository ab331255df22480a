"""The time convention: UTC text + local offset + local day, right across time zones and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backtimer.journal import Journal, Timestamp
from backtimer.journal.timestamps import parse_utc, utc_text

# (zone, local day of a DST change, UTC text of 00:30 local that day, offset in minutes)
DST_CHANGE_DAYS = [
    ("Europe/London", date(2026, 3, 29), "2026-03-29T00:30:00.000Z", 0),
    ("Europe/London", date(2026, 10, 25), "2026-10-24T23:30:00.000Z", 60),
    ("America/New_York", date(2026, 3, 8), "2026-03-08T05:30:00.000Z", -300),
    ("America/New_York", date(2026, 11, 1), "2026-11-01T04:30:00.000Z", -240),
    ("Pacific/Auckland", date(2026, 4, 5), "2026-04-04T11:30:00.000Z", 780),
    ("Pacific/Auckland", date(2026, 9, 27), "2026-09-26T12:30:00.000Z", 720),
]


@pytest.mark.parametrize(("zone", "day", "utc", "offset"), DST_CHANGE_DAYS)
def test_half_past_midnight_on_dst_change_day(zone: str, day: date, utc: str, offset: int) -> None:
    """00:30 local on a DST change day keeps its local day and the offset then in force."""
    moment = datetime(day.year, day.month, day.day, 0, 30, tzinfo=ZoneInfo(zone))
    assert Timestamp.from_datetime(moment) == (utc, offset, day.isoformat())


@pytest.mark.parametrize(("zone", "day", "utc", "offset"), DST_CHANGE_DAYS)
def test_session_on_dst_change_day_lands_on_its_local_day(
    journal: Journal, zone: str, day: date, utc: str, offset: int
) -> None:
    """A session at 00:30 local is found under that local day, with its local start time."""
    moment = datetime(day.year, day.month, day.day, 0, 30, tzinfo=ZoneInfo(zone))
    session_id = journal.start_session("r", "R", 60.0, moment)
    (summary,) = journal.sessions(from_day=day, to_day=day)
    assert summary.id == session_id
    assert summary.day == day
    assert summary.started == moment
    assert summary.started.utcoffset() == timedelta(minutes=offset)
    assert journal.sessions(to_day=day - timedelta(days=1)) == []


@pytest.mark.parametrize(("fold", "offset"), [(0, 60), (1, 0)])
def test_repeated_hour_at_fall_back_keeps_both_offsets(fold: int, offset: int) -> None:
    """01:30 happens twice when London falls back; fold tells them apart and so does the offset."""
    moment = datetime(2026, 10, 25, 1, 30, fold=fold, tzinfo=ZoneInfo("Europe/London"))
    stamp = Timestamp.from_datetime(moment)
    assert (stamp.offset_min, stamp.day) == (offset, "2026-10-25")
    back = stamp.to_datetime()  # (== across zones is always False for fold times: PEP 495)
    assert back.astimezone(UTC) == moment.astimezone(UTC)
    assert back.replace(tzinfo=None) == moment.replace(tzinfo=None, fold=0)


def test_utc_text_has_milliseconds_and_z() -> None:
    """UTC text is ISO 8601 with exactly three decimals and 'Z', so text order = time order."""
    moment = datetime(2026, 11, 24, 8, 57, 10, 123_456, tzinfo=timezone(timedelta(hours=1)))
    assert utc_text(moment) == "2026-11-24T07:57:10.123Z"
    assert utc_text(moment.replace(microsecond=0)) == "2026-11-24T07:57:10.000Z"


def test_naive_datetime_is_refused() -> None:
    """A naive datetime has no zone, so guessing one would corrupt the day; it is refused."""
    with pytest.raises(ValueError, match="timezone-aware"):
        Timestamp.from_datetime(datetime(2026, 11, 24, 8, 0))


@given(
    st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2090, 1, 1),
        timezones=st.sampled_from(
            [ZoneInfo("Europe/London"), ZoneInfo("America/New_York"), ZoneInfo("Pacific/Auckland")]
        ),
    )
)
def test_round_trip_keeps_instant_offset_and_order(moment: datetime) -> None:
    """Stored and read back, a moment keeps its instant (to the ms), offset and local day."""
    stamp = Timestamp.from_datetime(moment)
    back = stamp.to_datetime()
    assert abs(back - moment) < timedelta(milliseconds=1)
    assert back.utcoffset() == moment.utcoffset()
    assert back.date().isoformat() == stamp.day == moment.date().isoformat()
    assert parse_utc(stamp.utc).tzinfo is UTC
    assert Timestamp.from_row(stamp.utc, stamp.offset_min) == stamp
