"""Writing one message: To, Cc, Subject, the text, a template whose merge fields are
filled in for the customer it is written to, attachments from the disk or from the
record's Documents. Send hands it to send_job.py; until it went the window stays open
with everything as written, and says in one sentence what stopped it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.services.mail.messages import Draft, DraftAttachment, SentMail
from crm_desktop.views.bulk_messages.documents_picker import DocumentsPicker, pick_documents
from crm_desktop.views.bulk_messages.message_dialog import locale_text
from crm_desktop.views.mail.send_job import SendJob
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.messages.types import Template

_tr = translator("mail")
#: the services' sentences, marked N_ there
service_text = translator("validation")
_ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class ComposeWindow(QDialog):
    """A message being written (not modal: the window behind stays usable)."""

    #: the message went (and is stored): its row
    sent = Signal(object)

    def __init__(
        self,
        services: Services,
        draft: Draft,
        parent: QWidget | None = None,
        *,
        record: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mail_compose")
        self.setWindowTitle(_tr("New mail") if not draft.subject else draft.subject)
        self.services = services
        self.draft = draft
        #: the customer it is written to: templates are filled in for them
        self.record = record
        self.sender = SendJob(services, self)
        self.to = QLineEdit(draft.to, self)
        self.to.setPlaceholderText(_tr("Name <name@example.com>; other@example.com"))
        self.cc = QLineEdit(draft.cc, self)
        self.subject = QLineEdit(draft.subject, self)
        self.template = QComboBox(self)
        self.body = QPlainTextEdit(draft.body, self)
        self.attachments = QListWidget(self)
        self.attachments.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        for attachment in draft.attachments:
            self._add_attachment(attachment)
        self.attach_button = QPushButton(_tr("Attach files…"), self)
        self.attach_button.clicked.connect(self.attach_files)
        self.documents_button = QPushButton(_tr("From Documents…"), self)
        self.documents_button.clicked.connect(self.attach_documents)
        self.remove_button = QPushButton(_tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove_attachments)
        self.problem = QLabel(self)
        self.problem.setObjectName("compose_problem")
        self.problem.setWordWrap(True)
        show_as_error(self.problem)
        self.problem.hide()
        self.send_button = QPushButton(_tr("Send"), self)
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        close = QPushButton(_tr("Close"), self)
        close.clicked.connect(self.close)

        form = QFormLayout()
        form.addRow(_tr("To:"), self.to)
        form.addRow(_tr("Cc:"), self.cc)
        form.addRow(_tr("Subject:"), self.subject)
        form.addRow(_tr("Template:"), self.template)
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1)
        file_buttons = QVBoxLayout()
        for button in (self.attach_button, self.documents_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files.addLayout(file_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addStretch(0)  # the space the sentence takes when there is one
        buttons.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(QLabel(_tr("Attachments:"), self))
        layout.addLayout(files)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self._fill_templates()
        # A reply starts in its text; a new message or a forward with whom it goes to.
        (self.body if draft.to else self.to).setFocus()

    # -- templates ----------------------------------------------------------------------------
    def _fill_templates(self) -> None:
        self.template.addItem(_tr("(none)"), None)
        self._templates: list[Template] = []
        if self.record is None:
            self.template.setEnabled(False)
            self.template.setToolTip(
                _tr("Templates fill in a customer's fields: write from their form.")
            )
            return
        try:
            self._templates = self.services.messages().log.templates()
        except DomainError as exc:
            self.template.setToolTip(str(exc))
        for index, template in enumerate(self._templates):
            title = template.subject or template.body.strip().split("\n", 1)[0]
            self.template.addItem(title[:80], index)
        self.template.setEnabled(bool(self._templates))
        self.template.currentIndexChanged.connect(self._template_chosen)

    def _template_chosen(self) -> None:
        index = self.template.currentData()
        if index is None or self.record is None:
            self.subject.setText(self.draft.subject)
            self.body.setPlainText(self.draft.body)
            return
        messages = self.services.messages()
        try:
            recipient = messages.recipients.of_record(*self.record)
        except DomainError as exc:
            self.tell(str(exc))
            return
        if recipient is None:
            self.tell(_tr("The record is no longer there to fill the template in for."))
            return
        personalised = messages.personalise(recipient, self._templates[index], locale_text)
        if not self.draft.subject:
            self.subject.setText(personalised.subject)
        self.body.setPlainText(personalised.body.rstrip() + "\n" + self.draft.body)

    # -- attachments --------------------------------------------------------------------------
    def _add_attachment(self, attachment: DraftAttachment) -> None:
        item = QListWidgetItem(attachment.name, self.attachments)
        item.setData(_ATTACHMENT_ROLE, attachment)
        if attachment.path is not None:
            item.setToolTip(str(attachment.path))

    def attach_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, _tr("Attach files"))
        for path in paths:
            self._add_attachment(DraftAttachment(Path(path).name, path=Path(path)))

    def attach_documents(self) -> DocumentsPicker:
        return pick_documents(
            self.services,
            self,
            lambda path: self._add_attachment(DraftAttachment(path.name, path=path)),
            lambda exc: self.tell(str(exc)),
            related=self.record,
        )

    def _remove_attachments(self) -> None:
        for item in self.attachments.selectedItems():
            self.attachments.takeItem(self.attachments.row(item))

    # -- sending ------------------------------------------------------------------------------
    def written(self) -> Draft:
        """The message as it stands in the window."""
        attachments = tuple(
            self.attachments.item(row).data(_ATTACHMENT_ROLE)
            for row in range(self.attachments.count())
        )
        return replace(
            self.draft,
            to=self.to.text(),
            cc=self.cc.text(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            attachments=attachments,
            records=(self.record,) if self.record is not None else (),
        )

    def send(self) -> None:
        draft = self.written()
        try:
            self.services.outbox().check(draft)
        except ValidationError as exc:
            self.tell(" ".join(service_text(text) for text in exc.errors.values()))
            return
        except DomainError as exc:
            self.tell(str(exc))
            return
        self.problem.hide()
        if self.sender.send(draft, self._sent, self._failed) is not None:
            self._sending(True)

    def _sending(self, sending: bool) -> None:
        for widget in (self.to, self.cc, self.subject, self.body):
            widget.setReadOnly(sending)
        for button in (
            self.send_button,
            self.attach_button,
            self.documents_button,
            self.remove_button,
        ):
            button.setEnabled(not sending)
        self.template.setEnabled(not sending and bool(self._templates))
        self.send_button.setText(_tr("Sending…") if sending else _tr("Send"))

    def _sent(self, sent: SentMail) -> None:
        self._sending(False)
        self.sent.emit(sent)
        self.close()

    def _failed(self, text: str) -> None:
        self._sending(False)
        self.tell(text)

    def tell(self, text: str) -> None:
        """One sentence about what stopped the message, above the buttons."""
        self.problem.setText(text)
        self.problem.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sender.jobs.shutdown()
        super().closeEvent(event)
