"""A real full disk for tests: a tiny tmpfs mounted for the test, or a clean skip.

Monkeypatched ENOSPC shows the error path; a real tmpfs also shows what SQLite, Qt and the OS do
when the space really runs out (short writes, errors at close, fsync). Needs root on Linux.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest


@contextmanager
def small_disk(size_kib: int) -> Iterator[Path]:
    """A folder on a fresh tmpfs of ``size_kib`` KiB, unmounted afterwards."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    folder = Path(tempfile.mkdtemp(prefix="backtimer-small-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        with suppress(OSError):
            folder.rmdir()


def fill(folder: Path, leave_bytes: int = 0) -> None:
    """Fill the disk holding ``folder`` until at most ``leave_bytes`` are free."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize - leave_bytes
    with suppress(OSError), (folder / "filler").open("wb") as stream:
        while free > 0:
            chunk = min(free, 1 << 16)
            stream.write(b"\0" * chunk)
            free -= chunk
