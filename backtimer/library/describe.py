"""Plain-words dosages and durations, shared by listings, the player and voice cues."""

from __future__ import annotations

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


def spoken_duration(seconds: float) -> str:
    """``90`` → ``"1 minute 30 seconds"``, ``600`` → ``"10 minutes"``, ``8`` → ``"8 seconds"``."""
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(_plural(minutes, "minute"))
    if secs or not minutes:
        parts.append(_plural(secs, "second"))
    return " ".join(parts)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _sides_phrase(block: Block) -> str:
    if block.sides is Sides.EACH:
        return " each side"
    if block.sides is Sides.ALTERNATE:
        return " per side, alternating"
    return ""


def _counted(reps_per_set: tuple[int, ...], unit: str, suffix: str, sides: str) -> str:
    """``"8 reps per side, alternating, 2 sets"``; pyramids read ``"5/3/1 holds …"``."""
    if len(set(reps_per_set)) == 1:
        phrase = _plural(reps_per_set[0], unit) + suffix + sides
        if len(reps_per_set) > 1:
            phrase += f", {_plural(len(reps_per_set), 'set')}"
        return phrase
    counts = "/".join(str(n) for n in reps_per_set)
    return f"{counts} {unit}s{suffix}{sides}, in descending sets"


def describe_dosage(block: Block) -> str:
    """The dosage as a person would say it: ``"6 holds of 8 seconds each side"``."""
    dosage = block.dosage
    sides = _sides_phrase(block)
    if isinstance(dosage, Hold):
        return _counted(dosage.reps_per_set, "hold", f" of {spoken_duration(dosage.hold_s)}", sides)
    if isinstance(dosage, PacedReps):
        text = _counted(dosage.reps_per_set, "rep", "", sides)
        return f"{text} ({dosage.cue})" if dosage.cue else text
    if isinstance(dosage, Interval):
        return (
            f"{_plural(dosage.rounds, 'round')} of {spoken_duration(dosage.work_s)} "
            f"{dosage.work_label.lower()} and {spoken_duration(dosage.rest_s)} "
            f"{dosage.rest_label.lower()}"
        )
    if isinstance(dosage, Continuous):
        return spoken_duration(dosage.duration_s) + sides
    if isinstance(dosage, TapWhenDone):
        return (dosage.target or "at your own pace") + sides
    raise TypeError(f"unknown dosage {dosage!r}")  # pragma: no cover - exhaustive over Dosage
