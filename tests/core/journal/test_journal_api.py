"""Recording sessions, steps, pain and hurt reports, and reading them back as summaries."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from backtimer.journal import (
    HurtAction,
    HurtRecord,
    Journal,
    PainContext,
    SessionNotFoundError,
    SessionStatus,
)
from backtimer.journal.records import PainEdit
from tests.core.journal.testkit import T0, make_step


def _session_with_steps(journal: Journal, steps: int = 4, skipped: tuple[int, ...] = ()) -> int:
    session_id = journal.start_session("gentle_start", "Gentle start", 600.0, T0)
    for index in range(steps):
        journal.record_step(
            session_id, make_step(index, actual_s=10.0 + index, skipped=index in skipped)
        )
    return session_id


def test_summary_aggregates_steps_pain_and_hurts(journal: Journal) -> None:
    """A summary sums time spent, counts completed/skipped steps and hurts, takes latest pain."""
    session_id = _session_with_steps(journal, steps=4, skipped=(2,))
    journal.record_pain(7, PainContext.BEFORE, T0, session_id)
    journal.record_pain(6, "before", T0 + timedelta(seconds=5), session_id)  # a correction
    journal.record_pain(3, PainContext.AFTER, T0 + timedelta(minutes=3), session_id)
    journal.record_pain(9, PainContext.SPOT, T0 + timedelta(hours=5))  # not this session's
    hurt = HurtRecord(1, "cat_cow", "Cat-cow", T0 + timedelta(seconds=40), HurtAction.EASIER, 5)
    journal.record_hurt(session_id, hurt)
    journal.finish_session(session_id, SessionStatus.COMPLETED, T0 + timedelta(minutes=3), effort=4)
    journal.set_session_note(session_id, "stiff at first")

    (summary,) = journal.sessions()
    assert summary.done_s == pytest.approx(10 + 11 + 12 + 13)
    assert (summary.steps_completed, summary.steps_skipped, summary.hurt_count) == (3, 1, 1)
    assert (summary.pain_before, summary.pain_after, summary.pain_change) == (6, 3, -3)
    assert (summary.status, summary.effort, summary.note) == ("completed", 4, "stiff at first")
    assert summary.ended == T0 + timedelta(minutes=3)
    assert journal.session(session_id) == summary


def test_session_without_steps_or_pain_has_zero_totals(journal: Journal) -> None:
    """A session that recorded nothing yet still lists, with zero totals and no pain change."""
    session_id = journal.start_session("r", "R", 60.0, T0)
    summary = journal.session(session_id)
    assert (summary.done_s, summary.steps_completed, summary.steps_skipped) == (0.0, 0, 0)
    assert (summary.pain_before, summary.pain_change, summary.ended) == (None, None, None)
    assert summary.status is SessionStatus.IN_PROGRESS


def test_steps_read_back_in_order_with_local_times(journal: Journal) -> None:
    """session_steps returns what was recorded, in order, times in the session's offset."""
    session_id = _session_with_steps(journal, steps=3, skipped=(1,))
    journal.record_step(session_id, make_step(3, side="left", set_number=2))
    rows = journal.session_steps(session_id)
    assert [row.step_index for row in rows] == [0, 1, 2, 3]
    assert [row.skipped for row in rows] == [False, True, False, False]
    assert (rows[3].side, rows[3].set_number) == ("left", 2)
    assert (rows[0].started, rows[0].ended) == (T0, T0 + timedelta(seconds=10))


def test_unfinished_sessions_are_found_and_marked_interrupted(journal: Journal) -> None:
    """A session left in progress is listed at start-up, then closed at its last step's end."""
    lost = _session_with_steps(journal, steps=2)
    empty = journal.start_session("r", "R", 60.0, T0 + timedelta(hours=1))
    done = _session_with_steps(journal, steps=1)
    journal.finish_session(done, "completed", T0 + timedelta(minutes=1))
    assert [s.id for s in journal.unfinished_sessions()] == [lost, empty]

    later = T0 + timedelta(days=2)
    journal.mark_interrupted(lost, later)
    journal.mark_interrupted(empty, later)
    assert journal.unfinished_sessions() == []
    assert journal.session(lost).ended == T0 + timedelta(seconds=30 + 11)  # step 1's end
    assert journal.session(empty).ended == later  # nothing recorded: only "now" is known
    assert journal.session(lost).status is SessionStatus.INTERRUPTED


def test_day_range_filters_on_local_day(journal: Journal) -> None:
    """sessions() and pain_entries() take inclusive local-day bounds, as dates or strings."""
    for offset in range(5):
        journal.start_session("r", "R", 60.0, T0 + timedelta(days=offset))
        journal.record_pain(offset, PainContext.SPOT, T0 + timedelta(days=offset))
    days = [s.day for s in journal.sessions(date(2026, 11, 25), "2026-11-27")]
    assert days == [date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27)]
    assert [p.score for p in journal.pain_entries(from_day="2026-11-27")] == [3, 4]
    assert [p.score for p in journal.pain_entries(contexts=[PainContext.BEFORE])] == []


