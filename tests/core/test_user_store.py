"""User routine files: checked atomic writes, rename, duplicate, delete to trash and undo."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from backtimer.library.loader import load_library
from backtimer.library.model import (
    Block,
    Category,
    Continuous,
    Exercise,
    Hold,
    Level,
    Library,
    Routine,
    RoutineCategory,
    SourceKind,
)
from backtimer.library.user_store import (
    InvalidRoutineError,
    RoutineStoreError,
    UserRoutineStore,
    new_id,
)
from backtimer.paths import DataPaths

ROUTINE = Routine(
    id="my_mornings",
    title="My mornings",
    category=RoutineCategory.MOBILITY,
    level=Level.BEGINNER,
    summary="Wake the back up.",
    blocks=(
        Block("stab_bird_dog", Hold(8.0, (5, 5))),
        Block("aer_walk_easy", Continuous(300.0)),
    ),
)


def _store(paths: DataPaths) -> UserRoutineStore:
    return UserRoutineStore.for_data_dir(paths)


def _library(paths: DataPaths) -> Library:
    return load_library(paths.routines_dir)


def _strip(routine: Routine) -> Routine:
    return dataclasses.replace(
        routine, blocks=tuple(dataclasses.replace(b, line=0) for b in routine.blocks)
    )


def _visible_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_new_routine_is_written_to_its_id_and_loads_back(data_paths: DataPaths) -> None:
    """A new routine lands in <id>.toml and the library reads it back unchanged."""
    path = _store(data_paths).save_routine(ROUTINE, _library(data_paths))
    assert path == data_paths.routines_dir / "my_mornings.toml"
    library = _library(data_paths)
    assert library.problems == ()
    assert _strip(library.routine("my_mornings")) == ROUTINE
    assert library.routine("my_mornings").source.kind is SourceKind.USER


@pytest.mark.parametrize(
    ("routine", "fragment"),
    [
        (
            dataclasses.replace(ROUTINE, blocks=(Block("no_such_move", Continuous(60.0)),)),
            "unknown exercise 'no_such_move'",
        ),
        (dataclasses.replace(ROUTINE, id="rt_back_basics"), "bundled routine"),
        (dataclasses.replace(ROUTINE, summary=" "), "summary: must not be empty"),
    ],
)
def test_invalid_routine_writes_nothing(
    data_paths: DataPaths, routine: Routine, fragment: str
) -> None:
    """The loader's problems stop the write: no file, no temporary left behind."""
    library = _library(data_paths)
    if routine.id == "rt_back_basics":  # a bundled id is refused before any checking
        with pytest.raises(RoutineStoreError, match=fragment):
            _store(data_paths).save_routine(routine, library)
    else:
        with pytest.raises(InvalidRoutineError, match=fragment) as caught:
            _store(data_paths).save_routine(routine, library)
        assert str(caught.value.problems[0]).startswith(
            f"{data_paths.routines_dir / 'my_mornings.toml'}:"
        )
    assert _visible_files(data_paths.routines_dir) == []


def test_clash_with_another_user_file_is_refused(data_paths: DataPaths) -> None:
    """An id a hand-written file already uses is a problem, never a second definition."""
    hand = data_paths.routines_dir / "hand.toml"
    hand.write_text(
        '[[routine]]\nid = "my_mornings"\ntitle = "Hand"\ncategory = "yoga"\n'
        'level = "beginner"\nsummary = "Mine."\n[[routine.block]]\n'
        'exercise = "aer_walk_easy"\nmode = "tap"\n',
        encoding="utf-8",
    )
    stale = load_library(None)  # the file check itself must see the clash
    with pytest.raises(InvalidRoutineError, match="already used by the routine 'Hand'"):
        _store(data_paths).save_routine(ROUTINE, stale)
    assert _visible_files(data_paths.routines_dir) == ["hand.toml"]


