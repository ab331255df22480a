"""The history table models: Qt's model contract, cell texts, sorting by meaning, in-place edits.

The model checks use Qt's C++ QAbstractItemModelTester, which reports problems as warnings, so
those tests fail on any Qt warning. (pytest-qt's Python tester, ``force_py=True``, crashes the
interpreter at exit with PySide6 6.12: "bool_dealloc", even on a QStandardItemModel.)
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from backtimer.journal.records import PainContext, PainEntry, SessionStatus, SessionSummary
from backtimer.ui.history.history_model import (
    ID_ROLE,
    MissingLastProxy,
    PainCheckModel,
    SessionTableModel,
    completion_text,
    minutes_text,
    signed_text,
)

ZONE = timezone(timedelta(hours=1))


def summary(session_id: int, day: date, **fields: object) -> SessionSummary:
    """A completed 10-minute session at 08:30 local time on ``day``."""
    started = datetime(day.year, day.month, day.day, 8, 30, tzinfo=ZONE)
    values: dict[str, object] = {
        "id": session_id,
        "day": day,
        "started": started,
        "ended": started + timedelta(minutes=10),
        "routine_id": "gentle_start",
        "routine_title": "Gentle start",
        "planned_s": 600.0,
        "done_s": 587.4,
        "steps_completed": 20,
        "steps_skipped": 0,
        "pain_before": 5,
        "pain_after": 3,
        "note": "",
        "status": SessionStatus.COMPLETED,
        "hurt_count": 0,
        "effort": None,
        "deleted": None,
    } | fields
    return SessionSummary(**values)  # type: ignore[arg-type]


ROWS = [
    summary(1, date(2026, 11, 28), note="Loose after\nthe walk", hurt_count=2),
    summary(2, date(2026, 1, 5), pain_before=4, pain_after=6, status=SessionStatus.STOPPED),
    summary(3, date(2026, 11, 2), pain_before=None, pain_after=None),
    summary(4, date(2026, 10, 9), pain_before=6, pain_after=6, done_s=4000.0),
]


def checks() -> list[PainEntry]:
    at = datetime(2026, 11, 29, 21, 15, tzinfo=ZONE)
    return [
        PainEntry(10, at, at.date(), 4, PainContext.SPOT, None, "after gardening"),
        PainEntry(11, at + timedelta(days=1), at.date(), 7, PainContext.SPOT, None, ""),
    ]


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.parametrize("rows", [[], ROWS], ids=["empty", "four sessions"])
def test_session_model_passes_qt_model_checks(qtmodeltester, rows: list[SessionSummary]) -> None:
    """The session model keeps Qt's model contract with and without rows, and while it changes."""
    model = SessionTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    removed = model.remove_session(1)
    if removed is not None:
        model.restore_session(removed)
    model.set_rows(ROWS[1:])
    model.set_rows([])


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.parametrize("rows", [[], checks()], ids=["empty", "two checks"])
def test_pain_check_model_passes_qt_model_checks(qtmodeltester, rows: list[PainEntry]) -> None:
    """The pain-check model keeps Qt's model contract, editable flags included."""
    model = PainCheckModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    if rows:
        model.setData(model.index(0, PainCheckModel.COL_NOTE), "edited")


@pytest.mark.qt_log_level_fail("WARNING")
def test_proxy_over_session_model_passes_qt_model_checks(qtmodeltester) -> None:
    """Sorting through the proxy keeps the model contract."""
    model = SessionTableModel()
    model.set_rows(sorted(ROWS, key=lambda session: session.started))  # as the journal gives
    proxy = MissingLastProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(SessionTableModel.COL_CHANGE, Qt.SortOrder.DescendingOrder)
    model.restore_session(summary(5, date(2026, 11, 30), pain_after=1))


