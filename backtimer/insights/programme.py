"""The 12-week plan of the clinical brief (§4.1) as data, and what it asks of a given day.

The plan is a default the user starts from the library; its weeks count from the start day (week
1 is days 0-6). Strength/trunk sessions are 2-3 a week on non-consecutive days (§8.1), so a day is
a strength day when fewer than the week's target are done and none was done yesterday; any other
day is a walking day. Phases with two strength routines alternate them. After week 12 the plan
turns into maintenance, as §4.1 says: about 2 strength sessions a week plus regular walking.

Weeks 1-2 run a real one-set version of the strength routine ("first set of each exercise only",
≈12 min): ``routine_for_plan_day`` derives it, and the Today page's Start runs what it returns.

The plan's texts name routines through placeholders (``{back_basics}``…, see ``PLAN_ROUTINES``)
that :func:`plan_words` fills with the titles the library shows, so the plan never calls a
routine by another name than the Library page does, in any language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.library.model import Block, Hold, Library, PacedReps, Routine
from backtimer.library.titles import FLARE_ROUTINE_ID, routine_title

PLAN_WEEKS = 12
BACK_BASICS = "rt_back_basics"
CORE_CONTROL = "rt_core_control"
POSTURE = "rt_posture_strength"
WALK = "rt_walk_easy"

PLAN_ROUTINES: Mapping[str, str] = {
    "back_basics": BACK_BASICS,
    "core_control": CORE_CONTROL,
    "posture": POSTURE,
    "walk": WALK,
    "warm_up": "rt_warm_up",
    "desk_reset": "rt_desk_reset",
    "breathe": "rt_breathe_unwind",
    "yoga": "rt_gentle_yoga",
    "massage": "rt_self_massage",
    "intervals": "rt_brisk_intervals",
    "bike": "rt_bike",
    "flare_day": FLARE_ROUTINE_ID,
}
"""The routines the plan's texts name: placeholder → bundled routine id."""


Translate = Callable[[str], str]
"""Looks a marked text up in the user's language (the UI passes one; the core stays English)."""


def _same(text: str) -> str:
    return text


def plan_titles(library: Library | None = None) -> dict[str, str]:
    """Placeholder → the title ``library`` shows (the bundled title without a library)."""
    return {key: routine_title(routine_id, library) for key, routine_id in PLAN_ROUTINES.items()}


def plan_words(text: str, titles: Mapping[str, str] | None = None, tr: Translate = _same) -> str:
    """A text of the plan (a phase's strength, walking, daily or note) with its routines named.

    ``titles`` comes from :func:`plan_titles`; without it the bundled titles are used.
    """
    return tr(text).format_map(titles if titles is not None else plan_titles())


class DayKind(StrEnum):
    STRENGTH = "strength"
    WALK = "walk"


@dataclass(frozen=True)
class PlanPhase:
    """One row of the §4.1 table."""

    first_week: int
    last_week: int
    strength_routines: tuple[str, ...]
    strength_per_week: int
    strength: str
    walking: str
    daily: str
    note: str
    """The four texts are English with routine placeholders: show them with :func:`plan_words`."""
    first_set_only: bool = False
    """Weeks 1-2: the strength routine runs the first set of each exercise only."""

    @property
    def weeks_text(self) -> str:
        return self.weeks_words()

    def weeks_words(self, tr: Translate = _same) -> str:
        if self.last_week > PLAN_WEEKS:
            return tr(QT_TRANSLATE_NOOP("programme", "After week {week}")).format(week=PLAN_WEEKS)
        return tr(QT_TRANSLATE_NOOP("programme", "Weeks {first}–{last}")).format(
            first=self.first_week, last=self.last_week
        )


