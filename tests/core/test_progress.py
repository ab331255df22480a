"""The one tally of a workout, the player's state, and the gentler variant: no Qt, no waiting."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from backtimer.insights.adherence import adherence
from backtimer.journal.journal import Journal
from backtimer.journal.records import SessionStatus, StepRecord
from backtimer.library.model import Block, Hold, PacedReps, RoutineCategory, Sides
from backtimer.workout.clock import FakeClock
from backtimer.workout.engine import Engine, EngineState
from backtimer.workout.events import StepCompleted
from backtimer.workout.plan import StepKind
from backtimer.workout.progress import (
    ProgressTracker,
    StepTally,
    current_rep,
    player_state,
    session_tally,
    tally,
)
from backtimer.workout.variants import FALLBACK_DOSAGE, gentler_block, replan_block
from tests.core.builders import make_exercise, make_routine, plan_from

EXERCISES = {
    "bird_dog": make_exercise("bird_dog", "Bird dog"),
    "bridge": make_exercise("bridge", "Glute bridge"),
    "plank": make_exercise("plank", "Plank"),
}
BIRD_DOG = Block(
    "bird_dog", PacedReps(rep_s=3.0, reps_per_set=(6, 6)), sides=Sides.ALTERNATE, rest_set_s=10
)
PLANK = Block("plank", Hold(hold_s=5.0, reps_per_set=(2,), rest_rep_s=5.0), prepare_s=5.0)
BRIDGE_IN_ANOTHER_ROUTINE = Block("bridge", Hold(hold_s=8.0, reps_per_set=(4,), rest_rep_s=4.0))


def _engine(*blocks: Block) -> tuple[Engine, FakeClock, ProgressTracker]:
    plan = plan_from(EXERCISES, *blocks, prepare_s=5.0)
    clock = FakeClock(100.0)
    return Engine(plan, clock), clock, ProgressTracker(plan)


def _run(engine: Engine, clock: FakeClock, progress: ProgressTracker, seconds: float) -> None:
    for _ in range(round(seconds * 4)):
        clock.advance(0.25)
        progress.observe(engine.poll())


def test_the_parts_of_a_tally_always_add_up() -> None:
    """done + skipped + not reached = planned; complete only when every planned step ran."""
    assert tally(10, 10, 0, 60.0).complete
    partial = tally(10, 3, 2, 42.0)
    assert (partial.not_reached, partial.complete) == (5, False)
    assert not tally(10, 9, 1, 60.0).complete
    assert tally(None, 4, 1, 30.0) == StepTally(5, 4, 1, 30.0)  # before schema v3
    assert tally(3, 4, 1, 30.0).planned == 5  # never fewer planned than recorded


def test_the_live_tally_counts_steps_and_time_used_without_pauses() -> None:
    engine, clock, progress = _engine(PLANK)
    progress.observe(engine.start())
    _run(engine, clock, progress, 6.0)  # get ready (5 s) done, 1 s into the first hold
    progress.observe(engine.pause())
    clock.advance(60)  # a long pause is not time used
    progress.observe(engine.resume())
    progress.observe(engine.stop())
    result = progress.tally
    assert (result.planned, result.done, result.skipped) == (len(engine.plan), 1, 1)
    assert result.used_s == pytest.approx(6.0)
    assert result.not_reached == len(engine.plan) - 2
    assert progress.exercise_ran


def test_stopping_at_get_ready_means_no_exercise_ran() -> None:
    engine, clock, progress = _engine(PLANK)
    progress.observe(engine.start())
    _run(engine, clock, progress, 3.0)
    progress.observe(engine.stop())
    assert not progress.exercise_ran
    assert progress.tally.skipped == 1


def test_a_hold_skipped_at_once_does_not_count_as_begun() -> None:
    """Pressing → straight through a hold is not doing it: under a second is not a start."""
    engine, clock, progress = _engine(PLANK)
    progress.observe(engine.start())
    _run(engine, clock, progress, 5.0)
    progress.observe(engine.skip())
    progress.observe(engine.stop())
    assert not progress.exercise_ran


def test_the_rep_follows_elapsed_time_so_adding_time_keeps_it() -> None:
    """±10 s on a paced step moves its end, never the rep the user is on."""
    engine, clock, progress = _engine(BIRD_DOG)
    engine.start()
    engine.skip()  # past get ready into set 1
    clock.advance(7.0)  # 3 s a rep: rep 3
    assert player_state(engine, progress).rep_number == 3
    for delta in (-10.0, 10.0, 10.0):
        engine.adjust(delta)
        assert player_state(engine, progress).rep_number == 3
    step = engine.current_step
    assert step is not None
    assert current_rep(step, 0.0) == 1
    assert current_rep(step, 10_000.0) == step.rep_count


def test_player_state_names_the_exercise_side_and_what_comes_next() -> None:
    engine, _clock, progress = _engine(PLANK, BIRD_DOG)
    engine.start()
    engine.skip()  # into the first plank hold
    state = player_state(engine, progress)
    assert state.kind is StepKind.HOLD
    assert (state.exercise_name, state.rep_number, state.rep_count) == ("Plank", 1, 2)
    assert state.next_exercise_name == "Bird dog"
    assert "reps" in state.next_exercise_dosage
    assert state.step_number == 2
    assert state.step_total == len(engine.plan)
    assert state.routine_remaining_s == pytest.approx(engine.plan.total_s - 5.0)


def test_player_state_after_the_end_is_full_and_still() -> None:
    engine, _clock, progress = _engine(PLANK)
    engine.start()
    while engine.state is not EngineState.FINISHED:
        progress.observe(engine.skip())
    state = player_state(engine, progress)
    assert state.finished
    assert state.routine_fraction == 1.0
    assert not state.tally.complete  # all skipped: finished, not complete


def test_the_gentler_variant_brings_its_own_dosage_and_sides() -> None:
    """A bridge swapped in for an alternating bird dog does holds, without sides."""
    other = make_routine(BRIDGE_IN_ANOTHER_ROUTINE)
    block = gentler_block(BIRD_DOG, EXERCISES["bridge"], [other])
    assert block.exercise_id == "bridge"
    assert block.sides is Sides.NONE
    assert block.dosage == BRIDGE_IN_ANOTHER_ROUTINE.dosage
    alone = gentler_block(BIRD_DOG, EXERCISES["bridge"], [])
    flare = dataclasses.replace(other, category=RoutineCategory.FLARE_UP)
    assert gentler_block(BIRD_DOG, EXERCISES["bridge"], [flare]).dosage == FALLBACK_DOSAGE
    assert (alone.dosage, alone.sides) == (FALLBACK_DOSAGE, Sides.NONE)


def test_replanning_carries_on_from_the_block_with_the_new_steps() -> None:
    engine, _clock, progress = _engine(PLANK, BIRD_DOG, PLANK)
    progress.observe(engine.start())
    first_bird = next(s.index for s in engine.plan.steps if s.exercise_id == "bird_dog")
    progress.observe(engine.skip_to(first_bird + 1))  # in the bird dog's first set
    block = gentler_block(BIRD_DOG, EXERCISES["bridge"], [make_routine(BRIDGE_IN_ANOTHER_ROUTINE)])
    plan, start = replan_block(engine.plan, 1, block, EXERCISES)
    assert plan.steps[:first_bird] == engine.plan.steps[:first_bird]
    assert start == first_bird
    progress.replan(plan, start)
    progress.observe(engine.replan(plan, start))
    step = engine.current_step
    assert step is not None
    assert (step.exercise_name, step.kind) == ("Glute bridge", StepKind.PREPARE)
    assert all(s.side is None for s in plan.steps if s.exercise_id == "bridge")
    while engine.state is not EngineState.FINISHED:
        progress.observe(engine.skip())
    result = progress.tally
    assert result.done + result.skipped == result.planned
    assert result.not_reached == 0


def test_skip_to_records_every_step_it_passes_as_skipped() -> None:
    engine, _clock, _progress = _engine(PLANK, BIRD_DOG)
    engine.start()
    following = next(s.index for s in engine.plan.steps if s.exercise_id == "bird_dog")
    events = engine.skip_to(following)
    skipped = [e.step.index for e in events if isinstance(e, StepCompleted)]
    assert skipped == list(range(following))
    assert all(e.skipped for e in events if isinstance(e, StepCompleted))
    assert engine.index == following
    with pytest.raises(IndexError):
        engine.skip_to(0)


def test_trends_history_and_the_workout_count_the_same_minutes(journal: Journal) -> None:
    """A session paused for 20 minutes counts its exercise time, not its wall-clock span."""
    start = datetime(2026, 5, 18, 9, 0, tzinfo=UTC)
    session_id = journal.start_session("r", "R", 120.0, start, steps_planned=2)
    for index, (actual_s, skipped) in enumerate([(60.0, False), (30.0, True)]):
        began = start + timedelta(minutes=index * 21)
        journal.record_step(
            session_id,
            StepRecord(
                step_index=index,
                kind="hold",
                exercise_id="x",
                exercise_name="X",
                side=None,
                set_number=1,
                rep_number=1,
                planned_s=60.0,
                actual_s=actual_s,
                started=began,
                ended=began + timedelta(seconds=actual_s),
                skipped=skipped,
            ),
        )
    journal.finish_session(session_id, SessionStatus.STOPPED, start + timedelta(minutes=30))
    (summary,) = journal.sessions()
    history = session_tally(summary)
    assert history == tally(2, 1, 1, 90.0)
    week = adherence(journal.connection, date(2026, 5, 19)).weeks[-1]
    assert week.minutes == pytest.approx(history.used_min)


def test_finishing_can_correct_the_planned_count(journal: Journal) -> None:
    """A gentler exercise swapped in changes how many steps the session held."""
    start = datetime(2026, 5, 18, 9, 0, tzinfo=UTC)
    kept = journal.start_session("r", "R", 60.0, start, steps_planned=9)
    changed = journal.start_session("r", "R", 60.0, start, steps_planned=9)
    journal.finish_session(kept, SessionStatus.STOPPED, start + timedelta(minutes=5))
    journal.finish_session(
        changed, SessionStatus.COMPLETED, start + timedelta(minutes=5), steps_planned=12
    )
    planned = {summary.id: summary.steps_planned for summary in journal.sessions()}
    assert planned == {kept: 9, changed: 12}


def test_time_left_in_the_routine_follows_added_and_taken_seconds() -> None:
    """±10 s changes the step's end, so the header's 'time left' moves with it."""
    engine, clock, progress = _engine(PLANK, BIRD_DOG)
    engine.start()
    engine.skip()  # into the first plank hold (5 s)
    clock.advance(1.0)
    before = player_state(engine, progress).routine_remaining_s
    engine.adjust(10.0)
    assert player_state(engine, progress).routine_remaining_s == pytest.approx(before + 10.0)
    engine.adjust(-10.0)
    engine.adjust(-10.0)  # the hold cannot lose more than it has left
    state = player_state(engine, progress)
    assert state.step_remaining_s is not None
    after_this_step = before - 4.0  # the hold had 4 s to go
    assert state.routine_remaining_s == pytest.approx(after_this_step + state.step_remaining_s)
