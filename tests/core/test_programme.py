"""The 12-week plan (§4.1): week math, phases, and what each day asks for."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from string import Formatter

import pytest

from backtimer.insights.programme import (
    BACK_BASICS,
    CORE_CONTROL,
    PHASES,
    PLAN_ROUTINES,
    PLAN_WEEKS,
    POSTURE,
    WALK,
    DayKind,
    phase_for_week,
    plan_day,
    plan_titles,
    plan_week,
    plan_words,
)
from backtimer.library.loader import load_library

START = date(2026, 1, 5)


def on(offset: int) -> date:
    return START + timedelta(days=offset)


@pytest.mark.parametrize(
    ("offset", "week"),
    [(-1, 0), (0, 1), (6, 1), (7, 2), (13, 2), (14, 3), (27, 4), (28, 5), (83, 12), (84, 13)],
)
def test_plan_week(offset: int, week: int) -> None:
    """Week 1 is the start day and the 6 after it; weeks run on to 12, then beyond."""
    assert plan_week(START, on(offset)) == week


@pytest.mark.parametrize(
    ("week", "routines", "first_set_only"),
    [
        *((week, (BACK_BASICS,), True) for week in (1, 2)),
        *((week, (BACK_BASICS,), False) for week in (3, 4)),
        *((week, (CORE_CONTROL, POSTURE), False) for week in range(5, 13)),
    ],
)
def test_every_week_has_the_brief_s_phase(
    week: int, routines: tuple[str, ...], first_set_only: bool
) -> None:
    """Weeks 1-2 first sets of Back Basics, 3-4 full, 5-12 Core Control with Posture."""
    phase = phase_for_week(week)
    assert phase.strength_routines == routines
    assert ("first set" in phase.strength) is first_set_only


def test_phases_cover_twelve_weeks_without_gaps() -> None:
    """Each week from 1 to 12 belongs to exactly one phase, then maintenance follows."""
    for week in range(1, PLAN_WEEKS + 1):
        assert sum(p.first_week <= week <= p.last_week for p in PHASES) == 1
    assert "Maintenance" in phase_for_week(PLAN_WEEKS + 1).strength


def test_first_day_is_a_strength_day() -> None:
    """Day one of the plan: Back Basics, not done yet, shown as week 1 of 12."""
    day = plan_day(START, START, [])
    assert (day.kind, day.routine_id, day.done_today) == (DayKind.STRENGTH, BACK_BASICS, False)
    assert day.position.startswith("Week 1 of 12: Back Basics, first set")


def test_strength_done_today_shows_done() -> None:
    """A strength session today marks the day done with that routine."""
    day = plan_day(START, on(1), [(on(1), BACK_BASICS)])
    assert (day.kind, day.routine_id, day.done_today) == (DayKind.STRENGTH, BACK_BASICS, True)


def test_day_after_strength_is_a_walking_day() -> None:
    """Strength days are never back to back: the next day suggests a walk."""
    day = plan_day(START, on(1), [(on(0), BACK_BASICS)])
    assert (day.kind, day.routine_id, day.done_today) == (DayKind.WALK, WALK, False)
    assert "yesterday" in day.reason


def test_week_target_reached_means_walking() -> None:
    """Once the week's 3 strength sessions are done, the rest of the week is for walking."""
    done = [(on(0), BACK_BASICS), (on(2), BACK_BASICS), (on(4), BACK_BASICS), (on(5), WALK)]
    day = plan_day(START, on(6), done)
    assert (day.kind, day.strength_done_this_week) == (DayKind.WALK, 3)
    week_two = plan_day(START, on(7), done)
    assert (week_two.kind, week_two.strength_done_this_week) == (DayKind.STRENGTH, 0)


def test_later_phases_alternate_their_two_routines() -> None:
    """From week 5, Core Control and Posture & Extension take turns."""
    week5 = 28
    first = plan_day(START, on(week5), [(on(20), BACK_BASICS)])
    assert first.routine_id == CORE_CONTROL
    second = plan_day(START, on(week5 + 2), [(on(week5), CORE_CONTROL)])
    assert second.routine_id == POSTURE
    third = plan_day(START, on(week5 + 4), [(on(week5), CORE_CONTROL), (on(week5 + 2), POSTURE)])
    assert third.routine_id == CORE_CONTROL


def test_after_twelve_weeks_the_plan_is_complete() -> None:
    """Week 13 on: maintenance, about twice a week."""
    day = plan_day(START, on(7 * PLAN_WEEKS), [])
    assert day.week == PLAN_WEEKS + 1
    assert day.position.startswith("12-week plan complete")
    assert day.phase.strength_per_week == 2


def test_weeks_one_and_two_run_a_real_one_set_back_basics() -> None:
    """Week 1's strength day runs every counted exercise once (≈12 min), not the full 19 min."""
    from backtimer.insights.programme import routine_for_plan_day
    from backtimer.library.loader import load_library
    from backtimer.library.model import Hold, PacedReps
    from backtimer.workout.plan import build_plan

    library = load_library(None)
    basics = library.routine("rt_back_basics")
    start = date(2026, 3, 2)
    day = plan_day(start, start, [])
    runs = routine_for_plan_day(basics, day, "rt_back_basics")
    assert runs.id == basics.id
    for block in runs.blocks:
        if isinstance(block.dosage, Hold | PacedReps):
            assert len(block.dosage.reps_per_set) == 1
    minutes = build_plan(runs, library.exercises).total_s / 60
    assert 10 <= minutes <= 13.5
    week_three = plan_day(start, start + timedelta(days=14), [])
    assert routine_for_plan_day(basics, week_three, "rt_back_basics") is basics
    walk = library.routine("rt_walk_easy")
    assert routine_for_plan_day(walk, day, "rt_walk_easy") is walk
    assert routine_for_plan_day(basics, None, "rt_back_basics") is basics


def test_plan_texts_name_routines_only_through_known_placeholders() -> None:
    """Every routine a phase names is a placeholder of a bundled routine, filled by its title."""
    bundled = load_library(None)
    assert set(PLAN_ROUTINES.values()) <= set(bundled.routines)
    titles = plan_titles(bundled)
    for phase in PHASES:
        for text in (phase.strength, phase.walking, phase.daily, phase.note):
            names = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
            assert names <= set(PLAN_ROUTINES), text
            assert "{" not in plan_words(text, titles)
    assert plan_words(PHASES[1].daily, titles) == (
        "Dynamic Warm-Up before walks; Gentle Yoga for the Back or Self-Massage & Release "
        "once or twice a week"
    )


def test_the_plan_calls_a_routine_what_the_library_calls_it() -> None:
    """The titles come from the library in use, not from a copy in the plan's texts."""
    bundled = load_library(None)
    renamed = dict(bundled.routines)
    renamed[BACK_BASICS] = dataclasses.replace(renamed[BACK_BASICS], title="Rücken-Grundprogramm")
    titles = plan_titles(dataclasses.replace(bundled, routines=renamed))
    day = plan_day(START, START, [])
    assert day.position_words(titles=titles).startswith("Week 1 of 12: Rücken-Grundprogramm,")
    assert day.position.startswith("Week 1 of 12: Back Basics, first set")
