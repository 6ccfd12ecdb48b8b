"""Choosing documents kept in the database as a message's attachments: found by any
word of their title, file or record as they are typed, their files written to a
temporary folder to go with the message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import Condition
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services

_tr = translator("messages")
#: documents listed at a time: typing narrows them
SHOWN = 200
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentsPicker(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        related: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(_tr("Attach documents"))
        #: the record whose documents are listed first (a message written on its form)
        self.related = related
        self.only_related = QCheckBox(_tr("Only this record's documents"), self)
        self.only_related.setChecked(related is not None)
        self.only_related.setVisible(related is not None)
        self.only_related.toggled.connect(self.reload)
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(_tr("Type to find a document"))
        self.find.textChanged.connect(self.reload)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.empty = QLabel(_tr("No document matches."), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_related)
        layout.addWidget(self.find)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.reload()

    def reload(self) -> None:
        columns = [f.name for f in self.services.lists.columns("documents")]
        conditions: tuple[Condition, ...] = ()
        if self.related is not None and self.only_related.isChecked():
            record_type, record_id = self.related
            conditions = (
                Condition("related_type", "eq", record_type),
                Condition("related_id", "eq", record_id),
            )
        query = ListQuery("documents", quick=self.find.text().strip(), conditions=conditions)
        try:
            rows = self.services.lists.page(query, 0, SHOWN)
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self.list.clear()
        for row in rows:
            values = dict(zip(columns, row.values, strict=True))
            parts = [str(values[n]) for n in ("title", "file_name", "related_name") if values[n]]
            item = QListWidgetItem(" · ".join(parts), self.list)
            item.setData(_ID_ROLE, row.id)
        self.empty.setVisible(not rows)

    def chosen_files(self) -> list[Path]:
        """The chosen documents' current files, written to temporary folders."""
        return [
            self.services.documents.copy_to_temporary(item.data(_ID_ROLE))
            for item in self.list.selectedItems()
        ]


def pick_documents(
    services: Services,
    parent: QWidget,
    add: Callable[[Path], object],
    tell: Callable[[DomainError], object],
    *,
    related: tuple[str, int] | None = None,
) -> DocumentsPicker:
    """Open the picker (not modal to the application); each chosen document's file goes
    to ``add``, a file that cannot be written out to ``tell``."""
    picker = DocumentsPicker(services, parent, related=related)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        try:
            files = picker.chosen_files()
        except DomainError as exc:
            tell(exc)
            return
        for path in files:
            add(path)

    picker.accepted.connect(chosen)
    picker.open()
    return picker
