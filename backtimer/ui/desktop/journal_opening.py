"""Open the journal at start-up, turning each known failure into a clear choice.

A damaged journal is never modified or deleted: it is renamed aside and either a backup is
restored or a fresh journal starts. A read-only journal can still be opened to look at history.
The question is asked through an injectable ``choose`` so tests can answer it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backtimer.errors import UserFacingError
from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal import db
from backtimer.journal.journal import Journal
from backtimer.paths import DataPaths
from backtimer.ui.wording import day_text

logger = logging.getLogger(__name__)

Chooser = Callable[[str, str, Sequence[str]], str | None]
"""(title, message, button texts) → the chosen text, or None when the user closes the box."""

RESTORE = QT_TRANSLATE_NOOP("JournalOpening", "Restore the latest backup")
START_FRESH = QT_TRANSLATE_NOOP("JournalOpening", "Keep it aside, start fresh")
READ_ONLY = QT_TRANSLATE_NOOP("JournalOpening", "Open read-only")
QUIT = QT_TRANSLATE_NOOP("JournalOpening", "Quit")
"""Button texts, also the chooser's answers; shown translated."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalOpening", text)


@dataclass(frozen=True)
class OpenedJournal:
    journal: Journal
    read_only: bool
    notice: str = ""


def ask_with_message_box(parent: QWidget | None) -> Chooser:
    def choose(title: str, message: str, options: Sequence[str]) -> str | None:
        from PySide6.QtWidgets import QMessageBox  # only when there is something to ask

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(message)
        buttons = {
            box.addButton(
                _tr(text),
                QMessageBox.ButtonRole.RejectRole
                if text == QUIT
                else QMessageBox.ButtonRole.AcceptRole,
            ): text
            for text in options
        }
        box.exec()
        return buttons.get(box.clickedButton())

    return choose


def open_journal(
    paths: DataPaths, choose: Chooser, now: Callable[[], datetime]
) -> OpenedJournal | None:
    """The journal to use, or None when the user chose to quit."""
    try:
        return OpenedJournal(Journal.open(paths.journal_file), read_only=False)
    except db.JournalCorruptError as error:
        return _recover_corrupt(paths, choose, now, error)
    except db.JournalReadOnlyError as error:
        answer = choose(
            QCoreApplication.translate("JournalOpening", "Your journal is read-only"),
            QCoreApplication.translate(
                "JournalOpening",
                "{error}\n\nYou can open it read-only to look at your history; new workouts and "
                "pain scores will not be saved until the file can be written again.",
            ).format(error=error),
            (READ_ONLY, QUIT),
        )
        if answer != READ_ONLY:
            return None
        connection = db.open_read_only(paths.journal_file)
        return OpenedJournal(Journal(connection, paths.journal_file), read_only=True)
    except UserFacingError as error:
        choose(
            QCoreApplication.translate("JournalOpening", "Cannot open your journal"),
            str(error),
            (QUIT,),
        )
        return None


def _recover_corrupt(
    paths: DataPaths, choose: Chooser, now: Callable[[], datetime], error: Exception
) -> OpenedJournal | None:
    from backtimer.journal.backup import list_backups, restore  # only a damaged journal needs it

    backups = list_backups(paths.backups_dir)
    options = ([RESTORE] if backups else []) + [START_FRESH, QUIT]
    if backups:
        message = QCoreApplication.translate(
            "JournalOpening",
            "{error}\n\nBacktimer will not change or delete that file. It can be renamed aside "
            "(nothing is deleted) and you can restore a backup (the latest is from {day}) or "
            "start a fresh journal.",
        ).format(error=error, day=_day(backups[0].day))
    else:
        message = QCoreApplication.translate(
            "JournalOpening",
            "{error}\n\nBacktimer will not change or delete that file. It can be renamed aside "
            "(nothing is deleted) and you can start a fresh journal.",
        ).format(error=error)
    answer = choose(
        QCoreApplication.translate("JournalOpening", "Your journal cannot be read"),
        message,
        options,
    )
    if answer not in (RESTORE, START_FRESH):
        return None
    kept = db.keep_aside(paths.journal_file)
    logger.warning("unreadable journal kept aside at %s", kept)
    notice = QCoreApplication.translate(
        "JournalOpening", "Your old journal file was kept aside as {name}."
    ).format(name=kept.name)
    if answer == RESTORE:
        restore(backups[0].path, paths.journal_file, now())
        notice += " " + QCoreApplication.translate(
            "JournalOpening", "Restored the backup from {day}."
        ).format(day=_day(backups[0].day))
    return OpenedJournal(Journal.open(paths.journal_file), read_only=False, notice=notice)


def _day(day: date) -> str:
    return day_text(day)
