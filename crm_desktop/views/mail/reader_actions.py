"""What can be done with the message a reader shows: Reply, Reply all, Forward (each in a
compose window), File attachment… (a document of a record), and, when its sender is no
contact, lead or organization yet, Create lead / contact: the new form opens filled in
from the From name and address, and the message is filed to the record once it is
saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.exchange.csv.names import split_name
from crm_desktop.services.mail.messages import Draft, MessageDetail, SentMail
from crm_desktop.services.records.types import Record
from crm_desktop.views.mail import drafts
from crm_desktop.views.mail.compose import ComposeWindow
from crm_desktop.views.mail.file_dialog import FileAttachmentDialog
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.records.record_form import RecordForm

_tr = translator("mail")
#: the records a reply is written to, best first (their fields fill a template in)
_CUSTOMER_TYPES = ("contacts", "leads", "organizations")


def name_values(name: str, address: str) -> dict[str, str]:
    """A new contact's or lead's name and e-mail from a From header, the name split as
    an import splits it (Vietnamese family name first, "Family, Given", else given name
    first); without a name, the address's part before the @ is the last name."""
    split = split_name(name.replace('"', " "))
    return {
        "first_name": split.given,
        "last_name": split.family or address.partition("@")[0],
        "email": address,
    }


class ReaderActions(QObject):
    """The actions of a reader, added to a toolbar; ``current()`` is the message shown."""

    #: a new record of a type, filled in (the window opens its form)
    new_requested = Signal(str, dict)
    #: a message went out, or an attachment was filed: (what to tell the user)
    done = Signal(str)

    def __init__(
        self,
        services: Services,
        parent: QWidget,
        current: Callable[[], MessageDetail | None],
        *,
        form_of: Callable[[str], RecordForm | None] | None = None,
        offer_create: bool = True,
    ) -> None:
        super().__init__(parent)
        #: Create lead / contact is offered (not in a record's Mail tab: the form on
        #: show is that record's, and the new one could not be followed to its save)
        self.offer_create = offer_create
        self.services = services
        self.parent_widget = parent
        self.current = current
        #: the window's form of a type, to file the message to the record it saves
        self.form_of = form_of
        # Words, not icons, as the screen's other commands: three envelopes say nothing.
        self.reply_action = self._action(_tr("Reply"), lambda: self.reply())
        self.reply_all_action = self._action(_tr("Reply all"), lambda: self.reply(to_all=True))
        self.forward_action = self._action(_tr("Forward"), lambda: self.forward())
        self.file_attachment_action = self._action(
            _tr("File attachment…"), lambda: self.file_attachment()
        )
        self.create_menu = QMenu(parent)
        self.create_menu.addAction(_tr("Create lead"), lambda: self.create("leads"))
        self.create_menu.addAction(_tr("Create contact"), lambda: self.create("contacts"))
        self.create_action = QAction(_tr("Create lead / contact"), self)
        self.create_action.setToolTip(_tr("The sender is no contact, lead or organization yet"))
        self.create_action.setMenu(self.create_menu)
        self._watched: tuple[RecordForm, str, int] | None = None
        self.update(None)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_to(self, toolbar: QToolBar) -> None:
        for action in (self.reply_action, self.reply_all_action, self.forward_action):
            toolbar.addAction(action)
        toolbar.addAction(self.file_attachment_action)
        toolbar.addAction(self.create_action)
        button = toolbar.widgetForAction(self.create_action)
        if isinstance(button, QToolButton):  # the menu at once: the action does nothing
            button.setObjectName("mail_create_record")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def update(self, message: MessageDetail | None) -> None:
        """Enable what applies to ``message`` (None: none shown)."""
        for action in (self.reply_action, self.reply_all_action, self.forward_action):
            action.setEnabled(message is not None)
        self.file_attachment_action.setEnabled(bool(message and message.attachments))
        self.create_action.setVisible(
            self.offer_create and message is not None and self._sender_unknown(message)
        )

    def _own_address(self) -> str:
        try:
            account = self.services.mail_account()
        except DomainError:
            return ""
        return account.address if account is not None else ""

    def _sender_unknown(self, message: MessageDetail) -> bool:
        address = message.summary.from_address
        if not address or address.lower() == self._own_address().lower():
            return False
        try:
            return not self.services.mailbox().known_address(address)
        except DomainError:
            return False

    # -- writing ------------------------------------------------------------------------------
    def reply(self, *, to_all: bool = False) -> ComposeWindow | None:
        message = self.current()
        if message is None:
            return None
        draft = drafts.reply(message, self._own_address(), to_all=to_all)
        return self.compose(draft, _customer(message))

    def forward(self) -> ComposeWindow | None:
        message = self.current()
        return self.compose(drafts.forward(message), None) if message is not None else None

    def compose(self, draft: Draft, record: tuple[str, int] | None) -> ComposeWindow:
        window = ComposeWindow(self.services, draft, self.parent_widget.window(), record=record)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.sent.connect(self._sent)
        window.show()
        return window

    def _sent(self, sent: SentMail) -> None:
        if sent.not_kept is None:
            self.done.emit(_tr("The message was sent."))
        else:
            text = _tr("The message was sent, but it is not in your Sent folder: %1")
            self.done.emit(text.replace("%1", sent.not_kept))

    # -- attachments and records --------------------------------------------------------------
    def file_attachment(self) -> FileAttachmentDialog | None:
        message = self.current()
        if message is None or not message.attachments:
            return None
        dialog = FileAttachmentDialog(self.services, message, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filed.connect(self._filed)
        dialog.open()
        return dialog

    def _filed(self, document: Record) -> None:
        text = _tr("The attachment is kept as the document %1.")
        self.done.emit(text.replace("%1", document.number or str(document.values["title"])))

    def create(self, type_key: str) -> None:
        """A new lead or contact of the sender; the message is filed to it once saved."""
        message = self.current()
        if message is None:
            return
        summary = message.summary
        self.new_requested.emit(type_key, name_values(summary.from_name, summary.from_address))
        form = self.form_of(type_key) if self.form_of is not None else None
        if form is None or form.record_id() is not None:
            return  # the user kept the record they had unsaved changes in
        self._stop_watching()
        self._watched = (form, summary.from_address.lower(), summary.id)
        form.saved.connect(self._record_saved)

    def _record_saved(self, type_key: str, record_id: int) -> None:
        watched = self._watched
        self._stop_watching()
        if watched is None:
            return
        _form, address, message_id = watched
        try:
            record = self.services.records.get(type_key, record_id)
            addresses = {str(record.values.get(f) or "").strip().lower() for f in _EMAILS}
            if address in addresses:  # the record made from the message, not another one
                self.services.mailbox().file(message_id, type_key, record_id)
        except DomainError as exc:
            self.done.emit(str(exc))

    def _stop_watching(self) -> None:
        if self._watched is not None:
            self._watched[0].saved.disconnect(self._record_saved)
            self._watched = None


#: the fields a record's e-mail addresses are in
_EMAILS = ("email", "secondary_email")


def _customer(message: MessageDetail) -> tuple[str, int] | None:
    """The customer a reply is written to: a record of the message's addresses."""
    for type_key in _CUSTOMER_TYPES:
        for link in message.links:
            if link.record_type == type_key and link.how == "address":
                return link.record_type, link.record_id
    return None
