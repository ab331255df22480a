"""What tools/hostile_campaign.py found after the first round of fixes, one test per finding.

Devices are played by named pipes here: a test that failed on ``/dev/null`` itself would
replace the machine's device (the bug was exactly that, run as root).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import threading
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.__main__ import main
from backtimer.journal import Journal
from backtimer.journal.export import ExportError, ExportKind, export_csv
from backtimer.library.loader import check_files
from backtimer.library.model import Library
from backtimer.library.sharing import ShareError, export_routine, import_routine
from backtimer.library.user_store import UserRoutineStore
from backtimer.paths import not_replaceable
from tests.core.builders import make_routine

ROUTINE = """
[[routine]]
id = "my_routine"
title = "{title}"
category = "stabilisation"
level = "beginner"
summary = "Mine."

[[routine.block]]
exercise = "stab_pelvic_tilt"
mode = "hold"
hold_s = 10
reps = 5
"""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out + captured.err


# --- writes never replace what is not a regular file ---------------------------------------


def test_an_export_refuses_a_pipe_and_leaves_it_in_place(tmp_path: Path) -> None:
    pipe = tmp_path / "out.csv"
    os.mkfifo(pipe)
    with (
        Journal.open(tmp_path / "j.sqlite3") as journal,
        pytest.raises(ExportError, match=r"out\.csv"),
    ):
        export_csv(journal.connection, pipe, ExportKind.SESSIONS)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".part")]


def test_devices_and_folders_are_not_replaceable_and_files_are(tmp_path: Path) -> None:
    (tmp_path / "file.csv").write_text("old")
    assert not_replaceable(tmp_path / "file.csv") is None
    assert not_replaceable(tmp_path / "new.csv") is None
    assert "folder" in (not_replaceable(tmp_path) or "")
    assert "not a regular file" in (not_replaceable(Path("/dev/null")) or "")


def test_the_cli_refuses_to_report_to_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "r.pdf"
    os.mkfifo(pipe)
    status, said = _run(capsys, "--data-dir", str(tmp_path / "d"), "report", "-o", str(pipe))
    assert status == 2
    assert "not a regular file" in said
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_sharing_a_routine_onto_a_pipe_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "r.zip"
    os.mkfifo(pipe)
    routine = make_routine()
    with pytest.raises(ShareError, match="not a regular file"):
        export_routine(routine, Library({}, {routine.id: routine}, ()), pipe)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


# --- shares ---------------------------------------------------------------------------------


def test_a_share_holding_a_symlink_entry_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("my_ex.png")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    share = tmp_path / "s.zip"
    with zipfile.ZipFile(share, "w") as archive:
        archive.writestr("my_routine.toml", ROUTINE.format(title="Mine"))
        archive.writestr(link, "/etc/passwd")
    store = UserRoutineStore(tmp_path / "routines", tmp_path / "trash")
    with pytest.raises(ShareError, match="link or special file"):
        import_routine(share, store, Library({}, {}, ()))
    assert not (tmp_path / "routines").exists()


# --- the command line -----------------------------------------------------------------------


def test_a_file_where_the_data_folder_should_be_is_named_not_read_as_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder")
    for command in (["journal", "check"], ["backup"], ["export", "-o", str(tmp_path / "x.csv")]):
        status, said = _run(capsys, "--data-dir", str(data), *command)
        assert status == 2, command
        assert f"data folder {data} is a file" in said
    assert not (tmp_path / "x.csv").exists()
    routine_file = tmp_path / "mine.toml"
    routine_file.write_text(ROUTINE.format(title="Mine"))
    assert _run(capsys, "--data-dir", str(data), "routines", "check", str(routine_file))[0] == 0


def test_backup_to_a_name_too_long_says_so_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    Journal.open(data / "journal.sqlite3").close()
    output = tmp_path / ("n" * 300 + ".sqlite3")
    status, said = _run(capsys, "--data-dir", str(data), "backup", "--output", str(output))
    assert status == 2
    assert "File name too long" in said


def test_an_export_named_too_long_names_the_file(tmp_path: Path) -> None:
    output = tmp_path / ("n" * 300 + ".csv")
    with Journal.open(tmp_path / "j.sqlite3") as journal, pytest.raises(ExportError) as caught:
        export_csv(journal.connection, output, ExportKind.SESSIONS)
    assert "n" * 300 in str(caught.value)


def test_a_refused_import_leaves_the_journal_file_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A journal restored from a backup is in rollback mode; opening it to import would switch
    it to WAL (a new header) even when every file is then refused."""
    data = tmp_path / "data"
    data.mkdir()
    journal_file = data / "journal.sqlite3"
    Journal.open(journal_file).close()
    conn = sqlite3.connect(journal_file)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = hashlib.sha256(journal_file.read_bytes()).hexdigest()
    foreign = tmp_path / "foreign.csv"
    foreign.write_text("a;b;c\n1;2;3\n")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    for bad in (foreign, empty):
        status, said = _run(capsys, "--data-dir", str(data), "import", str(bad))
        assert status == 2
        assert bad.name in said
    assert hashlib.sha256(journal_file.read_bytes()).hexdigest() == before


