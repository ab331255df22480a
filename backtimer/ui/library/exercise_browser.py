"""The Library page's exercise browser: every exercise, bundled and the user's, outside a workout.

Search by name (and words of the summary), filter by category, body position and equipment;
the detail pane shows the illustration, steps, cues, the stop-if line, the gentler and harder
variants (links that open them), equipment and the routines that use it. Matching lives in
``backtimer.library.browse``; this widget only shows it and says what the user asked for.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backtimer.assets import illustration_bytes
from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.library.browse import (
    TRY_ROUTINE_PREFIX,
    ExerciseQuery,
    Position,
    equipment_words,
    position_of,
    routines_using,
    search,
)
from backtimer.library.model import Category, Exercise, Library, SourceKind
from backtimer.safety import short_stop_rule
from backtimer.ui.layouts.flow_layout import FlowLayout
from backtimer.ui.theme import scaled_font
from backtimer.ui.wording import category_label, level_label, safety_text

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole
LINK_SCHEME = "exercise"
PICTURE_SIZE = QSize(260, 200)
SMALL_PICTURE_SIZE = PICTURE_SIZE / 2
TITLE_PX, SMALL_TITLE_PX = 24, 20
LOW_WINDOW_PX = 560
"""In a window lower than this (1280×800 at 2× offers 400) the picture is drawn at half size and
the name a little smaller, so the details and both buttons stay in view without scrolling."""
NEW_ROUTINE = ""
POSITION_LABELS = {
    Position.LYING_BACK: QT_TRANSLATE_NOOP("ExerciseBrowser", "Lying on your back"),
    Position.LYING_FRONT: QT_TRANSLATE_NOOP("ExerciseBrowser", "Lying on your front"),
    Position.LYING_SIDE: QT_TRANSLATE_NOOP("ExerciseBrowser", "Lying on your side"),
    Position.ALL_FOURS: QT_TRANSLATE_NOOP("ExerciseBrowser", "On all fours"),
    Position.KNEELING: QT_TRANSLATE_NOOP("ExerciseBrowser", "Kneeling"),
    Position.SITTING: QT_TRANSLATE_NOOP("ExerciseBrowser", "Sitting"),
    Position.STANDING: QT_TRANSLATE_NOOP("ExerciseBrowser", "Standing"),
    Position.ANY: QT_TRANSLATE_NOOP("ExerciseBrowser", "Any position"),
}


EQUIPMENT_LABELS = {
    "chair": QT_TRANSLATE_NOOP("ExerciseBrowser", "Chair"),
    "mat": QT_TRANSLATE_NOOP("ExerciseBrowser", "Mat"),
    "wall": QT_TRANSLATE_NOOP("ExerciseBrowser", "Wall"),
    "ball": QT_TRANSLATE_NOOP("ExerciseBrowser", "Ball"),
    "roller": QT_TRANSLATE_NOOP("ExerciseBrowser", "Foam roller"),
    "cushion": QT_TRANSLATE_NOOP("ExerciseBrowser", "Cushion"),
    "strap": QT_TRANSLATE_NOOP("ExerciseBrowser", "Strap"),
    "step": QT_TRANSLATE_NOOP("ExerciseBrowser", "Step"),
    "shoes": QT_TRANSLATE_NOOP("ExerciseBrowser", "Shoes"),
    "bike": QT_TRANSLATE_NOOP("ExerciseBrowser", "Exercise bike"),
    "pool": QT_TRANSLATE_NOOP("ExerciseBrowser", "Pool"),
}
"""One label per word of ``browse.EQUIPMENT_WORDS`` (a test keeps them in step)."""


def equipment_label(word: str) -> str:
    """An equipment filter word in the user's language; a user's own word as written."""
    label = EQUIPMENT_LABELS.get(word)
    if label is None:
        return word.capitalize()
    return QCoreApplication.translate("ExerciseBrowser", label)


def position_label(position: Position) -> str:
    """The body position in the user's language ("Lying on your back")."""
    label = POSITION_LABELS.get(position)
    if label is None:
        return position.value.capitalize()
    return QCoreApplication.translate("ExerciseBrowser", label)


