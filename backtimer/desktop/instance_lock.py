"""One writer per data folder: an OS lock on ``<data>/backtimer.lock`` held for the app's life.

The single-instance socket usually stops a second app before it opens anything, but a socket can
fail (a full /tmp, a sandbox); this lock cannot be left stale, because the operating system drops
it when the holding process ends, however it ends. Qt-free so command-line tools can take it too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

LOCK_FILE_NAME = "backtimer.lock"


class InstanceLock:
    """An exclusive, non-blocking lock on one file; the holder's pid is written inside for
    the message another process shows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    @classmethod
    def for_data_dir(cls, root: Path) -> InstanceLock:
        return cls(root / LOCK_FILE_NAME)

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        """Take the lock if it is free; False (at once, never waiting) if another process has it."""
        if self._file is not None:
            return True
        handle = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - kept open while held
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return True

    def holder_pid(self) -> int | None:
        """The pid the current holder wrote, if it can be read (Windows keeps it unreadable)."""
        try:
            return int(self.path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        """Let go; the file stays, because deleting it would race a process about to lock it."""
        handle, self._file = self._file, None
        if handle is not None:
            with contextlib.suppress(OSError):
                _unlock(handle)
            handle.close()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