# --- routine files --------------------------------------------------------------------------


def test_a_title_of_a_hundred_thousand_characters_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(ROUTINE.format(title="T" * 100_000))
    problems = check_files([path])
    assert [(p.line, p.field) for p in problems] == [(4, "routine[my_routine].title")]
    assert "at most 120 characters" in problems[0].message
    path.write_text(ROUTINE.format(title="T" * 120))
    assert check_files([path]) == []


def test_an_import_that_refused_rows_exits_1_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    with Journal.open(source / "journal.sqlite3") as journal:
        for hour in (8, 9):
            at = datetime(2026, 3, 2, hour, tzinfo=UTC)
            session = journal.start_session("rt_back_basics", "Back Basics", 600, at)
            journal.finish_session(session, "completed", at + timedelta(minutes=10))
    sessions = tmp_path / "s.csv"
    assert _run(capsys, "--data-dir", str(source), "export", "-o", str(sessions))[0] == 0
    lines = sessions.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("planned_min")] = "nan"
    sessions.write_text("\n".join([lines[0], ",".join(cells), lines[2]]) + "\n")
    target = tmp_path / "target"
    status, said = _run(capsys, "--data-dir", str(target), "import", str(sessions))
    assert status == 1
    assert "added 1 session" in said
    assert "refused 1 row: 1 × planned_min" in said


