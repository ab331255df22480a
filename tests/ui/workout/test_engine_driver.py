"""EngineDriver: engine events become one signal per engine call; timers run only when needed."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backtimer.library.model import Level, Routine, RoutineCategory
from backtimer.ui.workout.engine_driver import EngineDriver
from backtimer.workout.clock import FakeClock, MonotonicClock
from backtimer.workout.engine import CountdownTick, EngineState
from backtimer.workout.plan import Plan, Step, StepKind

ROUTINE = Routine(
    id="test_routine",
    title="Test",
    category=RoutineCategory.STABILISATION,
    level=Level.BEGINNER,
    summary="for tests",
    blocks=(),
)
NAMES = {
    "StepStarted": "step_started",
    "StepCompleted": "step_completed",
    "CountdownTick": "countdown_ticked",
    "Halfway": "halfway_reached",
    "RepChanged": "rep_changed",
    "Paused": "paused",
    "Resumed": "resumed",
    "Finished": "session_finished",
    "Stopped": "session_stopped",
}


def make_plan(*specs: tuple[StepKind, float]) -> Plan:
    steps = tuple(
        Step(i, kind, duration, f"ex{i}", f"Exercise {i}", i, kind.value)
        for i, (kind, duration) in enumerate(specs)
    )
    return Plan(routine=ROUTINE, steps=steps)


class Recorder:
    """Every event the driver hands on, in order, as (name, the step or number it is about).

    Late countdown ticks are listed apart (``late``), as the cue player drops them.
    """

    def __init__(self, driver: EngineDriver) -> None:
        self.calls: list[tuple[str, object]] = []
        self.events: list[object] = []
        self.ticks = 0
        driver.events_emitted.connect(self._on_events)
        driver.ticked.connect(self._on_tick)
        driver.suspend_detected.connect(lambda gap: self.calls.append(("suspend_detected", gap)))
        self._driver = driver

    def _on_tick(self) -> None:
        self.ticks += 1

    def _on_events(self, events: list[object]) -> None:
        for event in events:
            self.events.append(event)
            name = NAMES[type(event).__name__]
            if name in ("countdown_ticked", "halfway_reached") and event.late:  # type: ignore[attr-defined]
                continue
            argument = {
                "step_started": getattr(event, "step", None),
                "countdown_ticked": getattr(event, "seconds_left", None),
                "rep_changed": getattr(event, "rep", None),
            }.get(name, event if name in ("step_completed", "session_finished") else None)
            self.calls.append((name, argument))

    @property
    def remaining(self) -> float | None:
        return self._driver.engine.remaining_s

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def take(self) -> list[tuple[str, object]]:
        calls, self.calls = self.calls, []
        return calls


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=100.0)


@pytest.fixture
def controller(qtbot: QtBot, clock: FakeClock) -> Iterator[EngineDriver]:
    """A controller on a fake clock; qtbot provides the QApplication its timers need."""
    controller = EngineDriver(
        make_plan((StepKind.HOLD, 10), (StepKind.REST, 5), (StepKind.TAP, 30)), clock
    )
    yield controller
    controller.stop()  # stops its timers even when a test fails


@pytest.fixture
def recorder(controller: EngineDriver) -> Recorder:
    return Recorder(controller)


def test_signals_follow_the_session_in_order(
    controller: EngineDriver, clock: FakeClock, recorder: Recorder
) -> None:
    """Start, countdown, step change, tap and finish arrive as signals in the engine's order."""
    steps = controller.plan.steps
    controller.start()
    assert recorder.take() == [("step_started", steps[0])]
    clock.advance(5)
    controller.poll()
    clock.advance(5)
    controller.poll()
    calls = recorder.take()
    assert [name for name, _ in calls] == [
        "countdown_ticked",
        "step_completed",
        "step_started",
    ]
    assert calls[0] == ("countdown_ticked", 1)  # 3 and 2 were too late to beep
    assert calls[2] == ("step_started", steps[1])
    for _ in range(5):
        clock.advance(1)
        controller.poll()
    controller.tap_done()
    assert recorder.names() == [
        "countdown_ticked",
        "countdown_ticked",
        "countdown_ticked",
        "step_completed",
        "step_started",
        "step_completed",
        "session_finished",
    ]
    assert not controller._timer.isActive()


def test_late_cues_still_reach_event_listeners(
    controller: EngineDriver, clock: FakeClock, recorder: Recorder
) -> None:
    """A countdown tick too late to beep is still handed on, flagged late."""
    controller.start()
    clock.advance(4.5)
    controller.poll()
    clock.advance(5)
    controller.poll()
    ticks = [(e.seconds_left, e.late) for e in recorder.events if isinstance(e, CountdownTick)]
    assert ticks == [(3, True), (2, False), (1, False)]


def test_timer_is_aimed_at_the_next_event_or_display_change(
    controller: EngineDriver, clock: FakeClock
) -> None:
    """The one-shot timer wakes at the next whole-second change, or sooner for an event."""
    controller.start()
    assert controller._timer.isActive()
    assert controller._timer.interval() == 1000
    clock.advance(3)
    controller.poll()
    clock.advance(3.75)
    controller.poll()
    assert controller._timer.interval() == 250  # the "3" tick at 7 s