def test_session_row_texts() -> None:
    """Each column shows the plain-words text a user reads."""
    model = SessionTableModel()
    model.set_rows(ROWS[:1])
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert texts == [
        "Sat 28 Nov 2026, 08:30",
        "Gentle start",
        "9:47",
        "Completed",
        "5 → 3",
        "−2",
        "2",
        "Loose after …",
    ]
    assert model.index(0, SessionTableModel.COL_TIME).data(Qt.ItemDataRole.ToolTipRole) == (
        "9:47 done of 10:00 planned"
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "Completed"),
        ({"steps_skipped": 2}, "Completed, 2 skipped"),  # before schema v3: no plan known
        ({"steps_planned": 20}, "Completed"),
        ({"steps_planned": 22, "steps_skipped": 2}, "Finished, 2 skipped"),
        (
            {"status": SessionStatus.STOPPED, "steps_completed": 3, "steps_planned": 20},
            "Stopped after 3 of 20 steps",
        ),
        ({"status": SessionStatus.STOPPED, "steps_completed": 12}, "Stopped after 12 steps"),
        ({"status": SessionStatus.INTERRUPTED, "steps_completed": 1}, "Interrupted after 1 step"),
        ({"status": SessionStatus.IN_PROGRESS}, "Still running"),
    ],
)
def test_completion_in_words(fields: dict[str, object], expected: str) -> None:
    """Completion is always a word, never only a colour."""
    assert completion_text(replace(ROWS[0], **fields)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("seconds", "expected"), [(0, "0:00"), (59.6, "1:00"), (587.4, "9:47"), (4000, "1:06:40")]
)
def test_minutes_text(seconds: float, expected: str) -> None:
    """Durations read as m:ss, with hours only when needed."""
    assert minutes_text(seconds) == expected


@pytest.mark.parametrize(("change", "expected"), [(-2, "−2"), (3, "+3"), (0, "0"), (None, "—")])
def test_signed_change(change: int | None, expected: str) -> None:
    """The session effect uses a true minus sign and a dash when a score is missing."""
    assert signed_text(change) == expected


def _sorted_ids(column: int, order: Qt.SortOrder) -> list[int]:
    model = SessionTableModel()
    model.set_rows(sorted(ROWS, key=lambda session: session.started))  # as the journal gives
    proxy = MissingLastProxy()
    proxy.setSourceModel(model)
    proxy.sort(column, order)
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        (SessionTableModel.COL_DATE, Qt.SortOrder.AscendingOrder, [2, 4, 3, 1]),
        (SessionTableModel.COL_DATE, Qt.SortOrder.DescendingOrder, [1, 3, 4, 2]),
        (SessionTableModel.COL_CHANGE, Qt.SortOrder.AscendingOrder, [1, 4, 2, 3]),
        (SessionTableModel.COL_CHANGE, Qt.SortOrder.DescendingOrder, [2, 4, 1, 3]),
        (SessionTableModel.COL_TIME, Qt.SortOrder.DescendingOrder, [4, 1, 3, 2]),
        (SessionTableModel.COL_HURTS, Qt.SortOrder.DescendingOrder, [1, 3, 4, 2]),
        (SessionTableModel.COL_NOTE, Qt.SortOrder.AscendingOrder, [1, 2, 4, 3]),
    ],
)
def test_sorting_by_meaning_with_missing_values_last(
    column: int, order: Qt.SortOrder, expected: list[int]
) -> None:
    """Dates as dates, numbers as numbers (9:47 < 1:06:40), blanks last, ties by date."""
    assert _sorted_ids(column, order) == expected


def test_remove_and_restore_put_a_row_back_in_date_order() -> None:
    """Undoing a delete puts the session back where its start time belongs."""
    model = SessionTableModel()
    model.set_rows(sorted(ROWS, key=lambda s: s.started))
    removed = model.remove_session(4)
    assert removed is not None
    assert [s.id for s in model.rows()] == [2, 3, 1]
    model.restore_session(removed)
    assert [s.id for s in model.rows()] == [2, 4, 3, 1]
    assert model.remove_session(99) is None


def test_pain_check_edit_is_shown_and_requested(qtbot) -> None:
    """Editing a score in place updates the cell and asks for a save with the new values."""
    model = PainCheckModel()
    model.set_rows(checks())
    score = model.index(0, PainCheckModel.COL_SCORE)
    with qtbot.waitSignal(model.edit_requested) as blocker:
        assert model.setData(score, 2)
    assert blocker.args == [10, 2, "after gardening"]
    assert score.data() == "2/10"
    assert not model.setData(score, 11)
    assert not model.setData(model.index(0, PainCheckModel.COL_WHEN), "x")


def test_read_only_pain_checks_are_not_editable() -> None:
    """Without a journal writer, no cell offers an editor."""
    model = PainCheckModel()
    model.set_rows(checks())
    model.set_editable(False)
    index = model.index(0, PainCheckModel.COL_NOTE)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "changed")


def test_sorting_blank_cells_keeps_none_alive() -> None:
    """Sorting reads keys in Python: PySide6 6.12 loses a None reference per None from data()."""
    model = SessionTableModel()
    model.set_rows([summary(i, date(2026, 1, 1) + timedelta(days=i), note="") for i in range(300)])
    proxy = MissingLastProxy()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    proxy.sort(SessionTableModel.COL_NOTE, Qt.SortOrder.DescendingOrder)
    assert sys.getrefcount(None) >= before - 10
