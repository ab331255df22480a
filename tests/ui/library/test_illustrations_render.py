"""Qt's own SVG renderer (the one the app uses) draws every bundled illustration."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from backtimer import assets
from backtimer.library.loader import load_library

WIDTH, HEIGHT = 240, 120  # half size: what the library view shows
# Dark samples (every 2nd pixel each way): the figures give 200+, captions alone about 30.
MIN_DARK_SAMPLES = 100


def _bundled_names() -> list[str]:
    names = {exercise.illustration for exercise in load_library(None).exercises.values()}
    names |= {entry.name for entry in assets.resource("illustrations").iterdir()}
    return sorted(name for name in names if name and name.endswith(".svg"))


def _render(name: str) -> QImage:
    renderer = QSvgRenderer(QByteArray(assets.illustration(name).read_bytes()))
    assert renderer.isValid()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def test_some_illustrations_are_bundled() -> None:
    """The parametrised checks below are not vacuous: every exercise's illustration is found."""
    assert len(_bundled_names()) >= len(load_library(None).exercises) >= 62


@pytest.mark.parametrize("name", _bundled_names())
def test_illustration_renders_a_figure(qapp: QApplication, name: str) -> None:
    """Each file is valid for QSvgRenderer and draws a card with dark figure strokes on it."""
    image = _render(name)
    card = QColor(image.pixel(4, HEIGHT // 2))
    assert card.alpha() == 255, "the light card background is part of the picture"
    assert card.lightness() > 230
    dark = sum(
        1
        for y in range(0, HEIGHT, 2)
        for x in range(0, WIDTH, 2)
        if QColor(image.pixel(x, y)).lightness() < 140
    )
    assert dark >= MIN_DARK_SAMPLES
