"""App launch: process start to the main window's first paint, against a bare PySide6 window.

Each launch is a fresh interpreter (offscreen), bare and app alternated so machine noise hits
both alike; the figure is the ratio of medians. The app launches on a data folder holding a
six-month demo journal, with the first-run screen already seen, as a returning user's would.
The goal (issue #5): the chart does not raise launch time; the whole app stays ≤ 1.3× bare.

    .venv/bin/python benchmarks/bench_startup.py [--quick]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

CHILD = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            print("pyqtgraph" in sys.modules, flush=True)
            os._exit(0)
        return False

spy = FirstPaint()
app.installEventFilter(spy)
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
else:
    from backtimer.__main__ import main
    main(["--data-dir", sys.argv[2]])
"""


def _prepare(folder: Path) -> Path:
    from backtimer.journal.db import open_database
    from backtimer.journal.demo import Story, write_demo_journal

    data = folder / "data"
    data.mkdir()
    conn = open_database(data / "journal.sqlite3")
    write_demo_journal(conn, Story.RECOVERY, date.today())
    conn.close()
    config = folder / "config" / "Backtimer"
    config.mkdir(parents=True)
    (config / "backtimer.ini").write_text("[prefs]\nsafety_seen=true\n", encoding="utf-8")
    return data


def _launch(kind: str, data: Path, env: dict[str, str]) -> tuple[float, bool]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    return (time.perf_counter() - started) * 1000, done.stdout.strip().endswith("True")


def run(quick: bool = False) -> dict[str, object]:
    repeats = 3 if quick else 9
    with tempfile.TemporaryDirectory() as folder:
        data = _prepare(Path(folder))
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        _launch("bare", data, env)  # warm the file cache for both
        _launch("app", data, env)
        times: dict[str, list[float]] = {"bare": [], "app": []}
        chart_loaded = False
        for _ in range(repeats):
            for kind in times:
                elapsed, loaded = _launch(kind, data, env)
                times[kind].append(elapsed)
                chart_loaded |= kind == "app" and loaded
    bare, app = statistics.median(times["bare"]), statistics.median(times["app"])
    return {
        "bare_window_first_paint_ms": round(bare, 1),
        "app_first_paint_ms": round(app, 1),
        "app_over_bare": round(app / bare, 2),
        "goal_app_over_bare": 1.3,
        "pyqtgraph_loaded_before_first_paint": chart_loaded,
        "runs_each": repeats,
    }


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