def test_failed_replace_keeps_the_old_file_and_no_temporary(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final rename fails, the previous version stays whole and nothing is left over."""
    store = _store(data_paths)
    path = store.save_routine(ROUTINE, _library(data_paths))
    before = path.read_bytes()

    def broken_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(RoutineStoreError, match="No space left on device"):
        store.rename(ROUTINE, "Brand new title", _library(data_paths))
    assert path.read_bytes() == before
    assert _visible_files(data_paths.routines_dir) == ["my_mornings.toml"]


def test_rename_keeps_the_id_and_the_file(data_paths: DataPaths) -> None:
    """Renaming changes the title only, so journal entries still point at the routine."""
    store = _store(data_paths)
    store.save_routine(ROUTINE, _library(data_paths))
    library = _library(data_paths)
    store.rename(library.routine("my_mornings"), "  Sunrise  ", library)
    again = _library(data_paths)
    assert again.routine("my_mornings").title == "Sunrise"
    assert _visible_files(data_paths.routines_dir) == ["my_mornings.toml"]


def test_duplicate_of_a_bundled_routine_is_an_editable_user_copy(data_paths: DataPaths) -> None:
    """Duplicating gives a new id from the title and the same blocks."""
    library = _library(data_paths)
    bundled = library.routine("rt_back_basics")
    copy = _store(data_paths).duplicate(bundled, library)
    assert copy.id == "back_basics_copy"
    assert copy.title == "Back Basics (copy)"
    loaded = _library(data_paths).routine(copy.id)
    assert [b.dosage for b in loaded.blocks] == [b.dosage for b in bundled.blocks]
    second = _store(data_paths).duplicate(bundled, _library(data_paths))
    assert second.id == "back_basics_copy_2"


def test_bundled_routines_cannot_be_saved_or_deleted(data_paths: DataPaths) -> None:
    """Bundled routines are read-only: both operations say to duplicate instead."""
    library = _library(data_paths)
    bundled = library.routine("rt_back_basics")
    with pytest.raises(RoutineStoreError, match="duplicate it"):
        _store(data_paths).save_routine(bundled, library)
    with pytest.raises(RoutineStoreError, match="cannot be deleted"):
        _store(data_paths).delete_routine(bundled, library)


def test_delete_moves_the_file_to_trash_and_undo_restores_it(data_paths: DataPaths) -> None:
    """Delete takes the routine out of the library; undo brings back the identical file."""
    store = _store(data_paths)
    path = store.save_routine(ROUTINE, _library(data_paths))
    original = path.read_bytes()
    library = _library(data_paths)
    trashed = store.delete_routine(library.routine("my_mornings"), library)
    assert "my_mornings" not in _library(data_paths).routines
    assert trashed.trashed.read_bytes() == original
    assert trashed.trashed.is_relative_to(data_paths.root / "trash")
    assert store.restore(trashed) == path
    assert path.read_bytes() == original
    assert "my_mornings" in _library(data_paths).routines


def test_delete_from_a_hand_written_file_keeps_its_other_items(data_paths: DataPaths) -> None:
    """Only the deleted routine leaves a shared file; undo restores the file with its comments."""
    hand = data_paths.routines_dir / "hand.toml"
    text = (
        "# my physio's sheet\n"
        '[[routine]]\nid = "my_a"\ntitle = "A"\ncategory = "yoga"\nlevel = "beginner"\n'
        'summary = "A."\n[[routine.block]]\nexercise = "aer_walk_easy"\nmode = "continuous"\n'
        "duration_s = 60\n"
        '[[routine]]\nid = "my_b"\ntitle = "B"\ncategory = "yoga"\nlevel = "beginner"\n'
        'summary = "B."\n[[routine.block]]\nexercise = "aer_walk_easy"\nmode = "tap"\n'
    )
    hand.write_text(text, encoding="utf-8")
    store = _store(data_paths)
    library = _library(data_paths)
    trashed = store.delete_routine(library.routine("my_a"), library)
    after = _library(data_paths)
    assert set(after.routines) - set(library.routines) == set()
    assert "my_a" not in after.routines
    assert after.routine("my_b").source.path == str(hand)
    store.restore(trashed)
    assert hand.read_text(encoding="utf-8") == text


def test_undo_never_overwrites_a_file_made_since(data_paths: DataPaths) -> None:
    """If a new file took the deleted one's place, undo refuses and says where the copy is."""
    store = _store(data_paths)
    store.save_routine(ROUTINE, _library(data_paths))
    library = _library(data_paths)
    trashed = store.delete_routine(library.routine("my_mornings"), library)
    newer = dataclasses.replace(ROUTINE, title="Newer")
    store.save_routine(newer, _library(data_paths))
    with pytest.raises(RoutineStoreError, match="kept at"):
        store.restore(trashed)
    assert _library(data_paths).routine("my_mornings").title == "Newer"
    assert trashed.trashed.exists()


def test_custom_exercise_is_saved_with_its_picture_beside_it(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    """A new exercise gets <id>.exercise.toml and a copy of its picture; a routine can use it."""
    picture = tmp_path / "photo.PNG"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    exercise = Exercise(
        id="my_wall_sit",
        name="Wall sit",
        category=Category.STABILISATION,
        level=Level.BEGINNER,
        equipment=("wall",),
        steps=("Stand.", "Slide.", "Hold."),
        cues=("Breathe.",),
        mistakes=(),
        stop_if="Knee pain.",
    )
    store = _store(data_paths)
    saved = store.save_exercise(exercise, picture)
    assert saved.illustration == str(data_paths.routines_dir / "my_wall_sit.png")
    uses_it = dataclasses.replace(ROUTINE, blocks=(Block("my_wall_sit", Hold(10.0, (5,))),))
    store.save_routine(uses_it, _library(data_paths))
    library = _library(data_paths)
    assert library.problems == ()
    assert library.exercise("my_wall_sit") == saved
    assert _visible_files(data_paths.routines_dir) == [
        "my_mornings.toml",
        "my_wall_sit.exercise.toml",
        "my_wall_sit.png",
    ]


@pytest.mark.parametrize(
    ("title", "taken", "expected"),
    [
        ("Morning back care", set(), "morning_back_care"),
        ("Rücken – sanft!", set(), "rucken_sanft"),
        ("10 minute reset", set(), "my_10_minute_reset"),
        ("???", set(), "my_routine"),
        ("Walk", {"walk", "walk_2"}, "walk_3"),
        ("x" * 100, set(), "x" * 60),
    ],
)
def test_new_id_is_made_from_the_title(title: str, taken: set[str], expected: str) -> None:
    """Ids are readable, valid and unused."""
    assert new_id(title, taken) == expected
