"""``backtimer backup``, ``backtimer restore FILE`` and ``backtimer journal check``.

Thin wrappers: the work lives in ``backtimer.journal.backup`` and ``.health``; problems arrive as
UserFacingError and become one line and exit status 2 in ``backtimer.cli.run_command``.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from backtimer.cli.output import say
from backtimer.journal import backup, db
from backtimer.journal.health import inspect_journal
from backtimer.paths import resolve_data_dir


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup_parser = subparsers.add_parser(
        "backup",
        help="copy the journal into the backups folder (or to FILE)",
        description=(
            "Copy the journal safely, even while Backtimer is running. Without --output the "
            "copy goes to <data dir>/backups/journal-YYYY-MM-DD.sqlite3 (one per day; the "
            f"last {backup.KEEP_DAILY_BACKUPS} are kept)."
        ),
    )
    backup_parser.add_argument(
        "--output", metavar="FILE", type=Path, help="write the copy to FILE (must not exist)"
    )
    backup_parser.set_defaults(handler=_backup)

    restore_parser = subparsers.add_parser(
        "restore",
        help="replace the journal with a backup (the current one is kept aside)",
        description=(
            "Check FILE is a sound Backtimer journal, keep the current journal aside under a "
            "dated name, then put FILE in its place. Close Backtimer first."
        ),
    )
    restore_parser.add_argument("file", metavar="FILE", type=Path, help="a backup to restore")
    restore_parser.set_defaults(handler=_restore)

    journal_parser = subparsers.add_parser(
        "journal",
        help="look after the journal file",
        description="Commands that look after the journal file.",
    )
    journal_commands = journal_parser.add_subparsers(
        dest="journal_command", metavar="COMMAND", required=True
    )
    check_parser = journal_commands.add_parser(
        "check",
        help="check the journal's integrity and count what it holds",
        description=(
            "Run SQLite's full integrity check on the journal (read-only, nothing is changed) "
            "and count its sessions, steps and pain scores."
        ),
    )
    check_parser.set_defaults(handler=_check)


def _backup(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    try:
        if args.output is not None:
            if _exists(args.output):
                raise backup.BackupError(
                    f"{args.output} already exists; choose a new file name so nothing is "
                    "overwritten."
                )
            written = backup.backup_to(paths.journal_file, args.output)
        else:
            written = backup.backup_now(paths.journal_file, paths.backups_dir, _now())
    except backup.NothingToBackUpError as nothing:
        say(nothing)  # a new data folder: not a failure
        return 0
    say(f"Backed up the journal to {written}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    result = backup.restore(args.file, paths.journal_file, _now())
    say(f"Restored the journal from {args.file} (schema v{result.schema_version}).")
    if result.kept_aside is not None:
        say(f"The previous journal was kept as {result.kept_aside}")
    return 0


def _check(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    if not paths.journal_file.exists():
        say(f"There is no journal at {paths.journal_file} yet: nothing has been recorded.")
        return 0
    health = inspect_journal(paths.journal_file)
    say(f"Journal: {health.path} ({health.size_bytes / 1024:.0f} KiB)")
    if health.is_empty:
        say("Empty: nothing has been recorded in this journal yet.")
        return 0
    newer = (
        " (newer than this Backtimer understands)"
        if health.schema_version > db.SCHEMA_VERSION
        else ""
    )
    say(f"Schema: v{health.schema_version}{newer}")
    if health.problems:
        raise db.JournalCorruptError(
            f"The journal {health.path} failed the integrity check: "
            f"{'; '.join(health.problems[:3])}. Restore a backup with: backtimer restore FILE"
        )
    say("Integrity: ok")
    if not health.is_backtimer_journal:
        raise db.JournalCorruptError(
            f"{health.path} is an SQLite file but not a Backtimer journal."
        )
    counts = health.row_counts
    say(f"Sessions: {counts['session']} ({health.sessions_in_bin} in the bin)")
    say(f"Steps: {counts['step']}")
    say(f"Pain scores: {counts['pain']}")
    say(f'"This hurts" reports: {counts["hurt_event"]}')
    say(f"Flare days: {counts['flare_day']}")
    return 0


def _exists(path: Path) -> bool:
    """Whether anything has the name; a name the system refuses (too long, say) is named."""
    try:
        return os.path.lexists(path) or path.exists()
    except OSError as error:
        raise backup.BackupError(f"Cannot write {path}: {error.strerror or error}.") from error


def _now() -> datetime:
    """The one clock read of these commands: local time, so daily backups follow local days."""
    return datetime.now().astimezone()
