"""A layout that wraps its widgets onto more rows, like words in a paragraph, when it is narrow.

A row of buttons in a ``QHBoxLayout`` makes the whole row the page's minimum width, so at 2×
scale on a 1280×800 screen (640 logical pixels) the page scrolled sideways. ``FlowLayout`` asks
only for its widest widget; when the row fits it looks as the box layout did.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Places widgets left to right and starts a new row when the next one does not fit.

    ``align_right``: rows end at the right edge (a dialog's buttons). ``fill_rows``: widgets
    that can grow share a row's spare width as a ``QHBoxLayout`` shares it (equal widths where
    their size hints allow), so a row of filters still spans the column. The order of the
    widgets, and so the keyboard order, is the order they were added in.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 6,
        align_right: bool = False,
        fill_rows: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._extra_gap: dict[int, int] = {}  # id(item) -> pixels added before it in a row
        self._pending_gap = 0
        self._align_right = align_right
        self._fill_rows = fill_rows
        self._laid_out_height = -1
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout's item list ---------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        if self._pending_gap:
            self._extra_gap[id(item)] = self._pending_gap
            self._pending_gap = 0
        self.invalidate()

    def addLayout(self, layout: QLayout) -> None:
        """A nested layout as one item (it wraps inside its share of the row)."""
        self.addChildLayout(layout)
        self.addItem(layout)

    def addSpacing(self, size: int) -> None:
        """More room before the next widget, when it is not the first of its row."""
        self._pending_gap += size

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._extra_gap.pop(id(item), None)
        self.invalidate()
        return item

    # --- sizes -----------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        """Everything in one row, as the box layout it replaces asked for."""
        visible = self._visible_items()
        width = sum(item.sizeHint().width() for item in visible)
        width += sum(self._gap_before(item) for item in visible[1:])
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest widget, and the height of the rows at the width last given (a splitter or
        box layout above asks for this, not for ``heightForWidth``)."""
        visible = self._visible_items()
        width = max((item.minimumSize().width() for item in visible), default=0)
        margins = self.contentsMargins()
        height = self._laid_out_height
        if height < 0:
            height = max((item.sizeHint().height() for item in visible), default=0)
            height += margins.top() + margins.bottom()
        return QSize(width + margins.left() + margins.right(), height)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, place=True)
        if height != self._laid_out_height:
            self._laid_out_height = height
            self.invalidate()  # more or fewer rows: the layouts above make room on their next pass

    # --- arranging -------------------------------------------------------------------------------

    def _visible_items(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Split the items into rows that fit ``rect``'s width; place them if asked. Returns the
        height the rows need. An item joins a row while its minimum width still fits."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        width = max(1, area.width())
        spacing = self.spacing()
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible_items():
            needed = item.minimumSize().width()
            gap = self._gap_before(item)
            if rows[-1] and used + gap + needed > width:
                rows.append([])
                used = 0
            used += needed + (gap if rows[-1] else 0)
            rows[-1].append(item)
        if not rows[-1]:
            rows.pop()
        y = area.y()
        for row in rows:
            widths = self._row_widths(row, width)
            row_height = max(_height_at(item, w) for item, w in zip(row, widths, strict=True))
            if place:
                self._place_row(row, widths, QRect(area.x(), y, width, row_height))
            y += row_height + spacing
        used_height = y - area.y() - (spacing if rows else 0)
        return used_height + margins.top() + margins.bottom()

    def _row_widths(self, row: list[QLayoutItem], width: int) -> list[int]:
        """Each item at its preferred width; the last ones give way down to their minimum when
        the row is short of room, and growing items share spare room (``fill_rows``)."""
        widths = [
            max(item.minimumSize().width(), min(item.sizeHint().width(), width)) for item in row
        ]
        spare = width - sum(widths) - self._gaps_within(row)
        for index in reversed(range(len(row))):
            if spare >= 0:
                break
            give = min(widths[index] - row[index].minimumSize().width(), -spare)
            widths[index] -= give
            spare += give
        if self._fill_rows and spare > 0:
            widths = _share_spare_width(row, widths, spare)
        return widths

    def _place_row(self, row: list[QLayoutItem], widths: list[int], line: QRect) -> None:
        """Items side by side in ``line``, each as high as the row allows it, centred in it."""
        spare = line.width() - sum(widths) - self._gaps_within(row)
        x = line.x() + (max(0, spare) if self._align_right else 0)
        for position, (item, item_width) in enumerate(zip(row, widths, strict=True)):
            x += self._gap_before(item) if position else 0
            height = min(line.height(), item.maximumSize().height())
            top = line.y() + (line.height() - height) // 2
            item.setGeometry(QRect(x, top, item_width, height))
            x += item_width

    def _gap_before(self, item: QLayoutItem) -> int:
        return self.spacing() + self._extra_gap.get(id(item), 0)

    def _gaps_within(self, row: list[QLayoutItem]) -> int:
        return sum(self._gap_before(item) for item in row[1:])


def _share_spare_width(row: list[QLayoutItem], widths: list[int], spare: int) -> list[int]:
    """Grow the items that may grow towards equal widths, as ``QHBoxLayout`` does: an item whose
    hint is above the fair share keeps its hint, the others share what is left equally."""
    growing = [index for index, item in enumerate(row) if _may_grow(item)]
    if not growing:
        return widths
    result = list(widths)
    pool = sum(widths[index] for index in growing) + spare
    sharing = sorted(growing, key=lambda index: widths[index], reverse=True)
    while sharing:
        fair = pool // len(sharing)
        widest = sharing[0]
        if widths[widest] > fair:  # keeps its own width; the rest share what remains
            pool -= widths[widest]
            sharing.pop(0)
            continue
        capped = next((i for i in sharing if row[i].maximumSize().width() < fair), None)
        if capped is not None:  # stops at its maximum; the rest share what remains
            result[capped] = max(widths[capped], row[capped].maximumSize().width())
            pool -= result[capped]
            sharing.remove(capped)
            continue
        extra = pool - fair * len(sharing)
        for order, index in enumerate(sorted(sharing)):
            result[index] = fair + (1 if order < extra else 0)
        break
    return result


def _may_grow(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
    policy = widget.sizePolicy().horizontalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.GrowFlag.value)


def _height_at(item: QLayoutItem, width: int) -> int:
    """The height an item needs at this width (a word-wrapped label grows with its lines)."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()
