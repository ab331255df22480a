"""The Today page's only path to the journal, the 12-week plan, flare mode and suggestions.

Reads use the GUI thread's journal; journal writes (flare days) go to the journal worker, like
``history_controller``. Plan start, flare start and which suggestion was answered live in
QSettings rather than in a new journal table: they steer what the page suggests, while the facts
(sessions, pain, flare days) stay in the journal, where trends, exports and the report see them.
Losing these settings costs one click, and the journal schema needs no migration for them.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QSettings, Signal, Slot

from backtimer.errors import UserFacingError
from backtimer.insights.flare import (
    FLARE_DAY_NOTE,
    FlareStatus,
    days_to_mark,
    flare_status_from_journal,
)
from backtimer.insights.programme import PlanDay, plan_day
from backtimer.insights.progression import (
    FLARE_ROUTINE_ID,
    Suggestion,
    SuggestionKind,
    latest_suggestion,
    routine_with_changes,
)
from backtimer.journal.journal import Journal
from backtimer.journal.records import SessionStatus, SessionSummary
from backtimer.journal.worker import JournalWorker
from backtimer.library.model import Library, Routine, SourceKind
from backtimer.library.user_store import UserRoutineStore, new_id, taken_ids
from backtimer.workout.plan import build_plan

logger = logging.getLogger(__name__)

STARTER_ROUTINE_ID = "rt_back_basics"
RECENT_DAYS = 90
"""How far back "the routine you did last" is looked for."""
_PLAN_STARTED = "plan/started"
_FLARE_STARTED = "flare/started"
_ANSWERED = "progression/answered"
_VERSIONS = "progression/versions"
_CHANGED_AFTER = "progression/changed_after"


@dataclass(frozen=True)
class HomeSnapshot:
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


class HomeState:
    """The Today page's own settings; dates as ISO text, maps as 'key=value' lists."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

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
        return self._date(_PLAN_STARTED)

    @plan_started.setter
    def plan_started(self, day: date | None) -> None:
        self._set_date(_PLAN_STARTED, day)

    @property
    def flare_started(self) -> date | None:
        return self._date(_FLARE_STARTED)

    @flare_started.setter
    def flare_started(self, day: date | None) -> None:
        self._set_date(_FLARE_STARTED, day)

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


