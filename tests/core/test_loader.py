"""The routine loader: TOML files become model objects, or Problems with file, line and field."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from backtimer import assets
from backtimer.library._locate import LineLocator
from backtimer.library.loader import check_bundled_illustrations, check_files, load_library
from backtimer.library.model import (
    Continuous,
    Hold,
    Interval,
    Library,
    PacedReps,
    Problem,
    RoutineCategory,
    Sides,
    SourceKind,
    TapWhenDone,
)

FIXTURE_LIBRARY = Path(__file__).parent / "fixtures" / "library"
DOCS_FORMAT = Path(__file__).parents[2] / "docs" / "routine-format.md"

# Line numbers in the cases below count from these bases (1-based).
EXERCISE = """\
[[exercise]]
id = "my_wall_sit"
name = "Wall sit"
category = "stabilisation"
level = "beginner"
steps = ["One.", "Two.", "Three."]
stop_if = "Pain."
"""
ROUTINE = """\
[[routine]]
id = "rt_test"
title = "Test"
category = "stabilisation"
level = "beginner"
summary = "A test routine."

[[routine.block]]
exercise = "stab_bird_dog"
"""
HOLD_BLOCK = ROUTINE + 'mode = "hold"\nhold_s = 5\nreps = 3\n'  # mode on 10, hold_s 11, reps 12
INTERVAL_BLOCK = ROUTINE + 'mode = "interval"\nwork_s = 60\nrest_s = 30\nrounds = 2\n'
EX = "exercise[my_wall_sit]"
BLOCK = "routine[rt_test].block[1]"


def check_text(tmp_path: Path, text: str, name: str = "mine.toml") -> list[Problem]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_files([path], bundled_dir=FIXTURE_LIBRARY)


def load_user_files(tmp_path: Path, files: dict[str, str]) -> Library:
    folder = tmp_path / "routines"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return load_library(folder, bundled_dir=FIXTURE_LIBRARY)


def test_fixture_library_loads_every_mode_without_problems() -> None:
    """The stand-in bundled library loads cleanly, recursing into subfolders."""
    library = load_library(None, bundled_dir=FIXTURE_LIBRARY)
    assert library.problems == ()
    assert len(library.exercises) == 5
    routine = library.routine("rt_fixture_basics")
    assert [type(block.dosage) for block in routine.blocks] == [
        PacedReps,
        Hold,
        Interval,
        Continuous,
        TapWhenDone,
    ]


def test_values_map_onto_the_model_with_documented_defaults() -> None:
    """Defaults from the format (sets 1, switch 5 s, labels Work/Rest, tap estimate 60 s) apply."""
    library = load_library(None, bundled_dir=FIXTURE_LIBRARY)
    routine = library.routine("rt_fixture_basics")
    reps, hold, interval, continuous, tap = routine.blocks
    assert routine.prepare_s == 5.0
    assert routine.category is RoutineCategory.STABILISATION
    assert reps.dosage == PacedReps(rep_s=4.0, reps_per_set=(10, 10), cue="in 4, out 4")
    assert reps.rest_set_s == 20.0
    assert hold.dosage == Hold(hold_s=8.0, reps_per_set=(3, 2, 1), rest_rep_s=3.0)
    assert (hold.sides, hold.switch_s, hold.prepare_s) == (Sides.ALTERNATE, 5.0, None)
    assert interval.dosage == Interval(work_s=60.0, rest_s=30.0, rounds=2)
    assert continuous.dosage == Continuous(duration_s=120.0)
    assert continuous.prepare_s == 0.0
    assert tap.dosage == TapWhenDone(target="10 sit-to-stands", estimate_s=60.0)
    assert hold.line == 20


def test_bundled_items_record_their_source_and_header_line() -> None:
    """Sources say bundled, the file's path and the line of the item's header."""
    library = load_library(None, bundled_dir=FIXTURE_LIBRARY)
    exercise = library.exercise("stab_bird_dog")
    assert exercise.source.kind is SourceKind.BUNDLED
    assert exercise.source.path.endswith("exercises.toml")
    assert exercise.source.line == 18
    assert (exercise.easier, exercise.harder) == ("stab_pelvic_tilt", None)
    assert library.exercise("stab_pelvic_tilt").illustration == "stab_pelvic_tilt.svg"


def test_the_documented_example_is_valid(tmp_path: Path) -> None:
    """The complete example in docs/routine-format.md passes the checker unchanged."""
    example = re.search(r"```toml\n(.*?)```", DOCS_FORMAT.read_text(encoding="utf-8"), re.S)
    assert example is not None
    (tmp_path / "wall-sit.svg").write_text("<svg/>", encoding="utf-8")
    assert check_text(tmp_path, example.group(1)) == []


def test_user_illustration_is_stored_as_an_absolute_path(tmp_path: Path) -> None:
    """A user's picture is found beside the TOML file and kept as an absolute path."""
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "wall.svg").write_text("<svg/>", encoding="utf-8")
    library = load_user_files(tmp_path, {"mine.toml": EXERCISE + 'illustration = "wall.svg"\n'})
    assert library.problems == ()
    assert library.exercise("my_wall_sit").illustration == str((folder / "wall.svg").absolute())
    assert library.exercise("my_wall_sit").source.kind is SourceKind.USER


