"""One step up or down in a block's dosage, by the clinical brief's rules (§4.1, §4.2).

Up means ONE variable only: +2 reps, +1 set, +2 s hold, +2 min walking, +1 interval round, or the
exercise's next level once the others reach their ceilings. The ceilings follow §4.1 and §8.1:
holds stay short (10 s at most, "add reps/sets rather than longer holds"), 1-3 sets, walks
built towards 30 minutes. Down means about 30-50 % less volume (§4.2), or the easier level of an
exercise that hurt. Only trunk-control, posture and aerobic blocks are progressed: stretches,
self-massage and breathing have a fixed comfortable dose.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

from backtimer.library.describe import describe_dosage
from backtimer.library.model import (
    Block,
    Category,
    Continuous,
    Hold,
    Interval,
    Library,
    PacedReps,
)

MAX_HOLD_S = 10.0
HOLD_STEP_S = 2.0
MAX_REPS = 15
REP_STEP = 2
MAX_HOLD_REPS = 10
MAX_SETS = 3
MAX_WALK_S = 30 * 60.0
WALK_STEP_S = 2 * 60.0
MAX_ROUNDS = 6
CUT_FACTOR = 0.6
"""Volume kept when stepping back: 40 % less, inside §4.2's 30-50 %."""
PROGRESSED_CATEGORIES = frozenset({Category.STABILISATION, Category.POSTURE, Category.AEROBIC})


class Variable(StrEnum):
    """Which single thing a change touches, in the words the suggestion uses."""

    REPS = "reps"
    SETS = "sets"
    HOLD_TIME = "hold time"
    DURATION = "duration"
    ROUNDS = "rounds"
    LEVEL = "exercise level"
    VOLUME = "volume"


@dataclass(frozen=True)
class DosageChange:
    """One block of a routine, as it is and as the suggestion proposes it."""

    block_index: int
    variable: Variable
    exercise_name: str
    current: Block
    proposed: Block
    current_text: str
    proposed_text: str

    @property
    def text(self) -> str:
        """``"Glute bridge: 10 reps, 2 sets → 12 reps, 2 sets"``."""
        return f"{self.exercise_name}: {self.current_text} → {self.proposed_text}"


def change(
    library: Library, index: int, variable: Variable, current: Block, proposed: Block
) -> DosageChange:
    """Build a DosageChange, naming exercises (with the new one's name for a level change)."""
    name = _name(library, current.exercise_id)
    proposed_text = describe_dosage(proposed)
    if proposed.exercise_id != current.exercise_id:
        proposed_text = f"{_name(library, proposed.exercise_id)}, {proposed_text}"
    return DosageChange(
        index, variable, name, current, proposed, describe_dosage(current), proposed_text
    )


def step_up(library: Library, index: int, block: Block, used: set[str]) -> DosageChange | None:
    """The next single-variable step for a block, or None at its ceiling (or not progressed).

    ``used`` holds the routine's exercise ids, so a level-up never duplicates another block.
    """
    exercise = library.exercises.get(block.exercise_id)
    if exercise is None or exercise.category not in PROGRESSED_CATEGORIES:
        return None
    dosage = block.dosage
    found: tuple[Variable, Block] | None = None
    if isinstance(dosage, PacedReps):
        found = _counted_step(block, dosage.reps_per_set, MAX_REPS, REP_STEP)
    elif isinstance(dosage, Hold):
        if dosage.hold_s < MAX_HOLD_S:
            hold_s = min(MAX_HOLD_S, dosage.hold_s + HOLD_STEP_S)
            found = Variable.HOLD_TIME, replace(block, dosage=replace(dosage, hold_s=hold_s))
        else:
            found = _counted_step(block, dosage.reps_per_set, MAX_HOLD_REPS, REP_STEP)
    elif isinstance(dosage, Continuous) and exercise.category is Category.AEROBIC:
        if dosage.duration_s < MAX_WALK_S:
            duration_s = min(MAX_WALK_S, dosage.duration_s + WALK_STEP_S)
            found = Variable.DURATION, replace(block, dosage=Continuous(duration_s))
    elif isinstance(dosage, Interval) and dosage.rounds < MAX_ROUNDS:
        found = Variable.ROUNDS, replace(block, dosage=replace(dosage, rounds=dosage.rounds + 1))
    if found is None and isinstance(dosage, PacedReps | Hold):
        harder = exercise.harder
        if harder and harder in library.exercises and harder not in used:
            found = Variable.LEVEL, replace(block, exercise_id=harder, note="")
    if found is None:
        return None
    return change(library, index, found[0], block, found[1])