class HomeController(QObject):
    """Builds the Today page's snapshot and carries out its actions.

    Signals:
        changed(): something the page shows changed; take a new snapshot.
        write_failed(str): a journal or routine write did not happen, in plain words.
        routine_saved(str): a suggestion was accepted and saved as this user routine id.
    """

    changed = Signal()
    write_failed = Signal(str)
    routine_saved = Signal(str)
    _write_finished = Signal(str)

    def __init__(
        self,
        reader: Journal | None,
        worker: JournalWorker | None,
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
        self._worker = worker
        self._library = library
        self._state = HomeState(settings)
        self._now = now
        self._store = store
        self._live_library = live_library  # does library() show a saved routine at once?
        self._write_finished.connect(self._on_write_finished)

    @property
    def state(self) -> HomeState:
        return self._state

    def now(self) -> datetime:
        return self._now()

    # --- reading ------------------------------------------------------------------------------

    def snapshot(self) -> HomeSnapshot:
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
        routine, why = self._suggested_routine(library, flare, plan, sessions)
        done_today = tuple(s for s in sessions if s.day == today)
        suggestion = None
        if flare is None and self._reader is not None:
            found = latest_suggestion(self._reader, library, today, self._state.changed_after)
            if found is not None and found.key != self._state.answered:
                suggestion = found
        return HomeSnapshot(
            today=today,
            routine=routine,
            routine_s=build_plan(routine, library.exercises).total_s if routine else 0.0,
            why=why,
            done_today=routine is not None and any(s.routine_id == routine.id for s in done_today),
            sessions_today=done_today,
            suggestion=suggestion,
            flare=flare,
            plan=plan,
            read_only=self._worker is None,
            can_apply=self._store is not None,
        )

    def _flare(self, today: date) -> FlareStatus | None:
        started = self._state.flare_started
        if started is None or self._reader is None:
            return None
        marked = [flare.day for flare in self._reader.flare_days(started, today)]
        missing = days_to_mark(started, today, marked)
        if missing:
            self._submit(
                "mark flare days",
                lambda j: [j.set_flare_day(d, True, FLARE_DAY_NOTE) for d in missing],
            )
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

    def _suggested_routine(
        self,
        library: Library,
        flare: FlareStatus | None,
        plan: PlanDay | None,
        sessions: list[SessionSummary],
    ) -> tuple[Routine | None, str]:
        """Flare mode first (it replaces the plan's strength work), then plan, last used, start."""
        candidates: list[tuple[str, str]] = []
        if flare is not None:
            candidates.append((FLARE_ROUTINE_ID, "You are in flare mode: keep moving gently."))
        if plan is not None:
            candidates.append((plan.routine_id, plan.reason))
        if sessions:
            candidates.append((sessions[-1].routine_id, "The routine you did last."))
        candidates.append((STARTER_ROUTINE_ID, "The place to start."))
        versions = self._state.versions
        for routine_id, why in candidates:
            mine = library.routines.get(versions.get(routine_id, ""))
            routine = mine or library.routines.get(routine_id)
            if routine is not None:
                return routine, why
        return None, "No routine is available: check the Library."

    # --- actions ------------------------------------------------------------------------------

    def start_flare(self) -> None:
        today = self._now().date()
        if self._state.flare_started is None:
            self._state.flare_started = today
        self._submit(
            "mark today as a flare day", lambda j: j.set_flare_day(today, True, FLARE_DAY_NOTE)
        )

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
            return "Flare mode is on: today is marked as a flare day."
        if not suggestion.changes:
            self.not_now(suggestion)
            return ""
        changes = "; ".join(change.text for change in suggestion.changes)
        if self._store is None:
            self.not_now(suggestion)
            return f"Next time: {changes}"
        try:
            saved = self._save_changed_routine(suggestion)
        except UserFacingError as error:
            self.write_failed.emit(str(error))
            return ""
        self._state.answered = suggestion.key
        self.routine_saved.emit(saved.id)
        self.changed.emit()
        when = "" if self._live_library else " It is used from the next start of Backtimer."
        return f"Saved “{saved.title}”: {changes}.{when}"

    def _save_changed_routine(self, suggestion: Suggestion) -> Routine:
        """A bundled routine gets a user copy (the plan then uses it); a user routine changes."""
        library = self._library()
        assert self._store is not None
        routine = library.routine(suggestion.routine_id)
        changed = routine_with_changes(routine, suggestion.changes)
        if routine.source.kind is SourceKind.BUNDLED:
            title = f"{routine.title} (my level)"
            changed = dataclasses.replace(
                changed, id=new_id(title, taken_ids(library)), title=title
            )
            self._store.save_routine(changed, library)
            self._state.set_version(routine.id, changed.id)
        else:
            self._store.save_routine(changed, library)
            self._state.set_changed_after(routine.id, suggestion.session_ids[-1])
        return changed

    def _submit(self, what: str, write: Callable[[Journal], object]) -> Future[object] | None:
        if self._worker is None:
            logger.warning("ignored an attempt to %s: journal is read-only", what)
            self.changed.emit()
            return None
        future = self._worker.submit(write)
        future.add_done_callback(lambda done: self._report(what, done))
        return future

    def _report(self, what: str, future: Future[object]) -> None:
        """Runs on the writer thread: hand over to the GUI thread through a queued signal."""
        error = future.exception()
        self._write_finished.emit("" if error is None else f"Could not {what}: {error}")

    @Slot(str)
    def _on_write_finished(self, error: str) -> None:
        if error:
            self.write_failed.emit(error)
        self.changed.emit()


_COUNTED_STATUSES = (SessionStatus.COMPLETED, SessionStatus.STOPPED)
