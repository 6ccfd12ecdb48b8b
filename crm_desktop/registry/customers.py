"""The customers' record types: organizations and the contacts who work for them."""

from __future__ import annotations

from crm_desktop.registry import picklists as p
from crm_desktop.registry.fields import (
    NAME_ORDER,
    SALES,
    address,
    address_section,
    common,
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

ORGANIZATIONS = RecordType(
    key="organizations",
    label=N_("Organizations"),
    singular=N_("Organization"),
    icon="organization",
    group=SALES,
    table="organizations",
    form_parts=("duplicate_hint",),
    visit_address=("billing_street", "billing_city"),
    number_prefix="ORG-",
    fields=(
        number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        FieldSpec(
            "org_type", N_("Type"), Kind.CHOICE, choices=p.ORGANIZATION_TYPES, sort="org_type"
        ),
        FieldSpec("industry", N_("Industry"), Kind.CHOICE, choices=p.INDUSTRIES, sort="industry"),
        reference("parent_id", N_("Parent organization"), "organizations", "parent_name"),
        FieldSpec("website", N_("Website"), Kind.URL, searchable=True),
        FieldSpec("phone", N_("Phone"), Kind.PHONE, sort="phone", searchable=True),
        FieldSpec("other_phone", N_("Other phone"), Kind.PHONE, searchable=True),
        FieldSpec("email", N_("Email"), Kind.EMAIL, sort="email", searchable=True),
        *address("billing_", city_sort=True),
        *address("shipping_"),
        FieldSpec("tax_id", N_("Tax ID"), max_length=60, searchable=True),
        FieldSpec("annual_revenue", N_("Annual revenue"), Kind.MONEY),
        FieldSpec("employees", N_("Employees"), Kind.INTEGER),
        FieldSpec("email_opt_out", N_("Email opt-out"), Kind.BOOL),
        FieldSpec("do_not_call", N_("Do not call"), Kind.BOOL),
        FieldSpec("latitude", N_("Latitude"), Kind.DECIMAL),
        FieldSpec("longitude", N_("Longitude"), Kind.DECIMAL),
        *common(),
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
        address_section(
            N_("Billing address"),
            "billing_",
            copy_from=("shipping_", N_("Copy shipping → billing")),
        ),
        address_section(
            N_("Shipping address"),
            "shipping_",
            copy_from=("billing_", N_("Copy billing → shipping")),
        ),
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
        RelatedTab(N_("Activities"), "activities", page="activity_history"),
        RelatedTab(N_("Mail"), "organizations", page="mail"),
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
    form_parts=("photo", "duplicate_hint"),
    visit_address=("mailing_street", "mailing_city"),
    number_prefix="CON-",
    fields=(
        number(),
        *person_name(),
        FieldSpec("title", N_("Title"), max_length=120, sort="title"),
        FieldSpec("department", N_("Department"), max_length=120),
        reference(
            "organization_id", N_("Organization"), "organizations", "organization_name", listed=True
        ),
        FieldSpec("email", N_("Email"), Kind.EMAIL, sort="email", searchable=True),
        FieldSpec("secondary_email", N_("Secondary email"), Kind.EMAIL, searchable=True),
        FieldSpec(
            "office_phone", N_("Office phone"), Kind.PHONE, sort="office_phone", searchable=True
        ),
        FieldSpec("mobile_phone", N_("Mobile"), Kind.PHONE, sort="mobile_phone", searchable=True),
        FieldSpec("home_phone", N_("Home phone"), Kind.PHONE, searchable=True),
        FieldSpec("messenger", N_("Messenger name"), max_length=100),
        FieldSpec("birthday", N_("Birthday"), Kind.DATE),
        *address("mailing_", city_sort=True),
        FieldSpec("lead_source", N_("Lead source"), Kind.CHOICE, choices=p.LEAD_SOURCES),
        FieldSpec("do_not_call", N_("Do not call"), Kind.BOOL),
        FieldSpec("email_opt_out", N_("Email opt-out"), Kind.BOOL),
        FieldSpec("no_messages", N_("No messages"), Kind.BOOL),
        reference("reports_to_id", N_("Reports to"), "contacts", "reports_to_name"),
        *common(),
    ),
    sections=(
        Section(
            N_("Contact"),
            (
                "number",
                "salutation",
                "first_name",
                "last_name",
                NAME_ORDER,
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
                "messenger",
                "do_not_call",
                "email_opt_out",
                "no_messages",
            ),
        ),
        address_section(N_("Mailing address"), "mailing_"),
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
    name_order=NAME_ORDER,
    default_sort=("last_name", False),
    related=(
        RelatedTab(N_("Opportunities"), "opportunities", "contact_id"),
        RelatedTab(N_("Quotes"), "quotes", "contact_id"),
        RelatedTab(N_("Sales orders"), "sales_orders", "contact_id"),
        RelatedTab(N_("Direct reports"), "contacts", "reports_to_id"),
        RelatedTab(N_("Activities"), "activities", page="activity_history"),
        RelatedTab(N_("Mail"), "contacts", page="mail"),
    ),
    filters=(FilterSpec(N_("My contacts"), (Condition("owner_id", "eq", "@me"),)),),
)
