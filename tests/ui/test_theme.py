"""Theme and display: WCAG contrast of the colours we set, live light/dark switching, icons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot

from backtimer.ui.icons import IconName, app_icon, svg_source, themed_icon
from backtimer.ui.theme import (
    FINISHED_STYLE,
    MUTED_TEXT_DARK,
    MUTED_TEXT_LIGHT,
    PAUSED_STYLE,
    PHASE_STYLES,
    TEXT_PAIRS,
    WCAG_AA_TEXT,
    FocusRingStyle,
    PhaseStyle,
    ThemeController,
    ThemeMode,
    contrast_ratio,
    relative_luminance,
    theme_palette,
)


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    """Lets a test change the app's palette and style, and puts them back afterwards."""
    palette, style = QApplication.palette(), qapp.style().name()
    yield qapp
    qapp.setStyle(style)
    QApplication.setPalette(palette)


def window_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


# --- the WCAG formula -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#000000", 21.0),
        ("#777777", "#777777", 1.0),
        ("#767676", "#FFFFFF", 4.54),  # the well-known lightest AA grey on white
        ("#0072B2", "#FFFFFF", 5.19),
    ],
)
def test_contrast_ratio_matches_wcag(first: str, second: str, ratio: float) -> None:
    """The contrast helper reproduces the WCAG 2 reference values, in either order."""
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.01)


def test_relative_luminance_ends() -> None:
    """Black is 0 and white is 1."""
    assert (relative_luminance("#000000"), relative_luminance("#FFFFFF")) == (0.0, 1.0)


# --- contrast of what we paint ----------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS, ids=lambda role: role.name)
def test_palette_text_passes_aa(
    dark: bool, text: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    """Every text/background role pair of our palettes reaches 4.5:1 in both themes."""
    palette = theme_palette(dark)
    assert contrast_ratio(palette.color(text), palette.color(background)) >= WCAG_AA_TEXT


BANNERS = [*PHASE_STYLES.values(), PAUSED_STYLE, FINISHED_STYLE]


@pytest.mark.parametrize("style", BANNERS, ids=lambda style: style.word)
def test_phase_banner_text_passes_aa(style: PhaseStyle) -> None:
    """Banner words reach 4.5:1 even at the player's smallest banner size (under 24 px)."""
    assert contrast_ratio(style.foreground, style.background) >= WCAG_AA_TEXT


def test_phases_differ_by_more_than_colour() -> None:
    """Each distinct phase has its own word and symbol, so colour is never the only signal."""
    words = {style.word for style in BANNERS}
    assert len(words) == len(BANNERS)
    symbols_by_colour: dict[str, set[str]] = {}
    for style in PHASE_STYLES.values():
        symbols_by_colour.setdefault(style.background, set()).add(style.symbol)
    assert all(len(symbols) == len(set(symbols)) for symbols in symbols_by_colour.values())


@pytest.mark.parametrize(
    ("dark", "muted"), [(False, MUTED_TEXT_LIGHT), (True, MUTED_TEXT_DARK)], ids=["light", "dark"]
)
@pytest.mark.parametrize("role", [QPalette.ColorRole.Window, QPalette.ColorRole.Base])
def test_muted_text_passes_aa(dark: bool, muted: str, role: QPalette.ColorRole) -> None:
    """Secondary text stays readable on windows and on lists in both themes."""
    assert contrast_ratio(muted, theme_palette(dark).color(role)) >= WCAG_AA_TEXT


# --- applying the theme -----------------------------------------------------------------------


@pytest.mark.parametrize(("mode", "dark"), [(ThemeMode.LIGHT, False), (ThemeMode.DARK, True)])
def test_fixed_theme_sets_our_palette(app_theme: QApplication, mode: ThemeMode, dark: bool) -> None:
    """Light and dark install our palette on Fusion."""
    controller = ThemeController(app_theme, mode)
    assert controller.is_dark() is dark
    assert window_colour() == theme_palette(dark).color(QPalette.ColorRole.Window)
    style = app_theme.style()
    assert isinstance(style, FocusRingStyle)
    assert style.baseStyle().name().lower() == "fusion"


def test_system_theme_follows_the_desktop_live(app_theme: QApplication, qtbot: QtBot) -> None:
    """On "system", a desktop switch to dark and back repaints at once, widgets included."""
    controller = ThemeController(app_theme, ThemeMode.SYSTEM)
    button = QPushButton("x")
    qtbot.addWidget(button)
    with qtbot.waitSignal(controller.theme_applied) as applied:
        app_theme.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert applied.args == [True]
    qtbot.waitUntil(lambda: button.palette().color(QPalette.ColorRole.Window) == QColor("#202226"))
    app_theme.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not controller.is_dark()
    qtbot.waitUntil(lambda: button.palette().color(QPalette.ColorRole.Window) == QColor("#F3F4F6"))


def test_fixed_theme_ignores_the_desktop(app_theme: QApplication) -> None:
    """A theme the user fixed stays put when the desktop switches."""
    controller = ThemeController(app_theme, ThemeMode.LIGHT)
    app_theme.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not controller.is_dark()
    controller.set_mode(ThemeMode.SYSTEM)
    assert controller.is_dark()


# --- icons ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(IconName))
def test_every_icon_ships_and_renders_sharp_at_2x(qapp: QApplication, name: IconName) -> None:
    """Each icon file exists and renders at device pixels on a 2× screen."""
    assert svg_source(name).startswith(b"<svg")
    icon = app_icon() if name is IconName.APP else themed_icon(name)
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (48, 48, 2.0)
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48))