class ExerciseBrowser(QWidget):
    """Browse and search exercises.

    Signals:
        exercise_tried(str): run this exercise alone in the player.
        add_to_routine_requested(str): open the routine editor with this exercise added.
    """

    exercise_tried = Signal(str)
    add_to_routine_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        body = scaled_font(self.font(), 16)

        self.search_box = QLineEdit(placeholderText=self.tr("Search exercises"))
        self.search_box.setAccessibleName(self.tr("Search exercises"))
        self.search_box.setClearButtonEnabled(True)
        self.category = self._combo(self.tr("Any category"), self.tr("Category"))
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.position = self._combo(self.tr("Any position"), self.tr("Body position"))
        for position in Position:
            if position is not Position.ANY:
                self.position.addItem(position_label(position), position.value)
        self.equipment = self._combo(self.tr("Any equipment"), self.tr("Equipment"))
        self.equipment.addItem(self.tr("No equipment"), "none")
        self._fill_equipment()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setUniformItemSizes(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Exercises found"))

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names are text: "child's pose"
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.font(), TITLE_PX, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.picture = QSvgWidget()
        self.picture.setFixedSize(PICTURE_SIZE)
        self.picture.setAccessibleName(self.tr("Exercise illustration"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Exercise details"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_anchor_clicked)
        self.try_button = QPushButton(self.tr("Tr&y this exercise"))
        self.try_button.setToolTip(self.tr("Run this exercise on its own in the player"))
        self.try_button.clicked.connect(self._on_try_clicked)
        self.add_button = QPushButton(self.tr("Add to a routi&ne…"))
        self.add_button.clicked.connect(self._on_add_clicked)
        for widget in (self.search_box, self.list, self.details, self.try_button, self.add_button):
            widget.setFont(body)

        filters = FlowLayout(fill_rows=True)  # the filters and buttons wrap in a narrow window
        for combo in (self.category, self.position, self.equipment):
            filters.addWidget(combo)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)

        top = FlowLayout(fill_rows=True)  # a title with a long word goes under the picture
        top.addWidget(self.picture)
        top.addWidget(self.title)
        buttons = FlowLayout(align_right=True)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.try_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.details, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._splitter = splitter

        self.search_box.textChanged.connect(self.refresh)
        for combo in (self.category, self.position, self.equipment):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.list.itemActivated.connect(lambda _item: self._on_try_clicked())
        self.refresh()
        self._watched_window: QWidget | None = None
        # The columns share a wide window as they always did: in proportion to the widths
        # they needed with every row in one line (the filters; the picture with the title
        # beside it, or the two buttons). The flow layouts' minimums only matter when narrow.
        picture_and_title = (
            PICTURE_SIZE.width() + top.spacing() + self.title.minimumSizeHint().width()
        )
        margins = right_layout.contentsMargins()
        right_width = max(picture_and_title, buttons.sizeHint().width())
        splitter.setSizes([left.sizeHint().width(), right_width + margins.left() + margins.right()])

    def showEvent(self, event: QShowEvent) -> None:
        """Follow the window's height (not the page's: in a scroll area that grows with the
        picture, which would keep it large)."""
        super().showEvent(event)
        window = self.window()
        if window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window
        self._fit_picture()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_window and event.type() == QEvent.Type.Resize:
            self._fit_picture()
        return super().eventFilter(watched, event)

    def _fit_picture(self) -> None:
        low = self.window().height() < LOW_WINDOW_PX
        self.picture.setFixedSize(SMALL_PICTURE_SIZE if low else PICTURE_SIZE)
        self.title.setFont(scaled_font(self.font(), SMALL_TITLE_PX if low else TITLE_PX, bold=True))

    def _combo(self, anything: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(anything, "")
        combo.setAccessibleName(name)
        return combo

    def _fill_equipment(self) -> None:
        for word in equipment_words(self._library.exercises.values()):
            self.equipment.addItem(equipment_label(word), word)

    # --- public ---------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Show a reloaded library (the user's new exercises appear), keeping the selection."""
        keep = self.selected_exercise_id()
        self._library = library
        chosen = self.equipment.currentData()
        while self.equipment.count() > 2:
            self.equipment.removeItem(2)
        self._fill_equipment()
        self.equipment.setCurrentIndex(max(0, self.equipment.findData(chosen)))
        self.refresh()
        if keep:
            self.select_exercise(keep)

    def query(self) -> ExerciseQuery:
        return ExerciseQuery(
            text=self.search_box.text(),
            category=self.category.currentData() or "",
            position=self.position.currentData() or "",
            equipment=self.equipment.currentData() or "",
        )

    def selected_exercise_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(EXERCISE_ID_ROLE)) if item is not None else None

    def select_exercise(self, exercise_id: str) -> bool:
        """Select an exercise, clearing the search if it hides it (variant links use this)."""
        if not self._select(exercise_id):
            self.search_box.clear()
            for combo in (self.category, self.position, self.equipment):
                combo.setCurrentIndex(0)
            return self._select(exercise_id)
        return True

    def visible_exercise_ids(self) -> list[str]:
        return [self.list.item(row).data(EXERCISE_ID_ROLE) for row in range(self.list.count())]

    # --- showing --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        keep = self.selected_exercise_id()
        found = search(self._library, self.query())
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in found:
            item = QListWidgetItem(exercise.name)
            item.setData(EXERCISE_ID_ROLE, exercise.id)
            item.setToolTip(exercise.summary)
            self.list.addItem(item)
        self.list.blockSignals(False)
        total = len(self._library.exercises)
        self.count_label.setText(
            self.tr("No exercises match — try fewer words or clear a filter")
            if not found
            else self.tr("{shown} of {total} exercises").format(shown=len(found), total=total)
        )
        if not (keep and self._select(keep)):
            if found:
                self.list.setCurrentRow(0)
            self._show(self._library.exercises.get(self.selected_exercise_id() or ""))

    def _select(self, exercise_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(EXERCISE_ID_ROLE) == exercise_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _show(self, exercise: Exercise | None) -> None:
        self.try_button.setEnabled(exercise is not None)
        self.add_button.setEnabled(exercise is not None)
        if exercise is None:
            self.title.setText(self.tr("No exercise selected"))
            self.picture.load(QByteArray())
            self.details.setHtml(escape(self.tr("Pick an exercise on the left.")))
            return
        self.title.setText(exercise.name)
        self.picture.load(QByteArray(illustration_bytes(exercise.illustration)))
        self.details.setHtml(self._details_html(exercise))

    def _details_html(self, exercise: Exercise) -> str:
        facts = " · ".join(
            (
                category_label(exercise.category),
                level_label(exercise.level),
                position_label(position_of(exercise)),
            )
        )
        html = [f"<p><i>{escape(facts)}</i></p>"]
        if exercise.summary:
            html.append(f"<p>{escape(exercise.summary)}</p>")
        how = self.tr("How to do it")
        html.append(f"<h3>{escape(how)}</h3><ol>")
        html += [f"<li>{escape(step)}</li>" for step in exercise.steps]
        html.append("</ol>")
        html.append(_points_html(self.tr("Keep in mind:"), exercise.cues))
        html.append(_points_html(self.tr("Watch out for:"), exercise.mistakes))
        stop = exercise.stop_if or ""
        stop_if, rule = self.tr("Stop if:"), short_stop_rule(safety_text)
        html.append(f"<p><b>{escape(stop_if)}</b> {escape(stop)} {escape(rule)}</p>")
        equipment = ", ".join(exercise.equipment) or self.tr("nothing special")
        need = self.tr("You will need:")
        html.append(f"<p><b>{escape(need)}</b> {escape(equipment)}</p>")
        variants = []
        for label, other_id in (
            (self.tr("Gentler"), exercise.easier),
            (self.tr("Harder"), exercise.harder),
        ):
            other = self._library.exercises.get(other_id or "")
            if other is not None:
                variants.append(
                    f"{escape(label)}: <a href='{LINK_SCHEME}:{escape(other.id)}'>"
                    f"{escape(other.name)}</a>"
                )
        if variants:
            html.append("<p>" + " &nbsp;·&nbsp; ".join(variants) + "</p>")
        routines = routines_using(self._library, exercise.id)
        if routines:
            titles = ", ".join(escape(r.title) for r in routines)
            used_in = self.tr("In your routines:")
            html.append(f"<p><b>{escape(used_in)}</b> {titles}</p>")
        if exercise.note:
            html.append(f"<p><small>{escape(exercise.note)}</small></p>")
        if exercise.source.kind is SourceKind.USER:
            source = self.tr("Your own exercise, from {path}").format(path=exercise.source.path)
            html.append(f"<p><small>{escape(source)}</small></p>")
        return "".join(html)

    # --- slots ----------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        exercise_id = current.data(EXERCISE_ID_ROLE) if current is not None else ""
        self._show(self._library.exercises.get(exercise_id))

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.select_exercise(url.path())

    @Slot()
    def _on_try_clicked(self) -> None:
        exercise_id = self.selected_exercise_id()
        if exercise_id:
            self.exercise_tried.emit(exercise_id)

    @Slot()
    def _on_add_clicked(self) -> None:
        exercise_id = self.selected_exercise_id()
        if exercise_id:
            self.add_to_routine_requested.emit(exercise_id)


def choose_routine(parent: QWidget, library: Library, exercise_name: str) -> str | None:
    """Ask which routine gets the exercise: a user routine's id, ``NEW_ROUTINE``, or None.

    Bundled routines are offered too: the editor saves them as the user's own copy.
    """
    routines = sorted(library.routines.values(), key=lambda r: r.title.casefold())
    routines = [r for r in routines if not r.id.startswith(TRY_ROUTINE_PREFIX)]
    labels = [QCoreApplication.translate("ExerciseBrowser", "A new routine")] + [
        r.title for r in routines
    ]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ExerciseBrowser", "Add to a routine"),
        QCoreApplication.translate("ExerciseBrowser", "Add “{name}” to:").format(
            name=exercise_name
        ),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    index = labels.index(label)
    return NEW_ROUTINE if index == 0 else routines[index - 1].id


def _points_html(label: str, points: tuple[str, ...]) -> str:
    """One point after its label; several as a list (the editor takes them one per line,
    often without a full stop, so run together they read as one muddled sentence)."""
    if not points:
        return ""
    if len(points) == 1:
        return f"<p><b>{escape(label)}</b> {escape(points[0])}</p>"
    items = "".join(f"<li>{escape(point)}</li>" for point in points)
    return f"<p><b>{escape(label)}</b></p><ul>{items}</ul>"
