"""The physio report as a PDF: written by QtGui alone, one or two pages, readable text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from backtimer.journal.export import ExportError
from backtimer.journal.journal import Journal
from backtimer.report.content import ReportContent, build_report
from tests.journal_samples import fill_sample_journal


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """A full QApplication first, as in the app: the PDF code only adds one when none exists."""


@pytest.fixture
def content(tmp_path: Path) -> ReportContent:
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        fill_sample_journal(journal)
        return build_report(journal.connection, date(2026, 10, 20), date(2026, 11, 2))


def test_pdf_has_one_or_two_pages(content: ReportContent, tmp_path: Path) -> None:
    """The sample fortnight fits on one or two A4 pages and the count returned is right."""
    from backtimer.report.pdf import write_pdf

    pages = write_pdf(content, tmp_path / "report.pdf")
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert pages in (1, 2)
    assert list(tmp_path.glob("*.part")) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_text_holds_the_sections_and_notes(content: ReportContent, tmp_path: Path) -> None:
    """The sections a physio looks for, and the patient's notes as typed, are in the text."""
    from backtimer.report.pdf import write_pdf

    write_pdf(content, tmp_path / "report.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for heading in ("Pain trend", "Exercise adherence", "Routines done", "This hurts", "Notes"):
        assert heading in text
    assert content.headline in text
    assert '=HYPERLINK("http://x","y")' in text
    assert "Pelvic tilt =easy" in text


def test_unwritable_folder_is_a_plain_error(content: ReportContent, tmp_path: Path) -> None:
    """A missing folder is reported by name, and nothing is left behind."""
    from backtimer.report.pdf import write_pdf

    with pytest.raises(ExportError, match="missing"):
        write_pdf(content, tmp_path / "missing" / "report.pdf")


@pytest.mark.slow
def test_cli_report_runs_without_widgets(tmp_path: Path) -> None:
    """`backtimer report` writes a PDF in a fresh process that never imports QtWidgets."""
    data = tmp_path / "data"
    with Journal.open(data / "journal.sqlite3") as journal:
        fill_sample_journal(journal)
    script = (
        "import sys; from backtimer.__main__ import main; "
        f"code = main(['--data-dir', {str(data)!r}, 'report', '-o', {str(tmp_path / 'r.pdf')!r},"
        " '--from', '2026-10-20', '--to', '2026-11-02']); "
        "assert 'PySide6.QtWidgets' not in sys.modules, 'widgets imported'; sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 10_000


HEADINGS = (
    "Pain trend",
    "Exercise adherence",
    "Routines done",
    "“This hurts” reports during exercise",
    "Leg, nerve and urgent symptoms",
    "Notes",
)


def _page_texts(pdf: Path, pages: int) -> list[str]:
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for page in range(1, pages + 1)
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_no_heading_is_left_alone_at_the_foot_of_a_page(
    content: ReportContent, tmp_path: Path
) -> None:
    """Whatever the length of the lists above it, a heading never ends a page."""
    from dataclasses import replace

    from backtimer.report.pdf import write_pdf

    for shown in range(len(content.notes) + 1):
        trimmed = replace(content, notes=content.notes[:shown], hurts=content.hurts[: shown % 5])
        pdf = tmp_path / f"report-{shown}.pdf"
        pages = write_pdf(trimmed, pdf)
        for number, text in enumerate(_page_texts(pdf, pages)[:-1], start=1):
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            last = lines[-2] if lines[-1].isdigit() else lines[-1]  # the page number
            assert last not in HEADINGS, f"{shown} notes: page {number} ends with “{last}”"


# --- hostile journals and disks -----------------------------------------------------------------


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_long_notes_are_cut_and_the_report_stays_at_two_pages(
    content: ReportContent, tmp_path: Path
) -> None:
    """Fourteen essays of notes used to make 13 pages; each is cut with "…" and still ≤ 2."""
    import dataclasses

    from backtimer.report.content import NoteLine
    from backtimer.report.pdf import write_pdf

    essay = "Stiff all day, then better after the walk. " * 200
    lines = "\n".join(f"line {n}" for n in range(300))
    notes = tuple(
        NoteLine(date(2026, 10, 20 + n % 10), "session", essay if n % 2 else lines)
        for n in range(14)
    )
    long_notes = dataclasses.replace(content, notes=notes, notes_total=40)
    pages = write_pdf(long_notes, tmp_path / "report.pdf")
    text = _pdf_text(tmp_path / "report.pdf")
    assert pages <= 2
    assert "…" in text
    assert "line 299" not in text
    assert "the CSV export lists them all" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_bidi_and_control_characters_are_neutralised(
    content: ReportContent, tmp_path: Path
) -> None:
    """U+202E would print the rest of a note backwards; ESC and NUL are dropped too."""
    import dataclasses

    from backtimer.report.content import NoteLine
    from backtimer.report.pdf import write_pdf

    note = NoteLine(date(2026, 11, 1), "session", "pain \u202e01 ot 2\u202c level\x1b\x00 ok")
    tricky = dataclasses.replace(content, notes=(note,), notes_total=1)
    write_pdf(tricky, tmp_path / "report.pdf")
    text = _pdf_text(tmp_path / "report.pdf")
    assert "pain 01 ot 2 level ok" in text
    assert "\u202e" not in text
    assert "\x1b" not in text


def test_a_failed_write_leaves_no_file_and_names_the_destination(
    content: ReportContent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC while writing: an error naming the PDF, no 0-byte file, no temporary left."""
    import errno
    import os

    from backtimer.report.pdf import write_pdf

    real_fsync = os.fsync

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match=r"report\.pdf: No space left on device"):
        write_pdf(content, out / "report.pdf")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert list(out.iterdir()) == []


def test_report_to_a_really_full_disk_fails_without_a_partial_file(tmp_path: Path) -> None:
    """On a real 64 KiB tmpfs: exit status 2, the PDF's disk blamed, nothing left behind."""
    from backtimer.__main__ import main
    from tests.small_disk import fill, small_disk

    data = tmp_path / "data"
    with Journal.open(data / "journal.sqlite3") as journal:
        fill_sample_journal(journal)
    with small_disk(64) as disk:
        fill(disk, leave_bytes=8 * 1024)
        status = main(
            ["--data-dir", str(data), "report", "-o", str(disk / "r.pdf"), "--from", "2026-10-20"]
        )
        left = sorted(path.name for path in disk.iterdir())
    assert status == 2
    assert left == ["filler"]


def test_any_date_range_is_safe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--from 0001-01-01 --to 9999-12-31 used to crash; now it covers the journal's own days."""
    from backtimer.__main__ import main

    data = tmp_path / "data"
    with Journal.open(data / "journal.sqlite3") as journal:
        fill_sample_journal(journal)
    argv = ["--data-dir", str(data), "report", "-o", str(tmp_path / "r.pdf")]
    assert main([*argv, "--from", "0001-01-01", "--to", "9999-12-31"]) == 0
    assert "The report covers 2026-" in capsys.readouterr().err
    assert main([*argv, "--from", "0001-01-01", "--to", "0001-01-31"]) == 0
    assert main([*argv, "--from", "9999-12-01", "--to", "9999-12-31"]) == 0


def test_a_new_data_folder_gets_a_report_with_no_sessions(tmp_path: Path) -> None:
    from backtimer.__main__ import main

    assert main(["--data-dir", str(tmp_path / "new"), "report", "-o", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "new").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_flare_history_fits_two_pages_with_every_note(tmp_path: Path) -> None:
    """Imported flare history plus check-ins: the headings are kept with what follows on the
    page print_ really fills (its 2 mm printer margins included), so no heading is pushed onto
    a third page, leaving page 2 nearly empty and the notes cut to make room; a table
    crossing the page repeats its header row."""
    from backtimer.journal.imports import import_files
    from backtimer.report.pdf import write_pdf
    from tests.scripted_journals import FIRST_DAY, LAST_DAY, flare_history, write_checkins

    files = flare_history().write(tmp_path, "flare")
    files.append(
        write_checkins(
            tmp_path / "checkins.csv", {"Socks": (3, 5), "Gardening": (4, 6), "Film": (5, 7)}
        )
    )
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        list(import_files(journal.connection, files))
        content = build_report(journal.connection, FIRST_DAY, LAST_DAY)
    pages = write_pdf(content, tmp_path / "report.pdf")
    texts = _page_texts(tmp_path / "report.pdf", pages)
    assert pages == 2
    assert "Leg, nerve and urgent symptoms" in texts[1]
    assert "after lifting" in texts[1]  # pdftotext keeps the "ﬂ" ligature of "flare"
    assert "Hard today" in texts[1]
    assert "the CSV export lists them all" not in texts[1]
    continued = texts[1].split("Leg, nerve")[0]
    assert "Bird dog" in continued, "the “this hurts” table no longer crosses the page"
    assert continued.split()[:4] == ["When", "Exercise", "Pain", "Then"], "header repeated"


def with_full_tables(content: ReportContent) -> ReportContent:
    """``content`` with 16 weeks, 12 routines and 12 of 20 "this hurts" from 7 Sep 2026 on."""
    import dataclasses
    from datetime import datetime, timedelta

    from backtimer.insights.adherence import WeekActivity
    from backtimer.report.content import HurtLine, RoutineDone

    start = datetime(2026, 9, 7, 9)
    return dataclasses.replace(
        content,
        weeks=tuple(WeekActivity(date(2026, 7, 13) + timedelta(n * 7), 4, 72) for n in range(16)),
        routines=tuple(RoutineDone(f"Routine {n}", 3, 54, -0.5) for n in range(12)),
        hurts=tuple(HurtLine(start + timedelta(n), "Bird dog", 7, "easier") for n in range(12)),
        hurts_total=20,
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_crowded_report_gives_way_list_by_list_and_keeps_two_pages(
    content: ReportContent, tmp_path: Path
) -> None:
    """16 weeks, 12 routines, 12 "this hurts", 14 notes and leg pain ticked with all 80 scores
    made 3 pages: weeks, reports, routines and ordinary symptom rows give way (each table says
    so), the urgent row always stays, and every kind of symptom is counted."""
    import dataclasses
    from datetime import datetime, timedelta

    from backtimer.report.content import NoteLine, SymptomLine
    from backtimer.report.pdf import write_pdf

    start = datetime(2026, 9, 7, 9)
    leg, both = "pain down a leg", "pain down a leg; numbness, tingling or weakness"
    crowded = dataclasses.replace(
        with_full_tables(content),
        notes=tuple(NoteLine(date(2026, 9, 7), "session", "Stiff, better after walking. " * 6)
                    for _ in range(14)),
        notes_total=14,
        symptoms=tuple(
            SymptomLine(start + timedelta(hours=n), "before", 5, leg if n % 7 else both, n == 3)
            for n in range(80)
        ),
    )  # fmt: skip
    pages = write_pdf(crowded, tmp_path / "report.pdf")
    text = _pdf_text(tmp_path / "report.pdf")
    assert pages == 2
    assert "7 Sep 2026 12:00" in text  # the urgent one, although the oldest
    assert "of 80 shown (every urgent one, then the latest)" in text
    assert "pain down a leg 80 times" in text
    assert "of 16 weeks; the totals above cover them all" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_an_urgent_symptom_is_named_at_the_top_of_page_one(tmp_path: Path) -> None:
    """Saddle numbness or bladder changes logged once in eight weeks of leg pain: page 1 says
    so before the trend, and the table on page 2 still lists it."""
    from backtimer.journal.imports import import_files
    from backtimer.report.pdf import write_pdf
    from tests.scripted_journals import FIRST_DAY, LAST_DAY, sciatica_with_a_red_flag

    files = sciatica_with_a_red_flag().write(tmp_path, "sciatica")
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        list(import_files(journal.connection, files))
        content = build_report(journal.connection, FIRST_DAY, LAST_DAY)
    pages = write_pdf(content, tmp_path / "report.pdf")
    texts = [" ".join(text.split()) for text in _page_texts(tmp_path / "report.pdf", pages)]
    assert pages == 2
    first_page = texts[0]
    assert first_page.index("Urgent symptoms logged on 14 Oct 2026") < first_page.index(
        "Pain trend"
    )
    assert "bladder or bowel changes" in texts[1]
