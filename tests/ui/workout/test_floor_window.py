"""Floor mode's full screen on the main window: leaving it puts the window back as it was."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from pytestqt.qtbot import QtBot

from backtimer.ui.main_window import MainWindow


def _window(qtbot: QtBot, tmp_path: object) -> MainWindow:
    settings = QSettings(str(tmp_path) + "/settings.ini", QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_leaving_floor_mode_restores_size_place_and_menus(qtbot: QtBot, tmp_path: object) -> None:
    window = _window(qtbot, tmp_path)
    window.setGeometry(QRect(40, 30, 600, 420))  # the offscreen screen is 800×600
    before = window.geometry()
    for _ in range(2):  # F twice: in and out, twice over
        window.set_full_screen(True)
        assert window.is_full_screen()
        assert window.windowState() & Qt.WindowState.WindowFullScreen
        assert not window.menuBar().isVisible()
        window.set_full_screen(False)
        assert not window.windowState() & Qt.WindowState.WindowFullScreen
        assert window.menuBar().isVisible()
        assert window.statusBar().isVisible()
        assert window.geometry() == before
    window.set_full_screen(False)  # leaving twice (Stop after F) changes nothing
    assert window.geometry() == before


def test_a_maximised_window_comes_back_maximised(qtbot: QtBot, tmp_path: object) -> None:
    window = _window(qtbot, tmp_path)
    window.setWindowState(Qt.WindowState.WindowMaximized)
    window.set_full_screen(True)
    window.set_full_screen(False)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_going_home_leaves_floor_mode(qtbot: QtBot, tmp_path: object) -> None:
    window = _window(qtbot, tmp_path)
    window.set_full_screen(True)
    window.show_home()
    assert not window.is_full_screen()
    assert window.menuBar().isVisible()


def test_the_quit_and_settings_keys_live_on_the_window_too(qtbot: QtBot, tmp_path: object) -> None:
    """With the menu bar hidden (floor mode) its shortcuts would be dead; the window keeps them."""
    window = _window(qtbot, tmp_path)
    names = {action.text() for action in window.actions()}
    assert {"&Quit", "&Settings…"} <= names


def test_status_messages_expire_unless_lasting(qtbot: QtBot, tmp_path: object) -> None:
    window = _window(qtbot, tmp_path)
    window._status_timer.setInterval(20)
    window.show_status("Routine saved.")
    assert window._status.text() == "Routine saved."
    qtbot.waitUntil(lambda: window._status.text() == "", timeout=2000)
    window.show_status("Journal opened read-only.", lasting=True)
    qtbot.wait(60)
    assert window._status.text() == "Journal opened read-only."
