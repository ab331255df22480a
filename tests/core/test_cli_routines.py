"""``backtimer routines list|check|show``: output shapes, exit codes, and no tracebacks ever."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from backtimer import assets
from backtimer.__main__ import main
from backtimer.library.loader import load_library
from backtimer.workout.plan import build_plan

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_LIBRARY = FIXTURES / "library"
BROKEN_FILES = sorted((FIXTURES / "broken").glob("*.toml"))
PROBLEM_LINE = re.compile(
    r"^(?P<path>.+\.toml):(?P<line>[1-9]\d*): (?P<field>\S+): (?P<message>.+)$"
)
EXPECT = re.compile(rb"^# expect: (?P<line>\d+) (?P<field>\S+) \| (?P<fragment>.+)$", re.M)

MY_EXERCISE = """\
[[exercise]]
id = "my_wall_sit"
name = "Wall sit"
category = "stabilisation"
level = "beginner"
steps = ["One.", "Two.", "Three."]
stop_if = "Pain."

[[routine]]
id = "my_programme"
title = "My programme"
category = "flare_up"
level = "beginner"
summary = "Mine."

[[routine.block]]
exercise = "my_wall_sit"
mode = "hold"
hold_s = 10
reps = 3
"""


@pytest.fixture
def fixture_bundle(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the small test library stand in for the shipped one."""
    monkeypatch.setattr(assets, "library_dir", lambda: FIXTURE_LIBRARY)
    return FIXTURE_LIBRARY


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data directory holding one valid user routine file."""
    routines = tmp_path / "data" / "routines"
    routines.mkdir(parents=True)
    (routines / "mine.toml").write_text(MY_EXERCISE, encoding="utf-8")
    return tmp_path / "data"


def test_list_prints_an_aligned_table_with_bundled_and_user_routines(
    fixture_bundle: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each routine is one row; columns line up under the header."""
    assert main(["--data-dir", str(data_dir), "routines", "list"]) == 0
    out, err = capsys.readouterr()
    header, *rows = out.splitlines()
    assert header.split() == ["ID", "TITLE", "CATEGORY", "LEVEL", "DURATION", "SOURCE"]
    assert [row.split()[0] for row in rows] == ["rt_fixture_basics", "my_programme"]
    source_column = header.index("SOURCE")
    assert rows[0][source_column:] == "bundled"
    assert rows[1][source_column:] == str(data_dir / "routines" / "mine.toml")
    assert err == ""


