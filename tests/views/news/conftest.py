"""Fixtures of the news screen's tests: the refresher on the test's database, a browser
that records what it was asked to open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.news.refresher import NewsRefresher
from tests.exchange.fixture_files import finder

feed_file = finder("feeds")


class Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser() -> Iterator[Browser]:
    browser = Browser()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    yield browser
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def refresher(qtbot: QtBot, services: Services) -> Iterator[NewsRefresher]:
    """A refresher whose timer does not fire during a test (it fetches when asked)."""
    owner = QWidget()
    qtbot.addWidget(owner)
    news = services.news()
    news.timeout = 1.0
    part = NewsRefresher(lambda: news, owner, first_ms=3_600_000)
    yield part
    part.shutdown()


def fetch(qtbot: QtBot, refresher: NewsRefresher) -> object:
    with qtbot.waitSignal(refresher.ended, timeout=20_000) as blocker:
        assert refresher.refresh()
    return blocker.args[0] if blocker.args else None
