"""Someone else saved the quote or order the user is editing: merge, as the generic form does.

Header fields merge field by field (:func:`merge_plan`). The lines and taxes merge as one
item: when only one side changed them, that side's lines are kept without asking; when
both did, differently, the dialog asks "their lines or mine" beside the clashing fields.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from crm_desktop.errors import ConflictError, DomainError, NotFound
from crm_desktop.registry import RecordType
from crm_desktop.services import Services
from crm_desktop.services.documents import Document, DocumentLine, DocumentTax
from crm_desktop.services.records import Record
from crm_desktop.views import formatting
from crm_desktop.views.conflict_dialog import (
    MINE,
    THEIRS,
    ConflictDialog,
    MergePlan,
    changed_by,
    editor_text,
    merge_plan,
    value_text,
)
from crm_desktop.views.line_cells import line_snapshot

LinesSet = tuple[list[DocumentLine], list[DocumentTax], list[DocumentTax]]
#: the pseudo field under which the form's dirty tracking keeps the lines and taxes
LINES = "@lines"


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


class DocumentConflictDialog(ConflictDialog):
    """The merge dialog, with a row "Line items: theirs / mine" when both changed them."""

    def __init__(
        self,
        record_type: RecordType,
        plan: MergePlan,
        texts: dict[str, tuple[str, str]],
        who: str,
        when: str,
        lines_texts: tuple[str, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(record_type, plan, texts, who, when, parent)
        self.lines_group: QButtonGroup | None = None
        grid = self.findChild(QGridLayout)
        if lines_texts is None or grid is None:
            return
        row = grid.rowCount()
        grid.addWidget(QLabel(self.tr("Line items")), row, 0, Qt.AlignmentFlag.AlignTop)
        self.lines_group = QButtonGroup(self)
        for column, (choice, text) in enumerate(zip((THEIRS, MINE), lines_texts, strict=True), 1):
            button = QRadioButton(text)
            button.setObjectName(f"{choice}_lines")
            button.setProperty("choice", choice)
            self.lines_group.addButton(button)
            grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
        self.lines_group.buttons()[1].setChecked(True)
        self.resize(self.width(), self.height() + 44)

    def choose_all(self, choice: str) -> None:
        super().choose_all(choice)
        self.choose_lines(choice)

    def choose_lines(self, choice: str) -> None:
        if self.lines_group is not None:
            for button in self.lines_group.buttons():
                if button.property("choice") == choice:
                    button.setChecked(True)

    def lines_choice(self) -> str | None:
        if self.lines_group is None:
            return None
        return str(self.lines_group.checkedButton().property("choice"))


class QuoteConflicts:
    """The part of :class:`QuoteForm` about a save refused because someone else saved."""

    services: Services
    record_type: RecordType
    editors: dict[str, Any]
    lines_editor: Any
    group_taxes: Any
    shipping_taxes: Any
    changed_bar: Any
    conflict_dialog: Any
    saved: Any
    _record: Record | None
    _document: Document | None
    _baseline: dict[str, Any]

    def _conflict(self, exc: ConflictError) -> bool:
        record = self._record
        assert record is not None and self.lines_editor is not None
        try:
            theirs = self.services.quotes.get(self.record_type.key, record.id)
        except NotFound:
            self._warn(self.tr("Someone else deleted this record after you opened it."))
            return False
        everything = self._values()
        mine = {k: v for k, v in everything.items() if k != LINES and v != self._baseline[k]}
        theirs_edited = {k: v for k, v in theirs.values.items() if k in self._baseline}
        plan = merge_plan(mine, record.values, theirs_edited)
        my_lines: LinesSet = (
            copy.deepcopy(self.lines_editor.model.lines()),
            self.group_taxes.taxes(),
            self.shipping_taxes.taxes(),
        )
        their_lines: LinesSet = (theirs.lines, theirs.group_taxes, theirs.shipping_taxes)
        loaded = self._baseline[LINES]
        mine_changed = document_state(my_lines) != loaded
        theirs_changed = document_state(their_lines) != loaded
        clash = (
            mine_changed
            and theirs_changed
            and document_state(my_lines) != document_state(their_lines)
        )
        who, when = changed_by(self.services, record_of(theirs), self.locale())
        if not plan.clashes and not clash:
            kept = my_lines if mine_changed else their_lines
            if not self._save_merged_document(theirs, plan, {}, kept):
                return False
            self.changed_bar.show_message(
                self.tr("Saved together with the changes %1 made at %2.")
                .replace("%1", who)
                .replace("%2", when)
            )
            return True
        currency = self.editors["currency"].value()
        texts = {
            name: (
                value_text(
                    self.services,
                    self.record_type.field(name),
                    theirs.values.get(name),
                    theirs.references,
                    theirs.values.get("currency"),
                ),
                editor_text(self.editors[name], self.record_type.field(name), mine[name], currency),
            )
            for name in plan.clashes
        }
        lines_texts = (
            (self._lines_text(theirs), self._lines_text(self.current_document())) if clash else None
        )
        dialog = DocumentConflictDialog(self.record_type, plan, texts, who, when, lines_texts, self)
        self.conflict_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            take_mine = dialog.lines_choice() == MINE if clash else mine_changed
            kept = my_lines if take_mine else their_lines
            self._save_merged_document(theirs, plan, dialog.choices(), kept)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._conflict_closed)
        dialog.open()
        return False

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

    def _save_merged_document(
        self,
        theirs: Document,
        plan: MergePlan,
        choices: dict[str, str],
        lines: LinesSet,
    ) -> bool:
        """Save my side of the merge on top of their version, with the lines chosen."""
        self._document = theirs
        self._record = record_of(theirs)
        values = plan.values_to_save(choices)
        if not values and document_state(lines) == document_state(
            (theirs.lines, theirs.group_taxes, theirs.shipping_taxes)
        ):
            self._fill(theirs.values, theirs.references)
            assert theirs.id is not None
            self.saved.emit(self.record_type.key, theirs.id)
            return True
        return self._store(values, theirs.version, lines)
