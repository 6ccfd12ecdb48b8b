"""Documents and projects from elsewhere in the window: "Keep PDF" on a quote's or sales
order's form (its PDF kept as a document on it), "Create project" on an opportunity's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from crm_desktop.errors import DomainError
from crm_desktop.registry.picklists import CLOSED_WON
from crm_desktop.views import formatting, icons
from crm_desktop.views.messages import open_message
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.quotes.print_render import (
    DOCUMENT_FORM,
    document_labels,
    document_pdf,
    file_name,
)

#: a form property telling that the actions are there already
_ADDED = "crm_document_actions"

_tr = translator("document_actions")


def keep_pdf(window: Any, form: Any) -> int | None:
    """Keep the quote's (or order's) PDF as a document on it; the document's id or None."""
    document = form.printable_document()
    record_id = form.record_id()
    if document is None or record_id is None:
        return None
    services = window.services
    try:
        pdf = document_pdf(services, document, document_labels(), formatting.document_format())
        kept = services.documents.attach_bytes(
            pdf, file_name(document), form.record_type.key, record_id
        )
    except DomainError as exc:
        QMessageBox.warning(form, _tr("Keep PDF"), str(exc))
        return None
    open_message(
        form,
        QMessageBox.Icon.Information,
        _tr("Keep PDF"),
        _tr("The PDF is kept as %1 in this record's documents.").replace("%1", kept.number or ""),
    )
    return int(kept.id)


def create_project(window: Any, form: Any) -> int | None:
    """Save the opportunity if it has pending edits, make its project and open it."""
    if (form.record_id() is None or form.is_dirty()) and not form.save():
        return None
    opportunity_id = form.record_id()
    if opportunity_id is None:
        return None
    try:
        project = window.services.projects.create_from_opportunity(opportunity_id, dt.date.today())
    except DomainError as exc:
        QMessageBox.warning(form, _tr("Create project"), str(exc))
        return None
    window.open_record("projects", project.id)
    return int(project.id)


def _attach(window: Any) -> None:
    shown = window.form_type_on_show()
    if shown is None or (
        shown != "opportunities" and window.services.registry.get(shown).form != DOCUMENT_FORM
    ):
        return  # (and a form still to be built is not built here: it comes on show)
    form = window.current_form()
    if form is None or form.property(_ADDED):
        return
    if form.record_type.form == DOCUMENT_FORM:
        action = QAction(icons.icon("quote"), _tr("Keep PDF"), form)
        action.setToolTip(_tr("Keep this document's PDF in its Documents tab"))
        action.triggered.connect(lambda: keep_pdf(window, form))
    elif form.record_type.key == "opportunities":
        action = QAction(icons.icon("calendar"), _tr("Create project"), form)
        action.setToolTip(_tr("A project for this won opportunity, with its organization"))
        action.triggered.connect(lambda: create_project(window, form))
        stage = form.editors["sales_stage"]
        # Offered once the deal is won (as the form shows it), not refused after a click.
        stage.changed.connect(lambda: action.setEnabled(stage.value() == CLOSED_WON))
        action.setEnabled(stage.value() == CLOSED_WON)
    else:
        return
    form.add_action(action)
    form.setProperty(_ADDED, True)


def install_document_actions(window: Any) -> None:
    """Give quote and order forms "Keep PDF", opportunity forms "Create project", the
    first time each is shown."""
    window.forms.currentChanged.connect(lambda *_: _attach(window))
    _attach(window)
