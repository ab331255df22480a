"""Importing an exported CSV: exact round trip, duplicates skipped, damaged rows refused."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtimer.journal.csv_import import CsvImportError, import_csv
from backtimer.journal.export import ExportKind, export_csv
from backtimer.journal.journal import Journal
from backtimer.journal.records import PainContext, SessionStatus
from tests.journal_samples import fill_sample_journal


def _export_both(journal: Journal, folder: Path) -> dict[ExportKind, Path]:
    folder.mkdir(exist_ok=True)
    files = {kind: folder / f"{kind.value}.csv" for kind in ExportKind}
    for kind, path in files.items():
        export_csv(journal.connection, path, kind)
    return files


@pytest.fixture
def exported(tmp_path: Path) -> dict[ExportKind, Path]:
    with Journal.open(tmp_path / "original.sqlite3") as journal:
        fill_sample_journal(journal)
        return _export_both(journal, tmp_path / "first")


def test_export_import_export_is_identical(
    exported: dict[ExportKind, Path], tmp_path: Path
) -> None:
    """Both exports of a restored journal are byte for byte the files it was restored from."""
    with Journal.open(tmp_path / "restored.sqlite3") as restored:
        for kind in ExportKind:
            import_csv(restored.connection, exported[kind])
        again = _export_both(restored, tmp_path / "second")
    for kind in ExportKind:
        assert again[kind].read_bytes() == exported[kind].read_bytes()


def test_second_import_only_counts_duplicates(
    exported: dict[ExportKind, Path], tmp_path: Path
) -> None:
    """Importing the same files again adds nothing and says how many were already there."""
    with Journal.open(tmp_path / "restored.sqlite3") as restored:
        first = [import_csv(restored.connection, exported[kind]) for kind in ExportKind]
        second = [import_csv(restored.connection, exported[kind]) for kind in ExportKind]
        sessions = restored.session_count()
    assert first[0].added["sessions"] == sessions == second[0].duplicates["sessions"]
    assert sum(first[1].added.values()) == sum(second[1].duplicates.values())
    assert not any(summary.added for summary in second)
    assert "already in the journal" in second[0].describe()


def test_import_into_the_original_journal_finds_everything(tmp_path: Path) -> None:
    """Re-importing into the source journal is all duplicates, despite millisecond timestamps."""
    with Journal.open(tmp_path / "original.sqlite3") as journal:
        fill_sample_journal(journal)
        files = _export_both(journal, tmp_path / "out")
        summaries = [import_csv(journal.connection, files[kind]) for kind in ExportKind]
    assert [sum(summary.added.values()) for summary in summaries] == [0, 0]


def test_steps_need_their_sessions(exported: dict[ExportKind, Path], tmp_path: Path) -> None:
    """Steps whose sessions are missing are refused and counted, naming the line and the fix."""
    with Journal.open(tmp_path / "empty.sqlite3") as journal:
        summary = import_csv(journal.connection, exported[ExportKind.STEPS])
        assert journal.connection.execute("SELECT count(*) FROM step").fetchone()[0] == 0
    assert not summary.added
    (reason,) = summary.refused
    assert reason.startswith("session_uid: the session is not in the journal")
    assert "sessions export" in reason
    assert summary.refused[reason][0] == 2
    assert "refused" in summary.describe()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (",completed,", ",finished,", "status: must be one of"),
        (",2026-10-21,", ",21/10/2026,", "day: must be a date"),
        (",10.02,", ",10;02,", "planned_min: must be a number"),
    ],
)
def test_a_damaged_row_is_refused_and_the_rest_imported(
    exported: dict[ExportKind, Path], tmp_path: Path, old: str, new: str, message: str
) -> None:
    """One bad cell refuses its row, with the line number; every sound row is imported."""
    damaged = tmp_path / "damaged.csv"
    text = exported[ExportKind.SESSIONS].read_text(encoding="utf-8-sig")
    damaged.write_text(text.replace(old, new, 1), encoding="utf-8-sig", newline="")
    with Journal.open(tmp_path / "complete.sqlite3") as journal:
        everything = import_csv(journal.connection, exported[ExportKind.SESSIONS])
    with Journal.open(tmp_path / "restored.sqlite3") as journal:
        summary = import_csv(journal.connection, damaged)
        assert journal.session_count() == everything.added["sessions"] - 1
    (reason,) = summary.refused
    assert reason.startswith(message)
    assert f"refused 1 row: 1 × {message}" in summary.describe()
    assert "line " in summary.describe()


@pytest.mark.parametrize(
    "content",
    [b"name,score\r\nx,1\r\n", b"", b"\xff\xfe\x00garbage"],
    ids=["foreign header", "empty", "not utf-8"],
)
def test_foreign_files_are_refused_plainly(tmp_path: Path, content: bytes) -> None:
    """A CSV from elsewhere, an empty file or binary data is not imported."""
    path = tmp_path / "other.csv"
    path.write_bytes(content)
    with Journal.open(tmp_path / "j.sqlite3") as journal, pytest.raises(CsvImportError):
        import_csv(journal.connection, path)


def test_file_without_bom_imports_too(exported: dict[ExportKind, Path], tmp_path: Path) -> None:
    """A file saved again without the BOM (e.g. by another tool) still imports."""
    plain = tmp_path / "plain.csv"
    plain.write_bytes(exported[ExportKind.SESSIONS].read_bytes().removeprefix(b"\xef\xbb\xbf"))
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        assert import_csv(journal.connection, plain).added["sessions"] > 0


notes = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
# Titles are one line of plain text: control characters are refused (see test_csv_hostile.py).
titles = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), min_size=1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    session_note=notes,
    pain_note=notes,
    title=titles,
    offset_min=st.integers(-12 * 60, 14 * 60),
)
def test_any_text_survives_the_round_trip(
    session_note: str, pain_note: str, title: str, offset_min: int
) -> None:
    """Arbitrary notes, titles and UTC offsets come back exactly after export and import."""
    zone = timezone(timedelta(minutes=offset_min))
    start = datetime(2026, 11, 24, 7, 57, 10, 123_000, tzinfo=UTC).astimezone(zone)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Journal.open(root / "a.sqlite3") as journal:
            session = journal.start_session("r1", title, 600.0, start)
            journal.record_pain(4, PainContext.BEFORE, start, session, note=pain_note)
            journal.finish_session(session, SessionStatus.COMPLETED, start + timedelta(minutes=9))
            journal.set_session_note(session, session_note)
            journal.record_pain(3, PainContext.SPOT, start + timedelta(hours=3), note=pain_note)
            files = _export_both(journal, root / "one")
        with Journal.open(root / "b.sqlite3") as restored:
            for kind in ExportKind:
                import_csv(restored.connection, files[kind])
            (summary,) = restored.sessions()
            pains = restored.pain_entries()
            again = _export_both(restored, root / "two")
        assert (summary.routine_title, summary.note) == (title, session_note)
        assert [pain.note for pain in pains] == [pain_note, pain_note]
        assert summary.started == start
        for kind in ExportKind:
            assert again[kind].read_bytes() == files[kind].read_bytes()
