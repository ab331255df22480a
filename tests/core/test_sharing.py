"""Sharing: one file carries a routine, its custom exercises and pictures into another data dir."""

from __future__ import annotations

import dataclasses
import os
import zipfile
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
    Problem,
    Routine,
    RoutineCategory,
)
from backtimer.library.sharing import (
    RoutineIdClash,
    ShareError,
    ShareProblemsError,
    exercises_to_share,
    export_routine,
    import_routine,
    problem_lines,
)
from backtimer.library.user_store import UserRoutineStore
from backtimer.paths import DataPaths

PICTURE = b"<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>"
WALL_SIT = Exercise(
    id="my_wall_sit",
    name="Wall sit",
    category=Category.STABILISATION,
    level=Level.BEGINNER,
    equipment=("wall",),
    steps=("Stand against a wall.", "Slide down a little.", "Hold and breathe."),
    cues=("Knees over toes.",),
    mistakes=("Sliding too low",),
    stop_if="Knee pain.",
)
ROUTINE = Routine(
    id="my_knees",
    title="Knee friendly",
    category=RoutineCategory.STABILISATION,
    level=Level.BEGINNER,
    summary="From my physio.",
    blocks=(
        Block("my_wall_sit", Hold(10.0, (5,), rest_rep_s=5.0)),
        Block("aer_walk_easy", Continuous(300.0)),
    ),
)


def _data_dir(root: Path) -> DataPaths:
    paths = DataPaths(root)
    paths.ensure()
    return paths


def _with_wall_sit(paths: DataPaths, tmp_path: Path, exercise: Exercise = WALL_SIT) -> Library:
    """A data dir with the custom exercise (and picture) and the routine that uses it."""
    picture = tmp_path / "source-picture.svg"
    picture.write_bytes(PICTURE)
    store = UserRoutineStore.for_data_dir(paths)
    store.save_exercise(exercise, picture)
    store.save_routine(ROUTINE, load_library(paths.routines_dir))
    return load_library(paths.routines_dir)


def _no_lines(routine: Routine) -> Routine:
    return dataclasses.replace(
        routine, blocks=tuple(dataclasses.replace(b, line=0) for b in routine.blocks)
    )


def test_round_trip_into_a_fresh_data_dir_brings_the_picture(tmp_path: Path) -> None:
    """Export, import elsewhere: the same routine, the same exercise, the same picture bytes."""
    mine = _data_dir(tmp_path / "mine")
    library = _with_wall_sit(mine, tmp_path)
    shared = export_routine(library.routine("my_knees"), library, tmp_path / "knees.zip")
    with zipfile.ZipFile(shared) as archive:
        assert sorted(archive.namelist()) == ["my_knees.toml", "my_wall_sit.svg"]

    fresh = _data_dir(tmp_path / "fresh")
    result = import_routine(shared, UserRoutineStore.for_data_dir(fresh), load_library(None))
    assert result.renamed_exercises == {}
    imported = load_library(fresh.routines_dir)
    assert imported.problems == ()
    assert _no_lines(imported.routine("my_knees")) == ROUTINE
    exercise = imported.exercise("my_wall_sit")
    assert dataclasses.replace(exercise, illustration=None) == WALL_SIT
    assert exercise.illustration is not None
    assert Path(exercise.illustration).read_bytes() == PICTURE
    assert Path(exercise.illustration).parent == fresh.routines_dir


def test_only_user_exercises_and_their_variants_are_shared(tmp_path: Path) -> None:
    """Bundled exercises exist everywhere; a custom exercise's easier variant travels with it."""
    paths = _data_dir(tmp_path / "d")
    store = UserRoutineStore.for_data_dir(paths)
    easier = dataclasses.replace(WALL_SIT, id="my_half_sit", name="Half sit")
    store.save_exercise(easier)
    store.save_exercise(dataclasses.replace(WALL_SIT, easier="my_half_sit"))
    store.save_routine(ROUTINE, load_library(paths.routines_dir))
    library = load_library(paths.routines_dir)
    shared = exercises_to_share(library.routine("my_knees"), library)
    assert [exercise.id for exercise in shared] == ["my_wall_sit", "my_half_sit"]


