"""App launch: process start to the first paint of a complete Today page, against a bare window.

Each launch is a fresh interpreter (offscreen), bare and app alternated so machine noise hits
both alike; the figure is the ratio of medians from the same run. The app launches on a data
folder holding a six-month demo journal, with the first-run screen already seen and the library
cache filled by a warm-up launch, as a returning user's would. The clock stops at the main
window's first paint event, and only counts if that frame is complete: the Today page is the
page shown and already names the routine suggested for today (a launch that paints an empty
shell first fails the benchmark). ``--screenshot PATH``
saves that first frame, rendered at the moment of the paint, so it can be looked at. The paint
is caught by an application-wide event filter installed as the event loop starts, so the many
events of building the app's widgets do not each pay for a Python call the bare window never
makes.

An installed wheel has its bytecode compiled by the installer, so the children get a bytecode
cache (in the temporary folder, filled by the warm-up launches) even where
``PYTHONDONTWRITEBYTECODE`` is set; ``--from-source`` measures launches that compile every module
instead (a checkout run with bytecode writing switched off).

Beside the two, a *static replica* launches: a plain script that builds the Today page's widgets
with its texts and nothing else (no journal, library or app code). It is the floor under any
Python launch of that page: what lies between it and the app is the app's own work (imports,
reading the journal, choosing the suggestion), and what lies between the bare window and it is
Qt laying out and drawing text, which no app code can avoid.

The goal (issue #15): the app's first complete frame within 1.5× a bare window's first paint.

    .venv/bin/python benchmarks/bench_startup.py [--quick] [--from-source] [--screenshot PNG]
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

GOAL_APP_OVER_BARE = 1.5

CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
kind, data_dir, screenshot = sys.argv[1], sys.argv[2], sys.argv[3]


def today_suggestion(window):
    # The routine the Today page suggests, as painted now; "" if the page is not shown or empty.
    for view in window.findChildren(QWidget):
        if type(view).__name__ in ("TodayView", "HomeView") and view.isVisible():
            title = getattr(view, "routine_title", None)
            return title.text() if title is not None and title.isVisible() else ""
    return ""


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            app.removeEventFilter(self)  # the grab below paints again
            today = "" if kind == "bare" else today_suggestion(watched)
            if screenshot:
                watched.grab().save(screenshot)
            report = {"chart": "pyqtgraph" in sys.modules, "today": today}
            print(json.dumps(report), flush=True)
            os._exit(0)
        return False


def watch():
    # Installed when the event loop starts: a Python filter costs every event a call, and the
    # events of building widgets (many more in the app) would weigh on the app's figure only.
    if any(window.isExposed() for window in QGuiApplication.topLevelWindows()):
        print("painted before the event loop started: cannot time it", file=sys.stderr)
        os._exit(3)
    app.installEventFilter(spy)


spy = FirstPaint()
QTimer.singleShot(0, watch)
if kind == "bare":
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
elif kind == "replica":
    exec(sys.argv[4])  # the REPLICA script
else:
    from backtimer.__main__ import main
    main(["--data-dir", data_dir])
"""


