"""Render every main view of the real app, light and dark, for the README and for review.

    .venv/bin/python tools/screenshots.py [OUT_DIR] [--theme light|dark|both]

Builds the app on a temporary data folder holding a six-month demo journal, then saves the
library, today, history, trends and the player (mid-hold and in floor mode) as PNG files.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from backtimer.journal.db import open_database
from backtimer.journal.demo import Story, write_demo_journal
from backtimer.journal.journal import Journal
from backtimer.library.loader import load_library
from backtimer.paths import DataPaths
from backtimer.ui.app import BacktimerApp
from backtimer.ui.preferences import open_settings
from backtimer.ui.theme import ThemeController, ThemeMode
from backtimer.workout.clock import FakeClock
from backtimer.workout.plan import StepKind


def settle(app: QApplication, widget: QWidget) -> None:
    for _ in range(10):
        app.processEvents()
    widget.repaint()
    app.processEvents()


def render(out: Path, theme: str) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme_controller = ThemeController(app, ThemeMode(theme))
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        paths.ensure()
        conn = open_database(paths.journal_file)
        write_demo_journal(conn, Story.RECOVERY, date.today())
        conn.close()
        clock = FakeClock(0.0)
        backtimer = BacktimerApp(
            paths,
            load_library(paths.routines_dir),
            Journal.open(paths.journal_file),
            open_settings(),
            theme=theme_controller,
            flow_options={
                "ask_pain": lambda *_a, **_k: None,
                "clock_factory": lambda: clock,
                "confirm_stop": False,
            },
        )
        window = backtimer.window
        window.resize(1280, 800)
        window.show()

        def shoot(name: str) -> None:
            settle(app, window)
            path = out / f"{name}-{theme}.png"
            window.grab().save(str(path))
            saved.append(path)

        tabs = window.centralWidget().widget(0)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            page = tabs.widget(index)
            if hasattr(page, "ensure_chart"):
                page.ensure_chart()
            name = tabs.tabText(index).replace("&", "").lower()
            shoot(name)

        backtimer.flow.start_routine("rt_core_control")
        session = backtimer.flow.session
        assert session is not None
        plan = session.plan
        target = next(s for s in plan.steps if s.kind is StepKind.HOLD and s.side is not None)
        session.driver.jump_to(target.index)
        clock.advance(3.4)
        session.driver.poll()
        shoot("player")
        session.view.set_floor_mode(True)
        shoot("player-floor")
        session.view.set_floor_mode(False)
        backtimer.shutdown()
        window.close()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--theme", choices=["light", "dark", "both"], default="both")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    themes = ["light", "dark"] if args.theme == "both" else [args.theme]
    for theme in themes:
        for path in render(args.out, theme):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
