"""The workout engine on a fake clock: exact timing, stalls, pauses and user controls."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backtimer.library.model import (
    Block,
    Category,
    Continuous,
    Exercise,
    Hold,
    Interval,
    Level,
    PacedReps,
    Routine,
    RoutineCategory,
    Sides,
)
from backtimer.workout.clock import FakeClock
from backtimer.workout.engine import (
    CountdownTick,
    Engine,
    EngineEvent,
    EngineState,
    Finished,
    Paused,
    RepChanged,
    Resumed,
    StepCompleted,
    StepStarted,
    Stopped,
)
from backtimer.workout.plan import Plan, Step, StepKind, build_plan

ROUTINE = Routine(
    id="test_routine",
    title="Test",
    category=RoutineCategory.STABILISATION,
    level=Level.BEGINNER,
    summary="for tests",
    blocks=(),
)


def make_plan(*specs: tuple[StepKind, float] | Step) -> Plan:
    """A plan straight from (kind, duration) pairs, for tests that care about timing only."""
    steps = []
    for index, spec in enumerate(specs):
        if isinstance(spec, Step):
            steps.append(spec)
            continue
        kind, duration_s = spec
        steps.append(
            Step(index, kind, duration_s, f"ex{index}", f"Exercise {index}", index, kind.value)
        )
    return Plan(routine=ROUTINE, steps=tuple(steps))


def started(clock: FakeClock, plan: Plan) -> tuple[Engine, list[EngineEvent]]:
    engine = Engine(plan, clock)
    return engine, engine.start()


def signature(event: EngineEvent) -> tuple:
    """What an event says, without its late flag, for comparing reports."""
    payload = getattr(event, "step", None)
    extra = getattr(event, "seconds_left", None) or getattr(event, "rep", None)
    return (type(event).__name__, round(event.at, 9), getattr(payload, "index", None), extra)


def run_polling(engine: Engine, clock: FakeClock, intervals: list[float]) -> list[EngineEvent]:
    events: list[EngineEvent] = []
    for interval in intervals:
        clock.advance(interval)
        events += engine.poll()
    return events


def thirty_minute_plan() -> Plan:
    names = ("bridge", "bird_dog", "cat_cow", "walk", "sit_stand")
    exercises = {
        name: Exercise(
            name, name, Category.STABILISATION, Level.BEGINNER, (), ("a", "b", "c"), (), (), "x"
        )
        for name in names
    }
    routine = Routine(
        id="long",
        title="Long",
        category=RoutineCategory.STABILISATION,
        level=Level.BEGINNER,
        summary="thirty minutes",
        blocks=(
            Block("bridge", Hold(10, (8, 8, 8), rest_rep_s=5), rest_set_s=30),
            Block("bird_dog", Hold(8, (5, 3), rest_rep_s=3), sides=Sides.ALTERNATE, rest_set_s=20),
            Block("cat_cow", PacedReps(4, (10, 10)), sides=Sides.EACH, rest_set_s=20),
            Block("walk", Interval(180, 120, 3, "Brisk", "Easy")),
            Block("walk", Continuous(300)),
        ),
    )
    return build_plan(routine, exercises)


def test_thirty_minute_routine_runs_at_ideal_times() -> None:
    """A 30-minute routine polled 4 times a second starts every step exactly on its planned time."""
    plan = thirty_minute_plan()
    assert plan.total_s >= 30 * 60
    clock = FakeClock(start=1000.0)
    engine, events = started(clock, plan)
    events += run_polling(engine, clock, [0.25] * int(plan.total_s * 4 + 4))
    starts = [event for event in events if isinstance(event, StepStarted)]
    assert [event.step.index for event in starts] == list(range(len(plan)))
    assert [event.at for event in starts] == pytest.approx(
        [1000.0 + plan.elapsed_before(i) for i in range(len(plan))], abs=1e-9
    )
    (finished,) = [event for event in events if isinstance(event, Finished)]
    assert finished.at == pytest.approx(1000.0 + plan.total_s, abs=1e-9)
    assert (finished.completed, finished.skipped) == (len(plan), 0)
    assert engine.state is EngineState.FINISHED
    assert not any(event.late for event in events)


@pytest.mark.parametrize("stall_s", [0.3, 1.0, 4.0, 10.0])
def test_stall_reports_every_crossed_event_in_order(stall_s: float) -> None:
    """After a stall, one poll reports exactly what fine-grained polling would have, in order."""
    plan = make_plan(
        (StepKind.PREPARE, 5),
        Step(1, StepKind.WORK, 24, "ex", "Ex", 0, "Work", rep_s=3, rep_count=8),
        (StepKind.REST, 6),
        (StepKind.HOLD, 20),
    )
    fine_clock, stalled_clock = FakeClock(), FakeClock()
    fine, fine_events = started(fine_clock, plan)
    fine_events += run_polling(fine, fine_clock, [0.01] * 6000)
    stalled, stalled_events = started(stalled_clock, plan)
    stalled_events += run_polling(stalled, stalled_clock, [stall_s] * int(60 / stall_s + 2))
    assert [signature(e) for e in stalled_events] == [signature(e) for e in fine_events]
    times = [event.at for event in stalled_events]
    assert times == sorted(times)


def test_events_more_than_a_moment_overdue_are_marked_late() -> None:
    """Events reported over 1.5 s after their ideal time are late; fresher ones are not."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10), (StepKind.HOLD, 10)))
    clock.advance(10.2)
    report = {signature(event): event.late for event in engine.poll()}
    assert report == {
        ("CountdownTick", 7.0, 0, 3): True,
        ("CountdownTick", 8.0, 0, 2): True,
        ("CountdownTick", 9.0, 0, 1): False,
        ("StepCompleted", 10.0, 0, None): False,
        ("StepStarted", 10.0, 1, None): False,
    }


