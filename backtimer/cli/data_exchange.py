"""``backtimer export|import|report``: the journal in and out, as CSV or as a PDF for the physio.

Export reads the journal read-only, so it also works while the app is open; the PDF renderer
(QtGui, no widgets) is imported only when a report is asked for.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date, timedelta
from pathlib import Path

from backtimer.errors import UserFacingError
from backtimer.journal import db
from backtimer.journal.export import DateRange, ExportKind, export_csv, write_export
from backtimer.journal.journal import Journal
from backtimer.paths import resolve_data_dir

REPORT_DEFAULT_DAYS = 8 * 7
"""A physio usually sees someone every few weeks: the last eight weeks give the trend context."""


class DateRangeError(UserFacingError):
    """--from is after --to."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export",
        help="export the journal as CSV (sessions, or one row per step)",
        description="Write the journal as CSV for a spreadsheet: UTF-8 with BOM, a header row, "
        "ISO 8601 local times, '.' decimals. Columns: docs/data-format.md.",
    )
    export.add_argument(
        "--output", "-o", required=True, metavar="FILE", help="the CSV file, or - for stdout"
    )
    _add_range(export)
    what = export.add_mutually_exclusive_group()
    what.add_argument(
        "--steps", action="store_true", help="one row per step (and 'this hurts' report)"
    )
    what.add_argument(
        "--checkins",
        action="store_true",
        help="one row per weekly activity rating: day, activity, score, note",
    )
    export.set_defaults(handler=run_export)

    restore = subparsers.add_parser(
        "import",
        help="import CSV files this app exported (new laptop, recovery)",
        description="Add the contents of exported CSV files to the journal. Sessions files are "
        "read before steps files; check-ins files are recognised by their header; rows already "
        "in the journal are skipped.",
    )
    restore.add_argument("files", nargs="+", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_import)

    report = subparsers.add_parser(
        "report",
        help="write a one- or two-page PDF summary for your physiotherapist",
        description="Pain chart, trend reading, adherence, routines, 'this hurts' reports and "
        f"notes. Default range: the last {REPORT_DEFAULT_DAYS // 7} weeks.",
    )
    report.add_argument("--output", "-o", required=True, type=Path, metavar="FILE.pdf")
    _add_range(report)
    report.set_defaults(handler=run_report)


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", type=_day, metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=_day, metavar="DATE", help="YYYY-MM-DD")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-11-24, got {text!r}") from None


def _range(args: argparse.Namespace) -> DateRange:
    if args.first and args.last and args.first > args.last:
        raise DateRangeError(f"--from {args.first} is after --to {args.last}.")
    return DateRange(args.first, args.last)


def run_export(args: argparse.Namespace) -> int:
    days = _range(args)
    if getattr(args, "checkins", False):
        return _export_checkins(args, days)
    kind = ExportKind.STEPS if args.steps else ExportKind.SESSIONS
    conn = db.open_read_only(resolve_data_dir(args.data_dir).journal_file)
    try:
        if args.output == "-":
            # No BOM on a pipe: the next program wants plain UTF-8.
            out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            rows = write_export(conn, out, kind, days)
            out.flush()
            out.detach()
        else:
            rows = export_csv(conn, Path(args.output), kind, days).rows
            print(f"Wrote {rows} rows to {args.output}", file=sys.stderr)
    finally:
        conn.close()
    return 0


def _export_checkins(args: argparse.Namespace, days: DateRange) -> int:
    from backtimer.journal.checkin_exchange import export_checkins, write_checkins

    conn = db.open_read_only(resolve_data_dir(args.data_dir).journal_file)
    try:
        if args.output == "-":
            out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            write_checkins(conn, out, days)
            out.flush()
            out.detach()
        else:
            rows = export_checkins(conn, Path(args.output), days).rows
            print(f"Wrote {rows} rows to {args.output}", file=sys.stderr)
    finally:
        conn.close()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from backtimer.journal.imports import import_files

    paths = resolve_data_dir(args.data_dir)
    paths.ensure()
    with Journal.open(paths.journal_file) as journal:
        for line in import_files(journal.connection, args.files):
            print(line)
    return 0


def run_report(args: argparse.Namespace, today: date | None = None) -> int:
    from backtimer.report.content import build_report

    days = _range(args)
    last = days.last or today or date.today()
    first = days.first or last - timedelta(days=REPORT_DEFAULT_DAYS - 1)
    if first > last:
        raise DateRangeError(f"--from {first} is after the report's last day {last}.")
    conn = db.open_read_only(resolve_data_dir(args.data_dir).journal_file)
    try:
        content = build_report(conn, first, last)
    finally:
        conn.close()
    from backtimer.report.pdf import write_pdf  # QtGui only: loaded when a PDF is asked for

    pages = write_pdf(content, args.output)
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''})", file=sys.stderr)
    return 0
