"""The main window never opens larger than the screen's free area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from backtimer.ui.main_window import MainWindow


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _fits(window: MainWindow) -> bool:
    free = window.screen().availableGeometry()
    return window.width() < free.width() and window.height() < free.height()


def test_first_start_fits_a_screen_smaller_than_the_default_size(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(_settings(tmp_path))
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert free.width() < 1280 or free.height() < 800, "the offscreen screen is the small one"
    assert _fits(window), "room is left for the window manager's frame and title bar"


def test_a_size_saved_at_another_scale_is_shrunk_to_fit(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    big = MainWindow(settings)
    qtbot.addWidget(big)
    big.setMinimumSize(0, 0)
    big.resize(3000, 2000)  # as restoreGeometry would give it back at a larger scale factor
    settings.setValue("window/geometry", big.saveGeometry())
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert _fits(window)


def test_wide_pages_scroll_instead_of_widening_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    """A page that needs 900 px (History's tool row) scrolls: the window still fits 640 px,
    what a 1280×800 screen offers at 2× scale."""
    from PySide6.QtWidgets import QWidget

    window = MainWindow(_settings(tmp_path))
    qtbot.addWidget(window)
    wide = QWidget()
    wide.setMinimumSize(900, 300)
    window.add_page(wide, "History")
    window.show()
    assert window.minimumSizeHint().width() <= 640
    window.show_page(wide)
    assert wide.isVisible()