def test_pause_shifts_the_deadline_by_exactly_the_pause() -> None:
    """Paused time is not counted: the step ends later by the pause and reports its true length."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10), (StepKind.REST, 5)))
    clock.advance(3)
    assert [type(e) for e in engine.pause()] == [Paused]
    clock.advance(100)
    assert engine.poll() == []
    assert engine.remaining_s == 7
    assert engine.next_event_at() is None
    (resumed,) = engine.resume()
    assert (resumed.at, resumed.paused_s) == (103, 100)
    assert engine.next_event_at() == 107  # the 3-2-1 countdown starts 3 s before the end
    clock.advance(7)
    completed = next(e for e in engine.poll() if isinstance(e, StepCompleted))
    assert (completed.started_at, completed.ended_at, completed.actual_s) == (0, 110, 10)


def test_toggle_pause_alternates() -> None:
    """toggle_pause pauses a running step and resumes a paused one."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10)))
    assert isinstance(engine.toggle_pause()[-1], Paused)
    assert engine.state is EngineState.PAUSED
    assert isinstance(engine.toggle_pause()[-1], Resumed)
    assert engine.state is EngineState.RUNNING


def test_skip_records_the_step_as_skipped_and_starts_the_next_now() -> None:
    """Skip ends the current step as skipped; the next step's full time starts from the skip."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10), (StepKind.REST, 5)))
    clock.advance(4)
    completed, next_started = engine.skip()
    assert isinstance(completed, StepCompleted)
    assert (completed.skipped, completed.actual_s, completed.ended_at) == (True, 4, 4)
    assert next_started == StepStarted(step=engine.plan.steps[1], at=4)
    assert engine.remaining_s == 5
    *_, finished = engine.skip()
    assert finished == Finished(at=4, completed=0, skipped=2)


def test_operations_first_catch_up_with_the_clock() -> None:
    """Skipping after a step has already run out skips the step that is really current."""
    clock = FakeClock()
    engine, _ = started(
        clock, make_plan((StepKind.HOLD, 3), (StepKind.REST, 3), (StepKind.HOLD, 3))
    )
    clock.advance(4)
    events = engine.skip()
    assert [(type(e).__name__, e.step.index) for e in events] == [
        ("StepCompleted", 0),
        ("StepStarted", 1),
        ("StepCompleted", 1),
        ("StepStarted", 2),
    ]
    assert [e.skipped for e in events if isinstance(e, StepCompleted)] == [False, True]


@pytest.mark.parametrize(
    ("seconds_in", "expected_index"),
    [(1.0, 1), (3.0, 1), (3.5, 3)],
    ids=["early-goes-back", "at-3s-goes-back", "late-restarts"],
)
def test_back_goes_to_previous_exercise_step_or_restarts(
    seconds_in: float, expected_index: int
) -> None:
    """Back in the first 3 s returns to the previous non-rest step; later it restarts this one."""
    plan = make_plan(
        (StepKind.PREPARE, 5), (StepKind.HOLD, 10), (StepKind.REST, 5), (StepKind.HOLD, 10)
    )
    clock = FakeClock()
    engine, _ = started(clock, plan)
    engine.jump_to(3)
    clock.advance(seconds_in)
    (restarted,) = engine.back()
    assert restarted == StepStarted(step=plan.steps[expected_index], at=seconds_in)
    assert engine.remaining_s == plan.steps[expected_index].duration_s


def test_back_on_the_first_step_restarts_it() -> None:
    """With nothing earlier to go to, back restarts the first step."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.PREPARE, 5), (StepKind.HOLD, 10)))
    clock.advance(1)
    assert engine.back() == [StepStarted(step=engine.plan.steps[0], at=1)]


