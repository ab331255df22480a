"""Pain-trend chart on a ten-year journal: time to a painted chart, pan/zoom frames, launch cost.

Figures (offscreen, medians):

* ``open_to_chart_paint_ms``: from ``TrendsView(...)`` to the chart's first paint, pyqtgraph
  already imported (as after the app's background pre-import). ``..._cold_ms`` is the same in a
  fresh interpreter, import included; ``snapshot_load_ms`` is the SQL part alone.
* ``pan_frame_ms`` / ``zoom_frame_ms`` (median, p95): one range change plus a synchronous repaint,
  at the default one-year range and at "All" (ten years).
* ``launch_ratio``: time to first paint of a window holding the trends page (empty journal) over
  that of a bare QMainWindow, each in a fresh interpreter, alternated; goal ≤ 1.3.
  ``launch_ratio_vs_journal_only`` divides by a window that opens the journal and imports the
  insights (as the app's composition root does anyway) without the page: the page's own cost.

Run alone: ``python benchmarks/bench_chart.py [--quick]``; or via benchmarks/run.py.
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 6, 30)

# Child: open the trends page on the journal and time creation → first chart paint.
OPEN_CHILD = """
import json, sys, time
t_start = time.perf_counter()
from datetime import date
from PySide6.QtWidgets import QApplication
from backtimer.insights.snapshot import JournalTrendsSource
from backtimer.journal.db import open_database
from backtimer.ui.trends.trends_view import TrendsView
app = QApplication([])
conn = open_database(sys.argv[1])
source = JournalTrendsSource(conn, today=lambda: date.fromisoformat(sys.argv[2]))
painted = []
started = time.perf_counter()
view = TrendsView(source)
view.chart_painted.connect(lambda: painted.append(time.perf_counter()))
view.resize(1200, 760)
view.show()
while not painted:
    app.processEvents()
print(json.dumps({"cold_ms": (painted[0] - started) * 1000}))
"""

# Child: a window at first paint, bare or holding the trends page; prints when it has painted.
LAUNCH_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
if sys.argv[1] in ("journal", "trends"):
    from datetime import date
    from backtimer.insights.snapshot import JournalTrendsSource
    from backtimer.journal.db import open_database
    source = JournalTrendsSource(open_database(sys.argv[2]), today=date.today)
if sys.argv[1] == "trends":
    from backtimer.ui.trends.trends_view import TrendsView
    window.setCentralWidget(TrendsView(source))
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", "pyqtgraph" in sys.modules, flush=True)
            sys.stdout.flush()
            import os; os._exit(0)
        return False
spy = FirstPaint()
window.installEventFilter(spy)
window.resize(1200, 760)
window.show()
app.exec()
"""


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _make_journal(folder: Path) -> Path:
    from backtimer.journal.db import open_database
    from backtimer.journal.demo import Story, write_demo_journal

    path = folder / "decade.sqlite3"
    conn = open_database(path)
    write_demo_journal(conn, Story.DECADE, TODAY)
    conn.close()
    return path


def _launch_once(kind: str, empty_journal: Path) -> tuple[float, bool]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH_CHILD, kind, str(empty_journal)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    elapsed = (time.perf_counter() - started) * 1000
    _, loaded = done.stdout.split()[:2]
    return elapsed, loaded == "True"


def _measure_in_process(path: Path, repeats: int, frames: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from backtimer.insights.snapshot import JournalTrendsSource, load_snapshot
    from backtimer.journal.db import open_database
    from backtimer.ui.trends.trends_view import CHART_MODULE, TrendsView

    app = QApplication.instance() or QApplication([])
    # As after the app's idle-time pre-import (trends_view.preload_chart_when_idle);
    # the cold figure, import included, comes from fresh interpreters.
    importlib.import_module(CHART_MODULE)
    conn = open_database(path)
    source = JournalTrendsSource(conn, today=lambda: TODAY)
    loads = []
    for _ in range(repeats):
        started = time.perf_counter()
        load_snapshot(conn, TODAY)
        loads.append((time.perf_counter() - started) * 1000)

    opens: list[float] = []
    view = None
    for _ in range(repeats):
        if view is not None:
            view.close()
            view.deleteLater()
            app.processEvents()
        painted: list[float] = []
        started = time.perf_counter()
        view = TrendsView(source)
        view.chart_painted.connect(lambda stamps=painted: stamps.append(time.perf_counter()))
        view.resize(1200, 760)
        view.show()
        while not painted:
            app.processEvents()
        opens.append((painted[0] - started) * 1000)

    chart = view.chart
    canvas = chart._canvas
    box = chart.view_box
    results: dict[str, float] = {
        "snapshot_load_ms": statistics.median(loads),
        "open_to_chart_paint_ms": statistics.median(opens),
        "open_to_chart_paint_max_ms": max(opens),
    }
    for range_name, days in (("1y", 365), ("all", None)):
        view.show_range(days)
        app.processEvents()
        for action in ("pan", "zoom"):
            times = []
            for index in range(frames):
                (left, right), _ = box.viewRange()
                width = right - left
                started = time.perf_counter()
                if action == "pan":
                    shift = width * 0.02 * (1 if index % 20 < 10 else -1)
                    box.setXRange(left + shift, right + shift, padding=0)
                else:
                    factor = 0.97 if index % 20 < 10 else 1 / 0.97
                    middle = (left + right) / 2
                    box.setXRange(
                        middle - width * factor / 2, middle + width * factor / 2, padding=0
                    )
                canvas.viewport().repaint()
                times.append((time.perf_counter() - started) * 1000)
            results[f"{action}_frame_{range_name}_median_ms"] = statistics.median(times)
            results[f"{action}_frame_{range_name}_p95_ms"] = _percentile(times, 0.95)
    results["markers_hidden_at_all"] = float(not chart._before.isVisible())
    view.close()
    view.deleteLater()
    app.processEvents()
    conn.close()
    return results


def run(quick: bool = False) -> dict[str, object]:
    from backtimer.journal.db import open_database

    repeats = 5 if quick else 7
    frames = 40 if quick else 120
    with tempfile.TemporaryDirectory() as folder:
        path = _make_journal(Path(folder))
        colds = []
        for _ in range(3 if quick else 5):
            done = subprocess.run(
                [sys.executable, "-c", OPEN_CHILD, str(path), TODAY.isoformat()],
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            colds.append(json.loads(done.stdout.splitlines()[-1])["cold_ms"])
        figures: dict[str, object] = _measure_in_process(path, repeats, frames)
        figures["open_to_chart_paint_cold_ms"] = statistics.median(colds)
        empty = Path(folder) / "empty.sqlite3"
        open_database(empty).close()
        launches: dict[str, list[float]] = {"bare": [], "journal": [], "trends": []}
        leaked = False
        for _ in range(repeats):
            for kind, times in launches.items():
                elapsed, loaded = _launch_once(kind, empty)
                times.append(elapsed)
                leaked = leaked or loaded
    medians = {kind: statistics.median(times) for kind, times in launches.items()}
    figures["launch_bare_first_paint_ms"] = medians["bare"]
    figures["launch_with_journal_first_paint_ms"] = medians["journal"]
    figures["launch_with_trends_first_paint_ms"] = medians["trends"]
    figures["launch_ratio"] = medians["trends"] / medians["bare"]
    figures["launch_ratio_vs_journal_only"] = medians["trends"] / medians["journal"]
    figures["pyqtgraph_loaded_at_first_paint"] = leaked
    return {
        name: round(value, 2) if isinstance(value, float) else value
        for name, value in figures.items()
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:40s} {value}")
