"""Scripted journals as the CSV files ``backtimer export`` writes, for import-and-report tests.

Each journal is eight weeks (7 Sep – 1 Nov 2026, Monday to Sunday): sessions on Monday, Wednesday,
Friday and Saturday with a before and an after score, spot checks on Tuesday and Thursday. The
clinical cases (a small, a large, a 1-point and a rising change, a flare history, too little data)
are the ones a physiotherapist checks the reading against (§6.2 of the clinical brief).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from backtimer.journal.checkin_exchange import CHECKIN_COLUMNS
from backtimer.journal.export import SESSION_COLUMNS, STEP_COLUMNS

FIRST_DAY = date(2026, 9, 7)
WEEKS = 8
LAST_DAY = FIRST_DAY + timedelta(days=7 * WEEKS - 1)
SESSION_DAYS = (0, 2, 4, 5)
SPOT_DAYS = (1, 3)
BIRD_DOG = ("stab_bird_dog_basic", "Bird dog, one limb at a time")


def _utc_key(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _local(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


@dataclass
class ScriptedJournal:
    """Rows of a sessions export and a steps export (this hurts only), written on demand."""

    sessions: list[dict[str, object]] = field(default_factory=list)
    hurts: list[dict[str, object]] = field(default_factory=list)

    def session(
        self,
        day: date,
        before: int | None,
        after: int | None,
        *,
        note: str = "",
        hurts: tuple[tuple[int, str], ...] = (),
        symptoms: str = "",
    ) -> None:
        """``symptoms``: logged with the before-session score, as the export writes them."""
        start = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        change = "" if before is None or after is None else after - before
        self.sessions.append(
            {
                "uid": _utc_key(start),
                "entry": "session",
                "local_time": _local(start),
                "end_local_time": _local(start + timedelta(minutes=18)),
                "day": day.isoformat(),
                "routine_id": "rt_back_basics",
                "routine_title": "Back Basics",
                "status": "completed",
                "planned_min": "18.00",
                "pain_before": "" if before is None else before,
                "pain_after": "" if after is None else after,
                "pain_change": change,
                "flare_day": 0,
                "note": note,
                "pain_before_symptoms": symptoms,
            }
        )
        for minute, (score, action) in enumerate(hurts, start=3):
            self.hurts.append(
                {
                    "session_uid": _utc_key(start),
                    "session_day": day.isoformat(),
                    "entry": "this_hurts",
                    "step_index": 3,
                    "exercise_id": BIRD_DOG[0],
                    "exercise_name": BIRD_DOG[1],
                    "local_time": _local(start + timedelta(minutes=minute)),
                    "hurt_score": score,
                    "hurt_action": action,
                }
            )

    def spot(self, day: date, score: int, symptoms: str = "") -> None:
        moment = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        self.sessions.append(
            {
                "uid": _utc_key(moment),
                "entry": "pain",
                "local_time": _local(moment),
                "day": day.isoformat(),
                "spot_pain": score,
                "flare_day": 0,
                "spot_symptoms": symptoms,
            }
        )

    def flare(self, day: date, note: str = "") -> None:
        self.sessions.append(
            {"uid": day.isoformat(), "entry": "flare_day", "day": day.isoformat(), "flare_day": 1,
             "note": note}
        )  # fmt: skip

    def write(self, folder: Path, stem: str) -> list[Path]:
        """The sessions file, then the steps file if there were "this hurts" reports."""
        folder.mkdir(parents=True, exist_ok=True)
        rows = sorted(self.sessions, key=lambda row: (str(row["day"]), str(row["uid"])))
        files = [_write(folder / f"{stem}.csv", SESSION_COLUMNS, rows)]
        if self.hurts:
            files.append(_write(folder / f"{stem}_steps.csv", STEP_COLUMNS, self.hurts))
        return files


def _write(path: Path, columns: tuple[str, ...], rows: list[dict[str, object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def weekly_change(first: int, last: int) -> ScriptedJournal:
    """Pain held at ``first`` in week 1 and ``last`` in week 8, in even steps between; each
    session eases the pain by a point (after-session scores must not sway the reading)."""
    journal = ScriptedJournal()
    for offset in range(7 * WEEKS):
        day = FIRST_DAY + timedelta(days=offset)
        week = offset // 7
        level = round(first + (last - first) * week / (WEEKS - 1))
        if day.weekday() in SESSION_DAYS:
            journal.session(day, level, max(level - 1, 0))
        elif day.weekday() in SPOT_DAYS:
            journal.spot(day, level)
    return journal


FLARE_OFFSETS = (*range(20, 25), *range(41, 44))


def flare_history() -> ScriptedJournal:
    """Usual pain 4 with two flares (pain 7, marked flare days, "this hurts" reports); sessions
    raise the pain (after-session scores above before-session ones)."""
    journal = ScriptedJournal()
    for offset in range(7 * WEEKS):
        day = FIRST_DAY + timedelta(days=offset)
        flaring = offset in FLARE_OFFSETS
        level = 7 if flaring else 4
        if flaring:
            journal.flare(day, "Bad flare after lifting" if offset == FLARE_OFFSETS[0] else "")
        if day.weekday() in SESSION_DAYS:
            journal.session(
                day,
                level,
                level + (2 if flaring else 1),
                hurts=((7, "easier"), (8, "stopped")) if flaring else (),
                note="Hard today" if offset == FLARE_OFFSETS[1] else "",
            )
        elif day.weekday() in SPOT_DAYS:
            journal.spot(day, level)
    return journal


def too_little() -> ScriptedJournal:
    """Two sessions and four ratings: no claim can be made."""
    journal = ScriptedJournal()
    journal.session(FIRST_DAY, 6, 5)
    journal.spot(FIRST_DAY + timedelta(days=1), 6)
    journal.session(FIRST_DAY + timedelta(days=2), 5, 4)
    journal.spot(FIRST_DAY + timedelta(days=3), 5)
    return journal


def spot_only(first: int = 6, last: int = 3) -> ScriptedJournal:
    """A spot check every day and no session at all."""
    journal = ScriptedJournal()
    for offset in range(7 * WEEKS):
        week = offset // 7
        journal.spot(
            FIRST_DAY + timedelta(days=offset),
            round(first + (last - first) * week / (WEEKS - 1)),
        )
    return journal


def write_checkins(path: Path, activities: dict[str, tuple[int, int]]) -> Path:
    """Weekly check-ins, each activity going from its first to its last score in even steps."""
    rows = [
        {
            "day": (FIRST_DAY + timedelta(weeks=week)).isoformat(),
            "activity": name,
            "score": round(first + (last - first) * week / (WEEKS - 1)),
            "note": "",
        }
        for week in range(WEEKS)
        for name, (first, last) in activities.items()
    ]
    return _write(path, CHECKIN_COLUMNS, rows)


def sciatica_with_a_red_flag() -> ScriptedJournal:
    """Leg pain ticked with every before-session score, and one spot check with saddle
    numbness or bladder changes (urgent) in week 6."""
    journal = weekly_change(5, 5)
    for row in journal.sessions:
        if row["entry"] == "session":
            row["pain_before_symptoms"] = "leg"
    journal.spot(FIRST_DAY + timedelta(days=37), 6, "leg;urgent")
    return journal
