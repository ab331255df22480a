"""The Today page: answers "what should I do today?" with one routine and one click to start.

It shows the suggested routine (flare mode, the 12-week plan, the last one used, or Back Basics),
whether it is done today, the latest progression suggestion to accept or put off, the flare
banner, and where the user is in the 12-week plan. It reads a snapshot from ``TodayController``
and sends every action back through it or out as a signal; it never opens the journal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QRectF, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backtimer.insights.pain_checks import MORNING_STARTS
from backtimer.insights.programme import plan_words
from backtimer.insights.progression import Suggestion, SuggestionKind
from backtimer.ui.desktop.qt_properties import (
    ALIGN_H_CENTER,
    RICH_TEXT,
    SELECTABLE_BY_MOUSE,
    set_qt_property,
)
from backtimer.ui.theme import scaled_font
from backtimer.ui.today.today_controller import TodayController, TodaySnapshot
from backtimer.ui.wording import core_text, spoken_duration

START_STYLE = (
    "QPushButton#todayStart { background: #0072B2; color: white; border-radius: 8px;"
    " padding: 10px 28px; }"
    "QPushButton#todayStart:focus { border: 3px solid palette(highlight); }"
    "QPushButton#todayStart:disabled { background: palette(mid); }"
)
FLARE_BORDER = QColor("#E69F00")
"""Okabe-Ito orange: a warm frame around the flare banner, which also says so in words."""
MAX_CHANGES_SHOWN = 4

_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def escape(text: str) -> str:
    """``html.escape``'s result, without importing ``html`` (and its table of 2,000 named
    entities) before the first frame."""
    return text.translate(_HTML_ESCAPES)


def greeting(hour: int) -> str:
    """By the local clock: no "Good morning" at 00:09 (the night is not a morning yet)."""

    if hour < MORNING_STARTS.hour:
        return QCoreApplication.translate("TodayView", "Hello")
    if hour < 12:
        return QCoreApplication.translate("TodayView", "Good morning")
    return (
        QCoreApplication.translate("TodayView", "Good afternoon")
        if hour < 18
        else QCoreApplication.translate("TodayView", "Good evening")
    )


class Card(QFrame):
    """A rounded frame painted from the palette (no style sheet, so theme changes reach it)."""

    def __init__(self, accent: QColor | None = None) -> None:
        super().__init__()
        self._accent = accent

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 3 if self._accent is not None else 1
        colour = self._accent or self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(colour, width))
        inset = width / 2 + 0.5
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 8, 8)
        painter.end()
        super().paintEvent(event)


def _card(accent: QColor | None = None) -> tuple[Card, QVBoxLayout]:
    frame = Card(accent)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    return frame, layout


def _label(text: str = "", *, size: int = 15, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # Every text set on these labels is escaped HTML: rich text always, or a title without tags
    # ("Posture &amp; Extension") would show its entity.
    set_qt_property(label, "textFormat", RICH_TEXT)
    label.setFont(scaled_font(label.font(), size, bold=bold))
    set_qt_property(label, "textInteractionFlags", SELECTABLE_BY_MOUSE)
    return label


class TodayView(QWidget):
    """The first tab.

    Signals:
        routine_chosen(str): start this routine.
        flare_requested(): the user says they are having a flare-up (show the flare plan).
        safety_requested(): show "When to get help".
        status_changed(str): a short message for the status bar.
    """

    routine_chosen = Signal(str)
    flare_requested = Signal()
    safety_requested = Signal()
    status_changed = Signal(str)

    def __init__(self, controller: TodayController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._snapshot: TodaySnapshot | None = None
        self._suggestion: Suggestion | None = None

        self.greeting = _label(size=26, bold=True)
        self.greeting.setAccessibleName(self.tr("Today"))

        self.flare_banner, flare_layout = _card(FLARE_BORDER)
        self.flare_text = _label(size=16)
        self.end_flare_button = QPushButton(self.tr("I'm feeling better — end flare mode"))
        self.end_flare_button.clicked.connect(self._on_end_flare_clicked)
        plan_button = QPushButton(self.tr("Show the flare plan"))
        plan_button.clicked.connect(self.flare_requested)
        flare_layout.addWidget(self.flare_text)
        flare_layout.addLayout(_row(self.end_flare_button, plan_button))

        today_card, today_layout = _card()
        self.routine_title = _label(size=22, bold=True)
        self.routine_why = _label()
        self.done_label = _label(size=16, bold=True)
        self.done_label.setAccessibleName(self.tr("Done today"))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("todayStart")
        self.start_button.setStyleSheet(START_STYLE)
        self.start_button.setFont(scaled_font(self.start_button.font(), 20, bold=True))
        self.start_button.setMinimumHeight(56)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_clicked)
        today_layout.addWidget(_label(self.tr("Suggested for today"), size=14))
        today_layout.addWidget(self.routine_title)
        today_layout.addWidget(self.routine_why)
        today_layout.addWidget(self.done_label)
        today_layout.addLayout(_row(self.start_button))

        self.suggestion_card, suggestion_layout = _card()
        self.suggestion_title = _label(size=18, bold=True)
        self.suggestion_text = _label()
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.clicked.connect(self._on_not_now_clicked)
        self.help_button = QPushButton(self.tr("When to get help"))
        self.help_button.clicked.connect(self.safety_requested)
        suggestion_layout.addWidget(self.suggestion_title)
        suggestion_layout.addWidget(self.suggestion_text)
        suggestion_layout.addLayout(_row(self.accept_button, self.help_button, self.not_now_button))

        plan_card, plan_layout = _card()
        self.plan_title = _label(size=18, bold=True)
        self.plan_text = _label()
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self._on_plan_clicked)
        plan_layout.addWidget(self.plan_title)
        plan_layout.addWidget(self.plan_text)
        plan_layout.addLayout(_row(self.plan_button))

        self.flare_button = QPushButton(self.tr("I'm having a flare-up"))
        self.flare_button.setAccessibleDescription(
            self.tr("Shows the flare plan and switches to it")
        )
        self.flare_button.clicked.connect(self.flare_requested)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        for widget in (self.greeting, self.flare_banner, today_card, self.suggestion_card):
            layout.addWidget(widget)
        self._cards_layout = layout
        self._cards_after = layout.count()  # extra cards (the weekly check-in) go here
        layout.addWidget(plan_card)
        layout.addLayout(_row(self.flare_button))
        layout.addStretch(1)
        content.setMaximumWidth(900)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        set_qt_property(scroll, "alignment", ALIGN_H_CENTER)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        controller.changed.connect(self.refresh)
        controller.routine_save_failed.connect(self.status_changed)
        self.refresh()

    @property
    def snapshot(self) -> TodaySnapshot | None:
        return self._snapshot

    def add_card(self, card: QWidget) -> None:
        """A card owned by another feature (the weekly check-in), shown below the suggestion."""
        self._cards_layout.insertWidget(self._cards_after, card)
        self._cards_after += 1
        self._tab_after_previous_card(card)

    def _tab_after_previous_card(self, card: QWidget) -> None:
        """Tab visits a card added later where it sits (Qt would put it after everything)."""
        previous: QWidget | None = None
        for index in range(self._cards_layout.indexOf(card) - 1, -1, -1):
            widget = self._cards_layout.itemAt(index).widget()
            stops = _tab_stops(widget) if widget is not None else []
            if stops:
                previous = stops[-1]
                break
        if previous is None:
            return
        for stop in _tab_stops(card):
            QWidget.setTabOrder(previous, stop)
            previous = stop

    @Slot()
    def refresh(self) -> None:
        snap = self._controller.snapshot()
        self._snapshot = snap
        today = QDate(snap.today.year, snap.today.month, snap.today.day)
        day = self.locale().toString(today, self.tr("dddd d MMMM", "date format"))
        self.greeting.setText(f"{greeting(self._controller.now().hour)} — {day}")
        self._show_flare(snap)
        self._show_routine(snap)
        self._show_suggestion(snap.suggestion)
        self._show_plan(snap)
        self.flare_button.setVisible(snap.flare is None)
        self.flare_button.setEnabled(not snap.read_only)

    def _show_flare(self, snap: TodaySnapshot) -> None:
        self.flare_banner.setVisible(snap.flare is not None)
        if snap.flare is None:
            return
        self.flare_text.setText(escape(snap.flare.summary_words(core_text)))
        self.end_flare_button.setDefault(snap.flare.can_end)

    def _show_routine(self, snap: TodaySnapshot) -> None:
        routine = snap.routine
        self.start_button.setEnabled(routine is not None)
        if routine is None:
            self.routine_title.setText(self.tr("No routine available"))
            self.routine_why.setText(escape(snap.why))
            self.done_label.setText("")
            return
        minutes = self.tr("about {duration}").format(
            duration=spoken_duration(round(snap.routine_s / 60) * 60)
        )
        self.routine_title.setText(escape(routine.title))
        self.routine_why.setText(f"{escape(snap.why)} ({minutes})")
        self.start_button.setText(
            self.tr("Start {title}").format(title=routine.title.replace("&", "&&"))
        )
        self.start_button.setAccessibleName(
            self.tr("Start {title}").format(title=routine.title.replace("&", "&&"))
        )
        if snap.done_today:
            self.done_label.setText(self.tr("✔ Done today"))
        elif snap.sessions_today:
            others = ", ".join(dict.fromkeys(s.routine_title for s in snap.sessions_today))
            self.done_label.setText(
                self.tr("Not done yet today (you did: {others})").format(others=escape(others))
            )
        else:
            self.done_label.setText(self.tr("Not done yet today"))

    def _show_suggestion(self, suggestion: Suggestion | None) -> None:
        self._suggestion = suggestion
        self.suggestion_card.setVisible(suggestion is not None)
        if suggestion is None:
            return
        self.suggestion_title.setText(escape(suggestion.headline))
        lines = [escape(suggestion.reason)]
        if len(suggestion.changes) > 1:
            shown = suggestion.changes[:MAX_CHANGES_SHOWN]
            items = "".join(f"<li>{escape(change.words(core_text))}</li>" for change in shown)
            more = len(suggestion.changes) - len(shown)
            extra = f"<li>{self.tr('… and {count} more').format(count=more)}</li>" if more else ""
            lines.append(f"<ul>{items}{extra}</ul>")
        self.suggestion_text.setText("<br>".join(lines))
        self.accept_button.setVisible(suggestion.actionable)
        self.accept_button.setText(self._accept_text(suggestion))
        self.accept_button.setEnabled(not (self._snapshot and self._snapshot.read_only))
        self.help_button.setVisible(suggestion.kind is SuggestionKind.SEE_CLINICIAN)
        self.not_now_button.setText(self.tr("Not now") if suggestion.actionable else self.tr("OK"))

    def _accept_text(self, suggestion: Suggestion) -> str:
        if suggestion.kind is SuggestionKind.FLARE:
            return self.tr("Switch to the flare plan")
        if self._snapshot is not None and self._snapshot.can_apply:
            return self.tr("Yes, change my routine")
        return self.tr("Do it next time")

    def _show_plan(self, snap: TodaySnapshot) -> None:
        if snap.plan is None:
            self.plan_title.setText(self.tr("12-week plan"))
            self.plan_text.setText(
                self.tr(
                    "From {back_basics} to {core_control} in 12 weeks: 2–3 strength sessions a "
                    "week, walking on the other days, one small step up at a time."
                ).format_map({key: escape(title) for key, title in snap.plan_titles.items()})
            )
            self.plan_button.setText(self.tr("Start the 12-week plan"))
            return
        phase = snap.plan.phase
        titles = snap.plan_titles
        self.plan_title.setText(escape(snap.plan.position_words(core_text, titles)))
        self.plan_text.setText(
            self.tr(
                "<b>{weeks}</b> · Walking: {walking}.<br>Daily, optional: {daily}.<br>{note}"
            ).format(
                weeks=escape(phase.weeks_words(core_text)),
                walking=escape(plan_words(phase.walking, titles, core_text)),
                daily=escape(plan_words(phase.daily, titles, core_text)),
                note=escape(plan_words(phase.note, titles, core_text)),
            )
        )
        self.plan_button.setText(self.tr("Stop the plan"))

    # --- actions ----------------------------------------------------------------------------

    @Slot()
    def _on_start_clicked(self) -> None:
        if self._snapshot is not None and self._snapshot.routine is not None:
            self.routine_chosen.emit(self._snapshot.routine.id)

    @Slot()
    def _on_end_flare_clicked(self) -> None:
        self._controller.end_flare()
        self.status_changed.emit(self.tr("Flare mode ended. Build back up gently over 1–2 weeks."))

    @Slot()
    def _on_plan_clicked(self) -> None:
        if self._snapshot is not None and self._snapshot.plan is not None:
            if self._stop_plan_confirmed():
                self._controller.stop_plan()
        else:
            self._controller.start_plan()

    def _stop_plan_confirmed(self) -> bool:
        """Weeks of a course end only on a clear yes (Space on a focused button did it once)."""
        from PySide6.QtWidgets import QMessageBox  # named when asked: start-up stays lean

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self,
            self.tr("Stop the 12-week plan?"),
            self.tr("Stop the 12-week plan? Starting it again begins at week 1."),
            buttons,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_accept_clicked(self) -> None:
        suggestion = self._suggestion
        if suggestion is None:
            return
        if suggestion.kind is SuggestionKind.FLARE:
            self._controller.not_now(suggestion)
            self.flare_requested.emit()
            return
        message = self._controller.accept(suggestion)
        if message:
            self.status_changed.emit(message)

    @Slot()
    def _on_not_now_clicked(self) -> None:
        if self._suggestion is not None:
            self._controller.not_now(self._suggestion)


def _tab_stops(widget: QWidget) -> list[QWidget]:
    """The widgets inside ``widget`` that Tab stops at, in the order they were made.

    A card's only Tab stops are its buttons (its labels are selectable by mouse, not by Tab).
    Asking each child for its ``focusPolicy()`` would be more general, but the answer is a
    ``Qt`` enum, and cards are added before the first frame, which never names ``Qt`` (see
    ``ui/desktop/qt_properties``).
    """
    return list(widget.findChildren(QAbstractButton))


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, left-aligned; secondary buttons get a comfortable size to hit."""
    row = QHBoxLayout()
    for widget in widgets:
        if isinstance(widget, QPushButton) and widget.objectName() != "todayStart":
            widget.setFont(scaled_font(widget.font(), 14))
            widget.setMinimumHeight(34)
        row.addWidget(widget)
    row.addStretch(1)
    return row