def test_a_taken_routine_id_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    """Importing twice clashes; importing under the suggested id keeps both."""
    paths = _data_dir(tmp_path / "d")
    library = _with_wall_sit(paths, tmp_path)
    shared = export_routine(library.routine("my_knees"), library, tmp_path / "k.zip")
    store = UserRoutineStore.for_data_dir(paths)
    with pytest.raises(RoutineIdClash, match="already have a routine") as caught:
        import_routine(shared, store, library)
    assert caught.value.suggested_id == "knee_friendly"
    result = import_routine(
        shared, store, library, as_id=caught.value.suggested_id, as_title="Knee friendly 2"
    )
    again = load_library(paths.routines_dir)
    assert again.problems == ()
    assert again.routine("knee_friendly").title == "Knee friendly 2"
    assert result.reused_exercises == ("my_wall_sit",)


def test_a_different_exercise_with_the_same_id_is_imported_under_a_new_id(
    tmp_path: Path,
) -> None:
    """Never overwrite the user's own exercise: the incoming one is renamed, the routine follows."""
    theirs = _data_dir(tmp_path / "theirs")
    library = _with_wall_sit(theirs, tmp_path)
    shared = export_routine(library.routine("my_knees"), library, tmp_path / "k.zip")
    mine = _data_dir(tmp_path / "mine")
    store = UserRoutineStore.for_data_dir(mine)
    store.save_exercise(dataclasses.replace(WALL_SIT, name="My own wall sit"))
    result = import_routine(shared, store, load_library(mine.routines_dir))
    assert result.renamed_exercises == {"my_wall_sit": "wall_sit"}
    loaded = load_library(mine.routines_dir)
    assert loaded.problems == ()
    assert loaded.exercise("my_wall_sit").name == "My own wall sit"
    assert loaded.routine("my_knees").blocks[0].exercise_id == "wall_sit"
    assert loaded.exercise("wall_sit").name == "Wall sit"


def test_a_broken_file_is_refused_with_file_and_line(tmp_path: Path, data_paths: DataPaths) -> None:
    """Problems come back as FILE:LINE: field: message lines; nothing is written."""
    broken = tmp_path / "broken.toml"
    broken.write_text(
        '[[routine]]\nid = "my_r"\ntitle = "R"\ncategory = "yoga"\nlevel = "beginner"\n'
        'summary = "S."\n\n[[routine.block]]\nexercise = "aer_walk_easy"\nmode = "hold"\n'
        "hodl_s = 8\nreps = 3\n",
        encoding="utf-8",
    )
    with pytest.raises(ShareProblemsError) as caught:
        import_routine(broken, UserRoutineStore.for_data_dir(data_paths), load_library(None))
    lines = problem_lines(caught.value.problems).splitlines()
    assert lines[0] == (
        f"{broken}:8: routine[my_r].block[1].hold_s: is required: "
        "a number of seconds from 1 to 7200"
    )
    assert lines[1].startswith(f"{broken}:11: routine[my_r].block[1].hodl_s: unknown key")
    assert "did you mean 'hold_s'?" in lines[1]
    assert list(data_paths.routines_dir.iterdir()) == []


def test_problems_inside_a_zip_name_the_archive_and_member(
    tmp_path: Path, data_paths: DataPaths
) -> None:
    """A broken routine inside a shared zip is reported as share.zip/member.toml:LINE."""
    shared = tmp_path / "share.zip"
    with zipfile.ZipFile(shared, "w") as archive:
        archive.writestr("r.toml", 'format = 2\n[[routine]]\nid = "x"\n')
    with pytest.raises(ShareProblemsError) as caught:
        import_routine(shared, UserRoutineStore.for_data_dir(data_paths), load_library(None))
    first = caught.value.problems[0]
    assert (first.path, first.line, first.field) == ("share.zip/r.toml", 1, "format")
    assert str(caught.value).startswith("share.zip/r.toml was not imported")


