"""The first frame stays lean: a launch paints today's Today page without the costly parts.

Timings belong in ``benchmarks/bench_startup.py``; this pins what can be checked exactly, in a
fresh interpreter, at the moment of the first paint: the Today page names its suggestion, Qt's
enum namespace was never built (18 ms, see ``ui/desktop/qt_properties``), the chart library and
the subcommand modules were not loaded, and English needed no catalogue.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from backtimer.journal.db import open_database
from backtimer.journal.demo import Story, write_demo_journal

CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
import PySide6.QtCore

app = QApplication(sys.argv[:1])


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            built_qt = "Qt" in PySide6.QtCore.__dict__
            suggestion = ""
            for view in watched.findChildren(QWidget):
                if type(view).__name__ == "TodayView" and view.isVisible():
                    suggestion = view.routine_title.text()
            print(json.dumps({
                "qt_namespace_built": built_qt,
                "suggestion": suggestion,
                "modules": sorted(sys.modules),
            }), flush=True)
            os._exit(0)
        return False


spy = FirstPaint()
QTimer.singleShot(0, lambda: app.installEventFilter(spy))
from backtimer.__main__ import main
main(["--data-dir", sys.argv[1]])
"""


def _first_frame(tmp_path: Path) -> dict[str, object]:
    data = tmp_path / "data"
    data.mkdir()
    conn = open_database(data / "journal.sqlite3")
    write_demo_journal(conn, Story.RECOVERY, date.today())
    conn.close()
    config = tmp_path / "config" / "Backtimer"
    config.mkdir(parents=True)
    (config / "backtimer.ini").write_text("[prefs]\nsafety_seen=true\n", encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "LANGUAGE": "en",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_first_frame_is_todays_page_without_the_costly_parts(tmp_path: Path) -> None:
    frame = _first_frame(tmp_path)
    assert frame["suggestion"], "the first frame must already name today's suggestion"
    assert frame["qt_namespace_built"] is False, (
        "something on the way to the first frame touched PySide6.QtCore.Qt (or called an API"
        " whose argument or answer is a Qt enum); see backtimer/ui/desktop/qt_properties.py"
    )
    modules = set(frame["modules"])  # type: ignore[arg-type]
    assert "pyqtgraph" not in modules
    assert not {"backtimer.cli.routines", "backtimer.cli.data_exchange"} & modules
    assert "xml" not in modules  # no catalogue is parsed for English