def test_soft_delete_hides_a_session_and_its_rows_until_undone(journal: Journal) -> None:
    """A deleted session, its pain and hurts disappear from queries and come back on undo."""
    session_id = _session_with_steps(journal, steps=1)
    journal.record_pain(5, PainContext.BEFORE, T0, session_id)
    journal.record_hurt(session_id, HurtRecord(0, "cat_cow", "Cat-cow", T0, "continued"))
    journal.delete_session(session_id, T0 + timedelta(hours=1))
    assert (journal.sessions(), journal.pain_entries(), journal.hurt_events()) == ([], [], [])
    assert journal.session_count() == 0
    assert journal.session_count(include_deleted=True) == 1
    assert journal.session(session_id).deleted == T0 + timedelta(hours=1)

    journal.undelete_session(session_id)
    assert [s.id for s in journal.sessions()] == [session_id]
    assert len(journal.pain_entries()) == len(journal.hurt_events(session_id)) == 1


def test_purge_removes_only_sessions_binned_before_the_cutoff(journal: Journal) -> None:
    """purge_deleted erases old binned sessions with their rows; newer and live ones stay."""
    old, recent, live = (_session_with_steps(journal, steps=2) for _ in range(3))
    journal.record_pain(4, PainContext.AFTER, T0, old)
    journal.delete_session(old, T0)
    journal.delete_session(recent, T0 + timedelta(days=20))
    assert journal.purge_deleted(older_than=T0 + timedelta(days=10)) == 1
    assert [s.id for s in journal.sessions(include_deleted=True)] == [recent, live]
    conn = journal.connection
    assert conn.execute("SELECT count(*) FROM step WHERE session_id = ?", (old,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM pain").fetchone()[0] == 0


def test_update_pain_changes_score_and_note_only(journal: Journal) -> None:
    """Correcting a pain entry keeps its moment and context."""
    pain_id = journal.record_pain(8, PainContext.SPOT, T0, note="typo")
    journal.update_pain(pain_id, 6, "after the walk")
    (entry,) = journal.pain_entries()
    assert (entry.score, entry.note, entry.context, entry.recorded) == (
        6,
        "after the walk",
        "spot",
        T0,
    )


def test_flare_days_toggle_and_keep_a_note(journal: Journal) -> None:
    """set_flare_day marks, re-notes and unmarks a day; flare_days lists a range in order."""
    journal.set_flare_day(date(2026, 11, 3), True, "woke up stiff")
    journal.set_flare_day("2026-11-01", True)
    journal.set_flare_day("2026-11-03", True, "worse by noon")
    assert [(f.day.day, f.note) for f in journal.flare_days()] == [(1, ""), (3, "worse by noon")]
    journal.set_flare_day("2026-11-01", False)
    assert [f.day for f in journal.flare_days("2026-11-02", "2026-11-30")] == [date(2026, 11, 3)]


@pytest.mark.parametrize("score", [-1, 11, 2.5, None, True])
def test_pain_scores_outside_0_to_10_are_rejected(journal: Journal, score: object) -> None:
    """Only whole numbers 0-10 are scores; anything else is a caller bug, raised as ValueError."""
    with pytest.raises(ValueError, match="0 to 10"):
        journal.record_pain(score, PainContext.SPOT, T0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda j: j.record_step(999, make_step(0)),
        lambda j: j.finish_session(999, "completed", T0),
        lambda j: j.set_session_note(999, "x"),
        lambda j: j.delete_session(999, T0),
        lambda j: j.mark_interrupted(999, T0),
        lambda j: j.session(999),
    ],
)
def test_unknown_session_id_raises_not_found(journal: Journal, call) -> None:
    """Referring to a session that does not exist raises SessionNotFoundError."""
    with pytest.raises(SessionNotFoundError):
        call(journal)


@pytest.mark.parametrize(
    ("status", "message"),
    [("in_progress", "needs a final status"), ("done", "not a valid SessionStatus")],
)
def test_finish_needs_a_final_status(journal: Journal, status: str, message: str) -> None:
    """finish_session refuses in_progress and unknown statuses."""
    session_id = journal.start_session("r", "R", 60.0, T0)
    with pytest.raises(ValueError, match=message):
        journal.finish_session(session_id, status, T0)


def test_each_write_is_committed_at_once(journal: Journal) -> None:
    """Another connection sees a step as soon as record_step returns (no pending transaction)."""
    session_id = _session_with_steps(journal, steps=1)
    assert not journal.connection.in_transaction
    other = sqlite3.connect(journal.path)
    try:
        assert (
            other.execute(
                "SELECT count(*) FROM step WHERE session_id = ?", (session_id,)
            ).fetchone()[0]
            == 1
        )
    finally:
        other.close()


def test_queries_use_the_indexes(journal: Journal) -> None:
    """Day-range and per-session lookups search an index instead of scanning tables."""
    conn = journal.connection
    plans = {
        "SELECT * FROM session WHERE day BETWEEN '2026-01-01' AND '2026-02-01'": "session_by_day",
        "SELECT * FROM step WHERE session_id = 1": "step_by_session",
        "SELECT * FROM pain WHERE day >= '2026-01-01' AND context = 'after'": "pain_by_day",
        "SELECT * FROM pain WHERE session_id = 1": "pain_by_session",
        "SELECT * FROM hurt_event WHERE session_id = 1": "hurt_event_by_session",
        "SELECT * FROM hurt_event WHERE day = '2026-01-01'": "hurt_event_by_day",
    }
    for query, index in plans.items():
        detail = " ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {query}"))
        assert f"USING INDEX {index}" in detail, (query, detail)


