"""The bundled exercise library: complete, consistent, and free of the source article's errors.

The content was written from the team's clinical brief; these tests pin what the brief requires
(coverage, dosages, progressions) and keep its corrected facts from regressing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from backtimer.library.model import (
    Block,
    Category,
    Exercise,
    Hold,
    Interval,
    Level,
    Library,
    PacedReps,
    Routine,
    RoutineCategory,
    Sides,
)
from backtimer.workout.plan import build_plan

# The brief's "≈ N min" per routine (10 s prepare per exercise included).
BRIEF_MINUTES = {
    "rt_back_basics": 19,
    "rt_core_control": 19,
    "rt_warm_up": 7,
    "rt_desk_reset": 6,
    "rt_posture_strength": 15,
    "rt_self_massage": 10,
    "rt_walk_easy": 13,
    "rt_brisk_intervals": 23,
    "rt_bike": 19,
    "rt_gentle_yoga": 16,
    "rt_breathe_unwind": 10,
    "rt_flare_day": 14,
}
DURATION_TOLERANCE = 0.25

# A forbidden move may be named only in a sentence that says it is replaced.
REPLACED_MOVES = re.compile(r"crunch|sit-?ups?\b|straight-leg raise|bicycling", re.IGNORECASE)
SAYS_REPLACED = re.compile(r"instead of|replac|in place of", re.IGNORECASE)
MASSAGE_AS_DIAGNOSIS = re.compile(r"scan|detect|damage|diagnos", re.IGNORECASE)
KYPHOSIS = re.compile(r"kyphosis", re.IGNORECASE)
DORSIFLEXION = re.compile(r"dorsiflexion", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def exercise_texts(exercise: Exercise) -> Iterator[str]:
    yield exercise.name
    yield exercise.summary
    yield exercise.stop_if
    yield exercise.note
    yield from exercise.equipment
    yield from exercise.steps
    yield from exercise.cues
    yield from exercise.mistakes


def routine_texts(routine: Routine) -> Iterator[str]:
    yield routine.title
    yield routine.summary
    yield routine.description
    for block in routine.blocks:
        yield block.note
        dosage = block.dosage
        if isinstance(dosage, PacedReps):
            yield dosage.cue
        if isinstance(dosage, Hold | PacedReps):
            yield from dosage.rep_labels
        if isinstance(dosage, Interval):
            yield dosage.work_label
            yield dosage.rest_label


def all_texts(library: Library) -> Iterator[tuple[str, str]]:
    """Every user-visible text with the id of the item that owns it."""
    for exercise in library.exercises.values():
        for text in exercise_texts(exercise):
            yield exercise.id, text
    for routine in library.routines.values():
        for text in routine_texts(routine):
            yield routine.id, text


def test_bundled_library_loads_without_problems(library: Library) -> None:
    """Every bundled file passes the loader's checks."""
    assert [str(problem) for problem in library.problems] == []


def test_bundled_library_has_the_whole_catalogue(library: Library) -> None:
    """The brief's catalogue (45 exercises) and all twelve routines are shipped."""
    assert len(library.exercises) >= 40
    assert set(BRIEF_MINUTES) <= set(library.routines)


@pytest.mark.parametrize("category", list(Category))
def test_every_category_has_exercises_used_by_a_routine(
    library: Library, category: Category
) -> None:
    """Each category has at least one exercise, and some routine uses one of them."""
    in_category = {e.id for e in library.exercises.values() if e.category is category}
    used = {block.exercise_id for r in library.routines.values() for block in r.blocks}
    assert in_category
    assert in_category & used


def test_every_exercise_has_steps_and_a_stop_rule(library: Library) -> None:
    """Each exercise tells the user how to do it (3–5 steps) and when to stop."""
    for exercise in library.exercises.values():
        assert 3 <= len(exercise.steps) <= 5, exercise.id
        assert exercise.stop_if.strip(), exercise.id


def test_every_exercise_names_its_own_illustration(library: Library) -> None:
    """Bundled illustrations are named after the exercise id."""
    for exercise in library.exercises.values():
        assert exercise.illustration == f"{exercise.id}.svg"


def test_routines_cover_both_levels_and_flare_days(library: Library) -> None:
    """Beginner and intermediate routines exist, and a flare-up routine for bad days."""
    levels = {routine.level for routine in library.routines.values()}
    categories = {routine.category for routine in library.routines.values()}
    assert {Level.BEGINNER, Level.INTERMEDIATE} <= levels
    assert RoutineCategory.FLARE_UP in categories


def test_every_referenced_exercise_exists(library: Library) -> None:
    """Routine blocks and easier/harder links point at real exercises."""
    for routine in library.routines.values():
        for block in routine.blocks:
            assert block.exercise_id in library.exercises, (routine.id, block.exercise_id)
    for exercise in library.exercises.values():
        for linked in (exercise.easier, exercise.harder):
            assert linked is None or linked in library.exercises, (exercise.id, linked)


