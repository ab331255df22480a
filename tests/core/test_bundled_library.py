"""The bundled exercise library: complete, consistent, and free of the source article's errors.

The content was written from the team's clinical brief; these tests pin what the brief requires
(coverage, dosages, progressions) and keep its corrected facts from regressing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

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
    """If B is harder than A, then A is listed as easier than B.

    Not the other way round: one gentle exercise may be the gentler variant of several (seated
    cat–camel eases both the cat–camel and the upper-back extension over a chair).
    """
    for exercise in library.exercises.values():
        if exercise.harder:
            assert library.exercise(exercise.harder).easier == exercise.id, exercise.id


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


# --- gentler variants (regressions) ------------------------------------------------------------

NO_REGRESSION_NEEDED = {Category.AEROBIC, Category.BREATHING}
"""Walking builds up by time and breathing has nothing gentler; every other exercise needs a
gentler variant, so "This hurts" can offer more than skipping."""
LEVEL_ORDER = {Level.BEGINNER: 0, Level.INTERMEDIATE: 1, Level.ADVANCED: 2}


def regression_chain(library: Library, exercise: Exercise) -> list[str]:
    """The ids from ``exercise`` down its ``easier`` links; fails on a cycle or a broken link."""
    chain = [exercise.id]
    current = exercise
    while current.easier is not None:
        assert current.easier in library.exercises, f"{current.id}.easier -> {current.easier}"
        assert current.easier not in chain, (
            f"easier cycle: {' -> '.join(chain)} -> {current.easier}"
        )
        chain.append(current.easier)
        current = library.exercise(current.easier)
    return chain


def test_every_exercise_has_a_gentler_variant_or_is_one(library: Library) -> None:
    """Outside aerobic and breathing, each exercise has an ``easier`` or is another's ``easier``."""
    someones_easier = {e.easier for e in library.exercises.values() if e.easier}
    missing = sorted(
        exercise.id
        for exercise in library.exercises.values()
        if exercise.category not in NO_REGRESSION_NEEDED
        and exercise.easier is None
        and exercise.id not in someones_easier
    )
    assert missing == []


def test_regression_chains_end_and_every_link_is_usable(library: Library) -> None:
    """Walking ``easier`` from any exercise ends (no cycle), and every link has its own dose,
    a picture and a level no harder than the exercise it eases."""
    for exercise in library.exercises.values():
        chain = regression_chain(library, exercise)
        for harder_id, easier_id in pairwise(chain):
            harder, easier = library.exercise(harder_id), library.exercise(easier_id)
            assert easier.dose is not None, easier_id
            assert easier.illustration, easier_id
            assert LEVEL_ORDER[easier.level] <= LEVEL_ORDER[harder.level], (harder_id, easier_id)


def test_regression_chain_walk_catches_a_cycle(library: Library) -> None:
    """The chain walk itself fails on a cycle, so the test above cannot pass vacuously."""
    looped = dict(library.exercises)
    looped["stab_pelvic_tilt"] = replace(looped["stab_pelvic_tilt"], easier="stab_glute_bridge")
    cyclic = Library(looped, library.routines)
    with pytest.raises(AssertionError, match="easier cycle"):
        regression_chain(cyclic, cyclic.exercise("stab_glute_bridge"))


def test_every_exercise_has_its_own_dose(library: Library) -> None:
    """Each bundled exercise carries its own starting dose, so a swap to it has numbers."""
    for exercise in library.exercises.values():
        assert exercise.dose is not None, exercise.id
        assert exercise.dose.exercise_id == exercise.id


def test_routine_blocks_use_their_exercises_own_dosage_mode(library: Library) -> None:
    """A routine doses an exercise in the same mode (and sides) as the exercise's own dose."""
    for routine in library.routines.values():
        for block in routine.blocks:
            dose = library.exercise(block.exercise_id).dose
            assert dose is not None
            assert (block.dosage.mode, block.sides) == (dose.dosage.mode, dose.sides), (
                routine.id,
                block.exercise_id,
            )


