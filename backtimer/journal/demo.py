"""Synthetic journals with a known story, for screenshots, benchmarks and trying the app out.

Two stories, both deterministic for a given seed and "today":

* ``recovery``: six months of a patient who starts at about 6/10, improves steadily with four or
  five sessions a week, has a five-day flare-up in month four (marked as flare days, with "this
  hurts" presses just before it), and ends at about 3/10. Weekly activity check-ins rise from
  about 3/10 to about 7/10 (one activity added later, one retired), and the 12-week plan is in
  its sixth week. ``backtimer --demo`` opens a throwaway copy of it (``make_demo_folder``).
* ``decade``: ten years of daily sessions (3,650 sessions, ~40k steps), for the chart benchmark.

Rows are written with plain INSERTs in one transaction (tens of thousands of steps in about a
second), in exactly the shape the journal itself records, with day-light saving in the offsets.
"""

from __future__ import annotations

import math
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any

from backtimer.i18n import QT_TRANSLATE_NOOP, translate, translate_library
from backtimer.journal import db
from backtimer.journal.course import PLAN_START, SETTINGS_MIGRATED
from backtimer.journal.timestamps import Timestamp, utc_text
from backtimer.library.localise import library_context
from backtimer.paths import DataPaths


class Story(StrEnum):
    RECOVERY = "recovery"
    DECADE = "decade"


@dataclass(frozen=True)
class DemoRoutine:
    routine_id: str
    title: str
    exercises: tuple[tuple[str, str], ...]
    """(exercise_id, exercise_name); each becomes a work step followed by a rest step."""
    typical_effect: float
    """How much this routine usually eases pain (points), before noise."""


ROUTINES: dict[str, DemoRoutine] = {
    routine.routine_id: routine
    for routine in (
        DemoRoutine(
            "rt_back_basics", "Back Basics",
            (("stab_pelvic_tilt", "Pelvic tilt (lying)"),
             ("stab_bird_dog_basic", "Bird dog, one limb at a time"),
             ("stab_glute_bridge", "Glute bridge"),
             ("stab_heel_slide", "Heel slides (dead bug, level 1)"),
             ("dyn_cat_camel", "Cat–camel (cat–cow)")),
            1.0,
        ),
        DemoRoutine(
            "rt_walk_easy", "Walk It Out",
            (("dyn_march", "Marching on the spot"), ("dyn_arm_swings", "Arm swings and circles"),
             ("aer_walk_easy", "Easy walk"), ("post_standing_extension", "Standing back extension"),
             ("dyn_hip_hinge_reach", "Hip hinge (easy forward bend)")),
            1.2,
        ),
        DemoRoutine(
            "rt_gentle_yoga", "Gentle Yoga for the Back",
            (("dyn_cat_camel", "Cat–camel (cat–cow)"),
             ("yoga_child_pose", "Supported child's pose"),
             ("post_sphinx", "Sphinx (lying on elbows)"),
             ("yoga_supine_twist", "Supported lying twist"),
             ("yoga_knees_to_chest", "Knees to chest")),
            1.4,
        ),
        DemoRoutine(
            "rt_core_control", "Core Control",
            (("stab_side_plank_knees", "Side plank from the knees"),
             ("stab_bird_dog", "Bird dog, opposite arm and leg"),
             ("stab_dead_bug", "Dead bug, opposite arm and leg (level 3)"),
             ("stab_curl_up", "McGill-style curl-up"), ("stab_bridge_march", "Bridge with march")),
            0.7,
        ),
        DemoRoutine(
            "rt_flare_day", "Flare-Up Day",
            (("breath_paced", "Slow belly breathing (paced)"),
             ("yoga_knees_to_chest", "Knees to chest"), ("stab_pelvic_tilt", "Pelvic tilt (lying)"),
             ("dyn_march", "Marching on the spot"), ("yoga_rest", "Constructive rest")),
            0.6,
        ),
    )
}  # fmt: skip
"""Bundled routines and exercises (ids and English names as in resources/library): the journal
gets the names the app would have shown, in the language in use (``_shown``)."""


