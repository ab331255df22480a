"""Composition root: builds the data directory, library, journal, views and wires them.

Nothing else in the UI creates long-lived objects or opens the database; views receive what they
show through their constructors and talk back through signals.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from backtimer import APP_ID, APP_NAME, __version__
from backtimer.desktop.autostart import launch_command
from backtimer.errors import UserFacingError
from backtimer.insights.pain_checks import morning_check_due
from backtimer.insights.progression import FLARE_ROUTINE_ID
from backtimer.journal.backup import backup_if_due
from backtimer.journal.journal import Journal
from backtimer.journal.worker import JournalWorker
from backtimer.library.loader import load_library
from backtimer.library.model import Library
from backtimer.library.user_store import UserRoutineStore
from backtimer.paths import DataPaths, resolve_data_dir
from backtimer.ui.desktop.crash import install_excepthook
from backtimer.ui.desktop.journal_opening import ask_with_message_box, open_journal
from backtimer.ui.desktop.single_instance import ENV_QUIT_AFTER_HANDOVER, LaunchRequest, claim
from backtimer.ui.dialogs.pain_dialog import PainScoreDialog
from backtimer.ui.dialogs.safety_dialog import SafetyDialog
from backtimer.ui.icons import IconName, app_icon
from backtimer.ui.lazy_page import LazyPage
from backtimer.ui.library.library_view import LibraryView
from backtimer.ui.library.routine_actions import RoutineActions
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences, open_settings
from backtimer.ui.theme import ThemeController, ThemeMode
from backtimer.ui.today.today_controller import HomeController
from backtimer.ui.today.today_view import HomeView
from backtimer.ui.workout.flow import WorkoutFlow

if TYPE_CHECKING:  # pages and dialogs load when first shown, keeping start-up lean
    from backtimer.ui.history.history_view import HistoryView
    from backtimer.ui.settings.settings_dialog import SettingsDialog
    from backtimer.ui.trends.trends_view import TrendsView

logger = logging.getLogger(__name__)


def local_now() -> datetime:
    """The wall clock with the local offset: the one place the UI asks for 'now'."""
    return datetime.now().astimezone()


class JournalErrorRelay(QObject):
    """Carries write errors from the journal thread to the GUI thread as a signal."""

    failed = Signal(str)


class BacktimerApp(QObject):
    """Owns the long-lived objects of one app run and the flows between views.

    Signals:
        preferences_changed(Preferences): the user applied new settings (already saved).
    """

    preferences_changed = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        library: Library,
        journal: Journal | None,
        settings: QSettings,
        *,
        read_only: bool = False,
        flow_options: dict[str, Any] | None = None,
        theme: ThemeController | None = None,
    ) -> None:
        super().__init__()
        self.theme = theme
        self.paths = paths
        self.library = library
        self.journal = journal
        self.settings = settings
        self.preferences = Preferences.load(settings)
        self.read_only = read_only
        self._closed = False
        self.chart_preload: QTimer | None = None
        self._errors = JournalErrorRelay()
        self._errors.failed.connect(self._on_journal_write_failed)
        self.worker = (
            JournalWorker(
                paths.journal_file, on_error=lambda error: self._errors.failed.emit(str(error))
            )
            if journal is not None and not read_only
            else None
        )

        self.window = MainWindow(settings)
        self.home_controller = HomeController(
            journal,
            self.worker,
            lambda: self.library,
            settings,
            local_now,
            store=None if self.worker is None else UserRoutineStore.for_data_dir(paths),
            live_library=True,
            parent=self,
        )
        self.home_view = HomeView(self.home_controller)
        self.window.add_page(self.home_view, self.tr("To&day"))
        self.library_view = LibraryView(library)
        self.window.add_page(self.library_view, self.tr("&Library"), IconName.LIBRARY)
        self.flow = WorkoutFlow(
            window=self.window,
            library=library,
            worker=self.worker,
            preferences=self.preferences,
            settings=settings,
            now=local_now,
            **(flow_options or {}),
        )
        self.library_view.routine_chosen.connect(self.flow.start_routine)
        self.routine_actions = RoutineActions(
            library,
            UserRoutineStore.for_data_dir(paths),
            self.library_view.selected_routine_id,
            self.library_view,
        )
        self.library_view.add_routine_tools(self.routine_actions.tool_bar())
        for action in self.routine_actions.menu_actions():
            if action is None:
                self.window.routines_menu.addSeparator()
            else:
                self.window.routines_menu.addAction(action)
        self.routine_actions.library_changed.connect(self._on_library_reloaded)
        self.routine_actions.status_changed.connect(self.window.show_status)
        self.home_view.routine_chosen.connect(self.flow.start_routine)
        self.home_controller.routine_saved.connect(lambda _routine_id: self.reload_library())
        self.home_view.flare_requested.connect(self.start_flare_up)
        self.home_view.safety_requested.connect(self.show_safety)
        self.home_view.status_changed.connect(self.window.show_status)
        self.window.flare_requested.connect(self.start_flare_up)
        self.flow.journal_changed.connect(self._on_journal_changed)
        self.window.safety_requested.connect(self.show_safety)
        self.window.log_pain_requested.connect(self.log_pain_now)
        self.window.close_requested_during_workout.connect(self.flow.abandon)
        self.window.settings_requested.connect(self.open_settings)
        self._build_pages()
        self.window.restore_last_page()
        if read_only:
            self.window.show_status("Journal opened read-only: workouts are not being recorded.")

    def _build_pages(self) -> None:
        """History and trends read through the GUI-thread journal; edits go via the worker.

        Both are built when first shown (or asked for), not at start-up.
        """
        self._history_tab: LazyPage[HistoryView] | None = None
        self._trends_tab: LazyPage[TrendsView] | None = None
        if self.journal is None:
            return
        self._history_tab = LazyPage(self._make_history_view)
        self._trends_tab = LazyPage(self._make_trends_view)
        self.window.add_page(self._history_tab, self.tr("&History"), IconName.HISTORY)
        self.window.add_page(self._trends_tab, self.tr("&Trends"), IconName.TRENDS)
        self.window.export_requested.connect(lambda: self.open_export(report=False))
        self.window.report_requested.connect(lambda: self.open_export(report=True))

    def _make_history_view(self) -> HistoryView:
        from backtimer.ui.history.history_controller import HistoryController
        from backtimer.ui.history.history_view import HistoryView

        assert self.journal is not None
        view = HistoryView(HistoryController(self.journal, self.worker, local_now, parent=self))
        view.log_pain_requested.connect(self.log_pain_now)
        return view

    def _make_trends_view(self) -> TrendsView:
        from backtimer.insights.snapshot import JournalTrendsSource
        from backtimer.ui.trends.trends_view import TrendsView

        assert self.journal is not None
        view = TrendsView(JournalTrendsSource(self.journal.connection, lambda: local_now().date()))
        view.session_requested.connect(self._on_session_requested)
        view.library_requested.connect(lambda: self.window.show_page(self.library_view))
        return view

    @property
    def history_view(self) -> HistoryView:
        assert self._history_tab is not None, "no journal, no history"
        return self._history_tab.page()

    @property
    def trends_view(self) -> TrendsView:
        assert self._trends_tab is not None, "no journal, no trends"
        return self._trends_tab.page()

    @property
    def refreshable_pages(self) -> list[HistoryView | TrendsView]:
        """The journal pages already built (the others read fresh data when first shown)."""
        return [
            tab.page() for tab in (self._history_tab, self._trends_tab) if tab and tab.is_built()
        ]

    def reload_library(self, select_id: str = "") -> None:
        """Read the routine files again, as the next start would, and show the result."""
        self._on_library_reloaded(load_library(self.paths.routines_dir), select_id)

    @Slot(object, str)
    def _on_library_reloaded(self, library: Library, select_id: str) -> None:
        self.library = library
        self.routine_actions.library = library
        self.flow.set_library(library)
        self.library_view.set_library(library, select_id)
        if select_id:
            self.window.show_page(self.library_view)

    @Slot(int)
    def _on_session_requested(self, session_id: int) -> None:
        self.window.show_page(self.history_view)
        self.history_view.show_session(session_id)

    def open_export(self, *, report: bool) -> None:
        from backtimer.ui.dialogs.export_dialog import ExportDialog, Output

        output = Output.REPORT if report else Output.SESSIONS
        dialog = ExportDialog(
            self.paths.journal_file,
            self.window,
            today=local_now().date(),
            output=output,
            folder=Path.home(),
        )
        dialog.export_finished.connect(self.window.show_status)
        dialog.open()

    def open_settings(self) -> SettingsDialog:
        from backtimer.ui.settings.settings_dialog import SettingsDialog

        routines = sorted(
            ((routine.id, routine.title) for routine in self.library.routines.values()),
            key=lambda pair: pair[1].casefold(),
        )
        dialog = SettingsDialog(
            self.preferences, data_dir=self.paths.root, routines=routines, parent=self.window
        )
        dialog.preferences_applied.connect(self.apply_preferences)
        dialog.open()
        return dialog

    @Slot(object)
    def apply_preferences(self, chosen: Preferences) -> None:
        """Save and apply new settings; the next workout picks up the sound and timing ones."""
        for field in dataclasses.fields(chosen):  # in place: the flow holds this object
            setattr(self.preferences, field.name, getattr(chosen, field.name))
        self.preferences.save(self.settings)
        if self.theme is not None:
            self.theme.set_mode(ThemeMode(chosen.theme))
        self.preferences_changed.emit(self.preferences)

    # --- flows ------------------------------------------------------------------------------

    @Slot(object)
    def handle_launch(self, request: LaunchRequest) -> None:
        """Backtimer was started again: show this window, and start what it was asked for."""
        self.window.bring_to_front()
        routine_id = request.routine_id if request.command == "start" else None
        if routine_id and self.flow.start_routine(routine_id):
            logger.info("started %s for another launch", routine_id)

    @Slot()
    def show_safety(self, first_run: bool = False) -> None:
        SafetyDialog(self.window, first_run=first_run).exec()
        if first_run:
            self.preferences.safety_seen = True
            self.preferences.save(self.settings)

    @Slot()
    def log_pain_now(self) -> None:
        if self.worker is None:
            QMessageBox.information(
                self.window, "Journal is read-only", "Pain scores cannot be saved right now."
            )
            return
        answer = PainScoreDialog.ask(self.window, title="Log pain now")
        if answer is None:
            return
        at = local_now()
        self.worker.submit(
            lambda journal: journal.record_pain(answer.score, "spot", at, note=answer.note)
        ).add_done_callback(lambda _future: self.flow.journal_changed.emit())
        self.window.show_status(f"Saved: pain {answer.score}/10 at {at:%H:%M}.")

    @Slot()
    def start_flare_up(self) -> None:
        """Show the flare plan; on the user's yes, flare mode (and maybe Flare-Up Day now)."""
        if self.window.is_in_workout():
            return
        from backtimer.ui.today.flare_dialog import FlareChoice, FlareDialog

        choice = FlareDialog.ask(self.window)
        if choice is None:
            return
        self.home_controller.start_flare()
        self.window.show_page(self.home_view)
        self.window.show_status("Flare mode is on: today is marked as a flare day.")
        if choice is FlareChoice.START_ROUTINE:
            self.flow.start_routine(FLARE_ROUTINE_ID)

    @Slot()
    def _on_journal_changed(self) -> None:
        if self._closed:  # a write finished after shutdown: the reader is gone
            return
        self.home_view.refresh()
        for page in self.refreshable_pages:
            page.refresh()

    @Slot(str)
    def _on_journal_write_failed(self, message: str) -> None:
        QMessageBox.warning(
            self.window,
            "Could not save to the journal",
            f"{message}\n\nYour workout carries on; what was saved before is safe.",
        )

    def resume_unfinished_sessions(self) -> None:
        """Sessions left in progress by a crash: finish them (with a pain score) or close them."""
        if self.journal is None or self.worker is None:
            return
        for session in self.journal.unfinished_sessions():
            box = QMessageBox(self.window)
            box.setWindowTitle("A workout did not finish")
            box.setText(
                f"<b>{session.routine_title}</b>, started {session.started:%A %d %B at %H:%M}, "
                "did not finish: Backtimer closed while it was running.<br><br>"
                f"The {session.steps_completed} steps you completed are saved."
            )
            finish = box.addButton("Record pain and finish it", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("Mark it interrupted", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            now = local_now()
            if box.clickedButton() is finish:
                answer = PainScoreDialog.ask(self.window, title="Pain after that workout")
                if answer is not None:
                    self.worker.submit(
                        lambda j, a=answer, sid=session.id, at=now: j.record_pain(
                            a.score, "after", at, session_id=sid, note=a.note
                        )
                    )
                self.worker.submit(
                    lambda j, sid=session.id, at=now: j.finish_session(sid, "stopped", at)
                ).result()
            else:
                self.worker.submit(
                    lambda j, sid=session.id, at=now: j.mark_interrupted(sid, at)
                ).result()
        self.flow.journal_changed.emit()

    def ask_morning_check(self) -> None:
        """After a session day, ask once before noon how the back is this morning.

        The answer is a spot score; the progression rules read it as "did yesterday settle?".
        """
        if self.journal is None or self.worker is None or not self.preferences.ask_morning_check:
            return
        now = local_now()
        yesterday = now.date() - timedelta(days=1)
        sessions = len(self.journal.sessions(yesterday, yesterday))
        entries = self.journal.pain_entries(now.date(), now.date(), contexts=("spot",))
        if not morning_check_due(now, sessions, entries):
            return
        answer = PainScoreDialog.ask(
            self.window,
            title=self.tr("Good morning"),
            context=self.tr("How is your back this morning, after yesterday's workout?"),
        )
        if answer is None:
            return
        self.worker.submit(
            lambda journal: journal.record_pain(answer.score, "spot", now, note=answer.note)
        ).add_done_callback(lambda _future: self.flow.journal_changed.emit())

    def back_up_if_due(self) -> None:
        """The daily automatic backup, on the journal thread so start-up never waits for it."""
        if self.worker is None:
            return
        journal_file, backups_dir, at = self.paths.journal_file, self.paths.backups_dir, local_now()
        self.worker.submit(lambda _journal: backup_if_due(journal_file, backups_dir, at))

    def shutdown(self) -> None:
        """Stop a running workout, finish every queued write, then close the journal."""
        if self._closed:
            return
        self.flow.abandon()
        if self.worker is not None:
            self.worker.close()
        self._closed = True
        if self.journal is not None:
            self.journal.close()


# --- start-up -----------------------------------------------------------------------------------


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(APP_NAME)
    app.setApplicationName("backtimer")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def report_library_problems(library: Library, parent: QWidget) -> None:
    user_problems = list(library.problems)
    if not user_problems:
        return
    shown = "\n".join(str(problem) for problem in user_problems[:12])
    more = len(user_problems) - 12
    QMessageBox.warning(
        parent,
        "Some routine files were skipped",
        "These files have problems and were not loaded (everything else was):\n\n"
        + shown
        + (f"\n… and {more} more" if more > 0 else "")
        + "\n\nCheck a file with: backtimer routines check FILE",
    )


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    paths = resolve_data_dir(args.data_dir)
    try:
        paths.ensure()
    except UserFacingError as error:
        QMessageBox.critical(None, "Backtimer cannot start", str(error))
        return 2
    request = LaunchRequest.from_args(args)
    instance = claim(paths, request)
    if instance.handed_over:
        logger.info("Backtimer is already running for %s: handed it '%s'", paths.root, request)
        return 0
    if instance.server is None:
        QMessageBox.critical(None, "Backtimer is already running", instance.blocked_message(paths))
        return 2
    install_excepthook(paths)
    settings = open_settings()
    theme = ThemeController(app, ThemeMode(Preferences.load(settings).theme))
    library = load_library(paths.routines_dir)
    opened = open_journal(paths, ask_with_message_box(None), local_now)
    if opened is None:
        return 2
    journal, read_only = opened.journal, opened.read_only
    backtimer = BacktimerApp(paths, library, journal, settings, read_only=read_only, theme=theme)
    backtimer.window.show()
    if opened.notice:
        backtimer.window.show_status(opened.notice)
    app.aboutToQuit.connect(backtimer.shutdown)
    instance.server.request_received.connect(backtimer.handle_launch)
    app.aboutToQuit.connect(instance.server.close)
    if os.environ.get(ENV_QUIT_AFTER_HANDOVER):  # exit(), unlike quit(), never asks to close
        instance.server.request_received.connect(lambda _r: QTimer.singleShot(0, app.exit))

    def after_first_paint() -> None:
        from backtimer.ui.trends.trends_view import preload_chart_when_idle

        backtimer.chart_preload = preload_chart_when_idle(backtimer.window.is_in_workout)
        report_library_problems(library, backtimer.window)
        if not backtimer.preferences.safety_seen:
            backtimer.show_safety(first_run=True)
        backtimer.resume_unfinished_sessions()
        if getattr(args, "command", None) != "start":  # a shortcut start goes straight in
            backtimer.ask_morning_check()
        backtimer.back_up_if_due()
        from backtimer.ui.desktop.reminder_service import ReminderService

        reminders = ReminderService(
            window=backtimer.window,
            flow=backtimer.flow,
            library=library,
            settings=settings,
            now=local_now,
            login_command=launch_command(args.data_dir),
            parent=backtimer,
        )
        backtimer.preferences_changed.connect(reminders.apply_preferences)
        app.aboutToQuit.connect(reminders.shutdown)
        reminders.apply_preferences(backtimer.preferences)
        if getattr(args, "command", None) == "start":
            backtimer.flow.start_routine(args.routine_id)

    QTimer.singleShot(0, after_first_paint)
    return app.exec()