# --- stretches keep a fixed, comfortable dose (brief §6.2c, §8.1) -------------------------------

STRETCH_HOLD_S = (20.0, 30.0)
STRETCH_HOLDS = (2, 4)
HELD_STRETCHES = {
    "post_sphinx",
    "post_hip_flexor_stretch",
    "post_hip_flexor_standing",
    "yoga_child_pose",
    "yoga_low_lunge",
    "yoga_supine_hamstring",
    "yoga_hamstring_bent_knee",
    "yoga_supine_twist",
    "yoga_knees_to_chest",
}
"""Stretches and relaxed end-range holds: 2–4 holds of 20–30 s, in every routine and dose."""


def test_held_stretches_are_two_to_four_holds_of_20_to_30_s(library: Library) -> None:
    blocks = [(e.id, e.dose) for e in library.exercises.values() if e.id in HELD_STRETCHES]
    blocks += [(r.id, b) for r in library.routines.values() for b in r.blocks]
    for owner, block in blocks:
        if block is None or block.exercise_id not in HELD_STRETCHES:
            continue
        dosage = block.dosage
        assert isinstance(dosage, Hold), (owner, block.exercise_id)
        assert STRETCH_HOLD_S[0] <= dosage.hold_s <= STRETCH_HOLD_S[1], (owner, block.exercise_id)
        assert STRETCH_HOLDS[0] <= sum(dosage.reps_per_set) <= STRETCH_HOLDS[1], (
            owner,
            block.exercise_id,
        )


# --- routine order: warm up first, counter-move after back-arching work -------------------------

EXTENSION, FLEXION, BOTH, NEUTRAL = "extension", "flexion", "both", "neutral"
DIRECTION = {
    # Back-arching (lumbar extension): needs a warm-up before and a bending counter-move after.
    "post_prone_lying": EXTENSION,
    "post_sphinx": EXTENSION,
    "post_press_up": EXTENSION,
    "post_standing_extension": EXTENSION,
    # Forward bending: a counter-move after extension.
    "dyn_hip_hinge_reach": FLEXION,
    "dyn_seated_hinge": FLEXION,
    "yoga_child_pose": FLEXION,
    "yoga_knees_to_chest": FLEXION,
    "stab_curl_up": FLEXION,
    "stab_curl_up_head": FLEXION,
    # Moving through both directions in mid-range.
    "dyn_cat_camel": BOTH,
    "dyn_seated_cat_camel": BOTH,
    "stab_pelvic_tilt": BOTH,
}
"""Spinal direction of the exercises that have one; every other exercise is neutral for order."""
WARM_UP_CATEGORIES = {Category.MOBILITY, Category.BREATHING, Category.SELF_MASSAGE}
RESTFUL_STARTS = {"yoga_rest"}
"""Lying at rest is a fine start (the flare-up day begins there)."""


def direction_of(exercise_id: str) -> str:
    return DIRECTION.get(exercise_id, NEUTRAL)


def order_problems(routine: Routine, library: Library) -> list[str]:
    """Why a routine's order would fail a physiotherapist's read; empty when it is fine."""
    problems = []
    first = library.exercise(routine.blocks[0].exercise_id)
    if first.category not in WARM_UP_CATEGORIES and first.id not in RESTFUL_STARTS:
        problems.append(f"{routine.id} opens cold with {first.id}")
    directions = [direction_of(block.exercise_id) for block in routine.blocks]
    for index, direction in enumerate(directions):
        if direction != EXTENSION:
            continue
        if not any(later in (FLEXION, BOTH) for later in directions[index + 1 :]):
            problems.append(
                f"{routine.id}: {routine.blocks[index].exercise_id} has no bending counter-move"
            )
        run_ends = index + 1 == len(directions) or directions[index + 1] != EXTENSION
        run_started = index > 0 and directions[index - 1] == EXTENSION
        if (
            run_ends
            and run_started
            and directions[index + 1 : index + 2] not in ([FLEXION], [BOTH])
        ):
            problems.append(
                f"{routine.id}: back-arching run ending at {routine.blocks[index].exercise_id} "
                "is not followed straight away by a bending counter-move"
            )
    return problems


