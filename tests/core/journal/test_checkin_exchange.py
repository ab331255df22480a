"""``backtimer export --checkins`` and its import: formula-safe, no duplicates, whole or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from backtimer.journal import Journal
from backtimer.journal.activities import ActivityJournal, ScoreInput
from backtimer.journal.checkin_exchange import (
    CheckinImportError,
    export_checkins,
    import_checkins,
    is_checkins_file,
)
from tests.core.journal.testkit import T0


def test_export_then_import_into_another_journal_round_trips(
    journal: Journal, tmp_path: Path
) -> None:
    activities = ActivityJournal(journal.connection)
    socks = activities.add('=HYPERLINK("x")', T0)
    garden = activities.add("Gardening", T0)
    activities.rate([ScoreInput(socks, 3, "+1 worse"), ScoreInput(garden, 7)], T0)
    out = tmp_path / "checkins.csv"
    assert export_checkins(journal.connection, out).rows == 2
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "day,activity,score,note"
    assert "'=HYPERLINK" in text
    assert ",'+1 worse" in text
    assert is_checkins_file(out)

    other = Journal.open(tmp_path / "other.sqlite3")
    first = import_checkins(other.connection, out)
    again = import_checkins(other.connection, out)
    restored = ActivityJournal(other.connection).ratings()
    other.close()
    assert (first.added["ratings"], first.added["activities"], first.duplicates) == (2, 2, 0)
    assert (again.added["ratings"], again.duplicates) == (0, 2)
    assert "2 already in the journal" in again.describe()
    assert [(r.activity, r.score, r.note, r.day) for r in restored] == [
        ('=HYPERLINK("x")', 3, "+1 worse", T0.date()),
        ("Gardening", 7, "", T0.date()),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2026-13-01,Socks,3,", "day"),
        ("2026-03-01,Socks,eleven,", "score"),
        ("2026-03-01,Socks,11,", "score"),
        ("2026-03-01,,3,", "needs a name"),
        ("2026-03-01,Socks,3", "number of cells"),
    ],
)
def test_a_bad_row_names_its_line_and_nothing_is_imported(
    journal: Journal, tmp_path: Path, row: str, message: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(f"day,activity,score,note\n2026-03-01,Garden,4,\n{row}\n", encoding="utf-8")
    with pytest.raises(CheckinImportError, match=rf"bad.csv:3: .*{message}"):
        import_checkins(journal.connection, bad)
    assert ActivityJournal(journal.connection).activities(include_retired=True) == []


def test_a_foreign_file_is_refused(journal: Journal, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.csv"
    foreign.write_text("a,b\n1,2\n", encoding="utf-8")
    assert not is_checkins_file(foreign)
    with pytest.raises(CheckinImportError, match="not a check-ins file"):
        import_checkins(journal.connection, foreign)
