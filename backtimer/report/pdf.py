"""Render the physio report to PDF with QtGui only (QPdfWriter, QPainter, QTextDocument).

No widgets, so ``backtimer report`` works on a server or over SSH: a QGuiApplication is created
on the offscreen platform when there is no display. Everything is drawn in black and grey with
distinct markers, dash patterns and hatching, because reports are often printed in black and white.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import os
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from backtimer import __version__
from backtimer.control_chars import without_controls
from backtimer.i18n import QT_TRANSLATE_NOOP, decimal, translate
from backtimer.insights.reading import format_day, format_day_month
from backtimer.journal.export import ExportError, write_file_atomically
from backtimer.report.content import ChartDay, ReportContent, SymptomLine

logger = logging.getLogger(__name__)

MAX_PAGES = 2
"""The report promises one or two pages; notes give way (latest kept) until it fits."""
NOTE_CHARS = 280
NOTE_LINES = 4
MAX_WEEK_ROWS = 16
MAX_ROUTINE_ROWS = 12
MAX_SYMPTOM_ROWS = 12
"""Symptom rows shown; urgent ones always, and a count of every kind when some are left out
(a person with sciatica may tick "pain down a leg" with every score)."""
MIN_SYMPTOM_ROWS = 4
MIN_HURT_ROWS = 3
MIN_WEEK_ROWS = 4
MIN_ROUTINE_ROWS = 3
CHART_SIZE = (2400, 950)
"""Chart pixels: 8 × 3.2 inches at 300 dpi, sharp on paper."""
_CHART_URL = QUrl("backtimer://pain-chart.png")
_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; make one (offscreen without a display)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


@dataclasses.dataclass(frozen=True)
class Rows:
    """How many weekly and routine rows the tables show (the rest are summed up in words)."""

    weeks: int = MAX_WEEK_ROWS
    routines: int = MAX_ROUTINE_ROWS
    symptoms: int = MAX_SYMPTOM_ROWS


def write_pdf(content: ReportContent, destination: Path) -> int:
    """Write the report to ``destination`` (replaced atomically); returns the page count.

    Never more than ``MAX_PAGES`` while lists can give way, in this order: the oldest notes,
    the oldest weeks of the adherence table, the oldest "this hurts" reports, the least used
    routines, the oldest non-urgent symptom rows (each table says how many it shows; urgent
    symptoms are always listed).
    """
    ensure_gui_application()
    folder = destination.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise ExportError(
            translate(
                "Report",
                "Cannot write in the folder {folder}: it does not exist or is not writable. "
                "Choose a folder you can write to.",
            ).format(folder=folder)
        )
    rows = Rows()
    data = render_pdf(content, rows)
    for give_way in (_fewer_notes, _fewer_weeks, _fewer_hurts, _fewer_routines, _fewer_symptoms):
        while _page_count(data) > MAX_PAGES and (smaller := give_way(content, rows)) is not None:
            content, rows = smaller
            data = render_pdf(content, rows)
    pages = _page_count(data)
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:] or pages < 1:
        raise ExportError(
            translate(
                "Report", "The report could not be drawn, so {destination} was not written."
            ).format(destination=destination)
        )
    write_file_atomically(destination, data)
    return pages


def _fewer_notes(content: ReportContent, rows: Rows) -> tuple[ReportContent, Rows] | None:
    if len(content.notes) <= 1:
        return None
    return dataclasses.replace(content, notes=content.notes[len(content.notes) // 2 :]), rows


def _fewer_weeks(content: ReportContent, rows: Rows) -> tuple[ReportContent, Rows] | None:
    if rows.weeks <= MIN_WEEK_ROWS or len(content.weeks) <= MIN_WEEK_ROWS:
        return None
    weeks = max(MIN_WEEK_ROWS, min(rows.weeks, len(content.weeks)) // 2)
    return content, dataclasses.replace(rows, weeks=weeks)


def _fewer_hurts(content: ReportContent, rows: Rows) -> tuple[ReportContent, Rows] | None:
    if len(content.hurts) <= MIN_HURT_ROWS:
        return None
    kept = max(MIN_HURT_ROWS, len(content.hurts) // 2)
    return dataclasses.replace(content, hurts=content.hurts[-kept:]), rows


def _fewer_routines(content: ReportContent, rows: Rows) -> tuple[ReportContent, Rows] | None:
    if rows.routines <= MIN_ROUTINE_ROWS or len(content.routines) <= MIN_ROUTINE_ROWS:
        return None
    routines = max(MIN_ROUTINE_ROWS, min(rows.routines, len(content.routines)) // 2)
    return content, dataclasses.replace(rows, routines=routines)


def _fewer_symptoms(content: ReportContent, rows: Rows) -> tuple[ReportContent, Rows] | None:
    if rows.symptoms <= MIN_SYMPTOM_ROWS or len(content.symptoms) <= MIN_SYMPTOM_ROWS:
        return None
    symptoms = max(MIN_SYMPTOM_ROWS, min(rows.symptoms, len(content.symptoms)) // 2)
    return content, dataclasses.replace(rows, symptoms=symptoms)


def render_pdf(content: ReportContent, rows: Rows | None = None) -> bytes:
    """The report as PDF bytes.

    Rendered in memory: QPdfWriter reports no write errors, so a full disk would otherwise leave
    a truncated PDF behind a success message. Python writes the bytes, and checks the write.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(
        translate("Report", "Back pain and exercise report {first} to {last}").format(
            first=content.first_day, last=content.last_day
        )
    )
    writer.setCreator(f"Backtimer {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            # The 2 mm print_ would set on a margin-less writer, set before laying out, so
            # keep_headings_with_next measures the very page print_ fills (it adds 2 cm
            # margins and page numbers inside it).
            QMarginsF(2, 2, 2, 2),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = build_document(content, rows or Rows())
    keep_headings_with_next(document, writer)
    document.print_(writer)
    del writer  # finishes the PDF
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def _page_count(pdf: bytes) -> int:
    """Pages in a PDF Qt wrote (each page object is ``/Type /Page``; the tree is ``/Pages``)."""
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def build_document(content: ReportContent, rows: Rows | None = None) -> QTextDocument:
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_STYLE)
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        _CHART_URL,
        draw_chart(content.chart, content.flare_days, content.first_day, content.last_day),
    )
    document.setHtml(report_html(content, rows or Rows()))
    return document


