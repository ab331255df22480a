"""Finding exercises by position and equipment, and the one-exercise routine "Try" builds."""

from __future__ import annotations

import pytest

from backtimer.library.browse import (
    ExerciseQuery,
    Position,
    position_of,
    routines_using,
    search,
    try_routine,
)
from backtimer.library.loader import load_library
from backtimer.workout.plan import build_plan


@pytest.fixture(scope="module")
def library():
    return load_library(None)


@pytest.mark.parametrize(
    ("exercise_id", "position"),
    [
        ("stab_glute_bridge", Position.LYING_BACK),
        ("stab_dead_bug", Position.LYING_BACK),
        ("post_sphinx", Position.LYING_FRONT),
        ("stab_side_plank_knees", Position.LYING_SIDE),
        ("dyn_cat_camel", Position.ALL_FOURS),
        ("post_hip_flexor_stretch", Position.KNEELING),
        ("dyn_seated_march", Position.SITTING),
        ("dyn_march", Position.STANDING),
    ],
)
def test_position_comes_from_the_first_step(library, exercise_id: str, position: Position) -> None:
    assert position_of(library.exercises[exercise_id]) is position


def test_no_equipment_and_words_filter(library) -> None:
    bare = search(library, ExerciseQuery(equipment="none"))
    assert bare
    assert all(not e.equipment for e in bare)
    found = search(library, ExerciseQuery(text="walk brisk"))
    assert [e.id for e in found] == ["aer_walk_brisk_intervals"]


def test_try_routine_runs_one_exercise_at_its_usual_dose(library) -> None:
    exercise = library.exercises["stab_bird_dog"]
    routine = try_routine(exercise)
    plan = build_plan(routine, library.exercises)
    assert {step.exercise_id for step in plan.steps if step.exercise_id} == {"stab_bird_dog"}
    assert routine.id.startswith("try_")
    assert routine not in routines_using(library, "stab_bird_dog")
