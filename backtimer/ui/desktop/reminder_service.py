"""Daily reminders in the running app: a timer aimed at the next one, a tray icon, a notification.

The timing is ``backtimer.reminders`` (pure logic); this adapter asks it when the next reminder is
due and aims a one-shot timer there, capped at a minute. Each wake-up asks the wall clock again, so
a suspended laptop, a clock change or a new time zone is noticed within a minute; nothing counts
ticks. Where the desktop has a system tray the reminder is a tray notification and the choices
are in the tray menu; elsewhere it is a small non-modal window. No reminder appears during a
workout, and a workout today settles today's reminder.

Inside a Flatpak sandbox the desktop is reached through the freedesktop portals
(``portal_client``): the reminder is also a portal notification (clicking it brings the window
forward), and start at login and running on after the window closes are asked of the
Background portal instead of writing an autostart file the desktop would never read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from backtimer import APP_NAME
from backtimer.desktop import portals
from backtimer.desktop.autostart import AutostartError, set_start_at_login
from backtimer.library.model import Library
from backtimer.reminders import Reminders, ReminderSchedule, ReminderState
from backtimer.ui.desktop.portal_client import PortalClient, desktop_portal
from backtimer.ui.desktop.reminder_prompt import ReminderPrompt
from backtimer.ui.icons import app_icon
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences
from backtimer.ui.workout.flow import WorkoutFlow

logger = logging.getLogger(__name__)

RECHECK = timedelta(minutes=1)
"""Longest sleep between looks at the wall clock (timers stop while a laptop sleeps)."""
EARLY_TOLERANCE = timedelta(milliseconds=500)
"""A timer firing this much early still counts as on time, rather than re-arming for a blink."""
STATE_GROUP = "reminders"
PORTAL_AUTOSTART_KEY = "desktop/portal_autostart"
"""Whether the Background portal last granted start at login (its entry is outside the sandbox)."""
NOTIFICATION_ID = "reminder"
_NOON = time(12)


class ReminderService(QObject):
    """Shows the daily reminder on time and carries out the user's answer.

    Signals:
        reminder_shown: a reminder appeared (the UTC datetime it was due).
        next_due_changed: the timer was re-aimed (the next due datetime, or None).
    """

    reminder_shown = Signal(object)
    next_due_changed = Signal(object)

    def __init__(
        self,
        *,
        window: MainWindow,
        flow: WorkoutFlow,
        library: Library,
        settings: QSettings,
        now: Callable[[], datetime],
        zone: tzinfo | None = None,
        tray_available: bool | None = None,
        login_command: Sequence[str] | None = None,
        portal: PortalClient | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._flow = flow
        self._library = library
        self._settings = settings
        self._now = now
        self._zone = zone
        self._tray_available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self._login_command = login_command
        self._routine_id = ""
        self._reminders = Reminders(ReminderSchedule(enabled=False, days=frozenset(), at=_NOON))
        self._next_due: datetime | None = None
        self._tray: QSystemTrayIcon | None = None
        self._prompt: ReminderPrompt | None = None
        self._told_about_tray = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check_now)
        flow.workout_started.connect(self._on_workout_started)
        self._portal = portal if portal is not None else desktop_portal(self)
        self._background_asked: tuple[bool, bool] | None = None  # (reminders on, autostart)
        self._runs_in_background = False
        self._notified = False  # a portal notification is out
        if self._portal is not None:
            self._portal.notification_activated.connect(self._on_notification_activated)
            self._portal.background_answered.connect(self._on_background_answered)

    # --- state ------------------------------------------------------------------------------

    @property
    def next_due(self) -> datetime | None:
        return self._next_due

    @property
    def timer_interval_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    @property
    def reminders(self) -> Reminders:
        return self._reminders

    @Slot(object)
    def apply_preferences(self, preferences: Preferences) -> None:
        """Take new reminder settings (at start-up and whenever the settings dialog saves)."""
        self._routine_id = preferences.reminder_routine
        try:
            schedule = ReminderSchedule.from_text(
                enabled=preferences.reminder_enabled,
                days=preferences.reminder_days,
                at=preferences.reminder_time,
                zone=self._zone,
            )
        except ValueError as error:
            logger.warning("reminder settings ignored: %s", error)
            self._window.show_status(self.tr("Reminder is off: {error}.").format(error=error))
            schedule = ReminderSchedule(enabled=False, days=frozenset(), at=_NOON)
        self._reminders = Reminders(schedule, self._load_state())
        self._sync_start_at_login(preferences.start_at_login)
        self._update_tray()
        self.check_now()

    def _load_state(self) -> ReminderState:
        self._settings.beginGroup(STATE_GROUP)
        values = {key: str(self._settings.value(key, "")) for key in self._settings.childKeys()}
        self._settings.endGroup()
        return ReminderState.from_settings(values)

    def _save(self, reminders: Reminders) -> None:
        now = self._now()
        yesterday = reminders.schedule.local_date(now) - timedelta(days=1)
        self._reminders = reminders.forgetting_before(yesterday)
        if self._notified and self._portal is not None:  # answered, or due again: withdraw it
            self._portal.remove_notification(NOTIFICATION_ID)
            self._notified = False
        self._settings.beginGroup(STATE_GROUP)
        for key, value in self._reminders.state.to_settings().items():
            if value:
                self._settings.setValue(key, value)
            else:
                self._settings.remove(key)
        self._settings.endGroup()
        self._reschedule(now)

    def _sync_start_at_login(self, enabled: bool) -> None:
        if self._login_command is None:
            return
        if self._portal is not None:
            self._ask_to_run_in_background(enabled, self._login_command)
            return
        try:
            set_start_at_login(enabled, self._login_command)
        except AutostartError as error:
            logger.warning("%s", error)
            self._window.show_status(str(error))

    def _ask_to_run_in_background(self, autostart: bool, command: Sequence[str]) -> None:
        """Sandboxed: ask the Background portal, but only when something is wanted or must be
        undone, and once per change, so the desktop is not asked again at every save."""
        reminders_on = self._reminders.schedule.enabled
        granted = self._settings.value(PORTAL_AUTOSTART_KEY, False, type=bool)
        wanted = (reminders_on, autostart)
        nothing_to_do = not (reminders_on or autostart or granted)
        if self._portal is None or wanted == self._background_asked or nothing_to_do:
            return
        self._background_asked = wanted
        window = portals.window_identifier(
            QGuiApplication.platformName(), int(self._window.winId()) or None
        )
        self._portal.request_background(
            reason=self.tr("Backtimer keeps running to remind you of your back routine."),
            autostart=autostart,
            commandline=command,
            window=window,
        )

    @Slot(object)
    def _on_background_answered(self, answer: portals.BackgroundAnswer) -> None:
        self._settings.setValue(PORTAL_AUTOSTART_KEY, answer.autostart)
        self._runs_in_background = answer.allowed
        self._update_quit_on_close()
        if (
            self._background_asked is not None
            and self._background_asked[1]
            and not answer.autostart
        ):
            self._window.show_status(
                self.tr("The desktop did not allow Backtimer to start at login.")
            )

    # --- timing -----------------------------------------------------------------------------

    @Slot()
    def check_now(self) -> None:
        """Show the reminder if it is due, then aim the timer at the next look."""
        now = self._now()
        if self._reminders.is_due(now + EARLY_TOLERANCE):
            self._fire(now)
        else:
            self._reschedule(now)

    def _reschedule(self, now: datetime) -> None:
        due = self._reminders.next_due(now)
        self._next_due = due
        if due is None:
            self._timer.stop()
        else:
            wait = min(max(due - now, timedelta(0)), RECHECK)
            self._timer.start(int(wait / timedelta(milliseconds=1)))
        if self._tray is not None:
            self._tray.setToolTip(self._tooltip(due))
        self.next_due_changed.emit(due)

    def _fire(self, now: datetime) -> None:
        due = self._reminders.next_due(now + EARLY_TOLERANCE)
        self._save(self._reminders.fired(now + EARLY_TOLERANCE))
        if self._flow.session is not None:
            logger.info("reminder held back: a workout is running")
            return
        logger.info("reminder shown (due %s)", due)
        title = self._routine_title()
        if self._portal is not None:  # the tray's own notifications cannot leave a sandbox
            self._notified = self._portal.add_notification(
                NOTIFICATION_ID,
                portals.notification(
                    self.tr("Time for your back routine"),
                    self.tr("{routine}: start it, snooze it or skip today.").format(routine=title),
                    default_action="open",
                ),
            )
        if self._portal is None and self._tray is not None and self._tray.isVisible():
            self._tray.showMessage(
                self.tr("Time for your back routine"),
                self.tr("{routine}: start it, snooze it or skip today from the {app} icon.").format(
                    routine=title, app=APP_NAME
                ),
                QSystemTrayIcon.MessageIcon.Information,
                30_000,
            )
        else:
            self._show_prompt(title)
        self.reminder_shown.emit(due)

    def _show_prompt(self, title: str) -> None:
        if self._prompt is not None:
            self._prompt.close()
        self._window.bring_to_front()
        prompt = ReminderPrompt(title, self._window)
        prompt.start_chosen.connect(self.start_now)
        prompt.snooze_chosen.connect(self.snooze)
        prompt.skip_chosen.connect(self.skip_today)
        prompt.destroyed.connect(self._on_prompt_destroyed)
        self._prompt = prompt
        prompt.show()
        QApplication.alert(self._window)

    @Slot()
    def _on_prompt_destroyed(self) -> None:
        self._prompt = None

    @Slot(str, str)
    def _on_notification_activated(self, notification_id: str, _action: str) -> None:
        if notification_id == NOTIFICATION_ID:
            self._window.bring_to_front()

    @property
    def prompt(self) -> ReminderPrompt | None:
        return self._prompt

    # --- the user's answers -----------------------------------------------------------------

    @Slot()
    def start_now(self) -> None:
        self._window.bring_to_front()
        self._flow.start_routine(self._routine_id)

    @Slot()
    def snooze(self) -> None:
        self._save(self._reminders.snoozed(self._now()))
        self._window.show_status(
            self.tr("Reminder snoozed until {time}.").format(time=self._local_text(self._next_due))
        )

    @Slot()
    def skip_today(self) -> None:
        self._save(self._reminders.skipped_today(self._now()))
        self._window.show_status(self.tr("No more reminders today."))

    @Slot(str)
    def _on_workout_started(self, _routine_id: str) -> None:
        if self._prompt is not None:
            self._prompt.close()
        self._save(self._reminders.workout_done(self._now()))

    # --- tray -------------------------------------------------------------------------------

    def _update_tray(self) -> None:
        """A tray icon while reminders are on (and the desktop has a tray): closing the window
        then leaves Backtimer running there, so the reminder can still appear."""
        wanted = self._tray_available and self._reminders.schedule.enabled
        if wanted and self._tray is None:
            self._tray = self._build_tray()
            self._tray.show()
        elif not wanted and self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
        self._update_quit_on_close()

    def _update_quit_on_close(self) -> None:
        """Closing the window quits, unless a tray icon or the Background portal keeps us on."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            in_background = self._runs_in_background and self._reminders.schedule.enabled
            app.setQuitOnLastWindowClosed(self._tray is None and not in_background)

    def _build_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)  # its own: never blank, whoever set the window's
        menu = QMenu(self._window)
        for text, slot in (
            (self.tr("&Start now"), self.start_now),
            (self.tr("S&nooze 30 min"), self.snooze),
            (self.tr("S&kip today"), self.skip_today),
            (None, None),
            (self.tr("&Open {app}").format(app=APP_NAME), self._window.bring_to_front),
            (self.tr("&Quit"), self._window.close_and_quit),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.messageClicked.connect(self._window.bring_to_front)
        self._window.installEventFilter(self)
        return tray

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._window.bring_to_front()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.Hide
            and not self._told_about_tray
        ):
            QTimer.singleShot(0, self._tell_about_tray)
        return False

    @Slot()
    def _tell_about_tray(self) -> None:
        """Once per run: the window closed but the app did not quit — say so, and where."""
        if self._tray is None or self._window.isVisible() or QApplication.closingDown():
            return
        self._told_about_tray = True
        self._tray.showMessage(
            self.tr("{app} is still running").format(app=APP_NAME),
            self.tr("It stays here so your reminder can reach you. Quit from this icon's menu."),
            QSystemTrayIcon.MessageIcon.Information,
            8_000,
        )

    def _tooltip(self, due: datetime | None) -> str:
        if due is None:
            return APP_NAME
        return self.tr("{app}: next reminder {time}").format(
            app=APP_NAME, time=self._local_text(due)
        )

    def _local_text(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        local = moment.astimezone(self._zone)
        today = self._now().astimezone(self._zone).date()
        if local.date() == today:
            return f"{local:%H:%M}"
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{day} {local:%H:%M}"

    def _routine_title(self) -> str:
        routine = self._library.routines.get(self._routine_id)
        return routine.title if routine is not None else self.tr("your routine")

    def shutdown(self) -> None:
        self._timer.stop()
        if self._prompt is not None:
            self._prompt.close()
        if self._tray is not None:
            self._tray.hide()
        if self._portal is not None:
            self._portal.close()
