"""The wizard's first page: the file, the record type, and how the file is read (its
encoding and separator, found by the service and changeable, the lines skipped before
the header, the program whose export it is)."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.exchange.csv.presets import GENERIC, IMPORTABLE, PRESETS
from crm_desktop.views.formatting import registry_text
from crm_desktop.views.imports.background import LatestJob
from crm_desktop.views.palette import show_as_error

if TYPE_CHECKING:
    from crm_desktop.services.imports.service import FileLayout
    from crm_desktop.views.imports.wizard import ImportWizard

#: sample rows shown, for the user to see whether the names read right
SAMPLE_ROWS = 5
#: the longest line of the skipped preamble shown
PREAMBLE_SHOWN = 80
#: the separators offered (besides the one the file uses)
SEPARATORS = (",", ";", "\t", "|")
#: the choice boxes' least width (they need not span the page)
COMBO_WIDTH = 280


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.job = LatestJob(wizard.jobs)
        self.setTitle(self.tr("File and record type"))
        self.setSubTitle(
            self.tr(
                "Choose a CSV file (from Outlook, Google Contacts, Thunderbird, LinkedIn or a "
                "spreadsheet) or a vCard file, and what its rows are."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.type_combo = QComboBox()
        for key in IMPORTABLE:
            self.type_combo.addItem(registry_text(wizard.services.registry.get(key).label), key)
        self.type_combo.currentIndexChanged.connect(self._type_chosen)
        self.encoding_combo = QComboBox()
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.encoding_note = QLabel()
        self.encoding_note.setWordWrap(True)
        self.encoding_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.separator_combo = QComboBox()
        for separator, name in zip(SEPARATORS, self._separator_names(), strict=True):
            self.separator_combo.addItem(name, separator)
        self.separator_combo.activated.connect(self._separator_chosen)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        show_as_error(self.problem_label)
        self.sample_table = QTableWidget()
        self.sample_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample_table.verticalHeader().hide()
        for combo in (self.type_combo, self.encoding_combo, self.separator_combo):
            combo.setMinimumWidth(COMBO_WIDTH)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Import as:"), self.type_combo)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        form.addRow("", self.encoding_note)
        form.addRow(self.tr("&Separator:"), self.separator_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.found_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(QLabel(self.tr("The first rows as they are read:")))
        layout.addWidget(self.sample_table, 1)
        self._show_layout(None)

    def _separator_names(self) -> tuple[str, ...]:
        return (self.tr("Comma"), self.tr("Semicolon"), self.tr("Tab"), self.tr("Vertical bar |"))

    # -- choosing ---------------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import records"),
            folder,
            self.tr(
                "Contacts and tables (*.csv *.txt *.vcf *.vcard);;"
                "Calendar files (*.ics);;All files (*)"
            ),
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """Read ``path``: a CSV file is inspected, a vCard file is contacts, an .ics file
        goes to the calendar import."""
        if path.suffix.lower() == ".ics":
            self.owner.hand_to_calendar(path)
            return
        self.owner.path = path
        self.owner.encoding = self.owner.separator = None
        self.path_edit.setText(str(path))
        vcard = self.owner.is_vcard()
        if vcard:
            self.type_combo.setCurrentIndex(IMPORTABLE.index("contacts"))
        self.type_combo.setEnabled(not vcard)
        self.inspect()

    def _type_chosen(self) -> None:
        self.owner.record_type = self.type_combo.currentData()
        self.owner.value_map = {}
        if self.owner.path is not None:
            self.inspect()

    def _encoding_chosen(self) -> None:
        self.owner.encoding = self.encoding_combo.currentData()
        self.inspect()

    def _separator_chosen(self) -> None:
        self.owner.separator = self.separator_combo.currentData()
        self.inspect()

    # -- reading the file -------------------------------------------------------------------------
    def inspect(self) -> None:
        """A first look at the file on a worker thread (a vCard file needs none)."""
        wizard = self.owner
        self.problem_label.clear()
        self._show_layout(None)
        if wizard.path is None or wizard.is_vcard():
            self.found_label.setText(
                self.tr("A vCard file: each card becomes a contact.") if wizard.path else ""
            )
            self.completeChanged.emit()
            return
        path, record_type = wizard.path, wizard.record_type
        encoding, separator = wizard.encoding, wizard.separator
        self.found_label.setText(self.tr("Reading the file…"))
        self.job.start(
            lambda _context: wizard.services.imports.inspect(
                path, record_type, encoding=encoding, separator=separator
            ),
            self._inspected,
            on_error=self._refused,
        )
        self.completeChanged.emit()

    def _inspected(self, layout: FileLayout) -> None:
        self.owner.layout = layout
        self.owner.column_map = layout.column_map
        self._show_layout(layout)
        self.completeChanged.emit()

    def _refused(self, sentence: str) -> None:
        self.found_label.clear()
        self.problem_label.setText(sentence)
        self.completeChanged.emit()

    def _show_layout(self, layout: FileLayout | None) -> None:
        self.owner.layout = layout
        csv_read = layout is not None
        for widget in (self.encoding_combo, self.separator_combo):
            widget.setEnabled(csv_read)
        self.encoding_note.setVisible(csv_read)
        self.sample_table.setVisible(csv_read)
        if layout is None:
            self.sample_table.clear()
            return
        self._show_encoding(layout)
        index = self.separator_combo.findData(layout.separator)
        if index < 0:
            self.separator_combo.addItem(layout.separator, layout.separator)
            index = self.separator_combo.count() - 1
        self.separator_combo.setCurrentIndex(index)
        self.found_label.setText(self._found_text(layout))
        self.sample_table.clear()
        self.sample_table.setColumnCount(len(layout.header))
        self.sample_table.setHorizontalHeaderLabels(layout.header)
        rows = layout.sample[:SAMPLE_ROWS]
        self.sample_table.setRowCount(len(rows))
        for row_number, cells in enumerate(rows):
            for column, cell in enumerate(cells[: len(layout.header)]):
                self.sample_table.setItem(row_number, column, QTableWidgetItem(cell))
        self.sample_table.resizeColumnsToContents()

    def _show_encoding(self, layout: FileLayout) -> None:
        combo = self.encoding_combo
        combo.clear()
        chosen = codecs.lookup(layout.encoding).name
        for name, label in self._encodings():
            combo.addItem(label, name)
        index = next(
            (i for i in range(combo.count()) if codecs.lookup(combo.itemData(i)).name == chosen),
            -1,
        )
        if index < 0:
            combo.insertItem(0, layout.encoding, layout.encoding)
            index = 0
        combo.setCurrentIndex(index)
        detected = layout.detected
        if detected is None:
            note = self.tr("Chosen by you.")
        elif detected.sure:
            note = self.tr("Found in the file.")
        else:
            note = self.tr(
                "A guess: if names in the rows below look wrong, choose another encoding."
            )
        self.encoding_note.setText(note)

    def _encodings(self) -> tuple[tuple[str, str], ...]:
        return (
            ("utf-8", self.tr("UTF-8")),
            ("utf-8-sig", self.tr("UTF-8 with a byte-order mark")),
            ("utf-16", self.tr("UTF-16")),
            ("utf-16-le", self.tr("UTF-16 little-endian")),
            ("utf-16-be", self.tr("UTF-16 big-endian")),
            ("cp1252", self.tr("Windows-1252 (Western Europe)")),
            ("iso8859-1", self.tr("ISO-8859-1 (Western Europe)")),
            ("iso8859-15", self.tr("ISO-8859-15 (Western Europe, with €)")),
            ("cp1250", self.tr("Windows-1250 (Central Europe)")),
            ("iso8859-2", self.tr("ISO-8859-2 (Central Europe)")),
            ("cp1251", self.tr("Windows-1251 (Cyrillic)")),
            ("cp1258", self.tr("Windows-1258 (Vietnamese)")),
            ("cp932", self.tr("Shift_JIS (Japanese)")),
            ("gb18030", self.tr("GB18030 (Chinese)")),
            ("big5", self.tr("Big5 (Traditional Chinese)")),
            ("euc_kr", self.tr("EUC-KR (Korean)")),
            ("mac_roman", self.tr("Mac OS Roman")),
            ("cp850", self.tr("DOS Latin-1 (850)")),
        )

    def _found_text(self, layout: FileLayout) -> str:
        lines = []
        if layout.preset == GENERIC:
            lines.append(
                self.tr("Not a known program's export: columns are matched by their names.")
            )
        else:
            title = next(p.title for p in PRESETS if p.key == layout.preset)
            lines.append(self.tr("Recognised: an export of %1.").replace("%1", title))
        if layout.remembered:
            lines.append(
                self.tr("The columns are mapped as at your last import of a file like this.")
            )
        if layout.preamble:
            first = next((" ".join(c for c in row if c) for row in layout.preamble if any(row)), "")
            if len(first) > PREAMBLE_SHOWN:
                first = first[: PREAMBLE_SHOWN - 1] + "…"
            lines.append(
                self.tr("Skipped before the header: %1 lines (“%2”).")
                .replace("%1", str(len(layout.preamble)))
                .replace("%2", first)
            )
        lines.append(self.tr("Columns: %1.").replace("%1", str(len(layout.header))))
        return "\n".join(lines)

    # -- QWizardPage ------------------------------------------------------------------------------
    def isComplete(self) -> bool:
        wizard = self.owner
        if wizard.path is None or self.job.running():
            return False
        return wizard.is_vcard() or wizard.layout is not None
