"""A language switch between sessions: the journal keeps each session's title as it was shown,
and everything that counts sessions per routine goes by the routine's id, not its title."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from backtimer import i18n
from backtimer.insights.effects import routine_effects
from backtimer.journal.db import open_database
from backtimer.journal.demo import ROUTINES, Story, write_demo_journal
from backtimer.journal.journal import Journal
from backtimer.journal.records import PainContext, SessionStatus
from backtimer.library.model import Library
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


def test_the_demo_names_bundled_items_as_the_library_does(library: Library) -> None:
    for routine in ROUTINES.values():
        assert library.routine(routine.routine_id).title == routine.title
        for exercise_id, name in routine.exercises:
            assert library.exercise(exercise_id).name == name


def test_the_demo_journal_is_written_in_the_language_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``backtimer --demo`` in German shows German titles in History, as real sessions would."""
    german = {
        "routine rt_core_control": {"Core Control": "Rumpfkontrolle"},
        "exercise stab_bird_dog": {"Bird dog, opposite arm and leg": "Vierfüßler"},
    }
    (tmp_path / "library_de.json").write_text(json.dumps(german), encoding="utf-8")
    demo_words = {"Demo": {"Putting on socks": "Socken anziehen"}}
    (tmp_path / "backtimer_de.json").write_text(json.dumps(demo_words), encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_file", lambda name, lang: tmp_path / f"{name}_{lang}.json")
    i18n.set_language("de")
    conn = open_database(tmp_path / "demo.sqlite3")
    write_demo_journal(conn, Story.RECOVERY, date(2026, 12, 2))
    titles = {row[0] for row in conn.execute("SELECT DISTINCT routine_title FROM session")}
    names = {row[0] for row in conn.execute("SELECT DISTINCT exercise_name FROM step")}
    activities = {row[0] for row in conn.execute("SELECT name FROM activity")}
    conn.close()
    assert "Socken anziehen" in activities  # the example person's own words too
    assert "Putting on socks" not in activities
    assert "Rumpfkontrolle" in titles
    assert "Core Control" not in titles
    assert "Back Basics" in titles  # no translation in this catalogue: English
    assert "Vierfüßler" in names
