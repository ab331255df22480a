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
