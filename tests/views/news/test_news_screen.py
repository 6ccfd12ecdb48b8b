"""The news screen and the panel of "My work today", driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.news.panel import NewsPanel
from crm_desktop.views.news.refresher import NewsRefresher
from crm_desktop.views.news.screen import ROW_ROLE, NewsScreen
from tests.views.news.conftest import Browser, feed_file, fetch

pytestmark = pytest.mark.usefixtures("english_locale")


def _rows(screen: NewsScreen) -> dict[str, QTreeWidgetItem]:
    found: dict[str, QTreeWidgetItem] = {}
    pending = [screen.tree.topLevelItem(i) for i in range(screen.tree.topLevelItemCount())]
    while pending:
        item = pending.pop(0)
        found[item.text(0)] = item
        pending.extend(item.child(i) for i in range(item.childCount()))
    return found


@pytest.fixture
def screen(
    qtbot: QtBot, services: Services, refresher: NewsRefresher, tmp_path: Path
) -> NewsScreen:
    news = refresher.news
    news.add_feed(feed_file("atom_forum.xml").as_uri(), folder="Market")
    news.add_feed(feed_file("rss2_koi8r_undeclared.xml").as_uri(), folder="Market")
    news.add_feed((tmp_path / "gone.xml").as_uri())
    screen = NewsScreen(services, refresher)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    fetch(qtbot, refresher)
    return screen


def test_feeds_show_their_unread_counts_and_a_failed_feed_says_why(screen: NewsScreen) -> None:
    rows = _rows(screen)
    assert rows["All feeds"].text(1) == "3"
    assert rows["Market"].text(1) == "3"
    assert rows["Packaging Forum"].text(1) == "2"
    assert rows["Новости рынка"].text(1) == "1"
    failed = next(row for title, row in rows.items() if title.endswith("gone.xml"))
    assert failed.text(2) == "There is no file at this address."
    assert "There is no file at this address." in failed.toolTip(0)
    assert screen.status.text() == "3 new items · 1 feeds could not be read"


def test_choosing_an_item_shows_it_marks_it_read_and_a_star_keeps_it(
    qtbot: QtBot, screen: NewsScreen, browser: Browser
) -> None:
    rows = _rows(screen)
    screen.tree.setCurrentItem(rows["Packaging Forum"])
    assert screen.model.rowCount() == 2
    first = screen.model.index(0, 1)
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    screen.table.selectRow(0)
    assert "corrugated" in screen.reader.toPlainText()
    assert screen.model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None  # read now
    assert _rows(screen)["Packaging Forum"].text(1) == "1"
    screen.toggle_star()
    assert screen.model.index(0, 0).data() == "★"
    assert screen.news.items(screen.model.query, 0, 1)[0].is_starred
    screen.open_item()
    assert browser.opened == ["https://forum.example.org/r/packaging/comments/gmpq1p/trays/"]

    screen.tree.setCurrentItem(_rows(screen)["Starred"])
    assert screen.model.rowCount() == 1
    screen.mark_all_read()
    assert _rows(screen)["All feeds"].text(1) == "2"


def test_a_feed_is_added_from_its_dialog_and_fetched(
    qtbot: QtBot, screen: NewsScreen, refresher: NewsRefresher
) -> None:
    dialog = screen.add_feed()
    dialog.url.setText("not a web address")
    dialog.accept()
    assert dialog.isVisible() and "is not the address of a feed" in dialog.problem.text()
    dialog.url.setText(feed_file("rss2_german_utf8.xml").as_uri())
    dialog.folder.setCurrentText("Germany")
    with qtbot.waitSignal(refresher.ended, timeout=20_000):
        dialog.accept()
    rows = _rows(screen)
    assert rows["Germany"].child(0).text(0) == "Handelsblatt Update – Die Nachrichten"
    assert rows["Germany"].child(0).data(0, ROW_ROLE)[0] == "feed"


def test_the_panel_lists_unread_news_and_opens_one(
    qtbot: QtBot, refresher: NewsRefresher, browser: Browser
) -> None:
    refresher.news.add_feed(feed_file("rss2_podcast.xml").as_uri())
    panel = NewsPanel(refresher)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.items.item(0).text() == "No unread news."
    fetch(qtbot, refresher)
    assert panel.items.count() == 1
    assert panel.items.item(0).text().startswith("Tariffs and you\nTrade Talk · ")
    panel.items.itemClicked.emit(panel.items.item(0))
    assert browser.opened == ["http://radio.example.org/tradetalk/301"]
    assert refresher.news.latest_unread(5) == []
    assert panel.items.count() == 0
