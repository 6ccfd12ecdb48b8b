"""The search box in the toolbar (Ctrl+K): any record of any type, as you type.

The search runs on a worker thread once typing pauses, so a keystroke never waits for the
database; a search for text typed over since is stopped in the database, its answer
dropped. Results drop down under the box,
grouped by record type; arrow keys move through them, Enter or a click opens the record.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QSizePolicy, QWidget

from crm_desktop.services.records.query_stop import QueryStop
from crm_desktop.views import formatting, icons
from crm_desktop.views.jobs import Jobs

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import SearchHit
    from crm_desktop.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)

#: how long typing must pause before the search runs (ms)
TYPING_PAUSE_MS = 250
#: data roles of the result items
TYPE_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: what the completer writes into the box while an item is highlighted: the typed text
TYPED_ROLE = Qt.ItemDataRole.UserRole + 2


class GlobalSearchBox(QLineEdit):
    """Emits :attr:`open_record` for the hit the user picks."""

    open_record = Signal(str, int)
    #: a search finished and its hits are on show (tests wait for it)
    searched = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("global_search")
        self.services = services
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search every record"))
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(TYPED_ROLE)
        self.completer_.setMaxVisibleItems(16)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.completer_.highlighted[QModelIndex].connect(self._highlighted)
        self._last_row = -1
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self._return_pressed)
        self._generation = 0
        self._stop = QueryStop()  # of the search under way
        self.jobs = Jobs(self)
        self.hits: list[SearchHit] = []

    def search_now(self) -> None:
        """Search for the box's text now (on a worker thread)."""
        self.timer.stop()
        self._generation += 1
        self._stop.stop()  # the search before, if still under way: its answer is dropped
        text = self.text().strip()
        if not text:
            self._show([])
            return
        generation, search = self._generation, self.services.search.search
        stop = self._stop = QueryStop()
        self.jobs.run(
            lambda _context: search(text, stop=stop),
            lambda hits: self._found(generation, hits),
            # busy, damaged: said in the box's tooltip
            on_error=lambda problem: self._found(generation, problem),
        )

    def _found(self, generation: int, result: list[SearchHit] | str) -> None:
        if generation != self._generation:
            return  # the user typed on; a newer search is coming
        if isinstance(result, str):
            self.setToolTip(result)
            self._show([])
            return
        self.setToolTip("")
        self._show(result)

    def _show(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        self._last_row = -1
        self.results.clear()
        typed = self.text()
        if hits:
            heading_font = QFont(self.font())
            heading_font.setBold(True)
        current = None
        for hit in hits:
            record_type = self.services.registry.get(hit.record_type)
            if hit.record_type != current:
                current = hit.record_type
                heading = QStandardItem(formatting.registry_text(record_type.label))
                heading.setFont(heading_font)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: keys skip it
                heading.setData(typed, TYPED_ROLE)
                self.results.appendRow(heading)
            text = f"{hit.title} — {hit.detail}" if hit.detail else hit.title
            item = QStandardItem(icons.icon(record_type.icon), text)
            item.setData(hit.record_type, TYPE_ROLE)
            item.setData(hit.id, ID_ROLE)
            item.setData(typed, TYPED_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.results.appendRow(item)
        if not hits and typed.strip():
            none = QStandardItem(self.tr("Nothing found"))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            none.setData(typed, TYPED_ROLE)
            self.results.appendRow(none)
        if self.results.rowCount() and self.hasFocus():
            # Wider than the box (a name and its organization), and to its left when the
            # box sits at the window's right edge.
            popup = self.completer_.popup()
            width = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
            width = max(self.width(), min(width + 24, 640))
            left = min(
                0, self.window().width() - self.mapTo(self.window(), QPoint(0, 0)).x() - width
            )
            self.completer_.complete(QRect(left, 0, width, self.height()))
        else:
            self.completer_.popup().hide()
        self.searched.emit()

    def _highlighted(self, index: QModelIndex) -> None:
        """Arrow keys step over the type headings (the completer's popup would stop there)."""
        row = index.row()
        if index.flags() & Qt.ItemFlag.ItemIsSelectable:
            self._last_row = row
            return
        step = 1 if row >= self._last_row else -1
        rows = self.results.rowCount()
        for candidate in (*range(row + step, rows if step > 0 else -1, step),):
            if self.results.item(candidate).flags() & Qt.ItemFlag.ItemIsSelectable:
                self._last_row = candidate
                popup = self.completer_.popup()
                popup.setCurrentIndex(popup.model().index(candidate, 0))
                return

    def _activated(self, index: QModelIndex) -> None:
        type_key, record_id = index.data(TYPE_ROLE), index.data(ID_ROLE)
        if type_key and record_id is not None:
            self.completer_.popup().hide()
            self.open_record.emit(str(type_key), int(record_id))

    def _return_pressed(self) -> None:
        """Enter without choosing: search now, or open the only hit there is."""
        if self.timer.isActive() or not self.hits:
            self.search_now()
        elif len(self.hits) == 1:
            self.completer_.popup().hide()
            self.open_record.emit(self.hits[0].record_type, self.hits[0].id)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()


def install_global_search(window: MainWindow) -> GlobalSearchBox:
    """The search box at the right end of the main toolbar, and Ctrl+K."""
    box = GlobalSearchBox(window.services, window)
    box.open_record.connect(window.open_record)
    toolbar = window.findChild(QObject, "main_toolbar")
    spacer = QWidget(window)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)  # type: ignore[union-attr]
    toolbar.addWidget(box)  # type: ignore[union-attr]
    action = QAction(QCoreApplication.translate("GlobalSearchBox", "Search everything"), window)
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(box.focus)
    window.view_menu.addAction(action)
    return box
