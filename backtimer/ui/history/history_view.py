"""The history page: every session in a sortable table, a date filter, details, delete with undo.

The page reads and writes only through its ``HistoryController``; it never opens the journal.
A delete takes the row out at once and offers Undo (button or Ctrl+Z), backed by the journal's
soft delete, so a slip of the Delete key costs nothing.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal.records import SessionSummary
from backtimer.ui.history.history_controller import HistoryController
from backtimer.ui.history.history_model import (
    ID_ROLE,
    MissingLastProxy,
    PainCheckModel,
    SessionTableModel,
)
from backtimer.ui.history.session_detail import SessionDetailDialog
from backtimer.ui.wording import day_text, field_pattern, weekday_day_text

logger = logging.getLogger(__name__)

RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryView", "4 weeks"), 28),
    (QT_TRANSLATE_NOOP("HistoryView", "3 months"), 91),
    (QT_TRANSLATE_NOOP("HistoryView", "1 year"), 365),
    (QT_TRANSLATE_NOOP("HistoryView", "All"), None),
)
DEFAULT_RANGE_DAYS: int | None = None
EMPTY_TEXT = QT_TRANSLATE_NOOP("HistoryView", "No sessions yet — your workouts will appear here.")
EMPTY_RANGE_TEXT = QT_TRANSLATE_NOOP(
    "HistoryView", "No sessions between {start} and {end}. Choose “All” to see every session."
)
CHECKS_TEXT = QT_TRANSLATE_NOOP("HistoryView", "Scores you logged between workouts.")
CHECKS_EDIT_HINT = QT_TRANSLATE_NOOP("HistoryView", " Double-click a score or note to correct it.")
NO_CHECKS_TEXT = QT_TRANSLATE_NOOP(
    "HistoryView",
    "No pain checks outside workouts in this period. Use “Log pain now…” to add one.",
)
NOTICE_HIDE_MS = 8000
RESIZE_SAMPLE_ROWS = 60


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ScoreDelegate(QStyledItemDelegate):
    """Edits a pain score with a 0–10 spin box instead of Qt's default 0–99."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 10)
        editor.setAccessibleName(QCoreApplication.translate("HistoryView", "Pain score, 0 to 10"))
        return editor


def _embolden(button: QPushButton, on: bool) -> None:
    """The chosen range also reads bold: some dark themes barely shade a checked button."""
    font = button.font()
    font.setBold(on)
    button.setFont(font)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    return table


