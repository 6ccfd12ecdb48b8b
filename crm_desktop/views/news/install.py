"""The news in the window: the background fetch, the News screen in Tools, and the panel
that "My work today" shows beside the day's work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from crm_desktop.views.news.panel import NewsPanel
from crm_desktop.views.news.refresher import NewsRefresher
from crm_desktop.views.news.screen import NewsScreen
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("news")


def install_news(window: MainWindow, **options: int) -> NewsRefresher:
    """The news part (``options``: the refresher's intervals, for tests); returns it, to
    make the panel of "My work today" with (:func:`news_panel`)."""
    refresher = NewsRefresher(window.services.news, window, **options)
    window.add_part(refresher)
    window.add_screen(
        "news",
        lambda: NewsScreen(window.services, refresher),
        group="Tools",
        label=_tr("News"),
        icon="news",
    )
    return refresher


def news_panel(refresher: NewsRefresher) -> Callable[[QWidget], QWidget]:
    """What the calendar calls to put the news beside "My work today"."""
    return lambda parent: NewsPanel(refresher, parent)
