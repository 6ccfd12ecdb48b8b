"""Someone else saved the quote or order the user is editing: merge, as the generic form does.

Header fields merge field by field (:func:`~crm_desktop.views.records.conflict_dialog.merge_plan`).
The lines and taxes merge as one item: when only one side changed them, that side's lines
are kept without asking; when both did, differently, the dialog asks "their lines or mine"
beside the clashing fields.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

from crm_desktop.errors import DomainError
from crm_desktop.registry import RecordType
from crm_desktop.services.quotes.types import DocumentLine, DocumentTax
from crm_desktop.services.records.types import Record
from crm_desktop.views import formatting
from crm_desktop.views.quotes.line_cells import line_snapshot
from crm_desktop.views.records.conflict_dialog import MergeItem

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.quotes.types import Document

LinesSet = tuple[list[DocumentLine], list[DocumentTax], list[DocumentTax]]
#: the pseudo field under which the form's dirty tracking keeps the lines and taxes
LINES = "@lines"
#: the lines and taxes as an item of the merge (the dialog's "theirs_lines" / "mine_lines")
LINES_ITEM = "lines"


def record_of(document: Document) -> Record:
    """The generic form's view of a saved document (its header)."""
    assert document.id is not None
    return Record(
        document.record_type, document.id, document.version, document.values, document.references
    )


def taxes_state(taxes: list[DocumentTax]) -> tuple[Any, ...]:
    return tuple((t.name, t.percent, t.tax_rate_id) for t in taxes)


def document_state(lines: LinesSet) -> tuple[Any, ...]:
    """The lines and taxes as the form's dirty tracking compares them."""
    return (
        tuple((line_snapshot(line), ()) for line in lines[0]),
        taxes_state(lines[1]),
        taxes_state(lines[2]),
    )


class QuoteConflicts:
    """The part of :class:`QuoteForm` about a save refused because someone else saved: the
    generic merge (:class:`~crm_desktop.views.records.shared_editing.SharedEditing`) with the
    document read whole and its lines and taxes as one more item."""

    services: Services
    record_type: RecordType
    lines_editor: Any
    group_taxes: Any
    shipping_taxes: Any
    _record: Record | None
    _document: Document | None
    _baseline: dict[str, Any]

    def _their_version(self) -> Document:
        assert self._record is not None
        return self.services.quotes.get(self.record_type.key, self._record.id)

    def _merge_items(self, theirs: Document) -> list[MergeItem]:
        assert self.lines_editor is not None
        mine: LinesSet = (
            copy.deepcopy(self.lines_editor.model.lines()),
            self.group_taxes.taxes(),
            self.shipping_taxes.taxes(),
        )
        item = MergeItem(
            LINES_ITEM,
            self.tr("Line items"),
            loaded=self._baseline[LINES],
            mine=document_state(mine),
            theirs=document_state((theirs.lines, theirs.group_taxes, theirs.shipping_taxes)),
            mine_value=mine,
        )
        if item.clash:
            item.texts = (self._lines_text(theirs), self._lines_text(self.current_document()))
        return [item]

    def _show_version(self, theirs: Document) -> None:
        self._document = theirs
        self._record = record_of(theirs)
        self._fill(theirs.values, theirs.references)

    def _show_merge(
        self,
        theirs: Document,
        values: dict[str, Any],
        references: dict[str, str],
        mine_items: list[MergeItem],
    ) -> None:
        # The form fills from its document: for a moment, the merged one (their id and
        # version, so that it is not read again); then theirs, the version on file.
        merged = dataclasses.replace(theirs, values=values, references=references)
        for item in mine_items:
            if item.name == LINES_ITEM:
                lines, group, shipping = copy.deepcopy(item.mine_value)
                merged.lines, merged.group_taxes, merged.shipping_taxes = lines, group, shipping
        self._document = merged
        try:
            self._fill(values, references)
        finally:
            self._document = theirs

    def _lines_text(self, document: Document) -> str:
        """ "3 lines, total 1,234.50 EUR" """
        try:
            totals = self.services.quotes.totals(document)
            total = formatting.format_decimal(totals.grand_total, totals.decimals, QLocale())
        except DomainError:  # both discounts given: the count still tells them apart
            total = "—"
        count = len(document.lines)
        text = formatting.english_plural(self.tr("%n line(s)", "", count), count)
        return (
            self.tr("%1, total %2 %3")
            .replace("%1", text)
            .replace("%2", total)
            .replace("%3", document.currency)
        )
