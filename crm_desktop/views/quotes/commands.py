"""Print, PDF and E-mail buttons on the form of a quote or sales order.

The program has no mail account of its own. "E-mail" does what a desktop user can rely on
everywhere: it saves the document's PDF (in the Documents folder, never over another file),
opens the computer's mail program on a new message to the customer (the contact's address,
else the organization's) with the document's number as the subject and a greeting of the
contact by the name as they write it, and says where the PDF
is: a ``mailto:`` link cannot carry an attachment, so the user attaches it there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, QUrl, QUrlQuery
from PySide6.QtGui import QAction, QDesktopServices, QIcon
from PySide6.QtWidgets import QMessageBox

from crm_desktop.errors import DomainError
from crm_desktop.views import icons
from crm_desktop.views.formatting import addressed_name
from crm_desktop.views.messages import open_message
from crm_desktop.views.quotes.print_render import (
    DOCUMENT_FORM,
    document_labels,
    file_name,
    unused_path,
)
from crm_desktop.views.quotes.printing import Printing

if TYPE_CHECKING:
    from crm_desktop.services.quotes.types import Document

#: our icon (resources/icons) for each theme icon the buttons name
_OWN_ICONS = {"document-print": "print", "document-save-as": "pdf", "mail-send": "email"}
#: a form property telling that the buttons are there already
_ADDED = "crm_document_commands"


class DocumentCommands(QObject):
    """The buttons of the document forms of one window (see :func:`install_document_commands`)."""

    def __init__(self, window: Any, printing: Printing) -> None:
        super().__init__(window)
        self.window = window
        self.printing = printing
        #: where "E-mail" saves the PDFs it sends
        self.outbox = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        #: the last message shown (tests read it)
        self.message_box: QMessageBox | None = None

    def attach(self) -> None:
        """Give the form on show its buttons, the first time a document form is shown."""
        shown = self.window.form_type_on_show()
        if shown is None or self.window.services.registry.get(shown).form != DOCUMENT_FORM:
            return  # (and a form still to be built is not built here: it comes on show)
        form = self.window.current_form()
        if form is None or form.record_type.form != DOCUMENT_FORM or form.property(_ADDED):
            return
        commands = (
            (self.tr("Print…"), "document-print", self.tr("Print this document"), self.print_form),
            (
                self.tr("PDF…"),
                "document-save-as",
                self.tr("Save this document as a PDF file"),
                self.save_pdf,
            ),
            (
                self.tr("E-mail…"),
                "mail-send",
                self.tr("Save the PDF and write to the customer in your mail program"),
                self.email,
            ),
        )
        for text, icon, tip, slot in commands:
            # the desktop's own icon where its theme has one; else ours (Windows, macOS)
            action = QAction(QIcon.fromTheme(icon, icons.icon(_OWN_ICONS[icon])), text, form)
            action.setObjectName(f"form_{icon}")
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, f=form, run=slot: run(f))
            form.add_action(action)
        form.setProperty(_ADDED, True)

    # -- the commands -----------------------------------------------------------------------------
    def print_form(self, form: Any) -> None:
        document = form.printable_document()
        if document is not None:
            self.printing.print_document(document)

    def save_pdf(self, form: Any) -> None:
        document = form.printable_document()
        if document is not None:
            self.printing.save_pdf_of(document)

    def email(self, form: Any) -> Path | None:
        """Save the PDF, open a new message to the customer; the PDF's path, or None."""
        document = form.printable_document()
        if document is None:
            return None
        try:
            self.outbox.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.tell(
                QMessageBox.Icon.Warning,
                self.tr("Cannot write in “%1”: %2.")
                .replace("%1", str(self.outbox))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        path = unused_path(self.outbox, file_name(document))
        if not self.printing.write_pdf(document, path):
            return None
        address = self.customer_address(document)
        url = QUrl(f"mailto:{address}")
        query = QUrlQuery()
        title = f"{document_labels()[document.record_type]} {document.number or ''}".strip()
        subject = str(document.values.get("subject") or "").strip()
        query.addQueryItem("subject", f"{title}: {subject}" if subject else title)
        body = self.tr("Please find attached our %1.").replace("%1", in_sentence(title))
        greeted = self.contact_name(document)
        if greeted:
            # "Kính gửi Ông Nguyễn Văn Đức,": the name as the contact writes it
            body = self.tr("Dear %1,").replace("%1", greeted) + "\n\n" + body
        query.addQueryItem("body", body)
        url.setQuery(query)
        opened = QDesktopServices.openUrl(url)
        if not opened:
            text = self.tr(
                "The PDF is saved as “%1”. No mail program could be opened: attach the file "
                "to a message in the program you write e-mail with."
            )
        elif address:
            text = self.tr(
                "The PDF is saved as “%1”. Your mail program opened a message to %2: attach "
                "the file to it (a link from another program cannot attach it)."
            ).replace("%2", address)
        else:
            text = self.tr(
                "The PDF is saved as “%1”. Your mail program opened a new message; neither "
                "the contact nor the organization has an e-mail address. Attach the file to it."
            )
        self.tell(QMessageBox.Icon.Information, text.replace("%1", str(path)), path)
        return path

    def customer_address(self, document: Document) -> str:
        """The contact's e-mail address, else the organization's ("" when neither has one)."""
        records = self.window.services.records
        for field, type_key in (("contact_id", "contacts"), ("organization_id", "organizations")):
            record_id = document.values.get(field)
            if not record_id:
                continue
            try:
                email = records.get(type_key, int(record_id)).values.get("email")
            except DomainError:
                continue  # deleted meanwhile: write to the next one
            if email:
                return str(email).strip()
        return ""

    def contact_name(self, document: Document) -> str:
        """The document's contact as a letter greets them: salutation and name in the
        contact's own order ("" without a contact, or one deleted meanwhile)."""
        contact_id = document.values.get("contact_id")
        if not contact_id:
            return ""
        try:
            contact = self.window.services.records.get("contacts", int(contact_id))
        except DomainError:
            return ""
        return addressed_name(self.window.services.registry.get("contacts"), contact.values)

    def tell(self, icon: QMessageBox.Icon, text: str, path: Path | None = None) -> None:
        """A message that does not stop the event loop; with ``path``, a button that shows
        the folder the PDF is in."""
        box = open_message(self.window, icon, self.tr("E-mail"), text)
        if path is not None:
            show = box.addButton(self.tr("Show the folder"), QMessageBox.ButtonRole.ActionRole)
            show.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            )
        self.message_box = box


def in_sentence(title: str) -> str:
    """ "quote QUO-00042" from "Quote QUO-00042", inside a sentence."""
    return title[:1].lower() + title[1:]


def install_document_commands(window: Any, printing: Printing) -> DocumentCommands:
    """Print, PDF and E-mail buttons on every quote and order form, the first time shown."""
    commands = DocumentCommands(window, printing)
    window.forms.currentChanged.connect(lambda *_: commands.attach())
    commands.attach()
    return commands
