"""The wizard's preview page: the first rows as they will be saved, then the whole file
tried without saving anything (a dry run, on a worker thread): what it would add,
update, skip and reject, with each rejected row's reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.imports.plan import ImportResult, Preview, RowOutcome
from crm_desktop.views.formatting import alignment, field_label
from crm_desktop.views.imports.background import LatestJob
from crm_desktop.views.imports.outcomes import (
    action_text,
    counts_text,
    problem_text,
    reason_text,
    value_text,
)
from crm_desktop.views.jobs import JobContext

if TYPE_CHECKING:
    from crm_desktop.views.imports.wizard import ImportWizard

#: the first rows shown as they will be saved
PREVIEW_ROWS = 20
#: the most rejected rows listed (all of them go to the rejects file)
REJECTS_SHOWN = 500


@dataclass
class FirstRows:
    """The preview, with the names of the records its rows match and of the users."""

    preview: Preview
    matched: dict[int, str]
    users: dict[int, str]


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.job = LatestJob(wizard.jobs)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("The first rows as they will be saved, and what the whole file would do.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.rows_table = read_only_table([])
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.rejects_label = QLabel(self.tr("Rows that will not be imported:"))
        self.rejects_table = read_only_table([self.tr("Line"), self.tr("Reason")])
        self.rejects_table.horizontalHeader().setStretchLastSection(True)
        self.rejects = rejects = QWidget()
        rejects_layout = QVBoxLayout(rejects)
        rejects_layout.setContentsMargins(0, 0, 0, 0)
        rejects_layout.addWidget(self.rejects_label)
        rejects_layout.addWidget(self.rejects_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rows_table)
        splitter.addWidget(rejects)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts_label)
        #: the dry run's counts, once it ran
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        self.result = None
        self.rows_table.setRowCount(0)
        self.rejects_table.setRowCount(0)
        self.rejects.hide()
        self.counts_label.setText(self.tr("Reading the first rows…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        plan = self.owner.plan()
        services = self.owner.services

        def first_rows(_context: JobContext) -> FirstRows:
            preview = services.imports.preview(plan, limit=PREVIEW_ROWS)
            matched = {row.matched_id for row in preview.rows if row.matched_id is not None}
            names = {i: services.records.display_name(plan.record_type, i) for i in matched}
            users = {user.id: user.full_name for user in services.users.users()}
            return FirstRows(preview, names, users)

        self.job.start(first_rows, self._show_preview, on_error=self._refused)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.job.cancel()

    def _refused(self, sentence: str) -> None:
        self.progress.hide()
        self.counts_label.setText(sentence)
        self.completeChanged.emit()

    def _show_preview(self, read: FirstRows) -> None:
        preview, matched = read.preview, read.matched
        rtype = self.owner.services.registry.get(self.owner.record_type)
        shown = {name for row in preview.rows for name in row.values}
        fields = [f for f in rtype.fields if f.name in shown]
        headers = [self.tr("Line"), self.tr("What happens")]
        headers += [field_label(f) for f in fields] + [self.tr("Notes")]
        self.rows_table.setColumnCount(len(headers))
        self.rows_table.setHorizontalHeaderLabels(headers)
        self.rows_table.setRowCount(len(preview.rows))
        for number, row in enumerate(preview.rows):
            cells = [str(row.line), action_text(row.action)]
            if row.matched_id in matched:
                cells[1] = (
                    self.tr("%1 (matches %2)")
                    .replace("%1", cells[1])
                    .replace("%2", matched[row.matched_id])
                )
            cells += [self._value(read, f, row.values.get(f.name)) for f in fields]
            cells.append(self._notes(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                aligned = alignment(fields[column - 2]) if 2 <= column < 2 + len(fields) else None
                if aligned is not None:
                    item.setTextAlignment(aligned)
                self.rows_table.setItem(number, column, item)
        self.rows_table.resizeColumnsToContents()
        header = self.rows_table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self.counts_label.setText(self.tr("Trying the whole file without saving anything…"))
        plan = self.owner.plan()
        imports = self.owner.services.imports
        self.job.start(
            lambda context: imports.dry_run(plan, context.progress, context.cancelled),
            self._show_counts,
            on_error=self._refused,
            on_progress=self._progressed,
        )

    def _value(self, read: FirstRows, spec: FieldSpec, value: object) -> str:
        if spec.kind is Kind.USER and isinstance(value, int):
            return read.users.get(value, str(value))
        return value_text(spec, value)

    def _notes(self, row: RowOutcome) -> str:
        return " ".join([reason_text(row), *(problem_text(p) for p in row.problems)]).strip()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show_counts(self, result: ImportResult) -> None:
        self.result = result
        self.progress.hide()
        text = counts_text(
            self.tr(
                "The whole file, tried without saving: %1 to add, %2 to update, %3 to skip, "
                "%4 rejected."
            ),
            result,
        )
        if result.organizations_created:
            text += " " + self.tr("Organizations to create for the rows: %1.").replace(
                "%1", str(result.organizations_created)
            )
        if not result.added + result.updated:
            text += "\n" + self.tr("Nothing would be imported: go back and change the choices.")
        self.counts_label.setText(text)
        self._show_rejects(result.rejected_rows)
        self.completeChanged.emit()

    def _show_rejects(self, rows: list[RowOutcome]) -> None:
        if not rows:
            return
        shown = rows[:REJECTS_SHOWN]
        self.rejects_label.setText(
            self.tr("Rows that will not be imported: %1").replace("%1", str(len(rows)))
            + (
                ""
                if len(rows) == len(shown)
                else " " + self.tr("(the first %1 shown)").replace("%1", str(len(shown)))
            )
        )
        self.rejects_table.setRowCount(len(shown))
        for number, row in enumerate(shown):
            self.rejects_table.setItem(number, 0, QTableWidgetItem(str(row.line)))
            self.rejects_table.setItem(number, 1, QTableWidgetItem(reason_text(row)))
        self.rejects_table.resizeColumnToContents(0)
        self.rejects.show()

    def isComplete(self) -> bool:
        result = self.result
        return result is not None and bool(result.added + result.updated)
