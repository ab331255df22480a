"""``backtimer export|import|report``: the journal in and out, as CSV or as a PDF for the physio.

Export reads the journal read-only, so it also works while the app is open; the PDF renderer
(QtGui, no widgets) is imported only when a report is asked for.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

from backtimer.cli.output import TerminalSafeText, say, warn
from backtimer.errors import UserFacingError
from backtimer.i18n import translate
from backtimer.journal import db
from backtimer.journal.export import DateRange, ExportKind, export_csv, write_export
from backtimer.journal.journal import Journal
from backtimer.paths import resolve_data_dir

IMPORT_ROWS_REFUSED = 1
"""Exit status of an import that refused some rows (and imported the rest); 2 is a whole
file refused, nothing imported from it."""
REPORT_DEFAULT_DAYS = 8 * 7
"""A physio usually sees someone every few weeks: the last eight weeks give the trend context."""


class DateRangeError(UserFacingError):
    """--from is after --to."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export",
        help=translate("CliExchange", "export the journal as CSV (sessions, or one row per step)"),
        description=translate(
            "CliExchange",
            "Write the journal as CSV for a spreadsheet: UTF-8 with BOM, a header row, "
            "ISO 8601 local times, '.' decimals. Columns: docs/data-format.md.",
        ),
    )
    export.add_argument(
        "--output",
        "-o",
        default="-",
        metavar="FILE",
        help=translate(
            "CliExchange",
            "the CSV file, or - for stdout, the default (control characters in notes shown as "
            "escapes)",
        ),
    )
    _add_range(export)
    what = export.add_mutually_exclusive_group()
    what.add_argument(
        "--steps",
        action="store_true",
        help=translate("CliExchange", "one row per step (and 'this hurts' report)"),
    )
    what.add_argument(
        "--checkins",
        action="store_true",
        help=translate(
            "CliExchange", "one row per weekly activity rating: day, activity, score, note"
        ),
    )
    export.set_defaults(handler=run_export)

    restore = subparsers.add_parser(
        "import",
        help=translate("CliExchange", "import CSV files this app exported (new laptop, recovery)"),
        description=translate(
            "CliExchange",
            "Add the contents of exported CSV files to the journal. Sessions files are "
            "read before steps files; check-ins files are recognised by their header; rows "
            "already in the journal are skipped. Rows with bad values are refused and counted "
            "by reason (exit status 1; the other rows are imported); a file that is not an "
            "export is refused whole (exit status 2).",
        ),
    )
    restore.add_argument("files", nargs="+", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_import)

    report = subparsers.add_parser(
        "report",
        help=translate(
            "CliExchange", "write a one- or two-page PDF summary for your physiotherapist"
        ),
        description=translate(
            "CliExchange",
            "Pain chart, trend reading, adherence, routines, 'this hurts' reports and "
            "notes. Default range: the last {weeks} weeks.",
        ).format(weeks=REPORT_DEFAULT_DAYS // 7),
    )
    report.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE.pdf",
        help=translate(
            "CliExchange",
            "the PDF to write (default: backtimer-report-LAST-DAY.pdf in this folder)",
        ),
    )
    _add_range(report)
    report.set_defaults(handler=run_report)


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", type=_day, metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=_day, metavar="DATE", help="YYYY-MM-DD")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CliExchange", "expected a date like 2026-11-24, got {text}").format(
                text=repr(text)
            )
        ) from None


def _range(args: argparse.Namespace) -> DateRange:
    if args.first and args.last and args.first > args.last:
        raise DateRangeError(
            translate("CliExchange", "--from {first} is after --to {last}.").format(
                first=args.first, last=args.last
            )
        )
    return DateRange(args.first, args.last)


def run_export(args: argparse.Namespace) -> int:
    days = _range(args)
    if getattr(args, "checkins", False):
        return _export_checkins(args, days)
    kind = ExportKind.STEPS if args.steps else ExportKind.SESSIONS
    conn = db.open_for_reading(resolve_data_dir(args.data_dir).journal_file)
    try:
        if args.output == "-":
            # No BOM on a pipe: the next program wants plain UTF-8.
            out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            rows = write_export(conn, TerminalSafeText(out), kind, days)
            out.flush()
            out.detach()
        else:
            rows = export_csv(conn, Path(args.output), kind, days).rows
            warn(_wrote_rows(rows, args.output))
    finally:
        conn.close()
    return 0