def test_progressions_are_mirrored(library: Library) -> None:
    """If B is harder than A, then A is listed as easier than B (and vice versa)."""
    for exercise in library.exercises.values():
        if exercise.harder:
            assert library.exercise(exercise.harder).easier == exercise.id
        if exercise.easier:
            assert library.exercise(exercise.easier).harder == exercise.id


@pytest.mark.parametrize(
    ("easier", "harder"),
    [
        ("stab_heel_slide", "stab_toe_tap"),
        ("stab_toe_tap", "stab_dead_bug"),
        ("stab_bird_dog_basic", "stab_bird_dog"),
        ("stab_glute_bridge", "stab_bridge_march"),
        ("post_sphinx", "post_press_up"),
    ],
)
def test_brief_progression_chains(library: Library, easier: str, harder: str) -> None:
    """The regressions and progressions named in the brief are linked."""
    assert library.exercise(easier).harder == harder
    assert library.exercise(harder).easier == easier


def test_no_exercise_is_a_replaced_move(library: Library) -> None:
    """Crunches, sit-ups, straight-leg raises and fast bicycling are not exercises."""
    for exercise in library.exercises.values():
        assert not REPLACED_MOVES.search(exercise.id.replace("_", "-")), exercise.id
        assert not REPLACED_MOVES.search(exercise.name), exercise.id


def test_replaced_moves_are_only_named_as_replaced(library: Library) -> None:
    """A replaced move appears only in a sentence saying what replaces it."""
    for owner, text in all_texts(library):
        for sentence in SENTENCE_END.split(text):
            if REPLACED_MOVES.search(sentence):
                assert SAYS_REPLACED.search(sentence), (owner, sentence)


def test_self_massage_is_not_described_as_diagnosis(library: Library) -> None:
    """Massage never 'scans', 'detects' or finds 'damage'."""
    massage = [e for e in library.exercises.values() if e.category is Category.SELF_MASSAGE]
    massage_routines = [
        r for r in library.routines.values() if r.category is RoutineCategory.SELF_MASSAGE
    ]
    texts = [t for e in massage for t in exercise_texts(e)]
    texts += [t for r in massage_routines for t in routine_texts(r)]
    assert texts
    assert [t for t in texts if MASSAGE_AS_DIAGNOSIS.search(t)] == []


@pytest.mark.parametrize(
    ("term", "only_in"),
    [(KYPHOSIS, "post_thoracic_chair"), (DORSIFLEXION, "post_ankle_pumps")],
)
def test_anatomy_terms_only_where_they_are_correct(
    library: Library, term: re.Pattern[str], only_in: str
) -> None:
    """Kyphosis is the upper back's curve and dorsiflexion an ankle movement: nowhere else."""
    owners = {owner for owner, text in all_texts(library) if term.search(text)}
    assert owners <= {only_in}


@pytest.mark.parametrize(("routine_id", "minutes"), sorted(BRIEF_MINUTES.items()))
def test_routine_duration_matches_brief(library: Library, routine_id: str, minutes: int) -> None:
    """Each routine's planned total is within 25 % of the brief's estimate."""
    total_s = build_plan(library.routine(routine_id), library.exercises).total_s
    assert abs(total_s - minutes * 60) <= DURATION_TOLERANCE * minutes * 60


def first_block(library: Library, routine_id: str, exercise_id: str) -> Block:
    blocks = library.routine(routine_id).blocks
    return next(block for block in blocks if block.exercise_id == exercise_id)


def test_pyramid_bird_dog_alternates_sides(library: Library) -> None:
    """Core Control's bird dog is 8 s holds in 5/3/1 descending sets, alternating sides."""
    block = first_block(library, "rt_core_control", "stab_bird_dog")
    assert block.sides is Sides.ALTERNATE
    assert block.dosage == Hold(hold_s=8, reps_per_set=(5, 3, 1), rest_rep_s=3)
    assert block.rest_set_s == 20


def test_brisk_intervals_use_spoken_labels(library: Library) -> None:
    """Brisk Intervals is 4 rounds of 180 s 'Brisk' and 120 s 'Easy'."""
    block = first_block(library, "rt_brisk_intervals", "aer_walk_brisk_intervals")
    assert block.dosage == Interval(
        work_s=180, rest_s=120, rounds=4, work_label="Brisk", rest_label="Easy"
    )


def test_relaxation_names_each_muscle_group(library: Library) -> None:
    """Progressive relaxation has one label per 5 s hold, ending with the whole body."""
    block = first_block(library, "rt_breathe_unwind", "breath_pmr")
    assert isinstance(block.dosage, Hold)
    assert len(block.dosage.rep_labels) == sum(block.dosage.reps_per_set) == 8
    assert block.dosage.rep_labels[-1] == "Whole body"


def test_paced_breathing_is_cued_in_4_out_6(library: Library) -> None:
    """Every paced-breathing block paces 10 s breaths with an in-4/out-6 cue."""
    blocks = [
        block
        for routine in library.routines.values()
        for block in routine.blocks
        if block.exercise_id == "breath_paced"
    ]
    assert blocks
    for block in blocks:
        assert block.dosage == PacedReps(
            rep_s=10, reps_per_set=(18,), cue="Breathe in for 4, out for 6"
        )
