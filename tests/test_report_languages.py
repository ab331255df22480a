"""The physio report in German and Spanish: headings, dates, decimal commas, still two pages."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from backtimer import i18n
from backtimer.journal.journal import Journal
from backtimer.report.content import (
    ActivityLine,
    NoteLine,
    ReportContent,
    SymptomLine,
    build_report,
)
from tests.journal_samples import fill_sample_journal
from tests.test_report_pdf import with_full_tables

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

HEADINGS = {
    "de": (
        "Schmerzverlauf",
        "Übungstreue",
        "Durchgeführte Routinen",
        "„Das tut weh“-Meldungen während der Übungen",
        "Bein-, Nerven- und dringende Symptome",
        "Alltagsaktivitäten (wöchentlicher Check-in)",
        "Notizen",
    ),
    "es": (
        "Evolución del dolor",
        "Constancia en el ejercicio",
        "Rutinas hechas",
        "Avisos de «Esto duele» durante el ejercicio",
        "Síntomas en la pierna, neurológicos y urgentes",
        "Actividades cotidianas (control semanal)",
        "Notas",
    ),
}
TABLE_HEADERS = {
    "de": ("Woche ab", "Einheiten", "Minuten", "Wann", "Übung", "Schmerz", "Danach", "Anlass"),
    "es": ("Semana del", "Sesiones", "Minutos", "Cuándo", "Ejercicio", "Dolor", "Contexto"),
}


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """A full QApplication first, as in the app."""


def _report(tmp_path: Path, language: str) -> ReportContent:
    i18n.set_language(language)
    with Journal.open(tmp_path / f"journal-{language}.sqlite3") as journal:
        fill_sample_journal(journal)
        return build_report(journal.connection, date(2026, 10, 20), date(2026, 11, 2))


def _text(pdf: Path, page: int | None = None) -> str:
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_german_report_reads_german(tmp_path: Path) -> None:
    """German headings, "20. Oktober 2026", decimal commas; no English heading left."""
    from backtimer.report.pdf import write_pdf

    content = _report(tmp_path, "de")
    write_pdf(content, tmp_path / "bericht.pdf")
    text = _text(tmp_path / "bericht.pdf")
    flat = " ".join(text.split())
    for heading in HEADINGS["de"]:
        assert heading in flat
    assert "Bericht: Rückenschmerz und Übungen" in flat
    assert "20. Oktober 2026 bis 2. November 2026 (2 Wochen)" in flat
    assert "liegt bei 4,8" in flat  # the reading's averages
    assert re.search(r"−\d,\d\b", flat)  # the routines' session effect
    assert "Tagesdurchschnitt" in flat  # the chart's legend is drawn as text
    for english in ("Pain trend", "Exercise adherence", "Notes", "Oct 2026", "4.8"):
        assert english not in flat


def test_the_spanish_report_reads_spanish(tmp_path: Path) -> None:
    from backtimer.report.pdf import write_pdf

    content = _report(tmp_path, "es")
    write_pdf(content, tmp_path / "informe.pdf")
    flat = " ".join(_text(tmp_path / "informe.pdf").split())
    for heading in HEADINGS["es"]:
        assert heading in flat
    assert "Del 20 de octubre de 2026 al 2 de noviembre de 2026 (2 semanas)" in flat
    assert "es 4,8" in flat
    assert "Pain trend" not in flat


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_crowded_report_with_long_notes_keeps_two_pages_in_longer_languages(
    tmp_path: Path, language: str
) -> None:
    """German runs ~30 % longer than English: with every list full, long notes, check-ins and
    an urgent symptom the report is still two pages, every heading and column header is there
    and the notes are cut with "…"."""
    from backtimer.report.pdf import write_pdf

    content = _report(tmp_path, language)
    start = datetime(2026, 9, 7, 9)
    essay = "Den ganzen Tag steif, nach dem Spaziergang besser; Treppensteigen schwer. " * 40
    crowded = dataclasses.replace(
        with_full_tables(content),
        notes=tuple(NoteLine(date(2026, 9, 28), "after", essay) for _ in range(14)),
        notes_total=30,
        symptoms=tuple(
            SymptomLine(start + timedelta(hours=n), "before", 5, "Schmerz", n == 3)
            for n in range(40)
        ),
        activities=tuple(
            ActivityLine(f"Aktivität {n}", date(2026, 9, 7), 3, date(2026, 9, 28), 6, 4)
            for n in range(5)
        ),
        activities_reading="—",
    )
    pages = write_pdf(crowded, tmp_path / "report.pdf")
    assert pages == 2
    flat = " ".join(_text(tmp_path / "report.pdf").split())
    for heading in HEADINGS[language]:
        assert heading in flat
    for header in TABLE_HEADERS[language]:
        assert header in flat
    assert "…" in flat
    urgent_row = {"de": "7. Sept. 2026 12:00", "es": "7 sept 2026 12:00"}[language]
    assert urgent_row in flat  # the oldest, kept since it is urgent


def test_backtimer_report_follows_the_system_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`LANGUAGE=de backtimer report` writes the German report, as the GUI's Export would."""
    from backtimer.__main__ import main

    data = tmp_path / "data"
    with Journal.open(data / "journal.sqlite3") as journal:
        fill_sample_journal(journal)
    monkeypatch.setenv("LANGUAGE", "de")
    pdf = tmp_path / "bericht.pdf"
    argv = ["--data-dir", str(data), "report", "-o", str(pdf), "--from", "2026-10-20"]
    assert main([*argv, "--to", "2026-11-02"]) == 0
    flat = " ".join(_text(pdf).split())
    assert "Schmerzverlauf" in flat
    assert "20. Oktober 2026 bis 2. November 2026" in flat
