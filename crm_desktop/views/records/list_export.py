"""Export of a list as it is filtered and sorted: the dialog that asks how, the file
dialog that asks where, and the export itself on a worker thread with its progress and
Cancel (a cancelled export leaves no file). The rows are read and written by
services/records/export.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import Services
from crm_desktop.services.records.types import ExportResult, ListQuery, formats_of
from crm_desktop.views import formatting
from crm_desktop.views.jobs import JobContext, Jobs


def format_names() -> dict[str, tuple[str, str]]:
    """Each format's name and its file dialog's filter."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ListExport", text)

    return {
        "csv": (tr("CSV (for any spreadsheet)"), tr("CSV files (*.csv)")),
        "xlsx": (tr("Excel workbook"), tr("Excel workbooks (*.xlsx)")),
        "vcf": (tr("vCard (address books, phones)"), tr("vCard files (*.vcf)")),
        "ics": (tr("iCalendar (calendars)"), tr("iCalendar files (*.ics)")),
    }


class ExportDialog(QDialog):
    """How to export a list: its format, and for a table its columns."""

    def __init__(
        self, services: Services, query: ListQuery, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        record_type = services.registry.get(query.record_type)
        title = self.tr("Export %1").replace("%1", formatting.registry_text(record_type.label))
        self.setWindowTitle(title)
        names = format_names()
        text = self.tr("%n record(s), filtered and sorted as the list shows them.", "", count)
        summary = QLabel(formatting.english_plural(text, count))
        summary.setWordWrap(True)
        self.formats = QButtonGroup(self)
        format_box = QVBoxLayout()
        for key in formats_of(record_type):
            button = QRadioButton(names[key][0])
            button.setObjectName(f"format_{key}")
            button.setProperty("format", key)
            self.formats.addButton(button)
            format_box.addWidget(button)
        self.formats.buttons()[0].setChecked(True)
        self.visible_columns = QRadioButton(self.tr("The columns on show"))
        self.all_fields = QRadioButton(self.tr("All fields"))
        self.visible_columns.setChecked(True)
        column_box = QVBoxLayout()
        column_box.addWidget(self.visible_columns)
        column_box.addWidget(self.all_fields)
        self.formats.buttonToggled.connect(self._format_changed)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), format_box)
        form.addRow(self.tr("Columns:"), column_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def file_format(self) -> str:
        return str(self.formats.checkedButton().property("format"))

    def all_columns(self) -> bool:
        return self.all_fields.isChecked()

    def _format_changed(self) -> None:
        table = self.file_format() in ("csv", "xlsx")
        self.visible_columns.setEnabled(table)
        self.all_fields.setEnabled(table)


class ListExport(QObject):
    """Runs the export of a list (one at a time) and tells how it ended."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.jobs = Jobs(self)
        self.progress: QProgressDialog | None = None
        #: the last message shown (tests read it)
        self.message: str = ""

    def ask(self, query: ListQuery, count: int, visible: list[str]) -> ExportDialog:
        """Open the dialog; on its Export, ask where and start."""
        dialog = ExportDialog(self._services, query, count, self._parent)
        dialog.accepted.connect(lambda: self._choose_file(dialog, query, visible))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _choose_file(self, dialog: ExportDialog, query: ListQuery, visible: list[str]) -> None:
        file_format = dialog.file_format()
        fields = None if dialog.all_columns() else visible
        record_type = self._services.registry.get(query.record_type)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = formatting.registry_text(record_type.label)
        path, _chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export"),
            str(Path(folder) / f"{name}.{file_format}"),
            format_names()[file_format][1],
        )
        if path:
            if not Path(path).suffix:
                path += f".{file_format}"
            self.start(query, Path(path), file_format, fields)

    def start(
        self, query: ListQuery, target: Path, file_format: str, fields: list[str] | None
    ) -> None:
        """Export on a worker thread, with a progress dialog whose Cancel stops it."""
        record_type = self._services.registry.get(query.record_type)
        labels = {spec.name: formatting.field_label(spec) for spec in record_type.fields}
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self._parent)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        self.progress = progress

        def work(context: JobContext) -> ExportResult:
            # Imported here: the export reads the database (the views load no SQLAlchemy).
            from crm_desktop.services.records.export import export_list

            return export_list(
                self._services,
                query,
                target,
                file_format,
                fields=fields,
                labels=labels,
                progress=lambda done, total: context.progress(done, total),
                cancelled=context.cancelled,
            )

        def step(done: int, total: int, _text: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Exported %1 of %2 records…")
                .replace("%1", QLocale().toString(done))
                .replace("%2", QLocale().toString(total))
            )

        def finish(message: str, icon: QMessageBox.Icon | None = None) -> None:
            progress.close()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None
            self.message = message
            if icon is not None:
                QMessageBox(icon, self.tr("Export"), message, parent=self._parent).open()
            elif isinstance(window := self._parent.window(), QMainWindow):
                window.statusBar().showMessage(message, 10_000)

        def done(result: ExportResult) -> None:
            text = self.tr("%n record(s) exported to %1.", "", result.records)
            finish(formatting.english_plural(text, result.records).replace("%1", str(target)))

        job = self.jobs.run(
            work,
            done,
            on_error=lambda message: finish(message, QMessageBox.Icon.Warning),
            on_progress=step,
            on_cancelled=lambda _result: finish(self.tr("Export cancelled; no file was written.")),
        )
        progress.canceled.connect(job.cancel)
        progress.setValue(0)
