"""The wizard's columns page: each column of the file, with sample values, saved as a
field of the record type, as a whole name to split, or ignored. It starts from the map
remembered for the file's header, else the recognised program's."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.exchange.csv.presets import ColumnMap, ColumnMapping, Use
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.views.formatting import field_label
from crm_desktop.views.palette import show_as_error

if TYPE_CHECKING:
    from crm_desktop.views.imports.wizard import ImportWizard

#: the distinct sample values shown per column, and their length
SAMPLES_SHOWN = 3
SAMPLE_LENGTH = 40
#: kinds whose column may hold several values, split and filling the fields of the kind
SEVERAL_KINDS = (Kind.EMAIL, Kind.PHONE)
COLUMN, SAMPLES, TARGET = range(3)


def importable_fields(fields: tuple[FieldSpec, ...]) -> list[FieldSpec]:
    """The fields a column may fill (not the ones the program keeps itself)."""
    return [f for f in fields if not f.read_only]


def index_of(combo: QComboBox, data: object) -> int:
    """The item holding ``data`` (Python values ``findData`` does not compare), else 0."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == data), 0)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Choose the field each column of the file is saved in, or ignore the column.")
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Sample values"), self.tr("Saved as")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "A whole name is split into given and family name. Several e-mail addresses or "
                "phone numbers in one cell are split and fill the record's e-mail or phone "
                "fields in turn."
            )
        )
        note.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        show_as_error(self.problem_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.problem_label)
        self.combos: list[QComboBox] = []
        self._start: ColumnMap | None = None

    def initializePage(self) -> None:
        wizard = self.owner
        assert wizard.layout is not None and wizard.column_map is not None
        self._start = wizard.column_map
        rtype = wizard.services.registry.get(wizard.record_type)
        fields = importable_fields(rtype.fields)
        names = rtype.has_field("first_name") and rtype.has_field("last_name")
        columns = wizard.column_map.columns
        self.table.setRowCount(len(columns))
        self.combos = []
        for row, column in enumerate(columns):
            self.table.setItem(row, COLUMN, QTableWidgetItem(column.header))
            samples = self._samples(column.index)
            item = QTableWidgetItem(" · ".join(samples))
            item.setToolTip("\n".join(samples))
            self.table.setItem(row, SAMPLES, item)
            combo = QComboBox()
            combo.setObjectName(f"column_{column.index}")
            combo.addItem(self.tr("Ignore"), (Use.IGNORED, None))
            if names:
                combo.addItem(
                    self.tr("Full name (split into given and family name)"),
                    (Use.FULL_NAME, None),
                )
            if column.use is Use.TYPE and column.type_of is not None:
                described = columns[column.type_of].header
                combo.addItem(
                    self.tr("The kind of the values in “%1”").replace("%1", described),
                    (Use.TYPE, None),
                )
            for spec in fields:
                use = Use.SEVERAL if spec.kind in SEVERAL_KINDS else Use.FIELD
                combo.addItem(field_label(spec), (use, spec.name))
            combo.setCurrentIndex(index_of(combo, self._shown(column)))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, TARGET, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(COLUMN)
        self.table.resizeColumnToContents(TARGET)
        self._changed()

    def _shown(self, column: ColumnMapping) -> tuple[Use, str | None]:
        """How a column's use is offered: an e-mail or phone column always splits."""
        rtype = self.owner.services.registry.get(self.owner.record_type)
        if (
            column.use is Use.FIELD
            and column.field
            and rtype.field(column.field).kind in SEVERAL_KINDS
        ):
            return Use.SEVERAL, column.field
        return column.use, column.field

    def _samples(self, index: int) -> list[str]:
        assert self.owner.layout is not None
        found: list[str] = []
        for cells in self.owner.layout.sample:
            cell = " ".join(cells[index].split()) if index < len(cells) else ""
            if cell and cell not in found:
                found.append(
                    cell if len(cell) <= SAMPLE_LENGTH else cell[: SAMPLE_LENGTH - 1] + "…"
                )
            if len(found) >= SAMPLES_SHOWN:
                break
        return found

    def column_map(self) -> ColumnMap:
        """The map as chosen (a column keeps its kind column when it stays e-mails or phones)."""
        assert self._start is not None
        columns = []
        for column, combo in zip(self._start.columns, self.combos, strict=True):
            use, field_ = combo.currentData()
            if (use, field_) == self._shown(column) or use is Use.TYPE:
                columns.append(replace(column, use=use))
            else:
                columns.append(ColumnMapping(column.index, column.header, use, field_))
        return replace(self._start, columns=tuple(columns))

    def _twice(self) -> str:
        """The sentence saying which field two columns fill, or ""."""
        seen: dict[str, str] = {}
        columns = self._start.columns if self._start else ()
        for column, combo in zip(columns, self.combos, strict=True):
            use, field_ = combo.currentData()
            if use is not Use.FIELD:
                continue
            if field_ in seen:
                spec = self.owner.services.registry.get(self.owner.record_type).field(field_)
                return (
                    self.tr("“%1” is chosen for two columns, “%2” and “%3”: choose one.")
                    .replace("%1", field_label(spec))
                    .replace("%2", seen[field_])
                    .replace("%3", column.header)
                )
            seen[field_] = column.header
        return ""

    def _changed(self) -> None:
        problem = self._twice()
        if not problem and all(c.currentData()[0] in (Use.IGNORED, Use.TYPE) for c in self.combos):
            problem = self.tr("Choose a field for at least one column.")
        self.problem_label.setText(problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problem_label.text()

    def validatePage(self) -> bool:
        self.owner.column_map = self.column_map()
        return True
