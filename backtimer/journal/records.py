"""What goes into the journal and what comes out of it: plain frozen values, no database handles.

Views, exports and insights receive these, so none of them needs to know SQL or hold a
connection; times come back as aware datetimes in the offset they were recorded with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    """The user ended the session early on purpose."""
    INTERRUPTED = "interrupted"
    """The app ended (crash, power cut, closed) while the session was running."""


class PainContext(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    SPOT = "spot"
    """A score recorded outside a session ("how is it now?")."""


class HurtAction(StrEnum):
    """What the user chose after pressing "this hurts" during an exercise."""

    EASIER = "easier"
    SKIPPED = "skipped"
    STOPPED = "stopped"
    CONTINUED = "continued"


# --- written by the player ------------------------------------------------------------------


@dataclass(frozen=True)
class StepRecord:
    """One completed (or skipped) step of a session, as the engine reports it."""

    step_index: int
    kind: str
    """The plan's step kind: prepare, work, hold, rest, switch_side ..."""
    exercise_id: str
    exercise_name: str
    side: str | None
    """'left', 'right' or None for exercises without sides."""
    set_number: int
    rep_number: int
    planned_s: float
    actual_s: float
    started: datetime
    ended: datetime
    skipped: bool = False


@dataclass(frozen=True)
class HurtRecord:
    """The user reported pain during an exercise, and what they did about it."""

    step_index: int
    exercise_id: str
    exercise_name: str
    at: datetime
    action: HurtAction | str
    score: int | None = None
    leg_or_nerve: bool = False
    """The pain spread down a leg or came with numbness, tingling or weakness."""


@dataclass(frozen=True)
class PainEdit:
    """A correction to a recorded pain score (its moment and context stay as recorded)."""

    pain_id: int
    score: int
    note: str


# --- read back ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionSummary:
    """One line of the history: a session with its totals, aggregated in SQL."""

    id: int
    day: date
    started: datetime
    ended: datetime | None
    routine_id: str
    routine_title: str
    planned_s: float
    done_s: float
    """Seconds actually spent: the sum of ``actual_s`` over every recorded step."""
    steps_completed: int
    steps_skipped: int
    pain_before: int | None
    """The latest 'before' score of this session, if any."""
    pain_after: int | None
    note: str
    status: SessionStatus
    hurt_count: int
    effort: int | None
    deleted: datetime | None
    steps_planned: int | None = None
    """Steps the routine held as run (all kinds, as the player counts them); None before v3."""

    @property
    def pain_change(self) -> int | None:
        """after − before: negative means the session eased the pain."""
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before


@dataclass(frozen=True)
class StepRow:
    id: int
    session_id: int
    step_index: int
    kind: str
    exercise_id: str
    exercise_name: str
    side: str | None
    set_number: int
    rep_number: int
    planned_s: float
    actual_s: float
    started: datetime
    ended: datetime
    skipped: bool


@dataclass(frozen=True)
class HurtEvent:
    id: int
    session_id: int
    step_index: int
    exercise_id: str
    exercise_name: str
    recorded: datetime
    day: date
    score: int | None
    action: HurtAction
    leg_or_nerve: bool = False


@dataclass(frozen=True)
class PainEntry:
    id: int
    recorded: datetime
    day: date
    score: int
    context: PainContext
    session_id: int | None
    note: str
    leg_pain: bool = False
    nerve_symptoms: bool = False
    urgent_symptoms: bool = False


@dataclass(frozen=True)
class FlareDay:
    """A day the user marked as a flare-up, so trends can show it rather than hide it."""

    day: date
    note: str
