"""Support: cases (the helpdesk's tickets) and contracts."""

from __future__ import annotations

from crm_desktop.registry.fields import common, currency, number, reference
from crm_desktop.registry.spec import (
    ME,
    N_,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    Overdue,
    RecordType,
    RelatedTab,
    Section,
)

SUPPORT = N_("Support")

#: most urgent first: a case's place in the queue (services/cases keeps ``queue_order``)
CASE_PRIORITIES = (N_("Urgent"), N_("High"), N_("Normal"), N_("Low"))
CASE_SEVERITIES = (N_("Minor"), N_("Major"), N_("Feature"), N_("Critical"))
CASE_STATUSES = (N_("Open"), N_("In Progress"), N_("Wait For Response"), N_("Closed"))
CASE_CLOSED = "Closed"
CASE_ORIGINS = (
    N_("Phone"),
    N_("Email"),
    N_("Web"),
    N_("Facebook"),
    N_("Twitter/X"),
    N_("Walk-in"),
    N_("Other"),
)
CASE_CATEGORIES = (
    N_("Question"),
    N_("Problem"),
    N_("Complaint"),
    N_("Feature request"),
    N_("Billing"),
    N_("Other"),
)

CASES = RecordType(
    key="cases",
    label=N_("Cases"),
    singular=N_("Case"),
    icon="activity",
    group=SUPPORT,
    table="cases",
    number_prefix="CAS-",
    fields=(
        number(),
        FieldSpec(
            "title", N_("Title"), required=True, max_length=300, sort="title_key", searchable=True
        ),
        reference(
            "organization_id", N_("Organization"), "organizations", "organization_name", listed=True
        ),
        reference("contact_id", N_("Contact"), "contacts", "contact_name", listed=True),
        reference("product_id", N_("Product"), "products", "product_name"),
        # Sorting by priority is the queue: the most urgent first, then the soonest due.
        FieldSpec(
            "priority",
            N_("Priority"),
            Kind.CHOICE,
            required=True,
            choices=CASE_PRIORITIES,
            sort="queue_order",
            default="Normal",
        ),
        FieldSpec(
            "severity", N_("Severity"), Kind.CHOICE, choices=CASE_SEVERITIES, sort="severity"
        ),
        FieldSpec(
            "status",
            N_("Status"),
            Kind.CHOICE,
            required=True,
            choices=CASE_STATUSES,
            sort="status",
            default="Open",
        ),
        FieldSpec("category", N_("Category"), Kind.CHOICE, choices=CASE_CATEGORIES),
        FieldSpec("origin", N_("Origin"), Kind.CHOICE, choices=CASE_ORIGINS, default="Phone"),
        FieldSpec("due_at", N_("Due"), Kind.DATETIME, sort="due_at"),
        FieldSpec("closed_at", N_("Closed"), Kind.DATETIME, read_only=True),
        FieldSpec("resolution", N_("Resolution"), Kind.MULTILINE),
        *common(),
    ),
    sections=(
        Section(
            N_("Case"),
            ("number", "title", "status", "priority", "severity", "category", "origin", "owner_id"),
        ),
        Section(N_("Customer"), ("organization_id", "contact_id", "product_id")),
        Section(N_("Response"), ("due_at", "closed_at")),
        Section(N_("Description"), ("description",)),
        Section(N_("Resolution"), ("resolution",)),
    ),
    list_columns=(
        "number",
        "title",
        "priority",
        "due_at",
        "status",
        "organization_id",
        "contact_id",
        "owner_id",
    ),
    title_fields=("title",),
    default_sort=("priority", False),
    filters=(
        FilterSpec(N_("Open cases"), (Condition("status", "ne", CASE_CLOSED),)),
        FilterSpec(
            N_("My open cases"),
            (Condition("owner_id", "eq", ME), Condition("status", "ne", CASE_CLOSED)),
        ),
    ),
    default_filter=N_("Open cases"),
    shown_on=(
        ("organizations", "organization_id"),
        ("contacts", "contact_id"),
        ("products", "product_id"),
    ),
    overdue=Overdue("due_at", "status", (CASE_CLOSED,)),
    form_parts=("case_closing",),
    related=(RelatedTab(N_("Activities"), "activities", page="activity_history"),),
)

CONTRACT_TYPES = (
    N_("Service"),
    N_("Support"),
    N_("Maintenance"),
    N_("License"),
    N_("Subscription"),
    N_("Supply"),
    N_("Other"),
)
CONTRACT_STATUSES = (N_("Draft"), N_("Active"), N_("Expired"), N_("Cancelled"))
CONTRACT_EXPIRED = "Expired"
BILLING_TERMS = (
    N_("One-off"),
    N_("Monthly"),
    N_("Quarterly"),
    N_("Half-yearly"),
    N_("Yearly"),
)

CONTRACTS = RecordType(
    key="contracts",
    label=N_("Contracts"),
    singular=N_("Contract"),
    icon="quote",
    group=SUPPORT,
    table="contracts",
    number_prefix="CTR-",
    fields=(
        number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        reference(
            "organization_id", N_("Organization"), "organizations", "organization_name", listed=True
        ),
        reference("contact_id", N_("Contact"), "contacts", "contact_name"),
        FieldSpec(
            "contract_type", N_("Type"), Kind.CHOICE, choices=CONTRACT_TYPES, sort="contract_type"
        ),
        FieldSpec("start_date", N_("Start date"), Kind.DATE, sort="start_date"),
        FieldSpec("end_date", N_("End date"), Kind.DATE, sort="end_date"),
        FieldSpec("value", N_("Value"), Kind.MONEY, sort="value"),
        currency(),
        FieldSpec(
            "status",
            N_("Status"),
            Kind.CHOICE,
            required=True,
            choices=CONTRACT_STATUSES,
            sort="status",
            default="Draft",
        ),
        FieldSpec(
            "renewal_reminder_days",
            N_("Renewal reminder (days before end)"),
            Kind.INTEGER,
            default=30,
        ),
        FieldSpec("billing_terms", N_("Billing terms"), Kind.CHOICE, choices=BILLING_TERMS),
        reference("renewed_from_id", N_("Renews"), "contracts", "renewed_from_name"),
        *common(),
    ),
    sections=(
        Section(
            N_("Contract"),
            (
                "number",
                "name",
                "contract_type",
                "status",
                "organization_id",
                "contact_id",
                "owner_id",
            ),
        ),
        Section(
            N_("Term and value"),
            (
                "start_date",
                "end_date",
                "renewal_reminder_days",
                "value",
                "currency",
                "billing_terms",
                "renewed_from_id",
            ),
        ),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "name",
        "organization_id",
        "status",
        "start_date",
        "end_date",
        "value",
        "currency",
    ),
    title_fields=("name",),
    default_sort=("end_date", False),
    filters=(
        FilterSpec(N_("Active contracts"), (Condition("status", "eq", "Active"),)),
        FilterSpec(N_("My contracts"), (Condition("owner_id", "eq", ME),)),
    ),
    shown_on=(("organizations", "organization_id"),),
    form_parts=("contract_renewal",),
    related=(RelatedTab(N_("Activities"), "activities", page="activity_history"),),
)
