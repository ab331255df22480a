"""Swapping a gentler variant into a running workout, with that exercise's own dosage and sides.

A glute bridge is not done like a bird dog ("alternate sides, 12 reps"): the easier exercise's
dose comes from the routines that use it (the library's own word on how to do it), and only when
no routine does, from a short, side-less fallback. The rest of the block is then rebuilt from it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from backtimer.library.model import (
    Block,
    Exercise,
    Hold,
    Routine,
    RoutineCategory,
    Sides,
    SourceKind,
)
from backtimer.workout.plan import Plan, build_plan

FALLBACK_DOSAGE = Hold(hold_s=5.0, reps_per_set=(5,), rest_rep_s=5.0)
"""Five gentle 5-second holds: used only when no routine says how to do the easier exercise."""


def gentler_block(block: Block, easier: Exercise, routines: Iterable[Routine]) -> Block:
    """``block`` done as ``easier``: the easier exercise's own dosage, sides and rests.

    Its ``[exercise.dose]`` decides; for an exercise without one, the first bundled routine (by
    id) that doses it; flare-up routines are passed over, their doses are deliberately small,
    and so are the user's own routines.
    """
    if easier.dose is not None:
        return dataclasses.replace(easier.dose, prepare_s=block.prepare_s, note="")
    for routine in sorted(routines, key=lambda routine: routine.id):
        if (
            routine.source.kind is not SourceKind.BUNDLED
            or routine.category is RoutineCategory.FLARE_UP
        ):
            continue
        for candidate in routine.blocks:
            if candidate.exercise_id == easier.id:
                return dataclasses.replace(candidate, prepare_s=block.prepare_s, note="")
    return Block(
        exercise_id=easier.id,
        dosage=FALLBACK_DOSAGE,
        sides=Sides.NONE,
        prepare_s=block.prepare_s,
    )


def replan_block(
    plan: Plan, block_index: int, block: Block, exercises: Mapping[str, Exercise]
) -> tuple[Plan, int]:
    """The plan with block ``block_index`` replaced, and the index its first step now has.

    Earlier blocks keep their steps (and indices), so the engine can carry on from there.
    """
    blocks = list(plan.routine.blocks)
    blocks[block_index] = block
    routine = dataclasses.replace(plan.routine, blocks=tuple(blocks))
    rebuilt = build_plan(routine, exercises)
    start = next(step.index for step in rebuilt.steps if step.block_index == block_index)
    return rebuilt, start
