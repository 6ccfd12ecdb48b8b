"""The mail screen (Tools › Mail): the fetched folders of each mailbox, a folder's
messages paged from the database, the chosen message with what can be done with it
(reader_actions.py: Reply, Forward, File attachment…, Create lead / contact), "File to
record…", and "Fetch mail", which brings the new messages of the user's mailbox
(Settings › Mail) in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.mail import passwords
from crm_desktop.services.mail.messages import FolderOutcome, MessageDetail
from crm_desktop.views.bulk_messages.email_job import ask_password
from crm_desktop.views.jobs import Job
from crm_desktop.views.mail.file_dialog import FileToRecordDialog
from crm_desktop.views.mail.messages_model import SUBJECT_COLUMN, MessagesModel
from crm_desktop.views.mail.reader import MessageReader
from crm_desktop.views.mail.reader_actions import ReaderActions
from crm_desktop.views.mail.refresher import MailRefresher
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.records.record_form import RecordForm

_tr = translator("mail")
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1


class MailScreen(QWidget):
    #: a new record, filled in (the window starts it in its form): Create lead / contact
    new_requested = Signal(str, dict)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        refresher: MailRefresher | None = None,
        form_of: Callable[[str], RecordForm | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mail_screen")
        self.services = services
        self.mailbox = services.mailbox()
        self.folders = QTreeWidget(self)
        self.folders.setObjectName("mail_folders")
        self.folders.setHeaderLabels([_tr("Folder"), _tr("Messages")])
        self.folders.currentItemChanged.connect(lambda *_: self._show_folder())
        self.model = MessagesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mail_messages")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(
            SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.reader = MessageReader(self)
        self.toolbar = QToolBar(self)
        #: the window's fetch; a screen on its own fetches only when asked
        self._own_refresher = refresher is None
        self.refresher = refresher if refresher is not None else MailRefresher(services, self)
        if self._own_refresher:
            self.refresher.timer.stop()
        self.refresher.started.connect(self._started)
        self.refresher.progress.connect(self._progress)
        self.refresher.ended.connect(self._fetched)
        self.refresher.failed.connect(self._fetch_failed)
        self.fetch_action = QAction(_tr("Fetch mail"), self)
        self.fetch_action.setObjectName("fetch_mail_action")
        self.fetch_action.triggered.connect(lambda _checked=False: self.fetch())
        self.toolbar.addAction(self.fetch_action)
        self.cancel_action = QAction(_tr("Stop"), self)
        self.cancel_action.setVisible(False)
        self.cancel_action.triggered.connect(lambda _checked=False: self.cancel_fetch())
        self.toolbar.addAction(self.cancel_action)
        self.file_action = QAction(_tr("File to record…"), self)
        self.file_action.setEnabled(False)
        self.file_action.triggered.connect(lambda _checked=False: self.file_to_record())
        self.toolbar.addAction(self.file_action)
        #: the message the reader shows
        self.detail: MessageDetail | None = None
        self.reader_actions = ReaderActions(services, self, lambda: self.detail, form_of=form_of)
        self.reader_actions.add_to(self.toolbar)
        self.reader_actions.new_requested.connect(self.new_requested)
        self.reader_actions.done.connect(self._done)
        self.status = QLabel(self)
        self.status.setObjectName("mail_status")
        self.toolbar.addWidget(self.status)
        self.empty = QLabel(
            _tr("No mail fetched yet: Fetch mail brings the new messages of your mailbox."),
            self,
        )
        self.empty.setWordWrap(True)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.table)
        right.addWidget(self.reader)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.folders)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the folders again, keeping the one chosen."""
        current = self.folders.currentItem()
        chosen = current.data(0, FOLDER_ROLE) if current is not None else None
        try:
            folders = self.mailbox.folders()
        except DomainError as exc:
            self.empty.setText(str(exc))
            return
        self.folders.blockSignals(True)
        self.folders.clear()
        accounts: dict[str, QTreeWidgetItem] = {}
        first: QTreeWidgetItem | None = None
        for folder in folders:
            if folder.account not in accounts:
                accounts[folder.account] = QTreeWidgetItem(self.folders, [folder.account])
            row = QTreeWidgetItem(accounts[folder.account], [folder.name, str(folder.messages)])
            row.setData(0, FOLDER_ROLE, folder.id)
            if first is None or folder.id == chosen:
                first = row
        self.folders.expandAll()
        self.folders.resizeColumnToContents(0)
        self.folders.blockSignals(False)
        self.empty.setVisible(not folders)
        if first is not None:
            self.folders.setCurrentItem(first)
        self._show_folder()

    def _show_folder(self) -> None:
        item = self.folders.currentItem()
        folder_id = item.data(0, FOLDER_ROLE) if item is not None else None
        if folder_id is None:
            self.model.show(lambda: 0, lambda _o, _l: [])
        else:
            self.model.show(
                lambda: self.mailbox.count(folder_id),
                lambda offset, limit: self.mailbox.messages(folder_id, offset, limit),
            )
        self._chosen(QItemSelection(), QItemSelection())

    def _current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        summary = self.model.row_at(rows[0].row()) if rows else None
        return summary.id if summary is not None else None

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        message_id = self._current_id()
        self.file_action.setEnabled(message_id is not None)
        self.detail = None
        try:
            detail = self.mailbox.message(message_id) if message_id is not None else None
            if detail is not None and not detail.summary.is_read:
                self.mailbox.set_read(detail.summary.id)
        except DomainError as exc:
            self.reader.body.setPlainText(str(exc))
            return
        self.detail = detail
        self.reader_actions.update(detail)
        self.reader.show_message(detail)

    def _done(self, text: str) -> None:
        """A message sent, an attachment filed: told, and the folders' counts read again."""
        self.status.setText(text)
        self.reload()

    def file_to_record(self) -> FileToRecordDialog | None:
        message_id = self._current_id()
        if message_id is None:
            return None
        dialog = FileToRecordDialog(self.services, message_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- fetching ----------------------------------------------------------------------------
    def fetch(self) -> Job | None:
        """Fetch the new messages of the user's mailbox in the background; None (and the
        user told why) without an incoming server, or when the password is not given."""
        if self.refresher.job is not None:
            return self.refresher.job
        try:
            server = self.refresher.server()
        except DomainError as exc:
            self.status.setText(str(exc))
            return None
        if server is None:
            QMessageBox.information(
                self,
                _tr("Fetch mail"),
                _tr(
                    "Set up your incoming mail server first: "
                    "Settings › Mail (or Tools › Mail account)."
                ),
            )
            return None
        password = passwords.password_for(server) or ask_password(self, server)
        if password is None:
            return None
        return self.refresher.fetch(server, password)

    def _started(self) -> None:
        self.fetch_action.setEnabled(False)
        self.cancel_action.setVisible(True)
        self.status.setText(_tr("Fetching mail…"))

    def _progress(self, done: int, total: int, folder: str) -> None:
        text = _tr("Fetching %1… %2 of %3")
        self.status.setText(
            text.replace("%1", folder).replace("%2", str(done)).replace("%3", str(total))
        )

    def cancel_fetch(self) -> None:
        self.refresher.cancel()

    def _idle(self) -> None:
        self.fetch_action.setEnabled(True)
        self.cancel_action.setVisible(False)

    def _fetched(self, outcomes: list[FolderOutcome]) -> None:
        self._idle()
        new = sum(o.new_messages for o in outcomes)
        parts = [QCoreApplication.translate("mail", "%n new message(s)", None, new)]
        parts += [f"{o.folder}: {o.problem}" for o in outcomes if o.problem]
        self.status.setText(" · ".join(parts))
        self.reload()

    def _fetch_failed(self, sentence: str) -> None:
        self._idle()
        self.status.setText(sentence)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._own_refresher:
            self.refresher.shutdown()
        super().closeEvent(event)
