"""Quotes and sales orders as record types (their lines are edited by a special screen)."""

from __future__ import annotations

from crm_desktop.registry import picklists as p
from crm_desktop.registry.fields import (
    SALES,
    address,
    address_names,
    address_section,
    common,
    currency,
    number,
    reference,
)
from crm_desktop.registry.spec import (
    N_,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    RecordType,
    RelatedTab,
    Section,
)

#: header fields a sales order copies from its quote, and the opportunity fills in a quote
ADDRESS_FIELDS = (*address_names("billing_"), *address_names("shipping_"))


def _header_fields() -> tuple[FieldSpec, ...]:
    return (
        number(),
        FieldSpec(
            "subject",
            N_("Subject"),
            required=True,
            max_length=300,
            sort="subject_key",
            searchable=True,
        ),
        reference(
            "organization_id", N_("Organization"), "organizations", "organization_name", listed=True
        ),
        reference("contact_id", N_("Contact"), "contacts", "contact_name", listed=True),
        reference("opportunity_id", N_("Opportunity"), "opportunities", "opportunity_name"),
        currency(),
        FieldSpec(
            "tax_mode",
            N_("Tax mode"),
            Kind.CHOICE,
            required=True,
            choices=p.TAX_MODES,
            default="Group",
        ),
        FieldSpec("discount_percent", N_("Discount (%)"), Kind.DECIMAL),
        FieldSpec("discount_amount", N_("Discount amount"), Kind.MONEY),
        FieldSpec("shipping_amount", N_("Shipping and handling"), Kind.MONEY),
        FieldSpec("adjustment", N_("Adjustment"), Kind.MONEY, signed=True),
        FieldSpec("subtotal", N_("Subtotal"), Kind.MONEY, read_only=True),
        FieldSpec("tax_total", N_("Tax"), Kind.MONEY, read_only=True),
        FieldSpec("grand_total", N_("Grand total"), Kind.MONEY, read_only=True, sort="grand_total"),
        *address("billing_"),
        *address("shipping_"),
        FieldSpec("terms", N_("Terms and conditions"), Kind.MULTILINE),
        *common(),
    )


_TOTALS_SECTION = Section(
    N_("Totals"),
    (
        "tax_mode",
        "discount_percent",
        "discount_amount",
        "shipping_amount",
        "adjustment",
        "subtotal",
        "tax_total",
        "grand_total",
    ),
)
_ADDRESS_SECTIONS = (
    address_section(N_("Billing address"), "billing_"),
    address_section(N_("Shipping address"), "shipping_"),
)
_TAIL_SECTIONS = (
    Section(N_("Terms and conditions"), ("terms",)),
    Section(N_("Description"), ("description",)),
)

QUOTES = RecordType(
    key="quotes",
    label=N_("Quotes"),
    singular=N_("Quote"),
    icon="quote",
    group=SALES,
    table="quotes",
    form="document",
    number_prefix="QUO-",
    fields=(
        *_header_fields(),
        FieldSpec(
            "stage",
            N_("Stage"),
            Kind.CHOICE,
            required=True,
            choices=p.QUOTE_STAGES,
            default="Draft",
            sort="stage",
        ),
        FieldSpec("valid_until", N_("Valid until"), Kind.DATE, sort="valid_until"),
    ),
    sections=(
        Section(
            N_("Quote"),
            (
                "number",
                "subject",
                "organization_id",
                "contact_id",
                "opportunity_id",
                "stage",
                "valid_until",
                "currency",
                "owner_id",
            ),
        ),
        _TOTALS_SECTION,
        *_ADDRESS_SECTIONS,
        *_TAIL_SECTIONS,
    ),
    list_columns=(
        "number",
        "subject",
        "organization_id",
        "stage",
        "valid_until",
        "grand_total",
        "currency",
        "owner_id",
        "modified_at",
    ),
    title_fields=("number", "subject"),
    related=(RelatedTab(N_("Sales orders"), "sales_orders", "quote_id"),),
    filters=(
        FilterSpec(
            N_("My open quotes"),
            (
                Condition("owner_id", "eq", "@me"),
                Condition("stage", "not_in", ("Accepted", "Rejected")),
            ),
        ),
        FilterSpec(N_("Accepted"), (Condition("stage", "eq", "Accepted"),)),
    ),
)

SALES_ORDERS = RecordType(
    key="sales_orders",
    label=N_("Sales orders"),
    singular=N_("Sales order"),
    icon="sales_order",
    group=SALES,
    table="sales_orders",
    form="document",
    number_prefix="SO-",
    fields=(
        *_header_fields(),
        FieldSpec(
            "status",
            N_("Status"),
            Kind.CHOICE,
            required=True,
            choices=p.ORDER_STATUSES,
            default="Created",
            sort="status",
        ),
        FieldSpec("due_date", N_("Due date"), Kind.DATE, sort="due_date"),
        FieldSpec("customer_po", N_("Customer PO number"), max_length=100, searchable=True),
        FieldSpec(
            "quote_id",
            N_("Quote"),
            Kind.REFERENCE,
            reference="quotes",
            cache="quote_name",
            searchable=True,
        ),
    ),
    sections=(
        Section(
            N_("Sales order"),
            (
                "number",
                "subject",
                "organization_id",
                "contact_id",
                "opportunity_id",
                "quote_id",
                "customer_po",
                "status",
                "due_date",
                "currency",
                "owner_id",
            ),
        ),
        _TOTALS_SECTION,
        *_ADDRESS_SECTIONS,
        *_TAIL_SECTIONS,
    ),
    list_columns=(
        "number",
        "subject",
        "organization_id",
        "status",
        "due_date",
        "grand_total",
        "currency",
        "owner_id",
        "modified_at",
    ),
    title_fields=("number", "subject"),
    filters=(
        FilterSpec(
            N_("Open orders"),
            (Condition("status", "not_in", ("Delivered", "Cancelled")),),
        ),
        FilterSpec(N_("My orders"), (Condition("owner_id", "eq", "@me"),)),
    ),
)
