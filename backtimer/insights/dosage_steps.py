"""One step up or down in a block's dosage, by the clinical brief's rules (§4.1, §4.2, §6.2c).

Which exercises progress at all (§6.2c: "only strength and endurance exercises"):

* trunk-control (stabilisation) and aerobic exercises do;
* a posture exercise does only when it is *loaded* strength work, listed in
  ``LOADED_POSTURE_EXERCISES`` (sit-to-stand with and without hand support, wall angel). The
  others in that category are end-range holds or movements (lying on your front, sphinx,
  press-up, hip-flexor stretches, reach-up, standing and seated extension): they keep their
  dose. A posture exercise the user writes does not progress either, so the safe choice is the
  default;
* stretches, yoga, self-massage and breathing keep a fixed comfortable dose.

Which routines grow: trunk-control, posture and aerobic routines, except micro-breaks (Desk
Reset). Yoga, warm-up, self-massage, breathing and flare-up routines never grow. A trunk-control
or posture session stops growing at 30 minutes (§8.1: 20-30 minute sessions work best).

Up means ONE variable of one block: +2 reps, +1 set, +2 s hold, +2 min walking, +1 interval
round, or the exercise's next level once the others reach their ceilings. Every variable has a
ceiling (``CEILING``): holds stay short (10 s, "add reps/sets rather than longer holds"), at most
10 holds or 15 reps a set, 3 sets, 45 minutes of walking or cycling, 6 interval rounds; a dose
already above a ceiling is never raised. A level change takes the new exercise's own dosing mode
and starting dose (its dose in the bundled routines); without one there is no level change.
Down means about 30-50 % less volume (§4.2), or the easier level of an exercise that hurt, at
the dose the workout's own "this hurts" swap gives it (``workout.variants.gentler_block``).
Fixed-dose exercises are not cut: their dose is already the gentle minimum.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.library.describe import describe_dosage
from backtimer.library.model import (
    Block,
    Category,
    Continuous,
    Exercise,
    Hold,
    Interval,
    Library,
    PacedReps,
    Routine,
    RoutineCategory,
    SourceKind,
)
from backtimer.workout.plan import build_plan
from backtimer.workout.variants import gentler_block


@dataclass(frozen=True)
class Ceiling:
    """The most a progressed block may reach, one field per variable."""

    hold_s: float = 10.0
    holds_per_set: int = 10
    reps_per_set: int = 15
    sets: int = 3
    duration_s: float = 45 * 60.0
    rounds: int = 6


CEILING = Ceiling()
HOLD_STEP_S = 2.0
REP_STEP = 2
DURATION_STEP_S = 2 * 60.0
CUT_FACTOR = 0.6
"""Volume kept when stepping back: 40 % less, inside §4.2's 30-50 %."""
PROGRESSED_CATEGORIES = frozenset({Category.STABILISATION, Category.AEROBIC})
LOADED_POSTURE_EXERCISES = frozenset(
    {"post_sit_to_stand_supported", "post_sit_to_stand", "post_wall_angel"}
)
"""Posture exercises that are strength or endurance work rather than end-range positions. The
supported sit-to-stand is here too: someone stepped down to it climbs back to the full one."""
GROWING_ROUTINE_CATEGORIES = frozenset(
    {RoutineCategory.STABILISATION, RoutineCategory.POSTURE, RoutineCategory.AEROBIC}
)
MAX_STRENGTH_SESSION_S = 30 * 60.0
"""§8.1: trunk-control sessions work best at 20-30 minutes; past that, the next routine is the
way up. Aerobic routines are bounded by the walking ceiling instead."""
MICRO_BREAK_ROUTINES = frozenset({"rt_desk_reset"})
"""Short breaks from sitting (§8.1: 3-6 minutes): they stay short, whatever the category."""


class Variable(StrEnum):
    """Which single thing a change touches, in the words the suggestion uses."""

    REPS = "reps"
    SETS = "sets"
    HOLD_TIME = "hold time"
    DURATION = "duration"
    ROUNDS = "rounds"
    LEVEL = "exercise level"
    VOLUME = "volume"