PROBLEM_CASES = [
    # --- top level ---
    ("format = 2\n" + EXERCISE, "format", 1, "newer than this Backtimer"),
    ('format = "1"\n' + EXERCISE, "format", 1, "must be 1, got the text '1'"),
    ("[[exercises]]\nid = 1\n", "exercises", 1, "did you mean 'exercise'?"),
    (EXERCISE.replace("[[exercise]]", "[exercise]"), "exercise", 1, "double brackets"),
    ("exercise = [1]\n", "exercise[1]", 1, "must be a table written as [[exercise]]"),
    ('\n\nroutine = "x"\n', "routine", 3, "must be [[routine]] tables, got the text 'x'"),
    # --- exercise ---
    (EXERCISE.replace('name = "Wall sit"\n', ""), f"{EX}.name", 1, "is required"),
    (EXERCISE.replace('"Wall sit"', '"  "'), f"{EX}.name", 3, "must not be empty"),
    (EXERCISE.replace('"Wall sit"', "5"), f"{EX}.name", 3, "must be a text in quotes, got 5"),
    (
        EXERCISE.replace('"stabilisation"', '"stabilization"'),
        f"{EX}.category",
        4,
        "did you mean 'stabilisation'?",
    ),
    (EXERCISE.replace('"beginner"', '"expert"'), f"{EX}.level", 5, "one of beginner, inter"),
    (EXERCISE.replace('"Three."', ""), f"{EX}.steps", 6, "3 to 5 entries, got 2"),
    (EXERCISE.replace('"Three."', '"3", "4", "5", "6"'), f"{EX}.steps", 6, "got 6"),
    (EXERCISE.replace('"Two."', '""'), f"{EX}.steps", 6, "entry 2 must not be empty"),
    (EXERCISE.replace('"Two."', "2"), f"{EX}.steps", 6, "entry 2 must be a text, got 2"),
    (
        EXERCISE.replace('["One.", "Two.", "Three."]', '"Do it."'),
        f"{EX}.steps",
        6,
        "must be a list of texts",
    ),
    (EXERCISE.replace('"my_wall_sit"', '"Wall-Sit"'), "exercise[1].id", 2, "lowercase letters"),
    (EXERCISE.replace('"my_wall_sit"', '"w"'), "exercise[1].id", 2, "2–64"),
    (EXERCISE.replace('id = "my_wall_sit"\n', ""), "exercise[1].id", 1, "is required"),
    (EXERCISE.replace('stop_if = "Pain."\n', ""), f"{EX}.stop_if", 1, "is required"),
    (EXERCISE + 'nmae = "x"\n', f"{EX}.nmae", 8, "unknown key 'nmae'; did you mean 'name'?"),
    (EXERCISE + "equipment = 'mat'\n", f"{EX}.equipment", 8, "must be a list of texts"),
    (EXERCISE + 'easier = "my_wall_sit"\n', f"{EX}.easier", 8, "another exercise"),
    (EXERCISE + "easier = 3\n", f"{EX}.easier", 8, "an exercise id (2–64"),
    (EXERCISE + 'harder = "stab_bird_dgo"\n', f"{EX}.harder", 8, "did you mean 'stab_bird_dog'"),
    (EXERCISE + 'illustration = "w.svg"\n', f"{EX}.illustration", 8, "file not found"),
    (EXERCISE + 'illustration = "w.gif"\n', f"{EX}.illustration", 8, ".svg or .png file name"),
    (EXERCISE + 'illustration = "../w.svg"\n', f"{EX}.illustration", 8, "in the folder of this"),
    (EXERCISE + EXERCISE, f"{EX}.id", 9, "already used by the exercise at line 2 of this file"),
    (
        EXERCISE.replace("my_wall_sit", "stab_bird_dog"),
        "exercise[stab_bird_dog].id",
        2,
        "already used by the bundled exercise 'Bird dog'",
    ),
    # --- routine ---
    (
        HOLD_BLOCK.replace('"A test routine."', '""'),
        "routine[rt_test].summary",
        6,
        "must not be empty",
    ),
    (HOLD_BLOCK.replace('title = "Test"\n', ""), "routine[rt_test].title", 1, "is required"),
    (
        HOLD_BLOCK.replace('"stabilisation"', '"flare-up"'),
        "routine[rt_test].category",
        4,
        "did you mean 'flare_up'?",
    ),
    (HOLD_BLOCK + "\n" + HOLD_BLOCK.replace('"rt_test"', "5"), "routine[2].id", 15, "lowercase"),
    (ROUTINE[: ROUTINE.index("\n[[routine.block]]")], "routine[rt_test].block", 1, "1 to 60"),
    (ROUTINE.replace("[[routine.block]]\n", "block = []\n#"), "routine[rt_test].block", 8, "got 0"),
    (
        ROUTINE
        + 'mode = "continuous"\nduration_s = 60\n'
        + '[[routine.block]]\nexercise = "aer_walk_easy"\nmode = "tap"\n' * 60,
        "routine[rt_test].block",
        8,
        "must have 1 to 60 blocks, got 61",
    ),
    (
        HOLD_BLOCK.replace("[[routine.block]]", "[routine.block]"),
        "routine[rt_test].block",
        8,
        "double brackets",
    ),
    (
        HOLD_BLOCK.replace(
            'summary = "A test routine."\n', 'summary = "A test routine."\nhold_s = 5\n'
        ),
        "routine[rt_test].hold_s",
        7,
        "belongs in a [[routine.block]] table",
    ),
    (
        HOLD_BLOCK.replace("level", "prepare_s = -1\nlevel"),
        "routine[rt_test].prepare_s",
        5,
        "from 0 to 7200, got -1",
    ),
    (
        HOLD_BLOCK.replace('"rt_test"', '"rt_fixture_basics"'),
        "routine[rt_fixture_basics].id",
        2,
        "bundled routine 'Fixture basics'; to change a bundled one, copy it under a new id",
    ),
    # --- block: mode and keys ---
    (ROUTINE + "hold_s = 5\n", f"{BLOCK}.mode", 8, "is required: one of hold, reps"),
    (ROUTINE + 'mode = "hodl"\n', f"{BLOCK}.mode", 10, "did you mean 'hold'?"),
    (ROUTINE + "mode = 1\n", f"{BLOCK}.mode", 10, "got 1"),
    (HOLD_BLOCK + "hodl_s = 5\n", f"{BLOCK}.hodl_s", 13, "did you mean 'hold_s'? Allowed here:"),
    (HOLD_BLOCK + "work_s = 5\n", f"{BLOCK}.work_s", 13, "is not used by mode 'hold'"),
    (INTERVAL_BLOCK + "rest_set_s = 5\n", f"{BLOCK}.rest_set_s", 14, "not used by mode 'interval'"),
    (INTERVAL_BLOCK + 'sides = "each"\n', f"{BLOCK}.sides", 14, "not allowed with mode 'interval'"),
    (HOLD_BLOCK + 'sides = "both"\n', f"{BLOCK}.sides", 13, "one of none, each, alternate"),
    (
        HOLD_BLOCK.replace('"stab_bird_dog"', '"stab_bird_dgo"'),
        f"{BLOCK}.exercise",
        9,
        "unknown exercise 'stab_bird_dgo'; did you mean 'stab_bird_dog'?",
    ),
    (HOLD_BLOCK.replace('exercise = "stab_bird_dog"\n', ""), f"{BLOCK}.exercise", 8, "is required"),
    (HOLD_BLOCK + 'note = ["x"]\n', f"{BLOCK}.note", 13, "must be a text in quotes, got a list"),
    # --- block: durations ---
    (
        HOLD_BLOCK.replace("hold_s = 5", "hold_s = -5"),
        f"{BLOCK}.hold_s",
        11,
        "seconds from 1 to 7200, got -5",
    ),
    (HOLD_BLOCK.replace("hold_s = 5", "hold_s = 0"), f"{BLOCK}.hold_s", 11, "got 0"),
    (HOLD_BLOCK.replace("hold_s = 5", "hold_s = 7201"), f"{BLOCK}.hold_s", 11, "got 7201"),
    (HOLD_BLOCK.replace("hold_s = 5", "hold_s = 1e9"), f"{BLOCK}.hold_s", 11, "got 1000000000.0"),
    (HOLD_BLOCK.replace("hold_s = 5", 'hold_s = "10"'), f"{BLOCK}.hold_s", 11, "without quotes"),
    (HOLD_BLOCK.replace("hold_s = 5", "hold_s = true"), f"{BLOCK}.hold_s", 11, "got true"),
    (HOLD_BLOCK.replace("hold_s = 5", "hold_s = nan"), f"{BLOCK}.hold_s", 11, "got nan"),
    (HOLD_BLOCK.replace("hold_s = 5", "hold_s = -inf"), f"{BLOCK}.hold_s", 11, "got -inf"),
    (
        HOLD_BLOCK.replace("hold_s = 5\n", ""),
        f"{BLOCK}.hold_s",
        8,
        "is required: a number of seconds",
    ),
    (HOLD_BLOCK + "rest_rep_s = -1\n", f"{BLOCK}.rest_rep_s", 13, "from 0 to 7200"),
    (HOLD_BLOCK + "switch_s = 1e5\n", f"{BLOCK}.switch_s", 13, "from 0 to 7200"),
    (HOLD_BLOCK + "prepare_s = 9000\n", f"{BLOCK}.prepare_s", 13, "from 0 to 7200, got 9000"),
    (INTERVAL_BLOCK.replace("rest_s = 30", "rest_s = -1"), f"{BLOCK}.rest_s", 12, "from 0 to"),
    (
        INTERVAL_BLOCK.replace("rounds = 2\n", ""),
        f"{BLOCK}.rounds",
        8,
        "is required: a whole number",
    ),
    (ROUTINE + 'mode = "continuous"\nduration_s = 0\n', f"{BLOCK}.duration_s", 11, "from 1 to"),
    (ROUTINE + 'mode = "tap"\nestimate_s = 0\n', f"{BLOCK}.estimate_s", 11, "from 1 to"),
    (ROUTINE + 'mode = "reps"\nreps = 3\n', f"{BLOCK}.rep_s", 8, "is required"),
    # --- block: counts ---
    (
        HOLD_BLOCK.replace("reps = 3", "reps = 2.5"),
        f"{BLOCK}.reps",
        12,
        "whole number from 1 to 100, got 2.5",
    ),
    (
        HOLD_BLOCK.replace("reps = 3", "reps = 3.0"),
        f"{BLOCK}.reps",
        12,
        "without the decimal point",
    ),
    (HOLD_BLOCK.replace("reps = 3", "reps = 0"), f"{BLOCK}.reps", 12, "got 0"),
    (HOLD_BLOCK.replace("reps = 3", "reps = 101"), f"{BLOCK}.reps", 12, "got 101"),
    (HOLD_BLOCK.replace("reps = 3\n", ""), f"{BLOCK}.reps", 8, "or a pyramid like [5, 3, 1]"),
    (HOLD_BLOCK + "sets = 21\n", f"{BLOCK}.sets", 13, "from 1 to 20, got 21"),
    (HOLD_BLOCK + "pyramid = [3, 1]\n", f"{BLOCK}.pyramid", 13, "replaces reps and sets"),
    (HOLD_BLOCK.replace("reps = 3", "pyramid = [5, 0]"), f"{BLOCK}.pyramid", 12, "one entry is 0"),
    (HOLD_BLOCK.replace("reps = 3", "pyramid = []"), f"{BLOCK}.pyramid", 12, "got an empty list"),
    (HOLD_BLOCK.replace("reps = 3", f"pyramid = {[1] * 21}"), f"{BLOCK}.pyramid", 12, "1 to 20"),
    (HOLD_BLOCK + 'rep_labels = "x"\n', f"{BLOCK}.rep_labels", 13, "must be a list of texts"),
    (INTERVAL_BLOCK.replace("rounds = 2", "rounds = 0"), f"{BLOCK}.rounds", 13, "from 1 to 100"),
]