# --- the writes JournalWrites names -----------------------------------------------------------


def test_discard_session_leaves_no_trace_and_is_not_undoable(journal: Journal) -> None:
    """A workout stopped before its first exercise: the session and its rows are gone."""
    session_id = _session_with_steps(journal, steps=1)
    journal.record_pain(4, PainContext.BEFORE, T0, session_id)
    journal.discard_session(session_id)
    assert journal.sessions() == []
    assert journal.session_count(include_deleted=True) == 0
    assert journal.pain_entries() == []
    with pytest.raises(SessionNotFoundError):
        journal.discard_session(session_id)


def test_save_session_edits_changes_note_and_scores_together(journal: Journal) -> None:
    session_id = journal.start_session("r", "R", 60.0, T0)
    before = journal.record_pain(7, PainContext.BEFORE, T0, session_id)
    after = journal.record_pain(5, PainContext.AFTER, T0 + timedelta(minutes=5), session_id)
    journal.save_session_edits(
        session_id, "felt fine", [PainEdit(before, 6, "typo"), PainEdit(after, 4, "")]
    )
    summary = journal.session(session_id)
    assert (summary.note, summary.pain_before, summary.pain_after) == ("felt fine", 6, 4)
    journal.save_session_edits(session_id, None, [])  # None keeps the note
    assert journal.session(session_id).note == "felt fine"


@pytest.mark.parametrize(
    "bad_edit",
    [
        lambda pain_id: PainEdit(pain_id + 100, 3, ""),  # no such entry
        lambda pain_id: PainEdit(pain_id, 11, ""),  # not a score
    ],
)
def test_save_session_edits_is_all_or_nothing(journal: Journal, bad_edit) -> None:
    """One bad edit rolls back the good ones before it and the note: nothing half-saved."""
    session_id = journal.start_session("r", "R", 60.0, T0)
    pain_id = journal.record_pain(7, PainContext.BEFORE, T0, session_id, note="as typed")
    with pytest.raises((LookupError, ValueError)):
        journal.save_session_edits(
            session_id, "new note", [PainEdit(pain_id, 2, "changed"), bad_edit(pain_id)]
        )
    (entry,) = journal.pain_entries()
    assert (entry.score, entry.note, journal.session(session_id).note) == (7, "as typed", "")


def test_save_session_edits_of_an_unknown_session_changes_nothing(journal: Journal) -> None:
    pain_id = journal.record_pain(7, PainContext.SPOT, T0)
    with pytest.raises(SessionNotFoundError):
        journal.save_session_edits(999, "note", [PainEdit(pain_id, 2, "")])
    assert journal.pain_entries()[0].score == 7


def test_mark_flare_days_adds_missing_days_and_keeps_existing_notes(journal: Journal) -> None:
    journal.set_flare_day(date(2026, 11, 2), True, "my own words")
    journal.mark_flare_days([date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 3)], "flare")
    journal.mark_flare_days([], "flare")  # nothing to mark is fine
    assert [(f.day.day, f.note) for f in journal.flare_days()] == [
        (1, "flare"),
        (2, "my own words"),
        (3, "flare"),
    ]


def test_symptom_flags_and_steps_planned_read_back(journal: Journal) -> None:
    """What the user ticked with a score, and how many steps the plan had, come back as saved."""
    session_id = journal.start_session("r", "R", 60.0, T0, steps_planned=12)
    journal.record_pain(6, PainContext.AFTER, T0, session_id, leg_pain=True, nerve_symptoms=False)
    journal.record_pain(3, PainContext.SPOT, T0, urgent_symptoms=True, nerve_symptoms=True)
    journal.record_hurt(
        session_id,
        HurtRecord(0, "cat_cow", "Cat-cow", T0, HurtAction.STOPPED, 7, leg_or_nerve=True),
    )
    after, spot = journal.pain_entries()
    assert (after.leg_pain, after.nerve_symptoms, after.urgent_symptoms) == (True, False, False)
    assert (spot.leg_pain, spot.nerve_symptoms, spot.urgent_symptoms) == (False, True, True)
    assert journal.session(session_id).steps_planned == 12
    assert journal.start_session("r", "R", 60.0, T0) != session_id
    assert [s.steps_planned for s in journal.sessions()] == [12, None]
    (hurt,) = journal.hurt_events(session_id=session_id)
    assert hurt.leg_or_nerve
