"""The record types of CRM Desktop, each described once."""

from __future__ import annotations

from crm_desktop.registry import picklists as p
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

SALES = N_("Sales")


def _common() -> tuple[FieldSpec, ...]:
    return (
        FieldSpec("owner_id", N_("Assigned to"), Kind.USER, required=True, sort="owner_id"),
        FieldSpec("description", N_("Description"), Kind.MULTILINE),
        FieldSpec("created_at", N_("Created"), Kind.DATETIME, read_only=True, sort=None),
        FieldSpec("modified_at", N_("Modified"), Kind.DATETIME, read_only=True, sort="modified_at"),
    )


def _number() -> FieldSpec:
    return FieldSpec("number", N_("Number"), read_only=True, sort="number", searchable=True)


def _address(prefix: str, city_sort: bool = False) -> tuple[FieldSpec, ...]:
    city_key = f"{prefix}city_key" if city_sort else None
    return (
        FieldSpec(f"{prefix}street", N_("Street"), max_length=400, searchable=True),
        FieldSpec(f"{prefix}city", N_("City"), max_length=120, sort=city_key, searchable=True),
        FieldSpec(f"{prefix}state", N_("State/Province"), max_length=120),
        FieldSpec(f"{prefix}postal_code", N_("Postal code"), max_length=20),
        FieldSpec(f"{prefix}country", N_("Country"), max_length=120, searchable=True),
    )


def _address_names(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}{n}" for n in ("street", "city", "state", "postal_code", "country"))