@pytest.mark.parametrize(("text", "field", "line", "fragment"), PROBLEM_CASES)
def test_each_kind_of_mistake_is_reported_once_with_field_and_line(
    tmp_path: Path, text: str, field: str, line: int, fragment: str
) -> None:
    """One mistake gives exactly one Problem naming the field, the line and what is allowed."""
    problems = check_text(tmp_path, text)
    assert [(p.field, p.line) for p in problems] == [(field, line)], problems
    assert fragment in problems[0].message
    assert problems[0].path == str(tmp_path / "mine.toml")


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        (
            b'[[exercise]]\nid = "ok"\nname = "caf\xe9"\n',
            3,
            "not UTF-8 text: byte 0xe9 at column 12",
        ),
        (b"[[exercise]]\nid = = 3\n", 2, "not valid TOML"),
        (b'[[exercise]]\nid = "x"\nname = "open\n', 3, "not valid TOML"),
        (b"a = [1,\n2,\n", 2, "at the end of the file"),
        (b"a = " + b"[" * 5000, 1, "nested too deeply"),
        (b"x" * (1024 * 1024 + 1), 1, "larger than 1 MiB"),
    ],
)
def test_unreadable_content_is_one_problem_on_the_right_line(
    tmp_path: Path, content: bytes, line: int, fragment: str
) -> None:
    """Bad bytes, bad syntax, deep nesting and oversized files are refused with a line."""
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    [problem] = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    assert problem.line == line
    assert fragment in problem.message


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Files saved 'UTF-8 with BOM' by Windows editors load like plain UTF-8."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + EXERCISE.encode())
    assert check_files([path], bundled_dir=FIXTURE_LIBRARY) == []