PHASES: tuple[PlanPhase, ...] = (
    PlanPhase(
        1,
        2,
        (BACK_BASICS,),
        3,
        QT_TRANSLATE_NOOP(
            "programme",
            "{back_basics}, first set of each exercise only (≈12 min; skip the second sets)",
        ),
        QT_TRANSLATE_NOOP(
            "programme", "{walk} at a comfortable length (often 5–10 min), 3–5 days a week"
        ),
        QT_TRANSLATE_NOOP("programme", "{desk_reset} every 30–60 min of sitting; {breathe}"),
        QT_TRANSLATE_NOOP(
            "programme", "Learn the technique. Log pain before and after, and the next morning."
        ),
        first_set_only=True,
    ),
    PlanPhase(
        3,
        4,
        (BACK_BASICS,),
        3,
        QT_TRANSLATE_NOOP("programme", "{back_basics}, full routine (2 sets, ≈19 min)"),
        QT_TRANSLATE_NOOP("programme", "Add 2–5 minutes to your walks each week"),
        QT_TRANSLATE_NOOP(
            "programme",
            "{warm_up} before walks; {yoga} or {massage} once or twice a week",
        ),
        QT_TRANSLATE_NOOP(
            "programme", "Progress one thing at a time, when the suggestions say you are ready."
        ),
    ),
    PlanPhase(
        5,
        8,
        (CORE_CONTROL, POSTURE),
        3,
        QT_TRANSLATE_NOOP(
            "programme",
            "{core_control} and {posture} on alternate sessions; swap in the harder "
            "exercise levels one at a time",
        ),
        QT_TRANSLATE_NOOP(
            "programme",
            "Build towards 20–30 minutes; {intervals} or {bike} once a week if you like",
        ),
        QT_TRANSLATE_NOOP("programme", "As before"),
        QT_TRANSLATE_NOOP(
            "programme", "Holds stay short (8–10 s): add reps or sets rather than longer holds."
        ),
    ),
    PlanPhase(
        9,
        12,
        (CORE_CONTROL, POSTURE),
        3,
        QT_TRANSLATE_NOOP(
            "programme", "{core_control} and {posture}, 3 sessions a week (pyramid 6/4/2)"
        ),
        QT_TRANSLATE_NOOP(
            "programme",
            "About 30 minutes on 5 or more days a week (or 150 minutes of moderate activity)",
        ),
        QT_TRANSLATE_NOOP("programme", "As before"),
        QT_TRANSLATE_NOOP(
            "programme", "Then keep it up: about 2 strength sessions a week and regular walking."
        ),
    ),
    PlanPhase(
        13,
        10_000,
        (CORE_CONTROL, POSTURE),
        2,
        QT_TRANSLATE_NOOP(
            "programme", "Maintenance: {core_control} or {posture} about twice a week"
        ),
        QT_TRANSLATE_NOOP("programme", "Keep walking most days"),
        QT_TRANSLATE_NOOP("programme", "As you like; {flare_day} when you need it"),
        QT_TRANSLATE_NOOP(
            "programme", "You finished the 12 weeks. Keep going at a level that suits you."
        ),
    ),
)


@dataclass(frozen=True)
class PlanDay:
    """What the plan asks of one day."""

    week: int
    phase: PlanPhase
    kind: DayKind
    routine_id: str
    strength_done_this_week: int
    done_today: bool
    """The suggested routine (or any strength routine on a strength day) was done today."""

    @property
    def position(self) -> str:
        """``"Week 3 of 12: Back Basics, full routine…"`` or the maintenance line."""
        return self.position_words()

    def position_words(self, tr: Translate = _same, titles: Mapping[str, str] | None = None) -> str:
        """``position`` through ``tr``, routines named by ``titles`` (see :func:`plan_words`)."""
        strength = plan_words(self.phase.strength, titles, tr)
        if self.week > PLAN_WEEKS:
            return tr(QT_TRANSLATE_NOOP("programme", "12-week plan complete. {strength}")).format(
                strength=strength
            )
        return tr(QT_TRANSLATE_NOOP("programme", "Week {week} of {weeks}: {strength}")).format(
            week=self.week, weeks=PLAN_WEEKS, strength=strength
        )

    @property
    def reason(self) -> str:
        return self.reason_words()

    def reason_words(self, tr: Translate = _same) -> str:
        target = self.phase.strength_per_week
        done = self.strength_done_this_week
        if self.kind is DayKind.STRENGTH:
            return tr(
                QT_TRANSLATE_NOOP(
                    "programme",
                    "Strength day: {done} of {target} strength sessions done this week.",
                )
            ).format(done=done, target=target)
        if done >= target:
            return tr(
                QT_TRANSLATE_NOOP(
                    "programme", "All {target} strength sessions done this week: a walking day."
                )
            ).format(target=target)
        return tr(
            QT_TRANSLATE_NOOP(
                "programme",
                "Strength yesterday, so a walking day today (strength days are not back to back).",
            )
        )