VARIABLE_WORDS: dict[Variable, str] = {
    Variable.REPS: QT_TRANSLATE_NOOP("progression", "reps"),
    Variable.SETS: QT_TRANSLATE_NOOP("progression", "sets"),
    Variable.HOLD_TIME: QT_TRANSLATE_NOOP("progression", "hold time"),
    Variable.DURATION: QT_TRANSLATE_NOOP("progression", "duration"),
    Variable.ROUNDS: QT_TRANSLATE_NOOP("progression", "rounds"),
    Variable.LEVEL: QT_TRANSLATE_NOOP("progression", "exercise level"),
    Variable.VOLUME: QT_TRANSLATE_NOOP("progression", "volume"),
}
"""The variable in the suggestion's words, in English; the UI shows them translated."""


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
    proposed_name: str = ""
    """The new exercise's name when the change is to another level of it, else ""."""

    @property
    def text(self) -> str:
        """``"Glute bridge: 10 reps, 2 sets → 12 reps, 2 sets"``."""
        return f"{self.exercise_name}: {self.current_text} → {self.proposed_text}"

    def words(self, tr: Callable[[str], str]) -> str:
        """``text`` with the dosages in the user's language (``tr`` as ``describe_dosage``'s)."""
        proposed = describe_dosage(self.proposed, tr)
        if self.proposed_name:
            proposed = f"{self.proposed_name}, {proposed}"
        return f"{self.exercise_name}: {describe_dosage(self.current, tr)} → {proposed}"


def progresses(exercise: Exercise) -> bool:
    """Whether the exercise is strength or endurance work that may get more over time."""
    if exercise.category in PROGRESSED_CATEGORIES:
        return True
    return exercise.category is Category.POSTURE and exercise.id in LOADED_POSTURE_EXERCISES


def routine_grows(routine: Routine) -> bool:
    """Whether progression may add to the routine (never to micro-breaks, yoga or flare days)."""
    return routine.category in GROWING_ROUTINE_CATEGORIES and routine.id not in MICRO_BREAK_ROUTINES


def fits_session_ceiling(routine: Routine, library: Library) -> bool:
    """Whether a progressed routine still fits its session length (any length for aerobic)."""
    if routine.category is RoutineCategory.AEROBIC:
        return True
    return build_plan(routine, library.exercises).total_s <= MAX_STRENGTH_SESSION_S


def change(
    library: Library, index: int, variable: Variable, current: Block, proposed: Block
) -> DosageChange:
    """Build a DosageChange, naming exercises (with the new one's name for a level change)."""
    name = _name(library, current.exercise_id)
    proposed_text = describe_dosage(proposed)
    proposed_name = ""
    if proposed.exercise_id != current.exercise_id:
        proposed_name = _name(library, proposed.exercise_id)
        proposed_text = f"{proposed_name}, {proposed_text}"
    return DosageChange(
        index,
        variable,
        name,
        current,
        proposed,
        describe_dosage(current),
        proposed_text,
        proposed_name,
    )


def step_up(library: Library, index: int, block: Block, used: set[str]) -> DosageChange | None:
    """The next single-variable step for a block, or None at its ceiling (or not progressed).

    ``used`` holds the routine's exercise ids, so a level-up never duplicates another block.
    """
    exercise = library.exercises.get(block.exercise_id)
    if exercise is None or not progresses(exercise):
        return None
    dosage = block.dosage
    found: tuple[Variable, Block] | None = None
    if isinstance(dosage, PacedReps):
        found = _counted_step(block, dosage.reps_per_set, CEILING.reps_per_set)
    elif isinstance(dosage, Hold):
        if dosage.hold_s < CEILING.hold_s:
            hold_s = min(CEILING.hold_s, dosage.hold_s + HOLD_STEP_S)
            found = Variable.HOLD_TIME, replace(block, dosage=replace(dosage, hold_s=hold_s))
        else:
            found = _counted_step(block, dosage.reps_per_set, CEILING.holds_per_set)
    elif isinstance(dosage, Continuous) and exercise.category is Category.AEROBIC:
        if dosage.duration_s < CEILING.duration_s:
            duration_s = min(CEILING.duration_s, dosage.duration_s + DURATION_STEP_S)
            found = Variable.DURATION, replace(block, dosage=Continuous(duration_s))
    elif isinstance(dosage, Interval) and dosage.rounds < CEILING.rounds:
        found = Variable.ROUNDS, replace(block, dosage=replace(dosage, rounds=dosage.rounds + 1))
    if found is None:
        harder = exercise.harder
        if harder and harder not in used and (level := level_block(library, block, harder)):
            found = Variable.LEVEL, level
    if found is None:
        return None
    return change(library, index, found[0], block, found[1])


