"""A document's form: its versions (newest first), "Open", "New version…"; a file dropped
onto the form is its next version. A new document takes its first file the same ways,
and is saved with it (titled after the file when no title was typed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.documents.types import size_text
from crm_desktop.views.documents.files import FileDrops, choose_files, keep_each, open_document
from crm_desktop.views.formatting import format_date
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.form_parts import FormPart
from crm_desktop.views.records.record_form import RecordForm

if TYPE_CHECKING:
    from crm_desktop.services.records.types import Record

_tr = translator("documents")


class DocumentFilePart(FormPart):
    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.box = QGroupBox(_tr("Versions"), form.body)
        self.versions = QListWidget(self.box)
        self.versions.setMaximumHeight(form.fontMetrics().height() * 6)
        self.versions.itemDoubleClicked.connect(self._open_item)
        self.open_button = QPushButton(_tr("Open"), self.box)
        self.open_button.setToolTip(_tr("Open the chosen version with its program"))
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton(_tr("New version…"), self.box)
        self.new_button.setToolTip(_tr("Or drop the new file onto the form"))
        self.new_button.clicked.connect(self.add_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        stack = QVBoxLayout(self.box)
        stack.addWidget(self.versions)
        stack.addLayout(buttons)
        layout = form.body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.box)  # above the stretch at the end
        self.drops = FileDrops(form, self.add, self._ready)

    def record_shown(self, record: Record | None) -> None:
        self.versions.clear()
        self.box.setEnabled(True)
        self.open_button.setEnabled(record is not None)
        self.new_button.setText(_tr("New version…") if record is not None else _tr("Choose file…"))
        if record is None:
            return
        locale = QLocale()
        try:
            versions = self.form.services.documents.versions(record.id)
        except DomainError:
            return
        for version in versions:
            text = _tr("Version %1 · %2 · %3 · %4").replace("%1", str(version.version))
            text = text.replace("%2", version.file_name).replace("%3", size_text(version.size))
            text = text.replace("%4", format_date(version.added_at.date(), locale))
            item = QListWidgetItem(text, self.versions)
            item.setData(Qt.ItemDataRole.UserRole, version.version)
            if version.added_by:
                item.setToolTip(_tr("Added by %1").replace("%1", version.added_by))
        if self.versions.count():
            self.versions.setCurrentRow(0)

    def set_enabled(self, enabled: bool) -> None:
        self.box.setEnabled(enabled)

    def _ready(self) -> bool:
        return self.box.isEnabled()

    def add(self, paths: list[Path]) -> int:
        """Each file as the document's next version (the last one dropped is the newest);
        a new document is saved first, titled after the first file if it has no title."""
        title = self.form.editors["title"]
        if self.form.record_id() is None and paths and not title.value():
            title.set_value(paths[0].stem or paths[0].name)
        record_id = self.form.record_id()
        if record_id is None and self.form.save():
            record_id = self.form.record_id()
        if record_id is None:
            return 0
        documents = self.form.services.documents
        kept = keep_each(self.form, paths, lambda path: documents.add_version(record_id, path))
        if kept:
            self.form.load(record_id)
        return kept

    def add_chosen(self) -> None:
        paths = choose_files(self.form)
        if paths:
            self.add(paths[-1:])

    def open_selected(self) -> None:
        item = self.versions.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        record_id = self.form.record_id()
        if record_id is not None:
            version = int(item.data(Qt.ItemDataRole.UserRole))
            open_document(self.form, self.form.services, record_id, version)
