"""Colours, symbols, fonts and the light/dark theme, in one place.

Phase colours come from the Okabe–Ito palette so they stay distinct for colour-blind users, and
every phase also has a word and a symbol: colour is never the only signal. The palettes are our
own (on Fusion) rather than whatever the platform offers, so the text contrast we promise can be
computed and tested; the ``contrast_ratio`` helper is the WCAG 2 formula.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QToolButton,
    QWidget,
)

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.ui.desktop.first_paint import call_after_first_paint
from backtimer.workout.plan import StepKind

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

logger = logging.getLogger(__name__)

WCAG_AA_TEXT = 4.5
"""Minimum contrast for body text (WCAG 2 success criterion 1.4.3)."""
WCAG_AA_LARGE_TEXT = 3.0
"""Minimum contrast for large text: at least 24 px, or about 19 px bold."""


@dataclass(frozen=True)
class PhaseStyle:
    word: str
    """In English; shown through ``ui.wording.phase_word`` (context "PhaseStyle")."""
    symbol: str
    background: str
    foreground: str


PHASE_STYLES: dict[StepKind, PhaseStyle] = {
    StepKind.PREPARE: PhaseStyle(
        QT_TRANSLATE_NOOP("PhaseStyle", "Get ready"), "◔", "#F0E442", "#1A1A1A"
    ),
    StepKind.WORK: PhaseStyle(QT_TRANSLATE_NOOP("PhaseStyle", "Work"), "▶", "#C44E00", "#FFFFFF"),
    StepKind.HOLD: PhaseStyle(QT_TRANSLATE_NOOP("PhaseStyle", "Hold"), "●", "#C44E00", "#FFFFFF"),
    StepKind.REST: PhaseStyle(QT_TRANSLATE_NOOP("PhaseStyle", "Rest"), "❚❚", "#0072B2", "#FFFFFF"),
    StepKind.SWITCH: PhaseStyle(
        QT_TRANSLATE_NOOP("PhaseStyle", "Switch sides"), "⇄", "#CC79A7", "#1A1A1A"
    ),
    StepKind.TAP: PhaseStyle(
        QT_TRANSLATE_NOOP("PhaseStyle", "Your pace"), "✋", "#56B4E9", "#1A1A1A"
    ),
}
PAUSED_STYLE = PhaseStyle(QT_TRANSLATE_NOOP("PhaseStyle", "Paused"), "❚❚", "#6B6B6B", "#FFFFFF")
# Dark text: white on Okabe–Ito bluish green is only 3.4:1, below AA for the banner's small sizes.
FINISHED_STYLE = PhaseStyle(QT_TRANSLATE_NOOP("PhaseStyle", "Done"), "✔", "#009E73", "#1A1A1A")


class ThemeMode(StrEnum):
    """What the user chose in Settings; ``SYSTEM`` follows the desktop, live."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


MUTED_TEXT_LIGHT = "#4A4F55"
MUTED_TEXT_DARK = "#B8BCC2"

_ROLES = QPalette.ColorRole
_LIGHT_COLOURS: dict[QPalette.ColorRole, str] = {
    _ROLES.Window: "#F3F4F6",
    _ROLES.WindowText: "#1B1D21",
    _ROLES.Base: "#FFFFFF",
    _ROLES.AlternateBase: "#EEF0F3",
    _ROLES.Text: "#1B1D21",
    _ROLES.Button: "#E6E8EC",
    _ROLES.ButtonText: "#1B1D21",
    _ROLES.BrightText: "#FFFFFF",
    _ROLES.Highlight: "#0063A0",
    _ROLES.HighlightedText: "#FFFFFF",
    _ROLES.Link: "#005A8C",
    _ROLES.LinkVisited: "#6A3D8F",
    _ROLES.ToolTipBase: "#FFFFFF",
    _ROLES.ToolTipText: "#1B1D21",
    _ROLES.PlaceholderText: "#5F646B",
    _ROLES.Light: "#FFFFFF",
    _ROLES.Midlight: "#F0F1F4",
    _ROLES.Mid: "#B9BDC4",
    _ROLES.Dark: "#8A9099",
    _ROLES.Shadow: "#5A5F66",
}
_DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    _ROLES.Window: "#202226",
    _ROLES.WindowText: "#E8EAED",
    _ROLES.Base: "#17181B",
    _ROLES.AlternateBase: "#24262A",
    _ROLES.Text: "#E8EAED",
    _ROLES.Button: "#2F3237",
    _ROLES.ButtonText: "#E8EAED",
    _ROLES.BrightText: "#FFFFFF",
    _ROLES.Highlight: "#56B4E9",
    _ROLES.HighlightedText: "#101214",
    _ROLES.Link: "#7CC4F0",
    _ROLES.LinkVisited: "#C9A0DC",
    _ROLES.ToolTipBase: "#2F3237",
    _ROLES.ToolTipText: "#E8EAED",
    _ROLES.PlaceholderText: "#A3A8AF",
    _ROLES.Light: "#4A4E55",
    _ROLES.Midlight: "#3A3D43",
    _ROLES.Mid: "#4F535A",
    _ROLES.Dark: "#15161A",
    _ROLES.Shadow: "#000000",
}
# Disabled text only has to be seen as disabled (WCAG exempts inactive controls).
_DISABLED_TEXT = {False: "#8A8F96", True: "#7D828A"}

TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (_ROLES.WindowText, _ROLES.Window),
    (_ROLES.Text, _ROLES.Base),
    (_ROLES.Text, _ROLES.AlternateBase),
    (_ROLES.ButtonText, _ROLES.Button),
    (_ROLES.HighlightedText, _ROLES.Highlight),
    (_ROLES.Link, _ROLES.Base),
    (_ROLES.ToolTipText, _ROLES.ToolTipBase),
    (_ROLES.PlaceholderText, _ROLES.Base),
)
"""Foreground/background roles that carry readable text; each must pass AA in both themes."""


def theme_palette(dark: bool) -> QPalette:
    """Our light or dark palette: fixed colours, so their contrast is known and tested."""
    palette = QPalette()
    for role, colour in (_DARK_COLOURS if dark else _LIGHT_COLOURS).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(_DISABLED_TEXT[dark])
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""
    rgb = QColor(colour)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF())
    )


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white), order does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


FOCUS_RING_WIDTH = 2


_BOX_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


def _outline_box(element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
    """A check box or radio button's edge at 3:1 on the window (non-text AA): Fusion's is a
    shade of the window colour, invisible in the dark theme, so an unticked symptom box
    looked like no box at all."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
    painter.setBrush(QBrush())  # no fill
    rect = option.rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5)
    if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, 2, 2)
    painter.restore()


class FocusRingStyle(QProxyStyle):
    """Fusion, with a keyboard focus ring anyone can see.

    Fusion's own focus frame is a faint tint that disappears on some buttons; keyboard users need
    to see where they are at a glance, so the ring is solid, 2 px, in the highlight colour (which
    keeps at least 3:1 against the window and buttons in both themes, as non-text contrast asks).
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _BOX_INDICATORS:
            super().drawPrimitive(element, option, painter, widget)
            _outline_box(element, option, painter)
            return
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            return
        if not option.state & QStyle.StateFlag.State_KeyboardFocusChange:
            return  # like Fusion: a ring after Tab, not after every mouse click
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(QBrush())  # no fill
        # Around the whole button, where Fusion would only frame its label.
        whole = isinstance(widget, QPushButton | QToolButton)
        rect = (widget.rect() if whole else option.rect).toRectF()  # type: ignore[union-attr]
        inset = FOCUS_RING_WIDTH / 2 + (1 if whole else 0)
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.restore()


class InstantLayoutStyle(QProxyStyle):
    """A container's own style (``setStyle``, not inherited by its children): no geometry
    animation.

    A main window moves its central widget through a zero-length geometry animation at every
    layout, and that animation's private timer object is the first thing Python sees whose class
    PySide does not know: looking it up builds every Qt class PySide has not built yet, some
    15 ms before the first frame. Zero here makes the layout place the widget at once.
    """

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, returnData)


class ThemeController(QObject):
    """Applies the chosen theme to the application and follows the desktop while on "system".

    Signals:
        theme_applied(bool): a palette was set; True when it is the dark one.
    """

    theme_applied = Signal(bool)

    def __init__(self, app: QApplication, mode: ThemeMode = ThemeMode.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._mode = mode
        hints = app.styleHints()
        # The platform's own palette follows the desktop's light/dark setting on Windows,
        # macOS, GNOME and KDE: it decides the first frame. ``colorScheme()`` is asked right
        # after it, because its answer is a Qt enum, and the first one of those builds Qt's whole
        # enum namespace, 18 ms of the launch (see ``ui/desktop/qt_properties``).
        self._system_dark = _platform_palette_is_dark()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        # Fusion: the one built-in style that honours a custom palette everywhere.
        app.setStyle(FocusRingStyle("Fusion"))
        self._apply()
        call_after_first_paint(self._confirm_system_scheme)

    @property
    def mode(self) -> ThemeMode:
        return self._mode

    def is_dark(self) -> bool:
        if self._mode is ThemeMode.SYSTEM:
            return self._system_dark
        return self._mode is ThemeMode.DARK

    def set_mode(self, mode: ThemeMode) -> None:
        if mode is not self._mode:
            self._mode = mode
            self._apply()

    def _confirm_system_scheme(self) -> None:
        """The desktop's own word on light or dark, once the first frame is up."""
        self._on_color_scheme_changed(self._app.styleHints().colorScheme())

    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switched light/dark: follow it now, unless the user fixed a theme.

        A desktop that does not say (``Unknown``) keeps what its palette said.
        """
        from PySide6.QtCore import Qt

        if scheme == Qt.ColorScheme.Unknown:
            return
        dark = scheme == Qt.ColorScheme.Dark
        if dark == self._system_dark:
            return
        self._system_dark = dark
        if self._mode is ThemeMode.SYSTEM:
            self._apply()

    def _apply(self) -> None:
        dark = self.is_dark()
        logger.debug("theme: %s (%s)", "dark" if dark else "light", self._mode)
        self._app.setPalette(theme_palette(dark))
        self.theme_applied.emit(dark)


def _platform_palette_is_dark() -> bool:
    """Whether the platform's palette (the app's, before ``theme_palette`` replaces it) is dark."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5


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
    return QColor(MUTED_TEXT_DARK if is_dark(widget) else MUTED_TEXT_LIGHT)
