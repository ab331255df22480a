"""A small, realistic journal for export, import and report tests, written through the Journal API.

Deterministic (seeded), with the awkward cases on purpose: a DST change, formula-like and
multi-line notes, non-ASCII names, a stopped and a deleted session, spot readings, flare days
and "this hurts" reports.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

from backtimer.journal.journal import Journal
from backtimer.journal.records import HurtRecord, PainContext, SessionStatus, StepRecord

TRICKY_NOTES = (
    '=HYPERLINK("http://x","y")',
    'Said "much better", then, later: worse',
    "Two lines:\nfirst\r\nsecond",
    "-2 after the walk",
    "@physio: ask about the bird-dog",
    "Rücken steif, ça va — 腰が痛い",
    "'already quoted",
    "\tstarts with a tab",
)
ROUTINES = (
    ("gentle_start", "Gentle start"),
    ("core_basics", "Core basics: Übungen"),
    ("flare_up_relief", "Flare-up relief, slow"),
)
EXERCISES = (
    ("cat_cow", "Cat–cow"),
    ("bird_dog", "Bird-dog"),
    ("pelvic_tilt", "Pelvic tilt =easy"),
)


def _zone(day: date) -> timezone:
    """Paris-like offsets: +02:00 until the last Sunday of October, +01:00 after."""
    return timezone(timedelta(hours=2 if day < date(2026, 10, 25) else 1))


def fill_sample_journal(
    journal: Journal, first_day: date = date(2026, 10, 20), days: int = 14
) -> None:
    """Write ``days`` days of sessions, pain, flare days and hurt reports into ``journal``."""
    rng = random.Random(7)
    notes = iter(TRICKY_NOTES * 10)
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        zone = _zone(day)
        if offset % 5 == 3:
            journal.set_flare_day(day, True, note=next(notes) if offset % 2 else "")
        if offset % 3 == 1:
            at = datetime(day.year, day.month, day.day, 21, 15, 5, 250_000, tzinfo=zone)
            journal.record_pain(rng.randint(2, 7), PainContext.SPOT, at, note=next(notes))
        if offset % 4 == 2:
            continue
        _one_session(journal, rng, day, zone, offset, notes)


def _one_session(
    journal: Journal,
    rng: random.Random,
    day: date,
    zone: timezone,
    offset: int,
    notes: Iterator[str],
) -> None:
    routine_id, title = ROUTINES[offset % len(ROUTINES)]
    start = datetime(day.year, day.month, day.day, 8, 57, 10, 123_000, tzinfo=zone)
    session_id = journal.start_session(routine_id, title, 600.0 + offset, start)
    before = rng.randint(3, 8)
    journal.record_pain(before, PainContext.BEFORE, start, session_id, note=next(notes))
    moment = start
    for index in range(6):
        exercise_id, name = EXERCISES[index % len(EXERCISES)]
        planned = 30.0 if index % 2 == 0 else 10.0
        actual = planned + rng.random() * 0.9
        skipped = index == 4 and offset % 2 == 0
        journal.record_step(
            session_id,
            StepRecord(
                step_index=index,
                kind="work" if index % 2 == 0 else "rest",
                exercise_id=exercise_id,
                exercise_name=name,
                side=("left", "right", None)[index % 3],
                set_number=1 + index // 3,
                rep_number=1 + index % 3,
                planned_s=planned,
                actual_s=0.0 if skipped else actual,
                started=moment,
                ended=moment + timedelta(seconds=actual),
                skipped=skipped,
            ),
        )
        if index == 2 and offset % 3 == 0:
            journal.record_hurt(
                session_id,
                HurtRecord(index, exercise_id, name, moment + timedelta(seconds=5), "easier", 6),
            )
        moment += timedelta(seconds=actual)
    status = SessionStatus.STOPPED if offset % 7 == 6 else SessionStatus.COMPLETED
    journal.finish_session(session_id, status, moment, effort=rng.randint(2, 6))
    journal.record_pain(
        max(0, before - rng.randint(0, 3)), PainContext.AFTER, moment, session_id, note=next(notes)
    )
    if offset % 6 == 0:
        journal.set_session_note(session_id, next(notes))
    if offset == 5:
        journal.delete_session(session_id, moment + timedelta(hours=1))
