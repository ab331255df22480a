"""Journal writes on one background thread, in order, so a slow disk never delays the timer.

SQLite connections belong to the thread that opened them, so the worker opens its own
``Journal`` on its thread; readers on the GUI thread use theirs (WAL lets both work at once).
A single-worker executor keeps writes in the order they were submitted.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from backtimer.journal.journal import Journal

T = TypeVar("T")
logger = logging.getLogger(__name__)


class JournalWorker:
    """Runs ``fn(journal)`` jobs one after another on a dedicated thread."""

    def __init__(
        self,
        path: Path,
        open_journal: Callable[[Path], Journal] = Journal.open,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._path = path
        self._open_journal = open_journal
        self._on_error = on_error
        self._local = threading.local()
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="journal-writer", initializer=self._open
        )
        self._closed = False

    def _open(self) -> None:
        self._local.journal = self._open_journal(self._path)

    def _run(self, fn: Callable[[Journal], T]) -> T:
        try:
            return fn(self._local.journal)
        except BaseException as error:
            logger.exception("journal write failed")
            if self._on_error is not None:
                self._on_error(error)
            raise

    def submit(self, fn: Callable[[Journal], T]) -> Future[T]:
        """Queue a write; it runs after every write submitted before it."""
        if self._closed:
            raise RuntimeError("the journal worker is closed")
        return self._executor.submit(self._run, fn)

    def close(self) -> None:
        """Finish every queued write, then close the worker's connection."""
        if self._closed:
            return
        self._closed = True

        def close_journal() -> None:
            journal = getattr(self._local, "journal", None)
            if journal is not None:
                journal.close()

        self._executor.submit(close_journal)
        self._executor.shutdown(wait=True)
