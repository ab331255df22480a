"""The session state machine: which step is running and when it ends, on an injected clock.

Remaining time is always ``deadline - now``, never a counter decremented by timer ticks (ticks
get lost when the GUI stalls; a 100 ms tick counter drifted 4 s per minute under 300 ms stalls).
A step that runs out ends at its *ideal* deadline and the next one's deadline chains from there,
so however late the caller polls, no error accumulates; a pause shifts the deadline by its length.
The engine never reads time except through its ``Clock`` and never touches Qt: the Qt adapter
(``backtimer.ui.workout.engine_driver``) only wakes it up at ``next_event_at()``.

Only a step that runs out, is tapped done, is skipped or is cut short by stop is reported as
``StepCompleted``; back, restart and jump abandon the current attempt, which is done again later.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from backtimer.workout.clock import Clock
from backtimer.workout.events import (
    CountdownTick,
    EngineEvent,
    Finished,
    Halfway,
    Paused,
    RepChanged,
    Resumed,
    StepCompleted,
    StepStarted,
    Stopped,
)
from backtimer.workout.plan import Plan, Step, StepKind

__all__ = [
    "CountdownTick",
    "Engine",
    "EngineEvent",
    "EngineState",
    "Finished",
    "Halfway",
    "Paused",
    "RepChanged",
    "Resumed",
    "StepCompleted",
    "StepStarted",
    "Stopped",
]

LATE_AFTER_S = 1.5
"""Events reported more than this after their ideal time are marked ``late``."""
COUNTDOWN_SECONDS = (3, 2, 1)
MIN_COUNTDOWN_STEP_S = 5.0
"""Shorter steps get no 3-2-1: the beeps would fill the whole step."""
MIN_HALFWAY_STEP_S = 20.0
BACK_RESTARTS_AFTER_S = 3.0
"""Like a media player: "back" late into a step restarts it, early on goes to the previous one."""
MIN_REMAINING_AFTER_ADJUST_S = 1.0

SUSPEND_REASON = "suspend"
USER_REASON = "user"


class EngineState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING_TAP = "waiting_tap"
    FINISHED = "finished"
    STOPPED = "stopped"


_IN_SESSION = frozenset({EngineState.RUNNING, EngineState.PAUSED, EngineState.WAITING_TAP})


class Engine:
    """Runs one ``Plan``; every operation returns the events it caused, in order.

    Operations first catch up with the clock (reporting whatever fell due since the last poll),
    so skipping or pausing never acts on a step that has in fact already ended.
    """

    def __init__(self, plan: Plan, clock: Clock) -> None:
        self.plan = plan
        self._clock = clock
        self._state = EngineState.READY
        self._index = 0
        self._anchor = 0.0  # the step's start shifted by its pauses: elapsed = now - anchor
        self._deadline: float | None = None  # None for tap steps: they wait for the user
        self._cursor = 0.0  # in-step events up to here have been reported
        self._step_started_at = 0.0
        self._halfway_reported = False
        self._paused_at = 0.0
        self._pause_began_at = 0.0
        self._resume_state = EngineState.RUNNING
        self._ended_at = 0.0
        self._session_started_at: float | None = None
        self._completed: set[int] = set()

    # --- what the views read ------------------------------------------------------------------

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def current_step(self) -> Step | None:
        if self._state is EngineState.FINISHED or not self.plan.steps:
            return None
        return self.plan.steps[self._index]

    @property
    def deadline(self) -> float | None:
        """Monotonic time the current step ends (pauses shift it); None when nothing counts down."""
        return self._deadline if self._state in _IN_SESSION else None

    @property
    def session_started_at(self) -> float | None:
        return self._session_started_at

    @property
    def remaining_s(self) -> float | None:
        """Seconds left in the current step; None while a tap step waits for the user."""
        match self._state:
            case EngineState.READY:
                step = self.current_step
                return step.duration_s if step is not None and step.is_timed else None
            case EngineState.FINISHED | EngineState.STOPPED:
                return 0.0
        if self._deadline is None:
            return None
        return max(0.0, self._deadline - self._reference_time())

    @property
    def step_elapsed_s(self) -> float:
        """Seconds spent in the current step, not counting pauses."""
        if self._state in (EngineState.READY, EngineState.FINISHED):
            return 0.0
        return max(0.0, self._reference_time() - self._anchor)

    @property
    def progress(self) -> float:
        """How far through the routine, 0..1, by planned time."""
        if self._state is EngineState.FINISHED:
            return 1.0
        step = self.current_step
        if self._state is EngineState.READY or step is None or self.plan.total_s <= 0:
            return 0.0
        done = self.plan.elapsed_before(self._index) + min(self.step_elapsed_s, step.duration_s)
        return min(1.0, done / self.plan.total_s)

    def next_event_at(self) -> float | None:
        """When the next event falls due, for a one-shot timer; None if nothing is scheduled."""
        if self._state is not EngineState.RUNNING or self._deadline is None:
            return None
        upcoming = self._marks_between(self._cursor, self._deadline)
        return upcoming[0].at if upcoming else self._deadline

    # --- operations ---------------------------------------------------------------------------

    def poll(self, now: float | None = None) -> list[EngineEvent]:
        """Everything that fell due up to ``now``, in order, each stamped with its ideal time."""
        now = self._clock.now() if now is None else now
        return self._stamp_late(self._advance(now), now)

    def start(self) -> list[EngineEvent]:
        if self._state is not EngineState.READY:
            return []
        now = self._clock.now()
        self._session_started_at = now
        return self._enter(0, now)

    def pause(self) -> list[EngineEvent]:
        now, events = self._catch_up()
        if self._state in (EngineState.RUNNING, EngineState.WAITING_TAP):
            events.append(self._hold(now, USER_REASON))
        return events

    def pause_for_suspend(self, at: float) -> list[EngineEvent]:
        """Pause as of ``at``, the last moment the caller saw the machine awake.

        The time asleep then counts as paused, so the user resumes where they left off instead
        of finding the routine skipped ahead by however long the lid was closed.
        """
        now = self._clock.now()
        at = min(max(at, self._cursor), now)
        events = self._stamp_late(self._advance(at), now)
        if self._state in (EngineState.RUNNING, EngineState.WAITING_TAP):
            events.append(self._hold(at, SUSPEND_REASON))
        return events

    def resume(self) -> list[EngineEvent]:
        if self._state is not EngineState.PAUSED:
            return []
        now = self._clock.now()
        shift = now - self._paused_at
        self._anchor += shift
        self._cursor += shift
        if self._deadline is not None:
            self._deadline += shift
        self._state = self._resume_state
        return [Resumed(at=now, paused_s=now - self._pause_began_at)]

    def toggle_pause(self) -> list[EngineEvent]:
        return self.resume() if self._state is EngineState.PAUSED else self.pause()

    def skip(self) -> list[EngineEvent]:
        """Record the current step as skipped and start the next one now."""
        now, events = self._catch_up()
        if self._state in _IN_SESSION:
            events.append(self._complete(now, skipped=True))
            events.extend(self._enter_keeping_pause(self._index + 1, now))
        return events

    def skip_to(self, index: int) -> list[EngineEvent]:
        """Skip the current step and every step before ``index``, each recorded as skipped.

        ``index`` may be ``len(plan)``: skipping the last exercise ends the routine.
        """
        if not self._index < index <= len(self.plan.steps):
            raise IndexError(f"step index {index} outside {self._index + 1}..{len(self.plan)}")
        now, events = self._catch_up()
        if self._state not in _IN_SESSION:
            return events
        events.append(self._complete(now, skipped=True))
        events.extend(
            StepCompleted(step=step, started_at=now, ended_at=now, actual_s=0.0, skipped=True)
            for step in self.plan.steps[self._index + 1 : index]
        )
        events.extend(self._enter_keeping_pause(index, now))
        return events

    def back(self) -> list[EngineEvent]:
        """Restart the current step; in its first seconds, go back to the previous exercise step."""
        now, events = self._catch_up()
        if self._state not in _IN_SESSION:
            return events
        target = self._index
        if self.step_elapsed_s <= BACK_RESTARTS_AFTER_S:
            earlier = (
                s.index for s in reversed(self.plan.steps[: self._index]) if s.kind.is_active
            )
            target = next(earlier, self._index)
        events.extend(self._enter_keeping_pause(target, now))
        return events

    def restart_step(self) -> list[EngineEvent]:
        now, events = self._catch_up()
        if self._state in _IN_SESSION:
            events.extend(self._enter_keeping_pause(self._index, now))
        return events

    def jump_to(self, index: int) -> list[EngineEvent]:
        if not 0 <= index < len(self.plan.steps):
            raise IndexError(f"step index {index} outside 0..{len(self.plan.steps) - 1}")
        now, events = self._catch_up()
        if self._state is EngineState.READY:
            self._session_started_at = now
            events.extend(self._enter(index, now))
        elif self._state in _IN_SESSION:
            events.extend(self._enter_keeping_pause(index, now))
        return events

    def replan(self, plan: Plan, index: int) -> list[EngineEvent]:
        """Carry on with a rebuilt plan from its step ``index`` (a gentler variant swapped in).

        The steps before ``index`` must be the ones already walked through; the current attempt
        is abandoned like ``restart_step`` does, and a paused session stays paused.
        """
        if not 0 <= index < len(plan.steps):
            raise IndexError(f"step index {index} outside 0..{len(plan.steps) - 1}")
        now, events = self._catch_up()
        if self._state not in _IN_SESSION:
            return events
        self.plan = plan
        self._completed = {done for done in self._completed if done < index}
        events.extend(self._enter_keeping_pause(index, now))
        return events

    def adjust(self, delta_s: float) -> list[EngineEvent]:
        """Move the current step's end by ``delta_s``; it never drops below 1 s remaining."""
        now, events = self._catch_up()
        if self._deadline is None or self._state not in _IN_SESSION:
            return events
        floor = min(self._deadline, self._reference_time(now) + MIN_REMAINING_AFTER_ADJUST_S)
        self._deadline = max(self._deadline + delta_s, floor)
        return events

    def tap_done(self) -> list[EngineEvent]:
        """The user finished a tap step; the next step starts now."""
        now, events = self._catch_up()
        if self._state is EngineState.WAITING_TAP:
            events.append(self._complete(now, skipped=False))
            events.extend(self._enter(self._index + 1, now))
        return events

    def stop(self) -> list[EngineEvent]:
        """End the session early; a step in progress is reported as cut short (skipped)."""
        now, events = self._catch_up()
        if self._state in _IN_SESSION:
            events.append(self._complete(now, skipped=True))
        elif self._state is not EngineState.READY:
            return events
        self._ended_at = self._reference_time(now)
        self._state = EngineState.STOPPED
        events.append(Stopped(at=now))
        return events

    # --- internals ----------------------------------------------------------------------------

    def _reference_time(self, now: float | None = None) -> float:
        """The moment the step's clock stands at: frozen while paused or after a stop."""
        match self._state:
            case EngineState.PAUSED:
                return self._paused_at
            case EngineState.STOPPED | EngineState.FINISHED:
                return self._ended_at
        return self._clock.now() if now is None else now

    def _catch_up(self) -> tuple[float, list[EngineEvent]]:
        now = self._clock.now()
        return now, self._stamp_late(self._advance(now), now)

    def _advance(self, now: float) -> list[EngineEvent]:
        """Report in-step events and step ends up to ``now``, chaining each end from the last."""
        events: list[EngineEvent] = []
        while self._state is EngineState.RUNNING and self._deadline is not None:
            deadline = self._deadline
            until = min(now, deadline)
            if until > self._cursor:
                for event in self._marks_between(self._cursor, until):
                    self._halfway_reported |= isinstance(event, Halfway)
                    events.append(event)
                self._cursor = until
            if now < deadline:
                break
            events.append(self._complete(deadline, skipped=False))
            events.extend(self._enter(self._index + 1, deadline))
        return events

    def _marks_between(self, after: float, until: float) -> list[EngineEvent]:
        """The current step's in-step events due in ``(after, until]``, in time order."""
        step, deadline = self.plan.steps[self._index], self._deadline
        if deadline is None:
            return []
        marks: list[tuple[float, int, EngineEvent]] = []

        def due(t: float) -> bool:
            return after < t <= until and t < deadline

        if step.rep_s:
            for rep in range(2, step.rep_count + 1):
                t = self._anchor + (rep - 1) * step.rep_s
                if t > until:
                    break
                if due(t):
                    marks.append((t, 0, RepChanged(step=step, rep=rep, at=t)))
        long_active = step.kind in (StepKind.WORK, StepKind.HOLD)
        if long_active and step.duration_s >= MIN_HALFWAY_STEP_S and not self._halfway_reported:
            t = self._anchor + (deadline - self._anchor) / 2
            if due(t):
                marks.append((t, 1, Halfway(step=step, at=t)))
        if step.duration_s >= MIN_COUNTDOWN_STEP_S:
            for seconds_left in COUNTDOWN_SECONDS:
                t = deadline - seconds_left
                if due(t):
                    marks.append((t, 2, CountdownTick(step, seconds_left, at=t)))
        marks.sort(key=lambda mark: mark[:2])
        return [event for _, _, event in marks]

    def _enter(self, index: int, at: float) -> list[EngineEvent]:
        """Start step ``index`` at ``at`` (or finish if there is none)."""
        if index >= len(self.plan.steps):
            self._state = EngineState.FINISHED
            self._deadline = None
            self._ended_at = at
            completed = len(self._completed)
            return [Finished(at=at, completed=completed, skipped=len(self.plan) - completed)]
        step = self.plan.steps[index]
        self._index = index
        self._anchor = self._cursor = self._step_started_at = at
        self._halfway_reported = False
        self._deadline = at + step.duration_s if step.is_timed else None
        self._state = EngineState.RUNNING if step.is_timed else EngineState.WAITING_TAP
        events: list[EngineEvent] = [StepStarted(step=step, at=at)]
        if step.rep_s and step.rep_count:
            events.append(RepChanged(step=step, rep=1, at=at))
        return events

    def _enter_keeping_pause(self, index: int, at: float) -> list[EngineEvent]:
        """Move to another step; if paused, the new step waits paused too."""
        was_paused = self._state is EngineState.PAUSED
        events = self._enter(index, at)
        if was_paused and self._state is not EngineState.FINISHED:
            self._resume_state = self._state
            self._state = EngineState.PAUSED
            self._paused_at = at
        return events

    def _hold(self, at: float, reason: str) -> Paused:
        self._resume_state = self._state
        self._state = EngineState.PAUSED
        self._paused_at = self._pause_began_at = at
        return Paused(at=at, reason=reason)

    def _complete(self, ended_at: float, *, skipped: bool) -> StepCompleted:
        if not skipped:
            self._completed.add(self._index)
        return StepCompleted(
            step=self.plan.steps[self._index],
            started_at=self._step_started_at,
            ended_at=ended_at,
            actual_s=max(0.0, self._reference_time(ended_at) - self._anchor),
            skipped=skipped,
        )

    @staticmethod
    def _stamp_late(events: list[EngineEvent], now: float) -> list[EngineEvent]:
        return [
            dataclasses.replace(event, late=True) if now - event.at > LATE_AFTER_S else event
            for event in events
        ]
