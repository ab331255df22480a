"""Routine → timed steps, as docs/routine-format.md ("How a routine becomes timed steps") says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backtimer.library.model import (
    Block,
    Continuous,
    Hold,
    Interval,
    PacedReps,
    Side,
    Sides,
    TapWhenDone,
)
from backtimer.workout.plan import (
    ALTERNATE_LABEL,
    HOLD_LABEL,
    PREPARE_LABEL,
    REST_LABEL,
    SWITCH_LABEL,
    Plan,
    StepKind,
)
from tests.core.builders import make_exercise, plan_from

PREPARE, WORK, HOLD = StepKind.PREPARE, StepKind.WORK, StepKind.HOLD
REST, SWITCH, TAP = StepKind.REST, StepKind.SWITCH, StepKind.TAP
L, R = Side.LEFT, Side.RIGHT


EXERCISES = {eid: make_exercise(eid) for eid in ("bird_dog", "pelvic_tilt", "walk", "sit_stand")}


def plan_of(*blocks: Block, prepare_s: float = 0.0) -> Plan:
    return plan_from(EXERCISES, *blocks, prepare_s=prepare_s)


def shape(plan: Plan) -> list[tuple[StepKind, float, Side | None]]:
    return [(step.kind, step.duration_s, step.side) for step in plan.steps]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param(
            Block("bird_dog", Hold(10, (3,), rest_rep_s=5)),
            [
                (HOLD, 10, None),
                (REST, 5, None),
                (HOLD, 10, None),
                (REST, 5, None),
                (HOLD, 10, None),
            ],
            id="holds-rest-between-not-after",
        ),
        pytest.param(
            Block("bird_dog", Hold(10, (2, 1), rest_rep_s=0), rest_set_s=20),
            [(HOLD, 10, None), (HOLD, 10, None), (REST, 20, None), (HOLD, 10, None)],
            id="pyramid-sets-rest-between-sets-only",
        ),
        pytest.param(
            Block("bird_dog", Hold(8, (2,), rest_rep_s=3), sides=Sides.EACH, switch_s=5),
            [
                (HOLD, 8, L),
                (REST, 3, None),
                (HOLD, 8, L),
                (SWITCH, 5, None),
                (HOLD, 8, R),
                (REST, 3, None),
                (HOLD, 8, R),
            ],
            id="holds-each-side",
        ),
        pytest.param(
            Block("bird_dog", Hold(8, (2,), rest_rep_s=3), sides=Sides.ALTERNATE),
            [
                (HOLD, 8, L),
                (REST, 3, None),
                (HOLD, 8, R),
                (REST, 3, None),
                (HOLD, 8, L),
                (REST, 3, None),
                (HOLD, 8, R),
            ],
            id="holds-alternate-count-per-side",
        ),
        pytest.param(
            Block("pelvic_tilt", PacedReps(4, (10, 8)), rest_set_s=20),
            [(WORK, 40, None), (REST, 20, None), (WORK, 32, None)],
            id="paced-reps-one-step-per-set",
        ),
        pytest.param(
            Block("pelvic_tilt", PacedReps(3, (5,)), sides=Sides.EACH, switch_s=4),
            [(WORK, 15, L), (SWITCH, 4, None), (WORK, 15, R)],
            id="paced-reps-each-side",
        ),
        pytest.param(
            Block("pelvic_tilt", PacedReps(3, (5,)), sides=Sides.ALTERNATE),
            [(WORK, 30, None)],
            id="paced-reps-alternate-one-double-step",
        ),
        pytest.param(
            Block("walk", Interval(180, 120, 3, "Brisk", "Easy")),
            [
                (WORK, 180, None),
                (REST, 120, None),
                (WORK, 180, None),
                (REST, 120, None),
                (WORK, 180, None),
            ],
            id="interval-no-rest-after-last-round",
        ),
        pytest.param(
            Block("walk", Interval(60, 0, 2)),
            [(WORK, 60, None), (WORK, 60, None)],
            id="interval-zero-rest",
        ),
        pytest.param(
            Block("walk", Continuous(600)),
            [(WORK, 600, None)],
            id="continuous",
        ),
        pytest.param(
            Block("walk", Continuous(60), sides=Sides.EACH, switch_s=0),
            [(WORK, 60, L), (WORK, 60, R)],
            id="continuous-each-side-zero-switch",
        ),
        pytest.param(
            Block("sit_stand", TapWhenDone("10 sit-to-stands", 90)),
            [(TAP, 90, None)],
            id="tap",
        ),
    ],
)
def test_block_expands_to_steps(block: Block, expected: list) -> None:
    """Each dosage mode expands to the documented sequence of steps, sides and rests."""
    assert shape(plan_of(block)) == expected


@pytest.mark.parametrize(
    ("routine_prepare_s", "block_prepare_s", "expected_prepare"),
    [(10, None, 10), (10, 25, 25), (10, 0, None), (0, None, None), (0, 5, 5)],
)
def test_prepare_step_per_block(
    routine_prepare_s: float, block_prepare_s: float | None, expected_prepare: float | None
) -> None:
    """A block's prepare_s overrides the routine's; 0 means no get-ready step at all."""
    block = Block("walk", Continuous(60), prepare_s=block_prepare_s)
    plan = plan_of(block, block, prepare_s=routine_prepare_s)
    prepares = [step for step in plan.steps if step.kind is PREPARE]
    if expected_prepare is None:
        assert prepares == []
    else:
        assert [(p.duration_s, p.label, p.block_index) for p in prepares] == [
            (expected_prepare, PREPARE_LABEL, 0),
            (expected_prepare, PREPARE_LABEL, 1),
        ]


def test_holds_are_numbered_within_their_set() -> None:
    """Hold steps carry set and hold numbers for "set 2 of 3, hold 1 of 2"."""
    plan = plan_of(Block("bird_dog", Hold(5, (2, 1)), rest_set_s=10))
    holds = [(s.set_number, s.set_count, s.rep_number, s.rep_count, s.label) for s in plan.steps]
    assert holds == [
        (1, 2, 1, 2, HOLD_LABEL),
        (1, 2, 2, 2, HOLD_LABEL),
        (1, 2, 0, 0, REST_LABEL),
        (2, 2, 1, 1, HOLD_LABEL),
    ]


def test_alternating_holds_count_every_hold_of_the_set() -> None:
    """With alternating sides a set of 2 per side is holds 1..4, labelled by the per-side rep."""
    hold = Hold(5, (2,), rep_labels=("Arms", "Legs"))
    plan = plan_of(Block("bird_dog", hold, sides=Sides.ALTERNATE))
    assert [(s.rep_number, s.rep_count, s.side, s.label) for s in plan.steps] == [
        (1, 4, L, "Arms"),
        (2, 4, R, "Arms"),
        (3, 4, L, "Legs"),
        (4, 4, R, "Legs"),
    ]


def test_paced_reps_carry_their_pace() -> None:
    """Paced-rep steps tell the UI the pace, the rep count, the cue and the per-rep labels."""
    reps = PacedReps(4, (10,), cue="in 4 s, out 6 s", rep_labels=("hands", "arms"))
    (step,) = plan_of(Block("pelvic_tilt", reps)).steps
    assert (step.rep_s, step.rep_count, step.cue) == (4.0, 10, "in 4 s, out 6 s")
    assert [step.rep_label(rep) for rep in (1, 2, 3)] == ["hands", "arms", "hands"]


def test_alternating_paced_reps_are_labelled() -> None:
    """Alternating paced reps are one step with no side whose label says to alternate."""
    (step,) = plan_of(Block("pelvic_tilt", PacedReps(3, (5,)), sides=Sides.ALTERNATE)).steps
    assert (step.label, step.side, step.rep_count) == (ALTERNATE_LABEL, None, 10)


def test_interval_steps_use_the_spoken_labels_and_round_numbers() -> None:
    """Interval work and rest steps say "Brisk"/"Easy" and which round they belong to."""
    plan = plan_of(Block("walk", Interval(180, 120, 2, "Brisk", "Easy")))
    assert [(s.label, s.set_number, s.set_count) for s in plan.steps] == [
        ("Brisk", 1, 2),
        ("Easy", 1, 2),
        ("Brisk", 2, 2),
    ]


def test_switch_step_is_labelled() -> None:
    """The pause between sides says "Switch sides"."""
    plan = plan_of(Block("walk", Continuous(60), sides=Sides.EACH))
    assert plan.steps[1].label == SWITCH_LABEL


def test_tap_step_shows_its_target_and_is_untimed() -> None:
    """A tap step has no countdown and shows the target as its cue."""
    (step,) = plan_of(Block("sit_stand", TapWhenDone("10 sit-to-stands", 60))).steps
    assert (step.is_timed, step.cue) == (False, "10 sit-to-stands")


def test_total_and_elapsed_before_count_tap_estimates() -> None:
    """total_s sums all steps, tap steps at their estimate; elapsed_before is the prefix sum."""
    plan = plan_of(
        Block("walk", Continuous(60)),
        Block("sit_stand", TapWhenDone(estimate_s=45)),
        prepare_s=10,
    )
    assert plan.total_s == 10 + 60 + 10 + 45
    assert [plan.elapsed_before(i) for i in range(len(plan) + 1)] == [0, 10, 70, 80, 125]


def test_next_work_step_skips_rests_and_preparation() -> None:
    """ "Next up" is the next step where the user exercises, across blocks; None at the end."""
    plan = plan_of(
        Block("bird_dog", Hold(5, (2,), rest_rep_s=5)),
        Block("walk", Continuous(60)),
        prepare_s=10,
    )
    kinds = [step.kind for step in plan.steps]
    assert kinds == [PREPARE, HOLD, REST, HOLD, PREPARE, WORK]
    assert [getattr(plan.next_work_step(i), "index", None) for i in range(6)] == [
        1,
        3,
        3,
        5,
        5,
        None,
    ]
    assert plan.next_exercise_step(1) == plan.steps[4]
    assert plan.next_exercise_step(5) is None


def test_unknown_exercise_is_named() -> None:
    """A block whose exercise is missing fails with the routine and exercise named."""
    with pytest.raises(KeyError, match="no_such_exercise"):
        plan_of(Block("no_such_exercise", Continuous(60)))


durations = st.sampled_from([0.0, 1.0, 2.5, 30.0])
reps_per_set = st.lists(st.integers(1, 4), min_size=1, max_size=3).map(tuple)
dosages = st.one_of(
    st.builds(Hold, st.sampled_from([1.0, 10.0]), reps_per_set, rest_rep_s=durations),
    st.builds(PacedReps, st.sampled_from([1.0, 4.0]), reps_per_set),
    st.builds(Interval, st.sampled_from([1.0, 60.0]), durations, st.integers(1, 4)),
    st.builds(Continuous, st.sampled_from([1.0, 600.0])),
    st.builds(TapWhenDone, estimate_s=st.sampled_from([1.0, 60.0])),
)
blocks = st.builds(
    Block,
    st.sampled_from(sorted(EXERCISES)),
    dosages,
    rest_set_s=durations,
    sides=st.sampled_from(list(Sides)),
    switch_s=durations,
    prepare_s=st.one_of(st.none(), durations),
)


@given(st.lists(blocks, min_size=1, max_size=5), durations)
def test_any_routine_gives_numbered_nonempty_steps(
    block_list: list[Block], prepare_s: float
) -> None:
    """Whatever the routine, steps are numbered in order, never zero-length, and sum to total_s."""
    plan = plan_of(*block_list, prepare_s=prepare_s)
    assert [step.index for step in plan.steps] == list(range(len(plan)))
    assert all(step.duration_s > 0 for step in plan.steps)
    assert plan.total_s == pytest.approx(sum(step.duration_s for step in plan.steps))
    assert [step.block_index for step in plan.steps] == sorted(s.block_index for s in plan.steps)
    assert plan.steps[-1].kind not in (REST, SWITCH, PREPARE)
