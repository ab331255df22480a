"""The GUI's one way to change the journal: named writes, run in order on the journal thread.

Every write a view or flow makes goes through a method here, so a reader can follow a completed
step or a pain score from the widget to the database by name, and so there is exactly one
GUI-thread signal that says "the journal changed" (``written``) and one that says a write failed
(``failed``). Reads stay on the GUI thread's own connection (WAL lets both work at once).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from datetime import date, datetime
from functools import partial
from operator import methodcaller
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal.activities import ActivityJournal, ScoreInput
from backtimer.journal.course import Course
from backtimer.journal.journal import Journal
from backtimer.journal.records import HurtRecord, PainContext, PainEdit, SessionStatus, StepRecord
from backtimer.journal.worker import JournalWorker

if TYPE_CHECKING:  # the CSV import loads when first used (on this, the GUI thread)
    from backtimer.journal.imports import FileProgress

T = TypeVar("T")
logger = logging.getLogger(__name__)


class JournalReadOnly(RuntimeError):
    """A write was asked for while the journal is open read-only (or not open at all)."""


class JournalWrites(QObject):
    """Typed writes over the journal worker, reported back on the GUI thread.

    Signals (always delivered on the GUI thread, in the order the writes ran):
        written(str): a write that changed the journal finished; ``what`` names it for logs.
            This is the only source of "the journal changed": pages refresh on it.
        failed(str, str): a write failed. ``what`` says what the user was doing in words
            ("save the pain score"), ``error`` the plain-language reason. Whoever shows it shows
            it once: the composition root decides where.
    """

    written = Signal(str)
    failed = Signal(str, str)

    REPORT_INTERVAL_MS = 10
    """How often the GUI thread looks for finished writes while any is pending."""

    def __init__(self, worker: JournalWorker | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        # The journal thread never touches Qt: emitting from a plain Python thread while the GUI
        # thread built widgets aborted the interpreter once (PySide6 6.11). Instead the GUI
        # thread collects finished futures, in submission order, while any is pending.
        self._pending: deque[tuple[str, bool, Future[Any]]] = deque()
        self._collector = QTimer(self)
        self._collector.setInterval(self.REPORT_INTERVAL_MS)
        self._collector.timeout.connect(self._collect_finished)

    @property
    def can_write(self) -> bool:
        return self._worker is not None

    # --- a workout as it runs -------------------------------------------------------------

    def start_session(
        self,
        routine_id: str,
        routine_title: str,
        planned_s: float,
        at: datetime,
        steps_planned: int | None = None,
    ) -> Future[int]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "start the session"),
            methodcaller("start_session", routine_id, routine_title, planned_s, at, steps_planned),
        )

    def record_step(self, session_id: Future[int] | int, step: StepRecord) -> Future[int]:
        return self._submit_for_session(
            QT_TRANSLATE_NOOP("JournalWrites", "save the step"), session_id, "record_step", step
        )

    def record_hurt(self, session_id: Future[int] | int, hurt: HurtRecord) -> Future[int]:
        return self._submit_for_session(
            QT_TRANSLATE_NOOP("JournalWrites", "save the 'this hurts' report"),
            session_id,
            "record_hurt",
            hurt,
        )

    def finish_session(
        self,
        session_id: Future[int] | int,
        status: SessionStatus,
        at: datetime,
        effort: int | None = None,
        steps_planned: int | None = None,
    ) -> Future[None]:
        """``steps_planned`` when the plan changed on the way (a gentler exercise swapped in)."""
        return self._submit_for_session(
            QT_TRANSLATE_NOOP("JournalWrites", "finish the session"),
            session_id,
            "finish_session",
            status,
            at,
            effort,
            steps_planned=steps_planned,
        )

    def discard_session(self, session_id: Future[int] | int) -> Future[None]:
        """A workout stopped before any exercise ran: it leaves no trace in the journal."""
        return self._submit_for_session(
            QT_TRANSLATE_NOOP("JournalWrites", "discard the session"), session_id, "discard_session"
        )

    def mark_interrupted(self, session_id: int, at: datetime) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "close the unfinished session"),
            methodcaller("mark_interrupted", session_id, at),
        )

    # --- pain, effort, notes -----------------------------------------------------------

    def record_pain(
        self,
        score: int,
        context: PainContext,
        at: datetime,
        *,
        session_id: Future[int] | int | None = None,
        note: str = "",
        **symptoms: bool,
    ) -> Future[int]:
        """A 0-10 score; ``symptoms`` are the journal's flags (``leg_pain=True`` …)."""
        if isinstance(session_id, Future):  # the session id is its keyword, not the first
            job = partial(_record_session_pain, session_id, score, context, at, note, symptoms)
            return self._submit(QT_TRANSLATE_NOOP("JournalWrites", "save the pain score"), job)
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "save the pain score"),
            methodcaller(
                "record_pain", score, context, at, session_id=session_id, note=note, **symptoms
            ),
        )

    def set_session_effort(self, session_id: Future[int] | int, effort: int | None) -> Future[None]:
        return self._submit_for_session(
            QT_TRANSLATE_NOOP("JournalWrites", "save the effort"),
            session_id,
            "set_session_effort",
            effort,
        )

    def set_session_note(self, session_id: int, note: str) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "save the note"),
            methodcaller("set_session_note", session_id, note),
        )

    def update_pain(self, pain_id: int, score: int, note: str) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "save the pain score"),
            methodcaller("update_pain", pain_id, score, note),
        )

    def save_session_edits(
        self, session_id: int, note: str | None, pain: Sequence[PainEdit]
    ) -> Future[None]:
        """A session dialog's edits in one transaction, so pages refresh once, not halfway."""
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "save your changes"),
            methodcaller("save_session_edits", session_id, note, tuple(pain)),
        )

    # --- history ---------------------------------------------------------------------------

    def delete_session(self, session_id: int, at: datetime) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "delete the session"),
            methodcaller("delete_session", session_id, at),
        )

    def undelete_session(self, session_id: int) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "restore the session"),
            methodcaller("undelete_session", session_id),
        )

    # --- flare days ------------------------------------------------------------------------

    def mark_flare_days(self, days: Sequence[date], note: str) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "mark flare days"),
            methodcaller("mark_flare_days", tuple(days), note),
        )

    # --- weekly activity check-in and the course (journal/activities.py, course.py) ---------

    def add_activity(self, name: str, at: datetime) -> Future[int]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "add the activity"),
            partial(_activities_call, "add", name, at),
        )

    def rename_activity(self, activity_id: int, name: str) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "rename the activity"),
            partial(_activities_call, "rename", activity_id, name),
        )

    def retire_activity(self, activity_id: int, at: datetime) -> Future[None]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "retire the activity"),
            partial(_activities_call, "retire", activity_id, at),
        )

    def rate_activities(self, scores: Sequence[ScoreInput], at: datetime) -> Future[int]:
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "save the weekly check-in"),
            partial(_activities_call, "rate", tuple(scores), at),
        )

    def set_course_day(self, key: str, day: date | None) -> Future[None]:
        """Plan start, flare start, check-in skipped (keys in ``backtimer.journal.course``)."""
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "save your plan"), partial(_course_day, key, day)
        )

    def adopt_course_settings(self, old_values: Mapping[str, str]) -> Future[bool]:
        """The one-time move of the course out of the desktop settings."""
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "move your plan into the journal"),
            partial(_adopt_course, dict(old_values)),
        )

    def import_files(self, files: Sequence[Path], progress: FileProgress) -> Future[list[str]]:
        """File → Import CSV…: the command line's import, queued behind the other writes."""
        from backtimer.journal.imports import import_files

        job = partial(_import_job, import_files, tuple(files), progress)
        return self._submit(QT_TRANSLATE_NOOP("JournalWrites", "import the files"), job)

    def back_up_to(self, journal_file: Path, destination: Path) -> Future[Path]:
        """Back up now…: a copy via SQLite's backup API, after the writes queued before it."""
        from backtimer.journal.backup import backup_to  # here, on the GUI thread

        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "back up the journal"),
            partial(_files_job, backup_to, journal_file, destination),
            changes_journal=False,
        )

    # --- housekeeping ----------------------------------------------------------------------

    def back_up_if_due(self, journal_file: Path, backups_dir: Path, at: datetime) -> Future[Any]:
        """The daily backup, queued behind the writes so it holds all of them."""
        from backtimer.journal.backup import backup_if_due  # here, on the GUI thread

        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "make today's backup"),
            partial(_files_job, backup_if_due, journal_file, backups_dir, at),
            changes_journal=False,
        )

    def flush(self) -> Future[None]:
        """A future that completes once every write queued before it has run."""
        return self._submit(
            QT_TRANSLATE_NOOP("JournalWrites", "finish writing"), _nothing, changes_journal=False
        )

    # --- internals ---------------------------------------------------------------------------

    def _submit_for_session(
        self, what: str, session_id: Future[int] | int, method: str, *args: Any, **kwargs: Any
    ) -> Future[Any]:
        """A write for a session whose id may still be on its way (the start is queued too).

        Writes run in order on one thread, so by the time this one runs the start has run
        and its future is resolved.
        """
        return self._submit(what, partial(_call_with_session, method, session_id, args, kwargs))

    def _submit(
        self, what: str, job: Callable[[Journal], T], *, changes_journal: bool = True
    ) -> Future[T]:
        if self._worker is None:
            future: Future[T] = Future()
            future.set_exception(JournalReadOnly("the journal is open read-only"))
            self.failed.emit(
                what, self.tr("The journal is open read-only, so nothing can be saved.")
            )
            return future
        future = self._worker.submit(job)
        self._pending.append((what, changes_journal, future))
        if not self._collector.isActive():
            self._collector.start()
        return future

    @Slot()
    def _collect_finished(self) -> None:
        """Report the writes that have finished, oldest first; stop looking when none is left."""
        while self._pending and self._pending[0][2].done():
            what, changes_journal, future = self._pending.popleft()
            error = future.exception()
            text = "" if error is None else str(error) or type(error).__name__
            self._report(what, text, changes_journal)
        if not self._pending:
            self._collector.stop()

    def _report(self, what: str, error: str, changes_journal: bool) -> None:
        if error:
            logger.error("journal write failed: %s: %s", what, error)
            self.failed.emit(what, error)
        elif changes_journal:
            self.written.emit(what)