def plan_week(started: date, today: date) -> int:
    """1 during the first 7 days; 0 before the start day."""
    if today < started:
        return 0
    return (today - started).days // 7 + 1


def phase_for_week(week: int) -> PlanPhase:
    for phase in PHASES:
        if phase.first_week <= max(1, week) <= phase.last_week:
            return phase
    return PHASES[-1]


def plan_day(started: date, today: date, done: Iterable[tuple[date, str]]) -> PlanDay:
    """What the plan suggests today, given the (day, routine id) of completed sessions."""
    week = max(1, plan_week(started, today))
    phase = phase_for_week(week)
    week_start = started + timedelta(days=7 * (week - 1))
    strength_ids = set(phase.strength_routines)
    sessions = sorted(item for item in done if item[0] <= today)
    strength = [(day, routine) for day, routine in sessions if routine in strength_ids]
    this_week = sum(1 for day, _ in strength if week_start <= day)
    strength_days = {day for day, _ in strength}
    done_ids_today = {routine for day, routine in sessions if day == today}
    if today in strength_days:
        routine = next(routine for day, routine in reversed(strength) if day == today)
        return PlanDay(week, phase, DayKind.STRENGTH, routine, this_week, True)
    if today - timedelta(days=1) in strength_days or this_week >= phase.strength_per_week:
        return PlanDay(week, phase, DayKind.WALK, WALK, this_week, WALK in done_ids_today)
    return PlanDay(week, phase, DayKind.STRENGTH, _next_strength(phase, strength), this_week, False)


def _next_strength(phase: PlanPhase, strength: list[tuple[date, str]]) -> str:
    """Alternate the phase's routines: the one not done most recently."""
    routines = phase.strength_routines
    if len(routines) == 1 or not strength:
        return routines[0]
    last = strength[-1][1]
    return routines[(routines.index(last) + 1) % len(routines)]


def routine_for_plan_day(
    routine: Routine, day: PlanDay | None, plan_routine_id: str, tr: Translate = _same
) -> Routine:
    """The routine to run for ``day``: in weeks 1-2 the strength routine with one set each.

    ``plan_routine_id`` is the plan's id for ``routine`` (a user copy of Back Basics counts as
    Back Basics). Other routines, other weeks and days without a plan run as they are.
    """
    if (
        day is None
        or not day.phase.first_set_only
        or day.kind is not DayKind.STRENGTH
        or plan_routine_id not in day.phase.strength_routines
    ):
        return routine
    return first_sets_only(routine, tr)


def first_sets_only(routine: Routine, tr: Translate = _same) -> Routine:
    """Every counted block cut to its first set; timed blocks (walks, breathing) unchanged."""
    blocks = tuple(_first_set(block) for block in routine.blocks)
    if blocks == routine.blocks:
        return routine
    title = tr(QT_TRANSLATE_NOOP("programme", "{title} (first sets only)")).format(
        title=routine.title
    )
    return replace(routine, blocks=blocks, title=title)


def _first_set(block: Block) -> Block:
    dosage = block.dosage
    if isinstance(dosage, Hold | PacedReps) and len(dosage.reps_per_set) > 1:
        return replace(block, dosage=replace(dosage, reps_per_set=dosage.reps_per_set[:1]))
    return block