REPLICA = """
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout,
)

def text(words, size=15, bold=False):
    label = QLabel(words)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPixelSize(size)
    font.setBold(bold)
    label.setFont(font)
    return label

def card(page, *parts):
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    column = QVBoxLayout(frame)
    for part in parts:
        column.addWidget(part) if isinstance(part, QWidget) else column.addLayout(part)
    page.addWidget(frame)

window = QMainWindow()
for title in ("&File", "&Journal", "&Routines", "&Help"):
    window.menuBar().addMenu(title)
tabs = QTabWidget()
content = QWidget()
page = QVBoxLayout(content)
page.addWidget(text("Good morning — Wednesday 2 December", 26, True))
start = QPushButton("Start Core Control")
start.setFont(text("", 20, True).font())
card(page, text("Suggested for today"), text("Core Control", 22, True),
     text("Strength day: 2 of 3 strength sessions done this week. (about 19 minutes)"),
     text("✔ Done today", bold=True), start)
card(page, text("Log tomorrow morning", 18, True),
     text("Not enough information to progress yet: log your pain tomorrow morning "
          "(Journal › Log pain now, before noon) so we can see that it settled."),
     QPushButton("OK"))
buttons = QHBoxLayout()
buttons.addWidget(QPushButton("Check in now"))
buttons.addWidget(QPushButton("Not this week"))
buttons.addStretch()
card(page, text("Weekly check-in", 18, True),
     text("How well can you do your 3 activities this week? It takes under a minute."), buttons)
card(page, text("Week 6 of 12: Core Control and Posture & Extension, alternate sessions", 18, True),
     text("Weeks 5–8 · Walking: Build towards 20–30 minutes."),
     text("Holds stay short (8–10 s): add reps or sets rather than longer holds."),
     QPushButton("Plan details"))
page.addStretch()
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(content)
tabs.addTab(scroll, "Today")
for title in ("Library", "History", "Trends"):
    tabs.addTab(QWidget(), title)
window.setCentralWidget(tabs)
window.statusBar()
window.resize(1280, 800)
window.show()
app.exec()
"""
"""A plain script that builds the Today page's widgets with its texts, and nothing else: no
journal, no library, no app code. Its launch is the floor any Python launch of that page stands
on; the app's own work is what lies between it and the app's figure."""


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


def _launch(
    kind: str, data: Path, env: dict[str, str], screenshot: Path | None = None
) -> tuple[float, dict[str, object]]:
    """One launch: milliseconds from process start to the first paint, and what it saw."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(data), str(screenshot or ""), REPLICA],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    elapsed = (time.perf_counter() - started) * 1000
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the {kind} launch failed ({done.returncode}):\n{done.stderr[-3000:]}")
    seen: dict[str, object] = json.loads(lines[-1])
    if kind == "app" and not seen["today"]:
        raise RuntimeError(
            "the app's first paint showed no suggested routine on the Today page: "
            "the launch painted an incomplete page first"
        )
    return elapsed, seen


def _environment(folder: Path, from_source: bool) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_CACHE_HOME": str(folder / "cache"),  # the library cache: filled by the warm-up
    }
    if not from_source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    return env


def run(
    quick: bool = False, *, from_source: bool = False, screenshot: Path | None = None
) -> dict[str, object]:
    repeats = 3 if quick else 9
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        data = _prepare(folder)
        env = _environment(folder, from_source)
        _launch("bare", data, env)  # warm the file cache (and the bytecode cache) for both
        _launch("app", data, env)
        times: dict[str, list[float]] = {"bare": [], "replica": [], "app": []}
        chart_loaded = False
        today = ""
        for _ in range(repeats):
            for kind in times:
                elapsed, seen = _launch(kind, data, env)
                times[kind].append(elapsed)
                if kind == "app":
                    chart_loaded |= bool(seen["chart"])
                    today = str(seen["today"])
        if screenshot is not None:
            _launch("app", data, env, screenshot.resolve())
    bare, app = statistics.median(times["bare"]), statistics.median(times["app"])
    replica = statistics.median(times["replica"])
    return {
        "bare_window_first_paint_ms": round(bare, 1),
        "app_first_paint_ms": round(app, 1),
        "app_over_bare": round(app / bare, 2),
        "goal_app_over_bare": GOAL_APP_OVER_BARE,
        "static_replica_first_paint_ms": round(replica, 1),
        "static_replica_over_bare": round(replica / bare, 2),
        "today_suggestion_at_first_paint": today,
        "pyqtgraph_loaded_before_first_paint": chart_loaded,
        "bytecode_cached": not from_source,
        "runs_each": repeats,
        "bare_ms": [round(t) for t in times["bare"]],
        "replica_ms": [round(t) for t in times["replica"]],
        "app_ms": [round(t) for t in times["app"]],
    }


def _screenshot_argument(argv: list[str]) -> Path | None:
    if "--screenshot" not in argv:
        return None
    index = argv.index("--screenshot") + 1
    if index >= len(argv):
        raise SystemExit("--screenshot needs a PNG path")
    return Path(argv[index])


if __name__ == "__main__":
    figures = run(
        quick="--quick" in sys.argv,
        from_source="--from-source" in sys.argv,
        screenshot=_screenshot_argument(sys.argv),
    )
    print(json.dumps(figures, indent=2, ensure_ascii=False))
