"""A tab that builds its page the first time it is shown, to keep start-up lean."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

PageT = TypeVar("PageT", bound=QWidget)


class LazyPage(QWidget, Generic[PageT]):
    """Holds the place of a page in the tabs; ``page()`` builds it on first show or first ask."""

    def __init__(self, build: Callable[[], PageT], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: PageT | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> PageT:
        if self._page is None:
            self._page = self._build()
            self.layout().addWidget(self._page)
            self.setFocusProxy(self._page)
        return self._page

    def is_built(self) -> bool:
        return self._page is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)
