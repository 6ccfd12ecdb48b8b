"""A list's column headers with a filter button in each, as in a spreadsheet.

The button sits at the right end of the header, beside the sort arrow: a small funnel,
drawn strong on a column that is filtered, faint on the others. A click on it asks for
the column's filter (:attr:`filter_requested`) instead of sorting by the column.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from crm_desktop.views import icons

#: the button's width, in pixels at 96 dpi
BUTTON = 20


class FilterHeader(QHeaderView):
    #: (logical column, the button's rectangle in global coordinates)
    filter_requested = Signal(int, QRect)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._filterable = False
        self._filtered: set[int] = set()
        self._pressed: int | None = None
        self._icon = icons.icon("filter")

    def set_filterable(self, filterable: bool) -> None:
        """Show the buttons (a list), or not (the recycle bin)."""
        self._filterable = filterable
        self.viewport().update()

    def set_filtered(self, columns: set[int]) -> None:
        """The logical columns that are filtered now."""
        if columns != self._filtered:
            self._filtered = set(columns)
            self.viewport().update()

    def filtered(self) -> set[int]:
        return set(self._filtered)

    def button_rect(self, logical: int) -> QRect:
        """The filter button of a column, in the header's viewport coordinates."""
        x = self.sectionViewportPosition(logical)
        width = self.sectionSize(logical)
        size = min(BUTTON, width // 3)
        return QRect(x + width - size - 2, 0, size, self.height())

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not self._filterable:
            super().paintSection(painter, rect, logicalIndex)
            return
        size = min(BUTTON, rect.width() // 3)
        painter.save()
        super().paintSection(painter, rect.adjusted(0, 0, -size, 0), logicalIndex)
        painter.restore()
        painter.save()
        button = QRect(rect.right() - size + 1, rect.top(), size, rect.height())
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = button
        option.section = logicalIndex
        option.text = ""
        filtered = logicalIndex in self._filtered
        if filtered:
            option.palette.setColor(
                QPalette.ColorRole.Button, self.palette().color(QPalette.ColorRole.Highlight)
            )
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.setOpacity(1.0 if filtered else 0.45)
        side = min(14, size - 4, rect.height() - 6)
        if side > 0:
            area = QRect(0, 0, side, side)
            area.moveCenter(button.center())
            self._icon.paint(painter, area, Qt.AlignmentFlag.AlignCenter)
        painter.restore()

    def _button_at(self, pos: QPoint) -> int | None:
        if not self._filterable:
            return None
        logical = self.logicalIndexAt(pos)
        if logical < 0 or not self.button_rect(logical).contains(pos):
            return None
        return logical

    def mousePressEvent(self, e: QMouseEvent) -> None:
        logical = self._button_at(e.position().toPoint())
        if logical is None or e.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(e)
            return
        # Neither a sort nor a drag: the press is the button's.
        self._pressed = logical
        e.accept()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if self._pressed is None:
            super().mouseReleaseEvent(e)
            return
        logical, self._pressed = self._pressed, None
        if self._button_at(e.position().toPoint()) == logical:
            self.request_filter(logical)
        e.accept()

    def request_filter(self, logical: int) -> None:
        """Ask for a column's filter, as a click on its button does."""
        rect = self.button_rect(logical)
        top_left = self.viewport().mapToGlobal(rect.topLeft())
        self.filter_requested.emit(logical, QRect(top_left, rect.size()))
