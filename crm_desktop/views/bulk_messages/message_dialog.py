"""Marketing › New message: recipients from a saved filter or a campaign's members, a
template with merge fields, attachments, an unsubscribe line; a preview per recipient
(those left out say why); a test send to oneself; then e-mail sent in the background
(email_job.py) or the chat apps walked one recipient at a time (chat_walk.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.messages.types import (
    CHANNEL_NAMES,
    Audience,
    Channel,
    Personalised,
    Template,
)
from crm_desktop.views import formatting
from crm_desktop.views.bulk_messages.chat_walk import ChatWalk
from crm_desktop.views.bulk_messages.documents_picker import DocumentsPicker, pick_documents
from crm_desktop.views.bulk_messages.email_job import EmailJob
from crm_desktop.views.campaigns.segment_dialog import SegmentPicker
from crm_desktop.views.messages import open_message
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services

_tr = translator("messages")
#: the services' words (channels, why a recipient was left out), marked N_ there
service_text = translator("validation")
#: merge fields every recipient has, offered first
COMMON_FIELDS = ("first_name", "last_name", "name", "organization", "owner", "email")
PREVIEWED = 200


def locale_text(spec: FieldSpec, value: Any) -> str:
    """A merge field's value as the user's language writes it (choices translated)."""
    if spec.kind is Kind.BOOL:
        return _tr("Yes") if value else _tr("No")
    return formatting.display_text(spec, value, locale=QLocale())


class MessageDialog(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        campaign: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("New message"))
        self.services = services
        self.campaign = campaign
        self.messages = services.messages(QLocale().name().partition("_")[2] or "VN")
        self.previews: list[Personalised] = []
        self.job: EmailJob | None = None

        self.picker: SegmentPicker | None = None
        if campaign is None:
            self.picker = SegmentPicker(services, self)
            self.picker.changed.connect(self.refresh_preview)
            recipients: QWidget = self.picker
        else:
            recipients = QLabel(_tr("The members of the campaign “%1”").replace("%1", campaign[1]))
        self.channel = QComboBox(self)
        for channel, name in CHANNEL_NAMES.items():
            self.channel.addItem(service_text(name), channel)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(_tr("Hello {first_name}, …"))
        self.insert_button = QToolButton(self)
        self.insert_button.setText(_tr("Insert field"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setMenu(QMenu(self.insert_button))
        self.attachments = QListWidget(self)
        self.attachments.setMaximumHeight(self.fontMetrics().height() * 3 + 8)
        self.attach_button = QPushButton(_tr("Attach files…"), self)
        self.attach_button.clicked.connect(self._attach)
        self.documents_button = QPushButton(_tr("From Documents…"), self)
        self.documents_button.clicked.connect(self._attach_documents)
        self.detach_button = QPushButton(_tr("Remove"), self)
        self.detach_button.clicked.connect(
            lambda: [
                self.attachments.takeItem(self.attachments.row(i))
                for i in self.attachments.selectedItems()
            ]
        )
        self.unsubscribe_box = QCheckBox(_tr("Add a line to stop receiving messages:"), self)
        self.unsubscribe = QLineEdit(
            _tr("To receive no more messages from us, reply “unsubscribe”."), self
        )
        self.unsubscribe_box.setChecked(True)

        self.preview_combo = QComboBox(self)
        self.preview_combo.currentIndexChanged.connect(self._show_preview)
        self.preview_button = QPushButton(_tr("Preview"), self)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.count_label = QLabel(self)

        self.test_button = QPushButton(_tr("Send a test to me"), self)
        self.test_button.clicked.connect(self.test_send)
        self.send_button = QPushButton(_tr("Send…"), self)
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        close = QPushButton(_tr("Close"), self)
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(_tr("To:"), recipients)
        form.addRow(_tr("Send by:"), self.channel)
        form.addRow(_tr("Subject:"), self.subject)
        body_row = QVBoxLayout()
        body_row.addWidget(self.body)
        body_row.addWidget(self.insert_button)
        form.addRow(_tr("Message:"), body_row)
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1, Qt.AlignmentFlag.AlignTop)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.documents_button)
        file_buttons.addWidget(self.detach_button)
        files.addLayout(file_buttons)
        form.addRow(_tr("Attachments:"), files)
        form.addRow(self.unsubscribe_box, self.unsubscribe)
        preview_bar = QHBoxLayout()
        preview_bar.addWidget(self.preview_combo, 1)
        preview_bar.addWidget(self.preview_button)
        form.addRow(_tr("Preview for:"), preview_bar)
        form.addRow("", self.preview)
        form.addRow("", self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(760, 760)
        self._fill_fields()
        self._channel_changed()

    # -- what the user wrote ----------------------------------------------------------------------
    def channel_chosen(self) -> Channel:
        return Channel(self.channel.currentData())

    def audience(self) -> Audience:
        if self.campaign is not None:
            return Audience(campaign_id=self.campaign[0], name=self.campaign[1])
        assert self.picker is not None  # no campaign: the picker chooses
        segment = self.picker.segment()
        return Audience(segment=segment, name=segment.name)

    def template(self) -> Template:
        paths = tuple(
            Path(self.attachments.item(i).text()) for i in range(self.attachments.count())
        )
        email = self.channel_chosen() is Channel.EMAIL
        return Template(
            self.subject.text().strip(),
            self.body.toPlainText(),
            paths if email else (),
            self.unsubscribe.text() if self.unsubscribe_box.isChecked() else "",
        )

    # -- preview ----------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self._fill_fields()
        try:
            audience = self.audience()
            total = self.messages.recipients.count(audience)
            self.previews = self.messages.preview(
                audience, self.channel_chosen(), self.template(), PREVIEWED, locale_text
            )
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self.preview_combo.blockSignals(True)
        self.preview_combo.clear()
        for personalised in self.previews:
            recipient = personalised.recipient
            mark = "" if recipient.left_out is None else " — " + _tr("left out")
            self.preview_combo.addItem(f"{recipient.name}{mark}")
        self.preview_combo.blockSignals(False)
        self.count_label.setText(_tr("%1 recipients").replace("%1", str(total)))
        self._show_preview()

    def _show_preview(self) -> None:
        index = self.preview_combo.currentIndex()
        if not 0 <= index < len(self.previews):
            self.preview.clear()
            return
        personalised = self.previews[index]
        recipient = personalised.recipient
        lines = [_tr("To: %1 <%2>").replace("%1", recipient.name).replace("%2", recipient.address)]
        if recipient.left_out is not None:
            lines.append(_tr("Left out: %1").replace("%1", service_text(recipient.left_out)))
        if self.channel_chosen() is Channel.EMAIL:
            lines.append(_tr("Subject: %1").replace("%1", personalised.subject))
        self.preview.setPlainText("\n".join(lines) + "\n\n" + personalised.body)

    # -- sending ----------------------------------------------------------------------------------
    def test_send(self) -> None:
        started = EmailJob.for_dialog(self)
        if started is not None:
            started.test(self.audience(), self.template(), locale_text)

    def send(self) -> None:
        try:
            self.messages.check(self.audience(), self.template())
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        channel = self.channel_chosen()
        if channel is not Channel.EMAIL:
            walk = ChatWalk(
                self.messages, self.audience(), channel, self.template(), locale_text, self
            )
            walk.start()
            return
        self.job = EmailJob.for_dialog(self)
        if self.job is not None:
            self.job.send(self.audience(), self.template(), locale_text)

    def tell(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        return open_message(self, icon, self.windowTitle(), text)

    # -- helpers ----------------------------------------------------------------------------------
    def _channel_changed(self) -> None:
        email = self.channel_chosen() is Channel.EMAIL
        for widget in (
            self.subject,
            self.attachments,
            self.attach_button,
            self.documents_button,
            self.detach_button,
        ):
            widget.setEnabled(email)
        self.test_button.setEnabled(email)
        self.send_button.setText(_tr("Send…") if email else _tr("Start…"))
        self.refresh_preview()

    def _fill_fields(self) -> None:
        """The merge fields of the recipients' types in the Insert menu."""
        menu = self.insert_button.menu()
        menu.clear()
        types = [
            self.services.registry.get(t) for t in self.messages.recipients.types(self.audience())
        ]
        names = list(COMMON_FIELDS)
        for record_type in types:
            names += [f.name for f in record_type.fields if f.name not in names]
        for name in names:
            spec = next((t.field(name) for t in types if t.has_field(name)), None)
            label = formatting.field_label(spec) if spec else _alias_label(name)
            menu.addAction(
                f"{label}  {{{name}}}", lambda n=name: self.body.insertPlainText(f"{{{n}}}")
            )

    def _attach(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, _tr("Attach files"))
        for path in paths:
            self.attachments.addItem(path)

    def _attach_documents(self) -> DocumentsPicker:
        return pick_documents(
            self.services,
            self,
            lambda path: self.attachments.addItem(str(path)),
            lambda exc: show_domain_error(self, exc),
        )


def _alias_label(name: str) -> str:
    return {
        "name": _tr("Whole name"),
        "organization": _tr("Organization or company"),
        "owner": _tr("Assigned to (name)"),
    }.get(name, name)
