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
from backtimer.i18n import QT_TRANSLATE_NOOP, translate
from backtimer.library._fields import suggestion
from backtimer.library.describe import describe_dosage, format_seconds
from backtimer.library.loader import check_files, load_library
from backtimer.library.model import Library, Problem, Routine, SourceKind
from backtimer.paths import resolve_data_dir
from backtimer.workout.plan import build_plan

_TABLE_COLUMNS = ("id", "title", "category", "level", "duration", "source")
_TABLE_HEADERS = {
    "id": QT_TRANSLATE_NOOP("CliRoutines", "ID"),
    "title": QT_TRANSLATE_NOOP("CliRoutines", "TITLE"),
    "category": QT_TRANSLATE_NOOP("CliRoutines", "CATEGORY"),
    "level": QT_TRANSLATE_NOOP("CliRoutines", "LEVEL"),
    "duration": QT_TRANSLATE_NOOP("CliRoutines", "DURATION"),
    "source": QT_TRANSLATE_NOOP("CliRoutines", "SOURCE"),
}
"""The table's headings for people; ``--json`` keeps the English keys, which scripts read."""


class UnknownRoutineError(UserFacingError):
    """``routines show`` was given an id the library does not have."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    routines = subparsers.add_parser(
        "routines",
        help=translate("CliRoutines", "list, check or show exercise routines"),
        description=translate(
            "CliRoutines", "List the routines, check routine files you wrote, or show one routine."
        ),
    )
    actions = routines.add_subparsers(dest="routines_command", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list",
        help=translate("CliRoutines", "list every routine with its total time"),
        description=translate(
            "CliRoutines",
            "List bundled routines and those in your routines folder. Problems with "
            "your files are printed as warnings on stderr.",
        ),
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "CliRoutines",
            "print JSON instead of a table (keys, categories and levels in English; titles as "
            "the table shows them)",
        ),
    )
    listing.set_defaults(handler=list_routines)

    check = actions.add_parser(
        "check",
        help=translate("CliRoutines", "check routine files for mistakes"),
        description=translate(
            "CliRoutines",
            "Check routine files against the format and the bundled library. Give "
            "files that use each other's exercises together. Prints one FILE:LINE: field: "
            "message line per problem; exit status 1 if there are any.",
        ),
    )
    check.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=translate("CliRoutines", "a .toml file"),
    )
    check.set_defaults(handler=check_routine_files)

    show = actions.add_parser(
        "show",
        help=translate("CliRoutines", "show one routine's exercises and dosage"),
        description=translate(
            "CliRoutines", "Show a routine's blocks in plain words (ids: backtimer routines list)."
        ),
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
        if len(problems) == 1:
            skipped = translate("CliRoutines", "{path}: skipped because of 1 problem:")
        else:
            skipped = translate("CliRoutines", "{path}: skipped because of {count} problems:")
        warning = translate("CliRoutines", "warning: {message}").format(
            message=skipped.format(path=path, count=len(problems))
        )
        warn(f"backtimer: {warning}")
        for problem in problems:
            warn(f"  {problem}")
    return library


def _planned(library: Library) -> list[tuple[Routine, float]]:
    """Every routine with its planned total time, in library order."""
    return [
        (routine, build_plan(routine, library.exercises).total_s)
        for routine in library.routines.values()
    ]


def _json_row(routine: Routine, total_s: float) -> dict[str, Any]:
    """One routine for scripts: English keys and codes, as the routine file has them; the
    title as the table shows it (a bundled routine's in the language in use)."""
    return {
        "id": routine.id,
        "title": routine.title,
        "category": routine.category.value,
        "level": routine.level.value,
        "duration": format_seconds(total_s),
        "duration_s": total_s,
        "source": _source_value(routine),
    }


def _source_value(routine: Routine) -> str:
    """Where a routine comes from: ``"bundled"`` or the file's path (what the JSON says)."""
    return "bundled" if routine.source.kind is SourceKind.BUNDLED else routine.source.path


def _source_words(routine: Routine) -> str:
    """``_source_value`` as a person reads it: "bundled" in the user's language."""
    if routine.source.kind is SourceKind.BUNDLED:
        return translate("CliRoutines", "bundled")
    return routine.source.path


def _table_row(routine: Routine, total_s: float) -> dict[str, str]:
    """One row of the table: category, level and source in the user's words."""
    return {
        "id": routine.id,
        "title": routine.title,
        "category": translate("library", routine.category.label),
        "level": translate("library", routine.level.label),
        "duration": format_seconds(total_s),
        "source": _source_words(routine),
    }


def _describe_tr(text: str) -> str:
    return translate("describe", text)


def list_routines(args: argparse.Namespace) -> int:
    planned = _planned(_load(args))
    if args.json:
        rows = [_json_row(routine, total_s) for routine, total_s in planned]
        say_json(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    header = {column: translate("CliRoutines", _TABLE_HEADERS[column]) for column in _TABLE_COLUMNS}
    # Escaped before measuring, so the columns line up with what the terminal shows.
    table = [
        {column: for_terminal(cell) for column, cell in _table_row(routine, total_s).items()}
        for routine, total_s in planned
    ]
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
        warn(
            translate("CliRoutines", "{problems} problem(s) in {files} of {total} file(s)").format(
                problems=len(problems), files=files, total=len(args.files)
            )
        )
        return 1
    count = len(args.files)
    if count == 1:
        say(translate("CliRoutines", "1 file OK"))
    else:
        say(translate("CliRoutines", "{count} files OK").format(count=count))
    return 0


def show_routine(args: argparse.Namespace) -> int:
    library = _load(args)
    routine = library.routines.get(args.routine_id)
    if routine is None:
        hint = suggestion(args.routine_id, library.routines) or "."
        raise UnknownRoutineError(
            translate(
                "CliRoutines",
                "no routine {routine}{hint} See `backtimer routines list` for the ids.",
            ).format(routine=repr(args.routine_id), hint=hint)
        )
    plan = build_plan(routine, library.exercises)
    say(f"{routine.title} ({routine.id})")
    about = translate("CliRoutines", "about {duration}").format(
        duration=format_seconds(plan.total_s)
    )
    category = translate("library", routine.category.label)
    level = translate("library", routine.level.label)
    say(f"{category} · {level} · {about} · {_source_words(routine)}")
    say(routine.summary)
    say()
    for number, block in enumerate(routine.blocks, start=1):
        exercise = library.exercises[block.exercise_id]
        say(f"{number:>2}. {exercise.name}: {describe_dosage(block, _describe_tr)}")
        if block.note:
            say(f"    {block.note}")
    return 0