def test_problem_lines_match_the_command_line_format() -> None:
    """The dialog shows exactly what `backtimer routines check` prints."""
    problems = [Problem("a.toml", 3, "routine[x].title", "must not be empty")]
    assert problem_lines(problems) == "a.toml:3: routine[x].title: must not be empty"


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"../evil.toml": "x", "ok.png": "x"}, "never contains"),
        ({"a.toml": "", "b.toml": ""}, "holds 2 routine files"),
        ({"run.sh": "x"}, "never contains"),
    ],
)
def test_unexpected_archives_are_refused_before_anything_is_read(
    tmp_path: Path, data_paths: DataPaths, members: dict[str, str], message: str
) -> None:
    """Paths, extra files or several routine files in a zip stop the import outright."""
    shared = tmp_path / "odd.zip"
    with zipfile.ZipFile(shared, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    with pytest.raises(ShareError, match=message):
        import_routine(shared, UserRoutineStore.for_data_dir(data_paths), load_library(None))
    assert list(data_paths.routines_dir.iterdir()) == []


def test_a_file_that_is_not_a_zip_says_so(tmp_path: Path, data_paths: DataPaths) -> None:
    """A random file gives a plain message, not a traceback."""
    junk = tmp_path / "holiday.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(ShareError, match="not a Backtimer routine file"):
        import_routine(junk, UserRoutineStore.for_data_dir(data_paths), load_library(None))


# --- hostile shares ---------------------------------------------------------------------------

HAND_WRITTEN = """\
[[exercise]]
id = "my_secret_sit"
name = "Secret sit"
category = "stabilisation"
level = "beginner"
steps = ["One.", "Two.", "Three."]
stop_if = "Pain."
illustration = "picture.svg"

[[routine]]
id = "my_shared"
title = "Shared"
category = "stabilisation"
level = "beginner"
summary = "From a stranger."

[[routine.block]]
exercise = "my_secret_sit"
mode = "hold"
hold_s = 5
reps = 3
"""


def test_a_picture_that_links_out_of_its_folder_is_never_copied(
    tmp_path: Path, data_paths: DataPaths
) -> None:
    """A plain .toml whose picture is a symlink to a private file is refused; nothing copied."""
    private = tmp_path / "private" / "id_rsa"
    private.parent.mkdir()
    private.write_text("SECRET KEY", encoding="utf-8")
    shared = tmp_path / "download"
    shared.mkdir()
    (shared / "picture.svg").symlink_to(private)
    (shared / "routine.toml").write_text(HAND_WRITTEN, encoding="utf-8")
    with pytest.raises(ShareProblemsError) as caught:
        import_routine(
            shared / "routine.toml", UserRoutineStore.for_data_dir(data_paths), load_library(None)
        )
    (problem,) = caught.value.problems
    assert problem.field == "exercise[my_secret_sit].illustration"
    assert "link to a file outside this routine's folder" in problem.message
    assert list(data_paths.routines_dir.iterdir()) == []


def test_a_link_into_the_same_folder_is_fine(tmp_path: Path, data_paths: DataPaths) -> None:
    shared = tmp_path / "download"
    shared.mkdir()
    (shared / "real.svg").write_bytes(PICTURE)
    (shared / "picture.svg").symlink_to(shared / "real.svg")
    (shared / "routine.toml").write_text(HAND_WRITTEN, encoding="utf-8")
    result = import_routine(
        shared / "routine.toml", UserRoutineStore.for_data_dir(data_paths), load_library(None)
    )
    copied = data_paths.routines_dir / "my_secret_sit.svg"
    assert result.routine.id == "my_shared"
    assert copied.read_bytes() == PICTURE
    assert not copied.is_symlink()


def test_export_never_ships_a_file_from_outside_the_routine_folder(
    tmp_path: Path, data_paths: DataPaths
) -> None:
    """Even if the loader were bypassed, Export refuses a picture outside the routine's folder."""
    library = _with_wall_sit(data_paths, tmp_path)
    private = tmp_path / "private.svg"
    private.write_bytes(b"SECRET")
    exercise = dataclasses.replace(library.exercise("my_wall_sit"), illustration=str(private))
    tampered = dataclasses.replace(
        library, exercises={**library.exercises, "my_wall_sit": exercise}
    )
    destination = tmp_path / "out.zip"
    with pytest.raises(ShareError, match="outside this routine's folder"):
        export_routine(tampered.routine("my_knees"), tampered, destination)
    assert not destination.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.zip")] == []


def test_an_encrypted_zip_is_refused_in_plain_words(tmp_path: Path, data_paths: DataPaths) -> None:
    shared = tmp_path / "locked.zip"
    with zipfile.ZipFile(shared, "w") as archive:
        archive.writestr("r.toml", "x")
    # zipfile cannot encrypt: set the "encrypted" flag in the local and central headers.
    data = bytearray(shared.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + flag_at] |= 0x1
    shared.write_bytes(bytes(data))
    with pytest.raises(ShareError) as caught:
        import_routine(shared, UserRoutineStore.for_data_dir(data_paths), load_library(None))
    message = str(caught.value)
    assert "protected by a password" in message
    assert "RuntimeError" not in message
    assert "'" not in message  # no repr of a Python object or file name


def test_a_fifo_offered_for_import_does_not_hang(tmp_path: Path, data_paths: DataPaths) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "share.zip"
    os.mkfifo(fifo)
    with pytest.raises(ShareError, match="not a regular file"):
        import_routine(fifo, UserRoutineStore.for_data_dir(data_paths), load_library(None))
