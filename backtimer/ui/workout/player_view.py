"""The workout player: what a person on a mat two metres away needs to see.

The view only displays and asks; it never runs the timer. It gets the plan and the exercises in
``__init__``, is told what to show through its ``show_*`` slots, and reports what the user wants
through ``*_requested`` signals that ``WorkoutSession`` wires to the engine's controller.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backtimer.assets import illustration
from backtimer.library.describe import describe_dosage, format_seconds
from backtimer.library.model import Exercise, Interval, Side
from backtimer.safety import SHORT_STOP_RULE
from backtimer.ui.icons import IconName, themed_icon
from backtimer.ui.theme import FINISHED_STYLE, PAUSED_STYLE, PHASE_STYLES, PhaseStyle, scaled_font
from backtimer.workout.plan import Plan, Step, StepKind


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


class PlayerView(QWidget):
    """Big countdown, phase banner, exercise, instructions, next-up and controls.

    Signals:
        toggle_pause_requested, skip_requested, back_requested, restart_requested,
        tap_done_requested: the user pressed that control or its key.
        adjust_requested: add (+10) or remove (−10) seconds from the current step.
        stop_requested: the user confirmed stopping the workout.
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
        *,
        confirm_stop: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playerView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._plan = plan
        self._exercises = exercises
        self._confirm_stop = confirm_stop
        self._step: Step | None = None
        self._paused = False
        self._finished = False
        self._floor_mode = False
        self._muted = False
        self._illustration_name: str | None = None
        self._substitutes: dict[int, Exercise] = {}

        self._build()
        self._bind_keys()
        if plan.steps:
            self.show_step(plan.steps[0])
            self.show_remaining(plan.steps[0].duration_s)
        self.show_paused(True, waiting_to_start=True)

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self._routine_title = QLabel(escape(self._plan.routine.title))
        self._routine_title.setObjectName("routineTitle")
        self._routine_status = QLabel()
        self._routine_status.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self._routine_progress = QProgressBar()
        self._routine_progress.setRange(0, 1000)
        self._routine_progress.setTextVisible(False)
        self._routine_progress.setFixedHeight(10)
        self._routine_progress.setAccessibleName("Routine progress")

        self._banner = QFrame()
        self._banner.setObjectName("phaseBanner")
        self._phase_label = QLabel()
        self._phase_label.setObjectName("phaseLabel")
        self._phase_label.setAccessibleName("Phase")
        self._counters = QLabel()
        self._counters.setObjectName("counters")
        self._counters.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        banner_layout = QHBoxLayout(self._banner)
        banner_layout.setContentsMargins(20, 4, 20, 4)
        banner_layout.addWidget(self._phase_label, 1)
        banner_layout.addWidget(self._counters)

        self._countdown = QLabel("0:00")
        self._countdown.setObjectName("countdown")
        self._countdown.setAccessibleName("Time left in this step")
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._exercise_name = QLabel()
        self._exercise_name.setObjectName("exerciseName")
        self._exercise_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._exercise_name.setWordWrap(True)
        self._side = QLabel()
        self._side.setObjectName("sideLabel")
        self._side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._step_progress = QProgressBar()
        self._step_progress.setRange(0, 1000)
        self._step_progress.setTextVisible(False)
        self._step_progress.setFixedHeight(14)
        self._step_progress.setAccessibleName("Step progress")
        self._message = QLabel()
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
        self._picture.setAccessibleName("Exercise illustration")
        self._picture.setMinimumSize(QSize(200, 100))
        self._picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._instructions = QLabel()
        self._instructions.setObjectName("instructions")
        self._instructions.setWordWrap(True)
        self._instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._instructions.setTextFormat(Qt.TextFormat.RichText)
        self._aside = QWidget()
        aside_layout = QVBoxLayout(self._aside)
        aside_layout.setContentsMargins(0, 0, 0, 0)
        aside_layout.addWidget(self._picture, 2)
        aside_layout.addWidget(self._instructions, 3)

        middle = QHBoxLayout()
        middle.addWidget(self._aside, 4)
        middle.addLayout(centre, 6)

        self._next_up = QLabel()
        self._next_up.setObjectName("nextUp")
        self._next_up.setWordWrap(True)
        self._next_up.setAccessibleName("Next exercise")

        tr = self.tr
        self._back = _button(
            tr("Back"), tr("Back to the previous step"), tr("Left arrow"), IconName.SKIP_BACK
        )
        self._pause = _button(tr("Start"), tr("Start or pause"), tr("Space"), IconName.PLAY)
        self._pause.setObjectName("pauseButton")
        self._skip = _button(
            tr("Skip"), tr("Skip this step"), tr("Right arrow"), IconName.SKIP_FORWARD
        )
        self._less = _button(tr("−10 s"), tr("Take 10 seconds off this step"), tr("Minus"))
        self._more = _button(tr("+10 s"), tr("Add 10 seconds to this step"), tr("Plus"))
        self._restart = _button(tr("Restart step"), tr("Restart this step"), "R", IconName.RESTART)
        self._done = _button(tr("Done"), tr("Done with this exercise"), tr("Enter"), IconName.DONE)
        self._mute = _button(tr("Sound on"), tr("Mute or unmute sound"), "M", IconName.SOUND_ON)
        self._mute.setCheckable(True)
        self._floor = _button(
            tr("Floor mode"), tr("Full-screen floor mode"), "F", IconName.FLOOR_MODE
        )
        self._floor.setCheckable(True)
        self._hurt = _button(
            tr("This hurts"), tr("This hurts: stop this exercise"), "H", IconName.HURT
        )
        self._hurt.setObjectName("hurtButton")
        self._stop = _button(tr("Stop"), tr("Stop the workout"), tr("Escape"), IconName.STOP)

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
        self._stop.clicked.connect(self.ask_stop)

        controls = QGridLayout()
        controls.setHorizontalSpacing(8)
        row = [
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
        for column, button in enumerate(row):
            controls.addWidget(button, 0, column)
        self._controls = QWidget()
        self._controls.setLayout(controls)
        self._notice = QLabel()
        self._notice.setObjectName("playerNotice")
        self._notice.setWordWrap(True)
        self._notice.setVisible(False)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._routine_title, 1)
        top.addWidget(self._routine_status)
        layout.addLayout(top)
        layout.addWidget(self._routine_progress)
        layout.addWidget(self._banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self._next_up)
        layout.addWidget(self._controls)
        layout.addWidget(self._notice)

        for label in (
            self._routine_title,
            self._routine_status,
            self._phase_label,
            self._counters,
            self._exercise_name,
            self._side,
            self._message,
            self._next_up,
            self._notice,
        ):
            # They are given escaped text or small HTML; auto-detection would show "&amp;".
            label.setTextFormat(Qt.TextFormat.RichText)

    def _bind_keys(self) -> None:
        bindings = [
            (Qt.Key.Key_Space, self.toggle_pause_requested.emit),
            (Qt.Key.Key_Right, self.skip_requested.emit),
            (Qt.Key.Key_Left, self.back_requested.emit),
            (Qt.Key.Key_R, self.restart_requested.emit),
            (Qt.Key.Key_Plus, lambda: self.adjust_requested.emit(10.0)),
            (Qt.Key.Key_Equal, lambda: self.adjust_requested.emit(10.0)),
            (Qt.Key.Key_Minus, lambda: self.adjust_requested.emit(-10.0)),
            (Qt.Key.Key_M, self._mute.toggle),
            (Qt.Key.Key_F, self._floor.toggle),
            (Qt.Key.Key_H, self.hurt_reported.emit),
            (Qt.Key.Key_Escape, self.ask_stop),
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

    @Slot(object)
    def show_step(self, step: Step) -> None:
        self._step = step
        self._finished = False
        exercise = self._substitutes.get(step.block_index) or self._exercises.get(step.exercise_id)
        self._exercise_name.setText(escape(exercise.name if exercise else step.exercise_name))
        self._side.setText(_side_text(step.side))
        self._side.setVisible(bool(self._side.text()))
        self._counters.setText(_counter_text(step, self._plan))
        self._show_phase(PHASE_STYLES[step.kind], step.label)
        self._done.setVisible(step.kind is StepKind.TAP)
        self._message.setText(_step_message(step, self._plan))
        self._show_exercise(exercise)
        self._show_next_up(step)
        done_s = self._plan.elapsed_before(step.index)
        left_s = self._plan.total_s - done_s
        self._routine_status.setText(
            f"Step {step.index + 1} of {len(self._plan.steps)} · {format_seconds(left_s)} left"
        )
        self._routine_progress.setValue(round(1000 * done_s / max(self._plan.total_s, 1e-9)))

    @Slot(float)
    def show_remaining(self, remaining_s: float) -> None:
        step = self._step
        if step is None or self._finished:
            return
        if step.kind is StepKind.TAP:
            self._countdown.setText("✋")
            self._step_progress.setValue(0)
            return
        self._countdown.setText(format_seconds(math.ceil(max(0.0, remaining_s) - 1e-6)))
        fraction = 1.0 - remaining_s / step.duration_s if step.duration_s else 1.0
        self._step_progress.setValue(round(1000 * min(1.0, max(0.0, fraction))))
        if step.rep_s and step.rep_count:
            elapsed = max(0.0, step.duration_s - remaining_s)
            rep = min(step.rep_count, int(elapsed // step.rep_s) + 1)
            self._counters.setText(_counter_text(step, self._plan, current_rep=rep))
        done_s = self._plan.elapsed_before(step.index) + max(0.0, step.duration_s - remaining_s)
        self._routine_progress.setValue(round(1000 * done_s / max(self._plan.total_s, 1e-9)))

    def show_paused(self, paused: bool, *, waiting_to_start: bool = False) -> None:
        self._paused = paused
        if waiting_to_start:
            self._pause.setText(self.tr("Start"))
            self._message.setText(self.tr("Press Space or Start when you are in position."))
        else:
            self._pause.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self._pause.setIcon(themed_icon(IconName.PLAY if paused else IconName.PAUSE))
        if paused and not waiting_to_start:
            self._show_phase(PAUSED_STYLE, "Paused — press Space to carry on")
        elif self._step is not None:
            self._show_phase(PHASE_STYLES[self._step.kind], self._step.label)
            self._message.setText(_step_message(self._step, self._plan))

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self.show_paused(paused)

    def show_message(self, text: str) -> None:
        self._message.setText(escape(text))

    def show_finished(self, summary_html: str) -> None:
        self._finished = True
        self._show_phase(FINISHED_STYLE, "Routine complete")
        self._countdown.setText("✔")
        self._exercise_name.setText(escape(f"{self._plan.routine.title} — done"))
        self._side.setVisible(False)
        self._counters.setText("")
        self._routine_status.setText(f"All {len(self._plan.steps)} steps done")
        self._step_progress.setValue(1000)
        self._routine_progress.setValue(1000)
        self._message.setText(summary_html)
        self._next_up.setText("")
        for button in (self._back, self._pause, self._skip, self._less, self._more):
            button.setEnabled(False)
        self._restart.setEnabled(False)
        self._done.setVisible(False)
        self._hurt.setEnabled(False)
        self._stop.setText(self.tr("Close"))

    def use_exercise_for_block(self, block_index: int, exercise: Exercise) -> None:
        """Show a gentler variant for the rest of a block (after "This hurts")."""
        self._substitutes[block_index] = exercise
        if self._step is not None and self._step.block_index == block_index:
            self.show_step(self._step)

    def show_notice(self, text: str) -> None:
        """A one-line notice under the controls that stays until the workout ends."""
        self._notice.setText(escape(text))
        self._notice.setVisible(True)

    def show_pain_change(self, before: int | None, after: int) -> None:
        if before is None:
            line = f"Pain now: {after}/10."
        else:
            change = after - before
            word = "down" if change < 0 else "up" if change > 0 else "unchanged"
            amount = f" by {abs(change)}" if change else ""
            line = f"Pain {before} → {after}/10 ({word}{amount}; this session's effect only)."
        self._message.setText(self._message.text() + "<br>" + escape(line))

    def set_floor_mode(self, on: bool) -> None:
        self._floor.setChecked(on)

    def set_muted(self, muted: bool) -> None:
        self._mute.setChecked(muted)

    def is_floor_mode(self) -> bool:
        return self._floor_mode

    # --- user intent ------------------------------------------------------------------------

    @Slot()
    def ask_stop(self) -> None:
        """Esc or Stop: ask first (a stray key must not end a workout); Close once finished."""
        if self._finished or not self._confirm_stop:
            self.stop_requested.emit()
            return
        answer = QMessageBox.question(
            self,
            "Stop the workout?",
            "Stop this workout now? The steps you have done are already saved.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.stop_requested.emit()

    @Slot()
    def _on_enter(self) -> None:
        if self._step is not None and self._step.kind is StepKind.TAP and not self._paused:
            self.tap_done_requested.emit()
        elif self._paused:
            self.toggle_pause_requested.emit()

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self._muted = muted
        self._mute.setText(self.tr("Sound off") if muted else self.tr("Sound on"))
        self._mute.setIcon(themed_icon(IconName.SOUND_OFF if muted else IconName.SOUND_ON))
        self.mute_toggled.emit(muted)

    @Slot(bool)
    def _on_floor_toggled(self, on: bool) -> None:
        self._floor_mode = on
        self._aside.setVisible(not on)
        self._floor.setText(self.tr("Leave floor mode") if on else self.tr("Floor mode"))
        self._floor.setIcon(themed_icon(IconName.FLOOR_MODE_EXIT if on else IconName.FLOOR_MODE))
        self._apply_fonts()
        self.floor_mode_toggled.emit(on)

    # --- drawing ----------------------------------------------------------------------------

    def _show_phase(self, style: PhaseStyle, label: str) -> None:
        self._banner.setStyleSheet(
            f"QFrame#phaseBanner {{ background: {style.background}; border-radius: 8px; }}"
            f"QFrame#phaseBanner QLabel {{ color: {style.foreground}; background: transparent; }}"
        )
        self._phase_label.setText(f"{style.symbol}  {escape(label.upper())}")
        self._phase_label.setAccessibleDescription(style.word)

    def _show_exercise(self, exercise: Exercise | None) -> None:
        name = exercise.illustration if exercise is not None else None
        if name != self._illustration_name:
            self._illustration_name = name
            self._picture.load(QByteArray(_illustration_bytes(name)))
            self._picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._picture.setVisible(bool(name))
        if exercise is None:
            self._instructions.setText("")
            return
        steps = "".join(f"<li>{escape(text)}</li>" for text in exercise.steps)
        cues = " ".join(escape(text) for text in exercise.cues)
        self._instructions.setText(
            f"<ol style='margin-left:-20px'>{steps}</ol>"
            + (f"<p><b>Think:</b> {cues}</p>" if cues else "")
            + f"<p><b>Stop if:</b> {escape(exercise.stop_if)}</p>"
            + f"<p><small>{escape(SHORT_STOP_RULE)}</small></p>"
        )

    def _show_next_up(self, step: Step) -> None:
        """Next exercise ahead, so the user can get into position in time."""
        upcoming = self._plan.next_exercise_step(step.index)
        if upcoming is None:
            self._next_up.setText("<b>Next:</b> that's the last exercise — nearly done!")
            return
        block = self._plan.routine.blocks[upcoming.block_index]
        exercise = self._exercises.get(block.exercise_id)
        name = exercise.name if exercise is not None else upcoming.exercise_name
        self._next_up.setText(
            f"<b>Next exercise:</b> {escape(name)} — {escape(describe_dosage(block))}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Scale text with the window so the countdown reads from across a room."""
        height = max(self.height(), 300)
        width = max(self.width(), 400)
        share = 0.34 if self._floor_mode else 0.24
        countdown_px = int(min(height * share, width * (0.22 if self._floor_mode else 0.14)))
        base = self.font()
        self._countdown.setFont(scaled_font(base, countdown_px, bold=True))
        self._exercise_name.setFont(scaled_font(base, int(countdown_px * 0.26), bold=True))
        self._side.setFont(scaled_font(base, int(countdown_px * 0.2)))
        phase_px = int(countdown_px * 0.2)
        self._phase_label.setFont(scaled_font(base, phase_px, bold=True))
        self._banner.setMinimumHeight(int(phase_px * 1.6) + 8)
        control_px = max(15, int(height * 0.021))
        for button in self._controls.findChildren(QPushButton):
            button.setFont(scaled_font(base, control_px))
            button.setIconSize(QSize(control_px + 4, control_px + 4))
        self._counters.setFont(scaled_font(base, int(countdown_px * 0.17), bold=True))
        self._message.setFont(scaled_font(base, max(16, int(countdown_px * 0.1))))
        self._next_up.setFont(scaled_font(base, max(16, int(countdown_px * 0.11))))
        self._routine_title.setFont(scaled_font(base, max(18, int(countdown_px * 0.12)), bold=True))
        self._routine_status.setFont(scaled_font(base, max(15, int(countdown_px * 0.09))))
        self._instructions.setFont(scaled_font(base, max(15, int(height * 0.022))))


def _illustration_bytes(name: str | None) -> bytes:
    if not name:
        return b""
    try:
        if name.startswith("/"):
            with open(name, "rb") as handle:
                return handle.read()
        return illustration(name).read_bytes()
    except OSError:
        return b""


def _side_text(side: Side | None) -> str:
    if side is Side.LEFT:
        return "Left side"
    if side is Side.RIGHT:
        return "Right side"
    return ""


def _counter_text(step: Step, plan: Plan, current_rep: int | None = None) -> str:
    parts = []
    if step.set_count > 1 and step.set_number:
        is_interval = isinstance(plan.routine.blocks[step.block_index].dosage, Interval)
        unit = "Round" if is_interval else "Set"
        parts.append(f"{unit} {step.set_number} of {step.set_count}")
    if step.kind is StepKind.HOLD and step.rep_count > 1:
        parts.append(f"Hold {step.rep_number} of {step.rep_count}")
    elif step.rep_s and step.rep_count:
        parts.append(f"Rep {current_rep or 1} of {step.rep_count}")
    return " · ".join(parts)


def _step_message(step: Step, plan: Plan) -> str:
    if step.kind is StepKind.TAP:
        block = plan.routine.blocks[step.block_index]
        return f"{escape(describe_dosage(block))} — press Enter or Done when finished."
    if step.kind is StepKind.PREPARE:
        block = plan.routine.blocks[step.block_index]
        return f"Coming up: {escape(describe_dosage(block))}"
    if step.kind in (StepKind.REST, StepKind.SWITCH):
        upcoming = plan.next_work_step(step.index)
        if upcoming is not None and upcoming.block_index == step.block_index:
            what = " · ".join(
                part for part in (_side_text(upcoming.side), _counter_text(upcoming, plan)) if part
            )
            rest = "Breathe easy. " if step.kind is StepKind.REST else ""
            return escape(f"{rest}Next: {what}") if what else escape(rest.strip())
    return escape(step.cue)
