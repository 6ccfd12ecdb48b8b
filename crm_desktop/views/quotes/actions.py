"""Quotes from elsewhere in the window: "Create quote" on an opportunity's form."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from crm_desktop.errors import DomainError
from crm_desktop.views import icons
from crm_desktop.views.qt_texts import translator

#: a form property telling that the action is there already
_ADDED = "crm_create_quote"


_tr = translator("quote_actions")


def create_quote(window: Any, form: Any) -> int | None:
    """Save the opportunity if it has pending edits, make its quote (one line carrying
    its amount, its organization's addresses) and open it; the quote's id or None."""
    if (form.record_id() is None or form.is_dirty()) and not form.save():
        return None
    opportunity_id = form.record_id()
    if opportunity_id is None:
        return None
    try:
        quote = window.services.quotes.create_from_opportunity(opportunity_id)
    except DomainError as exc:
        QMessageBox.warning(form, _tr("Create quote"), str(exc))
        return None
    window.open_record("quotes", quote.id)
    return int(quote.id)


def _attach(window: Any) -> None:
    if window.form_type_on_show() != "opportunities":
        return  # (and a form still to be built is not built here: it comes on show)
    form = window.current_form()
    if form is None or form.record_type.key != "opportunities" or form.property(_ADDED):
        return
    action = QAction(icons.icon("quote"), _tr("Create quote"), form)
    action.setToolTip(_tr("A quote for this opportunity, with its amount as the first line"))
    action.triggered.connect(lambda: create_quote(window, form))
    form.add_action(action)
    form.setProperty(_ADDED, True)


def install_create_quote(window: Any) -> None:
    """Give every opportunity form a "Create quote" button, the first time it is shown."""
    window.forms.currentChanged.connect(lambda *_: _attach(window))
    _attach(window)
