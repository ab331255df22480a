"""What the Today page suggests, and how accepting a dose change becomes a saved routine.

Pure rules over the library and what the journal and the course state already say, so they are
tested without Qt, settings or files; the Today controller reads the inputs and carries out the
result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.insights.programme import PlanDay, Translate, _same
from backtimer.insights.progression import Suggestion, routine_with_changes
from backtimer.library.model import Library, Routine, SourceKind
from backtimer.library.titles import FLARE_ROUTINE_ID
from backtimer.library.user_store import new_id, taken_ids

STARTER_ROUTINE_ID = "rt_back_basics"
NO_ROUTINE_REASON = QT_TRANSLATE_NOOP("today", "No routine is available: check the Library.")


@dataclass(frozen=True)
class TodayPick:
    """The routine Today puts first, and why, in the user's words."""

    routine: Routine | None
    why: str


def suggested_routine(
    library: Library,
    versions: Mapping[str, str],
    *,
    flare: bool,
    plan: PlanDay | None,
    last_routine_id: str | None,
    tr: Translate = _same,
) -> TodayPick:
    """Flare mode first (it replaces the plan's strength work), then plan, last used, start.

    ``versions`` maps a bundled routine id to the user's own copy made by accepting a dose
    change: where the copy still exists it stands in for the original.
    """
    candidates: list[tuple[str, str]] = []
    if flare:
        candidates.append(
            (
                FLARE_ROUTINE_ID,
                tr(QT_TRANSLATE_NOOP("today", "You are in flare mode: keep moving gently.")),
            )
        )
    if plan is not None:
        candidates.append((plan.routine_id, plan.reason_words(tr)))
    if last_routine_id is not None:
        candidates.append(
            (last_routine_id, tr(QT_TRANSLATE_NOOP("today", "The routine you did last.")))
        )
    candidates.append((STARTER_ROUTINE_ID, tr(QT_TRANSLATE_NOOP("today", "The place to start."))))
    for routine_id, why in candidates:
        mine = library.routines.get(versions.get(routine_id, ""))
        routine = mine or library.routines.get(routine_id)
        if routine is not None:
            return TodayPick(routine, why)
    return TodayPick(None, tr(NO_ROUTINE_REASON))


@dataclass(frozen=True)
class RoutineSave:
    """An accepted dose change as a routine to save, and what the course state must remember.

    Exactly one of ``copy_of`` and ``changed_after`` is set.
    """

    routine: Routine
    copy_of: str | None
    """A bundled routine's id: ``routine`` is the user's copy that now stands in for it."""
    changed_after: int | None
    """A user routine changed in place: the last session done at the old dose."""


def routine_to_save(library: Library, suggestion: Suggestion, tr: Translate = _same) -> RoutineSave:
    """A bundled routine gets a user copy ("… (my level)"); a user routine changes in place.

    Bundled files are never edited, so the change lives in a copy the plan then uses; a user's
    own routine keeps its id, and the sessions before the change stop counting towards the next
    suggestion (they were done at the old dose).
    """
    routine = library.routine(suggestion.routine_id)
    changed = routine_with_changes(routine, suggestion.changes)
    if routine.source.kind is SourceKind.BUNDLED:
        title = tr(QT_TRANSLATE_NOOP("today", "{title} (my level)")).format(title=routine.title)
        copy = dataclasses.replace(changed, id=new_id(title, taken_ids(library)), title=title)
        return RoutineSave(copy, copy_of=routine.id, changed_after=None)
    last = suggestion.session_ids[-1] if suggestion.session_ids else None
    return RoutineSave(changed, copy_of=None, changed_after=last)