def step_down(library: Library, index: int, block: Block, *, easier_first: bool) -> DosageChange:
    """About 40 % less of this block; with ``easier_first``, its easier level when it has one."""
    exercise = library.exercises.get(block.exercise_id)
    easier = exercise.easier if exercise is not None else None
    if easier_first and easier and easier in library.exercises:
        return change(library, index, Variable.LEVEL, block, replace(block, exercise_id=easier))
    return change(library, index, Variable.VOLUME, block, cut_volume(block))


def cut_volume(block: Block) -> Block:
    """The same exercise with ~40 % less volume: half the sets, or 60 % of the reps or time."""
    dosage = block.dosage
    if isinstance(dosage, Hold | PacedReps):
        sets = dosage.reps_per_set
        if len(set(sets)) == 1 and len(sets) > 1:
            kept = sets[: math.ceil(len(sets) / 2)]
        else:
            kept = tuple(max(1, round(reps * CUT_FACTOR)) for reps in sets)
        return replace(block, dosage=replace(dosage, reps_per_set=kept))
    if isinstance(dosage, Continuous):
        seconds = max(60.0, round(dosage.duration_s * CUT_FACTOR / 30) * 30.0)
        return replace(block, dosage=Continuous(min(seconds, dosage.duration_s)))
    if isinstance(dosage, Interval):
        return replace(block, dosage=replace(dosage, rounds=max(1, round(dosage.rounds * 0.6))))
    return block


def load(block: Block) -> float:
    """How close a block is to its ceilings (0 = far, 1 = there): progress the lightest first."""
    dosage = block.dosage
    if isinstance(dosage, PacedReps):
        reps = sum(dosage.reps_per_set) / len(dosage.reps_per_set)
        return (reps / MAX_REPS + len(dosage.reps_per_set) / MAX_SETS) / 2
    if isinstance(dosage, Hold):
        reps = sum(dosage.reps_per_set) / len(dosage.reps_per_set)
        parts = (dosage.hold_s / MAX_HOLD_S, reps / MAX_HOLD_REPS, block.sets / MAX_SETS)
        return sum(parts) / len(parts)
    if isinstance(dosage, Continuous):
        return dosage.duration_s / MAX_WALK_S
    if isinstance(dosage, Interval):
        return dosage.rounds / MAX_ROUNDS
    return 1.0


def _counted_step(
    block: Block, reps_per_set: tuple[int, ...], max_reps: int, step: int
) -> tuple[Variable, Block] | None:
    """+reps while under the ceiling, else +1 set; descending pyramids grow one rep per set."""
    dosage = block.dosage
    assert isinstance(dosage, Hold | PacedReps)
    if len(set(reps_per_set)) > 1:
        if reps_per_set[0] >= max_reps:
            return None
        grown = tuple(reps + 1 for reps in reps_per_set)
        return Variable.REPS, replace(block, dosage=replace(dosage, reps_per_set=grown))
    reps = reps_per_set[0]
    if reps < max_reps:
        grown = (min(max_reps, reps + step),) * len(reps_per_set)
        return Variable.REPS, replace(block, dosage=replace(dosage, reps_per_set=grown))
    if len(reps_per_set) < MAX_SETS:
        more = (*reps_per_set, reps)
        rest_set_s = block.rest_set_s or 30.0
        return Variable.SETS, replace(
            block, dosage=replace(dosage, reps_per_set=more), rest_set_s=rest_set_s
        )
    return None


def _name(library: Library, exercise_id: str) -> str:
    exercise = library.exercises.get(exercise_id)
    return exercise.name if exercise is not None else exercise_id