def _export_checkins(args: argparse.Namespace, days: DateRange) -> int:
    from backtimer.journal.checkin_exchange import export_checkins, write_checkins

    conn = db.open_for_reading(resolve_data_dir(args.data_dir).journal_file)
    try:
        if args.output == "-":
            out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            write_checkins(conn, TerminalSafeText(out), days)
            out.flush()
            out.detach()
        else:
            rows = export_checkins(conn, Path(args.output), days).rows
            warn(_wrote_rows(rows, args.output))
    finally:
        conn.close()
    return 0


def _wrote_rows(rows: int, output: str) -> str:
    if rows == 1:
        return translate("CliExchange", "Wrote 1 row to {file}").format(file=output)
    return translate("CliExchange", "Wrote {count} rows to {file}").format(count=rows, file=output)


def run_import(args: argparse.Namespace) -> int:
    from backtimer.journal.checkin_exchange import is_checkins_file
    from backtimer.journal.csv_import import ImportSummary, check_export_file, check_regular_file
    from backtimer.journal.imports import import_summaries

    for file in args.files:  # before anything opens them: a named pipe would block for ever
        check_regular_file(file)
    for file in args.files:  # a file refused whole is refused before the journal is opened
        if not is_checkins_file(file):
            check_export_file(file)
    paths = resolve_data_dir(args.data_dir)
    paths.ensure()
    with Journal.open(paths.journal_file) as journal:
        summaries = import_summaries(journal.connection, args.files)
    for summary in summaries:
        say(summary.describe())
    # Rows refused: the rest is in the journal, but a script must not take it for a clean import.
    refused = any(isinstance(s, ImportSummary) and s.refused_rows for s in summaries)
    return IMPORT_ROWS_REFUSED if refused else 0


def run_report(args: argparse.Namespace, today: date | None = None) -> int:
    from backtimer.report.content import build_report

    days = _range(args)
    today = today or date.today()
    conn = db.open_for_reading(resolve_data_dir(args.data_dir).journal_file)
    try:
        first, last = report_days(conn, days, today)
        if (days.first and first != days.first) or (days.last and last != days.last):
            warn(
                translate(
                    "CliExchange",
                    "The report covers {first} to {last}, the days the journal can speak for.",
                ).format(first=first, last=last)
            )
        content = build_report(conn, first, last)
    finally:
        conn.close()
    from backtimer.report.pdf import write_pdf  # QtGui only: loaded when a PDF is asked for

    output = args.output or Path(f"backtimer-report-{last.isoformat()}.pdf")
    pages = write_pdf(content, output)
    if pages == 1:
        wrote = translate("CliExchange", "Wrote {file} (1 page)")
    else:
        wrote = translate("CliExchange", "Wrote {file} ({count} pages)")
    warn(wrote.format(file=output, count=pages))
    return 0


EARLIEST_REPORT_DAY = date(1900, 1, 1)
LATEST_REPORT_DAY = date(2200, 12, 31)


def report_days(conn: sqlite3.Connection, days: DateRange, today: date) -> tuple[date, date]:
    """The report's range: as asked, but never before the journal's first entry nor after
    today (or its last entry), so ``--from 0001-01-01 --to 9999-12-31`` gives a readable report
    of everything instead of a chart of eight thousand years (and date overflows at its ends).
    Without ``--from``, the last ``REPORT_DEFAULT_DAYS`` days."""
    span = _journal_span(conn)
    lowest, highest = EARLIEST_REPORT_DAY, LATEST_REPORT_DAY
    if span is not None:
        lowest = max(lowest, span[0])
        highest = min(highest, max(span[1], today))
    else:
        highest = min(highest, today)
    last = min(max(days.last or today, lowest), highest)
    default_first = last - timedelta(days=REPORT_DEFAULT_DAYS - 1)
    first = max(days.first or default_first, lowest if days.first else default_first)
    first = min(max(first, EARLIEST_REPORT_DAY), last)
    return first, last


def _journal_span(conn: sqlite3.Connection) -> tuple[date, date] | None:
    """The first and last day the journal has anything for, or None when it is empty."""
    row = conn.execute(
        "SELECT min(day), max(day) FROM (SELECT day FROM session WHERE deleted_utc IS NULL"
        " UNION ALL SELECT day FROM pain UNION ALL SELECT day FROM flare_day"
        " UNION ALL SELECT day FROM activity_rating)"
    ).fetchone()
    try:
        return (date.fromisoformat(row[0]), date.fromisoformat(row[1])) if row[0] else None
    except (TypeError, ValueError):
        return None
