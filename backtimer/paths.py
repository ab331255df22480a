"""Where Backtimer keeps the user's data: one directory, chosen in one place.

Precedence: ``--data-dir`` > ``BACKTIMER_DATA_DIR`` > the platformdirs user data directory.
Everything the app writes (journal, backups, user routines, logs) lives below it, so a test or a
portable install can point the whole app elsewhere with one switch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from backtimer.errors import UserFacingError
from backtimer.i18n import translate

ENV_DATA_DIR = "BACKTIMER_DATA_DIR"


class DataDirError(UserFacingError):
    """The data directory cannot be created or written; the message says which and why."""


@dataclass(frozen=True)
class DataPaths:
    """The files and folders below one data directory."""

    root: Path

    @property
    def routines_dir(self) -> Path:
        return self.root / "routines"

    @property
    def journal_file(self) -> Path:
        return self.root / "journal.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        """Create the directory tree, turning OS errors into one plain message."""
        for folder in (self.root, self.routines_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DataDirError(
                    translate(
                        "DataFolder",
                        "Cannot create the data folder {folder}: {reason}. Choose another folder "
                        "with --data-dir or {variable}.",
                    ).format(folder=folder, reason=error.strerror or error, variable=ENV_DATA_DIR)
                ) from error
        if not os.access(self.root, os.W_OK):
            raise DataDirError(
                translate(
                    "DataFolder",
                    "The data folder {folder} is not writable. Check its permissions, or "
                    "choose another folder with --data-dir or {variable}.",
                ).format(folder=self.root, variable=ENV_DATA_DIR)
            )


def default_data_dir() -> Path:
    import platformdirs  # only when no folder was given: it costs start-up time to import

    return Path(platformdirs.user_data_dir("backtimer", appauthor=False))


def default_cache_dir() -> Path:
    """The user's cache folder for Backtimer: only ever holds what can be rebuilt.

    On Linux and the BSDs this is the XDG rule itself (``$XDG_CACHE_HOME`` or ``~/.cache``), the
    same answer platformdirs gives, without importing it on the way to the first frame.
    """
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(base if base else Path.home() / ".cache") / "backtimer"
    import platformdirs

    return Path(platformdirs.user_cache_dir("backtimer", appauthor=False))


def not_replaceable(destination: Path) -> str | None:
    """Why an atomic write (temporary file, then ``os.replace``) must not go to ``destination``.

    ``os.replace`` swaps whatever has the name: given ``/dev/full`` or ``/dev/null`` by someone
    with rights there (root), a CSV would take the device's place; a pipe would be replaced, a
    folder fail obscurely. None when the name is free or a regular file (replaced whole).
    """
    import stat

    try:
        mode = os.stat(destination).st_mode
    except OSError:
        return None  # nothing there yet (or unreachable: writing says why)
    if stat.S_ISDIR(mode):
        return translate(
            "DataFolder", "{path} is a folder; give a file name inside it instead"
        ).format(path=destination)
    if not stat.S_ISREG(mode):
        return translate(
            "DataFolder",
            "{path} is not a regular file (a device, pipe or socket), so nothing was "
            "written to it; choose a file name instead",
        ).format(path=destination)
    return None


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> DataPaths:
    """Pick the data directory by the documented precedence (nothing is created here)."""
    environ = os.environ if environ is None else environ
    if cli_value:
        root = Path(cli_value)
    elif environ.get(ENV_DATA_DIR):
        root = Path(environ[ENV_DATA_DIR])
    else:
        root = default_data_dir()
    return DataPaths(root.expanduser().absolute())
