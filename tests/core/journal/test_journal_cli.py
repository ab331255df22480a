"""`backtimer backup`, `restore` and `journal check`: plain output, one-line errors, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from backtimer.__main__ import main
from backtimer.journal import Journal, db
from backtimer.paths import DataPaths
from tests.core.journal.testkit import T0


@pytest.fixture
def filled(data_paths: DataPaths) -> DataPaths:
    """A data directory whose journal holds two sessions, one of them in the bin."""
    with Journal.open(data_paths.journal_file) as journal:
        journal.start_session("r", "R", 60.0, T0)
        binned = journal.start_session("r", "R", 60.0, T0)
        journal.delete_session(binned, T0)
        journal.set_flare_day("2026-11-24", True)
    return data_paths


def _run(paths: DataPaths, *argv: str) -> int:
    return main(["--data-dir", str(paths.root), *argv])


def test_backup_writes_todays_file(filled: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    """`backtimer backup` writes a dated copy into <data dir>/backups and says where."""
    assert _run(filled, "backup") == 0
    (written,) = filled.backups_dir.glob("journal-*.sqlite3")
    assert capsys.readouterr().out == f"Backed up the journal to {written}\n"


def test_backup_output_never_overwrites(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backup --output FILE` writes FILE once; an existing FILE is refused in one line."""
    target = tmp_path / "copy.sqlite3"
    assert _run(filled, "backup", "--output", str(target)) == 0
    before = target.read_bytes()
    capsys.readouterr()
    assert _run(filled, "backup", "--output", str(target)) == 2
    err = capsys.readouterr().err
    assert err.startswith("backtimer: ")
    assert "already exists" in err
    assert err.count("\n") == 1
    assert target.read_bytes() == before


def test_restore_prints_what_it_kept_aside(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backtimer restore FILE` restores without asking and names the copy of the old journal."""
    target = tmp_path / "copy.sqlite3"
    _run(filled, "backup", "--output", str(target))
    capsys.readouterr()
    assert _run(filled, "restore", str(target)) == 0
    out = capsys.readouterr().out
    (kept,) = filled.root.glob("journal.before-restore-*.sqlite3")
    assert f"Restored the journal from {target} (schema v{db.SCHEMA_VERSION})." in out
    assert f"The previous journal was kept as {kept}" in out


def test_restore_of_a_bad_file_is_one_line_and_exit_2(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not a journal is refused with one plain line; the journal is unchanged."""
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" * 3000)
    before = filled.journal_file.read_bytes()
    assert _run(filled, "restore", str(bogus)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot be restored" in err
    assert filled.journal_file.read_bytes() == before


def test_check_reports_integrity_and_counts(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backtimer journal check` runs the integrity check and counts what the journal holds."""
    assert _run(filled, "journal", "check") == 0
    out = capsys.readouterr().out
    for line in (
        f"Schema: v{db.SCHEMA_VERSION}",
        "Integrity: ok",
        "Sessions: 2 (1 in the bin)",
        "Flare days: 1",
    ):
        assert line in out.splitlines()


def test_check_of_a_corrupt_journal_fails_with_exit_2(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """A journal that is not a database makes `journal check` exit 2 with one plain line."""
    data_paths.journal_file.write_bytes(b"garbage" * 1000)
    assert _run(data_paths, "journal", "check") == 2
    assert "damaged or is not a database" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["backup"], ["restore"], ["journal"], ["journal", "check"]])
def test_every_command_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Each journal command answers --help with a description and exits 0."""
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--help"])
    assert exited.value.code == 0
    assert f"usage: backtimer {' '.join(argv)}" in capsys.readouterr().out
