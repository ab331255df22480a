"""A routine flattened into the timed steps the player walks through.

The engine only ever sees a flat tuple of steps with durations; every rule about sets, sides,
rests and rounds lives here, once, so the player, the cue planner and the time estimates agree.
The rules are the user contract in ``docs/routine-format.md`` ("How a routine becomes timed steps").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import accumulate

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.library.model import (
    Block,
    Continuous,
    Exercise,
    Hold,
    Interval,
    PacedReps,
    Routine,
    Side,
    Sides,
    TapWhenDone,
)

PREPARE_LABEL = QT_TRANSLATE_NOOP("PhaseStyle", "Get ready")
HOLD_LABEL = QT_TRANSLATE_NOOP("PhaseStyle", "Hold")
WORK_LABEL = QT_TRANSLATE_NOOP("PhaseStyle", "Work")
REST_LABEL = QT_TRANSLATE_NOOP("PhaseStyle", "Rest")
SWITCH_LABEL = QT_TRANSLATE_NOOP("PhaseStyle", "Switch sides")
ALTERNATE_LABEL = QT_TRANSLATE_NOOP("PhaseStyle", "Alternate sides")
TAP_LABEL = QT_TRANSLATE_NOOP("PhaseStyle", "At your own pace")
"""Step labels in English (voice cues speak them so); the player shows them translated."""


class StepKind(StrEnum):
    PREPARE = "prepare"
    WORK = "work"
    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"
    TAP = "tap"

    @property
    def is_active(self) -> bool:
        """True for steps where the user exercises (as opposed to getting ready or resting)."""
        return self in _ACTIVE_KINDS


_ACTIVE_KINDS = frozenset({StepKind.WORK, StepKind.HOLD, StepKind.TAP})


@dataclass(frozen=True)
class Step:
    """One timed (or tap-to-finish) stretch of the session, with everything the player shows.

    ``set_number``/``set_count`` and ``rep_number``/``rep_count`` are 1-based and 0 where they
    mean nothing. For holds ``rep_number`` says which hold of the set this is; for paced reps
    ``rep_count`` is the number of reps in the step and ``rep_s`` their pace, so the current rep
    follows from the elapsed time.
    """

    index: int
    kind: StepKind
    duration_s: float
    exercise_id: str
    exercise_name: str
    block_index: int
    label: str
    set_number: int = 0
    set_count: int = 0
    rep_number: int = 0
    rep_count: int = 0
    side: Side | None = None
    rep_s: float | None = None
    cue: str = ""
    note: str = ""
    rep_labels: tuple[str, ...] = ()

    @property
    def is_timed(self) -> bool:
        """Tap steps have no countdown: they end when the user says so."""
        return self.kind is not StepKind.TAP

    def rep_label(self, rep: int) -> str:
        """The text for paced rep ``rep`` (1-based), e.g. a muscle group; "" when none is given."""
        if not self.rep_labels or rep < 1:
            return ""
        return self.rep_labels[(rep - 1) % len(self.rep_labels)]


@dataclass(frozen=True)
class Plan:
    """A routine's steps in order; ``total_s`` counts tap steps at their estimate."""

    routine: Routine
    steps: tuple[Step, ...]
    _starts: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = tuple(accumulate((step.duration_s for step in self.steps), initial=0.0))
        object.__setattr__(self, "_starts", starts)

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def total_s(self) -> float:
        return self._starts[-1]

    def elapsed_before(self, index: int) -> float:
        """Planned seconds from the start of the routine to the start of step ``index``."""
        if not 0 <= index <= len(self.steps):
            raise IndexError(f"step index {index} outside 0..{len(self.steps)}")
        return self._starts[index]

    def next_work_step(self, index: int) -> Step | None:
        """The next step after ``index`` where the user exercises: what "next up" shows.

        During a rest or a get-ready step that is the coming hold or set; during a hold it is
        the next hold, or the next exercise once this one is done.
        """
        return next((step for step in self.steps[index + 1 :] if step.kind.is_active), None)

    def next_exercise_step(self, index: int) -> Step | None:
        """The first step of the next block, for "coming up after this exercise"."""
        if not 0 <= index < len(self.steps):
            return None
        block = self.steps[index].block_index
        return next((step for step in self.steps[index + 1 :] if step.block_index != block), None)


def build_plan(routine: Routine, exercises: Mapping[str, Exercise]) -> Plan:
    """Expand every block of ``routine`` into steps; zero-length steps are never produced."""
    builder = _PlanBuilder()
    for block_index, block in enumerate(routine.blocks):
        exercise = exercises.get(block.exercise_id)
        if exercise is None:
            raise KeyError(
                f"routine {routine.id!r}, block {block_index + 1}: "
                f"unknown exercise {block.exercise_id!r}"
            )
        builder.add_block(block_index, block, exercise, routine.prepare_s)
    return Plan(routine=routine, steps=tuple(builder.steps))