def _shown(kind: str, item_id: str, english: str) -> str:
    """A bundled item's name as the app shows it now; the journal keeps what was shown."""
    return translate_library(library_context(kind, item_id), english)


@dataclass
class _Rows:
    sessions: list[tuple[Any, ...]] = field(default_factory=list)
    steps: list[tuple[Any, ...]] = field(default_factory=list)
    pains: list[tuple[Any, ...]] = field(default_factory=list)
    hurts: list[tuple[Any, ...]] = field(default_factory=list)
    flares: list[tuple[Any, ...]] = field(default_factory=list)
    activities: list[tuple[Any, ...]] = field(default_factory=list)
    activity_ratings: list[tuple[Any, ...]] = field(default_factory=list)
    course: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class DemoSummary:
    first_day: date
    last_day: date
    sessions: int
    steps: int
    ratings: int
    hurt_events: int
    flare_days: int
    activity_ratings: int = 0


def write_demo_journal(
    conn: sqlite3.Connection, story: Story, today: date | datetime, *, seed: int = 7
) -> DemoSummary:
    """Fill an empty, migrated journal connection with the story ending on ``today``.

    ``today`` as a date fills that whole day (screenshots, benchmarks); as an aware datetime,
    the moment the data is made, it leaves out whatever would lie after it (a session later
    today), as ``backtimer --demo`` must: example data never happens in the future.
    """
    if conn.execute("SELECT EXISTS (SELECT 1 FROM session UNION SELECT 1 FROM pain)").fetchone()[0]:
        raise ValueError("the demo journal must be written into an empty journal")
    now = today if isinstance(today, datetime) else None
    day = now.date() if now is not None else today
    rng = random.Random(seed)
    rows = _recovery(rng, day) if story is Story.RECOVERY else _decade(rng, day)
    if story is Story.RECOVERY:
        _add_checkins(rows, random.Random(seed + 1), day)  # own generator: sessions unchanged
    if now is not None:
        _drop_after(rows, utc_text(now))
    with conn:
        conn.executemany(
            "INSERT INTO session (id, routine_id, routine_title, planned_s, started_utc, "
            "utc_offset_min, day, ended_utc, status, note, steps_planned) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows.sessions,
        )
        conn.executemany(
            "INSERT INTO step (session_id, step_index, kind, exercise_id, exercise_name, side, "
            "set_number, rep_number, planned_s, actual_s, started_utc, ended_utc, skipped) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows.steps,
        )
        conn.executemany(
            "INSERT INTO pain (recorded_utc, utc_offset_min, day, score, context, session_id, "
            "note) VALUES (?,?,?,?,?,?,?)",
            rows.pains,
        )
        conn.executemany(
            "INSERT INTO hurt_event (session_id, step_index, exercise_id, exercise_name, "
            "recorded_utc, utc_offset_min, day, score, action) VALUES (?,?,?,?,?,?,?,?,?)",
            rows.hurts,
        )
        conn.executemany("INSERT INTO flare_day (day, note) VALUES (?, ?)", rows.flares)
        conn.executemany(
            "INSERT INTO activity (id, name, position, created_utc, retired_utc) "
            "VALUES (?,?,?,?,?)",
            rows.activities,
        )
        conn.executemany(
            "INSERT INTO activity_rating (activity_id, recorded_utc, utc_offset_min, day, score, "
            "note) VALUES (?,?,?,?,?,?)",
            rows.activity_ratings,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO course_state (key, value) VALUES (?, ?)", rows.course
        )
    days = [row[6] for row in rows.sessions] + [row[2] for row in rows.pains]
    return DemoSummary(
        first_day=date.fromisoformat(min(days)),
        last_day=date.fromisoformat(max(days)),
        sessions=len(rows.sessions),
        steps=len(rows.steps),
        ratings=len(rows.pains),
        hurt_events=len(rows.hurts),
        flare_days=len(rows.flares),
        activity_ratings=len(rows.activity_ratings),
    )