LEADS = RecordType(
    key="leads",
    label=N_("Leads"),
    singular=N_("Lead"),
    icon="lead",
    group=SALES,
    table="leads",
    number_prefix="LEA-",
    fields=(
        _number(),
        FieldSpec("salutation", N_("Salutation"), Kind.CHOICE, choices=p.SALUTATIONS),
        FieldSpec(
            "first_name", N_("First name"), max_length=120, sort="first_name_key", searchable=True
        ),
        FieldSpec(
            "last_name",
            N_("Last name"),
            required=True,
            max_length=120,
            sort="last_name_key",
            searchable=True,
        ),
        FieldSpec("company", N_("Company"), max_length=300, sort="company_key", searchable=True),
        FieldSpec("title", N_("Title"), max_length=120),
        FieldSpec("email", N_("Email"), Kind.EMAIL, sort="email", searchable=True),
        FieldSpec("phone", N_("Phone"), Kind.PHONE, sort="phone", searchable=True),
        FieldSpec("mobile_phone", N_("Mobile"), Kind.PHONE, searchable=True),
        FieldSpec("website", N_("Website"), Kind.URL),
        FieldSpec("street", N_("Street"), max_length=400, searchable=True),
        FieldSpec("city", N_("City"), max_length=120, sort="city_key", searchable=True),
        FieldSpec("state", N_("State/Province"), max_length=120),
        FieldSpec("postal_code", N_("Postal code"), max_length=20),
        FieldSpec("country", N_("Country"), max_length=120, searchable=True),
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
        *_common(),
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
        Section(N_("Address"), ("street", "city", "state", "postal_code", "country")),
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
    related=(RelatedTab(N_("Activities"), "activities"),),
    filters=(
        FilterSpec(N_("Hot leads"), (Condition("lead_status", "eq", "Hot"),)),
        FilterSpec(N_("My leads"), (Condition("owner_id", "eq", "@me"),)),
        FilterSpec(N_("Not converted"), (Condition("converted", "eq", False),)),
        FilterSpec(N_("Converted"), (Condition("converted", "eq", True),)),
    ),
    # A converted lead lives on as a contact: the work is on the others.
    default_filter=N_("Not converted"),
)

ORGANIZATIONS = RecordType(
    key="organizations",
    label=N_("Organizations"),
    singular=N_("Organization"),
    icon="organization",
    group=SALES,
    table="organizations",
    number_prefix="ORG-",
    fields=(
        _number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        FieldSpec(
            "org_type", N_("Type"), Kind.CHOICE, choices=p.ORGANIZATION_TYPES, sort="org_type"
        ),
        FieldSpec("industry", N_("Industry"), Kind.CHOICE, choices=p.INDUSTRIES, sort="industry"),
        FieldSpec(
            "parent_id",
            N_("Parent organization"),
            Kind.REFERENCE,
            reference="organizations",
            cache="parent_name",
        ),
        FieldSpec("website", N_("Website"), Kind.URL, searchable=True),
        FieldSpec("phone", N_("Phone"), Kind.PHONE, sort="phone", searchable=True),
        FieldSpec("other_phone", N_("Other phone"), Kind.PHONE, searchable=True),
        FieldSpec("email", N_("Email"), Kind.EMAIL, sort="email", searchable=True),
        *_address("billing_", city_sort=True),
        *_address("shipping_"),
        FieldSpec("tax_id", N_("Tax ID"), max_length=60, searchable=True),
        FieldSpec("annual_revenue", N_("Annual revenue"), Kind.MONEY),
        FieldSpec("employees", N_("Employees"), Kind.INTEGER),
        FieldSpec("email_opt_out", N_("Email opt-out"), Kind.BOOL),
        FieldSpec("do_not_call", N_("Do not call"), Kind.BOOL),
        FieldSpec("latitude", N_("Latitude"), Kind.DECIMAL),
        FieldSpec("longitude", N_("Longitude"), Kind.DECIMAL),
        *_common(),
    ),
    sections=(
        Section(
            N_("Organization"),
            (
                "number",
                "name",
                "org_type",
                "industry",
                "parent_id",
                "tax_id",
                "annual_revenue",
                "employees",
                "owner_id",
            ),
        ),
        Section(
            N_("Contact details"),
            ("phone", "other_phone", "email", "website", "email_opt_out", "do_not_call"),
        ),
        Section(N_("Billing address"), _address_names("billing_")),
        Section(N_("Shipping address"), _address_names("shipping_")),
        Section(N_("Location"), ("latitude", "longitude")),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "name",
        "org_type",
        "industry",
        "billing_city",
        "phone",
        "email",
        "owner_id",
        "modified_at",
    ),
    title_fields=("name",),
    related=(
        RelatedTab(N_("Contacts"), "contacts", "organization_id"),
        RelatedTab(N_("Opportunities"), "opportunities", "organization_id"),
        RelatedTab(N_("Quotes"), "quotes", "organization_id"),
        RelatedTab(N_("Sales orders"), "sales_orders", "organization_id"),
        RelatedTab(N_("Member organizations"), "organizations", "parent_id"),
        RelatedTab(N_("Activities"), "activities"),
    ),
    filters=(
        FilterSpec(N_("Customers"), (Condition("org_type", "eq", "Customer"),)),
        FilterSpec(
            N_("Customers in Hanoi"),
            (
                Condition("org_type", "eq", "Customer"),
                Condition("billing_city", "contains", "Hà Nội"),
            ),
        ),
        FilterSpec(N_("My organizations"), (Condition("owner_id", "eq", "@me"),)),
    ),
)

CONTACTS = RecordType(
    key="contacts",
    label=N_("Contacts"),
    singular=N_("Contact"),
    icon="contact",
    group=SALES,
    table="contacts",
    number_prefix="CON-",
    fields=(
        _number(),
        FieldSpec("salutation", N_("Salutation"), Kind.CHOICE, choices=p.SALUTATIONS),
        FieldSpec(
            "first_name", N_("First name"), max_length=120, sort="first_name_key", searchable=True
        ),
        FieldSpec(
            "last_name",
            N_("Last name"),
            required=True,
            max_length=120,
            sort="last_name_key",
            searchable=True,
        ),
        FieldSpec("title", N_("Title"), max_length=120, sort="title"),
        FieldSpec("department", N_("Department"), max_length=120),
        FieldSpec(
            "organization_id",
            N_("Organization"),
            Kind.REFERENCE,
            reference="organizations",
            cache="organization_name",
            sort="organization_name_key",
            searchable=True,
        ),
        FieldSpec("email", N_("Email"), Kind.EMAIL, sort="email", searchable=True),
        FieldSpec("secondary_email", N_("Secondary email"), Kind.EMAIL, searchable=True),
        FieldSpec(
            "office_phone", N_("Office phone"), Kind.PHONE, sort="office_phone", searchable=True
        ),
        FieldSpec("mobile_phone", N_("Mobile"), Kind.PHONE, sort="mobile_phone", searchable=True),
        FieldSpec("home_phone", N_("Home phone"), Kind.PHONE, searchable=True),
        FieldSpec("birthday", N_("Birthday"), Kind.DATE),
        *_address("mailing_", city_sort=True),
        FieldSpec("lead_source", N_("Lead source"), Kind.CHOICE, choices=p.LEAD_SOURCES),
        FieldSpec("do_not_call", N_("Do not call"), Kind.BOOL),
        FieldSpec("email_opt_out", N_("Email opt-out"), Kind.BOOL),
        FieldSpec("no_messages", N_("No messages"), Kind.BOOL),
        FieldSpec(
            "reports_to_id",
            N_("Reports to"),
            Kind.REFERENCE,
            reference="contacts",
            cache="reports_to_name",
        ),
        *_common(),
    ),
    sections=(
        Section(
            N_("Contact"),
            (
                "number",
                "salutation",
                "first_name",
                "last_name",
                "title",
                "department",
                "organization_id",
                "reports_to_id",
                "birthday",
                "lead_source",
                "owner_id",
            ),
        ),
        Section(
            N_("Contact details"),
            (
                "email",
                "secondary_email",
                "office_phone",
                "mobile_phone",
                "home_phone",
                "do_not_call",
                "email_opt_out",
                "no_messages",
            ),
        ),
        Section(N_("Mailing address"), _address_names("mailing_")),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "first_name",
        "last_name",
        "organization_id",
        "title",
        "email",
        "office_phone",
        "mailing_city",
        "owner_id",
        "modified_at",
    ),
    title_fields=("first_name", "last_name"),
    default_sort=("last_name", False),
    related=(
        RelatedTab(N_("Opportunities"), "opportunities", "contact_id"),
        RelatedTab(N_("Quotes"), "quotes", "contact_id"),
        RelatedTab(N_("Sales orders"), "sales_orders", "contact_id"),
        RelatedTab(N_("Direct reports"), "contacts", "reports_to_id"),
        RelatedTab(N_("Activities"), "activities"),
    ),
    filters=(FilterSpec(N_("My contacts"), (Condition("owner_id", "eq", "@me"),)),),
)

OPPORTUNITIES = RecordType(
    key="opportunities",
    label=N_("Opportunities"),
    singular=N_("Opportunity"),
    icon="opportunity",
    group=SALES,
    table="opportunities",
    number_prefix="OPP-",
    fields=(
        _number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        FieldSpec(
            "organization_id",
            N_("Organization"),
            Kind.REFERENCE,
            reference="organizations",
            cache="organization_name",
            sort="organization_name_key",
            searchable=True,
        ),
        FieldSpec(
            "contact_id",
            N_("Contact"),
            Kind.REFERENCE,
            reference="contacts",
            cache="contact_name",
            sort="contact_name_key",
            searchable=True,
        ),
        FieldSpec("amount", N_("Amount"), Kind.MONEY, sort="amount"),
        FieldSpec(
            "currency",
            N_("Currency"),
            Kind.CURRENCY,
            required=True,
            choices=p.CURRENCIES,
            sort="currency",
            default="USD",
        ),
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
        *_common(),
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
        RelatedTab(N_("Activities"), "activities"),
        RelatedTab(N_("Stage history"), "opportunities", page="stage_history"),
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

PRODUCTS = RecordType(
    key="products",
    label=N_("Products"),
    singular=N_("Product"),
    icon="product",
    group=SALES,
    table="products",
    number_prefix="PRD-",
    fields=(
        _number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        FieldSpec("code", N_("Code / SKU"), max_length=80, sort="code", searchable=True),
        FieldSpec(
            "category", N_("Category"), Kind.CHOICE, choices=p.PRODUCT_CATEGORIES, sort="category"
        ),
        FieldSpec("unit", N_("Unit"), Kind.CHOICE, choices=p.UNITS, default="Each"),
        FieldSpec("unit_price", N_("Unit price"), Kind.MONEY, sort="unit_price"),
        FieldSpec("cost", N_("Cost"), Kind.MONEY),
        FieldSpec(
            "currency",
            N_("Currency"),
            Kind.CURRENCY,
            required=True,
            choices=p.CURRENCIES,
            default="USD",
            sort="currency",
        ),
        FieldSpec(
            "tax_class", N_("Tax class"), Kind.CHOICE, choices=p.TAX_CLASSES, default="Standard"
        ),
        FieldSpec(
            "quantity_in_stock", N_("Quantity in stock"), Kind.DECIMAL, sort="quantity_in_stock"
        ),
        FieldSpec("active", N_("Active"), Kind.BOOL, sort="active", default=True),
        *_common(),
    ),
    sections=(
        Section(
            N_("Product"),
            ("number", "name", "code", "category", "unit", "active", "owner_id"),
        ),
        Section(
            N_("Pricing and stock"),
            ("unit_price", "cost", "currency", "tax_class", "quantity_in_stock"),
        ),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "name",
        "code",
        "category",
        "unit_price",
        "currency",
        "quantity_in_stock",
        "active",
    ),
    title_fields=("name",),
    default_sort=("name", False),
    filters=(FilterSpec(N_("Active products"), (Condition("active", "eq", True),)),),
)