def test_every_bundled_exercise_has_a_known_direction_or_is_neutral(library: Library) -> None:
    """The direction table names only real exercises (a renamed id cannot silently drop out)."""
    assert set(DIRECTION) <= set(library.exercises)


@pytest.mark.parametrize("routine_id", sorted(BRIEF_MINUTES))
def test_routine_warms_up_first_and_counters_back_arching(
    library: Library, routine_id: str
) -> None:
    """Each routine opens with a warm-up (or rest) and follows back-arching with bending."""
    assert order_problems(library.routine(routine_id), library) == []


def test_order_rules_catch_the_old_mistakes(library: Library) -> None:
    """The rules flag a cold sphinx-then-press-up opening and a walk ending on a backward bend."""
    old_posture = replace(
        library.routine("rt_posture_strength"),
        blocks=tuple(
            Block(exercise_id, Hold(hold_s=30, reps_per_set=(2,)))
            for exercise_id in ("post_sphinx", "post_press_up", "stab_bird_dog", "post_wall_angel")
        ),
    )
    old_walk = replace(
        library.routine("rt_walk_easy"),
        blocks=tuple(
            block
            for block in library.routine("rt_walk_easy").blocks
            if block.exercise_id != "dyn_hip_hinge_reach"
        ),
    )
    posture_problems = order_problems(old_posture, library)
    assert any("opens cold with post_sphinx" in problem for problem in posture_problems)
    assert any("not followed straight away" in problem for problem in posture_problems)
    assert order_problems(old_walk, library) == [
        "rt_walk_easy: post_standing_extension has no bending counter-move"
    ]


def test_back_basics_opens_with_its_warm_up(library: Library) -> None:
    """Cat–camel, which the brief calls the warm-up, comes first in Back Basics."""
    assert library.routine("rt_back_basics").blocks[0].exercise_id == "dyn_cat_camel"


# --- wording ------------------------------------------------------------------------------------

UNSUPPORTED_CLAIMS = re.compile(r"doesn'?t help|does not help|is useless|no point", re.IGNORECASE)


def test_no_unsupported_claims_that_something_does_not_help(library: Library) -> None:
    """The brief supports "keep the roller off the lower back", not "rolling there doesn't help"."""
    assert [(o, t) for o, t in all_texts(library) if UNSUPPORTED_CLAIMS.search(t)] == []


def test_ankle_pumps_are_filed_as_mobility(library: Library) -> None:
    """Ankle pumps move the ankle; they are not postural training."""
    assert library.exercise("post_ankle_pumps").category is Category.MOBILITY


@pytest.mark.parametrize("exercise_id", ["post_ankle_pumps", "mass_hands_calf", "mass_roller_calf"])
def test_a_swollen_painful_calf_means_a_doctor_the_same_day(
    library: Library, exercise_id: str
) -> None:
    """A swollen, painful, warm or red calf can be a blood clot (DVT): the brief's same-day
    urgency, not just "get it checked"."""
    stop_if = library.exercise(exercise_id).stop_if
    assert all(word in stop_if for word in ("swollen", "warm", "red", "blood clot"))
    assert "contact a doctor the same day" in stop_if


def test_cycling_tells_saddle_pressure_from_saddle_area_numbness(library: Library) -> None:
    """Numbness that stays off the bike, or bladder/bowel changes, is an emergency (brief §7);
    ordinary pressure numbness from the saddle is handled on the bike."""
    cycle = library.exercise("aer_cycle")
    assert "still there after you get off the bike" in cycle.stop_if
    assert "bladder or bowel" in cycle.stop_if
    assert "get emergency help now" in cycle.stop_if
    assert "saddle area" not in cycle.stop_if
    assert any("stand on the pedals" in cue and "adjust the saddle" in cue for cue in cycle.cues)
