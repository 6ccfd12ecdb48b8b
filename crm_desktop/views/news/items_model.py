"""The items of a feed, a folder or every feed, read a page at a time, newest first."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from crm_desktop.services.news.types import ItemQuery, NewsItem
from crm_desktop.views.formatting import format_datetime
from crm_desktop.views.paged_model import PAGE_SIZE, Index, PagedTableModel
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.news.service import NewsService

_tr = translator("news")
STAR_COLUMN, TITLE_COLUMN, FEED_COLUMN, DATE_COLUMN = range(4)


class NewsItemsModel(PagedTableModel[NewsItem]):
    def __init__(self, news: NewsService, parent: QObject | None = None) -> None:
        super().__init__(["★", _tr("Title"), _tr("Feed"), _tr("Date")], parent)
        self.news = news
        self.query = ItemQuery()
        self._bold: QFont | None = None

    def read_page(self, offset: int, limit: int) -> list[NewsItem]:
        return self.news.items(self.query, offset, limit)

    def show(self, query: ItemQuery) -> None:
        """Show the items ``query`` chooses (read again from the database)."""
        self.beginResetModel()
        self.query = query
        self.reset_rows(self.news.count_items(query))
        self.endResetModel()

    def reload(self) -> None:
        self.show(self.query)

    def item(self, index: QModelIndex) -> NewsItem | None:
        return self.row_at(index.row()) if index.isValid() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STAR_COLUMN:
                return "★" if item.is_starred else "☆"
            if column == TITLE_COLUMN:
                return item.title or _tr("(no title)")
            if column == FEED_COLUMN:
                return item.feed_title
            return format_datetime(item.published_at.astimezone(), QLocale())
        if role == Qt.ItemDataRole.FontRole and not item.is_read:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == STAR_COLUMN:
            return _tr("Starred items are kept") if item.is_starred else _tr("Star to keep")
        return None

    def mark(self, row: int, *, read: bool | None = None, starred: bool | None = None) -> None:
        """Show a row as read or starred now (saved by the caller); no re-read."""
        item = self.row_at(row)
        if item is None:
            return
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return
        page[row % PAGE_SIZE] = replace(
            item,
            is_read=item.is_read if read is None else read,
            is_starred=item.is_starred if starred is None else starred,
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
