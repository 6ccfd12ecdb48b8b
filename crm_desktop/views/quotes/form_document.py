"""The document a quote form holds: read from its fields, lines and taxes, and refused.

The part of :class:`~crm_desktop.views.quotes.form.QuoteForm` that turns what is on screen
into a :class:`Document` for the totals, the save and the printout, and shows a refused
save's messages where they belong (a line's on its cell, the header's on their fields).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crm_desktop.registry import RecordType
from crm_desktop.services.quotes.types import Document
from crm_desktop.views.qt_texts import translated_errors
from crm_desktop.views.quotes.conflict import LINES, record_of
from crm_desktop.views.quotes.line_items import FIELD_COLUMNS

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.quotes.types import DocumentLine, DocumentTax
    from crm_desktop.services.records.types import Record


class FormDocument:
    """The part of :class:`QuoteForm` about the document it holds."""

    services: Services
    record_type: RecordType
    lines_editor: Any
    group_taxes: Any
    shipping_taxes: Any
    _record: Record | None
    _document: Document | None
    _draft: Document | None
    _new_values: dict[str, Any]
    _row_of_saved_line: list[int]

    def document(self) -> Document | None:
        """The document as last loaded or saved (None for a new one)."""
        return self._document

    def _shown_document(self) -> Document:
        record = self._record
        if record is None:
            assert self._draft is not None
            return self._draft
        document = self._document
        if document is None or (document.id, document.version) != (record.id, record.version):
            # Someone else's save was taken over (external change): their lines too.
            document = self._document = self.services.quotes.get(self.record_type.key, record.id)
            self._record = record_of(document)
        return document

    def _values(self) -> dict[str, Any]:
        # The header's values are RecordForm's, which follows this class in QuoteForm's bases.
        values = super()._values()
        if self.lines_editor is not None:
            values[LINES] = (
                self.lines_editor.model.snapshot(),
                tuple((t.name, t.percent, t.tax_rate_id) for t in self.group_taxes.taxes()),
                tuple((t.name, t.percent, t.tax_rate_id) for t in self.shipping_taxes.taxes()),
            )
        return values

    def current_document(self) -> Document:
        """What the form holds now, as a document (unsaved edits included)."""
        base = self._record.values if self._record is not None else self._new_values
        values = {**base, **{k: v for k, v in self._values().items() if k != LINES}}
        return self._document_from(values)

    def _document_from(
        self,
        values: dict[str, Any],
        lines: tuple[list[DocumentLine], list[DocumentTax], list[DocumentTax]] | None = None,
    ) -> Document:
        assert self.lines_editor is not None
        if lines is None:
            lines = (
                self.lines_editor.model.lines(),
                self.group_taxes.taxes(),
                self.shipping_taxes.taxes(),
            )
        record = self._record
        return Document(
            self.record_type.key,
            values,
            lines=list(lines[0]),
            group_taxes=list(lines[1]),
            shipping_taxes=list(lines[2]),
            id=record.id if record else None,
            version=record.version if record else 0,
            references=dict(record.references) if record else {},
        )

    def _show_document_errors(self, errors: dict[str, str]) -> None:
        assert self.lines_editor is not None
        translated = translated_errors(errors)
        header = {k: v for k, v in translated.items() if "." not in k}
        cells: dict[int, dict[int, str]] = {}
        other: list[str] = []
        for key, message in translated.items():
            parts = key.split(".")
            if parts[0] == "lines" and len(parts) >= 3 and parts[1].isdigit():
                index = int(parts[1])
                rows = self._row_of_saved_line
                row = rows[index] if index < len(rows) else index
                column = FIELD_COLUMNS.get(parts[2])
                if column is not None:
                    cells.setdefault(row, {})[column] = message
            elif "." in key:
                other.append(message)
        self.lines_editor.model.set_errors(cells)
        if cells:
            row = min(cells)
            column = min(cells[row])
            self._show_line_message(row, column, cells[row][column])
        if header:
            self._show_errors(header)
        if other:
            self._warn("\n".join(dict.fromkeys(other)))
