"""``backtimer routines list|check|show``: the library from the command line, without Qt.

``check`` is what a person editing a routine file by hand runs after every save, so its output is
one ``FILE:LINE: field: message`` line per problem, the shape editors and terminals link to.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from backtimer.cli.output import say, say_json, warn
from backtimer.control_chars import for_terminal
from backtimer.errors import UserFacingError
from backtimer.library._fields import suggestion
from backtimer.library.describe import describe_dosage, format_seconds
from backtimer.library.loader import check_files, load_library
from backtimer.library.model import Library, Problem, Routine, SourceKind
from backtimer.paths import resolve_data_dir
from backtimer.workout.plan import build_plan

_TABLE_COLUMNS = ("id", "title", "category", "level", "duration", "source")


class UnknownRoutineError(UserFacingError):
    """``routines show`` was given an id the library does not have."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    routines = subparsers.add_parser(
        "routines",
        help="list, check or show exercise routines",
        description="List the routines, check routine files you wrote, or show one routine.",
    )
    actions = routines.add_subparsers(dest="routines_command", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list",
        help="list every routine with its total time",
        description="List bundled routines and those in your routines folder. Problems with "
        "your files are printed as warnings on stderr.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=list_routines)

    check = actions.add_parser(
        "check",
        help="check routine files for mistakes",
        description="Check routine files against the format and the bundled library. Give "
        "files that use each other's exercises together. Prints one FILE:LINE: field: message "
        "line per problem; exit status 1 if there are any.",
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a .toml file")
    check.set_defaults(handler=check_routine_files)

    show = actions.add_parser(
        "show",
        help="show one routine's exercises and dosage",
        description="Show a routine's blocks in plain words (ids: backtimer routines list).",
    )
    show.add_argument("routine_id", metavar="ROUTINE_ID")
    show.set_defaults(handler=show_routine)


def _load(args: argparse.Namespace) -> Library:
    """The library with the user's folder, warning about files that were skipped."""
    library = load_library(resolve_data_dir(args.data_dir).routines_dir)
    by_file: dict[str, list[Problem]] = {}
    for problem in library.problems:
        by_file.setdefault(problem.path, []).append(problem)
    for path, problems in by_file.items():
        count = f"{len(problems)} problem{'' if len(problems) == 1 else 's'}"
        warn(f"backtimer: warning: {path}: skipped because of {count}:")
        for problem in problems:
            warn(f"  {problem}")
    return library


def _source_text(routine: Routine) -> str:
    return "bundled" if routine.source.kind is SourceKind.BUNDLED else routine.source.path


def _routine_rows(library: Library) -> list[dict[str, Any]]:
    rows = []
    for routine in library.routines.values():
        total_s = build_plan(routine, library.exercises).total_s
        rows.append(
            {
                "id": routine.id,
                "title": routine.title,
                "category": routine.category.value,
                "level": routine.level.value,
                "duration": format_seconds(total_s),
                "duration_s": total_s,
                "source": _source_text(routine),
            }
        )
    return rows


def list_routines(args: argparse.Namespace) -> int:
    rows = _routine_rows(_load(args))
    if args.json:
        say_json(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    header = {column: column.upper() for column in _TABLE_COLUMNS}
    # Escaped before measuring, so the columns line up with what the terminal shows.
    table = [{column: for_terminal(str(row[column])) for column in _TABLE_COLUMNS} for row in rows]
    widths = {
        column: max(len(row[column]) for row in [header, *table]) for column in _TABLE_COLUMNS
    }
    for row in [header, *table]:
        cells = [row[column].ljust(widths[column]) for column in _TABLE_COLUMNS]
        say("  ".join(cells).rstrip())
    return 0


def check_routine_files(args: argparse.Namespace) -> int:
    problems = check_files(args.files)
    for problem in problems:
        say(problem)
    if problems:
        files = len({problem.path for problem in problems})
        warn(f"{len(problems)} problem(s) in {files} of {len(args.files)} file(s)")
        return 1
    count = len(args.files)
    say(f"{count} file{'' if count == 1 else 's'} OK")
    return 0


def show_routine(args: argparse.Namespace) -> int:
    library = _load(args)
    routine = library.routines.get(args.routine_id)
    if routine is None:
        hint = suggestion(args.routine_id, library.routines) or "."
        raise UnknownRoutineError(
            f"no routine {args.routine_id!r}{hint} See `backtimer routines list` for the ids."
        )
    plan = build_plan(routine, library.exercises)
    say(f"{routine.title} ({routine.id})")
    say(
        f"{routine.category.label} · {routine.level.value} · about "
        f"{format_seconds(plan.total_s)} · {_source_text(routine)}"
    )
    say(routine.summary)
    say()
    for number, block in enumerate(routine.blocks, start=1):
        exercise = library.exercises[block.exercise_id]
        say(f"{number:>2}. {exercise.name}: {describe_dosage(block)}")
        if block.note:
            say(f"    {block.note}")
    return 0
