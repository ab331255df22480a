"""Plain-words dosages and durations, shared by listings, the player and voice cues."""

from __future__ import annotations

from collections.abc import Callable

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.library.model import (
    Block,
    Continuous,
    Hold,
    Interval,
    PacedReps,
    Sides,
    TapWhenDone,
)


def format_seconds(seconds: float) -> str:
    """``95`` → ``"1:35"``; ``3725`` → ``"1:02:05"`` (a clock-style duration)."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


Translate = Callable[[str], str]
"""Looks a marked text up in the user's language (the UI passes Qt's; voice cues, i18n's)."""


def _same(text: str) -> str:
    return text


def spoken_duration(seconds: float, tr: Translate = _same) -> str:
    """``90`` → ``"1 minute 30 seconds"``, ``600`` → ``"10 minutes"``, ``8`` → ``"8 seconds"``."""
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(
            tr(QT_TRANSLATE_NOOP("describe", "1 minute"))
            if minutes == 1
            else tr(QT_TRANSLATE_NOOP("describe", "{count} minutes")).format(count=minutes)
        )
    if secs or not minutes:
        parts.append(
            tr(QT_TRANSLATE_NOOP("describe", "1 second"))
            if secs == 1
            else tr(QT_TRANSLATE_NOOP("describe", "{count} seconds")).format(count=secs)
        )
    return " ".join(parts)


def _unit(count: int, unit: str, tr: Translate) -> str:
    """``8 reps``, ``1 hold``, ``3 rounds``, ``2 sets`` in the user's language."""
    one, many = _UNITS[unit]
    return tr(one) if count == 1 else tr(many).format(count=count)


_UNITS = {
    "rep": (QT_TRANSLATE_NOOP("describe", "1 rep"), QT_TRANSLATE_NOOP("describe", "{count} reps")),
    "hold": (
        QT_TRANSLATE_NOOP("describe", "1 hold"),
        QT_TRANSLATE_NOOP("describe", "{count} holds"),
    ),
    "set": (QT_TRANSLATE_NOOP("describe", "1 set"), QT_TRANSLATE_NOOP("describe", "{count} sets")),
    "round": (
        QT_TRANSLATE_NOOP("describe", "1 round"),
        QT_TRANSLATE_NOOP("describe", "{count} rounds"),
    ),
}
_PYRAMIDS = {
    "rep": QT_TRANSLATE_NOOP("describe", "{counts} reps"),
    "hold": QT_TRANSLATE_NOOP("describe", "{counts} holds"),
}


def _sides_phrase(block: Block, tr: Translate) -> str:
    if block.sides is Sides.EACH:
        return tr(QT_TRANSLATE_NOOP("describe", " each side"))
    if block.sides is Sides.ALTERNATE:
        return tr(QT_TRANSLATE_NOOP("describe", " per side, alternating"))
    return ""


def _counted(
    reps_per_set: tuple[int, ...], unit: str, suffix: str, sides: str, tr: Translate
) -> str:
    """``"8 reps per side, alternating, 2 sets"``; pyramids read ``"5/3/1 holds …"``."""
    if len(set(reps_per_set)) == 1:
        phrase = _unit(reps_per_set[0], unit, tr) + suffix + sides
        if len(reps_per_set) > 1:
            phrase += ", " + _unit(len(reps_per_set), "set", tr)
        return phrase
    counts = tr(_PYRAMIDS[unit]).format(counts="/".join(str(n) for n in reps_per_set))
    return counts + suffix + sides + tr(QT_TRANSLATE_NOOP("describe", ", in descending sets"))


def describe_dosage(block: Block, tr: Translate = _same) -> str:
    """The dosage as a person would say it: ``"6 holds of 8 seconds each side"``."""
    dosage = block.dosage
    sides = _sides_phrase(block, tr)
    if isinstance(dosage, Hold):
        of = tr(QT_TRANSLATE_NOOP("describe", " of {duration}")).format(
            duration=spoken_duration(dosage.hold_s, tr)
        )
        return _counted(dosage.reps_per_set, "hold", of, sides, tr)
    if isinstance(dosage, PacedReps):
        text = _counted(dosage.reps_per_set, "rep", "", sides, tr)
        return f"{text} ({dosage.cue})" if dosage.cue else text
    if isinstance(dosage, Interval):
        return tr(
            QT_TRANSLATE_NOOP("describe", "{rounds} of {work} {work_label} and {rest} {rest_label}")
        ).format(
            rounds=_unit(dosage.rounds, "round", tr),
            work=spoken_duration(dosage.work_s, tr),
            work_label=dosage.work_label.lower(),
            rest=spoken_duration(dosage.rest_s, tr),
            rest_label=dosage.rest_label.lower(),
        )
    if isinstance(dosage, Continuous):
        return spoken_duration(dosage.duration_s, tr) + sides
    if isinstance(dosage, TapWhenDone):
        return (dosage.target or tr(QT_TRANSLATE_NOOP("describe", "at your own pace"))) + sides
    raise TypeError(f"unknown dosage {dosage!r}")  # pragma: no cover - exhaustive over Dosage
