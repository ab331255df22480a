"""The main window: a frame of pages and menus, with no logic of its own.

The composition root (``app.py``) builds the pages and hands them in; the window only arranges
them, offers the menu actions as signals, and remembers its geometry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

from backtimer import APP_NAME, __version__
from backtimer.ui.desktop.qt_properties import NO_FOCUS, set_qt_property
from backtimer.ui.icons import IconName, themed_icon
from backtimer.ui.theme import InstantLayoutStyle

LAST_PAGE_KEY = "window/last_page"
STATUS_LIFETIME_MS = 8000
"""A status message goes after this long, so it never follows the user around."""
WINDOW_FRAME_ROOM = QSize(16, 48)
"""Kept free around the window for the window manager's borders and title bar."""


class MainWindow(QMainWindow):
    """Home tabs (library, history, trends) and, during a workout, the player.

    Signals:
        export_requested, report_requested, log_pain_requested, safety_requested,
        settings_requested, flare_requested, import_requested, backup_requested,
        restore_requested, example_data_requested: the user chose that menu action.
        close_blocked: the user tried to close during a workout and chose to stay.
    """

    export_requested = Signal()
    report_requested = Signal()
    log_pain_requested = Signal()
    safety_requested = Signal()
    settings_requested = Signal()
    flare_requested = Signal()
    import_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    example_data_requested = Signal()
    close_requested_during_workout = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._example_banner: QLabel | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._tabs = QTabWidget()
        self._tabs.setDocumentMode(True)
        self._tabs.setAccessibleName(self.tr("Sections"))
        self._stack = QStackedWidget()
        self._stack.addWidget(self._tabs)
        stack_style = InstantLayoutStyle("Fusion")  # the stack's own; its pages keep the app's
        stack_style.setParent(self._stack)
        self._stack.setStyle(stack_style)
        self.setCentralWidget(self._stack)
        self._player: QWidget | None = None
        self._close_guard: Callable[[], bool] | None = None
        self._build_menus()
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_LIFETIME_MS)
        self._status_timer.timeout.connect(self._status.clear)
        self._before_full_screen: tuple[Qt.WindowState, QByteArray] | None = None
        self._normal_place = QRect()
        self.resize(1280, 800)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._fit_free_screen()

    def _fit_free_screen(self) -> None:
        """No larger than the screen's free area, with room for the window manager's frame.

        At 1280×800 (or any screen at 2×) the default size would put the status bar and the
        bottom of every page off screen.
        """
        free = self.screen().availableGeometry()
        room = free.size() - WINDOW_FRAME_ROOM
        if self.width() <= room.width() and self.height() <= room.height():
            return
        self.resize(self.size().boundedTo(room))
        spare = free.size() - self.size()
        self.move(free.x() + spare.width() // 2, free.y() + spare.height() // 4)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._export_action = self._action(
            self.tr("&Export journal to CSV…"),
            self.export_requested,
            QKeySequence("Ctrl+E"),
            IconName.EXPORT,
        )
        self._report_action = self._action(
            self.tr("Physio &report (PDF)…"),
            self.report_requested,
            QKeySequence("Ctrl+P"),
            IconName.REPORT,
        )
        file_menu.addAction(self._export_action)
        file_menu.addAction(self._report_action)
        file_menu.addSeparator()
        self._import_action = self._action(
            self.tr("&Import CSV…"), self.import_requested, QKeySequence()
        )
        self._backup_action = self._action(
            self.tr("&Back up now…"), self.backup_requested, QKeySequence()
        )
        self._restore_action = self._action(
            self.tr("Restore a bac&kup…"), self.restore_requested, QKeySequence()
        )
        for action in (self._import_action, self._backup_action, self._restore_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self._settings_action = self._action(
            self.tr("&Settings…"),
            self.settings_requested,
            QKeySequence("Ctrl+,"),
            IconName.SETTINGS,
        )
        preferences_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self._settings_action.setShortcuts(
            [QKeySequence("Ctrl+,"), *(k for k in preferences_keys if k != QKeySequence("Ctrl+,"))]
        )
        self._settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self._settings_action)
        file_menu.addSeparator()
        quit_action = QAction(themed_icon(IconName.QUIT), self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close_and_quit)
        file_menu.addAction(quit_action)

        journal_menu = self.menuBar().addMenu(self.tr("&Journal"))
        self._log_pain_action = self._action(
            self.tr("&Log pain now…"),
            self.log_pain_requested,
            QKeySequence("Ctrl+L"),
            IconName.PAIN,
        )
        journal_menu.addAction(self._log_pain_action)
        self._flare_action = self._action(
            self.tr("I'm having a &flare-up…"), self.flare_requested, QKeySequence()
        )
        journal_menu.addAction(self._flare_action)
        self.journal_menu = journal_menu
        self.routines_menu = self.menuBar().addMenu(self.tr("&Routines"))  # filled by app.py

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&When to get help"),
                self.safety_requested,
                QKeySequence("F1"),
                IconName.HELP,
            )
        )
        help_menu.addAction(
            self._action(
                self.tr("Explore with &example data"),
                self.example_data_requested,
                QKeySequence(),
            )
        )
        about = QAction(themed_icon(IconName.INFO), self.tr("&About Backtimer"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)
        # Also on the window itself: shortcuts of a hidden menu bar (floor mode) are dead.
        self.addActions(
            [
                self._export_action,
                self._report_action,
                self._settings_action,
                self._log_pain_action,
                quit_action,
            ]
        )

    def _action(
        self, text: str, signal: Signal, shortcut: QKeySequence, icon: IconName | None = None
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(themed_icon(icon))
        if not shortcut.isEmpty():
            # setShortcuts, not setShortcut: PySide's choice between setShortcut's overloads
            # builds the whole Qt enum namespace, 18 ms before the first frame (qt_properties).
            action.setShortcuts([shortcut])
        action.triggered.connect(signal)
        return action

    def show_example_data_banner(self) -> None:
        """Say on every page, the player included, that this is not the user's own data."""
        banner = QLabel(
            self.tr(
                "Example data: a made-up person's six months. Your own journal and settings "
                "are not touched; this copy goes when you close the window."
            )
        )
        banner.setObjectName("exampleDataBanner")
        banner.setToolTip(banner.text())
        banner.setMinimumWidth(1)  # one line, clipped on a narrow window rather than tall
        banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        banner.setAccessibleName(self.tr("Example data"))
        banner.setStyleSheet(
            "QLabel#exampleDataBanner { background: #E69F00; color: #1A1A1A;"
            " padding: 6px 12px; font-weight: bold; }"
        )
        bar = QToolBar(self.tr("Example data"))
        bar.setObjectName("exampleDataBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)
        bar.addWidget(banner)
        self.addToolBar(bar)  # at the top
        bar.show()
        self._example_banner = banner
        self.setWindowTitle(self.windowTitle())

    def is_example_data(self) -> bool:
        return self._example_banner is not None

    def setWindowTitle(self, title: str) -> None:
        """Every title says "Example data" while the demo journal is open."""
        if self._example_banner is not None:
            label = self.tr("Example data")
            if title in ("", APP_NAME):
                title = label  # the system adds " — Backtimer" itself
            elif label not in title:
                title = f"{title} — {label}"
        super().setWindowTitle(title)

    # --- pages ------------------------------------------------------------------------------

    def add_page(self, widget: QWidget, title: str, icon: IconName | None = None) -> None:
        page = _scrolling(widget)
        if icon is None:
            self._tabs.addTab(page, title)
        else:
            self._tabs.addTab(page, themed_icon(icon), title)

    def restore_last_page(self) -> None:
        """Open on the page the user last left the app on (call once every page is added)."""
        try:
            index = int(self._settings.value(LAST_PAGE_KEY, 0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            index = 0
        if 0 <= index < self._tabs.count():
            self._tabs.setCurrentIndex(index)

    def show_page(self, widget: QWidget) -> None:
        """Bring the tab holding ``widget`` (a tab, or a page inside one) to the front."""
        for index in range(self._tabs.count()):
            tab = self._tabs.widget(index)
            if tab is widget or tab.isAncestorOf(widget):
                self._tabs.setCurrentIndex(index)
                return

    def show_player(self, player: QWidget, title: str = "") -> None:
        """Show the player; the window title names the routine (taskbars show it too)."""
        if title:
            self.setWindowTitle(title)
        if self._player is not None:
            self._stack.removeWidget(self._player)
        self._player = player
        self._stack.addWidget(player)
        self._stack.setCurrentWidget(player)
        # A stack is as wide as its widest page: the hidden home pages must not hold the
        # player (and floor mode) wider than a small or 2x-scaled screen.
        self._tabs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.layout().activate()  # the smaller minimum size reaches the window manager now
        self.raise_()
        self.activateWindow()
        from PySide6.QtCore import Qt

        player.setFocus(Qt.FocusReason.OtherFocusReason)
        for action in self._home_only_actions():
            action.setEnabled(False)

    def _home_only_actions(self) -> tuple[QAction, ...]:
        """Actions that make no sense mid-workout (and whose dialogs would cover the timer)."""
        return (
            self._export_action,
            self._report_action,
            self._log_pain_action,
            self._settings_action,
            self._import_action,
            self._backup_action,
            self._restore_action,
        )

    def show_home(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.set_full_screen(False)
        self._tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._stack.setCurrentWidget(self._tabs)
        if self._player is not None:
            self._stack.removeWidget(self._player)
            self._player.deleteLater()
            self._player = None
        for action in self._home_only_actions():
            action.setEnabled(True)

    def set_close_guard(self, confirm: Callable[[], bool] | None) -> None:
        """While set, closing the window asks ``confirm()`` first (a workout is running)."""
        self._close_guard = confirm

    def is_in_workout(self) -> bool:
        return self._player is not None and self._stack.currentWidget() is self._player

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        """Floor mode's full screen; leaving it restores the window exactly as it was.

        The state (normal or maximised) and geometry are saved on the way in and put back on
        the way out, menus and status bar included, however floor mode is left (F, Esc, Stop
        or the end of the workout), and however often it is toggled.
        """
        if on == (self._before_full_screen is not None):
            return
        from PySide6.QtCore import Qt  # not on the way to the first frame (see qt_properties)

        if on:
            self._before_full_screen = (self.windowState(), self.saveGeometry())
            self._normal_place = self.geometry()
            self.menuBar().setVisible(False)
            self.statusBar().setVisible(False)
            self.setWindowState(
                self.windowState() & ~Qt.WindowState.WindowMaximized
                | Qt.WindowState.WindowFullScreen
            )
            return
        state, geometry = self._before_full_screen or (Qt.WindowState.WindowNoState, None)
        self._before_full_screen = None
        self.menuBar().setVisible(True)
        self.statusBar().setVisible(True)
        self.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
        if geometry is not None and not state & Qt.WindowState.WindowMaximized:
            # The very rectangle, not restoreGeometry: that pushes a window near the top of
            # the screen 25 px down (its title-bar guess), past the bottom of a 1280×800 screen.
            self.setGeometry(self._normal_place)

    def is_full_screen(self) -> bool:
        return self._before_full_screen is not None

    def bring_to_front(self) -> None:
        """Show, un-minimise and activate the window (another launch, a reminder, the tray)."""
        if self.isMinimized():
            from PySide6.QtCore import Qt

            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot()
    def close_and_quit(self) -> bool:
        """Quit the app, even when a tray icon keeps it alive after the window closes."""
        if not self.close():
            return False
        QApplication.quit()
        return True

    def show_status(self, text: str, lasting: bool = False) -> None:
        """A status line; it goes after a few seconds unless ``lasting`` (a standing fact)."""
        self._status.setText(text)
        if lasting:
            self._status_timer.stop()
        else:
            self._status_timer.start()

    # --- window -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_guard is not None and not self._close_guard():
            event.ignore()
            return
        if self.is_in_workout():
            self.close_requested_during_workout.emit()
        if self._before_full_screen is not None:  # remember the window, not floor mode
            self._settings.setValue("window/geometry", self._before_full_screen[1])
        elif not self.isFullScreen():
            self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue(LAST_PAGE_KEY, self._tabs.currentIndex())
        super().closeEvent(event)

    @Slot()
    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not named at start-up

        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr("A guided exercise timer and pain journal for people living with back pain.")
            + "</p><p>"
            + self.tr(
                "Exercise content written by the Backtimer team from published guidance; "
                "it is general advice, not a diagnosis or a personal treatment plan."
            )
            + "</p>",
        )


def _scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls when the window is smaller than it needs (a 1280×800 screen at 2×
    offers 640×400): its minimum size no longer holds the window wider than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    set_qt_property(area, "focusPolicy", NO_FOCUS)
    area.setWidget(page)
    return area
