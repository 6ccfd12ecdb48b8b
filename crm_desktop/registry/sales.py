"""The sales pipeline's record types: leads and the opportunities with customers."""

from __future__ import annotations

from crm_desktop.registry import picklists as p
from crm_desktop.registry.fields import (
    SALES,
    address,
    address_section,
    common,
    currency,
    number,
    person_name,
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

LEADS = RecordType(
    key="leads",
    label=N_("Leads"),
    singular=N_("Lead"),
    icon="lead",
    group=SALES,
    table="leads",
    locked_by="converted",
    form_parts=("lead_conversion", "duplicate_hint"),
    visit_address=("street", "city"),
    number_prefix="LEA-",
    fields=(
        number(),
        *person_name(),
        FieldSpec("company", N_("Company"), max_length=300, sort="company_key", searchable=True),
        FieldSpec("title", N_("Title"), max_length=120),
        FieldSpec("email", N_("Email"), Kind.EMAIL, sort="email", searchable=True),
        FieldSpec("phone", N_("Phone"), Kind.PHONE, sort="phone", searchable=True),
        FieldSpec("mobile_phone", N_("Mobile"), Kind.PHONE, searchable=True),
        FieldSpec("website", N_("Website"), Kind.URL),
        *address(city_sort=True),
        FieldSpec(
            "lead_source",
            N_("Lead source"),
            Kind.CHOICE,
            choices=p.LEAD_SOURCES,
            sort="lead_source",
        ),
        FieldSpec(
            "lead_status",
            N_("Lead status"),
            Kind.CHOICE,
            choices=p.LEAD_STATUSES,
            sort="lead_status",
            default="Not Contacted",
        ),
        FieldSpec("rating", N_("Rating"), Kind.CHOICE, choices=p.RATINGS),
        FieldSpec("industry", N_("Industry"), Kind.CHOICE, choices=p.INDUSTRIES),
        FieldSpec("annual_revenue", N_("Annual revenue"), Kind.MONEY),
        FieldSpec("employees", N_("Employees"), Kind.INTEGER),
        FieldSpec("converted", N_("Converted"), Kind.BOOL, read_only=True),
        *common(),
    ),
    sections=(
        Section(
            N_("Lead"),
            (
                "number",
                "salutation",
                "first_name",
                "last_name",
                "company",
                "title",
                "lead_source",
                "lead_status",
                "rating",
                "industry",
                "annual_revenue",
                "employees",
                "owner_id",
                "converted",
            ),
        ),
        Section(N_("Contact details"), ("email", "phone", "mobile_phone", "website")),
        address_section(N_("Address")),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "first_name",
        "last_name",
        "company",
        "email",
        "phone",
        "city",
        "lead_status",
        "owner_id",
        "modified_at",
    ),
    title_fields=("first_name", "last_name"),
    related=(
        RelatedTab(N_("Activities"), "activities", page="activity_history"),
        RelatedTab(N_("Mail"), "leads", page="mail"),
    ),
    filters=(
        FilterSpec(N_("Hot leads"), (Condition("lead_status", "eq", "Hot"),)),
        FilterSpec(N_("My leads"), (Condition("owner_id", "eq", "@me"),)),
        FilterSpec(N_("Not converted"), (Condition("converted", "eq", False),)),
        FilterSpec(N_("Converted"), (Condition("converted", "eq", True),)),
    ),
    # A converted lead lives on as a contact: the work is on the others.
    default_filter=N_("Not converted"),
)

OPPORTUNITIES = RecordType(
    key="opportunities",
    label=N_("Opportunities"),
    singular=N_("Opportunity"),
    icon="opportunity",
    group=SALES,
    table="opportunities",
    form_parts=("forecast",),
    number_prefix="OPP-",
    fields=(
        number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        reference(
            "organization_id", N_("Organization"), "organizations", "organization_name", listed=True
        ),
        reference("contact_id", N_("Contact"), "contacts", "contact_name", listed=True),
        FieldSpec("amount", N_("Amount"), Kind.MONEY, sort="amount"),
        currency(),
        FieldSpec(
            "expected_close_date",
            N_("Expected close date"),
            Kind.DATE,
            sort="expected_close_date",
        ),
        FieldSpec(
            "sales_stage",
            N_("Sales stage"),
            Kind.CHOICE,
            required=True,
            choices=tuple(s for s, _ in p.SALES_STAGES),
            sort="sales_stage",
            default="Prospecting",
        ),
        FieldSpec("probability", N_("Probability (%)"), Kind.PERCENT, sort="probability"),
        FieldSpec(
            "weighted_amount",
            N_("Weighted amount"),
            Kind.MONEY,
            read_only=True,
            sort="weighted_amount",
        ),
        FieldSpec("opportunity_type", N_("Type"), Kind.CHOICE, choices=p.OPPORTUNITY_TYPES),
        FieldSpec("lead_source", N_("Lead source"), Kind.CHOICE, choices=p.LEAD_SOURCES),
        FieldSpec("campaign", N_("Campaign"), max_length=200),
        FieldSpec("next_step", N_("Next step"), max_length=300),
        *common(),
    ),
    sections=(
        Section(
            N_("Opportunity"),
            (
                "number",
                "name",
                "organization_id",
                "contact_id",
                "opportunity_type",
                "lead_source",
                "campaign",
                "owner_id",
            ),
        ),
        Section(
            N_("Forecast"),
            (
                "amount",
                "currency",
                "expected_close_date",
                "sales_stage",
                "probability",
                "weighted_amount",
                "next_step",
            ),
        ),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "name",
        "organization_id",
        "sales_stage",
        "amount",
        "currency",
        "probability",
        "expected_close_date",
        "owner_id",
    ),
    title_fields=("name",),
    default_sort=("expected_close_date", False),
    related=(
        RelatedTab(N_("Quotes"), "quotes", "opportunity_id"),
        RelatedTab(N_("Sales orders"), "sales_orders", "opportunity_id"),
        RelatedTab(N_("Activities"), "activities", page="activity_history"),
        RelatedTab(N_("Stage history"), "opportunities", page="stage_history"),
        RelatedTab(N_("Mail"), "opportunities", page="mail"),
    ),
    filters=(
        FilterSpec(
            N_("Open opportunities"), (Condition("sales_stage", "not_in", p.CLOSED_STAGES),)
        ),
        FilterSpec(
            N_("My open opportunities"),
            (
                Condition("owner_id", "eq", "@me"),
                Condition("sales_stage", "not_in", p.CLOSED_STAGES),
            ),
        ),
        FilterSpec(N_("Won"), (Condition("sales_stage", "eq", "Closed Won"),)),
    ),
    # The deals still to win, the nearest close date first (the default sort).
    default_filter=N_("Open opportunities"),
)
