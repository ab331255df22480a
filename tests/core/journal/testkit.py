"""Shared values and builders for the journal tests (fixtures themselves live in conftest.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from backtimer.journal import StepRecord

FIXTURES = Path(__file__).with_name("fixtures")
T0 = datetime(2026, 11, 24, 7, 57, 10, 123_000, tzinfo=UTC)
FAST_TIMEOUT_S = 0.05


def make_step(
    index: int, start: datetime = T0, *, actual_s: float = 30.0, **fields: Any
) -> StepRecord:
    """A plausible work step starting ``index`` × 30 s after ``start``."""
    began = start + timedelta(seconds=30 * index)
    values = {
        "step_index": index,
        "kind": "work",
        "exercise_id": "cat_cow",
        "exercise_name": "Cat-cow",
        "side": None,
        "set_number": 1,
        "rep_number": index + 1,
        "planned_s": 30.0,
        "actual_s": actual_s,
        "started": began,
        "ended": began + timedelta(seconds=actual_s),
        "skipped": False,
    } | fields
    return StepRecord(**values)
