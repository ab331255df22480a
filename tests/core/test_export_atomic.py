"""Atomic export files: complete or absent, never partial, and plain errors for bad folders."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from backtimer.errors import UserFacingError
from backtimer.journal.export import ExportCancelled, ExportError, atomic_output


def test_file_appears_only_when_complete(tmp_path: Path) -> None:
    """While writing, only a temporary file exists; afterwards only the destination."""
    destination = tmp_path / "journal.csv"
    with atomic_output(destination) as stream:
        stream.write("a,b\r\n")
        assert not destination.exists()
        assert len(list(tmp_path.iterdir())) == 1
    assert destination.read_bytes() == b"\xef\xbb\xbfa,b\r\n"
    assert list(tmp_path.iterdir()) == [destination]


@pytest.mark.parametrize("error", [ExportCancelled(), RuntimeError("bug")])
def test_failure_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, error: BaseException
) -> None:
    """A cancelled or failed export keeps the previous file and removes its temporary file."""
    destination = tmp_path / "journal.csv"
    destination.write_text("old")

    def write_then_fail() -> None:
        with atomic_output(destination) as stream:
            stream.write("new")
            raise error

    with pytest.raises(type(error)):
        write_then_fail()
    assert destination.read_text() == "old"
    assert list(tmp_path.iterdir()) == [destination]


@pytest.mark.parametrize("make_folder", [lambda path: None, lambda path: path.write_text("")])
def test_unusable_folder_is_a_user_facing_error(
    tmp_path: Path, make_folder: Callable[[Path], object]
) -> None:
    """A folder that does not exist, or is a file, is named in a plain message."""
    folder = tmp_path / "nowhere"
    make_folder(folder)
    with pytest.raises(ExportError, match="nowhere"), atomic_output(folder / "x.csv"):
        pass
    assert issubclass(ExportError, UserFacingError)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_is_a_user_facing_error(tmp_path: Path) -> None:
    """A folder without write permission is named in a plain message and stays empty."""
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(ExportError, match="locked"), atomic_output(folder / "x.csv"):
            pass
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_directory_as_destination_leaves_nothing_behind(tmp_path: Path) -> None:
    """Exporting onto an existing folder's name fails plainly without stray files."""
    (tmp_path / "taken").mkdir()
    with pytest.raises(ExportError, match="taken"), atomic_output(tmp_path / "taken") as stream:
        stream.write("x")
    assert [path.name for path in tmp_path.iterdir()] == ["taken"]


def test_overwritten_file_keeps_its_permissions(tmp_path: Path) -> None:
    """Replacing an existing export keeps its mode instead of the private temp-file mode."""
    destination = tmp_path / "journal.csv"
    destination.write_text("old")
    destination.chmod(0o640)
    with atomic_output(destination) as stream:
        stream.write("new")
    assert destination.stat().st_mode & 0o777 == 0o640
