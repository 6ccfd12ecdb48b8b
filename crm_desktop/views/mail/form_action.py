""" "New mail" on a contact's, lead's or organization's form: a compose window to the
record's address, its templates filled in for the record, its Documents at hand; once
sent, the message is in the form's Mail tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from crm_desktop.errors import DomainError
from crm_desktop.exchange.mail.outgoing import joined
from crm_desktop.services.mail.messages import Draft, SentMail
from crm_desktop.views import icons
from crm_desktop.views.mail.compose import ComposeWindow
from crm_desktop.views.mail.record_page import RecordMailPage
from crm_desktop.views.messages import open_message
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.records.record_form import RecordForm
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("mail")
#: the types whose forms have "New mail"
MAIL_TYPES = ("contacts", "leads", "organizations")
#: a form property telling that the action is there already
_ADDED = "crm_new_mail_action"


def new_mail(form: RecordForm) -> ComposeWindow | None:
    """A compose window to the form's record (saved first if it is new)."""
    if (form.record_id() is None or form.is_dirty()) and not form.save():
        return None
    record_id = form.record_id()
    if record_id is None:
        return None
    services = form.services
    type_key = form.record_type.key
    try:
        recipient = services.messages().recipients.of_record(type_key, record_id)
    except DomainError as exc:
        QMessageBox.warning(form, _tr("New mail"), str(exc))
        return None
    to = joined([(recipient.name, recipient.address)]) if recipient and recipient.address else ""
    window = ComposeWindow(
        services, Draft(to, "", "", ""), form.window(), record=(type_key, record_id)
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.sent.connect(lambda sent: _sent(form, sent))
    window.show()
    return window


def _sent(form: RecordForm, sent: SentMail) -> None:
    """The form's Mail tab shows the message at once; a message not kept is told."""
    for page in form.related.pages if form.related is not None else ():
        if isinstance(page, RecordMailPage):
            page.refresh()
    if sent.not_kept is not None:
        text = _tr("The message was sent, but it is not in your Sent folder: %1")
        open_message(
            form, QMessageBox.Icon.Information, _tr("New mail"), text.replace("%1", sent.not_kept)
        )


def _attach(window: MainWindow) -> None:
    # The form on show, if built: one still to be built (before the window's first
    # paint) is not built here; it gets the action when it comes on show.
    if window.form_type_on_show() not in MAIL_TYPES:
        return
    if window.forms.currentWidget() is window.form_placeholder:
        return
    form = window.current_form()
    if form is None or form.property(_ADDED):
        return
    action = QAction(icons.icon("email"), _tr("New mail"), form)
    action.setToolTip(_tr("Write an e-mail to this record"))
    action.triggered.connect(lambda _checked=False: new_mail(form))
    form.add_action(action)
    form.setProperty(_ADDED, True)


def install_new_mail(window: MainWindow) -> None:
    """Give contact, lead and organization forms "New mail", the first time each is shown."""
    window.forms.currentChanged.connect(lambda *_: _attach(window))
    _attach(window)
