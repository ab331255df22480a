"""Progression a clinician would accept (clinical brief §6.2c), checked on scripted histories.

The centre piece replays 100 green, settled, easy sessions on every bundled routine and applies
every suggestion: nothing may pass its ceiling, fixed-dose exercises never change, and micro-break,
yoga, warm-up, breathing, self-massage and flare routines never grow.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from functools import cache

import pytest

from backtimer.insights.dosage_steps import (
    CEILING,
    LOADED_POSTURE_EXERCISES,
    MAX_STRENGTH_SESSION_S,
    Variable,
    progresses,
    routine_grows,
    step_up,
    within_ceiling,
)
from backtimer.insights.progression import (
    SessionEvidence,
    SuggestionKind,
    routine_with_changes,
    suggest,
)
from backtimer.library.loader import load_library
from backtimer.library.model import (
    Block,
    Category,
    Continuous,
    Hold,
    Library,
    PacedReps,
    Routine,
    RoutineCategory,
)
from backtimer.workout.plan import build_plan
from tests.core.builders import make_exercise, make_routine

DAY0 = date(2026, 3, 2)
GREEN_SESSIONS = 100


@cache
def library() -> Library:
    return load_library(None)


def green(number: int, routine_id: str) -> SessionEvidence:
    """A session that went well on every count: green, settled next morning, effort 4/10."""
    return SessionEvidence(
        session_id=number,
        routine_id=routine_id,
        routine_title=routine_id,
        day=DAY0 + timedelta(days=2 * number),
        pain_before=2,
        pain_after=2,
        next_morning=2,
        usual=2,
        effort=4,
    )


def replay_green_sessions(routine: Routine, sessions: int = GREEN_SESSIONS) -> list[Routine]:
    """Every version of the routine while the user says yes to each suggestion."""
    versions = [routine]
    current = routine
    for number in range(1, sessions + 1):
        lib = dataclasses.replace(library(), routines={**library().routines, routine.id: current})
        found = suggest(
            [green(number, routine.id), green(number + 1, routine.id)],
            lib,
            DAY0 + timedelta(days=2 * number + 3),
        )
        if found is not None and found.kind is SuggestionKind.PROGRESS:
            assert len(found.changes) == 1, "one variable of one block at a time"
            current = routine_with_changes(current, found.changes)
            versions.append(current)
    return versions


@pytest.mark.parametrize("routine_id", sorted(load_library(None).routines))
def test_100_green_sessions_never_pass_a_ceiling(routine_id: str) -> None:
    """Every block stays within its ceiling; fixed-dose blocks and fixed routines never change."""
    routine = library().routine(routine_id)
    versions = replay_green_sessions(routine)
    final = versions[-1]
    if not routine_grows(routine):
        assert versions == [routine]
        return
    for original, block in zip(routine.blocks, final.blocks, strict=True):
        exercise = library().exercises[original.exercise_id]
        if not progresses(exercise):
            assert block == original, f"{exercise.name} has a fixed dose"
        elif block != original:
            assert within_ceiling(block), f"{block.exercise_id}: {block.dosage}"
    minutes = build_plan(final, library().exercises).total_s / 60
    limit = 60 if routine.category is RoutineCategory.AEROBIC else MAX_STRENGTH_SESSION_S / 60
    assert minutes <= limit, f"{routine.title} grew to {minutes:.0f} minutes"


def test_the_reviewed_overdoses_cannot_recur() -> None:
    """Sphinx, press-up and hip-flexor stretch keep their dose; Desk Reset stays about 6 minutes."""
    posture = replay_green_sessions(library().routine("rt_posture_strength"))[-1]
    original = library().routine("rt_posture_strength")
    for exercise_id in ("post_sphinx", "post_press_up", "post_hip_flexor_stretch"):
        before = [b for b in original.blocks if b.exercise_id == exercise_id]
        after = [b for b in posture.blocks if b.exercise_id == exercise_id]
        assert before == after
    desk = library().routine("rt_desk_reset")
    assert replay_green_sessions(desk)[-1] == desk


def test_stretches_and_relaxed_holds_are_fixed_at_a_comfortable_dose() -> None:
    """Stretches, relaxed end-range holds and breathing keep their dose; loaded work grows."""
    for name in ("post_sphinx", "post_hip_flexor_stretch", "yoga_child_pose", "breath_pmr"):
        assert not progresses(library().exercises[name])
    assert set(LOADED_POSTURE_EXERCISES) <= set(library().exercises)
    assert progresses(library().exercises["post_sit_to_stand"])
    assert not progresses(library().exercises["post_ankle_pumps"])


def test_strength_work_stepped_down_to_its_easier_level_climbs_back() -> None:
    """Every progressed exercise's easier level progresses too, up to the harder one: a sore week
    on sit-to-stand (stepped down to the supported version) is not a life sentence."""
    exercises = library().exercises
    for exercise in exercises.values():
        easier = exercises.get(exercise.easier or "")
        if progresses(exercise) and easier is not None and easier.harder == exercise.id:
            assert progresses(easier), f"{easier.id} never leads back to {exercise.id}"
    supported = Block("post_sit_to_stand_supported", PacedReps(4, (6, 6)), rest_set_s=45)
    first = step_up(library(), 0, supported, {supported.exercise_id})
    assert first is not None
    assert first.proposed.dosage == PacedReps(4, (8, 8))
    at_ceiling = Block("post_sit_to_stand_supported", PacedReps(4, (15, 15, 15)), rest_set_s=45)
    level = step_up(library(), 0, at_ceiling, {at_ceiling.exercise_id})
    assert level is not None
    assert level.variable is Variable.LEVEL
    assert level.proposed.exercise_id == "post_sit_to_stand"
    assert level.proposed.dosage == PacedReps(4, (8, 8))


def test_walking_stops_at_45_minutes() -> None:
    """A walk grows 2 minutes at a time and never past the ceiling."""
    walk = library().routine("rt_walk_easy")
    final = replay_green_sessions(walk)[-1]
    (block,) = [
        b for b in final.blocks if library().exercises[b.exercise_id].category is Category.AEROBIC
    ]
    if isinstance(block.dosage, Continuous):
        assert block.dosage.duration_s <= CEILING.duration_s


def _mode_library() -> Library:
    """A reps exercise whose harder level is a hold exercise, each dosed in a routine."""
    reps = dataclasses.replace(make_exercise("ex_reps"), harder="ex_hold")
    hold = dataclasses.replace(make_exercise("ex_hold"), easier="ex_reps")
    own = dataclasses.replace(
        make_routine(Block("ex_hold", Hold(6, (4, 4)), rest_set_s=20)), id="rt_own"
    )
    return Library({"ex_reps": reps, "ex_hold": hold}, {"rt_own": own})


def test_a_level_change_takes_the_new_exercise_s_own_mode_and_dose() -> None:
    """At the ceiling of a reps exercise, the level-up brings the hold exercise's own dosing."""
    lib = _mode_library()
    at_ceiling = Block("ex_reps", PacedReps(3, (15, 15, 15)), rest_set_s=30)
    found = step_up(lib, 0, at_ceiling, {"ex_reps"})
    assert found is not None
    assert found.variable is Variable.LEVEL
    assert found.proposed.exercise_id == "ex_hold"
    assert found.proposed.dosage == Hold(6, (4, 4))
    assert found.proposed.rest_set_s == 20


