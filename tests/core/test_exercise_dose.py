"""An exercise's own ``[exercise.dose]``: read like a block, checked, and written back unchanged."""

from __future__ import annotations

from pathlib import Path

from backtimer.library.loader import check_files, load_library
from backtimer.library.model import Hold, Sides
from backtimer.library.writer import document_text

EXERCISE = """format = 1

[[exercise]]
id = "my_wall_sit"
name = "Wall sit, shallow"
category = "stabilisation"
level = "beginner"
steps = ["Stand against a wall.", "Slide down a little.", "Hold, then slide up."]
stop_if = "Knee pain."
{dose}
"""


def _write(folder: Path, dose: str) -> Path:
    path = folder / "mine.toml"
    path.write_text(EXERCISE.format(dose=dose), encoding="utf-8")
    return path


def test_dose_table_becomes_the_exercises_own_block(tmp_path: Path) -> None:
    _write(tmp_path, '[exercise.dose]\nmode = "hold"\nhold_s = 10\nreps = 4\nsides = "each"\n')
    exercise = load_library(tmp_path).exercises["my_wall_sit"]
    assert exercise.dose is not None
    assert exercise.dose.exercise_id == "my_wall_sit"
    assert exercise.dose.dosage == Hold(hold_s=10.0, reps_per_set=(4,))
    assert exercise.dose.sides is Sides.EACH


def test_dose_round_trips_through_the_writer(tmp_path: Path) -> None:
    _write(tmp_path, 'dose = { mode = "reps", rep_s = 4, reps = 8, sets = 2, rest_set_s = 20 }\n')
    exercise = load_library(tmp_path).exercises["my_wall_sit"]
    (tmp_path / "mine.toml").write_text(document_text(exercises=[exercise]), encoding="utf-8")
    assert load_library(tmp_path).exercises["my_wall_sit"] == exercise


def test_dose_problems_name_the_field(tmp_path: Path) -> None:
    path = _write(tmp_path, 'dose = { mode = "reps", rep_s = 0, reps = 3, exercise = "x" }\n')
    fields = {problem.field for problem in check_files([path])}
    assert fields == {"exercise[my_wall_sit].dose.rep_s", "exercise[my_wall_sit].dose.exercise"}


def test_dose_must_be_a_table(tmp_path: Path) -> None:
    path = _write(tmp_path, 'dose = "10 reps"\n')
    [problem] = check_files([path])
    assert problem.field == "exercise[my_wall_sit].dose"
    assert "[exercise.dose] table" in problem.message
