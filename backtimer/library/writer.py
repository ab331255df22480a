"""Write Exercises and Routines back as TOML in the documented routine format.

The routine editor and sharing write through here, so a file the app writes is a file a person
could have written: the keys of ``docs/routine-format.md`` in its order, defaults left out, one
value per line. There is no TOML writer in the standard library and the format needs only strings,
numbers and arrays of them, so the few escaping rules live here rather than in a new dependency.
``loader.load_library`` reads the output back to equal objects (a property test pins that).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import cast

from backtimer.library._items import SUPPORTED_FORMAT
from backtimer.library.model import (
    Block,
    Continuous,
    Exercise,
    Hold,
    Interval,
    PacedReps,
    Routine,
    Sides,
    TapWhenDone,
)

DEFAULT_PREPARE_S = 10.0
DEFAULT_SWITCH_S = 5.0
DEFAULT_ESTIMATE_S = 60.0

_SHORT_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_Value = str | int | float | tuple[str, ...] | tuple[int, ...]


def toml_string(text: str) -> str:
    """``text`` as a one-line TOML basic string.

    Quotes, backslashes and every control character TOML forbids raw (U+0000–U+001F, U+007F) are
    escaped; everything else, including non-ASCII letters, is written as it is (files are UTF-8).
    """
    parts = ['"']
    for char in text:
        code = ord(char)
        if char in {'"', "\\"}:
            parts.append("\\" + char)
        elif char in _SHORT_ESCAPES:
            parts.append(_SHORT_ESCAPES[char])
        elif code < 0x20 or code == 0x7F:
            parts.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError(f"text contains a lone surrogate U+{code:04X}, which TOML cannot hold")
        else:
            parts.append(char)
    parts.append('"')
    return "".join(parts)


def toml_number(value: float) -> str:
    """Whole numbers without a decimal point (as people write seconds); others exactly."""
    if isinstance(value, bool):
        raise TypeError("booleans are not numbers in the routine format")
    if isinstance(value, int):
        return str(value)
    if value != value or value in {float("inf"), float("-inf")}:
        raise ValueError(f"{value} cannot be written in a routine file")
    if value.is_integer():
        return str(int(value))
    return repr(value)  # shortest text that reads back to the same float; valid TOML


def toml_value(value: _Value, *, indent: str = "") -> str:
    """A string, number or array; arrays of text go one entry per line so diffs stay readable."""
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return toml_number(value)
    if not value:
        return "[]"
    if all(isinstance(item, str) for item in value):
        lines = [f"{indent}  {toml_string(item)}," for item in value]  # type: ignore[arg-type]
        return "[\n" + "\n".join(lines) + f"\n{indent}]"
    numbers = cast("tuple[int, ...]", value)  # not all text, so numbers (see _Value)
    return "[" + ", ".join(toml_number(item) for item in numbers) + "]"


def document_text(
    *,
    exercises: Sequence[Exercise] = (),
    routines: Sequence[Routine] = (),
    comment: str = "",
) -> str:
    """One routine file holding ``exercises`` then ``routines``.

    User illustrations are written as their bare file name: the loader resolves them beside the
    file, so the picture must sit in the folder the text is saved to.
    """
    lines = [f"# {line}".rstrip() for line in comment.splitlines()]
    lines.append(f"format = {SUPPORTED_FORMAT}")
    for exercise in exercises:
        lines += ["", "[[exercise]]", *_assignments(_exercise_pairs(exercise))]
        if exercise.dose is not None:
            dose_pairs = _block_pairs(exercise.dose)[1:]  # the dose's exercise is this one
            lines += ["", "[exercise.dose]", *_assignments(dose_pairs)]
    for routine in routines:
        lines += ["", "[[routine]]", *_assignments(_routine_pairs(routine))]
        for block in routine.blocks:
            lines += ["", "[[routine.block]]", *_assignments(_block_pairs(block))]
    return "\n".join(lines) + "\n"


def _assignments(pairs: Iterable[tuple[str, _Value]]) -> list[str]:
    return [f"{key} = {toml_value(value)}" for key, value in pairs]


def _exercise_pairs(exercise: Exercise) -> list[tuple[str, _Value]]:
    pairs: list[tuple[str, _Value]] = [
        ("id", exercise.id),
        ("name", exercise.name),
        ("category", exercise.category.value),
        ("level", exercise.level.value),
    ]
    if exercise.equipment:
        pairs.append(("equipment", exercise.equipment))
    if exercise.summary:
        pairs.append(("summary", exercise.summary))
    pairs.append(("steps", exercise.steps))
    if exercise.cues:
        pairs.append(("cues", exercise.cues))
    if exercise.mistakes:
        pairs.append(("mistakes", exercise.mistakes))
    pairs.append(("stop_if", exercise.stop_if))
    if exercise.note:
        pairs.append(("note", exercise.note))
    if exercise.illustration:
        pairs.append(("illustration", PurePath(exercise.illustration).name))
    if exercise.easier:
        pairs.append(("easier", exercise.easier))
    if exercise.harder:
        pairs.append(("harder", exercise.harder))
    return pairs


def _routine_pairs(routine: Routine) -> list[tuple[str, _Value]]:
    pairs: list[tuple[str, _Value]] = [
        ("id", routine.id),
        ("title", routine.title),
        ("category", routine.category.value),
        ("level", routine.level.value),
        ("summary", routine.summary),
    ]
    if routine.description:
        pairs.append(("description", routine.description))
    pairs.append(("prepare_s", routine.prepare_s))
    return pairs


def _block_pairs(block: Block) -> list[tuple[str, _Value]]:
    dosage = block.dosage
    pairs: list[tuple[str, _Value]] = [("exercise", block.exercise_id), ("mode", dosage.mode)]
    match dosage:
        case Hold():
            pairs.append(("hold_s", dosage.hold_s))
            pairs += _counts(dosage.reps_per_set)
            if dosage.rest_rep_s:
                pairs.append(("rest_rep_s", dosage.rest_rep_s))
            if block.rest_set_s:
                pairs.append(("rest_set_s", block.rest_set_s))
            if dosage.rep_labels:
                pairs.append(("rep_labels", dosage.rep_labels))
        case PacedReps():
            pairs.append(("rep_s", dosage.rep_s))
            pairs += _counts(dosage.reps_per_set)
            if block.rest_set_s:
                pairs.append(("rest_set_s", block.rest_set_s))
            if dosage.cue:
                pairs.append(("cue", dosage.cue))
            if dosage.rep_labels:
                pairs.append(("rep_labels", dosage.rep_labels))
        case Interval():
            pairs += [
                ("work_s", dosage.work_s),
                ("rest_s", dosage.rest_s),
                ("rounds", dosage.rounds),
            ]
            if dosage.work_label != "Work":
                pairs.append(("work_label", dosage.work_label))
            if dosage.rest_label != "Rest":
                pairs.append(("rest_label", dosage.rest_label))
        case Continuous():
            pairs.append(("duration_s", dosage.duration_s))
        case TapWhenDone():
            if dosage.target:
                pairs.append(("target", dosage.target))
            pairs.append(("estimate_s", dosage.estimate_s))
    if block.sides is not Sides.NONE:
        pairs.append(("sides", block.sides.value))
    if block.switch_s != DEFAULT_SWITCH_S:
        pairs.append(("switch_s", block.switch_s))
    if block.prepare_s is not None:
        pairs.append(("prepare_s", block.prepare_s))
    if block.note:
        pairs.append(("note", block.note))
    return pairs


def _counts(reps_per_set: tuple[int, ...]) -> list[tuple[str, _Value]]:
    """Equal sets as ``reps`` (and ``sets``); anything else as a ``pyramid``."""
    if len(set(reps_per_set)) == 1:
        pairs: list[tuple[str, _Value]] = [("reps", reps_per_set[0])]
        if len(reps_per_set) > 1:
            pairs.append(("sets", len(reps_per_set)))
        return pairs
    return [("pyramid", reps_per_set)]
