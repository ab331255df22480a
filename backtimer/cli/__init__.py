"""The command line: argument parsing and the subcommands that never need Qt widgets.

Each subcommand lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``handler(args) -> int``. ``backtimer.__main__`` decides between a subcommand and
the GUI; nothing imported here may pull in PySide6 widgets or pyqtgraph.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from backtimer import __version__
from backtimer.cli.argparse_i18n import TranslatedParser
from backtimer.i18n import translate
from backtimer.paths import ENV_DATA_DIR

COMMAND_MODULES = (
    "backtimer.cli.routines",
    "backtimer.cli.journal_commands",
    "backtimer.cli.data_exchange",
)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves out the subcommand modules."""
    parser = TranslatedParser(
        prog="backtimer",
        description=translate(
            "CommandLine",
            "Guided exercise timer and pain journal for people living with back pain. "
            "Without a command, opens the app.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("CommandLine", "show the version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "CommandLine", "use DIR for the journal, backups and your routines (also: {variable})"
        ).format(variable=ENV_DATA_DIR),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "CommandLine",
            "use a throwaway folder holding six months of example data (your own data and "
            "settings are not touched); works with any command and with the app",
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    start = subparsers.add_parser(
        "start",
        help=translate("CommandLine", "open the app and start a routine straight away"),
        description=translate(
            "CommandLine",
            "Open the app with the player ready for ROUTINE_ID (for desktop shortcuts).",
        ),
    )
    start.add_argument(
        "routine_id",
        metavar="ROUTINE_ID",
        help=translate("CommandLine", "see: backtimer routines list"),
    )
    start.set_defaults(handler=None)
    for module_name in COMMAND_MODULES if commands else ():
        importlib.import_module(module_name).register(subparsers)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; user-fixable errors become one line on stderr and exit 2."""
    from backtimer.cli.output import warn
    from backtimer.errors import UserFacingError

    try:
        _refuse_a_data_folder_that_is_not_one(args)
        return int(args.handler(args))
    except UserFacingError as error:
        warn(f"backtimer: {error}")
        return 2
    except BrokenPipeError:
        return 0


def _refuse_a_data_folder_that_is_not_one(args: argparse.Namespace) -> None:
    """A file where the data folder should be, or a journal linked to a file that is gone:
    every command would otherwise speak of "no journal yet" and exit 0 (an export of nothing,
    a report of nothing) as if all were well."""
    from backtimer.paths import DataDirError, resolve_data_dir

    if getattr(args, "routines_command", None) == "check":
        return  # checks the files it is given, nothing in the data folder
    paths = resolve_data_dir(getattr(args, "data_dir", None))
    root, journal = paths.root, paths.journal_file
    if root.exists() and not root.is_dir():
        raise DataDirError(
            translate(
                "CommandLine",
                "The data folder {folder} is a file, not a folder. Move the file away, or "
                "choose another folder with --data-dir or {variable}.",
            ).format(folder=root, variable=ENV_DATA_DIR)
        )
    if journal.is_symlink() and not journal.exists():  # not "nothing recorded yet"
        raise DataDirError(
            translate(
                "CommandLine",
                "The journal {journal} is a link to {target}, which is not there "
                "(a disk that is not mounted?). Nothing was read or written.",
            ).format(journal=journal, target=os.readlink(journal))
        )


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line. Opening the app (no command, or ``start``) does not import the
    subcommand modules: they would only slow the way to the first window."""
    words = list(sys.argv[1:] if argv is None else argv)
    return build_parser(commands=_may_name_a_command(words)).parse_args(words)


def _may_name_a_command(words: Sequence[str]) -> bool:
    """False only when surely no subcommand but ``start`` is asked for (or help, which lists
    them all); when in doubt the full parser decides."""
    rest = iter(words)
    for word in rest:
        if word in ("-h", "--help"):
            return True
        if word == "--data-dir":
            next(rest, None)
        elif not word.startswith("-"):
            return word != "start"
    return False
