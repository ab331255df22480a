"""Bugs end in a log file and a kind dialog, never in a silent exit."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from backtimer.paths import DataPaths

logger = logging.getLogger("backtimer")


def install_excepthook(paths: DataPaths) -> None:
    """Log to a rotating file in the data folder and show unexpected errors in a dialog."""
    log_file = paths.logs_dir / "backtimer.log"
    try:
        paths.logs_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
    except OSError:
        logger.warning("cannot write the log file %s", log_file)

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        logger.error("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is None:
            traceback.print_exception(kind, error, tb)
            return
        QMessageBox.critical(
            None,
            "Something went wrong",
            "Backtimer hit an unexpected problem. Your journal is safe: every completed step "
            f"is saved as it happens.\n\nDetails are in {log_file}. If it happens again, "
            f"please send that file to the developers.\n\n{kind.__name__}: {error}",
        )

    sys.excepthook = excepthook