def test_restart_step_gives_the_full_time_again() -> None:
    """Restart puts the current step back to its full length from now."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10)))
    clock.advance(6)
    assert engine.restart_step() == [StepStarted(step=engine.plan.steps[0], at=6)]
    assert (engine.remaining_s, engine.deadline, engine.step_elapsed_s) == (10, 16, 0)


@pytest.mark.parametrize(
    ("elapsed_s", "delta_s", "expected_remaining"),
    [(2, 10, 18), (2, -10, 1), (5, -3, 2), (9.5, -10, 0.5), (9.5, 10, 10.5)],
)
def test_adjust_moves_the_end_but_never_below_one_second(
    elapsed_s: float, delta_s: float, expected_remaining: float
) -> None:
    """±10 s moves the deadline; shortening stops at 1 s left and never lengthens a short step."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10)))
    clock.advance(elapsed_s)
    engine.adjust(delta_s)
    assert engine.remaining_s == pytest.approx(expected_remaining)


def test_countdown_repeats_after_time_is_added() -> None:
    """Adding time after the 3-2-1 started gives a fresh 3-2-1 before the new end."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10)))
    clock.advance(8.5)
    assert [e.seconds_left for e in engine.poll()] == [3, 2]
    engine.adjust(10)
    clock.advance(11)
    ticks = [(e.seconds_left, e.at) for e in engine.poll() if isinstance(e, CountdownTick)]
    assert ticks == [(3, 17), (2, 18), (1, 19)]


def test_adjust_while_paused_counts_from_the_paused_moment() -> None:
    """While paused, remaining time is frozen and adjusting changes it directly."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 30)))
    clock.advance(10)
    engine.pause()
    clock.advance(50)
    engine.adjust(-10)
    assert engine.remaining_s == 10
    engine.resume()
    assert engine.deadline == 70


def test_tap_step_waits_for_the_user() -> None:
    """A tap step has no deadline; it ends when tapped and the next step starts from the tap."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.TAP, 60), (StepKind.REST, 5)))
    assert (engine.state, engine.remaining_s, engine.next_event_at()) == (
        EngineState.WAITING_TAP,
        None,
        None,
    )
    clock.advance(500)
    assert engine.poll() == []
    completed, next_started = engine.tap_done()
    assert (completed.skipped, completed.actual_s) == (False, 500)
    assert next_started == StepStarted(step=engine.plan.steps[1], at=500)
    assert engine.deadline == 505


def test_tap_done_is_ignored_on_timed_steps() -> None:
    """Tapping "done" on a timed step does nothing."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10)))
    assert engine.tap_done() == []
    assert engine.remaining_s == 10


def test_pause_during_a_tap_step_returns_to_waiting() -> None:
    """Pausing a tap step and resuming goes back to waiting for the tap."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.TAP, 60)))
    engine.pause()
    engine.resume()
    assert engine.state is EngineState.WAITING_TAP


@pytest.mark.parametrize(
    ("kind", "duration_s", "expected"),
    [
        (StepKind.HOLD, 4, []),
        (
            StepKind.HOLD,
            5,
            [("CountdownTick", 2, 3), ("CountdownTick", 3, 2), ("CountdownTick", 4, 1)],
        ),
        (
            StepKind.REST,
            30,
            [("CountdownTick", 27, 3), ("CountdownTick", 28, 2), ("CountdownTick", 29, 1)],
        ),
        (
            StepKind.WORK,
            20,
            [
                ("Halfway", 10, None),
                ("CountdownTick", 17, 3),
                ("CountdownTick", 18, 2),
                ("CountdownTick", 19, 1),
            ],
        ),
    ],
)
def test_countdown_and_halfway_marks(kind: StepKind, duration_s: float, expected: list) -> None:
    """3-2-1 only on steps of 5 s or more; halfway only on work/hold steps of 20 s or more."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((kind, duration_s)))
    events = run_polling(engine, clock, [0.5] * int(duration_s * 2 - 1))
    assert [(type(e).__name__, e.at, getattr(e, "seconds_left", None)) for e in events] == expected


