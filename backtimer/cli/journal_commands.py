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
from backtimer.i18n import translate
from backtimer.journal import backup, db
from backtimer.journal.health import inspect_journal
from backtimer.paths import resolve_data_dir


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup_parser = subparsers.add_parser(
        "backup",
        help=translate("CliJournal", "copy the journal into the backups folder (or to FILE)"),
        description=translate(
            "CliJournal",
            "Copy the journal safely, even while Backtimer is running. Without --output the "
            "copy goes to backups/journal-YYYY-MM-DD.sqlite3 in the data folder (one per day; the "
            "last {count} are kept).",
        ).format(count=backup.KEEP_DAILY_BACKUPS),
    )
    backup_parser.add_argument(
        "--output",
        metavar="FILE",
        type=Path,
        help=translate("CliJournal", "write the copy to FILE (must not exist)"),
    )
    backup_parser.set_defaults(handler=_backup)

    restore_parser = subparsers.add_parser(
        "restore",
        help=translate(
            "CliJournal", "replace the journal with a backup (the current one is kept aside)"
        ),
        description=translate(
            "CliJournal",
            "Check FILE is a sound Backtimer journal, keep the current journal aside under a "
            "dated name, then put FILE in its place. Close Backtimer first.",
        ),
    )
    restore_parser.add_argument(
        "file", metavar="FILE", type=Path, help=translate("CliJournal", "a backup to restore")
    )
    restore_parser.set_defaults(handler=_restore)

    journal_parser = subparsers.add_parser(
        "journal",
        help=translate("CliJournal", "look after the journal file"),
        description=translate("CliJournal", "Commands that look after the journal file."),
    )
    journal_commands = journal_parser.add_subparsers(
        dest="journal_command", metavar="COMMAND", required=True
    )
    check_parser = journal_commands.add_parser(
        "check",
        help=translate("CliJournal", "check the journal's integrity and count what it holds"),
        description=translate(
            "CliJournal",
            "Run SQLite's full integrity check on the journal (read-only, nothing is changed) "
            "and count its sessions, steps and pain scores.",
        ),
    )
    check_parser.set_defaults(handler=_check)


def _backup(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    try:
        if args.output is not None:
            if _exists(args.output):
                raise backup.BackupError(
                    translate(
                        "CliJournal",
                        "{file} already exists; choose a new file name so nothing is overwritten.",
                    ).format(file=args.output)
                )
            written = backup.backup_to(paths.journal_file, args.output)
        else:
            written = backup.backup_now(paths.journal_file, paths.backups_dir, _now())
    except backup.NothingToBackUpError as nothing:
        say(nothing)  # a new data folder: not a failure
        return 0
    say(translate("CliJournal", "Backed up the journal to {file}").format(file=written))
    return 0


def _restore(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    result = backup.restore(args.file, paths.journal_file, _now())
    say(
        translate("CliJournal", "Restored the journal from {file} (schema v{version}).").format(
            file=args.file, version=result.schema_version
        )
    )
    if result.kept_aside is not None:
        say(
            translate("CliJournal", "The previous journal was kept as {file}").format(
                file=result.kept_aside
            )
        )
    return 0


def _check(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    if not paths.journal_file.exists():
        say(
            translate(
                "CliJournal", "There is no journal at {file} yet: nothing has been recorded."
            ).format(file=paths.journal_file)
        )
        return 0
    health = inspect_journal(paths.journal_file)
    say(
        translate("CliJournal", "Journal: {file} ({size} KiB)").format(
            file=health.path, size=f"{health.size_bytes / 1024:.0f}"
        )
    )
    if health.is_empty:
        say(translate("CliJournal", "Empty: nothing has been recorded in this journal yet."))
        return 0
    if health.schema_version > db.SCHEMA_VERSION:
        schema = translate(
            "CliJournal", "Schema: v{version} (newer than this Backtimer understands)"
        )
    else:
        schema = translate("CliJournal", "Schema: v{version}")
    say(schema.format(version=health.schema_version))
    if health.problems:
        raise db.JournalCorruptError(
            translate(
                "CliJournal",
                "The journal {file} failed the integrity check: {problems}. "
                "Restore a backup with: backtimer restore FILE",
            ).format(file=health.path, problems="; ".join(health.problems[:3]))
        )
    say(translate("CliJournal", "Integrity: ok"))
    if not health.is_backtimer_journal:
        raise db.JournalCorruptError(
            translate("CliJournal", "{file} is an SQLite file but not a Backtimer journal.").format(
                file=health.path
            )
        )
    counts = health.row_counts
    say(
        translate("CliJournal", "Sessions: {count} ({binned} in the bin)").format(
            count=counts["session"], binned=health.sessions_in_bin
        )
    )
    say(translate("CliJournal", "Steps: {count}").format(count=counts["step"]))
    say(translate("CliJournal", "Pain scores: {count}").format(count=counts["pain"]))
    say(translate("CliJournal", '"This hurts" reports: {count}').format(count=counts["hurt_event"]))
    say(translate("CliJournal", "Flare days: {count}").format(count=counts["flare_day"]))
    return 0


def _exists(path: Path) -> bool:
    """Whether anything has the name; a name the system refuses (too long, say) is named."""
    try:
        return os.path.lexists(path) or path.exists()
    except OSError as error:
        raise backup.BackupError(
            translate("CliJournal", "Cannot write {file}: {reason}.").format(
                file=path, reason=error.strerror or error
            )
        ) from error


def _now() -> datetime:
    """The one clock read of these commands: local time, so daily backups follow local days."""
    return datetime.now().astimezone()