def make_demo_folder(today: date | datetime, *, seed: int = 7) -> DataPaths:
    """A new throwaway data folder holding the six-month demo journal (``backtimer --demo``).

    It lives in the system's temporary folder, never below the user's data folder; the caller
    removes it with ``remove_demo_folder`` when done. ``today`` as in ``write_demo_journal``.
    """
    day = today.date() if isinstance(today, datetime) else today
    _remove_stale_demo_folders(Path(tempfile.gettempdir()), day)
    paths = DataPaths(Path(tempfile.mkdtemp(prefix=DEMO_PREFIX)))
    paths.ensure()
    conn = db.open_database(paths.journal_file)
    try:
        write_demo_journal(conn, Story.RECOVERY, today, seed=seed)
    finally:
        conn.close()
    return paths


def remove_demo_folder(paths: DataPaths) -> None:
    """Delete a folder made by ``make_demo_folder`` (refuses anything else)."""
    if not paths.root.name.startswith(DEMO_PREFIX):
        raise ValueError(f"{paths.root} is not a demo folder")
    shutil.rmtree(paths.root, ignore_errors=True)


DEMO_PREFIX = "backtimer-demo-"
STALE_AFTER_DAYS = 2


def _remove_stale_demo_folders(folder: Path, today: date) -> None:
    """Demo folders left by a run that was killed: gone once they are two days old."""
    for old in folder.glob(f"{DEMO_PREFIX}*"):
        try:
            made = date.fromtimestamp(old.stat().st_mtime)
        except OSError:
            continue
        if old.is_dir() and (today - made).days >= STALE_AFTER_DAYS:
            shutil.rmtree(old, ignore_errors=True)


def _drop_after(rows: _Rows, cutoff_utc: str) -> None:
    """Leave out every row stamped after ``cutoff_utc`` (UTC text compares in time order).

    A session goes whole, with its steps, pain ratings and "this hurts" presses, if any part of
    it would end after the cutoff; so does a check-in, and an activity not yet made.
    """
    late = {row[0] for row in rows.sessions if max(row[4], row[7]) > cutoff_utc}
    late |= {row[5] for row in rows.pains if row[5] is not None and row[0] > cutoff_utc}
    late |= {row[0] for row in rows.hurts if row[4] > cutoff_utc}
    rows.sessions = [row for row in rows.sessions if row[0] not in late]
    rows.steps = [row for row in rows.steps if row[0] not in late]
    rows.hurts = [row for row in rows.hurts if row[0] not in late]
    rows.pains = [row for row in rows.pains if row[5] not in late and row[0] <= cutoff_utc]
    rows.activity_ratings = [row for row in rows.activity_ratings if row[1] <= cutoff_utc]
    made = [row for row in rows.activities if row[3] <= cutoff_utc]
    rows.activities = [
        (*row[:4], row[4] if row[4] is not None and row[4] <= cutoff_utc else None) for row in made
    ]
    kept = {row[0] for row in rows.activities}
    rows.activity_ratings = [row for row in rows.activity_ratings if row[0] in kept]


# --- the two stories ---------------------------------------------------------------------------

RECOVERY_DAYS = 182
FLARE_START = 118
FLARE_LENGTH = 5


def _recovery(rng: random.Random, today: date) -> _Rows:
    rows = _Rows()
    first = today - timedelta(days=RECOVERY_DAYS - 1)
    weekly_plan = ("rt_back_basics", "rt_walk_easy", "rt_back_basics", "rt_walk_easy",
                   "rt_back_basics", "rt_gentle_yoga", "rt_walk_easy")  # fmt: skip
    for offset in range(RECOVERY_DAYS):
        day = first + timedelta(days=offset)
        level = 3.1 + 3.1 * math.exp(-offset / 50)
        flare_offset = offset - FLARE_START
        in_flare = 0 <= flare_offset < FLARE_LENGTH
        if -1 <= flare_offset <= FLARE_LENGTH + 2:
            level += 3.2 * max(0.0, 1 - abs(flare_offset - 1.5) / 5)
        if in_flare:
            rows.flares.append(
                (
                    day.isoformat(),
                    translate("Demo", "Lifted a heavy box") if flare_offset == 0 else "",
                )
            )
        attendance = (0.6 + 0.25 * min(1.0, offset / 60)) * (0.5 if day.weekday() == 6 else 1.0)
        run_up = flare_offset in (-2, -1)
        if in_flare or run_up or rng.random() < attendance:
            routine_id = weekly_plan[day.weekday()]
            if (routine_id == "rt_back_basics" and offset >= 70) or run_up:
                routine_id = "rt_core_control"
            if in_flare:
                routine_id = "rt_flare_day"
            _add_session(rows, rng, day, ROUTINES[routine_id], level, hurts=1 if run_up else 0)
        elif rng.random() < 0.35:
            _add_spot(rows, rng, day, level)
    return rows


