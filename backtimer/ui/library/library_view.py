"""The routine library: pick a routine, read what it involves, start it; browse exercises.

Two tabs: Routines (this module) and Exercises (``exercise_browser``, built when first shown).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backtimer.library.describe import format_seconds
from backtimer.library.model import Library, Routine, RoutineCategory
from backtimer.ui.lazy_page import LazyPage
from backtimer.ui.wording import category_label, describe_dosage, level_label
from backtimer.workout.plan import build_plan

if TYPE_CHECKING:
    from backtimer.ui.library.exercise_browser import ExerciseBrowser

ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole


class LibraryView(QWidget):
    """Lists routines by category and shows the chosen one's blocks; hosts the exercise browser.

    Signals:
        routine_chosen: the user asked to start the routine with this id.
        exercise_tried(str): "Try this exercise" in the browser.
        add_to_routine_requested(str): "Add to a routine…" in the browser.
    """

    routine_chosen = Signal(str)
    exercise_tried = Signal(str)
    add_to_routine_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._durations = _durations(library)

        self._filter = QLineEdit(placeholderText=self.tr("Filter routines or exercises (Ctrl+F)"))
        self._filter.setAccessibleName(self.tr("Filter routines"))
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_changed)

        self._tree = QTreeWidget()
        self._tree.setHeaderLabels([self.tr("Routine"), self.tr("Level"), self.tr("Time")])
        self._tree.setAccessibleName(self.tr("Routines"))
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._tree.currentItemChanged.connect(self._on_current_item_changed)
        self._tree.itemActivated.connect(self._on_item_activated)

        self._title = QLabel()
        self._title.setObjectName("routineTitle")
        self._title.setWordWrap(True)
        self._details = QTextBrowser()
        self._details.setAccessibleName(self.tr("Routine details"))
        self._details.setOpenLinks(False)
        self._start = QPushButton(self.tr("Start routine"))
        self._start.setObjectName("startButton")
        self._start.setAccessibleName(self.tr("Start routine"))
        self._start.setToolTip(self.tr("Start the selected routine (Enter)"))
        self._start.setMinimumHeight(52)
        self._start.setMinimumWidth(220)
        self._start.setDefault(True)
        start_font = self._start.font()
        start_font.setPixelSize(20)
        start_font.setBold(True)
        self._start.setFont(start_font)
        self._start.setStyleSheet(
            "QPushButton#startButton { background: #0072B2; color: white; border-radius: 8px;"
            " padding: 8px 24px; }"
            "QPushButton#startButton:focus { border: 3px solid palette(window-text); }"
            "QPushButton#startButton:disabled { background: palette(mid); }"
        )
        self._start.clicked.connect(self._on_start_clicked)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._filter)
        self._no_match = QLabel(self.tr("No routines match"))
        self._no_match.setAccessibleName(self.tr("No routines match"))
        self._no_match.setVisible(False)
        left_layout.addWidget(self._no_match)
        left_layout.addWidget(self._tree)
        self._left_layout = left_layout

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self._title)
        right_layout.addWidget(self._details, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._start)
        right_layout.addLayout(buttons)

        body_font = self.font()
        body_font.setPixelSize(16)
        self._tree.setFont(body_font)
        self._details.setFont(body_font)
        self._filter.setFont(body_font)
        self._no_match.setFont(body_font)
        self._tree.setStyleSheet("QTreeView::item { padding: 5px 2px; }")

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("R&outines"))  # Alt+R is the Routines menu
        self._exercises_tab: LazyPage[ExerciseBrowser] = LazyPage(self._make_exercise_browser)
        self.tabs.addTab(self._exercises_tab, self.tr("E&xercises"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        self.tabs.currentChanged.connect(lambda _index: self._focus_search())
        self._populate()

    def _make_exercise_browser(self) -> ExerciseBrowser:
        from backtimer.ui.library.exercise_browser import ExerciseBrowser

        browser = ExerciseBrowser(self._library)
        browser.exercise_tried.connect(self.exercise_tried)
        browser.add_to_routine_requested.connect(self.add_to_routine_requested)
        return browser

    @property
    def exercise_browser(self) -> ExerciseBrowser:
        return self._exercises_tab.page()

    def show_exercises(self) -> None:
        self.tabs.setCurrentWidget(self._exercises_tab)

    def _focus_search(self) -> None:
        """Ctrl+F, or a tab just shown: type to search the list in front at once."""
        exercises = self.tabs.currentWidget() is self._exercises_tab
        box = self.exercise_browser.search_box if exercises else self._filter
        box.setFocus()
        box.selectAll()  # a new search replaces the last one instead of adding to it

    # --- public ---------------------------------------------------------------------------

    def selected_routine_id(self) -> str | None:
        item = self._tree.currentItem()
        return item.data(0, ROUTINE_ID_ROLE) if item is not None else None

    def set_library(self, library: Library, select_id: str = "") -> None:
        """Show a reloaded library, keeping (or moving to) the selected routine and the filter."""
        keep = select_id or self.selected_routine_id()
        self._library = library
        self._durations = _durations(library)
        self._populate()
        if keep:
            self.select_routine(keep)
        self._on_filter_changed(self._filter.text())
        if self._exercises_tab.is_built():
            self.exercise_browser.set_library(library)

    def add_routine_tools(self, tools: QWidget) -> None:
        """Routine file actions (new, edit, import…) under the list; built by their controller."""
        self._left_layout.addWidget(tools)

    def select_routine(self, routine_id: str) -> bool:
        for item in self._routine_items():
            if item.data(0, ROUTINE_ID_ROLE) == routine_id:
                self._tree.setCurrentItem(item)
                return True
        return False

    # --- building -------------------------------------------------------------------------

    def _populate(self) -> None:
        self._tree.clear()
        by_category: dict[RoutineCategory, list[Routine]] = {}
        for routine in self._library.routines.values():
            by_category.setdefault(routine.category, []).append(routine)
        for category in RoutineCategory:
            routines = by_category.get(category)
            if not routines:
                continue
            header = QTreeWidgetItem([category_label(category)])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self._tree.addTopLevelItem(header)
            for routine in sorted(routines, key=lambda r: (r.level, r.title)):
                item = QTreeWidgetItem(
                    [
                        routine.title,
                        level_label(routine.level),
                        format_seconds(self._durations[routine.id]),
                    ]
                )
                item.setData(0, ROUTINE_ID_ROLE, routine.id)
                item.setToolTip(0, routine.summary)
                self._tree.addTopLevelItem(item)
        self._tree.resizeColumnToContents(1)
        self._tree.resizeColumnToContents(2)
        self._tree.header().setStretchLastSection(False)
        self._tree.header().setSectionResizeMode(0, self._tree.header().ResizeMode.Stretch)
        first = next(iter(self._routine_items()), None)
        if first is not None:
            self._tree.setCurrentItem(first)
        else:
            self._show_routine(None)

    def _routine_items(self) -> list[QTreeWidgetItem]:
        items = (self._tree.topLevelItem(i) for i in range(self._tree.topLevelItemCount()))
        return [item for item in items if item.data(0, ROUTINE_ID_ROLE)]

    def _show_routine(self, routine: Routine | None) -> None:
        self._start.setEnabled(routine is not None)
        if routine is None:
            self._title.setText(self.tr("No routine selected"))
            self._details.setHtml(
                "<p>" + self.tr("Pick a routine on the left to see what it involves.") + "</p>"
            )
            return
        self._title.setText(
            f"<h1 style='margin:0'>{escape(routine.title)}</h1>"
            f"<p style='margin:2px 0; font-size:16px'>{escape(category_label(routine.category))} · "
            f"{escape(level_label(routine.level))} · "
            + escape(
                self.tr("about {minutes} min").format(
                    minutes=round(self._durations[routine.id] / 60)
                )
            )
            + "</p>"
        )
        rows = []
        for number, block in enumerate(routine.blocks, start=1):
            exercise = self._library.exercises[block.exercise_id]
            rows.append(
                f"<tr><td style='padding:4px 8px 4px 0'>{number}.</td>"
                f"<td style='padding:4px 12px 4px 0'><b>{escape(exercise.name)}</b></td>"
                f"<td style='padding:4px 0'>{escape(describe_dosage(block))}</td></tr>"
            )
        description = routine.description or ""
        equipment = sorted(
            {
                item
                for block in routine.blocks
                for item in self._library.exercises[block.exercise_id].equipment
            }
        )
        need, nothing = self.tr("You will need:"), self.tr("nothing special")
        self._details.setHtml(
            f"<p>{escape(routine.summary)}</p>"
            + (f"<p>{escape(description)}</p>" if description else "")
            + (f"<p><b>{escape(need)}</b> {escape(', '.join(equipment) or nothing)}</p>")
            + "<table>"
            + "".join(rows)
            + "</table>"
            + (
                "<p><small>"
                + escape(self.tr("From your file {path}").format(path=routine.source.path))
                + "</small></p>"
                if routine.source.kind.value == "user"
                else ""
            )
        )

    # --- slots ----------------------------------------------------------------------------

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        """Match titles, summaries, categories and the names of the exercises inside."""
        needle = text.strip().casefold()
        shown = []
        for item in self._routine_items():
            routine = self._library.routines[item.data(0, ROUTINE_ID_ROLE)]
            item.setHidden(bool(needle) and needle not in self._haystack(routine))
            if not item.isHidden():
                shown.append(item)
        self._no_match.setVisible(not shown)
        for index in range(self._tree.topLevelItemCount()):  # hide headers left empty
            header = self._tree.topLevelItem(index)
            if not header.data(0, ROUTINE_ID_ROLE):
                header.setHidden(not self._has_visible_routine_after(index))
        current = self._tree.currentItem()
        if current is None or current.isHidden() or not current.data(0, ROUTINE_ID_ROLE):
            if shown:
                self._tree.setCurrentItem(shown[0])
            else:
                self._tree.setCurrentItem(None)
                self._show_routine(None)

    def _haystack(self, routine: Routine) -> str:
        exercises = (
            self._library.exercises[block.exercise_id].name
            for block in routine.blocks
            if block.exercise_id in self._library.exercises
        )
        return " ".join(
            (
                routine.title,
                routine.summary,
                category_label(routine.category),  # as shown
                routine.category.label,  # and in English
                *exercises,
            )
        ).casefold()

    def _has_visible_routine_after(self, header_index: int) -> bool:
        for index in range(header_index + 1, self._tree.topLevelItemCount()):
            item = self._tree.topLevelItem(index)
            if not item.data(0, ROUTINE_ID_ROLE):
                return False
            if not item.isHidden():
                return True
        return False

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        routine_id = current.data(0, ROUTINE_ID_ROLE) if current is not None else None
        self._show_routine(self._library.routines.get(routine_id) if routine_id else None)

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        routine_id = item.data(0, ROUTINE_ID_ROLE)
        if routine_id:
            self.routine_chosen.emit(routine_id)

    @Slot()
    def _on_start_clicked(self) -> None:
        routine_id = self.selected_routine_id()
        if routine_id:
            self.routine_chosen.emit(routine_id)


def _durations(library: Library) -> dict[str, float]:
    return {
        routine.id: build_plan(routine, library.exercises).total_s
        for routine in library.routines.values()
    }
