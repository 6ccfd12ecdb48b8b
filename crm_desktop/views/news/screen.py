"""The news screen: folders and feeds on the left (each feed with its unread count, or why
its last fetch failed), their items paged from the database, and the item's text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.news.types import Feed, FetchOutcome, ItemQuery
from crm_desktop.views import icons
from crm_desktop.views.formatting import format_datetime
from crm_desktop.views.news.feed_dialog import FeedDialog
from crm_desktop.views.news.items_model import (
    DATE_COLUMN,
    FEED_COLUMN,
    STAR_COLUMN,
    TITLE_COLUMN,
    NewsItemsModel,
)
from crm_desktop.views.news.reader import ItemReader, open_in_browser
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.news.refresher import NewsRefresher

_tr = translator("news")
#: the data of a tree row: ("all" | "unread" | "starred" | "folder" | "feed", folder or id)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM_COLOR = QColor("#a4161a")


class NewsScreen(QWidget):
    def __init__(self, services: Services, refresher: NewsRefresher, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("news_screen")
        self.services = services
        self.news = refresher.news
        self.refresher = refresher
        self.feeds: dict[int, Feed] = {}

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("news_feeds")
        self.tree.setHeaderLabels([_tr("Feed"), _tr("Unread"), _tr("Last fetch")])
        self.tree.setColumnWidth(0, 230)
        self.tree.setAccessibleName(_tr("Feeds"))
        self.tree.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_feed())

        self.model = NewsItemsModel(self.news, self)
        self.table = QTableView(self)
        self.table.setObjectName("news_items")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STAR_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(FEED_COLUMN, 180)
        self.table.selectionModel().selectionChanged.connect(self._item_chosen)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self.open_item)
        self.reader = ItemReader(self)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_action = self._action(_tr("Fetch now"), self.fetch_now, "refresh")
        self.add_action = self._action(_tr("Add feed…"), self.add_feed, "add")
        self.edit_action = self._action(_tr("Feed settings…"), self.edit_feed)
        self.remove_action = self._action(_tr("Remove feed"), self.remove_feed, "remove")
        self.toolbar.addSeparator()
        self._action(_tr("Mark all read"), self.mark_all_read)
        self.star_action = self._action(_tr("Star"), self.toggle_star)
        self.open_action = self._action(_tr("Open in browser"), self.open_item)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 3650)
        self.keep.setSuffix(_tr(" days"))
        self.keep.setToolTip(_tr("Items that are not starred are removed after this many days"))
        self.status = QLabel(self)
        self.status.setObjectName("news_status")

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.table)
        right.addWidget(self.reader)
        right.setSizes([300, 300])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 700])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(QLabel(_tr("Keep items for"), self))
        bottom.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        refresher.started.connect(lambda: self._set_busy(True))
        refresher.progress.connect(self._progress)
        refresher.ended.connect(self._refreshed)
        refresher.failed.connect(self._failed)
        self.reload()
        self.keep.setValue(self._keep_days())
        self.keep.valueChanged.connect(self._keep_changed)
        self._set_busy(refresher.busy())

    def _action(self, text: str, slot: Callable[[], object], icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    # -- the feeds -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the feeds and the items on show again."""
        chosen = self._chosen()
        try:
            feeds = self.news.feeds()
        except DomainError as exc:
            self.status.setText(str(exc))
            return
        self.feeds = {feed.id: feed for feed in feeds}
        self.tree.blockSignals(True)
        self.tree.clear()
        unread = sum(feed.unread for feed in feeds)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind, text in (("all", _tr("All feeds")), ("unread", _tr("Unread")),
                           ("starred", _tr("Starred"))):  # fmt: skip
            row = QTreeWidgetItem(self.tree, [text, str(unread) if kind != "starred" else ""])
            row.setData(0, ROW_ROLE, (kind, None))
            row.setFont(0, bold)
        folders: dict[str, QTreeWidgetItem] = {}
        for feed in feeds:
            parent: QTreeWidget | QTreeWidgetItem = self.tree
            if feed.folder:
                if feed.folder not in folders:
                    folders[feed.folder] = QTreeWidgetItem(self.tree, [feed.folder])
                    folders[feed.folder].setData(0, ROW_ROLE, ("folder", feed.folder))
                    folders[feed.folder].setIcon(0, self.style().standardIcon(
                        QStyle.StandardPixmap.SP_DirIcon))  # fmt: skip
                parent = folders[feed.folder]
            self._feed_row(parent, feed)
        for folder in folders.values():
            count = sum(self.feeds[folder.child(i).data(0, ROW_ROLE)[1]].unread
                        for i in range(folder.childCount()))  # fmt: skip
            folder.setText(1, str(count) if count else "")
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.blockSignals(False)
        self._choose(chosen)

    def _feed_row(self, parent: QTreeWidget | QTreeWidgetItem, feed: Feed) -> None:
        when = format_datetime(feed.fetched_at, self.locale()) if feed.fetched_at else ""
        row = QTreeWidgetItem(parent, [feed.title, str(feed.unread) if feed.unread else "", when])
        row.setData(0, ROW_ROLE, ("feed", feed.id))
        tip = feed.url
        if feed.organization_name:
            tip += "\n" + _tr("Organization: %1").replace("%1", feed.organization_name)
        if feed.problem:
            row.setText(2, feed.problem)
            row.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            for column in range(3):
                row.setForeground(column, QBrush(PROBLEM_COLOR))
            tip += "\n" + feed.problem
        else:
            row.setIcon(0, icons.icon("news"))
        for column in range(3):
            row.setToolTip(column, tip)

    def _chosen(self) -> tuple[str, object]:
        item = self.tree.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else ("all", None)

    def _choose(self, chosen: tuple[str, object]) -> None:
        found = self.tree.topLevelItem(0)
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if tuple(item.data(0, ROW_ROLE)) == tuple(chosen):
                found = item
                break
            iterator.extend(item.child(i) for i in range(item.childCount()))
        self.tree.setCurrentItem(found)
        self._show_chosen()

    def _query(self) -> ItemQuery:
        kind, value = self._chosen()
        if kind == "feed":
            return ItemQuery(feed_id=int(value))  # type: ignore[arg-type]
        if kind == "folder":
            return ItemQuery(folder=str(value))
        return ItemQuery(unread_only=kind == "unread", starred_only=kind == "starred")

    def _show_chosen(self) -> None:
        try:
            self.model.show(self._query())
        except DomainError as exc:
            self.status.setText(str(exc))
        self.reader.show_item(None)
        is_feed = self._chosen()[0] == "feed"
        self.edit_action.setEnabled(is_feed)
        self.remove_action.setEnabled(is_feed)

    def _chosen_feed(self) -> Feed | None:
        kind, value = self._chosen()
        return self.feeds.get(int(value)) if kind == "feed" else None  # type: ignore[arg-type]

    def add_feed(self) -> FeedDialog:
        dialog = FeedDialog(self.services, self.news, None, self)
        dialog.accepted.connect(self._feed_added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _feed_added(self) -> None:
        self.reload()
        self.fetch_now()

    def edit_feed(self) -> FeedDialog | None:
        feed = self._chosen_feed()
        if feed is None:
            return None
        dialog = FeedDialog(self.services, self.news, feed, self)
        dialog.accepted.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_feed(self) -> None:
        feed = self._chosen_feed()
        if feed is None:
            return
        self._try(lambda: self.news.remove_feed(feed.id))
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.reload()

    # -- the items -------------------------------------------------------------------------------
    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _item_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        item = self.model.item(indexes[0]) if indexes else None
        self.reader.show_item(item)
        self.star_action.setText(_tr("Unstar") if item and item.is_starred else _tr("Star"))
        if (
            item is not None
            and not item.is_read
            and self._try(lambda: self.news.set_read([item.id]))
        ):
            self.model.mark(indexes[0].row(), read=True)
            self._count_read(item.feed_id)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == STAR_COLUMN:
            self.toggle_star(index.row())

    def toggle_star(self, row: int | None = None) -> None:
        row = self._current_row() if row is None else row
        item = self.model.row_at(row)
        if item is None:
            return
        if self._try(lambda: self.news.set_starred(item.id, not item.is_starred)):
            self.model.mark(row, starred=not item.is_starred)
            self.star_action.setText(_tr("Star") if item.is_starred else _tr("Unstar"))

    def open_item(self, index: QModelIndex | None = None) -> None:
        row = index.row() if isinstance(index, QModelIndex) else self._current_row()
        item = self.model.row_at(row)
        if item is not None and item.link:
            open_in_browser(item.link)

    def mark_all_read(self) -> None:
        if self._try(lambda: self.news.mark_all_read(self.model.query)):
            self.reload()

    def _count_read(self, feed_id: int) -> None:
        """One item fewer unread on its feed's row, without reading every feed again."""
        feed = self.feeds.get(feed_id)
        if feed is None:
            return
        self.feeds[feed_id] = feed = replace(feed, unread=max(0, feed.unread - 1))
        flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        for row in self.tree.findItems(feed.title, flags):
            if tuple(row.data(0, ROW_ROLE)) == ("feed", feed_id):
                row.setText(1, str(feed.unread) if feed.unread else "")

    # -- fetching ----------------------------------------------------------------------------
    def fetch_now(self) -> None:
        self.refresher.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.refresh_action.setEnabled(not busy)
        if busy:
            self.status.setText(_tr("Fetching the feeds…"))

    def _progress(self, done: int, total: int, _title: str) -> None:
        self.status.setText(_tr("Fetching the feeds… %1 of %2").replace("%1", str(done))
                            .replace("%2", str(total)))  # fmt: skip

    def _refreshed(self, outcomes: list[FetchOutcome]) -> None:
        self._set_busy(False)
        new = sum(o.new_items for o in outcomes)
        failed = sum(1 for o in outcomes if o.problem)
        text = QCoreApplication.translate("news", "%n new items", None, new)
        if failed:
            text += " · " + QCoreApplication.translate(
                "news", "%n feeds could not be read", None, failed
            )
        self.status.setText(text)
        self.reload()

    def _failed(self, sentence: str) -> None:
        self._set_busy(False)
        self.status.setText(sentence)

    def _keep_days(self) -> int:
        try:
            return self.news.keep_days()
        except DomainError:
            return 30

    def _keep_changed(self, days: int) -> None:
        self._try(lambda: self.news.set_keep_days(days))

    def _try(self, action: Callable[[], object]) -> bool:
        """Run a save; a problem goes to the status line in one sentence."""
        try:
            action()
        except DomainError as exc:
            self.status.setText(str(exc))
            return False
        return True