DECADE_DAYS = 3650


def _decade(rng: random.Random, today: date) -> _Rows:
    rows = _Rows()
    first = today - timedelta(days=DECADE_DAYS - 1)
    routine_ids = list(ROUTINES)
    level = 5.0
    for offset in range(DECADE_DAYS):
        day = first + timedelta(days=offset)
        level = min(8.0, max(1.5, level + rng.gauss(0, 0.15) + (4.0 - level) * 0.02))
        flare = offset % 365 in range(200, 206)
        if flare:
            rows.flares.append((day.isoformat(), ""))
        routine = ROUTINES["rt_flare_day" if flare else routine_ids[offset % 4]]
        _add_session(rows, rng, day, routine, level + (2.5 if flare else 0.0),
                     hurts=1 if offset % 97 == 0 else 0)  # fmt: skip
    return rows


# --- weekly activity check-ins and the course -------------------------------------------------

DEMO_ACTIVITIES = (
    # (name, first check-in week, retired after week or None, how hard it starts: points off)
    (QT_TRANSLATE_NOOP("Demo", "Putting on socks"), 0, None, 0.0),
    (QT_TRANSLATE_NOOP("Demo", "Gardening for 30 minutes"), 0, None, 1.5),
    (QT_TRANSLATE_NOOP("Demo", "Sitting through a film"), 0, 16, -0.5),
    (QT_TRANSLATE_NOOP("Demo", "Carrying the shopping home"), 8, None, 1.0),
)
PLAN_WEEK = 6
"""The 12-week plan was started this many weeks before "today"."""


def _add_checkins(rows: _Rows, rng: random.Random, today: date) -> None:
    """One check-in a week, the last a week ago (so the demo's Today offers the next one);
    scores follow the pain story (worse during the flare-up)."""
    first = today - timedelta(days=RECOVERY_DAYS - 1)
    sundays = [first + timedelta(days=o) for o in range(RECOVERY_DAYS - 7)
               if (today - first - timedelta(days=o)).days % 7 == 0]  # fmt: skip
    for activity_id, (name, start_week, retired_week, _) in enumerate(DEMO_ACTIVITIES, 1):
        created = _local(sundays[start_week], time(19, 0)) - timedelta(minutes=5)
        retired = None
        if retired_week is not None:
            retired = utc_text(_local(sundays[retired_week], time(19, 10)))
        named = translate("Demo", name)  # in the language in use, like the routines' names
        rows.activities.append((activity_id, named, activity_id - 1, utc_text(created), retired))
    seized_up = translate("Demo", "Back seized up bending down")
    for week, sunday in enumerate(sundays):
        offset = (sunday - first).days
        in_flare = 0 <= offset - FLARE_START < FLARE_LENGTH + 3
        base = 2.8 + 4.6 * (1 - math.exp(-offset / 55)) - (2.5 if in_flare else 0.0)
        stamp = Timestamp.from_datetime(_local(sunday, time(19, 0)))
        for activity_id, (_, start_week, retired_week, harder) in enumerate(DEMO_ACTIVITIES, 1):
            if week < start_week or (retired_week is not None and week > retired_week):
                continue
            score = _score(base - harder + rng.gauss(0, 0.6))
            note = seized_up if in_flare and activity_id == 1 else ""
            rows.activity_ratings.append((activity_id, *stamp, score, note))
    plan_start = today - timedelta(weeks=PLAN_WEEK - 1, days=today.weekday())
    rows.course += [(PLAN_START, plan_start.isoformat()), (SETTINGS_MIGRATED, "1")]


