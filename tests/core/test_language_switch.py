"""A language switch between sessions: the journal keeps each session's title as it was shown,
and everything that counts sessions per routine goes by the routine's id, not its title."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from backtimer.insights.effects import routine_effects
from backtimer.journal.journal import Journal
from backtimer.journal.records import PainContext, SessionStatus
from backtimer.report.content import build_report

START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
TITLES = ["Back Basics", "Back Basics", "Rücken-Grundlagen", "Rücken-Grundlagen"]


def _sessions_across_a_switch(journal: Journal) -> None:
    """Four sessions of one routine: two named in English, then two in German, pain 5 → 3."""
    for day, title in enumerate(TITLES):
        at = START + timedelta(days=day)
        session = journal.start_session("rt_back_basics", title, 600.0, at)
        journal.record_pain(5, PainContext.BEFORE, at, session_id=session)
        end = at + timedelta(minutes=10)
        journal.finish_session(session, SessionStatus.COMPLETED, end)
        journal.record_pain(3, PainContext.AFTER, end, session_id=session)


def test_the_report_keeps_one_line_per_routine_across_a_language_switch(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        _sessions_across_a_switch(journal)
        content = build_report(journal.connection, date(2026, 11, 1), date(2026, 11, 30))
    assert [(line.title, line.sessions) for line in content.routines] == [
        ("Rücken-Grundlagen", 4)  # the newest title; four sessions are enough for an effect
    ]
    assert content.routines[0].mean_change == -2


def test_trends_keep_one_line_per_routine_across_a_language_switch(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        _sessions_across_a_switch(journal)
        effects = routine_effects(journal.connection, date(2026, 11, 1), date(2026, 11, 30))
    assert [(line.routine_title, line.sessions) for line in effects] == [("Rücken-Grundlagen", 4)]


def test_history_shows_each_session_as_it_was_named(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        _sessions_across_a_switch(journal)
        sessions = journal.sessions(date(2026, 11, 1), date(2026, 11, 30))
    assert [session.routine_title for session in sessions] == TITLES
    assert {session.routine_id for session in sessions} == {"rt_back_basics"}
