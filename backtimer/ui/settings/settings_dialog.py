"""Settings: sound and voice, workout timing, theme, reminders and where the data lives.

The dialog edits a copy of ``Preferences`` and hands the result back through a signal; the
composition root saves it (keys equal to their default are not stored) and applies it. Voice
choices come from the speech engine, found off the GUI thread by ``CuePlayer``; where speech
cannot work the voice controls stay visible but disabled, with the reason beside them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backtimer.ui.icons import IconName, themed_icon
from backtimer.ui.preferences import Preferences
from backtimer.ui.theme import ThemeMode
from backtimer.ui.workout.cue_player import CuePlayer
from backtimer.workout.cues import CueSettings, SoundName

VOICE_TEST_TEXT = "Backtimer voice test"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ROUTINE_OWN_PREPARE = -1
"""The get-ready spin box's lowest value, shown as "each routine's own" (``prepare_s = None``)."""
RATE_STEPS = 10
"""The rate slider runs from -10 to 10 in steps of 0.1 of Qt's -1…1 speech rate."""


class SettingsDialog(QDialog):
    """Edits the user's preferences; nothing changes until OK or Apply.

    Signals:
        preferences_applied(Preferences): the user pressed OK or Apply; the new preferences.
    """

    preferences_applied = Signal(object)

    def __init__(
        self,
        preferences: Preferences,
        *,
        data_dir: Path,
        routines: list[tuple[str, str]],
        cue_player: CuePlayer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._original = preferences
        self._data_dir = data_dir
        self._routines = routines
        self._cues = cue_player if cue_player is not None else CuePlayer(parent=self)
        self._cues.setParent(self)
        self._cues.speech_ready.connect(self._on_speech_ready)
        self._cues.unavailable.connect(self._on_cues_unavailable)

        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(self.tr("Settings sections"))
        self._tabs.addTab(self._build_sound_page(), self.tr("So&und and voice"))
        self._tabs.addTab(self._build_workout_page(), self.tr("&Workout"))
        self._tabs.addTab(self._build_appearance_page(), self.tr("A&ppearance"))
        self._tabs.addTab(self._build_reminder_page(), self.tr("R&eminders"))
        self._tabs.addTab(self._build_data_page(), self.tr("&Data"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        buttons.clicked.connect(self._on_button_clicked)
        self._buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._show(preferences)
        self._cues.set_settings(CueSettings(sounds=False, voice=True))
        self._cues.prepare()  # finds the voices; the dialog stays usable meanwhile

    # --- pages ------------------------------------------------------------------------------

    def _build_sound_page(self) -> QWidget:
        self._sounds = self._check(self.tr("Play &sounds"), self.tr("Sounds at each step"))
        self._volume = QSlider(Qt.Orientation.Horizontal)
        self._volume.setRange(0, 100)
        self._volume.setSingleStep(5)
        self._volume.setPageStep(10)
        self._name(self._volume, self.tr("Volume"), self.tr("Loudness of sounds and voice"))
        self._volume_text = QLabel()
        self._volume_text.setMinimumWidth(48)
        self._volume.valueChanged.connect(self._on_volume_changed)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self._volume, 1)
        volume_row.addWidget(self._volume_text)

        self._test = QPushButton(themed_icon(IconName.SOUND_ON), self.tr("&Test sound and voice"))
        self._name(self._test, self.tr("Test sound and voice"), self.tr("Plays the start sound"))
        self._test.clicked.connect(self.play_test)
        self._cue_status = QLabel()
        self._cue_status.setWordWrap(True)
        self._cue_status.setObjectName("cueStatus")

        self._voice = self._check(self.tr("Speak &cues"), self.tr("Says each exercise aloud"))
        self._countdown_voice = self._check(
            self.tr("Count the last seconds &aloud"), self.tr("Says 3, 2, 1 before a step ends")
        )
        self._countdown_beeps = self._check(
            self.tr("&Beep in the last seconds"), self.tr("A tick for each of the last seconds")
        )
        self._rate = QSlider(Qt.Orientation.Horizontal)
        self._rate.setRange(-RATE_STEPS, RATE_STEPS)
        self._rate.setPageStep(2)
        self._name(self._rate, self.tr("Speech rate"), self.tr("Slower to the left"))
        self._rate_text = QLabel()
        self._rate_text.setMinimumWidth(72)
        self._rate.valueChanged.connect(self._on_rate_changed)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self._rate, 1)
        rate_row.addWidget(self._rate_text)
        self._voice_choice = QComboBox()
        self._name(self._voice_choice, self.tr("Voice"), self.tr("The speech engine's voices"))
        self._voice_status = QLabel(self.tr("Looking for voices…"))
        self._voice_status.setWordWrap(True)
        self._voice_status.setObjectName("voiceStatus")
        self._sounds.toggled.connect(self._update_enabled)
        self._voice.toggled.connect(self._update_enabled)

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._sounds)
        form.addRow(self._label(self.tr("&Volume:"), self._volume), volume_row)
        form.addRow(self._countdown_beeps)
        form.addRow(self._voice)
        form.addRow(self._countdown_voice)
        form.addRow(self._label(self.tr("Speech &rate:"), self._rate), rate_row)
        form.addRow(self._label(self.tr("V&oice:"), self._voice_choice), self._voice_choice)
        form.addRow(self._voice_status)
        form.addRow(self._test)
        form.addRow(self._cue_status)
        return page

    def _build_workout_page(self) -> QWidget:
        self._prepare = QSpinBox()
        self._prepare.setRange(ROUTINE_OWN_PREPARE, 120)
        self._prepare.setSpecialValueText(self.tr("Each routine's own"))
        self._prepare.setSuffix(self.tr(" s"))
        self._name(
            self._prepare,
            self.tr("Get-ready time before each exercise"),
            self.tr("Seconds; the lowest value keeps each routine's own time"),
        )
        self._floor_mode = self._check(
            self.tr("Start workouts in &floor mode"), self.tr("Full screen, large text")
        )
        self._pain_before = self._check(
            self.tr("Ask for a pain score &before a workout"), self.tr("Skippable with Esc")
        )
        self._pain_after = self._check(
            self.tr("Ask for a pain score &after a workout"), self.tr("Skippable with Esc")
        )
        self._morning_check = self._check(
            self.tr("Ask how your back is the &morning after a workout"),
            self.tr("Before noon, once; it tells whether the workout settled by the next day"),
        )
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._label(self.tr("&Get-ready time:"), self._prepare), self._prepare)
        form.addRow(self._floor_mode)
        form.addRow(self._pain_before)
        form.addRow(self._pain_after)
        form.addRow(self._morning_check)
        return page

    def _build_appearance_page(self) -> QWidget:
        self._theme = QComboBox()
        for mode, text in (
            (ThemeMode.SYSTEM, self.tr("Follow the system")),
            (ThemeMode.LIGHT, self.tr("Light")),
            (ThemeMode.DARK, self.tr("Dark")),
        ):
            self._theme.addItem(text, mode.value)
        self._name(self._theme, self.tr("Theme"), self.tr("Light or dark colours"))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._label(self.tr("&Theme:"), self._theme), self._theme)
        return page

    def _build_reminder_page(self) -> QWidget:
        self._reminder = self._check(
            self.tr("&Remind me to exercise"), self.tr("A desktop notification")
        )
        locale = self.locale()
        self._days: dict[str, QCheckBox] = {}
        days_row = QHBoxLayout()
        for number, key in enumerate(WEEKDAYS, start=1):
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number, QLocale.FormatType.LongFormat))
            self._days[key] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        self._reminder_time = QTimeEdit()
        self._reminder_time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self._name(self._reminder_time, self.tr("Reminder time"), self.tr("Hours and minutes"))
        self._reminder_routine = QComboBox()
        for routine_id, title in self._routines:
            self._reminder_routine.addItem(title, routine_id)
        self._name(
            self._reminder_routine, self.tr("Routine to suggest"), self.tr("Named in the reminder")
        )
        self._start_at_login = self._check(
            self.tr("Start Backtimer when I &log in"), self.tr("So reminders can appear")
        )
        self._reminder.toggled.connect(self._update_enabled)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._reminder)
        form.addRow(QLabel(self.tr("On these days:")), days_row)
        form.addRow(self._label(self.tr("At &time:"), self._reminder_time), self._reminder_time)
        form.addRow(
            self._label(self.tr("R&outine:"), self._reminder_routine), self._reminder_routine
        )
        form.addRow(self._start_at_login)
        return page

    def _build_data_page(self) -> QWidget:
        self._folder = QLineEdit(str(self._data_dir))
        self._folder.setReadOnly(True)
        self._name(
            self._folder,
            self.tr("Data folder"),
            self.tr("Your journal, backups and routines are kept here"),
        )
        open_folder = QPushButton(themed_icon(IconName.FOLDER), self.tr("&Open folder"))
        self._name(open_folder, self.tr("Open data folder"), self.tr("In the file manager"))
        open_folder.clicked.connect(self.open_data_folder)
        row = QHBoxLayout()
        row.addWidget(self._folder, 1)
        row.addWidget(open_folder)
        note = QLabel(
            self.tr(
                "Your journal, its daily backups and your own routines live in this folder. "
                "To keep them somewhere else, start Backtimer with <code>--data-dir FOLDER</code> "
                "or set the <code>BACKTIMER_DATA_DIR</code> environment variable."
            )
        )
        note.setWordWrap(True)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._label(self.tr("Data &folder:"), self._folder), row)
        form.addRow(note)
        return page

    # --- small builders ---------------------------------------------------------------------

    def _check(self, text: str, description: str) -> QCheckBox:
        box = QCheckBox(text)
        self._name(box, text.replace("&", ""), description)
        return box

    @staticmethod
    def _name(widget: QWidget, name: str, description: str) -> None:
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)  # Alt + the underlined letter moves focus to the control
        return label

    # --- values in and out ------------------------------------------------------------------

    def _show(self, prefs: Preferences) -> None:
        self._sounds.setChecked(prefs.sounds)
        self._volume.setValue(round(prefs.volume * 100))
        self._on_volume_changed(self._volume.value())
        self._voice.setChecked(prefs.voice)
        self._countdown_voice.setChecked(prefs.countdown_voice)
        self._countdown_beeps.setChecked(prefs.countdown_beeps)
        self._rate.setValue(round(prefs.voice_rate * RATE_STEPS))
        self._on_rate_changed(self._rate.value())
        self._select_voice(prefs.voice_name)
        self._prepare.setValue(ROUTINE_OWN_PREPARE if prefs.prepare_s is None else prefs.prepare_s)
        self._floor_mode.setChecked(prefs.start_in_floor_mode)
        self._pain_before.setChecked(prefs.ask_pain_before)
        self._pain_after.setChecked(prefs.ask_pain_after)
        self._morning_check.setChecked(prefs.ask_morning_check)
        self._theme.setCurrentIndex(max(0, self._theme.findData(ThemeMode(prefs.theme).value)))
        self._reminder.setChecked(prefs.reminder_enabled)
        chosen_days = {day.strip() for day in prefs.reminder_days.split(",")}
        for key, box in self._days.items():
            box.setChecked(key in chosen_days)
        time = QTime.fromString(prefs.reminder_time, "HH:mm")
        self._reminder_time.setTime(time if time.isValid() else QTime(18, 0))
        routine_index = self._reminder_routine.findData(prefs.reminder_routine)
        if routine_index >= 0:
            self._reminder_routine.setCurrentIndex(routine_index)
        self._start_at_login.setChecked(prefs.start_at_login)
        self._update_enabled()

    def preferences(self) -> Preferences:
        """The preferences as the dialog shows them now (what OK would apply)."""
        prepare = self._prepare.value()
        return dataclasses.replace(
            self._original,
            sounds=self._sounds.isChecked(),
            volume=self._volume.value() / 100,
            voice=self._voice.isChecked(),
            countdown_voice=self._countdown_voice.isChecked(),
            countdown_beeps=self._countdown_beeps.isChecked(),
            voice_rate=self._rate.value() / RATE_STEPS,
            voice_name=self._voice_choice.currentData() or "",
            prepare_s=None if prepare == ROUTINE_OWN_PREPARE else prepare,
            start_in_floor_mode=self._floor_mode.isChecked(),
            ask_pain_before=self._pain_before.isChecked(),
            ask_pain_after=self._pain_after.isChecked(),
            ask_morning_check=self._morning_check.isChecked(),
            theme=ThemeMode(self._theme.currentData()),
            reminder_enabled=self._reminder.isChecked(),
            reminder_days=",".join(key for key, box in self._days.items() if box.isChecked()),
            reminder_time=self._reminder_time.time().toString("HH:mm"),
            reminder_routine=self._reminder_routine.currentData()
            or self._original.reminder_routine,
            start_at_login=self._start_at_login.isChecked(),
        )

    def _select_voice(self, voice_name: str) -> None:
        self._voice_choice.clear()
        self._voice_choice.addItem(self.tr("The engine's default voice"), "")
        names = self._cues.voice_names()
        if voice_name and voice_name not in names:
            names = [voice_name, *names]  # keep a saved choice even before the engine answers
        for name in names:
            self._voice_choice.addItem(name, name)
        self._voice_choice.setCurrentIndex(max(0, self._voice_choice.findData(voice_name)))

    # --- reactions --------------------------------------------------------------------------

    @Slot(int)
    def _on_volume_changed(self, value: int) -> None:
        self._volume_text.setText(self.tr("%1 %").replace("%1", self.locale().toString(value)))

    @Slot(int)
    def _on_rate_changed(self, value: int) -> None:
        if value == 0:
            text = self.tr("Normal")
        elif value < 0:
            text = self.tr("Slower")
        else:
            text = self.tr("Faster")
        self._rate_text.setText(text)
        self._rate.setAccessibleDescription(
            self.tr("%1, from -1 to 1").replace("%1", self.locale().toString(value / RATE_STEPS))
        )

    @Slot()
    def _update_enabled(self) -> None:
        sounds, voice = self._sounds.isChecked(), self._voice.isChecked()
        voice_works = self._cues.voice_failure is None
        self._volume.setEnabled(sounds or voice)
        self._countdown_beeps.setEnabled(sounds)
        for widget in (self._countdown_voice, self._rate, self._voice_choice):
            widget.setEnabled(voice and voice_works)
        self._test.setEnabled(sounds or (voice and voice_works))
        reminding = self._reminder.isChecked()
        for widget in (*self._days.values(), self._reminder_time, self._reminder_routine):
            widget.setEnabled(reminding)

    @Slot()
    def _on_speech_ready(self) -> None:
        chosen = self._voice_choice.currentData() or ""
        self._select_voice(chosen)
        count = self._voice_choice.count() - 1
        self._voice_status.setText(self.tr("%n voice(s) available.", "", count))

    @Slot(str)
    def _on_cues_unavailable(self, _reason: str) -> None:
        """Each failure once: voice's beside the voice controls, sound's under Test."""
        failure = self._cues.voice_failure
        if failure is not None:
            self._voice_status.setText(
                self.tr("Voice cannot work here: %1.").replace("%1", failure)
            )
        self._cue_status.setText(self._cues.sound_problems)
        self._cue_status.setVisible(bool(self._cues.sound_problems))
        self._update_enabled()

    @Slot()
    def play_test(self) -> None:
        """Play the start sound and say a test line, with the settings as the dialog shows them."""
        chosen = self.preferences()
        self._cues.set_settings(
            CueSettings(sounds=chosen.sounds, voice=chosen.voice, volume=chosen.volume)
        )
        self._cues.set_voice(chosen.voice_rate, chosen.voice_name)
        if chosen.sounds:
            self._cues.play_sound_now(SoundName.START)
        if chosen.voice:
            self._cues.say_now(self.tr(VOICE_TEST_TEXT))

    @Slot()
    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    @Slot(QAbstractButton)
    def _on_button_clicked(self, button: QAbstractButton) -> None:
        role = self._buttons.buttonRole(button)
        if role is QDialogButtonBox.ButtonRole.ApplyRole:
            self.preferences_applied.emit(self.preferences())
        elif role is QDialogButtonBox.ButtonRole.ResetRole:
            defaults = Preferences()
            keep = {"muted": self._original.muted, "safety_seen": self._original.safety_seen}
            self._show(dataclasses.replace(defaults, **keep))

    @Slot()
    def _on_ok(self) -> None:
        self.preferences_applied.emit(self.preferences())
        self.accept()

    def done(self, result: int) -> None:
        """Stop any test sound or voice as the dialog closes."""
        self._cues.close()
        super().done(result)
