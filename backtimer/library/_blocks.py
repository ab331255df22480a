"""Read one ``[[routine.block]]`` table: its dosage mode decides which keys it may have."""

from __future__ import annotations

from backtimer.i18n import translate
from backtimer.library._fields import (
    TableReader,
    describe,
    must_be_one_of,
    required_one_of,
    suggestion,
)
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

MAX_REPS = 100
MAX_SETS = 20
MAX_ROUNDS = 100
BLOCK_KEYS = ("exercise", "mode", "sides", "switch_s", "prepare_s", "note")
MODE_KEYS: dict[str, tuple[str, ...]] = {
    "hold": ("hold_s", "reps", "pyramid", "sets", "rest_rep_s", "rest_set_s", "rep_labels"),
    "reps": ("rep_s", "reps", "pyramid", "sets", "rest_set_s", "cue", "rep_labels"),
    "interval": ("work_s", "rest_s", "rounds", "work_label", "rest_label"),
    "continuous": ("duration_s",),
    "tap": ("target", "estimate_s"),
}
ALL_MODE_KEYS = tuple(dict.fromkeys(key for keys in MODE_KEYS.values() for key in keys))


def read_block(reader: TableReader) -> Block | None:
    """The block, or None when it has problems (all of them reported)."""
    mode = reader.data.get("mode")
    _check_mode_and_keys(reader, mode)
    exercise_id = reader.identifier("exercise", of_exercise=True)
    sides = reader.choice("sides", Sides, default=Sides.NONE)
    if mode == "interval" and reader.has("sides"):
        reader.fail(
            "sides", translate("RoutineCheck", "is not allowed with mode 'interval'; remove it")
        )
    switch_s = reader.seconds("switch_s", minimum=0.0, default=5.0)
    prepare_s = reader.optional_seconds("prepare_s", minimum=0.0)
    note = reader.text("note", default="")
    rest_set_s = 0.0
    if mode in ("hold", "reps"):
        rest_set_s = reader.seconds("rest_set_s", minimum=0.0, default=0.0)
    dosage = _dosage(reader, mode)
    if not reader.ok or dosage is None:
        return None
    return Block(
        exercise_id=exercise_id,
        dosage=dosage,
        rest_set_s=rest_set_s,
        sides=sides,
        switch_s=switch_s,
        prepare_s=prepare_s,
        note=note,
        line=reader.report.locator.line_of(reader.location),
    )


def _check_mode_and_keys(reader: TableReader, mode: object) -> None:
    """Unknown keys are judged against the mode's keys when the mode is valid, else all modes'."""
    if isinstance(mode, str) and mode in MODE_KEYS:
        allowed = (*BLOCK_KEYS, *MODE_KEYS[mode])
        not_used = translate(
            "RoutineCheck", "is not used by mode {mode}, which takes: {keys}"
        ).format(mode=repr(mode), keys=", ".join(MODE_KEYS[mode]))
        elsewhere = {key: not_used for key in ALL_MODE_KEYS if key not in allowed}
        reader.check_keys(allowed, elsewhere)
        return
    reader.check_keys((*BLOCK_KEYS, *ALL_MODE_KEYS))
    if "mode" not in reader.data:
        reader.fail("mode", required_one_of(MODE_KEYS))
        return
    hint = suggestion(mode, MODE_KEYS) if isinstance(mode, str) else ""
    reader.fail("mode", must_be_one_of(MODE_KEYS, describe(mode), hint))


def _dosage(reader: TableReader, mode: object) -> Dosage | None:
    match mode:
        case "hold":
            return Hold(
                hold_s=reader.seconds("hold_s"),
                reps_per_set=_reps_per_set(reader),
                rest_rep_s=reader.seconds("rest_rep_s", minimum=0.0, default=0.0),
                rep_labels=reader.text_list("rep_labels"),
            )
        case "reps":
            return PacedReps(
                rep_s=reader.seconds("rep_s"),
                reps_per_set=_reps_per_set(reader),
                cue=reader.text("cue", default=""),
                rep_labels=reader.text_list("rep_labels"),
            )
        case "interval":
            return Interval(
                work_s=reader.seconds("work_s"),
                rest_s=reader.seconds("rest_s", minimum=0.0),
                rounds=reader.whole("rounds", lowest=1, highest=MAX_ROUNDS),
                work_label=reader.text("work_label", default="") or "Work",
                rest_label=reader.text("rest_label", default="") or "Rest",
            )
        case "continuous":
            return Continuous(duration_s=reader.seconds("duration_s"))
        case "tap":
            return TapWhenDone(
                target=reader.text("target", default=""),
                estimate_s=reader.seconds("estimate_s", default=60.0),
            )
    return None


def _reps_per_set(reader: TableReader) -> tuple[int, ...]:
    """Reps of each set: a ``pyramid``, or ``reps`` repeated ``sets`` times."""
    if reader.has("pyramid"):
        if reader.has("reps") or reader.has("sets"):
            reader.fail(
                "pyramid",
                translate(
                    "RoutineCheck",
                    "replaces reps and sets; give either pyramid = [5, 3, 1] or reps (and sets)",
                ),
            )
        return reader.whole_list("pyramid", lowest=1, highest=MAX_REPS, max_items=MAX_SETS)
    if not reader.has("reps"):
        reader.fail(
            "reps",
            translate(
                "RoutineCheck",
                "is required: a whole number from 1 to {high} per set "
                "(or a pyramid like [5, 3, 1])",
            ).format(high=MAX_REPS),
        )
        return (1,)
    reps = reader.whole("reps", lowest=1, highest=MAX_REPS)
    sets = reader.whole("sets", lowest=1, highest=MAX_SETS, default=1)
    return (reps,) * sets
