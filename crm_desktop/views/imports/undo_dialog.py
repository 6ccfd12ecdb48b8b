"""File › Undo an import…: the imports newest first with what each did; undoing one
sends the records it added to the recycle bin and gives the records it updated their
values back, except those changed since, which are kept as they are and named."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.imports.plan import BatchInfo, UndoResult
from crm_desktop.views.formatting import registry_text
from crm_desktop.views.imports.background import LatestJob
from crm_desktop.views.imports.preview_page import read_only_table
from crm_desktop.views.jobs import Jobs

if TYPE_CHECKING:
    from datetime import datetime

    from crm_desktop.services import Services

#: the kept records named one by one (the rest counted)
KEPT_NAMED = 20


class UndoImportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        changed: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        #: told when an undo changed records (the window's lists refresh at once)
        self.changed = changed
        self.setObjectName("undo_import_dialog")
        self.services = services
        self.jobs = Jobs(self)
        self.job = LatestJob(self.jobs)
        self.setWindowTitle(self.tr("Undo an import"))
        self.table = read_only_table(
            [
                self.tr("Import"),
                self.tr("When"),
                self.tr("Records"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Skipped"),
                self.tr("Rejected"),
                self.tr("Undone"),
                self.tr("File"),
            ]
        )
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.ask_undo)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.batches: list[BatchInfo] = []
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        self.job.start(
            lambda _context: self.services.imports.batches(),
            self._show,
            on_error=self.status.setText,
        )

    def _show(self, batches: list[BatchInfo]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            record_type = self.services.registry.get(batch.record_type)
            cells = [
                str(batch.id),
                _when(batch.created_at),
                registry_text(record_type.label),
                str(batch.added),
                str(batch.updated),
                str(batch.skipped),
                str(batch.rejected),
                _when(batch.undone_at) if batch.undone_at else "",
                batch.file_name,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not batches:
            self.status.setText(self.tr("Nothing was imported into this database yet."))
        self._chosen()

    def chosen(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        batch = self.chosen()
        self.undo_button.setEnabled(
            batch is not None and batch.undone_at is None and not self.job.running()
        )

    def ask_undo(self) -> None:
        batch = self.chosen()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo an import"),
            self.tr(
                "Undo import %1 (“%2”)? The %3 records it added go to the recycle bin and the "
                "%4 records it updated get their earlier values back."
            )
            .replace("%1", str(batch.id))
            .replace("%2", batch.file_name)
            .replace("%3", str(batch.added))
            .replace("%4", str(batch.updated)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo(batch)

    def undo(self, batch: BatchInfo) -> None:
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("Undoing import %1…").replace("%1", str(batch.id)))
        self.job.start(
            lambda _context: self.services.imports.undo_import(batch.id),
            lambda result: self._undone(batch, result),
            on_error=self._refused,
        )

    def _refused(self, sentence: str) -> None:
        self.status.setText(sentence)
        self._chosen()

    def _undone(self, batch: BatchInfo, result: UndoResult) -> None:
        text = (
            self.tr(
                "Import %1 undone: %2 records sent to the recycle bin, %3 given back their values."
            )
            .replace("%1", str(batch.id))
            .replace("%2", str(result.removed))
            .replace("%3", str(result.restored))
        )
        if result.kept:
            names = [
                f"{name} ({registry_text(self.services.registry.get(key).singular)})"
                for key, _id, name in result.kept[:KEPT_NAMED]
            ]
            if len(result.kept) > KEPT_NAMED:
                names.append(
                    self.tr("and %1 more").replace("%1", str(len(result.kept) - KEPT_NAMED))
                )
            text += "\n" + self.tr(
                "Kept as they are, because they were changed after the import: %1."
            ).replace("%1", ", ".join(names))
        if self.changed is not None:
            self.changed()
        self.reload()
        self.status.setText(text)

    def done(self, result: int) -> None:
        self.jobs.shutdown()
        super().done(result)


def _when(moment: datetime) -> str:
    """A moment in the computer's time, as the user's locale writes it."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
