"""Routine files made to hurt: pipes, empty files, loops, shadowing ids and control characters."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from backtimer import assets
from backtimer.__main__ import main
from backtimer.control_chars import for_terminal, json_safe
from backtimer.library.loader import check_files, load_library

FIXTURE_LIBRARY = Path(__file__).parent / "fixtures" / "library"

EXERCISE = """\
[[exercise]]
id = "{id}"
name = "{name}"
category = "stabilisation"
level = "beginner"
steps = ["One.", "Two.", "Three."]
stop_if = "Pain."
{extra}
"""
ROUTINE = """\
[[routine]]
id = "{id}"
title = "{title}"
category = "stabilisation"
level = "beginner"
summary = "A test routine."

[[routine.block]]
exercise = "{exercise}"
mode = "hold"
hold_s = 5
reps = 3
"""


def exercise(exercise_id: str, name: str = "Wall sit", extra: str = "") -> str:
    return EXERCISE.format(id=exercise_id, name=name, extra=extra)


def routine(routine_id: str, title: str = "Test", exercise_id: str = "stab_bird_dog") -> str:
    return ROUTINE.format(id=routine_id, title=title, exercise=exercise_id)


@pytest.fixture
def fixture_bundle(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(assets, "library_dir", lambda: FIXTURE_LIBRARY)
    return FIXTURE_LIBRARY


def _with_deadline(seconds: float, action: object) -> object:
    """Run ``action`` in a thread; fail instead of hanging the test run if it blocks."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(action()), daemon=True)  # type: ignore[operator]
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "blocked: a FIFO or device was opened"
    return result[0]


# --- not regular files -----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_named_toml_is_refused_at_once_by_check_and_load(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    (tmp_path / "good.toml").write_text(routine("rt_good"), encoding="utf-8")
    problems = _with_deadline(5, lambda: check_files([fifo], bundled_dir=FIXTURE_LIBRARY))
    assert [str(problem) for problem in problems] == [
        f"{fifo}:1: file: is not a regular file (a named pipe), so it was not read"
    ]
    library = _with_deadline(5, lambda: load_library(tmp_path, bundled_dir=FIXTURE_LIBRARY))
    assert "rt_good" in library.routines
    assert [problem.path for problem in library.problems] == [str(fifo)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", [["list"], ["check", "{fifo}"]])
def test_routines_commands_do_not_hang_on_a_fifo(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str], fixture_bundle: Path
) -> None:
    routines = tmp_path / "routines"
    routines.mkdir()
    fifo = routines / "pipe.toml"
    os.mkfifo(fifo)
    argv = ["--data-dir", str(tmp_path), "routines", *[p.format(fifo=fifo) for p in command]]
    status = _with_deadline(10, lambda: main(argv))
    assert "named pipe" in capsys.readouterr().err + capsys.readouterr().out or status == 1


def test_a_device_is_refused_without_reading(tmp_path: Path) -> None:
    device = Path("/dev/zero")
    if not device.exists():
        pytest.skip("no /dev/zero")
    problems = _with_deadline(5, lambda: check_files([device], bundled_dir=FIXTURE_LIBRARY))
    assert problems[0].message == "is not a regular file (a device), so it was not read"


def test_a_folder_named_toml_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    (problem,) = check_files([folder], bundled_dir=FIXTURE_LIBRARY)
    assert problem.message == "is a folder, not a routine file"


# --- files that define nothing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("   \n\n\t\n", "is blank (only spaces and line breaks)"),
        ("# just a comment\n\n# another\n", "holds only comments"),
        ("\ufeff", "is empty"),
        ("format = 1\n", "defines nothing"),
    ],
)
def test_files_that_define_nothing_are_problems(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "empty.toml"
    path.write_text(text, encoding="utf-8")
    (problem,) = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    assert str(problem) == (
        f"{path}:1: file: {message}; a routine file needs at least one [[routine]] or "
        "[[exercise]] table"
    )


def test_check_exits_1_for_an_empty_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fixture_bundle: Path
) -> None:
    path = tmp_path / "empty.toml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert main(["routines", "check", str(path)]) == 1
    assert "OK" not in capsys.readouterr().out


# --- loops --------------------------------------------------------------------------------------


def test_an_easier_loop_is_reported_where_it_closes(tmp_path: Path) -> None:
    path = tmp_path / "loop.toml"
    path.write_text(
        exercise("my_a", extra='easier = "my_b"')
        + "\n"
        + exercise("my_b", extra='easier = "my_a"'),
        encoding="utf-8",
    )
    (problem,) = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    assert problem.field == "exercise[my_b].easier"
    assert problem.line == 17  # the `easier` line of the second exercise
    assert "makes a loop: my_b → my_a → my_b" in problem.message


