"""Table models for the history page: sessions and pain checks, thin layers over journal records.

The models hold plain frozen records and only format them; every write goes through the
history controller, so a model never touches the database. Each cell also offers a
``SORT_ROLE`` value (numbers, timestamps) so the proxy sorts by meaning, not by display text.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal.records import PainEntry, SessionStatus, SessionSummary
from backtimer.ui.wording import symptom_words, weekday_day_text
from backtimer.workout.progress import session_tally

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Value to sort by: float/int/str, or None for "not recorded" (always sorted last)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The journal id of the row's session or pain entry."""

MINUS = "\u2212"
NOT_RECORDED = "—"
_Index = QModelIndex | QPersistentModelIndex
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)


# --- formatting shared by the page and the detail dialog --------------------------------------


def minutes_text(seconds: float) -> str:
    """m:ss, or h:mm:ss from an hour: short enough for a table cell."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def signed_text(change: int | None) -> str:
    """−2 / +1 / 0 with a true minus sign (screen readers say "minus", not "hyphen")."""
    if change is None:
        return NOT_RECORDED
    if change < 0:
        return f"{MINUS}{-change}"
    return f"+{change}" if change > 0 else "0"


def score_text(score: int | None) -> str:
    return NOT_RECORDED if score is None else str(score)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionTableModel", text)


def completion_text(session: SessionSummary) -> str:
    """Words, never a colour: how far the session got (the workout summary's own tally)."""
    counted = session_tally(session)
    skipped = (
        QCoreApplication.translate("SessionTableModel", ", {count} skipped").format(
            count=counted.skipped
        )
        if counted.skipped
        else ""
    )
    steps = counted.done
    if session.steps_planned is not None and counted.planned == 1:
        after = QCoreApplication.translate("SessionTableModel", "{done} of 1 step").format(
            done=steps
        )
    elif session.steps_planned is not None:
        after = QCoreApplication.translate("SessionTableModel", "{done} of {planned} steps").format(
            done=steps, planned=counted.planned
        )
    else:
        after = (
            QCoreApplication.translate("SessionTableModel", "1 step")
            if steps == 1
            else QCoreApplication.translate("SessionTableModel", "{count} steps").format(
                count=steps
            )
        )
    match session.status:
        case SessionStatus.COMPLETED if counted.complete or session.steps_planned is None:
            return QCoreApplication.translate("SessionTableModel", "Completed") + skipped
        case SessionStatus.COMPLETED:
            return QCoreApplication.translate("SessionTableModel", "Finished") + skipped
        case SessionStatus.STOPPED:
            return (
                QCoreApplication.translate("SessionTableModel", "Stopped after {steps}").format(
                    steps=after
                )
                + skipped
            )
        case SessionStatus.INTERRUPTED:
            return (
                QCoreApplication.translate("SessionTableModel", "Interrupted after {steps}").format(
                    steps=after
                )
                + skipped
            )
        case _:
            return QCoreApplication.translate("SessionTableModel", "Still running")


def change_tooltip(change: int | None) -> str:
    if change is None:
        return QCoreApplication.translate(
            "SessionTableModel", "Needs both a pain score before and after the session."
        )
    if change == 0:
        return QCoreApplication.translate(
            "SessionTableModel", "Pain was the same before and after the session."
        )
    if change == -1:
        return QCoreApplication.translate(
            "SessionTableModel", "Pain was 1 point lower after the session than before it."
        )
    if change == 1:
        return QCoreApplication.translate(
            "SessionTableModel", "Pain was 1 point higher after the session than before it."
        )
    if change < 0:
        text = QCoreApplication.translate(
            "SessionTableModel", "Pain was {points} points lower after the session than before it."
        )
    else:
        text = QCoreApplication.translate(
            "SessionTableModel", "Pain was {points} points higher after the session than before it."
        )
    return text.format(points=abs(change))


def local_date_time(moment: datetime) -> str:
    """The moment as it was lived (its own offset), with the locale's day and month names
    and its clock (24 h or am/pm)."""
    locale = QLocale()
    day = weekday_day_text(moment.date(), locale)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


def date_text(session: SessionSummary) -> str:
    """Local to where the session happened, as it was lived."""
    return local_date_time(session.started)


def first_line(note: str) -> str:
    lines = note.strip().splitlines()
    if not lines:
        return ""
    return lines[0] + (" …" if len(lines) > 1 else "")


# --- sessions ---------------------------------------------------------------------------------


def _completion_key(session: SessionSummary) -> float:
    """Completed sessions above partial ones; partial ones by the share of planned time done."""
    if session.status is SessionStatus.COMPLETED:
        return 2.0
    used_s = session_tally(session).used_s
    return min(used_s / session.planned_s, 1.0) if session.planned_s > 0 else 0.0


def _pain_key(session: SessionSummary) -> float | None:
    """By where the session ended, then where it started."""
    if session.pain_after is None:
        return None
    return session.pain_after + (session.pain_before or 0) / 100


class SessionTableModel(QAbstractTableModel):
    """Read-only rows of session summaries, oldest first, as the journal returns them."""

    COL_DATE, COL_ROUTINE, COL_TIME, COL_COMPLETION, COL_PAIN, COL_CHANGE, COL_HURTS, COL_NOTE = (
        range(8)
    )
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Routine"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Time done"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Completion"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Pain before → after"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Session effect"),
        QT_TRANSLATE_NOOP("SessionTableModel", "“This hurts”"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Note"),
    )
    HEADER_TIPS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP(
            "SessionTableModel", "When the session started, in the local time where you were"
        ),
        QT_TRANSLATE_NOOP("SessionTableModel", "The routine you followed"),
        QT_TRANSLATE_NOOP(
            "SessionTableModel", "Time actually spent on the steps (minutes:seconds)"
        ),
        QT_TRANSLATE_NOOP("SessionTableModel", "Whether you finished the routine"),
        QT_TRANSLATE_NOOP(
            "SessionTableModel", "Pain 0–10 right before and right after the session"
        ),
        QT_TRANSLATE_NOOP(
            "SessionTableModel",
            "Session effect: pain after minus pain before; negative means the session eased it",
        ),
        QT_TRANSLATE_NOOP(
            "SessionTableModel", "How often you pressed “This hurts” during the session"
        ),
        QT_TRANSLATE_NOOP("SessionTableModel", "Your note about the session"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []

    def set_rows(self, rows: Sequence[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SessionSummary]:
        return list(self._rows)

    def session_at(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), None)

    def remove_session(self, session_id: int) -> SessionSummary | None:
        """Take a row out at once (delete is undoable); returns what was removed."""
        row = self.row_of(session_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._rows.pop(row)
        self.endRemoveRows()
        return removed

    def restore_session(self, session: SessionSummary) -> None:
        """Put a row back where its start time belongs (undo of a delete)."""
        if self.row_of(session.id) is not None:
            return
        keys = [(s.started, s.id) for s in self._rows]
        row = bisect_left(keys, (session.started, session.id))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, session)
        self.endInsertRows()

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(self.HEADER_TIPS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        session = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(session, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(session, column)
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        if role == ID_ROLE:
            return session.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_TIME,
            self.COL_PAIN,
            self.COL_CHANGE,
            self.COL_HURTS,
        ):
            return _ALIGN_CENTER if column == self.COL_PAIN else _ALIGN_RIGHT
        return None

    def _display(self, session: SessionSummary, column: int) -> str:
        match column:
            case self.COL_DATE:
                return date_text(session)
            case self.COL_ROUTINE:
                return session.routine_title
            case self.COL_TIME:
                return minutes_text(session_tally(session).used_s)
            case self.COL_COMPLETION:
                return completion_text(session)
            case self.COL_PAIN:
                return f"{score_text(session.pain_before)} → {score_text(session.pain_after)}"
            case self.COL_CHANGE:
                return signed_text(session.pain_change)
            case self.COL_HURTS:
                return str(session.hurt_count) if session.hurt_count else ""
            case _:
                return first_line(session.note)

    def _tooltip(self, session: SessionSummary, column: int) -> str | None:
        match column:
            case self.COL_TIME:
                return self.tr("{done} done of {planned} planned").format(
                    done=minutes_text(session_tally(session).used_s),
                    planned=minutes_text(session.planned_s),
                )
            case self.COL_CHANGE:
                return change_tooltip(session.pain_change)
            case self.COL_HURTS:
                count = session.hurt_count
                if count == 1:
                    return self.tr("“This hurts” pressed once")
                return self.tr("“This hurts” pressed {count} times").format(count=count)
            case self.COL_NOTE if session.note.strip():
                return f"<p style='white-space:pre-wrap'>{html.escape(session.note)}</p>"
            case self.COL_DATE:
                return self.tr("Press Enter or double-click to see the steps and edit notes")
        return None

    def sort_key(self, row: int, column: int) -> float | str | None:
        session = self._rows[row]
        match column:
            case self.COL_DATE:
                return session.started.timestamp()
            case self.COL_ROUTINE:
                return session.routine_title.casefold()
            case self.COL_TIME:
                return session_tally(session).used_s
            case self.COL_COMPLETION:
                return _completion_key(session)
            case self.COL_PAIN:
                return _pain_key(session)
            case self.COL_CHANGE:
                return session.pain_change
            case self.COL_HURTS:
                return session.hurt_count
            case _:
                return session.note.strip().casefold() or None


class MissingLastProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` with "not recorded" cells at the bottom in either order.

    Qt's default puts empty values last only when ascending; sorting "Session effect" from
    worst to best would otherwise start with every session that lacks a score.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        # Keys come straight from the Python model: faster than QVariants, and PySide6 6.12
        # drops a reference to None each time index.data() returns None (the interpreter
        # aborts with "none_dealloc" after a few thousand such calls).
        source = self.sourceModel()
        assert isinstance(source, SessionTableModel | PainCheckModel)
        left_key = source.sort_key(left.row(), left.column())
        right_key = source.sort_key(right.row(), right.column())
        if left_key is None or right_key is None:
            if left_key is None and right_key is None:
                return left.row() < right.row()
            missing_is_less = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return missing_is_less if left_key is None else not missing_is_less
        if left_key == right_key:
            return left.row() < right.row()
        return left_key < right_key


# --- pain checks outside sessions -------------------------------------------------------------


class PainCheckModel(QAbstractTableModel):
    """Spot pain scores ("Log pain now"), with score and note editable in place.

    Signals:
        edit_requested(int, int, str): pain id, new score, new note; the page saves it.
    """

    edit_requested = Signal(int, int, str)
    COL_WHEN, COL_SCORE, COL_NOTE = range(3)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("PainCheckModel", "When"),
        QT_TRANSLATE_NOOP("PainCheckModel", "Pain"),
        QT_TRANSLATE_NOOP("PainCheckModel", "Note"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PainEntry] = []
        self._editable = True

    def set_rows(self, rows: Sequence[PainEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def entry_at(self, row: int) -> PainEntry:
        return self._rows[row]

    def sort_key(self, row: int, column: int) -> float | str | None:
        entry = self._rows[row]
        return (entry.recorded.timestamp(), entry.score, entry.note.casefold() or None)[column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._editable and index.column() != self.COL_WHEN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            symptoms = symptom_words(entry.leg_pain, entry.nerve_symptoms, entry.urgent_symptoms)
            return (
                local_date_time(entry.recorded),
                f"{entry.score}/10" + (f" · {symptoms}" if symptoms else ""),
                first_line(entry.note),
            )[column]
        if role == Qt.ItemDataRole.EditRole:
            return (None, entry.score, entry.note)[column]
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTE and entry.note:
            return f"<p style='white-space:pre-wrap'>{html.escape(entry.note)}</p>"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SCORE:
            return _ALIGN_RIGHT
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Show the edit at once and ask the page to save it; the journal stays the truth."""
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        entry = self._rows[index.row()]
        score, note = entry.score, entry.note
        if index.column() == self.COL_SCORE:
            if not isinstance(value, int) or not 0 <= value <= 10:
                return False
            score = value
        else:
            note = str(value)
        if (score, note) == (entry.score, entry.note):
            return False
        self._rows[index.row()] = replace(entry, score=score, note=note)
        self.dataChanged.emit(index, index)
        self.edit_requested.emit(entry.id, score, note)
        return True
