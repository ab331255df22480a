"""Spreadsheet-safe cells: formula neutralising and its exact undo, in Python and in SQL."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backtimer.journal.export import (
    local_time_sql,
    neutralise_cell,
    neutralise_sql,
    restore_cell,
)

# Notes as a user could type or paste them: any character but NUL and lone surrogates
# (neither can be stored as UTF-8 text), biased towards the characters that matter here.
note_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("=+-@'\"\t\r\n,; ")),
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    )
)


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1 day", "'+1 day"),
        ("-ish, better", "'-ish, better"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rcarriage", "'\rcarriage"),
        ("'quoted", "''quoted"),
        ("Felt fine = good", "Felt fine = good"),
        ("Rücken — schmerzt", "Rücken — schmerzt"),
        ("", ""),
    ],
)
def test_neutralise_cell_table(text: str, cell: str) -> None:
    """Text that starts like a formula (or with the escape itself) gets one leading quote."""
    assert neutralise_cell(text) == cell


@given(note_text)
def test_neutralised_cell_never_starts_a_formula(text: str) -> None:
    """No neutralised cell begins with a character a spreadsheet would evaluate."""
    assert not neutralise_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))


@given(st.lists(st.lists(note_text, min_size=1, max_size=4), max_size=5))
def test_csv_round_trip_restores_every_text(rows: list[list[str]]) -> None:
    """Quotes, commas, newlines and formula-like text survive writer → reader → restore."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([[neutralise_cell(cell) for cell in row] for row in rows])
    buffer.seek(0)
    read_back = [[restore_cell(cell) for cell in row] for row in csv.reader(buffer)]
    assert read_back == rows


@given(st.one_of(st.none(), note_text))
def test_sql_neutraliser_matches_python(text: str | None) -> None:
    """The SQL expression used by the streaming export agrees with neutralise_cell."""
    with sqlite3.connect(":memory:") as connection:
        (cell,) = connection.execute(f"SELECT {neutralise_sql('?1')}", (text,)).fetchone()
    assert cell == (None if text is None else neutralise_cell(text))


@pytest.mark.parametrize(
    ("utc", "offset_min", "local"),
    [
        ("2026-11-24T07:57:10.123Z", 60, "2026-11-24T08:57:10+01:00"),
        ("2026-07-01T23:30:00.000Z", 120, "2026-07-02T01:30:00+02:00"),
        ("2026-03-01T02:00:00.000Z", -210, "2026-02-28T22:30:00-03:30"),
        ("2026-03-01T02:00:00.000Z", -30, "2026-03-01T01:30:00-00:30"),
        ("2026-03-01T02:00:00.999Z", 0, "2026-03-01T02:00:00+00:00"),
        (None, 60, None),
    ],
)
def test_local_time_sql(utc: str | None, offset_min: int, local: str | None) -> None:
    """UTC instants become ISO 8601 local wall-clock time with the offset, seconds precision."""
    with sqlite3.connect(":memory:") as connection:
        (value,) = connection.execute(
            f"SELECT {local_time_sql('?1', '?2')}", (utc, offset_min)
        ).fetchone()
    assert value == local
