"""The routine editor's working copy: every field a block form can show, whatever the mode.

A frozen ``Block`` keeps only its mode's values, so switching a block from holds to an interval
and back would lose what was typed. The draft keeps all of them and builds the ``Block`` on
demand, saying in plain words which field is wrong when it cannot. No Qt here, so the rules are
tested without widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from backtimer.i18n import QT_TRANSLATE_NOOP, translate
from backtimer.library._blocks import MAX_REPS, MAX_SETS
from backtimer.library.model import (
    Block,
    Continuous,
    Dosage,
    Hold,
    Interval,
    PacedReps,
    Sides,
    TapWhenDone,
)

MAX_SECONDS = 7200
ROUTINE_DEFAULT_PREPARE = -1  # the block form's "use the routine's get-ready time"

MODE_LABELS = {
    "hold": QT_TRANSLATE_NOOP("library", "Holds (isometric)"),
    "reps": QT_TRANSLATE_NOOP("library", "Paced repetitions"),
    "interval": QT_TRANSLATE_NOOP("library", "Work/rest intervals"),
    "continuous": QT_TRANSLATE_NOOP("library", "Continuous"),
    "tap": QT_TRANSLATE_NOOP("library", "Tap when done (no timer)"),
}
"""In English; the routine editor shows them translated (context "library")."""


class DraftError(ValueError):
    """A value the form cannot turn into a block; ``field`` names the form field."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


@dataclass
class BlockDraft:
    """Everything one block row in the editor holds; values are whole seconds and counts."""

    exercise_id: str
    mode: str = "hold"
    hold_s: int = 10
    rep_s: int = 4
    reps: int = 8
    sets: int = 1
    pyramid: str = ""
    rest_rep_s: int = 5
    rest_set_s: int = 20
    cue: str = ""
    work_s: int = 60
    rest_s: int = 30
    rounds: int = 4
    work_label: str = "Work"
    rest_label: str = "Rest"
    duration_s: int = 300
    target: str = ""
    estimate_s: int = 60
    sides: Sides = Sides.NONE
    switch_s: int = 5
    prepare_s: int = ROUTINE_DEFAULT_PREPARE
    note: str = ""
    rep_labels: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_block(cls, block: Block) -> BlockDraft:
        draft = cls(
            exercise_id=block.exercise_id,
            mode=block.dosage.mode,
            sides=block.sides,
            switch_s=round(block.switch_s),
            prepare_s=ROUTINE_DEFAULT_PREPARE
            if block.prepare_s is None
            else round(block.prepare_s),
            note=block.note,
            rest_set_s=round(block.rest_set_s),
        )
        match block.dosage:
            case Hold() as hold:
                draft.hold_s, draft.rest_rep_s = round(hold.hold_s), round(hold.rest_rep_s)
                draft.rep_labels = hold.rep_labels
                draft._set_counts(hold.reps_per_set)
            case PacedReps() as paced:
                draft.rep_s, draft.cue, draft.rep_labels = (
                    round(paced.rep_s),
                    paced.cue,
                    paced.rep_labels,
                )
                draft._set_counts(paced.reps_per_set)
            case Interval() as interval:
                draft.work_s, draft.rest_s = round(interval.work_s), round(interval.rest_s)
                draft.rounds = interval.rounds
                draft.work_label, draft.rest_label = interval.work_label, interval.rest_label
            case Continuous() as continuous:
                draft.duration_s = round(continuous.duration_s)
            case TapWhenDone() as tap:
                draft.target, draft.estimate_s = tap.target, round(tap.estimate_s)
        return draft

    def _set_counts(self, reps_per_set: tuple[int, ...]) -> None:
        if len(set(reps_per_set)) == 1:
            self.reps, self.sets, self.pyramid = reps_per_set[0], len(reps_per_set), ""
        else:
            self.pyramid = ", ".join(str(count) for count in reps_per_set)

    def to_block(self) -> Block:
        """The block this draft describes; ``DraftError`` names the first field that is wrong."""
        if self.mode == "interval" and self.sides is not Sides.NONE:
            raise DraftError(
                "sides", translate("library", "Intervals cannot have sides; choose “No sides”.")
            )
        uses_sets = self.mode in ("hold", "reps")
        return Block(
            exercise_id=self.exercise_id,
            dosage=self._dosage(),
            rest_set_s=float(self.rest_set_s) if uses_sets else 0.0,
            sides=self.sides,
            switch_s=float(self.switch_s),
            prepare_s=None if self.prepare_s < 0 else float(self.prepare_s),
            note=self.note.strip(),
        )

    def reps_per_set(self) -> tuple[int, ...]:
        """The pyramid when one is typed, else ``reps`` repeated ``sets`` times."""
        if not self.pyramid.strip():
            return (self.reps,) * self.sets
        parts = [part for part in re.split(r"[\s,;/]+", self.pyramid.strip()) if part]
        if not all(part.isdigit() for part in parts):
            raise DraftError(
                "pyramid",
                translate("library", "Write the reps of each set as numbers, like 5, 3, 1."),
            )
        counts = tuple(int(part) for part in parts)
        if not 1 <= len(counts) <= MAX_SETS:
            raise DraftError(
                "pyramid",
                translate("library", "A pyramid has 1 to {count} sets.").format(count=MAX_SETS),
            )
        if not all(1 <= count <= MAX_REPS for count in counts):
            raise DraftError(
                "pyramid",
                translate("library", "Each set has 1 to {count} reps.").format(count=MAX_REPS),
            )
        return counts

    def _dosage(self) -> Dosage:
        match self.mode:
            case "hold":
                return Hold(
                    float(self.hold_s),
                    self.reps_per_set(),
                    float(self.rest_rep_s),
                    self.rep_labels,
                )
            case "reps":
                return PacedReps(
                    float(self.rep_s), self.reps_per_set(), self.cue.strip(), self.rep_labels
                )
            case "interval":
                return Interval(
                    float(self.work_s),
                    float(self.rest_s),
                    self.rounds,
                    self.work_label.strip() or "Work",
                    self.rest_label.strip() or "Rest",
                )
            case "continuous":
                return Continuous(float(self.duration_s))
            case "tap":
                return TapWhenDone(self.target.strip(), float(self.estimate_s))
        raise DraftError("mode", f"Unknown mode {self.mode!r}.")
