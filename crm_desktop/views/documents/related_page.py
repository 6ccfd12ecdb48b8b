"""A record's Documents tab: its files, "Attach file…", "Open", and files dropped onto
the tab or onto the record's form attached to the record."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QPushButton, QWidget

from crm_desktop.registry import RelatedTab
from crm_desktop.views.documents.files import (
    FileDrops,
    choose_files,
    keep_each,
    open_document,
)
from crm_desktop.views.records.related_tabs import RelatedPage

if TYPE_CHECKING:
    from crm_desktop.services import Services


class DocumentsPage(RelatedPage):
    """The documents attached to the record on show."""

    def __init__(
        self,
        services: Services,
        tab: RelatedTab,
        parent: QWidget | None = None,
        *,
        owner_type: str = "",
    ) -> None:
        super().__init__(services, tab, parent, owner_type=owner_type)
        # A document is made from a file: "Attach file…" instead of an empty "New".
        self.new_button.hide()
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.attach_button.setToolTip(self.tr("Or drop files onto this tab or the form"))
        self.attach_button.clicked.connect(self.attach_chosen)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the file with its program (or double-click it)"))
        self.open_button.clicked.connect(self.open_selected)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setToolTip(self.tr("The document's title, folder and versions"))
        self.details_button.clicked.connect(self.show_selected)
        for position, button in enumerate(
            (self.attach_button, self.open_button, self.details_button)
        ):
            self.buttons.insertWidget(position, button)
        self.drops = [FileDrops(self, self.attach, self._ready)]

    def accept_drops_on(self, widget: QWidget) -> None:
        """Files dropped onto ``widget`` (the record's form) are attached too."""
        self.drops.append(FileDrops(widget, self.attach, self._ready))

    def set_record(self, record_id: int | None) -> None:
        super().set_record(record_id)
        self.attach_button.setEnabled(record_id is not None)

    def _ready(self) -> bool:
        return self.record_id is not None and self.isEnabled()

    def attach(self, paths: list[Path]) -> int:
        """Attach each file to the record on show; says why any could not be."""
        record_id = self.record_id
        if record_id is None:
            return 0
        documents = self.services.documents
        kept = keep_each(
            self, paths, lambda path: documents.attach(path, self.owner_type, record_id)
        )
        if kept:
            self.refresh()
        return kept

    def attach_chosen(self) -> None:
        paths = choose_files(self)
        if paths:
            self.attach(paths)

    def _selected(self) -> int | None:
        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        document_id = self._selected()
        if document_id is not None:
            open_document(self, self.services, document_id)

    def show_selected(self) -> None:
        document_id = self._selected()
        if document_id is not None:
            self.open_record.emit(self.tab.record_type, document_id)

    def _open(self, index: QModelIndex) -> None:
        # A double-click or Enter on a file opens it, as a file manager does.
        document_id = self.model.record_id(index.row()) if self.model is not None else None
        if document_id is not None:
            open_document(self, self.services, document_id)
