"""Finding exercises: search by name, category, body position and equipment (Qt-free).

Exercises carry no body-position field, so the position is read from the first instruction
("Lie on your back…", "Kneel on all fours…", "Sit towards the front of a chair…"): that first
step is always where the person starts. One module so the browser, its tests and any future
command-line search agree on what "lying on your back" finds.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from backtimer.library.model import (
    Block,
    Continuous,
    Exercise,
    Library,
    Routine,
    RoutineCategory,
)

TRY_ROUTINE_PREFIX = "try_"
"""Id prefix of the one-exercise routines "Try this exercise" builds (never saved as files)."""


class Position(StrEnum):
    LYING_BACK = "lying on your back"
    LYING_FRONT = "lying on your front"
    LYING_SIDE = "lying on your side"
    ALL_FOURS = "on all fours"
    KNEELING = "kneeling"
    SITTING = "sitting"
    STANDING = "standing"
    ANY = "any position"


_POSITION_WORDS: tuple[tuple[Position, re.Pattern[str]], ...] = (
    (Position.LYING_BACK, re.compile(r"\b(lie|lying)\b.*\bon your back\b|tabletop|\bbridge\b")),
    (Position.LYING_FRONT, re.compile(r"\bon your front\b|\bface down\b")),
    (Position.LYING_SIDE, re.compile(r"\bon your side\b")),
    (Position.ALL_FOURS, re.compile(r"\ball fours\b|\bhands and knees\b")),
    (Position.KNEELING, re.compile(r"\bkneel")),
    (Position.SITTING, re.compile(r"\b(sit|sitting|seated)\b")),
    (Position.STANDING, re.compile(r"\b(stand|standing|walk\w*|step|lunge|split stance)\b")),
)


def position_of(exercise: Exercise) -> Position:
    """Where the exercise starts, from its first step (``ANY`` if the words do not say).

    A translated bundled exercise is read in its English original: the words are English.
    """
    steps = (exercise.english or exercise).steps
    first = steps[0].casefold() if steps else ""
    for position, pattern in _POSITION_WORDS:
        if pattern.search(first):
            return position
    return Position.ANY


def equipment_of(exercise: Exercise) -> tuple[str, ...]:
    """The equipment in English words for a bundled exercise (the filter's words), whatever
    language it is shown in; the user's own as written."""
    return (exercise.english or exercise).equipment


@dataclass(frozen=True)
class ExerciseQuery:
    """What the browser's search box and filters ask for; empty fields match everything."""

    text: str = ""
    category: str = ""
    position: str = ""
    equipment: str = ""
    """A word to find in the equipment list ("chair", "mat"), or "none" for no equipment."""


def matches(exercise: Exercise, query: ExerciseQuery) -> bool:
    if query.category and exercise.category.value != query.category:
        return False
    if query.position and position_of(exercise).value != query.position:
        return False
    if query.equipment:
        wanted = query.equipment.casefold()
        if wanted == "none":
            if exercise.equipment:
                return False
        elif not any(wanted in item.casefold() for item in equipment_of(exercise)):
            return False
    words = query.text.casefold().split()
    haystack = " ".join(
        (
            exercise.name,
            exercise.summary,
            exercise.category.label,
            position_of(exercise).value,
            *exercise.equipment,
        )
    ).casefold()
    return all(word in haystack for word in words)


def search(library: Library, query: ExerciseQuery) -> list[Exercise]:
    """Matching exercises by name (bundled and the user's alike)."""
    found = (e for e in library.exercises.values() if matches(e, query))
    return sorted(found, key=lambda e: e.name.casefold())


def equipment_words(exercises: Iterable[Exercise]) -> list[str]:
    """The short equipment names to filter by ("chair", "mat", "wall"…), most common first."""
    counts: dict[str, int] = {}
    for exercise in exercises:
        seen = set()
        for item in equipment_of(exercise):
            word = _short_equipment(item)
            if word and word not in seen:
                seen.add(word)
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: (-counts[word], word))


EQUIPMENT_WORDS = (
    "chair", "mat", "wall", "ball", "roller", "cushion", "strap", "step", "shoes", "bike", "pool",
)  # fmt: skip
"""The short names the equipment filter offers for the bundled exercises (the browser shows
them translated); a user's own equipment is offered by its first words."""


def _short_equipment(item: str) -> str:
    """'firm chair with armrests, or a higher seat' → 'chair'; '(optional)' items are skipped."""
    if "optional" in item:
        return ""
    for word in EQUIPMENT_WORDS:
        if word in item.casefold():
            return word
    return item.casefold().split(" or ")[0].strip()


def routines_using(library: Library, exercise_id: str) -> list[Routine]:
    """The routines holding this exercise, by title (the browser lists them)."""
    using = (
        routine
        for routine in library.routines.values()
        if any(block.exercise_id == exercise_id for block in routine.blocks)
        and not routine.id.startswith(TRY_ROUTINE_PREFIX)
    )
    return sorted(using, key=lambda routine: routine.title.casefold())


def try_routine(exercise: Exercise) -> Routine:
    """A one-exercise routine at the exercise's usual dose, for "Try this exercise"."""
    block = exercise.dose or Block(exercise.id, Continuous(duration_s=60.0))
    return Routine(
        id=f"{TRY_ROUTINE_PREFIX}{exercise.id}",
        title=exercise.name,
        category=RoutineCategory(exercise.category.value),
        level=exercise.level,
        summary=exercise.summary or exercise.name,
        blocks=(dataclasses.replace(block, exercise_id=exercise.id),),
    )
