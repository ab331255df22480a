"""Composition root: builds the data directory, library, journal, views and wires them.

Nothing else in the UI creates long-lived objects or opens the database; views receive what they
show through their constructors and talk back through signals. The one ``JournalWrites`` built
here carries every journal write; its ``written`` signal is the only "the journal changed" (pages
refresh on it, a burst coalesced into one refresh) and its ``failed`` is shown once, here.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from backtimer import APP_ID, APP_NAME, __version__
from backtimer.errors import UserFacingError
from backtimer.insights.progression import FLARE_ROUTINE_ID
from backtimer.journal.journal import Journal
from backtimer.journal.worker import JournalWorker
from backtimer.library.cache import load_library_cached
from backtimer.library.model import Library
from backtimer.library.user_store import UserRoutineStore
from backtimer.paths import DataPaths, default_cache_dir, resolve_data_dir
from backtimer.ui.checkins.checkin_card import ActivityCheckins
from backtimer.ui.desktop.crash import install_excepthook
from backtimer.ui.desktop.first_paint import call_after_first_paint
from backtimer.ui.desktop.journal_opening import ask_with_message_box, open_journal
from backtimer.ui.desktop.journal_tools import JournalTools, JournalWatcher
from backtimer.ui.desktop.single_instance import ENV_QUIT_AFTER_HANDOVER, LaunchRequest, claim
from backtimer.ui.icons import IconName, app_icon
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.lazy_page import LazyPage
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences, open_settings
from backtimer.ui.theme import ThemeController, ThemeMode
from backtimer.ui.today.today_controller import TodayController, move_course_into_journal
from backtimer.ui.today.today_view import TodayView

if TYPE_CHECKING:  # pages, flows and dialogs load when first used, keeping start-up lean
    from backtimer.ui.checkins.flows import CheckInFlows
    from backtimer.ui.desktop.reminder_service import ReminderService
    from backtimer.ui.history.history_view import HistoryView
    from backtimer.ui.library.library_view import LibraryView
    from backtimer.ui.library.routine_actions import RoutineActions
    from backtimer.ui.settings.settings_dialog import SettingsDialog
    from backtimer.ui.trends.trends_view import TrendsView
    from backtimer.ui.workout.flow import WorkoutFlow

logger = logging.getLogger(__name__)

REFRESH_DELAY_MS = 50
"""Writes finishing within this long refresh the pages once (a workout writes every step)."""


def local_now() -> datetime:
    """The wall clock with the local offset: the one place the UI asks for 'now'."""
    return datetime.now().astimezone()


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
        now: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__()
        self.theme = theme
        self.paths = paths
        self.library = library
        self.journal = journal
        self.settings = settings
        self.preferences = Preferences.load(settings)
        self.read_only = read_only
        self._now = now
        self._closed = False
        self.chart_preload: QTimer | None = None
        self.reminders: ReminderService | None = None
        self.worker = (
            JournalWorker(paths.journal_file) if journal is not None and not read_only else None
        )
        self.writes = JournalWrites(self.worker, parent=self)
        self.writes.written.connect(self._on_journal_written)
        self.writes.failed.connect(self._on_journal_write_failed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_pages)
        self._refreshed_day: date = now().date()
        self.restart_requested = False
        move_course_into_journal(settings, self.writes)

        self.window = MainWindow(settings)
        self.today_controller = TodayController(
            journal,
            self.writes,
            lambda: self.library,
            settings,
            now,
            store=None if self.worker is None else UserRoutineStore.for_data_dir(paths),
            live_library=True,
            parent=self,
        )
        self.today_view = TodayView(self.today_controller)
        self.window.add_page(self.today_view, self.tr("To&day"))
        # Built when first shown or used (at the latest just after the first paint): the first
        # frame shows Today, and these pull in most of the UI's modules.
        self._library_tab: LazyPage[LibraryView] = LazyPage(self._make_library_view)
        self.window.add_page(self._library_tab, self.tr("&Library"), IconName.LIBRARY)
        self._routine_actions: RoutineActions | None = None
        self._flow_options = flow_options or {}
        self._flow: WorkoutFlow | None = None
        self._checkins: CheckInFlows | None = None
        self.activity_checkins: ActivityCheckins | None = None
        self.watcher: JournalWatcher | None = None
        if journal is not None:
            self.activity_checkins = ActivityCheckins(
                connection=journal.connection,
                writes=self.writes,
                now=now,
                in_workout=self.window.is_in_workout,
                window=self.window,
                parent=self,
            )
            self.today_view.add_card(self.activity_checkins.card)
            checkin_action = self.window.journal_menu.addAction(self.tr("Weekly &check-in…"))
            checkin_action.triggered.connect(self.activity_checkins.open_dialog)
            self.activity_checkins.status_changed.connect(self.window.show_status)
            self.activity_checkins.refresh()
            self.watcher = JournalWatcher(journal.connection, self.window.is_in_workout, self)
            self.watcher.changed_outside.connect(self.refresh_pages)
            self.writes.written.connect(self.watcher.sync)
            self.watcher.start()
        self.journal_tools = JournalTools(
            paths=paths,
            writes=self.writes,
            window=self.window,
            now=now,
            close_journal=self.shutdown,
            parent=self,
        )
        self.journal_tools.status_changed.connect(self.window.show_status)
        self.journal_tools.restore_finished.connect(self._on_restore_finished)
        self.window.import_requested.connect(self.journal_tools.import_csv)
        self.window.backup_requested.connect(self.journal_tools.back_up_now)
        self.window.restore_requested.connect(self.journal_tools.restore_backup)
        self.window.example_data_requested.connect(open_example_data)
        self.today_view.routine_chosen.connect(
            lambda routine_id: self.flow.start_routine(
                routine_id, self.today_controller.routine_to_run(routine_id)
            )
        )
        self.today_controller.routine_saved.connect(lambda _routine_id: self.reload_library())
        self.today_view.flare_requested.connect(self.start_flare_up)
        self.today_view.safety_requested.connect(self.show_safety)
        self.today_view.status_changed.connect(self.window.show_status)
        self.window.flare_requested.connect(self.start_flare_up)
        self.window.safety_requested.connect(self.show_safety)
        self.window.log_pain_requested.connect(lambda: self.checkins.log_pain_now())
        self.window.close_requested_during_workout.connect(self._abandon_workout)
        self.window.settings_requested.connect(self.open_settings)
        self._build_pages()
        self.window.restore_last_page()
        if read_only:
            self.window.show_status(
                self.tr("Journal opened read-only: workouts are not being recorded."), lasting=True
            )

    def _make_library_view(self) -> LibraryView:
        """The Library page, with the Routines actions (its buttons and the Routines menu)."""
        from backtimer.ui.library.library_view import LibraryView
        from backtimer.ui.library.routine_actions import RoutineActions

        view = LibraryView(self.library)
        view.routine_chosen.connect(lambda routine_id: self.flow.start_routine(routine_id))
        view.exercise_tried.connect(self.try_exercise)
        view.add_to_routine_requested.connect(self.add_exercise_to_routine)
        actions = RoutineActions(
            self.library,
            UserRoutineStore.for_data_dir(self.paths),
            view.selected_routine_id,
            view,
        )
        view.add_routine_tools(actions.tool_bar())
        for action in actions.menu_actions():
            if action is None:
                self.window.routines_menu.addSeparator()
            else:
                self.window.routines_menu.addAction(action)
        actions.library_changed.connect(self._on_library_reloaded)
        actions.status_changed.connect(self.window.show_status)
        self._routine_actions = actions
        return view

    @property
    def library_view(self) -> LibraryView:
        return self._library_tab.page()

    @property
    def routine_actions(self) -> RoutineActions:
        self._library_tab.page()
        assert self._routine_actions is not None
        return self._routine_actions

    @property
    def flow(self) -> WorkoutFlow:
        """The workout flow, made on its first use (its modules are not needed before)."""
        if self._flow is None:
            from backtimer.ui.workout.flow import WorkoutFlow

            self._flow = WorkoutFlow(
                window=self.window,
                library=self.library,
                preferences=self.preferences,
                settings=self.settings,
                now=self._now,
                writes=self.writes,
                show_safety=self.show_safety,
                **self._flow_options,
            )
        return self._flow

    @property
    def checkins(self) -> CheckInFlows:
        """Pain check-ins (Log pain now, the morning check, unfinished sessions), made on use."""
        if self._checkins is None:
            from backtimer.ui.checkins.flows import CheckInFlows

            self._checkins = CheckInFlows(
                window=self.window,
                reader=self.journal,
                writes=self.writes,
                preferences=self.preferences,
                now=self._now,
                parent=self,
            )
        return self._checkins

    @Slot()
    def _abandon_workout(self) -> None:
        if self._flow is not None:
            self._flow.abandon()

    def _build_pages(self) -> None:
        """History and trends read through the GUI-thread journal; edits go via JournalWrites.

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
        view = HistoryView(HistoryController(self.journal, self.writes, self._now, parent=self))
        view.log_pain_requested.connect(lambda: self.checkins.log_pain_now())
        return view

    def _make_trends_view(self) -> TrendsView:
        from backtimer.insights.snapshot import JournalTrendsSource
        from backtimer.ui.trends.trends_view import TrendsView
        from backtimer.ui.wording import core_text

        assert self.journal is not None
        view = TrendsView(
            JournalTrendsSource(self.journal.connection, lambda: self._now().date(), core_text)
        )
        from backtimer.journal.activities import ActivityJournal
        from backtimer.ui.trends.activities_panel import ActivitiesPanel

        activities = ActivitiesPanel(ActivityJournal(self.journal.connection).ratings)
        if self.activity_checkins is not None:
            activities.checkin_requested.connect(self.activity_checkins.open_dialog)
        view.add_tab(activities, self.tr("&Activities"))
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
        from backtimer.library.loader import load_library

        self._on_library_reloaded(load_library(self.paths.routines_dir), select_id)

    @Slot(object, str)
    def _on_library_reloaded(self, library: Library, select_id: str) -> None:
        self.library = library
        if self._flow is not None:
            self._flow.set_library(library)
        if not self._library_tab.is_built() and not select_id:
            return  # the page reads self.library when it is built
        self.routine_actions.library = library
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
            today=self._now().date(),
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
        from backtimer.ui.dialogs.safety_dialog import SafetyDialog

        SafetyDialog(self.window, first_run=first_run).exec()
        if first_run:
            self.preferences.safety_seen = True
            self.preferences.save(self.settings)

    @Slot()
    def start_flare_up(self) -> None:
        """Show the flare plan; on the user's yes, flare mode (and maybe Flare-Up Day now)."""
        if self.window.is_in_workout():
            return
        from backtimer.library.titles import routine_title
        from backtimer.ui.today.flare_dialog import FlareChoice, FlareDialog

        choice = FlareDialog.ask(
            self.window, flare_title=routine_title(FLARE_ROUTINE_ID, self.library)
        )
        if choice is None:
            return
        self.today_controller.start_flare()
        self.window.show_page(self.today_view)
        self.window.show_status(self.tr("Flare mode is on: today is marked as a flare day."))
        if choice is FlareChoice.START_ROUTINE:
            self.flow.start_routine(FLARE_ROUTINE_ID)

    @Slot(str)
    def try_exercise(self, exercise_id: str) -> bool:
        """Run one exercise alone in the player, at its usual dose (from the exercise browser)."""
        from backtimer.library.browse import try_routine

        exercise = self.library.exercises.get(exercise_id)
        if exercise is None:
            return False
        routine = try_routine(exercise)
        return self.flow.start_routine(routine.id, routine)

    @Slot(str)
    def add_exercise_to_routine(self, exercise_id: str) -> None:
        """Ask which routine gets the exercise, then open the editor with it added."""
        from backtimer.ui.library.exercise_browser import NEW_ROUTINE, choose_routine

        exercise = self.library.exercises.get(exercise_id)
        if exercise is None:
            return
        choice = choose_routine(self.window, self.library, exercise.name)
        if choice is None:
            return
        if choice == NEW_ROUTINE:
            editor = self.routine_actions.new_routine()
        else:
            self.library_view.select_routine(choice)
            editor = self.routine_actions.edit_selected()
        if editor is not None:
            editor.add_exercise(exercise_id)

    @Slot()
    def _on_restore_finished(self) -> None:
        """The journal file was replaced: start again on it (every page reads it afresh)."""
        self.restart_requested = True
        QApplication.quit()

    # --- the journal changed ---------------------------------------------------------------

    @Slot(str)
    def _on_journal_written(self, _what: str = "") -> None:
        """Refresh soon, once: a workout's per-step writes must not redraw the chart per step."""
        if not self._closed:
            self._refresh_timer.start()

    @Slot()
    def refresh_pages(self) -> None:
        """Today and every journal page already built re-read the journal.

        On the first refresh of a new day, flare mode marks the day (a write, made here
        explicitly rather than inside a read).
        """
        if self._closed:  # a write finished after shutdown: the reader is gone
            return
        today = self._now().date()
        if today != self._refreshed_day:
            self._refreshed_day = today
            self.today_controller.mark_flare_days()
        self.today_view.refresh()
        if self.activity_checkins is not None:
            self.activity_checkins.refresh()
        for page in self.refreshable_pages:
            page.refresh()

    @Slot(str, str)
    def _on_journal_write_failed(self, what: str, error: str) -> None:
        """Say it once: in History's notice bar while History is in front, else in a box."""
        if self._closed:
            return
        message = self.tr("Could not {what}: {error}").format(
            what=QCoreApplication.translate("JournalWrites", what), error=error
        )
        history = (
            self._history_tab.page() if self._history_tab and self._history_tab.is_built() else None
        )
        if history is not None and history.isVisible():
            history.show_write_failure(message)
        else:
            carries_on = (
                self.tr("Your workout carries on; what was saved before is safe.")
                if self.window.is_in_workout()
                else self.tr("What was saved before is safe.")
            )
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.window, self.tr("Could not save to the journal"), f"{message}\n\n{carries_on}"
            )
        self._on_journal_written()  # show what the journal holds after all

    # --- start-up steps ---------------------------------------------------------------------

    def after_first_paint(self, args: argparse.Namespace) -> None:
        """What start-up does once the window is on screen, in this order."""
        from backtimer.ui.trends.trends_view import preload_chart_when_idle

        starting = getattr(args, "command", None) == "start"
        self._library_tab.page()  # the Routines menu and its shortcuts
        self.chart_preload = preload_chart_when_idle(self.window.is_in_workout)
        report_library_problems(self.library, self.window)
        if not self.preferences.safety_seen:
            self.show_safety(first_run=True)
        self.checkins.resume_unfinished_sessions()
        if not starting:  # a shortcut start goes straight in
            self.checkins.ask_morning_check()
        self.today_controller.mark_flare_days()
        self.back_up_if_due()
        if not self.window.is_example_data():  # example data: no reminders, no autostart
            from backtimer.desktop.autostart import launch_command

            self.start_reminders(launch_command(args.data_dir))
        if starting:
            self.flow.start_routine(args.routine_id)

    def start_reminders(self, login_command: str) -> ReminderService:
        """The daily reminder and tray, built once start-up has painted; follows Settings."""
        from backtimer.ui.desktop.reminder_service import ReminderService

        reminders = ReminderService(
            window=self.window,
            flow=self.flow,
            library=self.library,
            settings=self.settings,
            now=self._now,
            login_command=login_command,
            parent=self,
        )
        self.preferences_changed.connect(reminders.apply_preferences)
        reminders.apply_preferences(self.preferences)
        self.reminders = reminders
        return reminders

    def back_up_if_due(self) -> None:
        """The daily automatic backup, queued behind the writes so start-up never waits for it."""
        if self.writes.can_write:
            self.writes.back_up_if_due(self.paths.journal_file, self.paths.backups_dir, self._now())

    def shutdown(self) -> None:
        """Stop a running workout, finish every queued write, then close the journal."""
        if self._closed:
            return
        self._abandon_workout()
        if self.reminders is not None:
            self.reminders.shutdown()
        self._refresh_timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
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
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        parent,
        QCoreApplication.translate("BacktimerApp", "Some routine files were skipped"),
        QCoreApplication.translate(
            "BacktimerApp",
            "These files have problems and were not loaded (everything else was):",
        )
        + "\n\n"
        + shown
        + (
            "\n"
            + QCoreApplication.translate("BacktimerApp", "… and {count} more").format(count=more)
            if more > 0
            else ""
        )
        + "\n\n"
        + QCoreApplication.translate(
            "BacktimerApp", "Check a file with: backtimer routines check FILE"
        ),
    )


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    from backtimer.ui.desktop.translations import install_translators

    _translators = install_translators(app)  # before any widget; parented to app, kept alive
    paths = resolve_data_dir(args.data_dir)
    try:
        paths.ensure()
    except UserFacingError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None, QCoreApplication.translate("BacktimerApp", "Backtimer cannot start"), str(error)
        )
        return 2
    request = LaunchRequest.from_args(args)
    instance = claim(paths, request, listen_after_first_paint=True)
    if instance.handed_over:
        logger.info("Backtimer is already running for %s: handed it '%s'", paths.root, request)
        return 0
    if instance.server is None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("BacktimerApp", "Backtimer is already running"),
            instance.blocked_message(paths),
        )
        return 2
    install_excepthook(paths, open_log_after_first_paint=True)
    demo = bool(getattr(args, "demo", False))
    settings = open_demo_settings(paths) if demo else open_settings()
    theme = ThemeController(app, ThemeMode(Preferences.load(settings).theme))
    cache_dir = paths.root / "cache" if demo else default_cache_dir()
    library = load_library_cached(paths.routines_dir, cache_dir)
    opened = open_journal(paths, ask_with_message_box(None), local_now)
    if opened is None:
        return 2
    journal, read_only = opened.journal, opened.read_only
    backtimer = BacktimerApp(paths, library, journal, settings, read_only=read_only, theme=theme)
    if demo:
        backtimer.window.show_example_data_banner()
    backtimer.window.show()
    if opened.notice:
        backtimer.window.show_status(opened.notice)
    app.aboutToQuit.connect(backtimer.shutdown)
    instance.server.request_received.connect(backtimer.handle_launch)
    app.aboutToQuit.connect(instance.server.close)
    if os.environ.get(ENV_QUIT_AFTER_HANDOVER):  # exit(), unlike quit(), never asks to close
        instance.server.request_received.connect(lambda _r: QTimer.singleShot(0, app.exit))

    call_after_first_paint(lambda: backtimer.after_first_paint(args))
    code = app.exec()
    settings.sync()  # now, not at exit: a demo's folder is removed when this returns
    if backtimer.restart_requested:  # a backup was restored: open it as a fresh start would
        logger.info("restarting on the restored journal")
        os.execv(sys.executable, [sys.executable, "-m", "backtimer", *sys.argv[1:]])
    return code


def open_demo_settings(paths: DataPaths) -> QSettings:
    """Settings for ``--demo``: a file inside the throwaway folder, never the user's own."""
    return QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat)


@Slot()
def open_example_data() -> bool:
    """Help → Explore with example data: a separate Backtimer on a throwaway demo journal."""
    from PySide6.QtCore import QProcess

    return QProcess.startDetached(sys.executable, ["-m", "backtimer", "--demo"])[0]
