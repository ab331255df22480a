"""Fuzzing the loader: whatever a file holds, loading returns Problems with a line, never raises."""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backtimer.library._blocks import ALL_MODE_KEYS, BLOCK_KEYS
from backtimer.library._items import EXERCISE_KEYS, ROUTINE_KEYS
from backtimer.library._locate import LineLocator
from backtimer.library.loader import check_files, load_library
from backtimer.library.model import Library, Problem

FIXTURE_LIBRARY = Path(__file__).parent / "fixtures" / "library"
VALID_FILE = """\
format = 1

[[exercise]]
id = "my_wall_sit"
name = "Wall sit"
category = "stabilisation"
level = "beginner"
equipment = ["wall"]
steps = [
  "Back to the wall.",
  "Slide down a little.",
  "Hold, then slide up.",
]
stop_if = "Knee pain."
easier = "stab_pelvic_tilt"

[[routine]]
id = "my_programme"
title = "My programme"
category = "flare_up"
level = "beginner"
summary = "From my physio."
prepare_s = 5

[[routine.block]]
exercise = "my_wall_sit"
mode = "hold"
hold_s = 10
pyramid = [3, 2, 1]
rest_rep_s = 5
sides = "each"

[[routine.block]]
exercise = "aer_walk_easy"
mode = "interval"
work_s = 60
rest_s = 30
rounds = 3
"""
# A few seconds per run; set BACKTIMER_FUZZ_EXAMPLES=2000 for a deeper hunt (about 40 s).
FUZZ_SETTINGS = settings(
    max_examples=int(os.environ.get("BACKTIMER_FUZZ_EXAMPLES", "60")), deadline=None
)


def load_and_check(content: bytes) -> tuple[Library, list[Problem]]:
    """Load ``content`` as a user file and check it standalone; both paths must stay calm."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.toml"
        path.write_bytes(content)
        library = load_library(Path(folder), bundled_dir=FIXTURE_LIBRARY)
        problems = check_files([path], bundled_dir=FIXTURE_LIBRARY)
    line_count = max(1, content.count(b"\n") + 1)
    for problem in [*library.problems, *problems]:
        assert problem.path == str(path)
        assert 1 <= problem.line <= line_count, problem
        assert problem.field
        assert problem.message
        assert "internal error" not in problem.message, problem
    if problems:
        assert "rt_fixture_basics" in library.routines
        assert "my_programme" not in library.routines
    return library, problems


def test_the_valid_file_used_for_mutations_is_valid() -> None:
    """Mutations start from a file with no problems, so the fuzzing below means something."""
    library, problems = load_and_check(VALID_FILE.encode())
    assert problems == []
    assert library.routine("my_programme").blocks[0].exercise_id == "my_wall_sit"


@FUZZ_SETTINGS
@given(st.binary(max_size=600))
def test_random_bytes_never_raise(content: bytes) -> None:
    """Arbitrary bytes become Problems (or an empty file), with lines inside the file."""
    load_and_check(content)


TOML_JUNK = st.sampled_from(
    ["[", "]]", "=", '"', "'''", "[[routine.block]]", "[exercise]", "{", "\x00", "\ud800", "é", "#"]
)
TOML_VALUES = st.sampled_from(
    ['"text"', '""', "0", "-5", "1e9", "2.5", "nan", "-inf", "true", "[]", "[1, 2]", '["a"]', "{}"]
)


@st.composite
def mutated_valid_file(draw: st.DrawFn) -> str:
    """The valid file with a few lines deleted, duplicated, revalued or junk inserted."""
    lines = VALID_FILE.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        mutation = draw(st.sampled_from(["delete", "duplicate", "revalue", "junk", "swap"]))
        if mutation == "delete":
            del lines[index]
        elif mutation == "duplicate":
            lines.insert(index, lines[index])
        elif mutation == "revalue" and "=" in lines[index]:
            key = lines[index].split("=", 1)[0]
            lines[index] = f"{key}= {draw(TOML_VALUES)}"
        elif mutation == "junk":
            position = draw(st.integers(0, len(lines[index])))
            line = lines[index]
            lines[index] = line[:position] + draw(TOML_JUNK) + line[position:]
        elif mutation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        if not lines:
            break
    return "\n".join(lines) + "\n"


@FUZZ_SETTINGS
@given(mutated_valid_file())
def test_mutations_of_a_valid_file_never_raise(text: str) -> None:
    """Deleting, duplicating, retyping or corrupting lines gives Problems, never exceptions."""
    load_and_check(text.encode("utf-8", errors="surrogatepass"))


def toml_value(value: object) -> str:
    """A minimal TOML writer for the values the strategies below produce."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        text = repr(value)
        return text if re.search(r"[.e]", text) else text + ".0"
    if isinstance(value, int | str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


SCALARS = st.one_of(
    st.integers(-10, 10_000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.sampled_from(["stab_pelvic_tilt", "hold", "reps", "interval", "tap", "each", "beginner"]),
    st.sampled_from(["stabilisation", "flare_up", "my_wall_sit", "", " ", "x.svg"]),
    st.text(max_size=12),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=6),
    st.dictionaries(st.sampled_from(["a", "hold_s"]), SCALARS, max_size=2),
)


def table(keys: tuple[str, ...]) -> st.SearchStrategy[dict[str, object]]:
    known_or_odd = st.sampled_from([*keys, "hodl_s", "Name", "ünïcode key"])
    return st.dictionaries(known_or_odd, VALUES, max_size=len(keys) + 2)


ROUTINE_SCALAR_KEYS = tuple(key for key in ROUTINE_KEYS if key != "block")
BLOCK_ALL_KEYS = (*BLOCK_KEYS, *ALL_MODE_KEYS)


@st.composite
def random_document(draw: st.DrawFn) -> str:
    """A syntactically valid TOML file built from the format's keys and random values."""
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(f"format = {toml_value(draw(SCALARS))}")
    for exercise in draw(st.lists(table(EXERCISE_KEYS), max_size=3)):
        lines.append("[[exercise]]")
        lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in exercise.items()]
    for routine in draw(st.lists(table(ROUTINE_SCALAR_KEYS), max_size=2)):
        lines.append("[[routine]]")
        lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in routine.items()]
        for block in draw(st.lists(table(BLOCK_ALL_KEYS), max_size=3)):
            lines.append("[[routine.block]]")
            lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in block.items()]
    return "\n".join(lines) + "\n"


@FUZZ_SETTINGS
@given(random_document())
def test_random_documents_from_the_format_keys_never_raise(text: str) -> None:
    """Any mix of known keys and wrong-typed values yields Problems, never exceptions."""
    load_and_check(text.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.lists(st.one_of(st.text(max_size=8), st.integers(0, 3))))
def test_the_line_locator_always_answers_a_line(text: str, path: list[str | int]) -> None:
    """Any text and any path give a line between 1 and the number of lines."""
    line = LineLocator(text).line_of(tuple(path))
    assert 1 <= line <= text.count("\n") + 1