class _PlanBuilder:
    """Accumulates steps, numbering them, stamping block and set context, dropping empty ones."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self._context: dict[str, object] = {}

    def add_block(
        self, block_index: int, block: Block, exercise: Exercise, routine_prepare_s: float
    ) -> None:
        self._context = {
            "exercise_id": exercise.id,
            "exercise_name": exercise.name,
            "block_index": block_index,
            "note": block.note,
        }
        prepare_s = routine_prepare_s if block.prepare_s is None else block.prepare_s
        self._add(StepKind.PREPARE, prepare_s, PREPARE_LABEL)
        match block.dosage:
            case Hold() as hold:
                self._add_holds(block, hold)
            case PacedReps() as reps:
                self._add_paced_reps(block, reps)
            case Interval() as interval:
                self._add_interval(interval)
            case Continuous() as continuous:
                self._enter_set(1, 1)
                self._add_sided(block, StepKind.WORK, continuous.duration_s, WORK_LABEL)
            case TapWhenDone() as tap:
                self._enter_set(1, 1)
                self._add(StepKind.TAP, tap.estimate_s, TAP_LABEL, cue=tap.target)

    def _enter_set(self, set_number: int, set_count: int) -> None:
        """Every step added from now on belongs to this set (or interval round)."""
        self._context |= {"set_number": set_number, "set_count": set_count}

    def _add(self, kind: StepKind, duration_s: float, label: str, **fields: object) -> None:
        if duration_s <= 0:
            return
        self.steps.append(
            Step(
                index=len(self.steps),
                kind=kind,
                duration_s=float(duration_s),
                label=label,
                **(self._context | fields),  # type: ignore[arg-type]
            )
        )

    def _add_set_rest(self, block: Block, set_number: int, set_count: int) -> None:
        if set_number < set_count:
            self._add(StepKind.REST, block.rest_set_s, REST_LABEL)

    def _add_sided(
        self, block: Block, kind: StepKind, duration_s: float, label: str, **fields: object
    ) -> None:
        """One step, or with sides ``each`` the left, a switch step, then the right."""
        for position, side in enumerate(_sides_in_turn(block.sides)):
            if position:
                self._add(StepKind.SWITCH, block.switch_s, SWITCH_LABEL)
            self._add(kind, duration_s, label, side=side, **fields)

    def _add_holds(self, block: Block, hold: Hold) -> None:
        set_count = len(hold.reps_per_set)
        for set_number, reps in enumerate(hold.reps_per_set, start=1):
            self._enter_set(set_number, set_count)
            for pass_number, side_pass in enumerate(_hold_passes(block.sides, reps)):
                if pass_number:
                    self._add(StepKind.SWITCH, block.switch_s, SWITCH_LABEL)
                for position, (side, rep_on_side) in enumerate(side_pass):
                    if position:
                        self._add(StepKind.REST, hold.rest_rep_s, REST_LABEL)
                    self._add(
                        StepKind.HOLD,
                        hold.hold_s,
                        _pick_label(hold.rep_labels, rep_on_side, HOLD_LABEL),
                        rep_number=position + 1,
                        rep_count=len(side_pass),
                        side=side,
                    )
            self._add_set_rest(block, set_number, set_count)

    def _add_paced_reps(self, block: Block, reps: PacedReps) -> None:
        set_count = len(reps.reps_per_set)
        pacing = {"rep_s": float(reps.rep_s), "cue": reps.cue, "rep_labels": reps.rep_labels}
        for set_number, count in enumerate(reps.reps_per_set, start=1):
            self._enter_set(set_number, set_count)
            if block.sides is Sides.ALTERNATE:
                duration_s = 2 * count * reps.rep_s
                self._add(StepKind.WORK, duration_s, ALTERNATE_LABEL, rep_count=2 * count, **pacing)
            else:
                duration_s = count * reps.rep_s
                self._add_sided(
                    block, StepKind.WORK, duration_s, WORK_LABEL, rep_count=count, **pacing
                )
            self._add_set_rest(block, set_number, set_count)

    def _add_interval(self, interval: Interval) -> None:
        for round_number in range(1, interval.rounds + 1):
            self._enter_set(round_number, interval.rounds)
            self._add(StepKind.WORK, interval.work_s, interval.work_label)
            if round_number < interval.rounds:
                self._add(StepKind.REST, interval.rest_s, interval.rest_label)


def _sides_in_turn(sides: Sides) -> tuple[Side | None, ...]:
    """The side passes of one set: both sides in turn for ``each``, otherwise a single pass."""
    return (Side.LEFT, Side.RIGHT) if sides is Sides.EACH else (None,)


def _hold_passes(sides: Sides, reps: int) -> Iterator[list[tuple[Side | None, int]]]:
    """The holds of one set as passes separated by a switch step: (side, rep on that side)."""
    match sides:
        case Sides.EACH:
            yield [(Side.LEFT, rep) for rep in range(1, reps + 1)]
            yield [(Side.RIGHT, rep) for rep in range(1, reps + 1)]
        case Sides.ALTERNATE:
            yield [(side, rep) for rep in range(1, reps + 1) for side in (Side.LEFT, Side.RIGHT)]
        case _:
            yield [(None, rep) for rep in range(1, reps + 1)]


def _pick_label(labels: tuple[str, ...], rep: int, default: str) -> str:
    return labels[(rep - 1) % len(labels)] if labels else default