def test_csv_on_stdout_shows_control_characters_in_notes_as_escapes(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with Journal.open(data / "journal.sqlite3") as journal:
        at = datetime(2026, 3, 2, 8, tzinfo=UTC)
        session = journal.start_session("rt_back_basics", "Back Basics", 600, at)
        journal.finish_session(session, "completed", at + timedelta(minutes=10))
        journal.connection.execute("UPDATE session SET note = 'a\x1b[2Jb\u202ec'")
        journal.connection.commit()
    assert main(["--data-dir", str(data), "export", "-o", "-"]) == 0
    printed = capfd.readouterr().out
    assert "\x1b" not in printed
    assert "\u202e" not in printed
    assert "a\\x1b[2Jb\\u202ec" in printed
    assert printed.count("\r\n") == 2  # the CSV's own line ends pass
    assert main(["--data-dir", str(data), "export", "-o", str(tmp_path / "s.csv")]) == 0
    assert "a\x1b[2Jb\u202ec" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")


# --- backups and checks of journals in poor shape --------------------------------------------


def _journal_with_sessions(path: Path, count: int = 40) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with Journal.open(path) as journal:
        for index in range(count):
            at = datetime(2026, 3, 2, tzinfo=UTC) + timedelta(hours=index)
            session = journal.start_session("rt_back_basics", "Back Basics " * 20, 600, at)
            journal.finish_session(session, "completed", at + timedelta(minutes=10))


def test_a_damaged_journal_is_not_backed_up_over_the_sound_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    journal_file = data / "journal.sqlite3"
    _journal_with_sessions(journal_file)
    assert _run(capsys, "--data-dir", str(data), "backup")[0] == 0
    (sound,) = (data / "backups").iterdir()
    kept = sound.read_bytes()
    damaged = bytearray(journal_file.read_bytes())
    damaged[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # a table's page, not the header
    journal_file.write_bytes(bytes(damaged))
    sound.unlink()  # the day's backup is written again: it must not become the damaged copy
    sound.write_bytes(kept)
    for command in (["backup"], ["backup", "--output", str(tmp_path / "b.sqlite3")]):
        status, said = _run(capsys, "--data-dir", str(data), *command)
        assert status == 2, said
        assert "is damaged" in said
    assert sound.read_bytes() == kept
    assert not (tmp_path / "b.sqlite3").exists()
    assert [p.name for p in (data / "backups").iterdir()] == [sound.name]


def test_check_and_backup_read_a_journal_beside_a_stale_rollback_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only connection cannot roll back a hot -journal: it said 'not writable' (a wrong
    cause) where export already read the file as it is."""
    data = tmp_path / "data"
    _journal_with_sessions(data / "journal.sqlite3", count=2)
    (data / "journal.sqlite3-journal").write_bytes(bytes(range(256)) * 4)
    status, said = _run(capsys, "--data-dir", str(data), "journal", "check")
    assert status == 0, said
    assert "Sessions: 2" in said
    status, said = _run(capsys, "--data-dir", str(data), "backup", "--output", str(tmp_path / "b"))
    assert status == 0, said


# --- pictures in a share --------------------------------------------------------------------

EXERCISE_WITH_PICTURE = """
[[exercise]]
id = "my_ex"
name = "Mine"
category = "stabilisation"
level = "beginner"
steps = ["One.", "Two.", "Three."]
stop_if = "Sharp pain."
illustration = "my_ex.{suffix}"
"""
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'


@pytest.mark.parametrize(
    ("suffix", "picture"),
    [
        ("png", b"MZ\x90\x00 a program, not a picture"),
        ("svg", b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + SVG + b"&x;</svg>"),
        ("svg", SVG + b"<script>alert(1)</script></svg>"),
        ("svg", SVG.replace(b"<svg", b'<svg onload="alert(1)"') + b"</svg>"),
        ("svg", SVG + b'<image xlink:href="file:///home/me/.ssh/id_rsa"/></svg>'),
        ("svg", b"plain text"),
    ],
)
def test_a_shared_picture_that_is_not_a_plain_image_is_refused(
    tmp_path: Path, suffix: str, picture: bytes
) -> None:
    share = tmp_path / "s.zip"
    routine = ROUTINE.format(title="Mine").replace("stab_pelvic_tilt", "my_ex")
    with zipfile.ZipFile(share, "w") as archive:
        archive.writestr("my_routine.toml", EXERCISE_WITH_PICTURE.format(suffix=suffix) + routine)
        archive.writestr(f"my_ex.{suffix}", picture)
    store = UserRoutineStore(tmp_path / "routines", tmp_path / "trash")
    with pytest.raises(ShareError, match=rf"my_ex\.{suffix}"):
        import_routine(share, store, Library({}, {}, ()))
    assert not (tmp_path / "routines").exists()


def test_a_plain_svg_with_an_inner_link_and_an_embedded_png_is_imported(tmp_path: Path) -> None:
    share = tmp_path / "s.zip"
    routine = ROUTINE.format(title="Mine").replace("stab_pelvic_tilt", "my_ex")
    drawing = SVG + b'<circle id="c" r="3"/><use xlink:href="#c"/>'
    drawing += b'<image href="data:image/png;base64,iVBORw0KGgo="/></svg>'
    with zipfile.ZipFile(share, "w") as archive:
        archive.writestr("my_routine.toml", EXERCISE_WITH_PICTURE.format(suffix="svg") + routine)
        archive.writestr("my_ex.svg", drawing)
    store = UserRoutineStore(tmp_path / "routines", tmp_path / "trash")
    result = import_routine(share, store, Library({}, {}, ()))
    assert result.routine.id == "my_routine"


def test_restoring_an_empty_file_says_it_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b.sqlite3").touch()
    status, said = _run(
        capsys, "--data-dir", str(tmp_path / "d"), "restore", str(tmp_path / "b.sqlite3")
    )
    assert status == 2
    assert "(it is empty)" in said


def test_a_journal_linked_to_a_missing_disk_is_not_read_as_a_new_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").symlink_to(tmp_path / "unmounted" / "journal.sqlite3")
    for command in (["export", "-o", "-"], ["backup"], ["journal", "check"]):
        status, said = _run(capsys, "--data-dir", str(data), *command)
        assert status == 2, command
        assert "which is not there" in said


def test_a_routine_file_named_twice_is_checked_once(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(ROUTINE.format(title="Mine"))
    assert check_files([path, path, tmp_path / "." / "mine.toml"]) == []


def test_a_named_pipe_where_the_library_cache_lives_is_a_miss_not_a_hang(tmp_path: Path) -> None:
    from backtimer.library import cache

    user_dir = tmp_path / "routines"
    user_dir.mkdir()
    cache_file = cache._cache_file(tmp_path / "cache", user_dir)
    assert cache_file is not None
    cache_file.parent.mkdir()
    os.mkfifo(cache_file)
    loaded: list[Library] = []
    reader = threading.Thread(
        target=lambda: loaded.append(cache.load_library_cached(user_dir, cache_file.parent)),
        daemon=True,
    )
    reader.start()
    reader.join(timeout=20)
    assert not reader.is_alive(), "the start would hang on the pipe"
    assert "rt_back_basics" in loaded[0].routines


def test_an_unusable_wal_file_is_named_and_the_journal_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated (root may read anything): a -wal this user cannot open made SQLite say
    'unable to open database file' after it had already switched the journal to WAL."""
    from backtimer.journal import db

    journal_file = tmp_path / "journal.sqlite3"
    Journal.open(journal_file).close()
    conn = sqlite3.connect(journal_file)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = journal_file.read_bytes()
    wal = tmp_path / "journal.sqlite3-wal"
    wal.write_bytes(b"")
    real_access = os.access
    monkeypatch.setattr(
        db.os, "access", lambda p, mode: False if str(p) == str(wal) else real_access(p, mode)
    )
    with pytest.raises(db.JournalReadOnlyError, match=r"journal\.sqlite3-wal"):
        Journal.open(journal_file)
    assert journal_file.read_bytes() == before


def test_a_note_longer_than_the_csv_readers_default_limit_survives_export_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    note = "A long day. " * 20_000  # 240,000 characters; the CSV reader stopped at 131,072
    with Journal.open(source / "journal.sqlite3") as journal:
        at = datetime(2026, 3, 2, 8, tzinfo=UTC)
        session = journal.start_session("rt_back_basics", "Back Basics", 600, at)
        journal.finish_session(session, "completed", at + timedelta(minutes=10))
        journal.connection.execute("UPDATE session SET note = ?", (note,))
        journal.connection.commit()
    sessions = tmp_path / "s.csv"
    assert _run(capsys, "--data-dir", str(source), "export", "-o", str(sessions))[0] == 0
    target = tmp_path / "target"
    status, said = _run(capsys, "--data-dir", str(target), "import", str(sessions))
    assert status == 0, said
    with Journal.open(target / "journal.sqlite3") as journal:
        (kept,) = journal.connection.execute("SELECT note FROM session").fetchone()
    assert kept == note
