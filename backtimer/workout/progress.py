"""One set of numbers for a workout: what the player shows, the summary says and the journal keeps.

``StepTally`` is the single rule for "steps planned / done / skipped" and the time a session used,
whether it is counted live from engine events (``ProgressTracker``) or afterwards from the
journal's step rows (``tally``): the header, the summary, History, Trends, the CSV and the report
all read it, so one session never tells two stories. ``PlayerState`` is everything the player
view draws, computed here once per change instead of the view asking the plan for pieces.
"""

from __future__ import annotations

from dataclasses import dataclass

from backtimer.journal.records import SessionSummary
from backtimer.library.describe import describe_dosage
from backtimer.library.model import Interval, Side
from backtimer.workout.engine import Engine, EngineState
from backtimer.workout.events import EngineEvent, StepCompleted, StepStarted
from backtimer.workout.plan import Plan, Step, StepKind

EXERCISE_RAN_AFTER_S = 1.0
"""An exercise step counts as begun once the user spent this long in it (a stray key does not)."""

STEP_SECONDS_SQL = (
    "COALESCE((SELECT sum(actual_s) FROM step WHERE step.session_id = {s}.id),"
    " (julianday({s}.ended_utc) - julianday({s}.started_utc)) * 86400.0, 0)"
)
"""SQL for a session's time used, the rule of ``session_tally``; format ``s`` (the table)."""


@dataclass(frozen=True)
class StepTally:
    """How far a session got. ``done + skipped + not_reached == planned`` always holds.

    ``used_s`` is the time spent in the steps that were recorded (get-ready and rests included,
    pauses not): the same figure everywhere a session's minutes are shown.
    """

    planned: int
    done: int
    skipped: int
    used_s: float

    @property
    def not_reached(self) -> int:
        return self.planned - self.done - self.skipped

    @property
    def complete(self) -> bool:
        """Every planned step ran: nothing skipped, nothing left."""
        return self.planned > 0 and self.done == self.planned

    @property
    def used_min(self) -> float:
        return self.used_s / 60.0


def tally(planned: int | None, done: int, skipped: int, used_s: float) -> StepTally:
    """The tally of recorded figures; sessions from before schema v3 have no ``planned``.

    Then, and whenever steps were repeated (back, a gentler variant), planned is at least what
    was recorded, so the parts never add up to more than the whole.
    """
    recorded = done + skipped
    planned = recorded if planned is None else max(planned, recorded)
    return StepTally(planned=planned, done=done, skipped=skipped, used_s=max(0.0, used_s))


def session_tally(session: SessionSummary) -> StepTally:
    """A journal session's steps and time, by the rule the workout itself counts with.

    Time used is the time in its recorded steps (pauses not counted); only a session imported
    without steps falls back to its start-to-end span. ``STEP_SECONDS_SQL`` is the same rule.
    """
    recorded = session.steps_completed + session.steps_skipped
    used_s = session.done_s
    if not recorded and session.ended is not None:  # imported without its steps: start to end
        used_s = (session.ended - session.started).total_seconds()
    return tally(session.steps_planned, session.steps_completed, session.steps_skipped, used_s)


class ProgressTracker:
    """Counts a running workout from its engine events (the one live source of the tally)."""

    def __init__(self, plan: Plan) -> None:
        self._planned = len(plan)
        self._done = 0
        self._skipped = 0
        self._used_s = 0.0
        self._exercise_ran = False

    def observe(self, events: list[EngineEvent]) -> None:
        for event in events:
            if isinstance(event, StepCompleted):
                self._count(event)

    def _count(self, event: StepCompleted) -> None:
        if event.skipped:
            self._skipped += 1
        else:
            self._done += 1
        self._used_s += event.actual_s
        if event.step.kind.is_active and event.actual_s >= EXERCISE_RAN_AFTER_S:
            self._exercise_ran = True

    def replan(self, plan: Plan, from_index: int) -> None:
        """The rest of the workout was rebuilt (a gentler variant): recount what lies ahead."""
        self._planned = self._done + self._skipped + len(plan) - from_index

    @property
    def tally(self) -> StepTally:
        return tally(self._planned, self._done, self._skipped, self._used_s)

    @property
    def exercise_ran(self) -> bool:
        """An exercise step (not just get-ready or a rest) ran for a moment at least.

        A workout stopped before that is discarded: it must not count as a session.
        """
        return self._exercise_ran