# --- one session -------------------------------------------------------------------------------

WORK_S = (60.0, 90.0, 120.0)
REST_S = 20.0
PREPARE_S = 10.0


def _add_session(
    rows: _Rows, rng: random.Random, day: date, routine: DemoRoutine, level: float, *, hurts: int
) -> None:
    session_id = len(rows.sessions) + 1
    start = _local(day, time(7, 30)) + timedelta(minutes=rng.randint(0, 12 * 60))
    steps = list(_plan(routine, rng))
    clock = start
    before = _score(level + rng.gauss(0, 0.7))
    _add_pain(rows, clock - timedelta(seconds=30), before, "before", session_id)
    for index, (kind, exercise_id, name, planned) in enumerate(steps):
        actual = planned + rng.uniform(0, 3)
        ended = clock + timedelta(seconds=actual)
        began_at, ended_at = Timestamp.from_datetime(clock), Timestamp.from_datetime(ended)
        rows.steps.append((session_id, index, kind, exercise_id, name, None, 1, 1, planned,
                           round(actual, 3), began_at.utc, ended_at.utc, 0))  # fmt: skip
        if hurts and kind == "work" and index >= 3:
            stamp = Timestamp.from_datetime(clock + timedelta(seconds=planned / 2))
            rows.hurts.append((session_id, index, exercise_id, name, stamp.utc, stamp.offset_min,
                               stamp.day, _score(level + 2), "easier"))  # fmt: skip
            hurts -= 1
        clock = ended
    began = Timestamp.from_datetime(start)
    rows.sessions.append((
        session_id, routine.routine_id, _shown("routine", routine.routine_id, routine.title),
        sum(step[3] for step in steps), began.utc,
        began.offset_min, began.day, Timestamp.from_datetime(clock).utc, "completed", "",
        len(steps),
    ))  # fmt: skip
    after = _score(before - routine.typical_effect + rng.gauss(0, 0.6))
    _add_pain(rows, clock + timedelta(seconds=20), after, "after", session_id)


def _plan(routine: DemoRoutine, rng: random.Random) -> Iterator[tuple[str, str, str, float]]:
    names = [(exercise_id, _shown("exercise", exercise_id, name))
             for exercise_id, name in routine.exercises]  # fmt: skip
    first_id, first_name = names[0]
    yield "prepare", first_id, first_name, PREPARE_S
    for exercise_id, name in names:
        yield "work", exercise_id, name, rng.choice(WORK_S)
        yield "rest", exercise_id, name, REST_S


def _add_spot(rows: _Rows, rng: random.Random, day: date, level: float) -> None:
    moment = _local(day, time(8, 0)) + timedelta(minutes=rng.randint(0, 600))
    _add_pain(rows, moment, _score(level + rng.gauss(0, 0.7)), "spot", None)


def _add_pain(
    rows: _Rows, moment: datetime, score: int, context: str, session_id: int | None
) -> None:
    stamp = Timestamp.from_datetime(moment)
    rows.pains.append((stamp.utc, stamp.offset_min, stamp.day, score, context, session_id, ""))


def _score(value: float) -> int:
    return min(10, max(0, round(value)))


def _local(day: date, at: time) -> datetime:
    """A wall-clock moment with a Central-European offset, so the data crosses DST changes."""
    return datetime.combine(day, at, tzinfo=timezone(timedelta(minutes=_cet_offset(day))))


def _cet_offset(day: date) -> int:
    """+120 between the last Sundays of March and October, else +60 (EU rule, by day)."""

    def last_sunday(month: int) -> date:
        last = date(day.year, month, 31)
        return last - timedelta(days=(last.weekday() + 1) % 7)

    return 120 if last_sunday(3) <= day < last_sunday(10) else 60
