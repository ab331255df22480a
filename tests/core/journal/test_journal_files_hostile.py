"""Journal files in bad shape and disks that fill up: the right cause, a bounded wait, no stubs."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backtimer.__main__ import main
from backtimer.journal import Journal, JournalLockedError, db
from backtimer.journal import backup as backups
from backtimer.journal.export import ExportKind, export_csv
from tests.journal_samples import fill_sample_journal
from tests.small_disk import fill, small_disk


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# --- a zero-length journal ------------------------------------------------------------------


def test_a_zero_length_journal_is_called_empty_not_read_only(data_dir: Path) -> None:
    (data_dir / "journal.sqlite3").touch()
    with pytest.raises(db.JournalEmptyError, match="is empty") as caught:
        db.open_read_only(data_dir / "journal.sqlite3")
    assert "write access" not in str(caught.value)


def test_commands_treat_a_zero_length_journal_as_a_new_one(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "journal.sqlite3").touch()
    base = ("--data-dir", str(data_dir))
    status, _out, err = _run(capsys, *base, "export", "-o", str(tmp_path / "s.csv"))
    assert status == 0, err
    assert (tmp_path / "s.csv").read_text(encoding="utf-8-sig").count("\n") == 1  # header only
    status, out, _err = _run(capsys, *base, "backup")
    assert (status, "nothing to back up yet" in out) == (0, True)
    status, out, _err = _run(capsys, *base, "journal", "check")
    assert status == 0
    assert "nothing has been recorded" in out
    assert (data_dir / "journal.sqlite3").stat().st_size == 0  # left as it was


def test_a_new_data_folder_exports_a_header_and_backs_up_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(tmp_path / "new"))
    for kind in ([], ["--steps"]):
        status, _out, err = _run(capsys, *base, "export", *kind, "-o", str(tmp_path / "x.csv"))
        assert status == 0, err
        lines = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()
        assert len(lines) == 1
        assert lines[0].split(",")[0] in ("uid", "session_uid")
    status, out, _err = _run(capsys, *base, "backup")
    assert status == 0
    assert "nothing to back up yet" in out
    status, out, _err = _run(capsys, *base, "backup", "--output", str(tmp_path / "b.sqlite3"))
    assert status == 0
    assert not (tmp_path / "b.sqlite3").exists()
    assert not (tmp_path / "new").exists()  # reading never creates the folder


# --- a journal locked by another program ------------------------------------------------------


@pytest.fixture
def exclusively_locked(data_dir: Path) -> Iterator[Path]:
    """A journal another program holds with locking_mode=EXCLUSIVE (it never lets go)."""
    path = data_dir / "journal.sqlite3"
    with Journal.open(path) as journal:
        fill_sample_journal(journal)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO flare_day (day) VALUES ('2020-01-01')")
    other.execute("COMMIT")
    yield path
    other.close()


def test_backup_of_an_exclusively_locked_journal_gives_up_in_time(
    exclusively_locked: Path, tmp_path: Path
) -> None:
    started = time.monotonic()
    with pytest.raises(JournalLockedError, match="is locked: it is in use by another program"):
        backups.backup_to(exclusively_locked, tmp_path / "copy.sqlite3", busy_timeout_s=0.3)
    assert time.monotonic() - started < 3
    assert not (tmp_path / "copy.sqlite3").exists()
    assert list(tmp_path.glob(".copy-*")) == []


def test_backup_command_answers_a_lock_like_the_other_commands(
    exclusively_locked: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "DEFAULT_BUSY_TIMEOUT_S", 0.3)
    started = time.monotonic()
    status, _out, err = _run(capsys, "--data-dir", str(exclusively_locked.parent), "backup")
    assert status == 2
    assert "is locked: it is in use by another program" in err
    assert time.monotonic() - started < 3


# --- full disks -------------------------------------------------------------------------------


def test_backup_to_a_full_destination_blames_the_destination(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.open(data_dir / "journal.sqlite3") as journal:
        fill_sample_journal(journal)
    with small_disk(64) as disk:
        fill(disk, leave_bytes=4096)
        status, _out, err = _run(
            capsys, "--data-dir", str(data_dir), "backup", "--output", str(disk / "b.sqlite3")
        )
        left = sorted(path.name for path in disk.iterdir())
    assert status == 2
    assert f"Could not write {disk / 'b.sqlite3'}: the disk it is on is full" in err
    assert "holding the journal" not in err
    assert left == ["filler"]


def test_import_onto_a_nearly_full_disk_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.open(tmp_path / "big.sqlite3") as journal:
        fill_sample_journal(journal)
        session_rows = journal.session_count()
        export_csv(journal.connection, tmp_path / "s.csv", ExportKind.SESSIONS)
        export_csv(journal.connection, tmp_path / "t.csv", ExportKind.STEPS)
    with small_disk(1024) as disk:
        with Journal.open(disk / "journal.sqlite3"):
            pass
        fill(disk, leave_bytes=16 * 1024)
        status, _out, err = _run(
            capsys,
            "--data-dir",
            str(disk),
            "import",
            str(tmp_path / "s.csv"),
            str(tmp_path / "t.csv"),
        )
        (disk / "filler").unlink()
        with Journal.open(disk / "journal.sqlite3") as journal:
            sessions = journal.session_count()
    assert status == 2
    assert "Traceback" not in err
    assert f"The disk holding the journal {disk / 'journal.sqlite3'} is full" in err
    assert sessions in (0, session_rows)  # each file whole or not at all; the journal opens


# --- a journal that is not a file ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize(
    "command",
    [["journal", "check"], ["export", "-o", "-"], ["backup"], ["report", "-o", "{out}"]],
    ids=["check", "export", "backup", "report"],
)
def test_a_named_pipe_as_journal_is_refused_at_once(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """SQLite would open a FIFO and wait for ever for its header."""
    os.mkfifo(data_dir / "journal.sqlite3")
    argv = [part.format(out=tmp_path / "r.pdf") for part in command]
    status, _out, err = _run(capsys, "--data-dir", str(data_dir), *argv)
    assert status == 2
    assert "not a regular file (a named pipe or device)" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_opening_a_named_pipe_as_the_journal_for_writing_is_refused(data_dir: Path) -> None:
    os.mkfifo(data_dir / "journal.sqlite3")
    with pytest.raises(db.JournalCorruptError, match="not a regular file"):
        Journal.open(data_dir / "journal.sqlite3")
    with pytest.raises(backups.BackupError, match="not a file"):
        backups.validate_backup(data_dir / "journal.sqlite3")