def test_paced_reps_report_each_rep_on_the_beat() -> None:
    """Paced reps announce rep 1 with the step and each later rep every rep_s seconds."""
    plan = make_plan(Step(0, StepKind.WORK, 12, "ex", "Ex", 0, "Work", rep_s=4, rep_count=3))
    clock = FakeClock()
    engine, events = started(clock, plan)
    events += run_polling(engine, clock, [1.0] * 12)
    reps = [(e.rep, e.at) for e in events if isinstance(e, RepChanged)]
    assert reps == [(1, 0), (2, 4), (3, 8)]


def test_suspend_pause_holds_the_session_as_of_the_last_wake() -> None:
    """A suspend detected late pauses as of the last poll, so the sleep counts as paused."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 30)))
    clock.advance(5)
    engine.poll()
    clock.advance(3600)
    (paused,) = engine.pause_for_suspend(at=5)
    assert (paused.at, paused.reason) == (5, "suspend")
    assert engine.remaining_s == 25
    (resumed,) = engine.resume()
    assert resumed.paused_s == 3600
    assert engine.deadline == 3630


def test_stop_cuts_the_current_step_short() -> None:
    """Stop reports the running step as cut short (skipped), then stops; later calls do nothing."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10), (StepKind.HOLD, 10)))
    clock.advance(12)
    events = engine.stop()
    completed, stopped = events[-2:]
    assert (completed.step.index, completed.actual_s, completed.skipped) == (1, 2, True)
    assert stopped == Stopped(at=12)
    assert engine.state is EngineState.STOPPED
    clock.advance(30)
    assert engine.poll() == engine.skip() == engine.resume() == engine.stop() == []
    assert engine.progress == pytest.approx(0.6)


def test_stop_before_start_reports_stopped_only() -> None:
    """Stopping a session that never started reports just the stop."""
    clock = FakeClock()
    engine = Engine(make_plan((StepKind.HOLD, 10)), clock)
    assert engine.stop() == [Stopped(at=0)]


def test_jump_to_starts_any_step_now() -> None:
    """jump_to starts the chosen step at once, also before the session started."""
    plan = make_plan((StepKind.HOLD, 10), (StepKind.REST, 5), (StepKind.HOLD, 10))
    clock = FakeClock()
    engine = Engine(plan, clock)
    assert engine.jump_to(2) == [StepStarted(step=plan.steps[2], at=0)]
    clock.advance(1)
    assert engine.jump_to(0) == [StepStarted(step=plan.steps[0], at=1)]
    with pytest.raises(IndexError):
        engine.jump_to(3)


def test_moving_while_paused_keeps_the_session_paused() -> None:
    """Skipping while paused shows the next step but keeps it paused with its full time."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10), (StepKind.HOLD, 8)))
    engine.pause()
    clock.advance(20)
    engine.skip()
    assert (engine.state, engine.index, engine.remaining_s) == (EngineState.PAUSED, 1, 8)
    clock.advance(20)
    engine.resume()
    assert engine.deadline == 48


def test_progress_counts_planned_time() -> None:
    """Progress is planned time done over total planned time."""
    clock = FakeClock()
    engine, _ = started(clock, make_plan((StepKind.HOLD, 10), (StepKind.REST, 30)))
    assert engine.progress == 0
    clock.advance(20)
    engine.poll()
    assert engine.progress == pytest.approx(0.5)
    clock.advance(30)
    engine.poll()
    assert engine.progress == 1


@settings(max_examples=25, deadline=None)
@given(
    durations=st.lists(st.sampled_from([1.0, 2.5, 5.0, 7.3, 20.0]), min_size=1000, max_size=1000),
    jitter=st.lists(st.floats(0.0, 3.0), min_size=50, max_size=50),
    start=st.floats(0.0, 1e6),
)
def test_no_cumulative_drift_over_a_thousand_steps(
    durations: list[float], jitter: list[float], start: float
) -> None:
    """Polled at irregular times, the 1,000th step still starts on its planned second."""
    plan = make_plan(*((StepKind.HOLD, d) for d in durations))
    clock = FakeClock(start=start)
    engine, events = started(clock, plan)
    polls = 0
    while engine.state is EngineState.RUNNING:
        clock.advance(0.05 + jitter[polls % len(jitter)])
        events += engine.poll()
        polls += 1
    starts = [e.at - start for e in events if isinstance(e, StepStarted)]
    assert len(starts) == 1000
    assert starts == pytest.approx([plan.elapsed_before(i) for i in range(1000)], abs=1e-6)
    assert events[-1].at - start == pytest.approx(plan.total_s, abs=1e-6)
