"""The Today page's only path to the journal, the 12-week plan, flare mode and suggestions.

Reads use the GUI thread's journal and never write; journal writes (flare days) go through the
app's ``JournalWrites`` by name, and its ``written`` signal makes the app refresh the page. The
rules (which routine to suggest, how an accepted change is saved) are Qt-free in
``backtimer.insights.today``; this controller reads their inputs and carries out their result.
Plan start and flare start are the person's course, kept in the journal (``course_state``, so
a backup or a new laptop keeps them); which suggestion was answered stays in QSettings. Both sit
behind ``TodayState``: they steer what the page suggests, while the facts (sessions, pain, flare
days) stay in the journal, where trends, exports and the report see them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QSettings, Signal

from backtimer.errors import UserFacingError
from backtimer.insights.flare import (
    FLARE_DAY_NOTE,
    FlareStatus,
    days_to_mark,
    flare_status_from_journal,
)
from backtimer.insights.programme import PlanDay, plan_day, plan_titles, routine_for_plan_day
from backtimer.insights.progression import Suggestion, SuggestionKind, latest_suggestion
from backtimer.insights.today import routine_to_save, suggested_routine
from backtimer.journal.course import FLARE_STARTED, PLAN_START, SETTINGS_KEYS, Course
from backtimer.journal.journal import Journal
from backtimer.journal.records import SessionStatus, SessionSummary
from backtimer.library.model import Library, Routine
from backtimer.library.user_store import UserRoutineStore
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.wording import core_text
from backtimer.workout.plan import build_plan

logger = logging.getLogger(__name__)

RECENT_DAYS = 90
"""How far back "the routine you did last" is looked for."""
_PLAN_STARTED = "plan/started"
_FLARE_STARTED = "flare/started"
"""Where plan and flare start lived before the journal kept them (``course.SETTINGS_KEYS``)."""
_ANSWERED = "progression/answered"
_VERSIONS = "progression/versions"
_CHANGED_AFTER = "progression/changed_after"


@dataclass(frozen=True)
class TodaySnapshot:
    """Everything the Today page shows, read in one go."""

    today: date
    routine: Routine | None
    routine_s: float
    """The suggested routine's planned length in seconds."""
    why: str
    done_today: bool
    sessions_today: tuple[SessionSummary, ...]
    suggestion: Suggestion | None
    flare: FlareStatus | None
    plan: PlanDay | None
    read_only: bool
    can_apply: bool
    """A suggested dose change can be saved as a routine (else: "do it next time")."""
    plan_titles: Mapping[str, str]
    """The titles the plan's texts name routines by (``programme.plan_words``)."""


class TodayState:
    """The course state Today steers by: plan and flare start, answered and saved suggestions.

    The one object that knows where it is kept: plan and flare start in the journal's
    ``course_state`` (read on the GUI connection, written through ``JournalWrites``; a value
    just set is remembered until its write has run, so the page never shows it stale), the
    rest in QSettings (dates as ISO text, maps as 'key=value' lists). Without a journal, all
    of it stays in QSettings.
    """

    def __init__(
        self,
        settings: QSettings,
        reader: Journal | None = None,
        writes: JournalWrites | None = None,
    ) -> None:
        self._settings = settings
        self._course = Course(reader.connection) if reader is not None else None
        self._writes = writes
        self._pending: dict[str, date | None] = {}

    def _course_day(self, key: str, old_key: str) -> date | None:
        if key in self._pending:
            return self._pending[key]
        if self._course is None:
            return self._date(old_key)
        return self._course.day(key)

    def _set_course_day(self, key: str, old_key: str, day: date | None) -> None:
        if self._course is None or self._writes is None:
            self._set_date(old_key, day)
            return
        self._pending[key] = day
        future = self._writes.set_course_day(key, day)
        future.add_done_callback(lambda _done: self._pending.pop(key, None))

    def _date(self, key: str) -> date | None:
        text = str(self._settings.value(key, "") or "")
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            logger.warning("ignored a malformed date in settings %s: %r", key, text)
            return None

    def _set_date(self, key: str, day: date | None) -> None:
        if day is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, day.isoformat())
        self._settings.sync()

    def _map(self, key: str) -> dict[str, str]:
        raw = self._settings.value(key, []) or []
        items = [raw] if isinstance(raw, str) else list(raw)
        return dict(item.split("=", 1) for item in items if "=" in item)

    def _set_map(self, key: str, values: dict[str, str]) -> None:
        self._settings.setValue(key, [f"{name}={value}" for name, value in values.items()])
        self._settings.sync()

    @property
    def plan_started(self) -> date | None:
        return self._course_day(PLAN_START, _PLAN_STARTED)

    @plan_started.setter
    def plan_started(self, day: date | None) -> None:
        self._set_course_day(PLAN_START, _PLAN_STARTED, day)

    @property
    def flare_started(self) -> date | None:
        return self._course_day(FLARE_STARTED, _FLARE_STARTED)

    @flare_started.setter
    def flare_started(self, day: date | None) -> None:
        self._set_course_day(FLARE_STARTED, _FLARE_STARTED, day)

    @property
    def answered(self) -> str:
        """The key of the last suggestion accepted or put off ("Not now")."""
        return str(self._settings.value(_ANSWERED, "") or "")

    @answered.setter
    def answered(self, key: str) -> None:
        self._settings.setValue(_ANSWERED, key)
        self._settings.sync()

    @property
    def versions(self) -> dict[str, str]:
        """Bundled routine id → the user's own copy made by accepting a suggestion."""
        return self._map(_VERSIONS)

    def set_version(self, original: str, copy: str) -> None:
        self._set_map(_VERSIONS, {**self.versions, original: copy})

    @property
    def changed_after(self) -> dict[str, int]:
        """Routine id → last session done before its dose was changed."""
        return {name: int(value) for name, value in self._map(_CHANGED_AFTER).items()}

    def set_changed_after(self, routine_id: str, session_id: int) -> None:
        values = {name: str(value) for name, value in self.changed_after.items()}
        self._set_map(_CHANGED_AFTER, {**values, routine_id: str(session_id)})


