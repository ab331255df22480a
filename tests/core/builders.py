"""Small builders for tests that need exercises and plans without the bundled library."""

from __future__ import annotations

from collections.abc import Mapping

from backtimer.library.model import (
    Block,
    Category,
    Exercise,
    Level,
    Routine,
    RoutineCategory,
)
from backtimer.workout.plan import Plan, build_plan


def make_exercise(exercise_id: str, name: str | None = None) -> Exercise:
    """A minimal valid exercise; the name defaults to the id in title case."""
    return Exercise(
        id=exercise_id,
        name=name or exercise_id.replace("_", " ").title(),
        category=Category.STABILISATION,
        level=Level.BEGINNER,
        equipment=(),
        steps=("one", "two", "three"),
        cues=(),
        mistakes=(),
        stop_if="pain",
    )


def make_routine(*blocks: Block, prepare_s: float = 0.0) -> Routine:
    return Routine(
        id="test_routine",
        title="Test",
        category=RoutineCategory.STABILISATION,
        level=Level.BEGINNER,
        summary="for tests",
        blocks=blocks,
        prepare_s=prepare_s,
    )


def plan_from(exercises: Mapping[str, Exercise], *blocks: Block, prepare_s: float = 0.0) -> Plan:
    return build_plan(make_routine(*blocks, prepare_s=prepare_s), exercises)