def test_pause_and_resume_stop_and_restart_the_timers(
    controller: EngineDriver, clock: FakeClock, recorder: Recorder
) -> None:
    """While paused no timer runs; resuming continues with the same time left."""
    controller.start()
    clock.advance(4)
    controller.toggle_pause()
    assert not controller._timer.isActive()
    assert not controller._repaint_timer.isActive()
    clock.advance(60)
    controller.toggle_pause()
    assert controller._timer.isActive()
    assert recorder.names()[-2:] == ["paused", "resumed"]
    assert recorder.remaining == 6


def test_stop_leaves_no_timer_running(
    controller: EngineDriver, clock: FakeClock, recorder: Recorder
) -> None:
    """Stopping reports the cut-short step and the stop, and both timers are stopped."""
    controller.start()
    clock.advance(2)
    controller.stop()
    assert recorder.names()[-2:] == ["step_completed", "session_stopped"]
    assert not controller._timer.isActive()
    assert not controller._repaint_timer.isActive()


def test_tap_step_needs_no_timer(controller: EngineDriver) -> None:
    """Waiting for a tap runs no timers: nothing is due until the user taps."""
    controller.jump_to(2)
    assert controller.engine.state is EngineState.WAITING_TAP
    assert not controller._timer.isActive()


def test_adjust_time_asks_for_a_redraw_at_once(
    controller: EngineDriver, clock: FakeClock, recorder: Recorder
) -> None:
    """+10 s is drawn at once (a tick) as 10 more seconds remaining."""
    controller.start()
    clock.advance(3)
    ticks = recorder.ticks
    controller.adjust_time(10.0)
    assert recorder.ticks == ticks + 1
    assert recorder.remaining == 17


def test_long_silence_is_treated_as_suspend(
    controller: EngineDriver, clock: FakeClock, recorder: Recorder
) -> None:
    """A gap over 5 s between wake-ups pauses the session as of the last wake-up."""
    controller.start()
    clock.advance(2)
    controller.poll()
    clock.advance(1800)
    controller.poll()
    assert recorder.take()[-2:] == [("paused", None), ("suspend_detected", 1800)]
    assert controller.engine.state is EngineState.PAUSED
    assert controller.engine.remaining_s == 8
    assert not controller._timer.isActive()


def test_gap_while_paused_is_not_a_suspend(
    controller: EngineDriver, clock: FakeClock, recorder: Recorder
) -> None:
    """A long pause chosen by the user is not mistaken for the machine sleeping."""
    controller.start()
    controller.toggle_pause()
    clock.advance(600)
    controller.toggle_pause()
    controller.poll()
    assert "suspend_detected" not in recorder.names()


def test_real_timer_drives_the_session_to_its_end(qtbot: QtBot) -> None:
    """On the real clock the controller's own timer runs a short plan to the end, unprompted."""
    plan = make_plan((StepKind.HOLD, 0.05), (StepKind.REST, 0.05), (StepKind.HOLD, 0.05))
    controller = EngineDriver(plan, MonotonicClock())
    recorder = Recorder(controller)
    controller.start()
    qtbot.waitUntil(lambda: "session_finished" in recorder.names(), timeout=5000)
    assert recorder.names().count("step_started") == 3
    assert not controller._timer.isActive()
    assert not controller._repaint_timer.isActive()


def test_slots_may_call_back_while_signals_are_emitted(qtbot: QtBot, clock: FakeClock) -> None:
    """A handler that skips from inside a batch does not reorder the batches."""
    paced = Step(0, StepKind.WORK, 12, "ex0", "Exercise 0", 0, "Work", rep_s=4, rep_count=3)
    rest = Step(1, StepKind.REST, 5, "ex0", "Exercise 0", 0, "Rest")
    plan = Plan(routine=ROUTINE, steps=(paced, rest))
    controller = EngineDriver(plan, clock)
    recorder = Recorder(controller)
    batches: list[object] = []

    def skip_from_inside(events: list[object]) -> None:
        batches.append(events)
        if len(batches) == 1:
            controller.skip()

    controller.events_emitted.connect(skip_from_inside)
    controller.start()
    assert recorder.names() == ["step_started", "rep_changed", "step_completed", "step_started"]
    controller.stop()


def test_a_long_session_keeps_reference_counts_intact(
    controller: EngineDriver, recorder: Recorder
) -> None:
    """Thousands of emits and timer restarts leave None and True alive.

    PySide6 6.12.0 on Python 3.11 drops a reference to True per emit and to None per void call;
    a 30-minute session (about 20,000 of them) then aborts the interpreter. 6.11.2 is fine.
    """
    controller.start()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        controller.adjust_time(0.0)
    assert recorder.ticks >= 2000
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 100
    assert after[1] >= before[1] - 100


def test_events_of_one_moment_arrive_together(controller: EngineDriver, clock: FakeClock) -> None:
    """events_emitted carries each engine call's events as one list, in order."""
    from backtimer.workout.events import StepCompleted, StepStarted

    batches: list[list[object]] = []
    controller.events_emitted.connect(batches.append)
    controller.start()
    for _ in range(10):  # small steps: a silence over 5 s would count as a suspend
        clock.advance(1)
        controller.poll()
    controller.shutdown()
    kinds = [[type(event) for event in batch] for batch in batches]
    assert kinds[0] == [StepStarted]
    assert [StepCompleted, StepStarted] in kinds
    assert not controller._timer.isActive()
