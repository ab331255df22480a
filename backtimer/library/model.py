"""The exercise library as plain, immutable data.

Everything here is Qt-free and validated by ``loader.py``; once an object exists it is known to be
well formed, so the engine and the UI never re-check it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from backtimer.i18n import QT_TRANSLATE_NOOP

MIN_DURATION_S = 1.0
MAX_DURATION_S = 2 * 60 * 60.0


class Category(StrEnum):
    STABILISATION = "stabilisation"
    MOBILITY = "mobility"
    POSTURE = "posture"
    SELF_MASSAGE = "self_massage"
    AEROBIC = "aerobic"
    YOGA = "yoga"
    BREATHING = "breathing"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS: dict[Category, str] = {
    Category.STABILISATION: QT_TRANSLATE_NOOP("library", "Trunk control"),
    Category.MOBILITY: QT_TRANSLATE_NOOP("library", "Dynamic stretching"),
    Category.POSTURE: QT_TRANSLATE_NOOP("library", "Postural training"),
    Category.SELF_MASSAGE: QT_TRANSLATE_NOOP("library", "Self-massage"),
    Category.AEROBIC: QT_TRANSLATE_NOOP("library", "Aerobic"),
    Category.YOGA: QT_TRANSLATE_NOOP("library", "Yoga"),
    Category.BREATHING: QT_TRANSLATE_NOOP("library", "Breathing & relaxation"),
}
"""In English; the UI shows them translated (context "library")."""


class RoutineCategory(StrEnum):
    """A routine's category: any exercise category, or a flare-up routine for bad days."""

    STABILISATION = "stabilisation"
    MOBILITY = "mobility"
    POSTURE = "posture"
    SELF_MASSAGE = "self_massage"
    AEROBIC = "aerobic"
    YOGA = "yoga"
    BREATHING = "breathing"
    FLARE_UP = "flare_up"

    @property
    def label(self) -> str:
        if self is RoutineCategory.FLARE_UP:
            return QT_TRANSLATE_NOOP("library", "Flare-up")
        return Category(self.value).label


class Level(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"

    @property
    def label(self) -> str:
        """The level's name in English; the UI shows it translated (context "library")."""
        return LEVEL_LABELS[self]


LEVEL_LABELS: dict[Level, str] = {
    Level.BEGINNER: QT_TRANSLATE_NOOP("library", "Beginner"),
    Level.INTERMEDIATE: QT_TRANSLATE_NOOP("library", "Intermediate"),
    Level.ADVANCED: QT_TRANSLATE_NOOP("library", "Advanced"),
}


class Sides(StrEnum):
    """How a block treats left and right.

    ``each``: every rep on one side, a switch pause, then the other side.
    ``alternate``: reps alternate left/right; ``reps`` counts per side.
    """

    NONE = "none"
    EACH = "each"
    ALTERNATE = "alternate"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class SourceKind(StrEnum):
    BUNDLED = "bundled"
    USER = "user"


@dataclass(frozen=True)
class Source:
    """Where a definition came from, for listings and error messages."""

    kind: SourceKind
    path: str
    line: int = 0

    def __str__(self) -> str:
        return self.kind.value if self.kind is SourceKind.BUNDLED else f"user: {self.path}"


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    category: Category
    level: Level
    equipment: tuple[str, ...]
    steps: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    stop_if: str
    summary: str = ""
    note: str = ""
    illustration: str | None = None
    easier: str | None = None
    harder: str | None = None
    dose: Block | None = None
    """The exercise's own starting dose (its block's ``exercise_id`` is this exercise's id)."""
    source: Source = field(default=Source(SourceKind.BUNDLED, ""), compare=False)
    english: Exercise | None = field(default=None, compare=False, repr=False)
    """A bundled exercise shown translated: the original, whose English words the browser's
    position and equipment filters read (``library.localise``); None for everything else."""


# --- dosage modes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hold:
    """Isometric holds: ``reps_per_set[i]`` holds of ``hold_s`` in set ``i``."""

    hold_s: float
    reps_per_set: tuple[int, ...]
    rest_rep_s: float = 0.0
    rep_labels: tuple[str, ...] = ()

    mode = "hold"


@dataclass(frozen=True)
class PacedReps:
    """Repetitions paced at ``rep_s`` seconds each; one timed step per set (and side)."""

    rep_s: float
    reps_per_set: tuple[int, ...]
    cue: str = ""
    rep_labels: tuple[str, ...] = ()

    mode = "reps"


@dataclass(frozen=True)
class Interval:
    """Work/rest rounds with spoken labels, e.g. 180 s Brisk / 120 s Easy x 4."""

    work_s: float
    rest_s: float
    rounds: int
    work_label: str = "Work"
    rest_label: str = "Rest"

    mode = "interval"


@dataclass(frozen=True)
class Continuous:
    """One uninterrupted block (a walk, a body scan)."""

    duration_s: float

    mode = "continuous"


@dataclass(frozen=True)
class TapWhenDone:
    """No timer: the user taps when done. ``estimate_s`` only feeds duration estimates."""

    target: str = ""
    estimate_s: float = 60.0

    mode = "tap"


Dosage = Hold | PacedReps | Interval | Continuous | TapWhenDone
DOSAGE_MODES = ("hold", "reps", "interval", "continuous", "tap")


@dataclass(frozen=True)
class Block:
    """One exercise inside a routine, with its dosage and set/side structure."""

    exercise_id: str
    dosage: Dosage
    rest_set_s: float = 0.0
    sides: Sides = Sides.NONE
    switch_s: float = 5.0
    prepare_s: float | None = None
    note: str = ""
    line: int = field(default=0, compare=False)
    """Where the block starts in its file, for messages; not part of the block's meaning."""

    @property
    def sets(self) -> int:
        if isinstance(self.dosage, Hold | PacedReps):
            return len(self.dosage.reps_per_set)
        if isinstance(self.dosage, Interval):
            return self.dosage.rounds
        return 1


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    category: RoutineCategory
    level: Level
    summary: str
    blocks: tuple[Block, ...]
    prepare_s: float = 10.0
    description: str = ""
    source: Source = field(default=Source(SourceKind.BUNDLED, ""), compare=False)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, printed as ``FILE:LINE: field: message``."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Library:
    """Every exercise and routine that loaded, plus what was skipped and why."""

    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    problems: tuple[Problem, ...] = ()

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def routine(self, routine_id: str) -> Routine:
        return self.routines[routine_id]

    def user_files(self) -> tuple[Path, ...]:
        sources = [item.source for item in self.exercises.values()]
        sources += [item.source for item in self.routines.values()]
        paths = {Path(source.path) for source in sources if source.kind is SourceKind.USER}
        return tuple(sorted(paths))