def test_list_json_gives_durations_from_the_plan(
    fixture_bundle: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON rows carry the same fields plus duration_s, the plan's total."""
    assert main(["--data-dir", str(data_dir), "routines", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    library = load_library(data_dir / "routines", bundled_dir=fixture_bundle)
    expected_s = build_plan(library.routine("rt_fixture_basics"), library.exercises).total_s
    first = rows[0]
    assert set(first) == {"id", "title", "category", "level", "duration", "duration_s", "source"}
    assert first["duration_s"] == expected_s
    minutes, seconds = divmod(round(expected_s), 60)
    assert first["duration"] == f"{minutes}:{seconds:02d}"
    assert rows[1]["category"] == "flare_up"


def test_list_warns_about_skipped_files_and_still_succeeds(
    fixture_bundle: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken user file is a warning on stderr with FILE:LINE; the rest is listed, exit 0."""
    broken = data_dir / "routines" / "broken.toml"
    broken.write_text(MY_EXERCISE.replace("hold_s = 10", "hold_s = -5"), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "routines", "list"]) == 0
    out, err = capsys.readouterr()
    assert "rt_fixture_basics" in out
    assert "warning" in err
    assert f"{broken}:19: routine[my_programme].block[1].hold_s:" in err


def test_list_does_not_create_the_data_folder(
    fixture_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Listing with a fresh data dir shows the bundled routines and creates nothing."""
    assert main(["--data-dir", str(tmp_path / "fresh"), "routines", "list"]) == 0
    assert "rt_fixture_basics" in capsys.readouterr().out
    assert not (tmp_path / "fresh").exists()


def test_list_works_with_the_real_bundled_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The shipped library lists without warnings."""
    assert main(["--data-dir", str(tmp_path), "routines", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) >= 1
    assert err == ""


@pytest.mark.parametrize("count", [1, 2])
def test_check_reports_valid_files_ok(
    fixture_bundle: Path, tmp_path: Path, count: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """Valid files: exit 0 and 'N file(s) OK'."""
    paths = []
    for number in range(count):
        path = tmp_path / f"file{number}.toml"
        path.write_text(MY_EXERCISE.replace("my_", f"my{number}_"), encoding="utf-8")
        paths.append(str(path))
    assert main(["routines", "check", *paths]) == 0
    assert capsys.readouterr().out == ("1 file OK\n" if count == 1 else "2 files OK\n")


def test_the_broken_corpus_is_large_enough() -> None:
    """At least 25 distinct broken files keep the checker honest."""
    assert len(BROKEN_FILES) >= 25


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda path: path.stem)
def test_check_reports_each_broken_file_with_file_and_line(
    fixture_bundle: Path, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every broken file: exit 1, only FILE:LINE: field: message lines, the expected one too."""
    expected = EXPECT.search(path.read_bytes()[:300])
    assert expected is not None, "corpus files start with '# expect: LINE FIELD | fragment'"
    assert main(["routines", "check", str(path)]) == 1
    out, err = capsys.readouterr()
    problems = [PROBLEM_LINE.match(line) for line in out.splitlines()]
    assert problems
    assert all(problem is not None and problem["path"] == str(path) for problem in problems), out
    wanted = (expected["line"].decode(), expected["field"].decode())
    matching = [p for p in problems if p is not None and (p["line"], p["field"]) == wanted]
    assert matching, out
    assert expected["fragment"].decode() in matching[0]["message"]
    assert "Traceback" not in out + err


def test_check_refuses_oversized_files_and_folders(
    fixture_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 1 MiB+ file and a folder named *.toml are problems on line 1, not crashes."""
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * (1024 * 1024))
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    assert main(["routines", "check", str(big), str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{big}:1: file: is larger than 1 MiB; routine files must be at most 1 MiB, "
        "so it was not read",
        f"{folder}:1: file: is a folder, not a routine file",
    ]


@pytest.mark.slow
def test_check_in_a_subprocess_prints_problems_and_no_traceback() -> None:
    """The installed entry point checks the whole corpus at once: exit 1, one line per problem."""
    result = subprocess.run(
        [sys.executable, "-m", "backtimer", "routines", "check", *map(str, BROKEN_FILES)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(PROBLEM_LINE.match(line) for line in lines), result.stdout
    assert {PROBLEM_LINE.match(line)["path"] for line in lines} == set(map(str, BROKEN_FILES))


def test_show_prints_blocks_in_plain_words(
    fixture_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Show lists each block with the exercise name and its dosage."""
    assert main(["--data-dir", str(tmp_path), "routines", "show", "rt_fixture_basics"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Fixture basics (rt_fixture_basics)\n")
    assert " 1. Pelvic tilt: 10 reps, 2 sets (in 4, out 4)\n" in out
    assert " 2. Bird dog: 3/2/1 holds of 8 seconds per side, alternating, in descending sets" in out
    assert " 5. Sit to stand: 10 sit-to-stands" in out


def test_show_of_an_unknown_id_suggests_the_nearest(
    fixture_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown id is a user error (exit 2) with a 'did you mean' hint."""
    assert main(["--data-dir", str(tmp_path), "routines", "show", "rt_fixture_basic"]) == 2
    err = capsys.readouterr().err
    assert "no routine 'rt_fixture_basic'; did you mean 'rt_fixture_basics'?" in err


@pytest.mark.parametrize(
    "argv",
    [["routines"], ["routines", "list"], ["routines", "check"], ["routines", "show"]],
)
def test_every_routines_command_has_help(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--help works on the group and on each action."""
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("usage: backtimer routines")
