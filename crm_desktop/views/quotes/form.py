"""The form of quotes and sales orders: the generic header, the line items, live totals.

The header fields are the generic form's (from the registry). The lines, the document's
taxes and the shipping taxes are edited here and saved with the header in one transaction
by ``services.quotes.save``, at the version the form loaded. The totals on show are
``services.quotes.totals`` of what the form holds at every key press, so the screen, the
stored figures and the printed PDF agree.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError, DomainError, NotFound, ValidationError
from crm_desktop.registry import Condition, Section
from crm_desktop.services.quotes.totals import GROUP, Totals
from crm_desktop.services.quotes.types import Document, DocumentTax
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views import icons
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translated_errors
from crm_desktop.views.quotes.addresses import ADDRESS_FIELDS, AddressFilling
from crm_desktop.views.quotes.conflict import LINES, QuoteConflicts, record_of
from crm_desktop.views.quotes.form_document import FormDocument
from crm_desktop.views.quotes.line_cells import is_blank
from crm_desktop.views.quotes.line_items_view import LineItemsEditor
from crm_desktop.views.quotes.pricing import QuotePricing
from crm_desktop.views.quotes.totals import TaxChecks, TotalsBlock
from crm_desktop.views.records.record_form import RecordForm

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: header fields the totals depend on
PRICING = frozenset(
    {"tax_mode", "discount_percent", "discount_amount", "shipping_amount", "adjustment"}
)
#: stored totals the live block replaces on screen
STORED_TOTALS = ("subtotal", "tax_total", "grand_total")
REJECTED = "Rejected"


class QuoteForm(FormDocument, QuoteConflicts, AddressFilling, QuotePricing, RecordForm):
    """Quotes and sales orders (``type_key`` "quotes" or "sales_orders")."""

    def __init__(self, services: Services, type_key: str, parent: QWidget | None = None) -> None:
        # Set before the generic form is built: it shows a new document at its end.
        self._document: Document | None = None
        self._draft: Document | None = None
        self._available: list[DocumentTax] = []
        self._currency_decimals: dict[str, int] = {}
        self._auto_address: dict[str, Any] = {}
        self._row_of_saved_line: list[int] = []
        self.lines_editor: LineItemsEditor | None = None
        super().__init__(services, type_key, parent)
        assert self.lines_editor is not None
        self.lines_editor.changed.connect(lambda: self._changed(LINES))
        lines_box = self.lines_editor.parentWidget()
        self.lines_editor.fit_into(self.scroll.viewport(), lines_box)
        # What height the form has to spare goes to the lines, not below the last section.
        body = self.body.layout()
        assert isinstance(body, QVBoxLayout)
        body.setStretch(body.count() - 1, 0)
        body.setStretchFactor(lines_box.parentWidget(), 1)
        for checks in (self.group_taxes, self.shipping_taxes):
            checks.changed.connect(lambda: self._changed(LINES))
        width = max(r.label.minimumWidth() for r in self.rows.values())
        for label in self._extra_labels:
            label.setMinimumWidth(width)
        self.convert_action: QAction | None = None
        if type_key == "quotes":
            self.convert_action = QAction(
                icons.icon("sales_order"), self.tr("Convert to sales order"), self
            )
            self.convert_action.setToolTip(
                self.tr("Make a sales order of this quote (lines, addresses and terms copied)")
            )
            self.convert_action.triggered.connect(self.convert_to_order)
            self.add_action(self.convert_action)
        self._update_actions()

    # -- building -----------------------------------------------------------------------------
    def _section_box(self, section: Section) -> QGroupBox:
        box = super()._section_box(section)
        layout = box.layout()
        assert isinstance(layout, QFormLayout)
        if not hasattr(self, "_extra_labels"):
            self._extra_labels: list[QLabel] = []
        if "tax_mode" in section.fields:
            return self._totals_section(box, layout)  # type: ignore[return-value]
        if section.fields[0] == "billing_street":
            self._buttons(layout, (self.tr("Copy shipping → billing"), self._copy_to_billing))
            self._buttons(
                layout,
                (self.tr("Fill from organization"), self.fill_from_organization),
                (self.tr("Fill from contact"), self.fill_from_contact),
            )
        elif section.fields[0] == "shipping_street":
            self._buttons(layout, (self.tr("Copy billing → shipping"), self._copy_to_shipping))
        return box

    def _copy_to_billing(self) -> None:
        self.copy_address("shipping_", "billing_")

    def _copy_to_shipping(self) -> None:
        self.copy_address("billing_", "shipping_")

    def _buttons(self, layout: QFormLayout, *buttons: tuple[str, Any]) -> None:
        made = []
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            made.append(button)
        self.add_buttons(layout, *made)

    def _totals_section(self, box: QGroupBox, layout: QFormLayout) -> QWidget:
        """The line items above the pricing fields, the taxes and the live totals."""
        self.group_taxes = TaxChecks(box)
        self.shipping_taxes = TaxChecks(box)
        at = layout.getWidgetPosition(self.rows["discount_amount"].cell)[0] + 1
        taxes_label = QLabel(self.tr("Taxes"), box)
        layout.insertRow(at, taxes_label, self.group_taxes)
        at = layout.getWidgetPosition(self.rows["shipping_amount"].cell)[0] + 1
        shipping_label = QLabel(self.tr("Tax on shipping"), box)
        layout.insertRow(at, shipping_label, self.shipping_taxes)
        for label in (taxes_label, shipping_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._extra_labels.append(label)
        for name in STORED_TOTALS:
            layout.setRowVisible(self.rows[name].cell, False)
        self.totals_block = TotalsBlock(box)
        layout.addRow(self.totals_block)

        lines_box = QGroupBox(self.tr("Line items"), self.body)
        self.lines_editor = LineItemsEditor(self.services, lines_box)
        self.lines_message = QLabel(lines_box)
        show_as_error(self.lines_message)
        self.lines_message.setWordWrap(True)
        self.lines_message.hide()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addWidget(self.lines_editor, 1)
        lines_layout.addWidget(self.lines_message)
        both = QWidget(self.body)
        column = QVBoxLayout(both)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(lines_box, 1)
        column.addWidget(box)
        return both

    # -- loading --------------------------------------------------------------------------------
    def new_record(self, values: dict | None = None, *, defaults: dict | None = None) -> None:
        """A new document with the defaults (currency, terms; addresses from the organization
        or contact given). From an opportunity alone: its draft quote with its amount."""
        prefilled = bool(values)
        values = {**(defaults or {}), **(values or {})}
        kind = self.record_type.key
        try:
            if kind == "quotes" and set(values) == {"opportunity_id"}:
                draft = self.services.quotes.draft_from_opportunity(values["opportunity_id"])
            else:
                draft = self.services.quotes.new(kind, **values)
        except DomainError as exc:
            self._warn(str(exc))
            draft = Document(kind, {**self.services.records.new_values(kind), **values})
        self._record, self._document, self._draft = None, None, draft
        self._prefilled = prefilled
        self._new_values = draft.values
        self._auto_address = {name: draft.values.get(name) for name in ADDRESS_FIELDS}
        self._fill(draft.values, draft.references)
        self.scroll_to_top()

    def load(self, record_id: int) -> None:
        try:
            document = self.services.quotes.get(self.record_type.key, record_id)
        except NotFound:
            self._warn(self.tr("This record no longer exists."))
            return
        other = record_id != self.record_id()
        self._document = document
        self._record = record_of(document)
        self._fill(document.values, document.references)
        if other:
            self.scroll_to_top()

    def _fill(self, values: dict[str, Any], references: dict[str, str] | None = None) -> None:
        editor = self.lines_editor
        if editor is None or (self._draft is None and self._record is None):
            super()._fill(values, references)  # the generic form's first, empty fill
            return
        document = self._shown_document()
        if self._record is not None:
            values, references = document.values, document.references
        self._loading = True
        try:
            self._available = [
                DocumentTax(rate.name, rate.percent, rate.id)
                for rate in self.services.settings.tax_rates(active_only=True)
            ]
            self._currency_decimals = self.services.quotes.currency_decimals()
            editor.set_available_taxes(self._available)
            editor.model.set_lines(document.lines)
            editor.set_tax_mode(values.get("tax_mode") or GROUP)
            self.group_taxes.set_choices(self._available, document.group_taxes)
            self.shipping_taxes.set_choices(self._available, document.shipping_taxes)
            self._show_tax_mode(values.get("tax_mode") or GROUP)
            self.lines_message.hide()
        finally:
            self._loading = False
        super()._fill(values, references)
        self._apply_currency()
        self._update_totals()
        self._update_actions()

    # -- reacting to edits ------------------------------------------------------------------------
    def _changed(self, name: str) -> None:
        super()._changed(name)
        if self._loading or self.lines_editor is None:
            return
        if name == "currency":
            self._apply_currency()
        elif name == "tax_mode":
            self._tax_mode_changed()
        elif name == "organization_id" and self._record is None:
            self._auto_fill("organization")
        elif name == "contact_id" and self._record is None:
            self._auto_fill("contact")
        if name in PRICING or name in ("currency", LINES, "tax_mode"):
            self._update_totals()
        if name == LINES:
            self.lines_message.hide()

    def _update_totals(self) -> None:
        assert self.lines_editor is not None
        model = self.lines_editor.model
        document = self.current_document()
        totals: Totals | None = None
        problem = ""
        unreadable = [n for n in PRICING if self.editors[n].input_error()]
        if model.invalid_cells() or unreadable:
            problem = self.tr("Some figures are not numbers; the totals wait for them.")
        else:
            try:
                totals = self.services.quotes.totals(document, self.decimals())
            except ValidationError as exc:
                problem = "\n".join(translated_errors(exc.errors).values())
        model.set_totals(totals)
        self.totals_block.show_totals(
            totals,
            currency=document.currency,
            tax_mode=document.values.get("tax_mode") or GROUP,
            discount_percent=document.values.get("discount_percent")
            if not isinstance(document.values.get("discount_percent"), str)
            else None,
            group_taxes=document.group_taxes,
            shipping_taxes=document.shipping_taxes,
            problem=problem,
        )

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check what was typed, then save header and lines together; True when saved."""
        if self.lines_editor is None:
            return super().save()
        local = {n: m for n, e in self.editors.items() if (m := e.input_error())}
        invalid = self.lines_editor.model.invalid_cells()
        if local or invalid:
            self._show_errors(local)
            if invalid:
                row, column = invalid[0]
                message = self.lines_editor.model.index(row, column).data(
                    Qt.ItemDataRole.ToolTipRole
                )
                self._show_line_message(row, column, str(message))
            return False
        if self._record is not None and not self._dirty:
            return True
        values = {k: v for k, v in self._values().items() if k != LINES}
        if self._record is not None:
            values = {k: v for k, v in values.items() if v != self._baseline[k]}
        return self._store(values, self._record.version if self._record else None)

    def _store(self, changed: dict[str, Any], version: int | None) -> bool:
        """Save ``changed`` header values on top of the loaded ones with the form's lines at
        ``version``; a refusal is shown, not raised."""
        base = self._record.values if self._record is not None else self._new_values
        document = self._document_from({**base, **changed})
        if version is not None:
            document.version = version
        # Lines inserted and never filled in are left out rather than refused.
        kept = [i for i, line in enumerate(document.lines) if not is_blank(line)]
        document.lines = copy.deepcopy([document.lines[i] for i in kept])
        self._row_of_saved_line = kept
        quotes = self.services.quotes
        return self.saving.run(lambda: quotes.save(document), self._stored_document, self._refused)

    def _stored_document(self, saved: Document) -> None:
        self._document = saved
        self._record = record_of(saved)
        self._fill(saved.values, saved.references)
        assert saved.id is not None
        self.saved.emit(self.record_type.key, saved.id)

    def _refused(self, exc: DomainError) -> bool:
        if isinstance(exc, ValidationError):
            self._show_document_errors(exc.errors)
            return False
        return super()._refused(exc)

    def _show_line_message(self, row: int, column: int, message: str) -> None:
        assert self.lines_editor is not None
        model = self.lines_editor.model
        heading = str(model.headerData(column, Qt.Orientation.Horizontal))
        self.lines_message.setText(
            self.tr("Line %1, %2: %3")
            .replace("%1", str(row + 1))
            .replace("%2", heading)
            .replace("%3", message)
        )
        self.lines_message.show()
        index = model.index(row, column)
        self.lines_editor.view.setCurrentIndex(index)
        self.lines_editor.view.scrollTo(index)
        self.scroll.ensureWidgetVisible(self.lines_editor)
        self.lines_editor.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- commands ---------------------------------------------------------------------------------
    def printable_document(self) -> Document | None:
        """The document as saved, for printing: pending edits are saved first (a printed
        quote must be the one on file). None when it could not be saved."""
        if (self._record is None or self._dirty) and not self.save():
            return None
        return self._document

    def convert_to_order(self) -> bool:
        """Make a sales order of this quote (saved first) and open it."""
        if (self._record is None or self._dirty) and not self.save():
            return False
        record = self._record
        assert record is not None
        if record.values.get("stage") == REJECTED:
            self._warn(self.tr("This quote was rejected; it cannot become a sales order."))
            return False
        existing = self._existing_order(record.id)
        if existing:
            self._warn(self.tr("This quote already has sales order %1.").replace("%1", existing))
            return False
        try:
            order = self.services.quotes.convert_to_order(record.id, record.version)
        except ConflictError:
            self.load(record.id)
            self._warn(
                self.tr(
                    "Someone else changed this quote just now. It is shown as they saved it; "
                    "convert it again if it is still right."
                )
            )
            return False
        except DomainError as exc:
            self._warn(str(exc))
            return False
        self.load(record.id)
        assert order.id is not None
        self.open_record.emit("sales_orders", order.id)
        return True

    def _existing_order(self, quote_id: int) -> str | None:
        """The number of the (live) sales order made of this quote, if there is one."""
        lists = self.services.lists
        query = ListQuery("sales_orders", conditions=(Condition("quote_id", "eq", quote_id),))
        rows = lists.page(query, 0, 1)
        if not rows:
            return None
        names = [spec.name for spec in lists.columns("sales_orders")]
        return str(rows[0].values[names.index("number")]) if "number" in names else "?"

    def _update_actions(self) -> None:
        action = getattr(self, "convert_action", None)
        if action is not None:
            stage = self._record.values.get("stage") if self._record else None
            action.setEnabled(self._record is not None and stage != REJECTED)
