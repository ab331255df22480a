"""The workout player: what a person on a mat two metres away needs to see.

The view is a renderer: ``WorkoutSession`` hands it one ``PlayerState`` (computed in the Qt-free
core) per change and it draws that, never running the timer nor asking the plan for pieces. What
the user wants comes back as ``*_requested`` signals. Every text wraps or scales to the window,
so no banner can push the window wider than the screen, in floor mode or at 2x scale.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backtimer.assets import illustration_bytes
from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.library.describe import format_seconds
from backtimer.library.model import Exercise, Side
from backtimer.safety import short_stop_rule
from backtimer.ui.icons import IconName, themed_icon
from backtimer.ui.theme import FINISHED_STYLE, PAUSED_STYLE, PHASE_STYLES, PhaseStyle, scaled_font
from backtimer.ui.wording import describe_dosage, phase_word, safety_text, steps_done_text
from backtimer.workout.engine import EngineState
from backtimer.workout.plan import Plan, Step, StepKind
from backtimer.workout.progress import PlayerState

NBSP = "\u00a0"
STOPPED_STYLE = PhaseStyle(
    QT_TRANSLATE_NOOP("PhaseStyle", "Stopped"),
    "■",
    PAUSED_STYLE.background,
    PAUSED_STYLE.foreground,
)
MESSAGE_LIFETIME_MS = 6000
"""A passing message (the machine slept, a key did nothing) goes after this long."""
MIN_COUNTDOWN_PX = 28
READABLE_COUNTDOWN_PX = 56
"""A normal window lets extras go (next exercise, then the title row) before the countdown
shrinks below this: at 2x scale on a 1280x800 laptop it was squeezed to 28 px and cut in half."""
BUTTON_SPACING = 8
COMPACT_BELOW_PX = 560
"""Floor mode in a window lower than this (a laptop at 2x scale) drops the extras."""
PICTURE_BELOW_PX = 480
"""Lower than this, the exercise's picture gives its room to the text (stop rule included)."""
ASIDE_STRETCH = 4
FLOOR_ASIDE_STRETCH = 3
"""Tenths of the width for the exercise column: narrower in floor mode, where only the stop
rules stay beside the countdown."""
SAFETY_SHARE = 0.6
"""At most this share of the exercise column goes to the stop rules while the steps show."""


def _button(
    text: str, accessible: str, shortcut_hint: str, icon: IconName | None = None
) -> QPushButton:
    button = QPushButton(text)
    if icon is not None:
        button.setIcon(themed_icon(icon))
    button.setAccessibleName(accessible)
    button.setToolTip(f"{accessible} ({shortcut_hint})")
    button.setAccessibleDescription(
        QCoreApplication.translate("PlayerView", "Keyboard: %1").replace("%1", shortcut_hint)
    )
    button.setMinimumHeight(44)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def _shrinkable(label: QLabel) -> QLabel:
    """A label whose text never sets the window's minimum size (it wraps or is scaled).

    ``_fit`` keeps one line of the labels that must never vanish (``_keep_one_line``).
    """
    label.setMinimumSize(1, 1)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class _ElidingLabel(QLabel):
    """One line of plain text that ends in '…' where it does not fit (a routine title can be
    120 characters; clipped, it stopped mid-sentence with no sign that more followed)."""

    def __init__(self, plain: str) -> None:
        super().__init__(escape(plain))
        self._plain = plain
        self.setToolTip(plain)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self._plain, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), alignment, self.shown_text())