def test_no_level_change_without_a_starting_dose() -> None:
    """A harder level no routine doses is not guessed at: the block stays at its ceiling."""
    lib = dataclasses.replace(_mode_library(), routines={})
    at_ceiling = Block("ex_reps", PacedReps(3, (15, 15, 15)), rest_set_s=30)
    assert step_up(lib, 0, at_ceiling, {"ex_reps"}) is None


def test_a_dose_above_a_ceiling_is_never_raised() -> None:
    """A user's own 30 s plank hold does not grow in hold time, and not past the ceilings."""
    lib = _mode_library()
    block = Block("ex_hold", Hold(30, (10, 10, 10)))
    assert step_up(lib, 0, block, {"ex_hold"}) is None


def test_a_step_down_uses_the_same_gentler_dose_as_the_workout() -> None:
    """The easier level comes at the dose "this hurts" gives it mid-workout, routine or not."""
    from backtimer.insights.dosage_steps import step_down
    from backtimer.workout.variants import FALLBACK_DOSAGE

    lib = _mode_library()
    hard = Block("ex_hold", Hold(8, (6, 6)))
    found = step_down(lib, 0, hard, easier_first=True)
    assert found.proposed.exercise_id == "ex_reps"
    assert found.proposed.dosage == FALLBACK_DOSAGE  # no routine doses ex_reps