def test_a_three_step_harder_loop_across_files_skips_the_file_that_closes_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.toml").write_text(
        exercise("my_a", extra='harder = "my_b"')
        + "\n"
        + exercise("my_b", extra='harder = "my_c"'),
        encoding="utf-8",
    )
    (tmp_path / "b.toml").write_text(exercise("my_c", extra='harder = "my_a"'), encoding="utf-8")
    library = load_library(tmp_path, bundled_dir=FIXTURE_LIBRARY)
    loop, orphan = (
        (p for p in library.problems if p.path == str(tmp_path / "b.toml")),
        (p for p in library.problems if p.path == str(tmp_path / "a.toml")),
    )
    assert any("my_c → my_a → my_b → my_c" in problem.message for problem in loop)
    # Every user file is all or nothing: a.toml now points at an exercise that was skipped.
    assert any("which was skipped for its own problems" in problem.message for problem in orphan)
    assert not {"my_a", "my_b", "my_c"} & set(library.exercises)


# --- broken files never shadow good ones -------------------------------------------------------


def test_a_file_with_a_broken_reference_does_not_hide_a_good_file_with_the_same_id(
    tmp_path: Path,
) -> None:
    # "a.toml" is read first, and is sound on its own apart from a reference to nothing.
    (tmp_path / "a.toml").write_text(routine("rt_mine", "Broken", "no_such_one"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(routine("rt_mine", "Good"), encoding="utf-8")
    library = load_library(tmp_path, bundled_dir=FIXTURE_LIBRARY)
    assert library.routines["rt_mine"].title == "Good"
    assert {problem.path for problem in library.problems} == {str(tmp_path / "a.toml")}
    assert any("unknown exercise 'no_such_one'" in p.message for p in library.problems)


def test_a_file_with_a_loop_does_not_hide_a_good_exercise_with_the_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(
        exercise("my_a", "Looping", 'easier = "my_b"')
        + "\n"
        + exercise("my_b", extra='easier = "my_a"'),
        encoding="utf-8",
    )
    (tmp_path / "b.toml").write_text(exercise("my_a", "Good"), encoding="utf-8")
    library = load_library(tmp_path, bundled_dir=FIXTURE_LIBRARY)
    assert library.exercises["my_a"].name == "Good"


# --- control characters ---------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\r", "\x00", "\x7f", "\x9b", "\u202e", "\u2066"])
def test_control_characters_in_a_title_are_refused(tmp_path: Path, char: str) -> None:
    escape = f"\\u{ord(char):04X}"
    path = tmp_path / "mine.toml"
    path.write_text(routine("rt_evil", f"Hi{escape}there"), encoding="utf-8")
    (problem,) = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    assert problem.field == "routine[rt_evil].title"
    assert problem.line == 3
    assert f"control character U+{ord(char):04X} at character 3" in problem.message


def test_control_characters_in_list_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(exercise("my_a").replace('"Two."', '"T\\u001b[2Jwo."'), encoding="utf-8")
    (problem,) = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    assert problem.field == "exercise[my_a].steps"
    assert problem.message.startswith("entry 2 contains the invisible control character U+001B")


def test_tabs_and_line_breaks_stay_allowed(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    text = routine("rt_fine").replace('"A test routine."', '"""Line one\n\tline two"""')
    path.write_text(text, encoding="utf-8")
    assert check_files([path], bundled_dir=FIXTURE_LIBRARY) == []


def test_terminal_escaping_shows_controls_and_keeps_text() -> None:
    assert for_terminal("a\x1b[31mb\x07c\u202ed\te\nf") == "a\\x1b[31mb\\x07c\\u202ed\te\nf"
    assert json_safe('"x\u202e\x85"') == '"x\\u202e\\u0085"'


@pytest.mark.parametrize(
    ("evil_file", "evil_title", "fine_file", "raw"),
    [
        ("e\x1b]0;pwned\x07vil.toml", "Evil\\u001b[2J\\u0007", "fine\x1b[31m.toml", "\x1b\x07"),
        ("back\u200bbasics.toml", "Back\\u200B Basics", "fine\u2060.toml", "\u200b\u2060"),
    ],
    ids=["control", "format"],
)
def test_no_raw_character_reaches_the_terminal_from_any_routines_command(
    tmp_path: Path,
    fixture_bundle: Path,
    capsys: pytest.CaptureFixture[str],
    evil_file: str,
    evil_title: str,
    fine_file: str,
    raw: str,
) -> None:
    """A file name full of escapes or invisible characters, and a broken file: list, show and
    check print none of them raw, and show them escaped."""
    routines = tmp_path / "routines"
    routines.mkdir()
    evil = routines / evil_file
    evil.write_text(routine("rt_evil", evil_title), encoding="utf-8")
    (routines / fine_file).write_text(routine("rt_fine", "Fine"), encoding="utf-8")
    escaped = [for_terminal(char) for char in raw]
    for argv in (
        ["routines", "list"],
        ["routines", "list", "--json"],
        ["routines", "show", "rt_fine"],
        ["routines", "show", f"rt_{raw[0]}[2J"],
        ["routines", "check", str(evil)],
    ):
        main(["--data-dir", str(tmp_path), *argv])
        captured = capsys.readouterr()
        output = captured.out + captured.err
        assert not any(char in output for char in raw), argv
        assert any(shown in output for shown in escaped), argv  # shown, escaped


# --- invisible format characters (Unicode category Cf) ---------------------------------------

FORMAT_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\U000e0041"]


@pytest.mark.parametrize("char", FORMAT_CHARS, ids=lambda c: f"U+{ord(c):04X}")
def test_format_characters_in_names_and_titles_are_refused(tmp_path: Path, char: str) -> None:
    """A hidden zero-width character lets a shared file's title pass for a bundled one."""
    escape = f"\\U{ord(char):08X}"
    path = tmp_path / "mine.toml"
    path.write_text(
        exercise("my_a", f"Wa{escape}ll sit") + "\n" + routine("rt_evil", f"Back{escape} Basics"),
        encoding="utf-8",
    )
    problems = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    assert [(p.field, p.line) for p in problems] == [
        ("exercise[my_a].name", 3),
        ("routine[rt_evil].title", 12),
    ]
    assert str(problems[0]).startswith(f"{path}:3: exercise[my_a].name: contains the invisible")
    for problem, position in zip(problems, (3, 5), strict=True):
        assert f"format character U+{ord(char):04X} at character {position}" in problem.message
        assert char not in str(problem)


def test_a_title_with_a_hidden_space_cannot_pass_for_a_bundled_routine(tmp_path: Path) -> None:
    (tmp_path / "fake.toml").write_text(
        routine("rt_my_basics", "Back\\u200B Basics", "stab_pelvic_tilt"), encoding="utf-8"
    )
    library = load_library(tmp_path)
    assert "rt_my_basics" not in library.routines
    assert [r.title for r in library.routines.values()].count("Back Basics") == 1
    assert library.problems[0].field == "routine[rt_my_basics].title"


def test_free_text_keeps_emoji_joiners_and_soft_hyphens(tmp_path: Path) -> None:
    """Steps, cues and descriptions are not looked up by: the joiners emoji and Persian need,
    and German soft hyphens, stay allowed there."""
    path = tmp_path / "mine.toml"
    text = exercise("my_a").replace('"Two."', '"Smile \U0001f926\u200d\u2640\ufe0f."')
    text = text.replace(
        '"Pain."', '"R\u00fccken\u00adschmerz, \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645."'
    )
    path.write_text(text, encoding="utf-8")
    assert check_files([path], bundled_dir=FIXTURE_LIBRARY) == []


def test_format_characters_cover_unicode_category_cf() -> None:
    """The list in control_chars holds every Cf character this Python knows."""
    import re
    import unicodedata

    from backtimer.control_chars import FORMAT_CHARACTERS

    listed = re.compile(f"[{FORMAT_CHARACTERS}]")
    missing = [
        f"U+{code:04X}"
        for code in range(0x110000)
        if unicodedata.category(chr(code)) == "Cf" and not listed.fullmatch(chr(code))
    ]
    assert missing == []


def test_the_terminal_and_json_show_format_characters_escaped() -> None:
    import json

    assert for_terminal("Back\u200b Basics\u00ad \U000e0041") == (
        "Back\\u200b Basics\\xad \\U000e0041"
    )
    data = {"title": "Back\u200b Basics \U000e0041 \u2060"}
    shown = json_safe(json.dumps(data, ensure_ascii=False))
    assert "\u200b" not in shown
    assert "\\udb40\\udc41" in shown  # a tag character: its surrogate pair, as JSON spells it
    assert json.loads(shown) == data