class PlayerView(QWidget):
    """Big countdown, phase banner, exercise, instructions, next-up and controls.

    Signals:
        toggle_pause_requested, skip_requested, back_requested, restart_requested,
        tap_done_requested: the user pressed that control or its key.
        adjust_requested: add (+10) or remove (−10) seconds from the current step.
        stop_requested: Stop or Esc (the session asks before stopping, and closes after).
        hurt_reported: the user pressed "This hurts" (H).
        mute_toggled: sound on/off (M).
        floor_mode_toggled: full-screen floor mode on/off (F).
    """

    toggle_pause_requested = Signal()
    skip_requested = Signal()
    back_requested = Signal()
    restart_requested = Signal()
    tap_done_requested = Signal()
    adjust_requested = Signal(float)
    stop_requested = Signal()
    hurt_reported = Signal()
    mute_toggled = Signal(bool)
    floor_mode_toggled = Signal(bool)

    def __init__(
        self,
        plan: Plan,
        exercises: dict[str, Exercise],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playerView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._routine_title_text = plan.routine.title
        self._plan = plan
        self._exercises = exercises
        self._state: PlayerState | None = None
        self._shown_step: Step | None = None
        self._shown_exercise_id: str | None = None
        self._banner_text = ""
        self._finished = False
        self._floor_mode = False
        self._illustration_name: str | None = None
        self._control_rows: list[list[QPushButton]] = []
        self._compact = False
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._on_message_expired)
        self._passing_message = ""
        self._fit_soon = QTimer(self)  # after all of one state is drawn, fit once
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self._fit)

        self._build()
        self._bind_keys()

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self._routine_title = _shrinkable(_ElidingLabel(self._routine_title_text))
        self._routine_title.setObjectName("routineTitle")
        self._routine_status = _shrinkable(QLabel())
        self._routine_status.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self._routine_progress = QProgressBar()
        self._routine_progress.setRange(0, 1000)
        self._routine_progress.setTextVisible(False)
        self._routine_progress.setFixedHeight(10)
        self._routine_progress.setAccessibleName(self.tr("Routine progress"))

        self._banner = QFrame()
        self._banner.setObjectName("phaseBanner")
        self._phase_label = _shrinkable(QLabel())
        self._phase_label.setObjectName("phaseLabel")
        self._phase_label.setAccessibleName(self.tr("Phase"))
        self._phase_label.setWordWrap(True)
        self._counters = _shrinkable(QLabel())
        self._counters.setObjectName("counters")
        self._counters.setWordWrap(True)
        self._counters.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        banner_layout = QHBoxLayout(self._banner)
        banner_layout.setContentsMargins(16, 4, 16, 4)
        banner_layout.addWidget(self._phase_label, 3)
        banner_layout.addWidget(self._counters, 2)

        self._countdown = _shrinkable(QLabel("0:00"))
        self._countdown.setObjectName("countdown")
        self._countdown.setAccessibleName(self.tr("Time left in this step"))
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._exercise_name = _shrinkable(QLabel())
        self._exercise_name.setObjectName("exerciseName")
        self._exercise_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._exercise_name.setWordWrap(True)
        self._side = _shrinkable(QLabel())
        self._side.setObjectName("sideLabel")
        self._side.setAccessibleName(self.tr("Side"))
        self._side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._side.setWordWrap(True)
        self._step_progress = QProgressBar()
        self._step_progress.setRange(0, 1000)
        self._step_progress.setTextVisible(False)
        self._step_progress.setFixedHeight(14)
        self._step_progress.setAccessibleName(self.tr("Step progress"))
        self._message = _shrinkable(QLabel())
        self._message.setObjectName("playerMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)

        centre = QVBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self._countdown)
        centre.addWidget(self._exercise_name)
        centre.addWidget(self._side)
        centre.addSpacing(8)
        centre.addWidget(self._step_progress)
        centre.addWidget(self._message)
        centre.addStretch(1)

        self._picture = QSvgWidget()
        self._picture.setAccessibleName(self.tr("Exercise illustration"))
        self._picture.setMinimumSize(QSize(200, 60))
        self._picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._instructions = _column_label("instructions")
        # No accessible names here: a label's name replaces its text for a screen reader,
        # and these texts ("Stop if: …") must be heard whole.
        self._stop_rule = _column_label("stopRule")
        self._general_rule = _column_label("generalStopRule")
        self._aside = _ExerciseColumn(
            self._picture,
            _scrolling_column(self._instructions),
            _scrolling_column(self._stop_rule, self._general_rule),
        )

        exercise_panel = QWidget()
        self._panel_layout = QHBoxLayout(exercise_panel)
        self._panel_layout.setContentsMargins(0, 0, 0, 0)
        self._panel_layout.addWidget(self._aside, ASIDE_STRETCH)
        self._panel_layout.addLayout(centre, 10 - ASIDE_STRETCH)
        self._summary = _shrinkable(QLabel())
        self._summary.setObjectName("workoutSummary")
        self._summary.setAccessibleName(self.tr("Workout summary"))
        self._summary.setWordWrap(True)
        self._summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._middle = QStackedWidget()
        self._middle.addWidget(exercise_panel)
        self._middle.addWidget(self._summary)
        self._middle.setMinimumSize(1, 1)
        self._middle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

        self._next_up = _shrinkable(QLabel())
        self._next_up.setObjectName("nextUp")
        self._next_up.setWordWrap(True)
        self._next_up.setAccessibleName(self.tr("Next exercise"))

        self._back = _button(
            self.tr("Back"),
            self.tr("Back to the previous step"),
            self.tr("Left arrow"),
            IconName.SKIP_BACK,
        )
        self._pause = _button(
            self.tr("Start"), self.tr("Start or pause"), self.tr("Space"), IconName.PLAY
        )
        self._pause.setObjectName("pauseButton")
        self._skip = _button(
            self.tr("Skip"),
            self.tr("Skip this step"),
            self.tr("Right arrow"),
            IconName.SKIP_FORWARD,
        )
        self._less = _button(
            self.tr("−10 s"), self.tr("Take 10 seconds off this step"), self.tr("Minus")
        )
        self._more = _button(
            self.tr("+10 s"), self.tr("Add 10 seconds to this step"), self.tr("Plus")
        )
        self._restart = _button(
            self.tr("Restart step"), self.tr("Restart this step"), "R", IconName.RESTART
        )
        self._done = _button(
            self.tr("Done"), self.tr("Done with this exercise"), self.tr("Enter"), IconName.DONE
        )
        self._mute = _button(
            self.tr("Sound on"), self.tr("Mute or unmute sound"), "M", IconName.SOUND_ON
        )
        self._mute.setCheckable(True)
        self._floor = _button(
            self.tr("Floor mode"), self.tr("Full-screen floor mode"), "F", IconName.FLOOR_MODE
        )
        self._floor.setCheckable(True)
        self._hurt = _button(
            self.tr("This hurts"), self.tr("This hurts: stop this exercise"), "H", IconName.HURT
        )
        self._hurt.setObjectName("hurtButton")
        self._stop = _button(
            self.tr("Stop"), self.tr("Stop the workout"), self.tr("Escape"), IconName.STOP
        )

        self._back.clicked.connect(self.back_requested)
        self._pause.clicked.connect(self.toggle_pause_requested)
        self._skip.clicked.connect(self.skip_requested)
        self._less.clicked.connect(lambda: self.adjust_requested.emit(-10.0))
        self._more.clicked.connect(lambda: self.adjust_requested.emit(10.0))
        self._restart.clicked.connect(self.restart_requested)
        self._done.clicked.connect(self.tap_done_requested)
        self._mute.toggled.connect(self._on_mute_toggled)
        self._floor.toggled.connect(self._on_floor_toggled)
        self._hurt.clicked.connect(self.hurt_reported)
        self._stop.clicked.connect(self.stop_requested)

        self._buttons = [
            self._back,
            self._pause,
            self._skip,
            self._done,
            self._less,
            self._more,
            self._restart,
            self._mute,
            self._floor,
            self._hurt,
            self._stop,
        ]
        self._icon_only_texts = {
            button: button.text() for button in (self._back, self._skip, self._restart)
        }
        self._controls_rows = QVBoxLayout()
        self._controls_rows.setSpacing(6)
        self._controls_rows.setContentsMargins(0, 0, 0, 0)
        self._controls = QWidget()
        self._controls.setLayout(self._controls_rows)
        first_row = QHBoxLayout()
        self._controls_rows.addLayout(first_row)
        for button in self._buttons:  # parented first: hiding then sticks
            first_row.addWidget(button)
        self._done.setVisible(False)
        self._reflow_controls(1280)

        top = QHBoxLayout()
        top.addWidget(self._routine_title, 3)
        top.addWidget(self._routine_status, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._routine_progress)
        layout.addWidget(self._banner)
        layout.addWidget(self._middle, 1)
        layout.addWidget(self._next_up)
        layout.addWidget(self._controls)

        for label in (
            self._routine_title,
            self._routine_status,
            self._phase_label,
            self._counters,
            self._exercise_name,
            self._side,
            self._message,
            self._next_up,
            self._summary,
        ):
            # They are given escaped text or small HTML; auto-detection would show "&amp;".
            label.setTextFormat(Qt.TextFormat.RichText)

    def _bind_keys(self) -> None:
        bindings = [
            (Qt.Key.Key_Space, self._on_space),
            (Qt.Key.Key_Right, self.skip_requested.emit),
            (Qt.Key.Key_Left, self.back_requested.emit),
            (Qt.Key.Key_R, self.restart_requested.emit),
            (Qt.Key.Key_Plus, lambda: self.adjust_requested.emit(10.0)),
            (Qt.Key.Key_Equal, lambda: self.adjust_requested.emit(10.0)),
            (Qt.Key.Key_Minus, lambda: self.adjust_requested.emit(-10.0)),
            (Qt.Key.Key_M, self._on_mute_key),
            (Qt.Key.Key_F, self._floor.toggle),
            (Qt.Key.Key_H, self._on_hurt_key),
            (Qt.Key.Key_Escape, self.stop_requested.emit),
            (Qt.Key.Key_Return, self._on_enter),
            (Qt.Key.Key_Enter, self._on_enter),
        ]
        self._shortcuts = []
        for key, handler in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            # Window-wide while the player is shown: after a dialog closes, focus may sit
            # anywhere in the window, and the keys must still work from the floor.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(handler)
            self._shortcuts.append(shortcut)

    # --- what the session tells the view ----------------------------------------------------

    def render(self, state: PlayerState) -> None:
        """Draw one moment of the workout; cheap when only the countdown moved."""
        self._state = state
        if self._finished:
            return
        step = state.step
        if step is not None and step != self._shown_step:
            self._show_step(state, step)
        self._show_banner(state)
        self._show_counters(state)
        self._show_time(state)
        self._show_controls(state)
        if not self._passing_message:
            self._set_message(self._step_message(state))

    def _show_step(self, state: PlayerState, step: Step) -> None:
        self._shown_step = step
        self._passing_message = ""
        self._message_timer.stop()
        self._exercise_name.setText(escape(state.exercise_name))
        side = _side_text(state.side)
        self._side.setText(escape(side))
        self._side.setVisible(bool(side))
        if step.exercise_id != self._shown_exercise_id:
            self._shown_exercise_id = step.exercise_id
            self._show_exercise(self._exercises.get(step.exercise_id))
        upcoming = self._plan.next_exercise_step(step.index)
        if state.next_exercise_name is None or upcoming is None:
            self._next_up.setText(self.tr("<b>Next:</b> that's the last exercise — nearly done!"))
        else:
            self._next_up.setText(
                self.tr("<b>Next exercise:</b> {name} — {dosage}").format(
                    name=escape(state.next_exercise_name),
                    dosage=escape(self._dosage(upcoming.block_index)),
                )
            )
        self._fit_soon.start()

    def _dosage(self, block_index: int) -> str:
        """A block's dose in the user's language (the state carries it in English)."""
        return describe_dosage(self._plan.routine.blocks[block_index])

    def _show_banner(self, state: PlayerState) -> None:
        match state.phase:
            case EngineState.PAUSED:
                style, text = PAUSED_STYLE, self.tr("Paused — press Space to carry on")
            case EngineState.STOPPED:
                style, text = STOPPED_STYLE, self.tr("Workout stopped")
            case EngineState.FINISHED:
                complete = state.tally.complete
                text = self.tr("Routine complete") if complete else self.tr("Routine finished")
                style = FINISHED_STYLE
            case _:
                kind = state.kind or StepKind.PREPARE
                style, text = PHASE_STYLES[kind], phase_word(state.label)
        banner = f"{style.symbol}  {escape(text.upper())}"
        if banner != self._banner_text:
            self._banner_text = banner
            self._banner.setStyleSheet(
                f"QFrame#phaseBanner {{ background: {style.background}; border-radius: 8px; }}"
                f"QFrame#phaseBanner QLabel {{ color: {style.foreground};"
                " background: transparent; }"
            )
            self._phase_label.setText(banner)
            self._phase_label.setAccessibleDescription(phase_word(style.word))
            self._fit_soon.start()

    def _show_counters(self, state: PlayerState) -> None:
        text = counter_text(state)
        self._counters.setText(escape(text))
        self._counters.setVisible(bool(text))  # none: the banner text gets the whole row

    def _show_time(self, state: PlayerState) -> None:
        if state.kind is StepKind.TAP:
            self._countdown.setText("✋")
            self._step_progress.setValue(0)
        elif state.step_remaining_s is not None:
            whole = math.ceil(max(0.0, state.step_remaining_s) - 1e-6)
            self._countdown.setText(format_seconds(whole))
            self._step_progress.setValue(round(1000 * state.step_fraction))
        self._routine_progress.setValue(round(1000 * state.routine_fraction))
        self._routine_status.setText(
            escape(
                self.tr("Step {number} of {total} · {time} left").format(
                    number=state.step_number,
                    total=state.step_total,
                    time=format_seconds(state.routine_remaining_s),
                )
            )
        )

    def _show_controls(self, state: PlayerState) -> None:
        waiting = state.phase is EngineState.READY
        paused = state.phase is EngineState.PAUSED
        if waiting:
            self._pause.setText(self.tr("Start"))
        else:
            self._pause.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self._pause.setIcon(themed_icon(IconName.PLAY if paused or waiting else IconName.PAUSE))
        tap = state.kind is StepKind.TAP
        if self._done.isHidden() == tap:
            self._done.setVisible(tap)
            self._reflow_controls(self.width())
        ended = state.finished
        for button in (self._back, self._pause, self._skip, self._less, self._more):
            button.setEnabled(not ended)
        self._restart.setEnabled(not ended)
        self._hurt.setEnabled(not ended)

    def _step_message(self, state: PlayerState) -> str:
        step = state.step
        if state.phase is EngineState.READY:
            return self.tr("Press Space or Start when you are in position.")
        if step is None or state.finished:
            return ""
        if step.kind is StepKind.TAP:
            return escape(
                self.tr("{dosage} — press Enter or Done when finished.").format(
                    dosage=self._dosage(step.block_index)
                )
            )
        if step.kind is StepKind.PREPARE:
            return escape(
                self.tr("Coming up: {dosage}").format(dosage=self._dosage(step.block_index))
            )
        if step.kind in (StepKind.REST, StepKind.SWITCH):
            upcoming = state.next_work_step
            if upcoming is not None and upcoming.block_index == step.block_index:
                what = " · ".join(
                    part
                    for part in (_side_text(upcoming.side), _step_counter_text(upcoming, state))
                    if part
                )
                rest = self.tr("Breathe easy.") if step.kind is StepKind.REST else ""
                then = self.tr("Next: {what}").format(what=what) if what else ""
                return escape(" ".join(part for part in (rest, then) if part))
        return escape(step.cue)

    def _set_message(self, html: str) -> None:
        """An empty message takes no room: the countdown gets it."""
        if html == self._message.text():
            return
        self._message.setText(html)
        if self._message.isHidden() == bool(html):
            self._message.setVisible(bool(html))
            self._fit_soon.start()

    def show_message(self, text: str, lifetime_ms: int = MESSAGE_LIFETIME_MS) -> None:
        """A passing message in place of the step's own; it goes after ``lifetime_ms``."""
        self._passing_message = text
        self._set_message(escape(text))
        self._message_timer.start(lifetime_ms)

    @Slot()
    def _on_message_expired(self) -> None:
        self._passing_message = ""
        if self._state is not None and not self._finished:
            self._set_message(self._step_message(self._state))

    def show_summary(self, title: str, summary_html: str) -> None:
        """The workout is over: the summary replaces the exercise panel; Esc or Close leave."""
        self._finished = True
        self._message_timer.stop()
        complete = self._state is not None and self._state.tally.complete
        style = FINISHED_STYLE if complete else STOPPED_STYLE
        self._banner.setStyleSheet(
            f"QFrame#phaseBanner {{ background: {style.background}; border-radius: 8px; }}"
            f"QFrame#phaseBanner QLabel {{ color: {style.foreground}; background: transparent; }}"
        )
        self._banner_text = f"{style.symbol}  {escape(title.upper())}"
        self._phase_label.setText(self._banner_text)
        self._counters.setText("")
        self._counters.setVisible(False)
        self._summary.setText(summary_html)
        self._middle.setCurrentWidget(self._summary)
        self._next_up.setText("")
        self._next_up.setVisible(False)
        if self._state is not None:  # the header tells the summary's story, not a stale step
            tally = self._state.tally
            self._routine_status.setText(escape(steps_done_text(tally.done, tally.planned)))
            self._routine_progress.setValue(round(1000 * tally.done / max(1, tally.planned)))
        for button in self._buttons:
            button.setVisible(button in (self._stop, self._mute))
        self._stop.setText(self.tr("Close"))
        self._stop.setToolTip(self.tr("Back to the library (Escape)"))
        self._reflow_controls(self.width())
        self._fit()

    def is_showing_summary(self) -> bool:
        return self._finished

    def set_sound(self, muted: bool, unavailable: str = "") -> None:
        """The one place that says whether the workout makes sound, and if not, why."""
        self._mute.blockSignals(True)
        self._mute.setChecked(muted or bool(unavailable))
        self._mute.blockSignals(False)
        self._mute.setEnabled(not unavailable)
        if unavailable:
            self._mute.setText(self.tr("No sound"))
            self._mute.setToolTip(unavailable)
            self._mute.setAccessibleDescription(unavailable)
        else:
            self._mute.setText(self.tr("Sound off") if muted else self.tr("Sound on"))
        self._mute.setIcon(
            themed_icon(IconName.SOUND_OFF if muted or unavailable else IconName.SOUND_ON)
        )

    def set_floor_mode(self, on: bool) -> None:
        self._floor.setChecked(on)

    def is_floor_mode(self) -> bool:
        return self._floor_mode

    def confirm_stop(self) -> bool:
        """Ask before ending: a stray Esc must not end a workout."""
        answer = QMessageBox.question(
            self,
            self.tr("Stop the workout?"),
            self.tr(
                "Stop this workout now? The steps you have done are already saved. "
                "The timer is held while you decide."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- user intent ------------------------------------------------------------------------

    @Slot()
    def _on_space(self) -> None:
        if not self._finished:
            self.toggle_pause_requested.emit()

    @Slot()
    def _on_hurt_key(self) -> None:
        if self._hurt.isEnabled() and self._hurt.isVisible():
            self.hurt_reported.emit()

    @Slot()
    def _on_mute_key(self) -> None:
        if self._mute.isEnabled():
            self._mute.toggle()

    @Slot()
    def _on_enter(self) -> None:
        state = self._state
        if self._finished or state is None:
            return
        if state.kind is StepKind.TAP and state.phase is EngineState.WAITING_TAP:
            self.tap_done_requested.emit()
        elif state.phase in (EngineState.PAUSED, EngineState.READY):
            self.toggle_pause_requested.emit()

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self.set_sound(muted)
        self.mute_toggled.emit(muted)

    @Slot(bool)
    def _on_floor_toggled(self, on: bool) -> None:
        self._floor_mode = on
        # The stop rules stay in floor mode (a narrower column), the steps and picture go.
        self._aside.set_steps_shown(not on)
        self._panel_layout.setStretch(0, FLOOR_ASIDE_STRETCH if on else ASIDE_STRETCH)
        self._panel_layout.setStretch(1, 10 - (FLOOR_ASIDE_STRETCH if on else ASIDE_STRETCH))
        self._floor.setText(self.tr("Leave floor mode") if on else self.tr("Floor mode"))
        self._floor.setIcon(themed_icon(IconName.FLOOR_MODE_EXIT if on else IconName.FLOOR_MODE))
        self._fit()
        self.floor_mode_toggled.emit(on)

    # --- drawing ----------------------------------------------------------------------------

    def _show_exercise(self, exercise: Exercise | None) -> None:
        name = exercise.illustration if exercise is not None else None
        if name != self._illustration_name:
            self._illustration_name = name
            self._picture.load(QByteArray(illustration_bytes(name)))
            self._picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._show_picture()
        self._general_rule.setText(f"<small>{escape(short_stop_rule(safety_text))}</small>")
        if exercise is None:
            self._instructions.setText("")
            self._stop_rule.setText("")
            self._stop_rule.setVisible(False)
            return
        steps = "".join(f"<li>{escape(text)}</li>" for text in exercise.steps)
        cues = " ".join(escape(text) for text in exercise.cues)
        think, stop_if = escape(self.tr("Think:")), escape(self.tr("Stop if:"))
        self._instructions.setText(
            f"<ol style='margin-left:-20px'>{steps}</ol>"
            + (f"<p><b>{think}</b> {cues}</p>" if cues else "")
        )
        self._stop_rule.setText(f"<b>{stop_if}</b> {escape(exercise.stop_if)}")
        self._stop_rule.setVisible(True)
        self._aside.show_from_the_top()

    def _show_picture(self) -> None:
        """The picture, unless the window is too low for it and the text both (the text wins)."""
        roomy = self.height() >= PICTURE_BELOW_PX
        self._picture.setVisible(bool(self._illustration_name) and roomy and not self._floor_mode)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _reflow_controls(self, width: int) -> None:
        """Lay the visible buttons out in as many rows as the width needs (never off screen)."""
        available = max(200, width - 24)
        spacing = BUTTON_SPACING
        rows: list[list[QPushButton]] = [[]]
        used = 0
        for button in self._buttons:
            if button.isHidden():
                continue
            needed = button.sizeHint().width() + (spacing if rows[-1] else 0)
            if rows[-1] and used + needed > available:
                rows.append([])
                used, needed = 0, button.sizeHint().width()
            rows[-1].append(button)
            used += needed
        if not rows[-1]:
            rows.pop()
        if rows == self._control_rows:
            return
        self._control_rows = rows
        while (item := self._controls_rows.takeAt(0)) is not None:
            old_row = item.layout()
            while old_row is not None and old_row.takeAt(0) is not None:
                pass
            if old_row is not None:
                old_row.deleteLater()
        for row in rows:
            row_layout = QHBoxLayout()
            row_layout.setSpacing(spacing)
            for button in row:
                row_layout.addWidget(button)
            self._controls_rows.addLayout(row_layout)
        # The rows follow the width, so the width must never follow the buttons: only the
        # height is a minimum (or a long row would push the window past the screen).
        row_height = max(
            (max(b.sizeHint().height(), b.minimumHeight()) for row in rows for b in row),
            default=0,
        )
        spacing_v = self._controls_rows.spacing()
        self._controls.setMinimumSize(1, len(rows) * row_height + (len(rows) - 1) * spacing_v)

    def _fit(self) -> None:
        """Scale text to the window: as large as fits, so it reads from across a room.

        The countdown is the one text that must always be whole: in a low window the extras
        give way first (``_economies``), and its label never gets less than a line of its font.
        """
        width, height = max(self.width(), 320), max(self.height(), 240)
        self._show_picture()
        control_px = max(13, min(22, int(height * 0.021)))
        base = self.font()
        for button in self._buttons:
            button.setFont(scaled_font(base, control_px))
            button.setIconSize(QSize(control_px + 4, control_px + 4))
        for hide_next_up, compact in self._economies(height):
            self._set_compact(compact, hide_next_up=hide_next_up)
            self._reflow_controls(width)
            countdown_px = self._fit_text(base, width, height)
            if countdown_px >= READABLE_COUNTDOWN_PX:
                break

    def _economies(self, height: int) -> list[tuple[bool, bool]]:
        """What may give way to the countdown, tried in turn: (hide next exercise, compact)."""
        if self._floor_mode:
            compact = height < COMPACT_BELOW_PX
            return [(compact, compact)]
        if self._finished:  # no countdown: the summary keeps its title row
            return [(True, False)]
        return [(False, False), (True, False), (True, True)]

    def _fit_text(self, base: QFont, width: int, height: int) -> int:
        """Size the texts around the largest countdown that lets everything fit; its pixels."""
        share = 0.30 if self._floor_mode else 0.22
        countdown_px = int(min(height * share, width * (0.2 if self._floor_mode else 0.13)))
        for _ in range(16):
            self._apply_text_sizes(base, countdown_px, height)
            if self._needed_height(width) <= height or countdown_px <= MIN_COUNTDOWN_PX:
                break
            countdown_px = max(MIN_COUNTDOWN_PX, int(countdown_px * 0.9))
        return countdown_px

    def _set_compact(self, compact: bool, *, hide_next_up: bool) -> None:
        """A small window (or 2x scale): the countdown first, extras go.

        "Next exercise" hides first; compact also hides the routine's title row, and the
        buttons with an icon that says it all show only the icon (their names stay for screen
        readers and tooltips).
        """
        self._next_up.setVisible(not hide_next_up and not self._finished)
        if compact == self._compact:
            return
        self._compact = compact
        for label in (self._routine_title, self._routine_status):
            label.setVisible(not compact)
        for button, text in self._icon_only_texts.items():
            button.setText("" if compact else text)

    def _needed_height(self, width: int) -> int:
        """The height everything wants at this width, wrapped text included."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()

        def wanted(widget: QWidget) -> int:
            if widget.isHidden():
                return 0
            by_width = widget.heightForWidth(inner)
            return by_width if by_width >= 0 else widget.sizeHint().height()

        parts = [
            max(wanted(self._routine_title), wanted(self._routine_status)),
            self._routine_progress.height(),
            wanted(self._banner),
            wanted(self._middle),
            wanted(self._next_up),
            self._controls.minimumHeight(),
        ]
        spacing = layout.spacing() * (sum(1 for part in parts if part) - 1)
        return sum(parts) + spacing + margins.top() + margins.bottom()

    def _apply_text_sizes(self, base: QFont, countdown_px: int, height: int) -> None:
        self._countdown.setFont(scaled_font(base, countdown_px, bold=True))
        self._exercise_name.setFont(scaled_font(base, max(18, int(countdown_px * 0.26)), bold=True))
        self._side.setFont(scaled_font(base, max(16, int(countdown_px * 0.22)), bold=True))
        phase_px = max(16, int(countdown_px * 0.2))
        self._phase_label.setFont(scaled_font(base, phase_px, bold=True))
        self._counters.setFont(scaled_font(base, max(15, int(countdown_px * 0.17)), bold=True))
        self._message.setFont(scaled_font(base, max(15, int(countdown_px * 0.1))))
        self._next_up.setFont(scaled_font(base, max(15, int(countdown_px * 0.11))))
        self._summary.setFont(scaled_font(base, max(16, int(countdown_px * 0.2))))
        self._routine_title.setFont(scaled_font(base, max(15, int(countdown_px * 0.11)), bold=True))
        self._routine_status.setFont(scaled_font(base, max(14, int(countdown_px * 0.09))))
        notes_font = scaled_font(base, max(14, int(height * 0.022)))
        for label in (self._instructions, self._stop_rule, self._general_rule):
            label.setFont(notes_font)
        self._aside.fit_safety()
        for label in (
            self._routine_title,
            self._routine_status,
            self._phase_label,
            self._countdown,
        ):
            _keep_one_line(label)


def _column_label(name: str) -> QLabel:
    """A wrapped paragraph of the exercise column; its width follows the column, never the text."""
    label = _shrinkable(QLabel())
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class _ExerciseColumn(QWidget):
    """Picture, steps and, pinned under them, the stop rules: the left column of the player.

    A German exercise text at 2x scale is three times what fits; clipped, its last lines (the
    stop rules) were the ones lost. Now the stop rules keep the room they need (up to
    ``SAFETY_SHARE`` of the column, scrolling beyond), and the steps scroll in what is left, so
    every line can be read and the column never asks the countdown for height.
    """

    def __init__(self, picture: QWidget, steps: QScrollArea, safety: QScrollArea) -> None:
        super().__init__()
        self._picture = picture
        self._steps = steps
        self._safety = safety
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picture, 2)
        layout.addWidget(steps, 3)
        layout.addWidget(safety)
        layout.addStretch(0)  # takes the rest only when picture and steps are hidden
        safety.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # The column takes the height the countdown leaves it and fits itself in that.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def set_steps_shown(self, shown: bool) -> None:
        """Floor mode shows only the stop rules, which may then use the whole column."""
        self._steps.setVisible(shown)
        self.fit_safety()

    def show_from_the_top(self) -> None:
        """A new exercise reads from its first line, in both parts."""
        for area in (self._steps, self._safety):
            area.verticalScrollBar().setValue(0)
        self.fit_safety()

    def fit_safety(self) -> None:
        """Give the stop rules the height their text needs at this width, within their share."""
        contents = self._safety.widget()
        wanted = contents.heightForWidth(max(1, self.width()))
        if wanted < 0:
            wanted = contents.sizeHint().height()
        share = SAFETY_SHARE if self._steps.isVisibleTo(self) else 1.0
        height = max(1, min(wanted, int(self.height() * share)))
        if self._safety.height() != height or self._safety.minimumHeight() != height:
            self._safety.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_safety()


def _scrolling_column(*labels: QLabel) -> QScrollArea:
    """Texts of the exercise column in an area that scrolls when the window is too low for them."""
    contents = QWidget()
    contents.setObjectName("exerciseNotes")
    column = QVBoxLayout(contents)
    column.setContentsMargins(0, 0, 4, 0)
    for label in labels:
        column.addWidget(label)
    column.addStretch(1)
    area = QScrollArea()
    area.setObjectName("exerciseNotesArea")
    area.setWidget(contents)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows stay the player's keys
    area.setMinimumSize(1, 1)
    area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    area.viewport().setAutoFillBackground(False)
    contents.setAutoFillBackground(False)
    return area


def _keep_one_line(label: QLabel) -> None:
    """However crowded the window, this label keeps room for a line of its text."""
    label.setMinimumHeight(label.fontMetrics().height())


def counter_text(state: PlayerState) -> str:
    """ "Set 2 of 3 · Rep 4 of 12": where the user is within the exercise."""
    parts = []
    if state.set_count > 1 and state.set_number:
        parts.append(_set_text(state.is_round, state.set_number, state.set_count))
    if state.kind is StepKind.HOLD and state.rep_count > 1:
        parts.append(
            QCoreApplication.translate("PlayerView", "Hold {number} of {count}").format(
                number=state.rep_number, count=state.rep_count
            )
        )
    elif state.step is not None and state.step.rep_s and state.rep_count:
        parts.append(
            QCoreApplication.translate("PlayerView", "Rep {number} of {count}").format(
                number=state.rep_number, count=state.rep_count
            )
        )
    # Lines break between the parts, never inside one ("Hold 1" / "of 10").
    return " · ".join(part.replace(" ", NBSP) for part in parts)


def _step_counter_text(step: Step, state: PlayerState) -> str:
    """The set and hold of another step of the current exercise ("Next: Set 2 of 3")."""
    parts = []
    if step.set_count > 1 and step.set_number:
        parts.append(_set_text(state.is_round, step.set_number, step.set_count))
    if step.kind is StepKind.HOLD and step.rep_count > 1:
        parts.append(
            QCoreApplication.translate("PlayerView", "Hold {number} of {count}").format(
                number=step.rep_number, count=step.rep_count
            )
        )
    elif step.rep_s and step.rep_count:
        parts.append(
            QCoreApplication.translate("PlayerView", "Rep {number} of {count}").format(
                number=1, count=step.rep_count
            )
        )
    return " · ".join(parts)


def _set_text(is_round: bool, number: int, count: int) -> str:
    if is_round:
        text = QCoreApplication.translate("PlayerView", "Round {number} of {count}")
    else:
        text = QCoreApplication.translate("PlayerView", "Set {number} of {count}")
    return text.format(number=number, count=count)


def _side_text(side: Side | None) -> str:
    if side is Side.LEFT:
        return QCoreApplication.translate("PlayerView", "Left side")
    if side is Side.RIGHT:
        return QCoreApplication.translate("PlayerView", "Right side")
    return ""
