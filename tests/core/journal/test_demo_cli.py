"""``backtimer --demo …`` works on a throwaway folder and never touches the user's data folder."""

from __future__ import annotations

import csv
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backtimer.__main__ import main
from backtimer.journal import Journal
from backtimer.journal.activities import ActivityJournal
from backtimer.journal.course import Course
from backtimer.journal.demo import Story, make_demo_folder, remove_demo_folder, write_demo_journal
from backtimer.journal.timestamps import utc_text
from backtimer.paths import ENV_DATA_DIR


@pytest.fixture
def real_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "real"
    folder.mkdir()
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.mark.parametrize(
    "command",
    [["export"], ["export", "--checkins"], ["export", "--steps"], ["report"]],
)
def test_demo_commands_leave_the_data_folder_untouched(
    real_data: Path, tmp_path: Path, command: list[str], qapp: object
) -> None:
    """(``qapp``: the report needs a Qt GUI application; made here, it is the widgets one.)"""
    out = tmp_path / ("out.pdf" if command == ["report"] else "out.csv")
    before = set(Path(tempfile.gettempdir()).glob("backtimer-demo-*"))
    assert main(["--demo", *command, "-o", str(out)]) == 0
    assert list(real_data.iterdir()) == []
    assert out.stat().st_size > 1000
    assert set(Path(tempfile.gettempdir()).glob("backtimer-demo-*")) == before  # cleaned up
    if command == ["export", "--checkins"]:
        with out.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert {"Putting on socks", "Carrying the shopping home"} <= {r["activity"] for r in rows}


def test_demo_overrides_an_explicit_data_dir(real_data: Path, tmp_path: Path) -> None:
    assert main(["--demo", "--data-dir", str(real_data), "backup"]) == 0
    assert list(real_data.iterdir()) == []


def test_demo_journal_holds_six_months_of_everything() -> None:
    """Sessions with their planned steps, check-ins with a retired activity, the plan's start."""
    today = date(2026, 6, 30)
    paths = make_demo_folder(today)
    try:
        with Journal.open(paths.journal_file) as journal:
            sessions = journal.sessions()
            activities = ActivityJournal(journal.connection)
            retired = [a for a in activities.activities(include_retired=True) if not a.active]
            ratings = activities.ratings()
            plan_start = Course(journal.connection).plan_start
    finally:
        remove_demo_folder(paths)
    assert not paths.root.exists()
    assert len(sessions) > 100
    assert all(s.steps_planned for s in sessions)
    assert [a.name for a in retired] == ["Sitting through a film"]
    assert len({r.day for r in ratings}) == 25
    assert max(r.day for r in ratings) == today - timedelta(days=7)  # the next one is due
    assert ratings[0].score < ratings[-1].score
    assert plan_start is not None
    assert 28 <= (today - plan_start).days < 42


def test_demo_folders_left_by_a_killed_run_are_cleared_later(tmp_path: Path) -> None:
    """A demo killed before its clean-up leaves a folder; the next demo removes it after 2 days."""
    import os

    stale = Path(tempfile.gettempdir()) / "backtimer-demo-stale-test"
    fresh = Path(tempfile.gettempdir()) / "backtimer-demo-fresh-test"
    for folder in (stale, fresh):
        folder.mkdir(exist_ok=True)
    three_days_ago = (date.today() - timedelta(days=3)).toordinal()
    seconds = (three_days_ago - date(1970, 1, 1).toordinal()) * 86400
    os.utime(stale, (seconds, seconds))
    paths = make_demo_folder(date.today())
    remove_demo_folder(paths)
    assert not stale.exists()
    assert fresh.exists()
    fresh.rmdir()


def test_demo_export_and_report_work_as_typed_without_an_output(
    real_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfdbinary: pytest.CaptureFixture[bytes],
    qapp: object,
) -> None:
    """`backtimer --demo export` prints the CSV; `backtimer --demo report` writes a dated PDF
    where the user is (both once stopped at 'the following arguments are required')."""
    monkeypatch.chdir(tmp_path)
    assert main(["--demo", "export"]) == 0
    printed = capfdbinary.readouterr().out.decode("utf-8")
    assert printed.startswith("uid,entry,local_time")
    assert main(["--demo", "export", "--checkins"]) == 0
    assert capfdbinary.readouterr().out.decode("utf-8").startswith("day,activity,score,note")
    assert main(["--demo", "report"]) == 0
    (report,) = tmp_path.glob("backtimer-report-*.pdf")
    assert report.stat().st_size > 1000
    assert list(real_data.iterdir()) == []


STAMPED = {  # every column of the journal that says when something happened
    "session": ("started_utc", "ended_utc"),
    "step": ("started_utc", "ended_utc"),
    "pain": ("recorded_utc",),
    "hurt_event": ("recorded_utc",),
    "activity": ("created_utc", "retired_utc"),
    "activity_rating": ("recorded_utc",),
}


@pytest.mark.parametrize("story", list(Story))
@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 6, 30, 0, 5, tzinfo=timezone(timedelta(hours=2))),
        datetime(2026, 6, 30, 8, 0, tzinfo=timezone(timedelta(hours=2))),
        datetime(2026, 12, 2, 13, 37, tzinfo=timezone(timedelta(hours=1))),
        datetime(2026, 12, 2, 6, 0, tzinfo=timezone(timedelta(hours=-8))),
        datetime(2026, 12, 2, 1, 0, tzinfo=timezone(timedelta(hours=14))),
    ],
    ids=str,
)
def test_example_data_never_lies_in_the_future(
    journal: Journal, tmp_path: Path, story: Story, now: datetime
) -> None:
    """A session "later today" in the demo at 8 a.m. was a promise the app then showed as done."""
    summary = write_demo_journal(journal.connection, story, now, seed=3)
    cutoff = utc_text(now)
    for table, columns in STAMPED.items():
        for column in columns:
            (latest,) = journal.connection.execute(f"SELECT max({column}) FROM {table}").fetchone()
            assert latest is None or latest <= cutoff, (table, column, latest, cutoff)
    days = journal.connection.execute(
        "SELECT max(day) FROM (SELECT day FROM session UNION ALL SELECT day FROM pain"
        " UNION ALL SELECT day FROM flare_day UNION ALL SELECT day FROM activity_rating)"
    ).fetchone()[0]
    assert days <= now.date().isoformat()
    assert summary.last_day <= now.date()
    (orphans,) = journal.connection.execute(
        "SELECT count(*) FROM step WHERE session_id NOT IN (SELECT id FROM session)"
    ).fetchone()
    assert orphans == 0
    with Journal.open(tmp_path / "whole-day.sqlite3") as whole_day:
        full = write_demo_journal(whole_day.connection, story, now.date(), seed=3)
    # Only the last hours went (the story keeps Central European time, so at 1 a.m. in UTC+14
    # yesterday afternoon's session there has not happened yet either).
    assert summary.sessions >= full.sessions - 2
