"""Colours, symbols and fonts that carry meaning, in one place.

Phase colours come from the Okabe–Ito palette so they stay distinct for colour-blind users, and
every phase also has a word and a symbol: colour is never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from backtimer.workout.plan import StepKind


@dataclass(frozen=True)
class PhaseStyle:
    word: str
    symbol: str
    background: str
    foreground: str


PHASE_STYLES: dict[StepKind, PhaseStyle] = {
    StepKind.PREPARE: PhaseStyle("Get ready", "◔", "#F0E442", "#1A1A1A"),
    StepKind.WORK: PhaseStyle("Work", "▶", "#C44E00", "#FFFFFF"),
    StepKind.HOLD: PhaseStyle("Hold", "●", "#C44E00", "#FFFFFF"),
    StepKind.REST: PhaseStyle("Rest", "❚❚", "#0072B2", "#FFFFFF"),
    StepKind.SWITCH: PhaseStyle("Switch sides", "⇄", "#CC79A7", "#1A1A1A"),
    StepKind.TAP: PhaseStyle("Your pace", "✋", "#56B4E9", "#1A1A1A"),
}
PAUSED_STYLE = PhaseStyle("Paused", "❚❚", "#6B6B6B", "#FFFFFF")
FINISHED_STYLE = PhaseStyle("Done", "✔", "#009E73", "#FFFFFF")


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def scaled_font(base: QFont, pixel_size: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixel_size))
    font.setBold(bold)
    return font


def muted_text_color(widget: QWidget) -> QColor:
    """Secondary text that still passes WCAG AA on the window colour in both themes."""
    return QColor("#B8BCC2") if is_dark(widget) else QColor("#4A4F55")
