"""Render the app icon to PNG sizes for desktops (run: ``python tools/make_desktop_icons.py``).

Source: ``resources/icons/backtimer.svg``. Output: ``resources/desktop/icons/hicolor/<N>x<N>/apps/
<app id>.png`` for every size in ``SIZES``, the layout of the freedesktop hicolor theme, so
``tools/install_desktop_files.py`` and packagers copy the tree as it is. ``--check`` only reports
missing or wrongly sized files (for CI), without rewriting anything.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backtimer import APP_ID

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "backtimer.svg"
ICON_THEME_DIR = ROOT / "resources" / "desktop" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, theme_dir: Path = ICON_THEME_DIR) -> Path:
    return theme_dir / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Antialiased, transparent background, the whole view box scaled to ``size`` square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def check(theme_dir: Path = ICON_THEME_DIR) -> list[str]:
    """Problems with the rendered set: a missing file or one of the wrong size."""
    problems = []
    for size in SIZES:
        path = png_path(size, theme_dir)
        image = QImage(str(path))
        if image.isNull():
            problems.append(f"{path}: missing or unreadable")
        elif (image.width(), image.height()) != (size, size):
            problems.append(f"{path}: {image.width()}x{image.height()}, expected {size}x{size}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the PNGs exist")
    parser.add_argument("--output", type=Path, default=ICON_THEME_DIR, help="hicolor folder")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.check:
        problems = check(args.output)
        print("\n".join(problems) or f"{len(SIZES)} icon sizes present")
        return 1 if problems else 0
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 2
    for size in SIZES:
        path = png_path(size, args.output)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"cannot write {path}", file=sys.stderr)
            return 2
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
