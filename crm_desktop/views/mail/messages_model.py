"""Messages read a page at a time, newest first: a folder's, or those of one record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from crm_desktop.services.mail.messages import MessageSummary
from crm_desktop.views.formatting import format_datetime
from crm_desktop.views.paged_model import Index, PagedTableModel
from crm_desktop.views.qt_texts import translator

_tr = translator("mail")
DATE_COLUMN, FROM_COLUMN, SUBJECT_COLUMN = range(3)  # then the folder


class MessagesModel(PagedTableModel[MessageSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([_tr("Date"), _tr("From"), _tr("Subject"), _tr("Folder")], parent)
        self._counter: Callable[[], int] = lambda: 0
        self._reader: Callable[[int, int], list[MessageSummary]] = lambda _o, _l: []
        self._bold = QFont()
        self._bold.setBold(True)

    def show(
        self, count: Callable[[], int], page: Callable[[int, int], list[MessageSummary]]
    ) -> None:
        """Show the messages ``page(offset, limit)`` reads, ``count()`` of them."""
        self.beginResetModel()
        self._counter, self._reader = count, page
        self.reset_rows(count())
        self.endResetModel()

    def reload(self) -> None:
        self.show(self._counter, self._reader)

    def read_page(self, offset: int, limit: int) -> list[MessageSummary]:
        return self._reader(offset, limit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        message = self.row_at(index.row()) if index.isValid() else None
        if message is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE_COLUMN:
                return format_datetime(message.sent_at, QLocale())
            if column == FROM_COLUMN:
                return message.from_name or message.from_address
            if column == SUBJECT_COLUMN:
                return message.subject or _tr("(no subject)")
            return message.folder
        if role == Qt.ItemDataRole.DecorationRole and column == SUBJECT_COLUMN:
            if message.has_attachments:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == FROM_COLUMN:
            return message.from_address
        if role == Qt.ItemDataRole.FontRole and not message.is_read:
            return self._bold
        return None
