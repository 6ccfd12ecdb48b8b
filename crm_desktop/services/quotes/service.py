"""Quotes and sales orders: read and save a header with its lines in one transaction,
totals, and the conversions opportunity -> quote -> sales order.

Every public call is one short transaction. A save checks the version the editor loaded
(through :class:`RecordService`), replaces the lines as a whole, and stores the totals on
the header for lists. Saves made through the generic record form recompute the totals too
(a derive hook, services/quotes/save_hooks.py), so the stored figures always match the lines.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.errors import ConflictError, DomainError, Label, NotFound, ValidationError
from crm_desktop.services.history import record_history
from crm_desktop.services.quotes.documents import (
    ADDRESS_PARTS,
    Document,
    DocumentLine,
    DocumentTax,
    check_header,
    check_lines,
    compute,
    copy_address,
    decimals_of,
    load_lines,
    tables,
    write_lines,
)
from crm_desktop.services.quotes.line_history import line_changes
from crm_desktop.services.quotes.save_hooks import ACCEPTED, MOVED_KEY, PENDING_KEY, PRICED_KEY
from crm_desktop.services.quotes.totals import Totals
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.settings.service import SettingsService

__all__ = ["Document", "DocumentLine", "DocumentTax", "QuoteService", "copy_address"]

REJECTED = "Rejected"
_SIDES = ("billing", "shipping")
#: header fields a sales order takes from its quote
ORDER_FROM_QUOTE = (
    "subject",
    "organization_id",
    "contact_id",
    "opportunity_id",
    "currency",
    "tax_mode",
    "discount_percent",
    "discount_amount",
    "shipping_amount",
    "adjustment",
    *(f"{side}_{part}" for side in _SIDES for part in ADDRESS_PARTS),
    "terms",
    "description",
    "owner_id",
)


class QuoteService:
    def __init__(self, records: RecordService, settings: SettingsService):
        self.records = records
        self.settings = settings
        self.db = records.db

    # -- reading --------------------------------------------------------------------------------
    def new(self, record_type: str = "quotes", **values: Any) -> Document:
        """An unsaved document with the defaults: owner, currency, terms and (a quote) the
        validity from the settings, addresses from the organization (or contact) in
        ``values`` unless given."""
        tables(record_type)
        defaults = self.records.new_values(record_type)
        defaults["currency"] = self.settings.default_currency()
        defaults["terms"] = self.settings.default_terms(record_type) or None
        if record_type == "quotes":
            days = self.settings.quote_validity_days()
            if days:
                defaults["valid_until"] = dt.date.today() + dt.timedelta(days=days)
        if not any(f"{side}_{part}" in values for side in _SIDES for part in ADDRESS_PARTS):
            if values.get("organization_id"):
                defaults.update(self.addresses_from_organization(values["organization_id"]))
            elif values.get("contact_id"):
                defaults.update(self.addresses_from_contact(values["contact_id"]))
        document = Document(record_type, {**defaults, **values})
        document.totals = self.totals(document)
        return document

    def get(self, record_type: str, document_id: int) -> Document:
        """A saved document with its lines, taxes and freshly computed totals."""
        with self.db.read() as session:
            return self._load(session, record_type, document_id)

    def find(self, record_type: str, number: str) -> Document:
        """The document of a number such as QUO-00042 (NotFound says so in one sentence)."""
        header, _, _ = tables(record_type)
        singular = Label.lowercase(self.records.registry.get(record_type).singular)
        wanted = number.strip().upper()
        with self.db.read() as session:
            row = session.execute(
                select(header.c.id, header.c.deleted_at).where(
                    func.upper(header.c.number) == wanted
                )
            ).first()
            if row is None:
                raise NotFound("There is no %1 numbered “%2”.", singular, number.strip())
            if row.deleted_at is not None:
                raise NotFound("The %1 %2 is in the recycle bin.", singular, wanted)
            return self._load(session, record_type, row.id)

    def _load(self, session: Session, record_type: str, document_id: int) -> Document:
        tables(record_type)
        record = self.records._get(session, record_type, document_id)
        lines, group, shipping = load_lines(session, record_type, document_id)
        document = Document(
            record_type,
            record.values,
            lines,
            group,
            shipping,
            id=record.id,
            version=record.version,
            references=record.references,
        )
        document.totals = compute(
            document.values, lines, group, shipping, decimals_of(session, document.currency)
        )
        return document

    # -- totals ------------------------------------------------------------------------------------
    def currency_decimals(self) -> dict[str, int]:
        """Decimals of every currency in the settings, for an editor's live totals."""
        return {c.code: c.decimals for c in self.settings.currencies()}

    def totals(self, document: Document, decimals: int | None = None) -> Totals:
        """The totals of ``document`` as it stands (unsaved edits included).

        Raises ValidationError when a discount has both a percent and an amount."""
        if decimals is None:
            decimals = self.settings.currency(document.currency).decimals
        try:
            return compute(
                document.values,
                document.lines,
                document.group_taxes,
                document.shipping_taxes,
                decimals,
            )
        except ValueError as exc:
            raise ValidationError({"discount_amount": str(exc)}) from exc

    def validate(self, document: Document) -> dict[str, str]:
        """Everything wrong with ``document`` (header fields, ``lines.<i>.<field>``, taxes)."""
        errors = self.records.validate(
            document.record_type, self._header_values(document), new=document.id is None
        )
        errors.update(check_lines(document))
        subtotal = None
        if not errors:
            try:
                subtotal = self.totals(document).subtotal
            except ValidationError as exc:  # a discount with both a percent and an amount
                errors.update(exc.errors)
        errors.update(check_header(document.values, subtotal))
        return errors

    # -- writing -----------------------------------------------------------------------------------
    def save(self, document: Document) -> Document:
        """Create or update the header and replace the lines, in one transaction.

        Raises ValidationError (see :meth:`validate` for the keys) or ConflictError when
        somebody else saved the document after it was loaded at ``document.version``.
        """
        errors = self.validate(document)
        if errors:
            raise ValidationError(errors)
        kind = document.record_type
        with self.db.write() as session:
            document_id = self._save(session, document)
            saved = self._load(session, kind, document_id)
            moved = session.info.pop(MOVED_KEY, set())
        self.records.hub.publish(
            Change(kind, (document_id,), "created" if document.id is None else "updated")
        )
        if moved:
            self.records.hub.publish(Change("opportunities", tuple(sorted(moved)), "updated"))
        return saved

    def _save(self, session: Session, document: Document) -> int:
        kind = document.record_type
        header = self._header_values(document)
        # The derive hook prices the header with these lines instead of the stored ones.
        session.info[PENDING_KEY] = document
        try:
            if document.id is None:
                document_id = self.records._create(session, kind, header)
            else:
                document_id = document.id
                self.records._update(session, kind, document_id, document.version, header)
            totals: Totals = session.info.pop(PRICED_KEY)
        finally:
            session.info.pop(PENDING_KEY, None)
        before = [] if document.id is None else load_lines(session, kind, document_id)[0]
        write_lines(session, document, document_id, totals)
        changes = line_changes(before, document.lines)
        if changes:
            kind_of_change = "created" if document.id is None else "updated"
            user_id = self.records.user_id
            record_history.write(
                session, kind, document_id, kind_of_change, changes, user_id=user_id
            )
        return document_id

    def _header_values(self, document: Document) -> dict[str, Any]:
        record_type = self.records.registry.get(document.record_type)
        return {
            k: v
            for k, v in document.values.items()
            if record_type.has_field(k) and not record_type.field(k).read_only
        }

    # -- helpers for the editor --------------------------------------------------------------------
    def line_from_product(
        self, product_id: int, quantity: Decimal = Decimal(1), currency: str | None = None
    ) -> DocumentLine:
        """A line for a product: its name, description, unit and price (editable).

        For a document in ``currency``, a product priced in another currency gets no
        price: the program knows no exchange rates, and a price copied as it is would
        print 49 "VND" for 49 US dollars (see :meth:`foreign_price`)."""
        product = self.records.get("products", product_id).values
        price = product.get("unit_price") or Decimal(0)
        own = product.get("currency")
        if currency and own and own != currency:
            price = Decimal(0)
        return DocumentLine(
            name=product["name"],
            quantity=quantity,
            unit_price=price,
            description=product.get("description"),
            unit=product.get("unit"),
            product_id=product_id,
        )

    def foreign_price(self, product_id: int, currency: str) -> tuple[Decimal, str] | None:
        """(price, currency) of a product priced in another currency than ``currency``."""
        product = self.records.get("products", product_id).values
        own, price = product.get("currency"), product.get("unit_price")
        if own and own != currency and price is not None:
            return price, str(own)
        return None

    def addresses_from_organization(self, organization_id: int) -> dict[str, Any]:
        """The organization's billing and shipping address (billing twice if no shipping)."""
        org = self.records.get("organizations", organization_id).values
        values = {
            f"{side}_{p}": org.get(f"{side}_{p}")
            for side in ("billing", "shipping")
            for p in ADDRESS_PARTS
        }
        if not any(values[f"shipping_{p}"] for p in ADDRESS_PARTS):
            values = copy_address(values, "billing", "shipping")
        return values

    def addresses_from_contact(self, contact_id: int) -> dict[str, Any]:
        """The contact's mailing address as billing and shipping address."""
        contact = self.records.get("contacts", contact_id).values
        billing = {f"billing_{p}": contact.get(f"mailing_{p}") for p in ADDRESS_PARTS}
        return copy_address(billing, "billing", "shipping")

    copy_address = staticmethod(copy_address)

    # -- conversions -------------------------------------------------------------------------------
    def draft_from_opportunity(self, opportunity_id: int) -> Document:
        """An unsaved quote for an opportunity: its organization, contact, currency, the
        organization's addresses, and one line carrying the opportunity's amount (if any)."""
        opportunity = self.records.get("opportunities", opportunity_id).values
        values: dict[str, Any] = {
            "subject": opportunity["name"],
            "opportunity_id": opportunity_id,
            "organization_id": opportunity.get("organization_id"),
            "contact_id": opportunity.get("contact_id"),
            "currency": opportunity.get("currency") or "USD",
        }
        document = self.new("quotes", **values)
        if opportunity.get("amount"):
            document.lines.append(
                DocumentLine(name=opportunity["name"], unit_price=opportunity["amount"])
            )
        document.totals = self.totals(document)
        return document

    def create_from_opportunity(self, opportunity_id: int) -> Document:
        """Save :meth:`draft_from_opportunity` as a new quote."""
        return self.save(self.draft_from_opportunity(opportunity_id))

    def convert_to_order(
        self, quote_id: int, version: int, values: dict[str, Any] | None = None
    ) -> Document:
        """Make a sales order of a quote in one transaction: header, addresses, terms, lines
        and taxes copied, the order linked to the quote, the quote marked Accepted (which
        moves its opportunity to Proposal/Price Quote if it was not that far yet)."""
        with self.db.write() as session:
            quote = self._load(session, "quotes", quote_id)
            if quote.version != version:
                raise ConflictError("Someone else changed this quote after you opened it.")
            if quote.values.get("stage") == REJECTED:
                raise DomainError("Quote %1 was rejected; it cannot become an order.", quote.number)
            orders = tables("sales_orders")[0]
            existing = session.execute(
                select(orders.c.number).where(
                    orders.c.quote_id == quote_id, orders.c.deleted_at.is_(None)
                )
            ).scalar()
            if existing:
                raise DomainError("Quote %1 already has sales order %2.", quote.number, existing)
            order_values = {k: quote.values.get(k) for k in ORDER_FROM_QUOTE}
            order_values.update(quote_id=quote_id, status="Created", **(values or {}))
            order = Document(
                "sales_orders",
                order_values,
                lines=copy.deepcopy(quote.lines),
                group_taxes=copy.deepcopy(quote.group_taxes),
                shipping_taxes=copy.deepcopy(quote.shipping_taxes),
            )
            errors = check_lines(order)
            if errors:
                raise ValidationError(errors)
            order_id = self._save(session, order)
            if quote.values.get("stage") != ACCEPTED:
                self.records._update(session, "quotes", quote_id, version, {"stage": ACCEPTED})
            saved = self._load(session, "sales_orders", order_id)
            moved = session.info.pop(MOVED_KEY, set())
        hub = self.records.hub
        hub.publish(Change("sales_orders", (order_id,), "created"))
        hub.publish(Change("quotes", (quote_id,), "updated"))
        if moved:
            hub.publish(Change("opportunities", tuple(sorted(moved)), "updated"))
        return saved