def test_folders_and_missing_files_are_problems_not_exceptions(tmp_path: Path) -> None:
    """A folder named like a routine file, or a missing file, is reported on line 1."""
    (tmp_path / "folder.toml").mkdir()
    problems = check_files(
        [tmp_path / "folder.toml", tmp_path / "missing.toml"], bundled_dir=FIXTURE_LIBRARY
    )
    assert [(p.line, p.field) for p in problems] == [(1, "file"), (1, "file")]
    assert "is a folder" in problems[0].message
    assert "cannot be read: No such file" in problems[1].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    """A file without read permission is reported, not raised."""
    path = tmp_path / "locked.toml"
    path.write_text(EXERCISE, encoding="utf-8")
    path.chmod(0)
    [problem] = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    assert "Permission denied" in problem.message


def test_a_user_file_with_one_problem_is_skipped_whole(tmp_path: Path) -> None:
    """A broken user file adds nothing to the library; the other files still load."""
    broken = EXERCISE + HOLD_BLOCK.replace("hold_s = 5", "hold_s = 0")
    good = EXERCISE.replace("my_wall_sit", "my_plank")
    library = load_user_files(tmp_path, {"a_broken.toml": broken, "b_good.toml": good})
    assert "my_wall_sit" not in library.exercises
    assert "rt_test" not in library.routines
    assert "my_plank" in library.exercises
    assert [p.field for p in library.problems] == [f"{BLOCK}.hold_s"]


