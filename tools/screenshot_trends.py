"""Render the trends page offscreen, light and dark, to look at it as a patient and a physio would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_trends.py [--out-dir /tmp]

Writes trends-light.png and trends-dark.png (six-month demo journal: improvement and a flare-up),
trends-empty.png (no data yet), trends-hover.png (hover label on a flare day) and
trends-decade.png (ten years, "All"). The journals are generated into a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from backtimer.insights.snapshot import JournalTrendsSource
from backtimer.journal.db import open_database
from backtimer.journal.demo import Story, write_demo_journal
from backtimer.ui.trends.trends_view import TrendsView

TODAY = date(2026, 6, 30)


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202326",
        QPalette.ColorRole.WindowText: "#E8E8E8",
        QPalette.ColorRole.Base: "#17191C",
        QPalette.ColorRole.AlternateBase: "#26292D",
        QPalette.ColorRole.Text: "#E8E8E8",
        QPalette.ColorRole.Button: "#2C3035",
        QPalette.ColorRole.ButtonText: "#E8E8E8",
        QPalette.ColorRole.Highlight: "#3D7CC9",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: "#2C3035",
        QPalette.ColorRole.ToolTipText: "#E8E8E8",
        QPalette.ColorRole.PlaceholderText: "#9AA0A6",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def render(app: QApplication, source: JournalTrendsSource, path: Path, **options: object) -> None:
    view = TrendsView(source)
    view.resize(1200, 760)
    view.show()
    while view.chart is None and not view.is_empty:
        app.processEvents()
    if options.get("days", "default") != "default":
        view.show_range(options["days"])  # type: ignore[arg-type]
    if "hover" in options and view.chart is not None:
        view.chart.hover_day(options["hover"])  # type: ignore[arg-type]
    for _ in range(5):
        app.processEvents()
    view.grab().save(str(path))
    print(f"wrote {path}")
    view.close()
    view.deleteLater()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    light = app.palette()
    with tempfile.TemporaryDirectory() as folder:
        journals = {}
        for story in (Story.RECOVERY, Story.DECADE):
            conn = open_database(Path(folder) / f"{story}.sqlite3")
            write_demo_journal(conn, story, TODAY)
            journals[story] = conn
        empty = open_database(Path(folder) / "empty.sqlite3")
        recovery = JournalTrendsSource(journals[Story.RECOVERY], today=lambda: TODAY)
        flare_day = date.fromordinal(TODAY.toordinal() - 181 + 119)
        render(app, recovery, args.out_dir / "trends-light.png")
        render(app, recovery, args.out_dir / "trends-hover.png", days=91, hover=flare_day)
        render(
            app, JournalTrendsSource(empty, today=lambda: TODAY), args.out_dir / "trends-empty.png"
        )
        render(app, JournalTrendsSource(journals[Story.DECADE], today=lambda: TODAY),
               args.out_dir / "trends-decade.png", days=None)  # fmt: skip
        app.setPalette(dark_palette())
        render(app, recovery, args.out_dir / "trends-dark.png")
        render(app, recovery, args.out_dir / "trends-dark-4weeks.png", days=28,
               hover=TODAY - timedelta(days=3))  # fmt: skip
        app.setPalette(light)
        for conn in (*journals.values(), empty):
            conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
