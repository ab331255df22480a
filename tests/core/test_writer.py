"""The routine writer: model objects become TOML the loader reads back to equal objects."""

from __future__ import annotations

import dataclasses
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtimer.control_chars import BIDI_CONTROLS, name_message
from backtimer.library.loader import load_library
from backtimer.library.model import (
    Block,
    Category,
    Continuous,
    Exercise,
    Hold,
    Interval,
    Level,
    Library,
    PacedReps,
    Routine,
    RoutineCategory,
    Sides,
    TapWhenDone,
)
from backtimer.library.writer import document_text, toml_number, toml_string


def _without_lines(routine: Routine) -> Routine:
    """Block.line says where a block was read from, so it differs between two files."""
    blocks = tuple(dataclasses.replace(block, line=0) for block in routine.blocks)
    return dataclasses.replace(routine, blocks=blocks)


# --- strategies: only values the loader accepts -----------------------------------------------

# Control characters are refused by the loader (see test_loader_control_chars.py); tab and
# newline are allowed, so they stay in the mix.
_CHARACTERS = st.one_of(
    st.characters(
        exclude_categories=("Cs", "Cc"), exclude_characters=f"{BIDI_CONTROLS}\u2028\u2029"
    ),
    st.sampled_from("\t\n"),
)
texts = st.text(_CHARACTERS, min_size=1, max_size=30).map(str.strip).filter(bool)
# Names and titles also refuse invisible format characters (Unicode category Cf).
names = texts.filter(lambda text: name_message(text) is None)
ids = st.from_regex(r"[a-z][a-z0-9_]{1,20}", fullmatch=True)
durations = st.one_of(
    st.integers(1, 7200).map(float), st.floats(1.0, 7200.0, allow_nan=False, allow_infinity=False)
)
pauses = st.one_of(
    st.integers(0, 7200).map(float), st.floats(0.0, 7200.0, allow_nan=False, allow_infinity=False)
)
reps_per_set = st.one_of(
    st.tuples(st.integers(1, 100), st.integers(1, 20)).map(lambda pair: (pair[0],) * pair[1]),
    st.lists(st.integers(1, 100), min_size=1, max_size=20).map(tuple),
)
dosages = st.one_of(
    st.builds(
        Hold,
        hold_s=durations,
        reps_per_set=reps_per_set,
        rest_rep_s=pauses,
        rep_labels=st.lists(texts, max_size=3).map(tuple),
    ),
    st.builds(
        PacedReps,
        rep_s=durations,
        reps_per_set=reps_per_set,
        cue=st.just("") | texts,
        rep_labels=st.lists(texts, max_size=3).map(tuple),
    ),
    st.builds(
        Interval,
        work_s=durations,
        rest_s=pauses,
        rounds=st.integers(1, 100),
        work_label=texts,
        rest_label=texts,
    ),
    st.builds(Continuous, duration_s=durations),
    st.builds(TapWhenDone, target=st.just("") | texts, estimate_s=durations),
)


@st.composite
def blocks(draw: st.DrawFn, exercise_ids: list[str]) -> Block:
    dosage = draw(dosages)
    sets_apply = isinstance(dosage, Hold | PacedReps)
    return Block(
        exercise_id=draw(st.sampled_from(exercise_ids)),
        dosage=dosage,
        rest_set_s=draw(pauses) if sets_apply else 0.0,
        sides=Sides.NONE if isinstance(dosage, Interval) else draw(st.sampled_from(Sides)),
        switch_s=draw(pauses),
        prepare_s=draw(st.none() | pauses),
        note=draw(st.just("") | texts),
    )


@st.composite
def libraries(draw: st.DrawFn) -> tuple[list[Exercise], list[Routine]]:
    exercise_ids = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    exercises = []
    for position, exercise_id in enumerate(exercise_ids):
        # Variants only point further down the list: a loop is refused by the loader.
        later = exercise_ids[position + 1 :]
        variant = st.none() | st.sampled_from(later) if later else st.none()
        exercises.append(
            Exercise(
                id=exercise_id,
                name=draw(names),
                category=draw(st.sampled_from(Category)),
                level=draw(st.sampled_from(Level)),
                equipment=tuple(draw(st.lists(texts, max_size=3))),
                steps=tuple(draw(st.lists(texts, min_size=3, max_size=5))),
                cues=tuple(draw(st.lists(texts, max_size=3))),
                mistakes=tuple(draw(st.lists(texts, max_size=3))),
                stop_if=draw(texts),
                summary=draw(st.just("") | texts),
                note=draw(st.just("") | texts),
                easier=draw(variant),
                harder=draw(variant),
            )
        )
    routine_ids = draw(st.lists(ids, min_size=1, max_size=2, unique=True))
    routines = [
        Routine(
            id=routine_id,
            title=draw(names),
            category=draw(st.sampled_from(RoutineCategory)),
            level=draw(st.sampled_from(Level)),
            summary=draw(texts),
            blocks=tuple(draw(st.lists(blocks(exercise_ids), min_size=1, max_size=6))),
            prepare_s=draw(pauses),
            description=draw(st.just("") | texts),
        )
        for routine_id in routine_ids
    ]
    return exercises, routines