MIGRATION_WAIT_S = 5.0


def move_course_into_journal(settings: QSettings, writes: JournalWrites) -> bool:
    """Once: copy plan and flare start out of QSettings into the journal, then drop them there.

    Costs nothing when the settings hold neither (new users, and everyone after the first
    run). Waits for the write so Today's first snapshot already reads the journal; the keys
    are removed only once the journal has them. Returns True if anything moved.
    """
    old = {key: str(settings.value(key, "") or "") for key in SETTINGS_KEYS}
    if not any(old.values()) or not writes.can_write:
        return False
    try:
        writes.adopt_course_settings(old).result(timeout=MIGRATION_WAIT_S)
    except Exception as error:
        logger.warning("could not move the course into the journal yet: %s", error)
        return False
    for key in SETTINGS_KEYS:
        settings.remove(key)
    settings.sync()
    logger.info("moved plan and flare start from the settings into the journal")
    return True


class TodayController(QObject):
    """Builds the Today page's snapshot (a pure read) and carries out its actions.

    Signals:
        changed(): the course state changed (plan, flare, an answered suggestion); take a new
            snapshot. Journal writes are announced by ``JournalWrites.written`` instead.
        routine_save_failed(str): an accepted change could not be saved as a routine file.
        routine_saved(str): a suggestion was accepted and saved as this user routine id.
    """

    changed = Signal()
    routine_save_failed = Signal(str)
    routine_saved = Signal(str)

    def __init__(
        self,
        reader: Journal | None,
        writes: JournalWrites | None,
        library: Callable[[], Library],
        settings: QSettings,
        now: Callable[[], datetime],
        store: UserRoutineStore | None = None,
        parent: QObject | None = None,
        *,
        live_library: bool = False,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._writes = writes if writes is not None and writes.can_write else None
        self._library = library
        self._state = TodayState(settings, reader, self._writes)
        self._now = now
        self._store = store
        self._live_library = live_library  # does library() show a saved routine at once?
        self._routine_shown: Routine | None = None

    @property
    def state(self) -> TodayState:
        return self._state

    def routine_to_run(self, routine_id: str) -> Routine | None:
        """The routine Start runs: the one the page shows (in plan weeks 1-2, its first sets
        only), or None to run the library's routine of that id."""
        shown = self._routine_shown
        return shown if shown is not None and shown.id == routine_id else None

    def now(self) -> datetime:
        return self._now()

    # --- reading ------------------------------------------------------------------------------

    def snapshot(self) -> TodaySnapshot:
        """Everything the page shows, read in one go; never writes (see ``mark_flare_days``)."""
        today = self._now().date()
        library = self._library()
        sessions: list[SessionSummary] = []
        if self._reader is not None:
            first = today - timedelta(days=RECENT_DAYS)
            if self._state.plan_started is not None:
                first = min(first, self._state.plan_started)
            sessions = [
                s for s in self._reader.sessions(first, today) if s.status in _COUNTED_STATUSES
            ]
        flare = self._flare(today)
        plan = self._plan(today, sessions)
        pick = suggested_routine(
            library,
            self._state.versions,
            flare=flare is not None,
            plan=plan,
            last_routine_id=sessions[-1].routine_id if sessions else None,
            tr=core_text,
        )
        routine = pick.routine
        if routine is not None:
            originals = {copy: original for original, copy in self._state.versions.items()}
            routine = routine_for_plan_day(
                routine, plan, originals.get(routine.id, routine.id), core_text
            )
        self._routine_shown = routine
        done_today = tuple(s for s in sessions if s.day == today)
        suggestion = None
        if flare is None and self._reader is not None:
            found = latest_suggestion(
                self._reader, library, today, self._state.changed_after, tr=core_text
            )
            if found is not None and found.key != self._state.answered:
                suggestion = found
        return TodaySnapshot(
            today=today,
            routine=routine,
            routine_s=build_plan(routine, library.exercises).total_s if routine else 0.0,
            why=pick.why,
            done_today=routine is not None and any(s.routine_id == routine.id for s in done_today),
            sessions_today=done_today,
            suggestion=suggestion,
            flare=flare,
            plan=plan,
            read_only=self._writes is None,
            can_apply=self._store is not None,
            plan_titles=plan_titles(library),
        )

    def _flare(self, today: date) -> FlareStatus | None:
        started = self._state.flare_started
        if started is None or self._reader is None:
            return None
        return flare_status_from_journal(self._reader, started, today)

    def _plan(self, today: date, sessions: list[SessionSummary]) -> PlanDay | None:
        started = self._state.plan_started
        if started is None:
            return None
        originals = {copy: original for original, copy in self._state.versions.items()}
        done = [
            (s.day, originals.get(s.routine_id, s.routine_id))
            for s in sessions
            if s.day >= started and s.status is SessionStatus.COMPLETED
        ]
        return plan_day(started, today, done)

    # --- actions ------------------------------------------------------------------------------

    def start_flare(self) -> None:
        """Flare mode on (from today, unless already on): the page changes, today is marked."""
        if self._state.flare_started is None:
            self._state.flare_started = self._now().date()
        self.mark_flare_days()
        self.changed.emit()

    def mark_flare_days(self) -> Future[None] | None:
        """Mark every day of the current flare not yet marked in the journal, by name.

        The explicit write path for flare days (reads never write): called when flare mode
        starts and on the app's daily refresh, so a flare running over midnight marks the new day.
        """
        started = self._state.flare_started
        if started is None or self._reader is None or self._writes is None:
            return None
        today = self._now().date()
        marked = [flare.day for flare in self._reader.flare_days(started, today)]
        missing = days_to_mark(started, today, marked)
        return self._writes.mark_flare_days(missing, FLARE_DAY_NOTE) if missing else None

    def end_flare(self) -> None:
        self._state.flare_started = None
        self.changed.emit()

    def start_plan(self) -> None:
        self._state.plan_started = self._now().date()
        self.changed.emit()

    def stop_plan(self) -> None:
        self._state.plan_started = None
        self.changed.emit()

    def not_now(self, suggestion: Suggestion) -> None:
        self._state.answered = suggestion.key
        self.changed.emit()

    def accept(self, suggestion: Suggestion) -> str:
        """Carry out the user's yes; returns what happened, for the status bar."""
        if suggestion.kind is SuggestionKind.FLARE:
            self._state.answered = suggestion.key
            self.start_flare()
            return self.tr("Flare mode is on: today is marked as a flare day.")
        if not suggestion.changes:
            self.not_now(suggestion)
            return ""
        changes = "; ".join(change.words(core_text) for change in suggestion.changes)
        if self._store is None:
            self.not_now(suggestion)
            return self.tr("Next time: {changes}").format(changes=changes)
        try:
            saved = self._save_changed_routine(suggestion)
        except UserFacingError as error:
            self.routine_save_failed.emit(str(error))
            return ""
        self._state.answered = suggestion.key
        self.routine_saved.emit(saved.id)
        self.changed.emit()
        when = (
            "" if self._live_library else self.tr(" It is used from the next start of Backtimer.")
        )
        return (
            self.tr("Saved “{title}”: {changes}.").format(title=saved.title, changes=changes) + when
        )

    def _save_changed_routine(self, suggestion: Suggestion) -> Routine:
        """Save what ``routine_to_save`` decides, and remember it in the course state."""
        library = self._library()
        assert self._store is not None
        save = routine_to_save(library, suggestion, core_text)
        self._store.save_routine(save.routine, library)
        if save.copy_of is not None:
            self._state.set_version(save.copy_of, save.routine.id)
        elif save.changed_after is not None:
            self._state.set_changed_after(save.routine.id, save.changed_after)
        return save.routine


_COUNTED_STATUSES = (SessionStatus.COMPLETED, SessionStatus.STOPPED)
