"""The Routines actions: new, duplicate, edit, delete (with undo), import and export.

One controller owns the store and the actions; the main window shows them in a menu and the
Library page as buttons. After anything is written the library is read again from disk, so the
app shows exactly what the next start would load; ``library_changed`` carries it to the views.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.errors import UserFacingError
from backtimer.library.model import Library, Routine, SourceKind
from backtimer.library.user_store import Trashed, UserRoutineStore
from backtimer.ui.layouts.flow_layout import FlowLayout

if TYPE_CHECKING:  # the editor module loads when an editor opens, not at start-up
    from backtimer.ui.library.routine_editor import RoutineEditorDialog

logger = logging.getLogger(__name__)


def choose_import_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RoutineActions", "Import a routine file"),
        str(Path.home()),
        QCoreApplication.translate("RoutineActions", "Backtimer routine (*.zip *.toml)"),
    )
    return Path(name) if name else None


def choose_export_file(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RoutineActions", "Export routine file"),
        str(Path.home() / suggested),
        QCoreApplication.translate("RoutineActions", "Backtimer routine (*.zip)"),
    )
    return Path(name) if name else None


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ProblemsDialog(QDialog):
    """Shows a file's ``FILE:LINE: field: message`` lines, selectable and in a fixed-width font."""

    def __init__(self, title: str, intro: str, lines: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        heading = QLabel(intro)
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(lines)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems, one per line"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        hint = QLabel(
            self.tr("Fix the file and import it again. Check it with: backtimer routines check")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(820, 360)


def show_problems(parent: QWidget, title: str, intro: str, lines: str) -> None:
    dialog = ProblemsDialog(title, intro, lines, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class RoutineActions(QObject):
    """Runs the routine file actions for the routine selected on the Library page.

    Signals:
        library_changed: the library as reloaded from disk, and the routine id to select (or "").
        status_changed: a short message for the status bar.
    """

    library_changed = Signal(object, str)
    status_changed = Signal(str)

    def __init__(
        self,
        library: Library,
        store: UserRoutineStore,
        selected_routine: Callable[[], str | None],
        parent_widget: QWidget,
        *,
        choose_import: Callable[[QWidget], Path | None] = choose_import_file,
        choose_export: Callable[[QWidget, str], Path | None] = choose_export_file,
        confirm: Callable[[QWidget, str, str], bool] = ask_yes_no,
        report_problems: Callable[[QWidget, str, str, str], None] = show_problems,
    ) -> None:
        super().__init__(parent_widget)
        self.library = library
        self.store = store
        self._selected = selected_routine
        self._parent = parent_widget
        self._choose_import = choose_import
        self._choose_export = choose_export
        self._confirm = confirm
        self._report_problems = report_problems
        self._deleted: list[Trashed] = []
        self.editor: RoutineEditorDialog | None = None
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Routine notice"))
        self.notice.setWordWrap(True)
        bold = QFont(self.notice.font())
        bold.setBold(True)
        self.notice.setFont(bold)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.setToolTip(self.tr("Bring the routine back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()

        self.new_action = self._action(self.tr("&New routine…"), self.new_routine, "Ctrl+N")
        self.duplicate_action = self._action(
            self.tr("&Duplicate…"), self.duplicate_selected, "Ctrl+D"
        )
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected, "Ctrl+Shift+E")
        self.delete_action = self._action(self.tr("De&lete"), self.delete_selected, "")
        self.undo_action = self._action(self.tr("&Undo delete"), self.undo_delete, "")
        self.undo_action.setEnabled(False)
        self.import_action = self._action(
            self.tr("&Import routine file…"), self.import_file, "Ctrl+I"
        )
        self.export_action = self._action(
            self.tr("E&xport routine file…"), self.export_selected, ""
        )
        self._delete_key = self._action(self.tr("Delete routine"), self.delete_selected, "Delete")
        self._undo_key = self._action(
            self.tr("Undo delete"), self.undo_delete, QKeySequence.StandardKey.Undo
        )
        for action in (self._delete_key, self._undo_key):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            parent_widget.addAction(action)

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def menu_actions(self) -> list[QAction | None]:
        """For the Routines menu; None marks a separator."""
        return [
            self.new_action,
            self.duplicate_action,
            self.edit_action,
            self.delete_action,
            self.undo_action,
            None,
            self.import_action,
            self.export_action,
        ]

    def tool_bar(self) -> QWidget:
        """Buttons for the Library page, and the line that offers Undo after a delete."""
        bar = QWidget()
        bar_font = bar.font()
        bar_font.setPixelSize(15)  # the Library page's list and details use 16 px
        bar.setFont(bar_font)
        row = FlowLayout()  # wraps onto more rows in a narrow window (2x scale)
        for action, name in (
            (self.new_action, self.tr("New routine")),
            (self.duplicate_action, self.tr("Duplicate routine")),
            (self.edit_action, self.tr("Edit routine")),
            (self.delete_action, self.tr("Delete routine")),
            (self.import_action, self.tr("Import routine file")),
            (self.export_action, self.tr("Export routine file")),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.addWidget(button)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(0, 0, 0, 0)
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.undo_button)
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(row)
        column.addLayout(notice_row)
        return bar

    # --- actions ------------------------------------------------------------------------------

    def _selected_routine(self) -> Routine | None:
        routine_id = self._selected()
        routine = self.library.routines.get(routine_id) if routine_id else None
        if routine is None:
            self._say(self.tr("Select a routine in the list first."))
        return routine

    @Slot()
    def new_routine(self) -> RoutineEditorDialog:
        return self._open_editor(None, as_new=True)

    @Slot()
    def duplicate_selected(self) -> RoutineEditorDialog | None:
        routine = self._selected_routine()
        return self._open_editor(routine, as_new=True) if routine is not None else None

    @Slot()
    def edit_selected(self) -> RoutineEditorDialog | None:
        routine = self._selected_routine()
        if routine is None:
            return None
        if routine.source.kind is SourceKind.BUNDLED:
            if not self._confirm(
                self._parent,
                self.tr("Bundled routines cannot be changed"),
                self.tr(
                    "“{title}” comes with Backtimer and cannot be changed.\n\n"
                    "Make your own copy and edit that?"
                ).format(title=routine.title),
            ):
                return None
            return self._open_editor(routine, as_new=True)
        return self._open_editor(routine, as_new=False)

    def _open_editor(self, routine: Routine | None, *, as_new: bool) -> RoutineEditorDialog:
        from backtimer.ui.library.routine_editor import RoutineEditorDialog

        self.editor = RoutineEditorDialog(
            self.library, self.store, routine, as_new=as_new, parent=self._parent
        )
        self.editor.routine_saved.connect(self._on_routine_saved)
        self.editor.exercise_created.connect(lambda _id: self.reload(""))
        self.editor.open()
        return self.editor

    @Slot(str)
    def _on_routine_saved(self, routine_id: str) -> None:
        self.reload(routine_id)
        title = (
            self.library.routines[routine_id].title if routine_id in self.library.routines else ""
        )
        self._say(self.tr("Saved “{title}”.").format(title=title))

    @Slot()
    def delete_selected(self) -> None:
        routine = self._selected_routine()
        if routine is None:
            return
        if routine.source.kind is SourceKind.BUNDLED:
            self._say(
                self.tr("“{title}” comes with Backtimer and cannot be deleted.").format(
                    title=routine.title
                )
            )
            return
        try:
            trashed = self.store.delete_routine(routine, self.library)
        except UserFacingError as error:
            self._say(str(error))
            return
        self._deleted.append(trashed)
        self.reload("")
        self._say(self.tr("Deleted “{title}”.").format(title=routine.title), undo=True)

    @Slot()
    def undo_delete(self) -> None:
        if not self._deleted:
            return
        trashed = self._deleted.pop()
        try:
            self.store.restore(trashed)
        except UserFacingError as error:
            self._say(str(error))
            return
        self.reload(trashed.routine_id)
        self._say(
            self.tr("Restored “{title}”.").format(title=trashed.title), undo=bool(self._deleted)
        )

    @Slot()
    def import_file(self) -> None:
        from backtimer.library.sharing import (
            RoutineIdClash,
            ShareProblemsError,
            import_routine,
            problem_lines,
        )

        file = self._choose_import(self._parent)
        if file is None:
            return
        try:
            try:
                result = import_routine(file, self.store, self.library)
            except RoutineIdClash as clash:
                title = f"{self.library.routines[clash.routine_id].title} (2)"
                if not self._confirm(
                    self._parent,
                    self.tr("You already have this routine"),
                    self.tr("{clash}\n\nImport it?").format(clash=clash),
                ):
                    return
                result = import_routine(
                    file, self.store, self.library, as_id=clash.suggested_id, as_title=title
                )
        except ShareProblemsError as error:
            self._report_problems(
                self._parent,
                self.tr("Routine file not imported"),
                self.tr("{file} was not imported: it has these problems.").format(file=file.name),
                problem_lines(error.problems),
            )
            return
        except UserFacingError as error:
            self._say(self.tr("Not imported: {error}").format(error=error))
            return
        self.reload(result.routine.id)
        renamed = "".join(
            " "
            + self.tr("Your own exercise {old} was kept; the imported one is {new}.").format(
                old=repr(old), new=repr(new)
            )
            for old, new in result.renamed_exercises.items()
        )
        self._say(self.tr("Imported “{title}”.").format(title=result.routine.title) + renamed)

    @Slot()
    def export_selected(self) -> None:
        from backtimer.library.sharing import export_routine, suggested_file_name

        routine = self._selected_routine()
        if routine is None:
            return
        destination = self._choose_export(self._parent, suggested_file_name(routine))
        if destination is None:
            return
        try:
            export_routine(routine, self.library, destination)
        except UserFacingError as error:
            self._say(str(error))
            return
        self._say(
            self.tr("Exported “{title}” to {destination}.").format(
                title=routine.title, destination=destination
            )
        )

    # --- library ------------------------------------------------------------------------------

    def reload(self, select_id: str) -> None:
        from backtimer.library.loader import load_library  # the parser loads when used

        self.library = load_library(self.store.routines_dir)
        self.library_changed.emit(self.library, select_id)

    def _say(self, message: str, *, undo: bool = False) -> None:
        self.undo_action.setEnabled(bool(self._deleted))
        self.notice.setText(message)
        self.undo_button.setVisible(undo and bool(self._deleted))
        self.status_changed.emit(message)
