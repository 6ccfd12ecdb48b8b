"""The sections of the generic record form: a titled box of rows per registry section,
their labels in one column width across all sections, rows of buttons under fields, and
the copy of one address into another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry import RecordType, Section
from crm_desktop.services import Services
from crm_desktop.views import formatting
from crm_desktop.views.records.field_row import FieldRow
from crm_desktop.views.records.field_widgets import FieldEditor
from crm_desktop.views.records.reference_edit import ReferenceEdit

_ADDRESS_PARTS = ("street", "city", "state", "postal_code", "country")
#: an indent as wide as the labels while there is room, shrinking to nothing when not
_INDENT_POLICY = (QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


class FormSections:
    """Building the record form's sections (mixed into RecordForm, whose subclasses
    change a section through :meth:`_section_box`)."""

    services: Services
    record_type: RecordType
    rows: dict[str, FieldRow]
    editors: dict[str, FieldEditor]
    body: QWidget
    open_record: SignalInstance
    _changed: Callable[[str], None]

    def _build_sections(self, body: QWidget) -> None:
        body_layout = QVBoxLayout(body)
        #: the space before each row of buttons under fields (see add_buttons)
        self._indents: list[tuple[QFormLayout, QSpacerItem]] = []
        for section in self.record_type.sections:
            body_layout.addWidget(self._section_box(section))
        body_layout.addStretch(1)
        # One label column width for every section, so that all fields line up.
        width = max(row.label.sizeHint().width() for row in self.rows.values())
        for row in self.rows.values():
            row.label.setMinimumWidth(width)
        for form, indent in self._indents:
            indent.changeSize(width + form.horizontalSpacing(), 0, *_INDENT_POLICY)
            form.invalidate()

    def _section_box(self, section: Section) -> QGroupBox:
        box = QGroupBox(formatting.registry_text(section.title), self.body)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in section.fields:
            row = self.rows[name] = FieldRow(self.services, self.record_type.field(name), box)
            form.addRow(row.label, row.cell)
            row.editor.changed.connect(lambda name=name: self._changed(name))
            if isinstance(row.editor, ReferenceEdit):
                row.editor.open_requested.connect(self.open_record)
        # An address copied from another one of the record: the button sits at the target.
        if section.copy_from is not None:
            source, label = section.copy_from
            target = section.fields[0].removesuffix("street")
            button = QPushButton(formatting.registry_text(label), box)
            button.clicked.connect(lambda: self.copy_address(source, target))
            self.add_buttons(form, button)
        return box

    def add_buttons(self, form: QFormLayout, *buttons: QPushButton) -> None:
        """A row of ``buttons`` under the fields of ``form``, lined up with the fields; in
        a narrow form they move in under the labels rather than widen the form (a long
        translation of "Copy shipping → billing" would clip every field)."""
        row = QHBoxLayout()
        indent = QSpacerItem(0, 0, *_INDENT_POLICY)  # sized once the labels' width is known
        row.addSpacerItem(indent)
        for button in buttons:
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)
        self._indents.append((form, indent))

    def copy_address(self, source: str, target: str) -> None:
        """Copy the address whose fields start with ``source`` into the ``target`` one."""
        for part in _ADDRESS_PARTS:
            self.editors[target + part].set_value(self.editors[source + part].value())
