"""Rasterise every illustration into one contact sheet PNG, to look at them all at once.

``QT_QPA_PLATFORM=offscreen python tools/illustrations/contact_sheet.py [out.png] [width]``
draws each SVG with Qt's own renderer (the one the app uses) at ``width`` pixels, in a grid
with the file name under each, on alternating light and dark backgrounds per row.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parent.parent.parent / "resources" / "illustrations"
COLUMNS = 5
LABEL_H = 18
GAP = 10


def contact_sheet(files: list[Path], cell_w: int) -> QImage:
    cell_h = cell_w // 2
    rows = math.ceil(len(files) / COLUMNS)
    sheet = QImage(
        COLUMNS * (cell_w + GAP) + GAP,
        rows * (cell_h + LABEL_H + GAP) + GAP,
        QImage.Format.Format_ARGB32,
    )
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("sans-serif", 8))
    for index, path in enumerate(files):
        row, column = divmod(index, COLUMNS)
        x = GAP + column * (cell_w + GAP)
        y = GAP + row * (cell_h + LABEL_H + GAP)
        background = QColor("#202124") if row % 2 else QColor("#ffffff")
        painter.fillRect(
            x - GAP // 2, y - GAP // 2, cell_w + GAP, cell_h + LABEL_H + GAP, background
        )
        QSvgRenderer(str(path)).render(painter, QRectF(x, y, cell_w, cell_h))
        painter.setPen(QColor("#ffffff") if row % 2 else QColor("#000000"))
        painter.drawText(
            QRectF(x, y + cell_h, cell_w, LABEL_H), Qt.AlignmentFlag.AlignCenter, path.stem
        )
    painter.end()
    return sheet


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("/tmp/illustrations-sheet.png")
    cell_w = int(argv[1]) if len(argv) > 1 else 400
    app = QGuiApplication.instance() or QGuiApplication([])
    files = sorted(SOURCE.glob("*.svg"))
    if not contact_sheet(files, cell_w).save(str(out)):
        print(f"Could not write {out}", file=sys.stderr)
        return 1
    print(f"{len(files)} illustrations -> {out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
