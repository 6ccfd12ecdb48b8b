"""Marketing's record types: campaigns, with their members, opportunities and messages."""

from __future__ import annotations

from dataclasses import replace

from crm_desktop.registry.fields import common, currency, number
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

MARKETING = N_("Marketing")

CAMPAIGN_TYPES = (
    N_("Conference"),
    N_("Webinar"),
    N_("Trade Show"),
    N_("Public Relations"),
    N_("Partners"),
    N_("Referral Program"),
    N_("Advertisement"),
    N_("Banner Ads"),
    N_("Direct Mail"),
    N_("Email"),
    N_("Telemarketing"),
    N_("Social"),
    N_("Others"),
)
CAMPAIGN_STATUSES = (
    N_("Planning"),
    N_("Active"),
    N_("Inactive"),
    N_("Completed"),
    N_("Cancelled"),
)
#: how a campaign's member responded; the first is a new member's
MEMBER_RESPONSES = (
    N_("Planned"),
    N_("Sent"),
    N_("Received"),
    N_("Opened"),
    N_("Responded"),
    N_("Bounced"),
    N_("Opted Out"),
)
#: the record types a campaign's members are
MEMBER_TYPES = ("leads", "contacts")

CAMPAIGNS = RecordType(
    key="campaigns",
    label=N_("Campaigns"),
    singular=N_("Campaign"),
    icon="campaign",
    group=MARKETING,
    table="campaigns",
    number_prefix="CAM-",
    form_parts=("campaign_results",),
    fields=(
        number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        FieldSpec(
            "campaign_type",
            N_("Type"),
            Kind.CHOICE,
            choices=CAMPAIGN_TYPES,
            sort="campaign_type",
        ),
        FieldSpec(
            "status",
            N_("Status"),
            Kind.CHOICE,
            choices=CAMPAIGN_STATUSES,
            sort="status",
            default="Planning",
        ),
        FieldSpec("start_date", N_("Start date"), Kind.DATE, sort="start_date"),
        FieldSpec("end_date", N_("End date"), Kind.DATE, sort="end_date"),
        # A list sorts campaigns by their amounts, not by the currency they are in.
        replace(currency(), sort=None),
        FieldSpec("budget_cost", N_("Budget cost"), Kind.MONEY, sort="budget_cost"),
        FieldSpec("actual_cost", N_("Actual cost"), Kind.MONEY, sort="actual_cost"),
        FieldSpec("expected_revenue", N_("Expected revenue"), Kind.MONEY),
        FieldSpec("expected_responses", N_("Expected responses"), Kind.INTEGER),
        FieldSpec("actual_responses", N_("Actual responses"), Kind.INTEGER),
        *common(),
    ),
    sections=(
        Section(
            N_("Campaign"),
            ("number", "name", "campaign_type", "status", "start_date", "end_date", "owner_id"),
        ),
        Section(
            N_("Budget and results"),
            (
                "currency",
                "budget_cost",
                "actual_cost",
                "expected_revenue",
                "expected_responses",
                "actual_responses",
            ),
        ),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "name",
        "campaign_type",
        "status",
        "start_date",
        "end_date",
        "budget_cost",
        "actual_cost",
        "owner_id",
    ),
    title_fields=("name",),
    default_sort=("start_date", True),
    related=(
        RelatedTab(N_("Members"), "campaigns", page="campaign_members"),
        RelatedTab(N_("Opportunities"), "opportunities", "campaign_id"),
        RelatedTab(N_("Messages sent"), "campaigns", page="campaign_messages"),
    ),
    filters=(
        FilterSpec(N_("Active campaigns"), (Condition("status", "eq", "Active"),)),
        FilterSpec(N_("My campaigns"), (Condition("owner_id", "eq", "@me"),)),
    ),
)
