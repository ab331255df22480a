"""What the engine reports: plain facts, each stamped with the monotonic time it was due.

``at`` is the *ideal* time of the event (a step's planned end, not the moment a late timer noticed
it), so the journal records true durations and nothing drifts. ``late`` marks events that were
more than a moment overdue when reported (the GUI stalled, the machine slept): cue players drop
those instead of beeping a countdown that is already over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backtimer.workout.plan import Step


@dataclass(frozen=True)
class StepStarted:
    step: Step
    at: float
    late: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class StepCompleted:
    """A step ended: run out (``skipped`` False), tapped done, skipped, or cut short by stop.

    ``actual_s`` excludes time spent paused, so it is the time the user really spent on it.
    """

    step: Step
    started_at: float
    ended_at: float
    actual_s: float
    skipped: bool
    late: bool = field(default=False, kw_only=True)

    @property
    def at(self) -> float:
        return self.ended_at


@dataclass(frozen=True)
class CountdownTick:
    """3, 2, 1 seconds before a timed step ends (steps of at least 5 s only)."""

    step: Step
    seconds_left: int
    at: float
    late: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Halfway:
    """Half of a work or hold step of at least 20 s has passed."""

    step: Step
    at: float
    late: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class RepChanged:
    """Paced reps: rep ``rep`` (1-based) of ``step.rep_count`` begins."""

    step: Step
    rep: int
    at: float
    late: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Paused:
    """``reason`` is "user", or "suspend" when the machine slept and the session was held."""

    at: float
    reason: str = "user"
    late: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Resumed:
    at: float
    paused_s: float
    late: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Finished:
    """The last step ended; ``completed`` + ``skipped`` is the number of steps in the plan."""

    at: float
    completed: int
    skipped: int
    late: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class Stopped:
    at: float
    late: bool = field(default=False, kw_only=True)


EngineEvent = (
    StepStarted
    | StepCompleted
    | CountdownTick
    | Halfway
    | RepChanged
    | Paused
    | Resumed
    | Finished
    | Stopped
)