def darkest_opaque_lightness(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> float:
    image = icon.pixmap(QSize(32, 32), 1.0, mode).toImage()
    colours = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
    return min(c.lightnessF() for c in colours if c.alpha() == 255)


def test_icons_follow_the_theme(app_theme: QApplication) -> None:
    """The same icon is drawn dark on the light theme and light on the dark one."""
    icon = themed_icon(IconName.PLAY)
    ThemeController(app_theme, ThemeMode.LIGHT)
    on_light = darkest_opaque_lightness(icon)
    ThemeController(app_theme, ThemeMode.DARK)
    on_dark = darkest_opaque_lightness(icon)
    assert on_light < 0.2 < 0.8 < on_dark


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("role", [QPalette.ColorRole.Window, QPalette.ColorRole.Button])
def test_focus_ring_stands_out(dark: bool, role: QPalette.ColorRole) -> None:
    """The focus ring (highlight colour) keeps 3:1 against windows and buttons (non-text AA)."""
    palette = theme_palette(dark)
    assert contrast_ratio(palette.color(QPalette.ColorRole.Highlight), palette.color(role)) >= 3


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_unticked_boxes_can_be_seen(
    qtbot: QtBot, dark: bool, kind: type[QCheckBox] | type[QRadioButton]
) -> None:
    """An empty check box keeps a 3:1 outline on the window (Fusion's was invisible in dark:
    the symptom boxes of the pain prompt looked like no boxes at all)."""
    box = kind("Pain down a leg")
    style = FocusRingStyle("Fusion")
    style.setParent(box)
    box.setStyle(style)
    box.setPalette(theme_palette(dark))
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind is QCheckBox
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    indicator = style.subElementRect(element, option, box)
    image = box.grab().toImage()
    window = theme_palette(dark).color(QPalette.ColorRole.Window)
    best = max(
        contrast_ratio(image.pixelColor(x, y), window)
        for x in range(indicator.left(), indicator.right() + 1)
        for y in range(indicator.top(), indicator.bottom() + 1)
    )
    assert best >= 3


def test_a_dark_desktop_gets_the_dark_theme_in_the_first_frame(app_theme: QApplication) -> None:
    """The first frame reads light or dark from the platform's palette (asking colorScheme()
    would build Qt's enum namespace before it): a dark desktop palette means dark at once, and
    a desktop that later says nothing (Unknown) does not undo it."""
    platform = QPalette(app_theme.palette())
    platform.setColor(QPalette.ColorRole.Window, QColor("#1E1E1E"))
    app_theme.setPalette(platform)
    controller = ThemeController(app_theme, ThemeMode.SYSTEM)
    assert controller.is_dark()
    app_theme.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    assert controller.is_dark()
    app_theme.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not controller.is_dark()