class HistoryView(QWidget):
    """History page.

    Signals:
        log_pain_requested(): the "Log pain now…" button; the app asks for and saves the score.
    """

    log_pain_requested = Signal()

    def __init__(self, controller: HistoryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._range_days: int | None = DEFAULT_RANGE_DAYS
        self._from_day: date | None = None
        self._to_day: date | None = None
        self._deleted: list[SessionSummary] = []
        """Deleted this run, newest last: what Undo gives back."""
        self._detail: SessionDetailDialog | None = None

        self.model = SessionTableModel(self)
        self.proxy = MissingLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.checks_model = PainCheckModel(self)
        self.checks_model.set_editable(not controller.read_only)
        self.checks_proxy = MissingLastProxy(self)
        self.checks_proxy.setSourceModel(self.checks_model)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_HIDE_MS)
        self._notice_timer.timeout.connect(self._hide_notice)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_filter_row())
        self._read_only_label = QLabel(
            self.tr("<b>Read-only:</b> {reason}").format(reason=controller.read_only_reason)
        )
        self._read_only_label.setWordWrap(True)
        self._read_only_label.setVisible(controller.read_only)
        layout.addWidget(self._read_only_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_sessions_area())
        splitter.addWidget(self._build_checks_area())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, stretch=1)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)
        self.set_range(DEFAULT_RANGE_DAYS)

    # --- building -----------------------------------------------------------------------------

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        self._range_group = QButtonGroup(self)
        self._range_buttons: dict[int | None, QPushButton] = {}
        for label, days in RANGES:
            button = QPushButton(self.tr(label))
            button.setCheckable(True)
            # Like radio buttons: Qt keeps only the checked one in the Tab order, and the arrow
            # keys reach the others only for auto-exclusive buttons.
            button.setAutoExclusive(True)
            button.setAccessibleName(
                self.tr("Show all sessions")
                if days is None
                else self.tr("Show the last {period}").format(period=self.tr(label))
            )
            button.clicked.connect(lambda _checked=False, days=days: self.set_range(days))
            button.toggled.connect(lambda checked, button=button: _embolden(button, checked))
            self._range_group.addButton(button)
            self._range_buttons[days] = button
            row.addWidget(button)
        row.addSpacing(12)
        self._from_edit = self._date_edit(self.tr("From date"))
        self._to_edit = self._date_edit(self.tr("To date"))
        from_label = QLabel(self.tr("Fro&m"))  # Alt+F is the File menu
        from_label.setBuddy(self._from_edit)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self._to_edit)
        for widget in (from_label, self._from_edit, to_label, self._to_edit):
            row.addWidget(widget)
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setToolTip(
            self.tr("See the steps and edit pain scores and the note (Enter)")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected session (Delete key); you can undo it")
        )
        if self._controller.read_only:
            self.delete_button.setToolTip(self._controller.read_only_reason)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        return row

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(field_pattern())
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._on_date_edited)
        return edit

    def _build_sessions_area(self) -> QWidget:
        self.table = _table(self.tr("Sessions"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(SessionTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # Measuring every row costs ≈ 0.5 s per refresh at 3,000 sessions; a screenful is enough.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(self._on_table_activated)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel(self.tr(EMPTY_TEXT))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        self.notice = QFrame()
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setAutoFillBackground(True)
        self.notice.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Bring the session back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        dismiss = QToolButton()
        dismiss.setText("✕")
        dismiss.setAutoRaise(True)
        dismiss.setAccessibleName(self.tr("Dismiss message"))
        dismiss.setToolTip(self.tr("Dismiss"))
        dismiss.clicked.connect(self._hide_notice)
        bar = QHBoxLayout(self.notice)
        bar.setContentsMargins(10, 4, 4, 4)
        bar.addWidget(self.notice_label, stretch=1)
        bar.addWidget(self.undo_button)
        bar.addWidget(dismiss)
        self.notice.hide()

        area = QWidget()
        box = QVBoxLayout(area)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._stack, stretch=1)
        box.addWidget(self.notice)
        return area

    def _build_checks_area(self) -> QWidget:
        self.checks_table = _table(self.tr("Pain checks outside workouts"))
        self.checks_table.setModel(self.checks_proxy)
        self.checks_table.sortByColumn(PainCheckModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.checks_table.setItemDelegateForColumn(PainCheckModel.COL_SCORE, ScoreDelegate(self))
        header = self.checks_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PainCheckModel.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.checks_model.edit_requested.connect(self._controller.update_pain)
        if self._controller.read_only:
            self.checks_table.setToolTip(self._controller.read_only_reason)
        else:
            self.checks_table.setToolTip(
                self.tr("Double-click or press F2 on a score or note to correct it")
            )
        self.checks_text = QLabel(self.tr(NO_CHECKS_TEXT))
        self.checks_text.setWordWrap(True)
        log_button = QPushButton(self.tr("&Log pain now…"))
        log_button.setToolTip(self.tr("Record how your back feels right now (Ctrl+L)"))
        log_button.clicked.connect(self.log_pain_requested)
        if self._controller.read_only:
            log_button.setEnabled(False)
            log_button.setToolTip(self._controller.read_only_reason)
        heading = QHBoxLayout()
        heading.addWidget(self.checks_text, stretch=1)
        heading.addWidget(log_button, alignment=Qt.AlignmentFlag.AlignTop)
        group = QGroupBox(self.tr("Pain checks outside workouts"))
        box = QVBoxLayout(group)
        box.addLayout(heading)
        box.addWidget(self.checks_table, stretch=1)
        return group

    # --- public API for the app ---------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Re-read the journal for the current date range, keeping the selection."""
        selected = self.selected_session_id()
        hidden = {session.id for session in self._deleted}
        rows = [
            s for s in self._controller.sessions(self._from_day, self._to_day) if s.id not in hidden
        ]
        self.model.set_rows(rows)
        if self._from_day is None and self._to_day is None and rows:  # "All": from the first
            self._set_date_edits(min(s.day for s in rows), self._controller.today())
        self.checks_model.set_rows(self._controller.pain_checks(self._from_day, self._to_day))
        self._show_empty_state(bool(rows))
        has_checks = self.checks_model.rowCount() > 0
        self.checks_table.setVisible(has_checks)
        hint = "" if self._controller.read_only else self.tr(CHECKS_EDIT_HINT)
        self.checks_text.setText(
            self.tr(CHECKS_TEXT) + hint if has_checks else self.tr(NO_CHECKS_TEXT)
        )
        if selected is not None:
            self._select(selected)
        self._reload_detail()
        self._update_buttons()

    @Slot(int)
    def show_session(self, session_id: int) -> None:
        """Select a session (widening the date range if needed) and open its details."""
        if self.model.row_of(session_id) is None:
            self.set_range(None)
        if self._select(session_id):
            self.open_session(session_id)

    # --- date range ---------------------------------------------------------------------------

    @Slot()
    def set_range(self, days: int | None) -> None:
        """A quick range ending today; None shows everything."""
        self._range_days = days
        today = self._controller.today()
        self._from_day = None if days is None else today - timedelta(days=days - 1)
        self._to_day = None
        self._range_buttons[days].setChecked(True)
        first = self._from_day or self._first_session_day() or today
        self._set_date_edits(first, today)
        self.refresh()

    def set_custom_range(self, from_day: date, to_day: date) -> None:
        self._from_edit.setDate(qdate(from_day))
        self._to_edit.setDate(qdate(to_day))

    def date_range(self) -> tuple[date | None, date | None]:
        return self._from_day, self._to_day

    def _first_session_day(self) -> date | None:
        sessions = self._controller.sessions()
        return sessions[0].day if sessions else None

    def _set_date_edits(self, first: date, last: date) -> None:
        for edit, day in ((self._from_edit, first), (self._to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    @Slot()
    def _on_date_edited(self) -> None:
        first, last = pydate(self._from_edit.date()), pydate(self._to_edit.date())
        if first > last:  # keep the range sensible whichever end moved
            first, last = last, first
            self._set_date_edits(first, last)
        self._range_group.setExclusive(False)
        for button in self._range_buttons.values():
            button.setChecked(False)
        self._range_group.setExclusive(True)
        self._range_days = None
        self._from_day, self._to_day = first, last
        self.refresh()

    # --- selection and opening ----------------------------------------------------------------

    def selected_session_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _select(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_session(index.data(ID_ROLE))

    @Slot()
    def open_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.open_session(session_id)

    def open_session(self, session_id: int) -> None:
        """Show one session's details beside the table (one dialog at a time)."""
        if self._detail is not None and self._detail.session_id != session_id:
            self._detail.reject()
            if self._detail is not None and self._detail.isVisible():
                return  # the user chose to stay and keep editing
        if self._detail is None:
            self._detail = SessionDetailDialog(self._controller, session_id, self)
            self._detail.finished.connect(self._on_detail_finished)
        self._detail.show()
        self._detail.raise_()
        self._detail.activateWindow()

    @property
    def detail_dialog(self) -> SessionDetailDialog | None:
        return self._detail

    @Slot()
    def _on_detail_finished(self) -> None:
        if self._detail is not None:
            self._detail.deleteLater()
        self._detail = None

    def _reload_detail(self) -> None:
        if self._detail is not None:
            self._detail.reload()

    # --- delete and undo ----------------------------------------------------------------------

    @Slot()
    def delete_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is None:
            return
        if self._controller.read_only:
            self._show_notice(self._controller.read_only_reason, undo=False)
            return
        current_row = self.table.currentIndex().row()
        if self._detail is not None and self._detail.session_id == session_id:
            self._detail.save()  # edits made before deleting come back with an undo
            self._detail.done(0)
        removed = self.model.remove_session(session_id)
        if removed is None:
            return
        self._deleted.append(removed)
        self._controller.delete_session(session_id)
        self._show_notice(
            self.tr("Deleted the session “{title}” of {day}.").format(
                title=removed.routine_title,
                day=weekday_day_text(removed.started.date(), self.locale()),
            ),
            undo=True,
        )
        if self.proxy.rowCount():
            next_row = min(current_row, self.proxy.rowCount() - 1)
            self.table.selectRow(next_row)
            self.table.setCurrentIndex(self.proxy.index(next_row, 0))
        self._show_empty_state(self.model.rowCount() > 0)
        self._update_buttons()

    @Slot()
    def undo_delete(self) -> None:
        """Bring back the most recently deleted session."""
        if not self._deleted:
            return
        session = self._deleted.pop()
        self._controller.undo_delete(session.id)
        in_range = (self._from_day is None or session.day >= self._from_day) and (
            self._to_day is None or session.day <= self._to_day
        )
        if in_range:
            self.model.restore_session(session)
            self._select(session.id)
        self._show_empty_state(self.model.rowCount() > 0)
        self._show_notice(
            self.tr("Restored “{title}”.").format(title=session.routine_title),
            undo=bool(self._deleted),
        )
        self._notice_timer.start()
        self.table.setFocus()

    def can_undo(self) -> bool:
        return bool(self._deleted)

    # --- feedback -----------------------------------------------------------------------------

    def _show_notice(self, text: str, *, undo: bool) -> None:
        self._notice_timer.stop()
        self.notice_label.setText(text)
        self.undo_button.setVisible(undo)
        self.notice.show()

    @Slot()
    def _hide_notice(self) -> None:
        self.notice.hide()

    @Slot(str)
    def show_write_failure(self, message: str) -> None:
        """A journal write failed while this page was in front: say so here, in the notice bar.

        The app decides where a failure shows (here or in one message box), never both.
        """
        self._show_notice(message, undo=False)

    def _show_empty_state(self, has_rows: bool) -> None:
        if has_rows:
            self._stack.setCurrentWidget(self.table)
            return
        if self._controller.has_sessions() and (self._from_day or self._to_day):
            start = day_text(self._from_edit.date(), self.locale())
            end = day_text(self._to_edit.date(), self.locale())
            self.empty_label.setText(self.tr(EMPTY_RANGE_TEXT).format(start=start, end=end))
        else:
            self.empty_label.setText(self.tr(EMPTY_TEXT))
        self._stack.setCurrentWidget(self.empty_label)

    @Slot()
    def _update_buttons(self) -> None:
        has_selection = self.selected_session_id() is not None
        self.open_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection and not self._controller.read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key deletes the selected session when the table has the focus."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)