def step_down(library: Library, index: int, block: Block, *, easier_first: bool) -> DosageChange:
    """About 40 % less of this block; with ``easier_first``, its easier level when it has one."""
    exercise = library.exercises.get(block.exercise_id)
    easier = library.exercises.get(exercise.easier or "") if exercise is not None else None
    if easier_first and easier is not None:
        # The same swap as "this hurts" mid-workout, so the two never disagree on the dose.
        gentler = gentler_block(block, easier, library.routines.values())
        return change(library, index, Variable.LEVEL, block, gentler)
    return change(library, index, Variable.VOLUME, block, cut_volume(block))


def level_block(library: Library, block: Block, exercise_id: str) -> Block | None:
    """``block`` switched to another exercise at that exercise's own mode and starting dose.

    The starting dose is the exercise's own (its ``[exercise.dose]``), else the one the bundled
    routines give it (flare-up routines aside, their doses are deliberately small); None when
    neither exists, because guessing a hold length for a rep exercise, or the reverse, is how
    doses go wrong.
    """
    reference = starting_block(library, exercise_id)
    if reference is None:
        return None
    return replace(
        block,
        exercise_id=exercise_id,
        dosage=reference.dosage,
        sides=reference.sides,
        rest_set_s=reference.rest_set_s,
        switch_s=reference.switch_s,
        note="",
    )


def starting_block(library: Library, exercise_id: str) -> Block | None:
    """The exercise's own starting dose; failing that, the first block dosing it in a bundled,
    non-flare routine (sorted by id)."""
    exercise = library.exercises.get(exercise_id)
    if exercise is None:
        return None
    if exercise.dose is not None:
        return exercise.dose
    for routine_id in sorted(library.routines):
        routine = library.routines[routine_id]
        if (
            routine.source.kind is not SourceKind.BUNDLED
            or routine.category is RoutineCategory.FLARE_UP
        ):
            continue
        for block in routine.blocks:
            if block.exercise_id == exercise_id:
                return block
    return None


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


def within_ceiling(block: Block) -> bool:
    """Whether every progressed variable of the block is at or under its ceiling."""
    dosage = block.dosage
    if isinstance(dosage, PacedReps):
        return (
            max(dosage.reps_per_set) <= CEILING.reps_per_set
            and len(dosage.reps_per_set) <= CEILING.sets
        )
    if isinstance(dosage, Hold):
        return (
            dosage.hold_s <= CEILING.hold_s
            and max(dosage.reps_per_set) <= CEILING.holds_per_set
            and len(dosage.reps_per_set) <= CEILING.sets
        )
    if isinstance(dosage, Continuous):
        return dosage.duration_s <= CEILING.duration_s
    if isinstance(dosage, Interval):
        return dosage.rounds <= CEILING.rounds
    return True


def load(block: Block) -> float:
    """How close a block is to its ceilings (0 = far, 1 = there): progress the lightest first."""
    dosage = block.dosage
    if isinstance(dosage, PacedReps):
        reps = sum(dosage.reps_per_set) / len(dosage.reps_per_set)
        return (reps / CEILING.reps_per_set + len(dosage.reps_per_set) / CEILING.sets) / 2
    if isinstance(dosage, Hold):
        reps = sum(dosage.reps_per_set) / len(dosage.reps_per_set)
        parts = (
            dosage.hold_s / CEILING.hold_s,
            reps / CEILING.holds_per_set,
            len(dosage.reps_per_set) / CEILING.sets,
        )
        return sum(parts) / len(parts)
    if isinstance(dosage, Continuous):
        return dosage.duration_s / CEILING.duration_s
    if isinstance(dosage, Interval):
        return dosage.rounds / CEILING.rounds
    return 1.0


def _counted_step(
    block: Block, reps_per_set: tuple[int, ...], max_reps: int
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
        grown = (min(max_reps, reps + REP_STEP),) * len(reps_per_set)
        return Variable.REPS, replace(block, dosage=replace(dosage, reps_per_set=grown))
    if len(reps_per_set) < CEILING.sets:
        more = (*reps_per_set, reps)
        rest_set_s = block.rest_set_s or 30.0
        return Variable.SETS, replace(
            block, dosage=replace(dosage, reps_per_set=more), rest_set_s=rest_set_s
        )
    return None


def _name(library: Library, exercise_id: str) -> str:
    exercise = library.exercises.get(exercise_id)
    return exercise.name if exercise is not None else exercise_id