def test_a_later_user_file_reusing_an_id_is_the_one_skipped(tmp_path: Path) -> None:
    """With the same id in two user files, the later file is reported and skipped."""
    library = load_user_files(
        tmp_path, {"a.toml": EXERCISE, "b.toml": EXERCISE + ROUTINE + 'mode = "tap"\n'}
    )
    assert library.exercise("my_wall_sit").source.path.endswith("a.toml")
    assert "rt_test" not in library.routines
    [problem] = library.problems
    assert problem.path.endswith("b.toml")
    assert "already used by the exercise 'Wall sit' in" in problem.message
    assert "a.toml:1" in problem.message


def test_user_routines_may_use_exercises_from_other_user_files(tmp_path: Path) -> None:
    """References resolve after every file is read, whatever the file order."""
    routine = ROUTINE.replace('"stab_bird_dog"', '"my_wall_sit"') + 'mode = "tap"\n'
    library = load_user_files(tmp_path, {"a_routine.toml": routine, "z_exercise.toml": EXERCISE})
    assert library.problems == ()
    assert library.routine("rt_test").blocks[0].exercise_id == "my_wall_sit"


def test_a_skipped_file_takes_its_exercises_and_their_users_with_it(tmp_path: Path) -> None:
    """A routine using an exercise of a skipped file is skipped too, and told why."""
    routine = ROUTINE.replace('"stab_bird_dog"', '"my_wall_sit"') + 'mode = "tap"\n'
    broken = EXERCISE + "bogus = 1\n"
    library = load_user_files(tmp_path, {"a_routine.toml": routine, "b_broken.toml": broken})
    assert library.routines.keys() == {"rt_fixture_basics"}
    messages = [problem.message for problem in library.problems]
    assert any("b_broken.toml, which was skipped for its own problems" in m for m in messages)