KEEP_AFTER_HEADING_MM = 20.0
"""A section heading needs this much room under it on its page, or it starts the next page."""


def keep_headings_with_next(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Move a section heading that would sit alone at the foot of a page to the next page.

    Qt's HTML has no "keep with next", so the document is laid out as ``print_`` lays it out
    (same device, page size and 2 cm margins) and a page break is put before any heading with
    less than ``KEEP_AFTER_HEADING_MM`` of room under it; repeated, since each move shifts the
    rest.
    """
    for _ in range(_heading_count(document)):
        moved = False
        for heading, room in heading_rooms(document, device):
            if room < KEEP_AFTER_HEADING_MM / 25.4 * device.logicalDpiY():
                cursor = QTextCursor(heading)
                block_format = heading.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                moved = True
                break
        if not moved:
            return


def heading_rooms(
    document: QTextDocument, device: QPagedPaintDevice
) -> list[tuple[QTextBlock, float]]:
    """Each not yet moved section heading (of ``document``) and the room under it, in pixels."""
    source_dpi = _source_dpi()
    margin = int((2 / 2.54) * source_dpi)
    clone = document.clone()
    layout = clone.documentLayout()
    layout.setPaintDevice(device)
    frame = clone.rootFrame().frameFormat()
    for setter in (
        frame.setLeftMargin,
        frame.setRightMargin,
        frame.setTopMargin,
        frame.setBottomMargin,
    ):
        setter(margin)
    clone.rootFrame().setFrameFormat(frame)
    clone.setPageSize(QSizeF(device.width(), device.height()))
    page_height = device.height()
    bottom_margin = margin * device.logicalDpiY() / source_dpi
    rooms = []
    original, block = document.begin(), clone.begin()
    while block.isValid() and original.isValid():
        policy = original.blockFormat().pageBreakPolicy()
        if (
            block.blockFormat().headingLevel() == 2
            and not policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        ):
            rect = layout.blockBoundingRect(block)
            page_end = (int(rect.top() // page_height) + 1) * page_height - bottom_margin
            rooms.append((original, page_end - rect.bottom()))
        original, block = original.next(), block.next()
    return rooms


def _heading_count(document: QTextDocument) -> int:
    block, count = document.begin(), 0
    while block.isValid():
        count += block.blockFormat().headingLevel() == 2
        block = block.next()
    return count


def _source_dpi() -> int:
    """The dpi ``QTextDocument.print_`` lays its 2 cm margins out in (Qt's default dpi)."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 100


_STYLE = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 12px; margin-bottom: 3px; border-bottom: 1px solid #000; }
.meta { color: #333; }
.headline { font-size: 11pt; font-weight: bold; }
table { border-collapse: collapse; }
th { text-align: left; border-bottom: 1px solid #000; padding: 2px 6px 2px 0; }
td { padding: 1px 6px 1px 0; vertical-align: top; }
td.n { text-align: right; }
.bar { font-family: 'DejaVu Sans Mono'; color: #777777; }
.small { font-size: 8pt; color: #333; }
"""


def report_html(content: ReportContent, rows: Rows | None = None) -> str:
    """The report as HTML, in the current language (``backtimer.i18n``)."""
    rows = rows or Rows()
    meta = translate("Report", "{first} to {last} ({length}) · from the Backtimer journal")
    adherence = translate(
        "Report",
        "{sessions} ({completed} completed), {minutes} of exercise in total: on average "
        "{per_week}.",
    )
    scale = translate(
        "Report",
        "Pain 0 (none) to 10 (worst imaginable), as rated by the patient before and after "
        "exercise and at other times. One point per day (the day's average). The 7-day line and "
        "the reading above use the scores before sessions and at other times only.",
    )
    parts = [
        _tag("h1", translate("Report", "Back pain and exercise report")),
        "<p class='meta'>"
        + _e(
            meta.format(
                first=_day(content.first_day),
                last=_day(content.last_day),
                length=_weeks_text(content),
            )
        )
        + "</p>",
        _urgent_notice(content),
        _tag("h2", translate("Report", "Pain trend")),
        f"<p><span class='headline'>{_e(content.headline)}.</span> {_e(content.reading)}</p>",
        f"<p><img src='{_CHART_URL.toString()}' width='640'></p>",
        f"<p class='small'>{_e(scale)}{_flare_days_text(content)}</p>",
        _tag("h2", translate("Report", "Exercise adherence")),
        _tag(
            "p",
            adherence.format(
                sessions=_count(content.sessions, _ONE_SESSION, _SESSIONS),
                completed=content.completed_sessions,
                minutes=_minutes(content.minutes),
                per_week=content.per_week_text,
            ),
        ),
        _weeks_table(content, rows.weeks),
        _tag("h2", translate("Report", "Routines done")),
        _routines_table(content, rows.routines),
        _tag("h2", translate("Report", "“This hurts” reports during exercise")),
        _hurts_table(content),
        _tag("h2", translate("Report", "Leg, nerve and urgent symptoms")),
        _symptoms_table(content, rows.symptoms),
        _tag("h2", translate("Report", "Everyday activities (weekly check-in)")),
        _activities_table(content),
        _tag("h2", translate("Report", "Notes")),
        _notes_table(content),
    ]
    return "\n".join(parts)


_ONE_SESSION = QT_TRANSLATE_NOOP("Report", "1 session")
_SESSIONS = QT_TRANSLATE_NOOP("Report", "{count} sessions")
_ONE_WEEK = QT_TRANSLATE_NOOP("Report", "1 week")
_WEEKS = QT_TRANSLATE_NOOP("Report", "{count} weeks")
_ONE_DAY = QT_TRANSLATE_NOOP("Report", "1 day")
_DAYS = QT_TRANSLATE_NOOP("Report", "{count} days")


def _tag(name: str, text: str, attributes: str = "") -> str:
    """``<name>text</name>`` with ``text`` escaped (a translation may hold "<" or "&")."""
    return f"<{name}{attributes}>{_e(text)}</{name}>"


def _count(count: int, one: str, other: str) -> str:
    """``one`` for exactly 1, else ``other`` with {count} filled; both marked in "Report"."""
    if count == 1:
        return translate("Report", one)
    return translate("Report", other).format(count=count)


def _header(*columns: str) -> str:
    """A table's header row; ``columns`` are translated already."""
    return "<thead><tr>" + "".join(_tag("th", column) for column in columns) + "</tr></thead>"


def _urgent_notice(content: ReportContent) -> str:
    """Urgent symptoms first thing on page 1, not only in their table further down."""
    days = sorted({line.when.date() for line in content.symptoms if line.urgent})
    if not days:
        return ""
    listed = ", ".join(_day(day) for day in days[:5]) + (" …" if len(days) > 5 else "")
    notice = translate(
        "Report",
        "Urgent symptoms logged on {days}: numbness around the genitals or back passage, or "
        "bladder or bowel changes (see “Leg, nerve and urgent symptoms”).",
    )
    return f"<p><b>{_e(notice.format(days=listed))}</b></p>"


def _flare_days_text(content: ReportContent) -> str:
    """How many days the patient marked as flare-ups (the shaded days), or nothing."""
    count = len(content.flare_days)
    if not count:
        return ""
    if count == 1:
        return " " + _e(translate("Report", "Shaded: 1 day the patient marked as a flare-up."))
    return " " + _e(
        translate("Report", "Shaded: {count} days the patient marked as a flare-up.").format(
            count=count
        )
    )


def _activities_table(content: ReportContent) -> str:
    """Activities the patient named, scored weekly 0 (can't do it) – 10 (as well as before)."""
    if not content.activities:
        return _tag("p", translate("Report", "No weekly activity check-ins in this period."))
    rows = "".join(
        f"<tr><td>{_e(line.label)}</td><td class='n'>{line.first_score}</td>"
        f"<td>{_cell_day(line.first_day)}</td><td class='n'>{line.last_score}</td>"
        f"<td>{_cell_day(line.last_day)}</td><td class='n'>{line.change:+d}</td>"
        f"<td class='n'>{line.ratings}</td></tr>"
        for line in content.activities
    )
    on = translate("Report", "on")
    header = _header(
        translate("Report", "Activity"),
        translate("Report", "First"),
        on,
        translate("Report", "Latest"),
        on,
        translate("Report", "Change"),
        translate("Report", "Check-ins"),
    )
    explained = translate(
        "Report",
        "Activities named by the patient, each rated weekly from 0 (can't do it) to 10 (as well "
        "as before the problem). A change of 2 points in the average, or 3 in one activity, is "
        "taken as meaningful.",
    )
    return (
        f"{_tag('p', content.activities_reading)}<table>{header}{rows}</table>"
        f"{_tag('p', explained, _SMALL)}"
    )


_SMALL = " class='small'"


def shown_symptoms(content: ReportContent, limit: int) -> tuple[SymptomLine, ...]:
    """Every urgent line, then the latest others up to ``limit`` rows in all, oldest first."""
    urgent = {line for line in content.symptoms if line.urgent}
    room = max(0, limit - len(urgent))
    others = [line for line in content.symptoms if not line.urgent]
    kept = urgent | set(others[len(others) - room :] if room else [])
    return tuple(line for line in content.symptoms if line in kept)


def _symptom_counts(lines: tuple[SymptomLine, ...]) -> str:
    """ "pain down a leg 56 times; numbness, tingling or weakness 12 times" """
    counts: dict[str, int] = {}
    for line in lines:
        for words in line.symptoms.split("; "):
            counts[words] = counts.get(words, 0) + 1
    return "; ".join(
        translate("Report", "{symptoms} 1 time").format(symptoms=words)
        if count == 1
        else translate("Report", "{symptoms} {count} times").format(symptoms=words, count=count)
        for words, count in counts.items()
    )


def _symptoms_table(content: ReportContent, limit: int = MAX_SYMPTOM_ROWS) -> str:
    if not content.symptoms:
        return _tag("p", translate("Report", "None reported in this period."))
    shown = shown_symptoms(content, limit)
    summary = (
        ""
        if len(shown) == len(content.symptoms)
        else _tag(
            "p",
            translate(
                "Report",
                "{shown} of {total} shown (every urgent one, then the latest). In this period: "
                "{counts}.",
            ).format(
                shown=len(shown),
                total=len(content.symptoms),
                counts=_symptom_counts(content.symptoms),
            ),
            _SMALL,
        )
    )
    rows = "".join(
        f"<tr><td>{_when(line.when)}</td><td>{_e(_source(line.source))}</td>"
        f"<td class='n'>{'' if line.score is None else line.score}</td>"
        f"<td>{'<b>' if line.urgent else ''}{_e(line.symptoms)}{'</b>' if line.urgent else ''}"
        "</td></tr>"
        for line in shown
    )
    header = _header(
        translate("Report", "When"),
        translate("Report", "With"),
        translate("Report", "Pain"),
        translate("Report", "Symptoms"),
    )
    return f"<table>{header}{rows}</table>{summary}"


def _weeks_text(content: ReportContent) -> str:
    """The range's length: "2 weeks", "2 weeks 3 days", "5 days"."""
    days = (content.last_day - content.first_day).days + 1
    if days < 7:
        return _count(days, _ONE_DAY, _DAYS)
    weeks = _count(days // 7, _ONE_WEEK, _WEEKS)
    if not days % 7:
        return weeks
    return translate("Report", "{weeks} {days}").format(
        weeks=weeks, days=_count(days % 7, _ONE_DAY, _DAYS)
    )


def _weeks_table(content: ReportContent, shown_rows: int = MAX_WEEK_ROWS) -> str:
    if not content.weeks:
        return _tag("p", translate("Report", "No sessions in this period."))
    weeks = content.weeks[-shown_rows:]
    top = max(week.minutes for week in weeks) or 1
    rows = "".join(
        f"<tr><td>{_cell_day(week.week_start)}</td><td class='n'>{week.sessions}</td>"
        f"<td class='n'>{week.minutes:.0f}</td>"
        f"<td><span class='bar'>{'█' * round(20 * week.minutes / top)}</span></td></tr>"
        for week in weeks
    )
    shown = (
        ""
        if len(weeks) == len(content.weeks)
        else _tag(
            "p",
            translate(
                "Report", "The latest {shown} of {total} weeks; the totals above cover them all."
            ).format(shown=len(weeks), total=len(content.weeks)),
            _SMALL,
        )
    )
    header = _header(
        translate("Report", "Week of"),
        translate("Report", "Sessions"),
        translate("Report", "Minutes"),
        "",
    )
    return f"<table>{header}{rows}</table>{shown}"


def _routines_table(content: ReportContent, shown_rows: int = MAX_ROUTINE_ROWS) -> str:
    if not content.routines:
        return _tag("p", translate("Report", "None in this period."))
    rows = "".join(
        f"<tr><td>{_e(line.title)}</td><td class='n'>{line.sessions}</td>"
        f"<td class='n'>{line.minutes:.0f}</td><td class='n'>{_change(line.mean_change)}</td></tr>"
        for line in content.routines[:shown_rows]
    )
    hidden = len(content.routines) - shown_rows
    if hidden > 0:
        more = translate(
            "Report", "… and {count} more (the CSV export lists every session)"
        ).format(count=hidden)
        rows += "<tr>" + _tag("td", more, " colspan='4'") + "</tr>"
    header = _header(
        translate("Report", "Routine"),
        translate("Report", "Sessions"),
        translate("Report", "Minutes"),
        translate("Report", "Session effect: pain after − before (average of 3 or more)"),
    )
    return f"<table>{header}{rows}</table>"


def _hurts_table(content: ReportContent) -> str:
    if not content.hurts:
        return _tag("p", translate("Report", "None in this period."))
    rows = "".join(
        f"<tr><td>{_when(hurt.when)}</td><td>{_e(hurt.exercise)}</td>"
        f"<td class='n'>{'' if hurt.score is None else hurt.score}</td>"
        f"<td>{_e(_action(hurt.action))}</td></tr>"
        for hurt in content.hurts
    )
    shown = _shown(len(content.hurts), content.hurts_total)
    header = _header(
        translate("Report", "When"),
        translate("Report", "Exercise"),
        translate("Report", "Pain"),
        translate("Report", "Then"),
    )
    return f"<table>{header}{rows}</table>{shown}"


_ACTIONS = {
    "easier": QT_TRANSLATE_NOOP("Report", "switched to an easier version"),
    "skipped": QT_TRANSLATE_NOOP("Report", "skipped the exercise"),
    "stopped": QT_TRANSLATE_NOOP("Report", "stopped the session"),
    "continued": QT_TRANSLATE_NOOP("Report", "carried on"),
}
_SOURCES = {
    "session": QT_TRANSLATE_NOOP("Report", "session"),
    "before": QT_TRANSLATE_NOOP("Report", "before"),
    "after": QT_TRANSLATE_NOOP("Report", "after"),
    "pain check": QT_TRANSLATE_NOOP("Report", "pain check"),
    "flare day": QT_TRANSLATE_NOOP("Report", "flare day"),
}
"""Where a note or a symptom was written, as ``content`` names it, in words."""


def _action(action: str) -> str:
    return translate("Report", _ACTIONS[action]) if action in _ACTIONS else action


def _source(source: str) -> str:
    return translate("Report", _SOURCES[source]) if source in _SOURCES else source


def _notes_table(content: ReportContent) -> str:
    if not content.notes:
        return _tag("p", translate("Report", "No notes in this period."))
    rows = "".join(
        f"<tr><td>{_cell_day(note.day)}</td><td>{_e(_source(note.source))}</td>"
        f"<td>{_e(shortened(note.text)).replace(chr(10), '<br>')}</td></tr>"
        for note in content.notes
    )
    shown = _shown(len(content.notes), content.notes_total)
    header = _header(
        translate("Report", "Day"), translate("Report", "Written"), translate("Report", "Note")
    )
    return f"<table>{header}{rows}</table>{shown}"


def _shown(shown: int, total: int) -> str:
    if shown == total:
        return ""
    return _tag(
        "p",
        translate("Report", "The latest {shown} of {total}; the CSV export lists them all.").format(
            shown=shown, total=total
        ),
        _SMALL,
    )


def shortened(text: str, chars: int = NOTE_CHARS, lines: int = NOTE_LINES) -> str:
    """A note cut to fit its row, ending in "…" when cut (the CSV export has the whole text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    kept = text.split("\n")[:lines]
    cut = "\n".join(kept)
    if len(cut) > chars:
        cut = cut[:chars].rstrip()
    return cut if cut == text else cut.rstrip() + "…"


def _e(text: str) -> str:
    """HTML-escaped user text with control and bidi characters dropped (a U+202E would show the
    rest of the line backwards, and a physio could misread it)."""
    return html.escape(without_controls(text.replace("\r\n", "\n").replace("\r", "\n")))


MONTH_NAMES = (
    QT_TRANSLATE_NOOP("ReportDate", "Jan"),
    QT_TRANSLATE_NOOP("ReportDate", "Feb"),
    QT_TRANSLATE_NOOP("ReportDate", "Mar"),
    QT_TRANSLATE_NOOP("ReportDate", "Apr"),
    QT_TRANSLATE_NOOP("ReportDate", "May"),
    QT_TRANSLATE_NOOP("ReportDate", "Jun"),
    QT_TRANSLATE_NOOP("ReportDate", "Jul"),
    QT_TRANSLATE_NOOP("ReportDate", "Aug"),
    QT_TRANSLATE_NOOP("ReportDate", "Sep"),
    QT_TRANSLATE_NOOP("ReportDate", "Oct"),
    QT_TRANSLATE_NOOP("ReportDate", "Nov"),
    QT_TRANSLATE_NOOP("ReportDate", "Dec"),
)
"""Month names of the report's dates in sentences: short in English ("2 Dec 2026"); a translation
may write them in full ("2. Dezember 2026"). Not Python's ``%b``, which follows the process's
locale, not the report's language."""


def _day(day: date) -> str:
    """A date in a sentence: "2 Dec 2026", "2. Dezember 2026", "2 de diciembre de 2026"."""
    return translate("ReportDate", "{day} {month} {year}").format(
        day=day.day, month=translate("ReportDate", MONTH_NAMES[day.month - 1]), year=day.year
    )


def _cell_day(day: date) -> str:
    """A date in a table: "2 Dec 2026", "2. Dez. 2026", "2 dic 2026" (the trend reading's
    short months, so seven columns keep each date on one line)."""
    return format_day(day, _reading_tr)


def _reading_tr(text: str) -> str:
    return translate("reading", text)


def _when(moment: datetime) -> str:
    return f"{_cell_day(moment.date())} {moment:%H:%M}"


def _minutes(minutes: float) -> str:
    hours, rest = divmod(round(minutes), 60)
    if hours:
        return translate("adherence", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{rest:02d}"
        )
    return translate("adherence", "{minutes} min").format(minutes=rest)


def _change(change: float | None) -> str:
    """ "+0.4", "−1.2" (a true minus sign; a decimal comma where the language writes one)."""
    if change is None:
        return "–"
    text = decimal(change, 1)
    return (text if text.startswith("-") else "+" + text).replace("-", "−")


# --- the chart ---------------------------------------------------------------------------------


def draw_chart(
    days: tuple[ChartDay, ...], flare_days: tuple[date, ...], first: date, last: date
) -> QImage:
    """Daily means (circles on a thin line), 7-day mean (thick dashes), flare days (hatched)."""
    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(11811)  # 300 dpi
    image.setDotsPerMeterY(11811)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(36)
    painter.setFont(font)
    plot = QRectF(110, 70, width - 150, height - 150)
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return plot.left() + (day - first).days / span * plot.width()

    def y_of(score: float) -> float:
        return plot.bottom() - score / 10 * plot.height()

    day_width = plot.width() / span
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#777777"), Qt.BrushStyle.BDiagPattern))
    painter.setClipRect(plot)
    for day in flare_days:
        painter.drawRect(QRectF(x_of(day) - day_width / 2, plot.top(), day_width, plot.height()))
    painter.setClipping(False)
    _draw_axes(painter, plot, first, last, x_of, y_of)
    if not days:
        painter.drawText(
            plot,
            Qt.AlignmentFlag.AlignCenter,
            translate("Report", "No pain ratings in this period"),
        )
        painter.end()
        return image
    painter.setPen(QPen(QColor("#555555"), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(x_of(days[0].day), y_of(days[0].mean)))
    for point in days[1:]:
        path.lineTo(x_of(point.day), y_of(point.mean))
    painter.drawPath(path)
    painter.setPen(QPen(QColor("black"), 3))
    painter.setBrush(QColor("white"))
    radius = 9 if len(days) <= 90 else 5
    for point in days:
        painter.drawEllipse(QPointF(x_of(point.day), y_of(point.mean)), radius, radius)
    rolling_pen = QPen(QColor("black"), 8, Qt.PenStyle.CustomDashLine)
    rolling_pen.setDashPattern([3, 1.5])
    painter.setPen(rolling_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    segment: list[QPointF] = []
    for day_or_end in [*days, None]:
        if day_or_end is not None and day_or_end.rolling is not None:
            segment.append(QPointF(x_of(day_or_end.day), y_of(day_or_end.rolling)))
            continue
        if len(segment) > 1:
            painter.drawPolyline(segment)
        segment = []
    _draw_legend(painter, plot, radius, rolling_pen)
    painter.end()
    return image


def _draw_axes(
    painter: QPainter,
    plot: QRectF,
    first: date,
    last: date,
    x_of: Callable[[date], float],
    y_of: Callable[[float], float],
) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    grid = QPen(QColor("#bbbbbb"), 2, Qt.PenStyle.DotLine)
    for score in range(0, 11, 2):
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y_of(score)), QPointF(plot.right(), y_of(score)))
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(0, y_of(score) - 20, plot.left() - 15, 40),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(score),
        )
    painter.setPen(QPen(QColor("black"), 3))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    step = max(1, ((last - first).days + 1) // 8 // 7) * 7 if (last - first).days > 14 else 2
    # Offsets from the first day, never a day past the last: 9999-12-31 + a week overflows.
    for offset in range(0, (last - first).days + 1, step):
        day = first + timedelta(days=offset)
        x = x_of(day)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 10))
        painter.drawText(
            QRectF(x - 100, plot.bottom() + 14, 200, 40),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            format_day_month(day, _reading_tr),
        )
    painter.save()
    painter.translate(28, plot.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-150, -20, 300, 40),
        int(Qt.AlignmentFlag.AlignCenter),
        translate("Report", "Pain 0–10"),
    )
    painter.restore()


def _draw_legend(painter: QPainter, plot: QRectF, radius: float, rolling_pen: QPen) -> None:
    """One row above the plot; each entry is placed after the measured width of the previous."""
    metrics = QFontMetricsF(painter.font())
    y, x, gap = 30.0, plot.left() + 10, 60.0
    painter.setPen(QPen(QColor("#555555"), 3))
    painter.drawLine(QPointF(x, y), QPointF(x + 70, y))
    painter.setPen(QPen(QColor("black"), 3))
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(x + 35, y), radius, radius)
    x = _legend_label(painter, metrics, x + 85, y, translate("Report", "Daily average")) + gap
    painter.setPen(rolling_pen)
    painter.drawLine(QPointF(x, y), QPointF(x + 90, y))
    x = (
        _legend_label(
            painter, metrics, x + 105, y, translate("Report", "7-day average (3+ ratings)")
        )
        + gap
    )
    painter.setPen(QPen(QColor("black"), 2))
    painter.setBrush(QBrush(QColor("#777777"), Qt.BrushStyle.BDiagPattern))
    painter.drawRect(QRectF(x, y - 15, 50, 30))
    _legend_label(painter, metrics, x + 65, y, translate("Report", "Flare-up day"))


def _legend_label(
    painter: QPainter, metrics: QFontMetricsF, x: float, y: float, text: str
) -> float:
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(x, y + metrics.capHeight() / 2), text)
    return x + metrics.horizontalAdvance(text)
