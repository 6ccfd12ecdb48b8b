""" "File to record…": a message shown in the history of a record of any type; an
attachment kept as a document of a record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.mail.messages import AttachmentInfo, MessageDetail
from crm_desktop.services.records.types import Record
from crm_desktop.views.formatting import registry_text
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.mail.send_job import server_password
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.reference_edit import ReferenceEdit

if TYPE_CHECKING:
    from crm_desktop.services import Services

_tr = translator("mail")


class FileToRecordDialog(QDialog):
    """Choose a type and a record; OK files the message to it."""

    def __init__(self, services: Services, message_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.message_id = message_id
        self.setWindowTitle(_tr("File to record"))
        self.kind = QComboBox(self)
        for record_type in services.registry:
            self.kind.addItem(registry_text(record_type.label), record_type.key)
        self.form = QFormLayout(self)
        self.record = ReferenceEdit(services, str(self.kind.currentData()), self)
        self.problem = QLabel(self)
        show_as_error(self.problem)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.form.addRow(_tr("Type"), self.kind)
        self.form.addRow(_tr("Record"), self.record)
        self.form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.resize(460, self.sizeHint().height())

    def _kind_changed(self) -> None:
        replacement = ReferenceEdit(self.services, str(self.kind.currentData()), self)
        self.form.replaceWidget(self.record, replacement)
        self.record.deleteLater()
        self.record = replacement

    def choose_type(self, type_key: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(type_key))

    def chosen(self) -> tuple[str, int] | None:
        """The record chosen (type, id); None, and the user told so, without one."""
        record_id = self.record.value()
        if record_id is None:
            self.tell(_tr("Choose a record to file the message to."))
            return None
        return str(self.kind.currentData()), record_id

    def tell(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        try:
            self.services.mailbox().file(self.message_id, *chosen)
        except DomainError as exc:
            self.tell(str(exc))
            return
        super().accept()


class FileAttachmentDialog(FileToRecordDialog):
    """Choose an attachment, a type and a record; OK keeps the attachment as a document
    of the record, its bytes read from the mail server first when they are not kept."""

    #: the document made
    filed = Signal(object)

    def __init__(self, services: Services, message: MessageDetail, parent: QWidget) -> None:
        super().__init__(services, message.summary.id, parent)
        self.setWindowTitle(_tr("File attachment as a document"))
        self.attachment = QComboBox(self)
        for attachment in message.attachments:
            self.attachment.addItem(attachment.file_name or attachment.mime_type, attachment)
        self.form.insertRow(0, _tr("Attachment"), self.attachment)
        self.jobs = Jobs(self)
        self.job: Job | None = None
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        chosen = self.chosen()
        attachment: AttachmentInfo | None = self.attachment.currentData()
        if chosen is None or attachment is None or self.job is not None:
            return
        try:
            account = self.services.mail_account()
        except DomainError as exc:
            self.tell(str(exc))
            return
        server = account.incoming if account is not None else None
        password = None
        if not attachment.kept:
            answered, password = server_password(self, server)
            if not answered:
                return
        mailbox, documents = self.services.mailbox(), self.services.documents

        def work(_context: JobContext) -> Record:
            return mailbox.file_attachment(attachment.id, documents, *chosen, server, password)

        self.problem.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.job = self.jobs.run(work, self._filed, on_error=self._failed)

    def _filed(self, document: Record) -> None:
        self.job = None
        self.filed.emit(document)
        QDialog.accept(self)

    def _failed(self, text: str) -> None:
        self.job = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.tell(text)