def test_the_user_folder_is_optional_and_never_created(tmp_path: Path) -> None:
    """A missing routines folder means no user files, no problem, and no new folder."""
    library = load_library(tmp_path / "nowhere", bundled_dir=FIXTURE_LIBRARY)
    assert library.problems == ()
    assert not (tmp_path / "nowhere").exists()


def test_only_visible_toml_files_directly_in_the_user_folder_load(tmp_path: Path) -> None:
    """Subfolders, hidden files (editor locks) and other suffixes are ignored."""
    folder = tmp_path / "routines"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "deep.toml").write_text(EXERCISE, encoding="utf-8")
    (folder / ".#lock.toml").write_text("junk", encoding="utf-8")
    (folder / "notes.txt").write_text("junk", encoding="utf-8")
    library = load_library(folder, bundled_dir=FIXTURE_LIBRARY)
    assert library.problems == ()
    assert library.user_files() == ()


def test_a_user_folder_that_is_a_file_is_reported(tmp_path: Path) -> None:
    """If the routines 'folder' is a file, loading reports it and still returns the bundle."""
    (tmp_path / "routines").write_text("", encoding="utf-8")
    library = load_library(tmp_path / "routines", bundled_dir=FIXTURE_LIBRARY)
    assert [p.field for p in library.problems] == ["folder"]
    assert "rt_fixture_basics" in library.routines