def _record_session_pain(
    session_id: Future[int],
    score: int,
    context: PainContext,
    at: datetime,
    note: str,
    symptoms: dict[str, bool],
    journal: Journal,
) -> int:
    return journal.record_pain(
        score, context, at, session_id=session_id.result(), note=note, **symptoms
    )


def _call_with_session(
    method: str,
    session_id: Future[int] | int,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    journal: Journal,
) -> Any:
    resolved = session_id.result() if isinstance(session_id, Future) else session_id
    return getattr(journal, method)(resolved, *args, **kwargs)


def _files_job(run: Callable[..., T], *args_and_journal: Any) -> T:
    """A job on the journal's files (a backup), not through the open journal passed last."""
    *args, _journal = args_and_journal
    return run(*args)


def _nothing(_journal: Journal) -> None:
    return None


def _activities_call(method: str, *args_and_journal: Any) -> Any:
    *args, journal = args_and_journal
    return getattr(ActivityJournal(journal.connection), method)(*args)


def _course_day(key: str, day: date | None, journal: Journal) -> None:
    Course(journal.connection).set_day(key, day)


def _adopt_course(old_values: dict[str, str], journal: Journal) -> bool:
    return Course(journal.connection).adopt_settings(old_values)


def _import_job(
    run: Callable[..., list[str]], files: tuple[Path, ...], progress: FileProgress, journal: Journal
) -> list[str]:
    return run(journal.connection, files, progress)
