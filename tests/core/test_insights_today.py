"""Today's rules without Qt: which routine comes first, and how an accepted change is saved."""

from __future__ import annotations

import dataclasses
from datetime import date

from backtimer.insights.dosage_steps import DosageChange, Variable
from backtimer.insights.programme import plan_day
from backtimer.insights.progression import FLARE_ROUTINE_ID, Suggestion, SuggestionKind
from backtimer.insights.today import (
    NO_ROUTINE_REASON,
    STARTER_ROUTINE_ID,
    routine_to_save,
    suggested_routine,
)
from backtimer.library.model import Library, Source, SourceKind

TODAY = date(2026, 4, 15)


def _with_user_copy(library: Library, original: str, copy_id: str) -> Library:
    routine = library.routine(original)
    copy = dataclasses.replace(
        routine,
        id=copy_id,
        title=f"{routine.title} (my level)",
        source=Source(SourceKind.USER, f"{copy_id}.toml"),
    )
    return dataclasses.replace(library, routines={**library.routines, copy_id: copy})


def _pick(library: Library, **kwargs: object) -> tuple[str | None, str]:
    defaults: dict[str, object] = {"flare": False, "plan": None, "last_routine_id": None}
    pick = suggested_routine(library, kwargs.pop("versions", {}), **{**defaults, **kwargs})
    return (pick.routine.id if pick.routine else None), pick.why


def test_nothing_known_starts_with_back_basics(library: Library) -> None:
    assert _pick(library) == (STARTER_ROUTINE_ID, "The place to start.")


def test_the_routine_done_last_comes_before_the_starter(library: Library) -> None:
    assert _pick(library, last_routine_id="rt_desk_reset") == (
        "rt_desk_reset",
        "The routine you did last.",
    )


def test_the_plan_comes_before_the_last_routine(library: Library) -> None:
    plan = plan_day(TODAY, TODAY, [])
    routine_id, why = _pick(library, plan=plan, last_routine_id="rt_desk_reset")
    assert (routine_id, why) == (plan.routine_id, plan.reason)


def test_flare_mode_comes_first_even_with_a_plan(library: Library) -> None:
    plan = plan_day(TODAY, TODAY, [])
    routine_id, why = _pick(library, flare=True, plan=plan, last_routine_id="rt_desk_reset")
    assert routine_id == FLARE_ROUTINE_ID
    assert "flare mode" in why


def test_the_users_own_copy_stands_in_for_the_bundled_routine(library: Library) -> None:
    mine = _with_user_copy(library, STARTER_ROUTINE_ID, "back_basics_my_level")
    versions = {STARTER_ROUTINE_ID: "back_basics_my_level"}
    assert _pick(mine, versions=versions)[0] == "back_basics_my_level"


def test_a_deleted_copy_falls_back_to_the_original(library: Library) -> None:
    assert _pick(library, versions={STARTER_ROUTINE_ID: "gone"})[0] == STARTER_ROUTINE_ID


def test_a_missing_routine_is_skipped_and_an_empty_library_says_so(library: Library) -> None:
    assert _pick(library, last_routine_id="deleted_routine")[0] == STARTER_ROUTINE_ID
    empty = dataclasses.replace(library, routines={})
    assert _pick(empty, last_routine_id="deleted_routine") == (None, NO_ROUTINE_REASON)


def _progress(library: Library, routine_id: str) -> Suggestion:
    routine = library.routine(routine_id)
    block = routine.blocks[0]
    proposed = dataclasses.replace(block, note="changed by the suggestion")
    change = DosageChange(0, Variable.REPS, "First", block, proposed, "before", "after")
    return Suggestion(
        SuggestionKind.PROGRESS,
        routine.id,
        routine.title,
        "Progress",
        "Two good sessions",
        changes=(change,),
        session_ids=(3, 7),
    )


def test_a_bundled_routine_is_saved_as_a_new_user_copy(library: Library) -> None:
    """Bundled files never change: the change goes into "… (my level)" with a fresh id."""
    save = routine_to_save(library, _progress(library, STARTER_ROUTINE_ID))
    original = library.routine(STARTER_ROUTINE_ID)
    assert save.copy_of == STARTER_ROUTINE_ID
    assert save.changed_after is None
    assert save.routine.id not in library.routines
    assert save.routine.title == f"{original.title} (my level)"
    assert save.routine.blocks[0].note == "changed by the suggestion"
    assert save.routine.blocks[1:] == original.blocks[1:]


def test_a_user_routine_changes_in_place_and_remembers_the_last_old_session(
    library: Library,
) -> None:
    """Same id; sessions up to the latest one were done at the old dose."""
    mine = _with_user_copy(library, STARTER_ROUTINE_ID, "my_basics")
    save = routine_to_save(mine, _progress(mine, "my_basics"))
    assert (save.routine.id, save.copy_of, save.changed_after) == ("my_basics", None, 7)
    assert save.routine.blocks[0].note == "changed by the suggestion"
