"""The wizard's values page: for each column saved in a field with a list of choices,
the file's distinct values, each matched to one of our choices (ignoring case, accents
and language, with common synonyms) or left for the user to choose or leave empty. A
value is never invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.exchange.csv.presets import Use
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.imports.plan import MOST_VALUES, ColumnValues
from crm_desktop.views.formatting import choice_text, field_label
from crm_desktop.views.imports.background import LatestJob
from crm_desktop.views.imports.mapping_page import index_of
from crm_desktop.views.jobs import JobContext

if TYPE_CHECKING:
    from crm_desktop.views.imports.wizard import ImportWizard

FIELD, VALUE, ROWS, FOUND, CHOICE = range(5)


class ValuesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.job = LatestJob(wizard.jobs)
        self.setTitle(self.tr("Values"))
        self.setSubTitle(
            self.tr(
                "The values of the file's columns with a list of choices: each is saved as one "
                "of ours, or left empty. Values recognised are chosen already."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Value in the file"),
                self.tr("Rows"),
                self.tr("Recognised"),
                self.tr("Saved as"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (FIELD, ROWS, FOUND, CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        #: (field, the file's value) of each row of the table, and its choice box
        self.rows: list[tuple[str, str, QComboBox]] = []

    def choice_fields(self) -> dict[str, int]:
        """The fields with a list of choices the column map fills, and their columns."""
        wizard = self.owner
        assert wizard.column_map is not None
        rtype = wizard.services.registry.get(wizard.record_type)
        return {
            c.field: c.index
            for c in wizard.column_map.columns
            if c.use is Use.FIELD and c.field and rtype.field(c.field).kind is Kind.CHOICE
        }

    def initializePage(self) -> None:
        wizard = self.owner
        self.table.setRowCount(0)
        self.rows = []
        columns = self.choice_fields()
        wizard.value_map = {n: v for n, v in wizard.value_map.items() if n in columns}
        if not columns:
            self.progress.hide()
            self.summary.setText(
                self.tr("No column is saved in a field with a list of choices: nothing to match.")
            )
            return
        layout = wizard.layout
        assert layout is not None and wizard.path is not None
        path, encoding, separator = wizard.path, layout.encoding, layout.separator
        record_type, imports = wizard.record_type, wizard.services.imports
        self.summary.setText(self.tr("Reading the values of the file…"))
        self.progress.show()

        def read(context: JobContext) -> dict[str, ColumnValues]:
            return imports.distinct_values(
                path,
                record_type,
                columns,
                encoding=encoding,
                separator=separator,
                progress=context.progress,
                cancelled=context.cancelled,
            )

        self.job.start(
            read,
            self._show,
            on_error=self._refused,
            on_progress=lambda done, _total, _text: self.summary.setText(
                self.tr("Reading the values of the file… (%1 rows)").replace("%1", str(done))
            ),
        )
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.job.cancel()
        self.keep_choices()

    def _refused(self, sentence: str) -> None:
        self.progress.hide()
        self.summary.setText(sentence)
        self.completeChanged.emit()

    def _show(self, found: dict[str, ColumnValues]) -> None:
        self.progress.hide()
        rtype = self.owner.services.registry.get(self.owner.record_type)
        recognised = total = 0
        bold = QFont(self.font())
        bold.setBold(True)
        for name, column in found.items():
            spec = rtype.field(name)
            chosen = self.owner.value_map.get(name, {})
            for value in column.values:
                recognised += value.recognised is not None
                total += 1
                self._add_row(spec, value.text, value.rows, value.recognised, chosen, bold)
        self.table.resizeColumnsToContents()
        text = self.tr(
            "%1 of %2 values recognised. Choose one of ours for the others, or leave them empty."
        )
        self.summary.setText(text.replace("%1", str(recognised)).replace("%2", str(total)))
        if any(d.more for d in found.values()):
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr(
                    "Only the first %1 values of a column are shown; the others are "
                    "saved when recognised and left empty otherwise."
                ).replace("%1", str(MOST_VALUES))
            )
        self.completeChanged.emit()

    def _add_row(
        self,
        spec: FieldSpec,
        value: str,
        rows: int,
        automatic: str | None,
        chosen: dict[str, str | None],
        bold: QFont,
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, FIELD, QTableWidgetItem(field_label(spec)))
        self.table.setItem(row, VALUE, QTableWidgetItem(value))
        self.table.setItem(row, ROWS, QTableWidgetItem(str(rows)))
        found = QTableWidgetItem(self.tr("yes") if automatic else self.tr("no: choose"))
        if automatic is None:
            found.setFont(bold)
        self.table.setItem(row, FOUND, found)
        combo = QComboBox()
        combo.addItem(self.tr("Leave empty"), None)
        for choice in spec.choices:
            combo.addItem(choice_text(choice), choice)
        combo.setCurrentIndex(index_of(combo, chosen.get(value, automatic)))
        self.table.setCellWidget(row, CHOICE, combo)
        self.rows.append((spec.name, value, combo))

    def keep_choices(self) -> None:
        """The choices made, for the plan (every value shown, our choice or None)."""
        value_map: dict[str, dict[str, str | None]] = {}
        for name, value, combo in self.rows:
            value_map.setdefault(name, {})[value] = combo.currentData()
        self.owner.value_map = value_map

    def isComplete(self) -> bool:
        return not self.job.running()

    def validatePage(self) -> bool:
        self.keep_choices()
        return True
