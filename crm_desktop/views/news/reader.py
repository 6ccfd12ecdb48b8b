"""An item's text as the feed gave it (HTML that feedparser cleaned), nothing fetched:
images and other resources are neither loaded from the web nor from this computer."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from crm_desktop.services.news.types import NewsItem
from crm_desktop.views.formatting import format_datetime


class ItemReader(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(open_in_browser)
        self.setObjectName("news_reader")

    def show_item(self, item: NewsItem | None) -> None:
        if item is None:
            self.clear()
            return
        title = html.escape(item.title)
        if item.link:
            title = f'<a href="{html.escape(item.link, quote=True)}">{title}</a>'
        when = format_datetime(item.published_at, QLocale())
        byline = " · ".join(html.escape(p) for p in (item.feed_title, item.author, when) if p)
        self.setHtml(f"<h3>{title}</h3><p><small>{byline}</small></p>{item.summary}")

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Nothing: a feed's images would tell its server that the item was read, and a
        ``file:`` image would show a file of this computer."""
        return None


def open_in_browser(url: QUrl | str) -> bool:
    """Open a web address in the user's browser (only http and https)."""
    target = QUrl(url) if isinstance(url, str) else url
    if target.scheme().lower() not in ("http", "https"):
        return False
    return QDesktopServices.openUrl(target)