def test_a_broken_bundled_item_drops_only_itself_and_what_depends_on_it(tmp_path: Path) -> None:
    """Bundled problems are reported; valid neighbours in the same file still load."""
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    text = (
        EXERCISE.replace("my_wall_sit", "ex_ok")
        + EXERCISE.replace("my_wall_sit", "ex_bad_ref") + 'easier = "ex_missing"\n'
        + ROUTINE.replace("stab_bird_dog", "ex_bad_ref") + 'mode = "tap"\n'
    )  # fmt: skip
    (bundled / "lib.toml").write_text(text, encoding="utf-8")
    library = load_library(None, bundled_dir=bundled)
    assert list(library.exercises) == ["ex_ok"]
    assert library.routines == {}
    assert [p.field for p in library.problems] == [
        "exercise[ex_bad_ref].easier",
        f"{BLOCK}.exercise",
    ]


def test_check_files_resolves_between_the_checked_files_and_keeps_their_order(
    tmp_path: Path,
) -> None:
    """Checked files see each other's exercises; problems come in the order files were given."""
    routine = tmp_path / "b.toml"
    routine.write_text(ROUTINE.replace("stab_bird_dog", "my_wall_sit") + 'mode = "oops"\n')
    exercise = tmp_path / "a.toml"
    exercise.write_text(EXERCISE + "bogus = 1\n")
    problems = check_files([routine, exercise], bundled_dir=FIXTURE_LIBRARY)
    assert [(Path(p.path).name, p.field) for p in problems] == [
        ("b.toml", f"{BLOCK}.mode"),
        ("a.toml", f"{EX}.bogus"),
    ]


def test_missing_bundled_illustrations_are_listed_but_keep_the_exercise(tmp_path: Path) -> None:
    """The picture check is separate: a missing picture never hides the exercise."""
    library = load_library(None, bundled_dir=FIXTURE_LIBRARY)
    assert "stab_pelvic_tilt" in library.exercises
    [problem] = check_bundled_illustrations(library, illustrations_dir=tmp_path)
    assert problem.field == "exercise[stab_pelvic_tilt].illustration"
    assert problem.line == 4
    (tmp_path / "stab_pelvic_tilt.svg").write_text("<svg/>", encoding="utf-8")
    assert check_bundled_illustrations(library, illustrations_dir=tmp_path) == []


@pytest.mark.parametrize(
    ("text", "path", "line"),
    [
        (
            "[[routine]]\n[[routine.block]]\nhold_s = 1\n[[routine.block]]\nreps = 2\n",
            ("routine", 0, "block", 1, "reps"),
            5,
        ),
        ('steps = [\n  "a = b",\n  "x",\n]\nname = 1\n', ("name",), 5),
        ('note = """\nhold_s = 3\n"""\nreps = 1\n', ("hold_s",), 1),
        ("[ routine ] # comment\n'quoted key' = 1\n", ("routine", "quoted key"), 2),
        ("[[routine]]\nblock = [{ hold_s = 1 }]\n", ("routine", 0, "block", 0, "hold_s"), 2),
        ("a.b = 1\n", ("a", "b"), 1),
        ("", ("anything",), 1),
    ],
)
def test_line_locator_follows_headers_and_skips_multiline_values(
    text: str, path: tuple[str | int, ...], line: int
) -> None:
    """Keys map to their line; text inside strings is not taken for keys; fallback is line 1."""
    assert LineLocator(text).line_of(path) == line


def test_the_real_bundled_library_loads_without_problems() -> None:
    """The shipped library is complete: no problems, at least 40 exercises and 12 routines."""
    library = load_library(None)
    assert library.problems == ()
    assert len(library.exercises) >= 40
    assert len(library.routines) >= 12
    assert all(e.source.kind is SourceKind.BUNDLED for e in library.exercises.values())
    assert str(assets.library_dir()) in next(iter(library.routines.values())).source.path


def test_every_bundled_illustration_is_shipped() -> None:
    """Each picture a bundled exercise names exists in resources/illustrations."""
    missing = check_bundled_illustrations(load_library(None))
    assert missing == [], "\n".join(map(str, missing))