def _read_back(text: str, folder: Path) -> Library:
    (folder / "mine.toml").write_text(text, encoding="utf-8")
    empty_bundle = folder / "no-bundle"
    empty_bundle.mkdir(exist_ok=True)
    return load_library(folder, bundled_dir=empty_bundle)


# --- tests -------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(libraries())
def test_random_valid_items_read_back_equal(items: tuple[list[Exercise], list[Routine]]) -> None:
    """load(write(x)) == x for any valid exercises and routines (block lines aside)."""
    exercises, routines = items
    with tempfile.TemporaryDirectory() as folder:
        library = _read_back(document_text(exercises=exercises, routines=routines), Path(folder))
    assert library.problems == ()
    assert list(library.exercises.values()) == exercises
    assert [_without_lines(r) for r in library.routines.values()] == routines


def test_every_bundled_item_reads_back_equal(tmp_path: Path) -> None:
    """Writing the whole shipped library and loading it as the bundle gives the same library."""
    bundled = load_library(None)
    text = document_text(
        exercises=list(bundled.exercises.values()), routines=list(bundled.routines.values())
    )
    (tmp_path / "all.toml").write_text(text, encoding="utf-8")
    again = load_library(None, bundled_dir=tmp_path)
    assert again.problems == ()
    assert again.exercises == bundled.exercises
    assert {k: _without_lines(r) for k, r in again.routines.items()} == {
        k: _without_lines(r) for k, r in bundled.routines.items()
    }


def test_user_picture_is_written_as_a_name_beside_the_file(tmp_path: Path) -> None:
    """A user exercise's picture path becomes its bare file name, which loads back beside it."""
    picture = tmp_path / "wall.png"
    picture.write_bytes(b"\x89PNG")
    exercise = Exercise(
        id="my_wall",
        name="Wall",
        category=Category.POSTURE,
        level=Level.BEGINNER,
        equipment=(),
        steps=("a", "b", "c"),
        cues=(),
        mistakes=(),
        stop_if="Pain.",
        illustration=str(picture),
    )
    text = document_text(exercises=[exercise])
    assert 'illustration = "wall.png"' in text
    assert _read_back(text, tmp_path).exercises["my_wall"] == exercise


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("plain", '"plain"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("back\\slash", '"back\\\\slash"'),
        ("two\nlines\ttab", '"two\\nlines\\ttab"'),
        ("bell\x07 del\x7f", '"bell\\u0007 del\\u007F"'),
        ("Knie – Übung ✓", '"Knie – Übung ✓"'),
    ],
)
def test_strings_are_escaped_as_toml_basic_strings(text: str, written: str) -> None:
    """Quotes, backslashes and control characters are escaped; other characters stay as typed."""
    assert toml_string(text) == written
    assert tomllib.loads(f"x = {written}")["x"] == text


@given(st.text(_CHARACTERS))
def test_any_text_survives_toml_string(text: str) -> None:
    """Whatever a person types reads back unchanged through tomllib."""
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


@pytest.mark.parametrize(
    ("value", "written"), [(10.0, "10"), (0.0, "0"), (2.5, "2.5"), (7, "7"), (1e-05, "1e-05")]
)
def test_numbers_are_written_as_people_write_them(value: float, written: str) -> None:
    """Whole seconds have no decimal point; fractions are exact."""
    assert toml_number(value) == written


def test_key_order_follows_the_documented_tables() -> None:
    """Keys come in the order of docs/routine-format.md, defaults left out."""
    routine = Routine(
        id="my_r",
        title="Mine",
        category=RoutineCategory.FLARE_UP,
        level=Level.BEGINNER,
        summary="Short.",
        blocks=(
            Block("stab_bird_dog", Hold(8.0, (5, 3, 1), rest_rep_s=3.0), 20.0, Sides.ALTERNATE),
        ),
    )
    assert document_text(routines=[routine], comment="hello") == (
        '# hello\nformat = 1\n\n[[routine]]\nid = "my_r"\ntitle = "Mine"\n'
        'category = "flare_up"\nlevel = "beginner"\nsummary = "Short."\nprepare_s = 10\n\n'
        '[[routine.block]]\nexercise = "stab_bird_dog"\nmode = "hold"\nhold_s = 8\n'
        'pyramid = [5, 3, 1]\nrest_rep_s = 3\nrest_set_s = 20\nsides = "alternate"\n'
    )