@dataclass(frozen=True)
class PlayerState:
    """What the player shows at one moment; built by ``player_state`` from the engine."""

    phase: EngineState
    step: Step | None
    kind: StepKind | None
    label: str
    exercise_name: str
    side: Side | None
    set_number: int
    set_count: int
    is_round: bool
    """Intervals count rounds, everything else sets."""
    rep_number: int
    rep_count: int
    rep_label: str
    step_remaining_s: float | None
    """None while a tap step waits for the user."""
    step_fraction: float
    routine_elapsed_s: float
    """Planned time behind the user (how far through the routine), pauses not counted."""
    routine_remaining_s: float
    routine_fraction: float
    step_number: int
    """1-based position of the current step in the plan."""
    step_total: int
    block_dosage: str
    """The current exercise's dose in words ("6 holds of 8 s, each side")."""
    next_exercise_name: str | None
    """The next block's exercise; None during the last exercise."""
    next_exercise_dosage: str
    next_work_step: Step | None
    """The next step where the user exercises (the coming hold, set or side)."""
    tally: StepTally

    @property
    def finished(self) -> bool:
        return self.phase in (EngineState.FINISHED, EngineState.STOPPED)


def current_rep(step: Step, elapsed_s: float) -> int:
    """The paced rep under way ``elapsed_s`` into the step: elapsed time only, so adding or
    taking seconds off the step never changes which rep the user is on."""
    if not step.rep_s or not step.rep_count:
        return step.rep_number
    return max(1, min(step.rep_count, int(elapsed_s // step.rep_s) + 1))


def player_state(engine: Engine, progress: ProgressTracker) -> PlayerState:
    """Everything the view draws, from the engine at this moment and the running tally."""
    plan = engine.plan
    step = engine.current_step if engine.state is not EngineState.FINISHED else None
    remaining = engine.remaining_s
    if step is None:
        return _ended_state(engine, progress)
    elapsed_in_step = engine.step_elapsed_s
    if step.is_timed and remaining is not None:
        length = elapsed_in_step + remaining
        fraction = elapsed_in_step / length if length > 0 else 1.0
    else:
        fraction = 0.0
    before = plan.elapsed_before(step.index)
    routine_elapsed = before + min(elapsed_in_step, step.duration_s)
    total = plan.total_s
    # The steps after this one, plus this one's own countdown (which ±10 s moves).
    timed = step.is_timed and remaining is not None
    routine_left = (
        total - before - step.duration_s + (remaining or 0.0) if timed else total - routine_elapsed
    )
    upcoming = plan.next_exercise_step(step.index)
    rep = current_rep(step, elapsed_in_step)
    is_round = isinstance(plan.routine.blocks[step.block_index].dosage, Interval)
    return PlayerState(
        phase=engine.state,
        step=step,
        kind=step.kind,
        label=step.label,
        exercise_name=step.exercise_name,
        side=step.side,
        set_number=step.set_number,
        set_count=step.set_count,
        is_round=is_round,
        rep_number=rep,
        rep_count=step.rep_count,
        rep_label=step.rep_label(rep) if step.rep_s else "",
        step_remaining_s=remaining if step.is_timed else None,
        step_fraction=min(1.0, max(0.0, fraction)),
        routine_elapsed_s=routine_elapsed,
        routine_remaining_s=max(0.0, routine_left),
        routine_fraction=min(1.0, routine_elapsed / total) if total > 0 else 0.0,
        step_number=step.index + 1,
        step_total=len(plan),
        block_dosage=describe_dosage(plan.routine.blocks[step.block_index]),
        next_exercise_name=upcoming.exercise_name if upcoming is not None else None,
        next_exercise_dosage=(
            describe_dosage(plan.routine.blocks[upcoming.block_index]) if upcoming else ""
        ),
        next_work_step=plan.next_work_step(step.index),
        tally=progress.tally,
    )


def _ended_state(engine: Engine, progress: ProgressTracker) -> PlayerState:
    total = engine.plan.total_s
    return PlayerState(
        phase=engine.state,
        step=None,
        kind=None,
        label="",
        exercise_name="",
        side=None,
        set_number=0,
        set_count=0,
        is_round=False,
        rep_number=0,
        rep_count=0,
        rep_label="",
        step_remaining_s=0.0,
        step_fraction=1.0,
        routine_elapsed_s=total,
        routine_remaining_s=0.0,
        routine_fraction=1.0,
        step_number=len(engine.plan),
        step_total=len(engine.plan),
        block_dosage="",
        next_exercise_name=None,
        next_exercise_dosage="",
        next_work_step=None,
        tally=progress.tally,
    )


def started_steps(events: list[EngineEvent]) -> list[Step]:
    """The steps these events started, in order (for callers that react to a new step)."""
    return [event.step for event in events if isinstance(event, StepStarted)]
