"""The main window: a frame of pages and menus, with no logic of its own.

The composition root (``app.py``) builds the pages and hands them in; the window only arranges
them, offers the menu actions as signals, and remembers its geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from backtimer import APP_NAME, __version__


class MainWindow(QMainWindow):
    """Home tabs (library, history, trends) and, during a workout, the player.

    Signals:
        export_requested, report_requested, log_pain_requested, safety_requested,
        flare_requested: the user chose that menu action.
        close_blocked: the user tried to close during a workout and chose to stay.
    """

    export_requested = Signal()
    report_requested = Signal()
    log_pain_requested = Signal()
    safety_requested = Signal()
    close_requested_during_workout = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._tabs = QTabWidget()
        self._tabs.setDocumentMode(True)
        self._tabs.setAccessibleName("Sections")
        self._stack = QStackedWidget()
        self._stack.addWidget(self._tabs)
        self.setCentralWidget(self._stack)
        self._player: QWidget | None = None
        self._close_guard: str | None = None
        self._build_menus()
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)
        self.resize(1280, 800)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._export_action = self._action(
            "&Export journal to CSV…", self.export_requested, QKeySequence("Ctrl+E")
        )
        self._report_action = self._action(
            "Physio &report (PDF)…", self.report_requested, QKeySequence("Ctrl+P")
        )
        file_menu.addAction(self._export_action)
        file_menu.addAction(self._report_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        journal_menu = self.menuBar().addMenu("&Journal")
        self._log_pain_action = self._action(
            "&Log pain now…", self.log_pain_requested, QKeySequence("Ctrl+L")
        )
        journal_menu.addAction(self._log_pain_action)
        self.journal_menu = journal_menu

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(
            self._action("&When to get help", self.safety_requested, QKeySequence("F1"))
        )
        about = QAction("&About Backtimer", self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def _action(self, text: str, signal: Signal, shortcut: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(signal)
        return action

    # --- pages ------------------------------------------------------------------------------

    def add_page(self, widget: QWidget, title: str) -> None:
        self._tabs.addTab(widget, title)

    def show_page(self, widget: QWidget) -> None:
        self._tabs.setCurrentWidget(widget)

    def show_player(self, player: QWidget) -> None:
        if self._player is not None:
            self._stack.removeWidget(self._player)
        self._player = player
        self._stack.addWidget(player)
        self._stack.setCurrentWidget(player)
        self.raise_()
        self.activateWindow()
        player.setFocus(Qt.FocusReason.OtherFocusReason)
        for action in (self._export_action, self._report_action, self._log_pain_action):
            action.setEnabled(False)

    def show_home(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self._stack.setCurrentWidget(self._tabs)
        if self._player is not None:
            self._stack.removeWidget(self._player)
            self._player.deleteLater()
            self._player = None
        for action in (self._export_action, self._report_action, self._log_pain_action):
            action.setEnabled(True)

    def set_close_guard(self, question: str | None) -> None:
        """While set, closing the window asks this question first (a workout is running)."""
        self._close_guard = question

    def is_in_workout(self) -> bool:
        return self._player is not None and self._stack.currentWidget() is self._player

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_status(self, text: str) -> None:
        self._status.setText(text)

    # --- window -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_guard is not None:
            answer = QMessageBox.question(
                self,
                "Quit during a workout?",
                self._close_guard,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.is_in_workout():
            self.close_requested_during_workout.emit()
        if not self.isFullScreen():
            self._settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    @Slot()
    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>A guided exercise timer and pain journal for people living with back pain.</p>"
            "<p>Exercise content written by the Backtimer team from published guidance; "
            "it is general advice, not a diagnosis or a personal treatment plan.</p>",
        )
