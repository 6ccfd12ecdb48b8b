"""The news panel of "My work today": the newest unread items of every feed; a click
opens one in the browser and marks it read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.views.formatting import format_datetime
from crm_desktop.views.news.reader import open_in_browser
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.news.types import NewsItem
    from crm_desktop.views.news.refresher import NewsRefresher

_tr = translator("news")
#: items the panel lists
SHOWN = 12
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class NewsPanel(QWidget):
    def __init__(self, refresher: NewsRefresher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("news_panel")
        self.news = refresher.news
        self.heading = QLabel(_tr("News"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.items = QListWidget(self)
        self.items.setAccessibleName(_tr("News"))
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.items.setSpacing(2)
        self.items.itemActivated.connect(self._open)
        self.items.itemClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.items, 1)
        refresher.ended.connect(lambda _outcomes: self.reload())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.items.clear()
        try:
            latest = self.news.latest_unread(SHOWN)
        except DomainError as exc:
            self.items.addItem(str(exc))
            return
        locale = QLocale()
        for item in latest:
            when = format_datetime(item.published_at, locale)
            row = QListWidgetItem(f"{item.title}\n{item.feed_title} · {when}", self.items)
            row.setData(ITEM_ROLE, item)
            row.setToolTip(item.link)
        if not latest:
            empty = QListWidgetItem(_tr("No unread news."), self.items)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _open(self, row: QListWidgetItem) -> None:
        item: NewsItem | None = row.data(ITEM_ROLE)
        if item is None:
            return
        if item.link:
            open_in_browser(item.link)
        try:
            self.news.set_read([item.id])
        except DomainError as exc:
            row.setToolTip(str(exc))
            return
        self.items.takeItem(self.items.row(row))
