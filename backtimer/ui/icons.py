"""The app's SVG icons as ``QIcon``s that stay crisp at any size and follow the theme.

Icons are drawn with ``currentColor``; the engine fills it in from the application palette at
paint time, so one file serves light and dark themes, disabled states and every device pixel
ratio (an SVG rendered at the target size, never a scaled bitmap). Nothing is read or rendered
before an icon is first painted, so icons of menus and hidden pages cost start-up nothing.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from backtimer import assets

logger = logging.getLogger(__name__)


class IconName(StrEnum):
    """Every icon we ship; each is ``resources/icons/<value>.svg``."""

    APP = "backtimer"
    PLAY = "play"
    PAUSE = "pause"
    SKIP_FORWARD = "skip-forward"
    SKIP_BACK = "skip-back"
    RESTART = "restart"
    STOP = "stop"
    PLUS_TEN = "plus-ten"
    MINUS_TEN = "minus-ten"
    SOUND_ON = "sound-on"
    SOUND_OFF = "sound-off"
    FLOOR_MODE = "floor-mode"
    FLOOR_MODE_EXIT = "floor-mode-exit"
    HURT = "hurt"
    DONE = "done"
    LIBRARY = "library"
    HISTORY = "history"
    TRENDS = "trends"
    SETTINGS = "settings"
    EXPORT = "export"
    REPORT = "report"
    PAIN = "pain"
    HELP = "help"
    INFO = "info"
    FOLDER = "folder"
    QUIT = "quit"

    @property
    def file_name(self) -> str:
        return f"{self.value}.svg"


@cache
def svg_source(name: IconName) -> bytes:
    """The icon's SVG text; empty (an invisible icon) if the file is missing."""
    try:
        return assets.icon(name.file_name).read_bytes()
    except OSError:
        logger.error("icon %s is missing", name.file_name)
        return b""


class SvgIconEngine(QIconEngine):
    """Renders one SVG, its ``currentColor`` taken from the palette of the moment.

    Given an ``IconName``, the file is read when the icon is first painted.
    """

    def __init__(self, source: bytes | IconName) -> None:
        super().__init__()
        self._source = source

    def source(self) -> bytes:
        if isinstance(self._source, IconName):
            self._source = svg_source(self._source)
        return self._source

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtSvg import QSvgRenderer

        palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.ButtonText
        )
        colour = palette.color(group, role).name().encode()
        renderer = QSvgRenderer(QByteArray(self.source().replace(b"currentColor", colour)))
        renderer.render(painter, _fitted(renderer.viewBoxF().size(), QRectF(rect)))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Rendered at device pixels, so a 2× screen gets a sharp icon, not a blown-up one."""
        device = QSize(round(size.width() * scale), round(size.height() * scale))
        pixmap = QPixmap(device)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, device.width(), device.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._source)

    def key(self) -> str:
        return "backtimer-svg"


def themed_icon(name: IconName) -> QIcon:
    """An icon drawn in the palette's text colour (toolbar, buttons, menus, tabs)."""
    return QIcon(SvgIconEngine(name))


def app_icon() -> QIcon:
    """The application icon: its own colours, rendered from SVG at every size asked for."""
    return QIcon(SvgIconEngine(IconName.APP))


def _fitted(source: QSizeF, target: QRectF) -> QRectF:
    """``source`` scaled to fit ``target``, centred, keeping its aspect ratio (as
    ``Qt.AspectRatioMode.KeepAspectRatio`` would; computed here because icons paint in the first
    frame, which never names ``Qt``: see ``ui/desktop/qt_properties``)."""
    if source.isEmpty():
        return target
    scale = min(target.width() / source.width(), target.height() / source.height())
    width, height = source.width() * scale, source.height() * scale
    return QRectF(
        target.x() + (target.width() - width) / 2,
        target.y() + (target.height() - height) / 2,
        width,
        height,
    )
