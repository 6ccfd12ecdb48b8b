"""The reports screen (Analytics › Reports): a built-in report as a table for a period
and scope, printed, exported to CSV, Excel or PDF; a double-click opens a row's records."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.reports.cells import cell, heading
from crm_desktop.services.reports.types import REPORTS, ReportTable
from crm_desktop.views import formatting
from crm_desktop.views.reports.choices import ReportChoices, report_text
from crm_desktop.views.reports.printing import ReportPrinting
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: the export formats offered, and their file dialog filters
_FORMATS = (
    ("csv", "CSV (*.csv)"),
    ("xlsx", "Excel (*.xlsx)"),
    ("pdf", "PDF (*.pdf)"),
)


class ReportsScreen(QWidget):
    """One report at a time; ``show_records`` with a row's records on a double-click."""

    show_records = Signal(object)  # a Drill

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self.services = services
        self.report: ReportTable | None = None
        self.report_box = QComboBox()
        self.report_box.setAccessibleName(self.tr("Report"))
        for name, title in REPORTS.items():
            self.report_box.addItem(report_text(title), name)
        self.report_box.currentIndexChanged.connect(self.reload)
        self.choices = ReportChoices()
        self.choices.changed.connect(self.reload)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for file_format, _filter in _FORMATS:
            menu.addAction(file_format.upper(), lambda f=file_format: self.ask_export(f))
        self.export_button.setMenu(menu)
        database = self.services.db.path
        self.printing = ReportPrinting(self, [database] if database is not None else [])
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the report as its PDF is laid out"))
        self.print_button.clicked.connect(self.ask_print)
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._open)
        self.table.setToolTip(self.tr("Double-click a row to see its records"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Report:")))
        bar.addWidget(self.report_box)
        bar.addSpacing(12)
        bar.addWidget(self.choices)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.reload()

    def choose(self, name: str) -> None:
        self.report_box.setCurrentIndex(self.report_box.findData(name))

    def reload(self) -> None:
        """Read the chosen report (a few SQL aggregates) and show it."""
        try:
            report = self.services.reports.run(
                str(self.report_box.currentData()), self.choices.period(), self.choices.scope()
            )
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self.report = report
        self.model.clear()
        self.model.setHorizontalHeaderLabels([report_text(c.label) for c in report.columns])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row in report.rows:
            items = []
            for at, column in enumerate(report.columns):
                item = QStandardItem(self._text(report, row, at))
                if column.kind in ("count", "money", "percent"):
                    item.setTextAlignment(right)
                items.append(item)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        note = report_text(report.note) if report.note else ""
        empty = self.tr("No records in this period.") if not report.rows else ""
        self.note.setText(" ".join(t for t in (empty, note) if t))

    def _text(self, report: ReportTable, row: tuple[Any, ...], at: int) -> str:
        if report.columns[at].kind == "text" and at == 0:
            return formatting.choice_text(str(row[at])) if row[at] else "—"
        # Figures as the rest of the program writes them in the user's language.
        return cell(report, row, at, formatting.document_format(self.locale()))

    def ask_export(self, file_format: str) -> None:
        if self.report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = heading(self.report, report_text).replace("/", "-")
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            str(Path(folder) / f"{name}.{file_format}"),
            dict(_FORMATS)[file_format],
        )
        if path:
            self.export(Path(path if Path(path).suffix else f"{path}.{file_format}"), file_format)

    def export(self, target: Path, file_format: str) -> None:
        """Write the report shown to ``target``; a refusal is one sentence."""
        if self.report is None:
            return
        try:
            self.services.reports.export(self.report, target, file_format, report_text)
        except DomainError as exc:
            show_domain_error(self, exc)

    def ask_print(self) -> None:
        """Qt's print dialog for the report shown; its Print prints it."""
        if self.report is not None:
            self.printing.open_dialog(self.report)

    def _open(self, index: Any) -> None:
        if self.report is None:
            return
        drill = self.report.drills[index.row()]
        if drill is not None:
            self.show_records.emit(drill)
