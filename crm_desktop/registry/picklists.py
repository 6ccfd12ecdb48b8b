"""Picklist values (stored in English; shown translated with context "picklist")."""

from __future__ import annotations

from crm_desktop.registry.spec import FAMILY_FIRST, GIVEN_FIRST, N_

SALUTATIONS = (N_("Mr."), N_("Ms."), N_("Mrs."), N_("Dr."), N_("Prof."))

NAME_ORDERS = (GIVEN_FIRST, FAMILY_FIRST)

LEAD_SOURCES = (
    N_("Cold Call"),
    N_("Existing Customer"),
    N_("Self Generated"),
    N_("Employee"),
    N_("Partner"),
    N_("Public Relations"),
    N_("Direct Mail"),
    N_("Conference"),
    N_("Trade Show"),
    N_("Web Site"),
    N_("Word of mouth"),
    N_("Social media"),
    N_("Other"),
)

LEAD_STATUSES = (
    N_("Not Contacted"),
    N_("Attempted to Contact"),
    N_("Contacted"),
    N_("Contact in Future"),
    N_("Pre Qualified"),
    N_("Qualified"),
    N_("Hot"),
    N_("Warm"),
    N_("Cold"),
    N_("Junk Lead"),
    N_("Lost Lead"),
    # set by converting the lead into a contact (and organization, opportunity)
    N_("Converted"),
)

RATINGS = (
    N_("Acquired"),
    N_("Active"),
    N_("Market Failed"),
    N_("Project Cancelled"),
    N_("Shutdown"),
)

INDUSTRIES = (
    N_("Apparel"),
    N_("Banking"),
    N_("Biotechnology"),
    N_("Chemicals"),
    N_("Communications"),
    N_("Construction"),
    N_("Consulting"),
    N_("Education"),
    N_("Electronics"),
    N_("Energy"),
    N_("Engineering"),
    N_("Entertainment"),
    N_("Environmental"),
    N_("Finance"),
    N_("Food & Beverage"),
    N_("Government"),
    N_("Healthcare"),
    N_("Hospitality"),
    N_("Insurance"),
    N_("Machinery"),
    N_("Manufacturing"),
    N_("Media"),
    N_("Not For Profit"),
    N_("Recreation"),
    N_("Retail"),
    N_("Shipping"),
    N_("Technology"),
    N_("Telecommunications"),
    N_("Transportation"),
    N_("Utilities"),
    N_("Other"),
)

ORGANIZATION_TYPES = (
    N_("Customer"),
    N_("Prospect"),
    N_("Partner"),
    N_("Vendor/Supplier"),
    N_("Competitor"),
    N_("Reseller"),
    N_("Other"),
)

#: Sales stages and the probability (%) each pre-fills.
SALES_STAGES: tuple[tuple[str, int], ...] = (
    (N_("Prospecting"), 10),
    (N_("Qualification"), 20),
    (N_("Needs Analysis"), 25),
    (N_("Value Proposition"), 30),
    (N_("Id. Decision Makers"), 40),
    (N_("Perception Analysis"), 50),
    (N_("Proposal/Price Quote"), 65),
    (N_("Negotiation/Review"), 80),
    (N_("Closed Won"), 100),
    (N_("Closed Lost"), 0),
)
STAGE_PROBABILITY = dict(SALES_STAGES)
#: the stage of a won deal
CLOSED_WON = "Closed Won"
CLOSED_STAGES = (CLOSED_WON, "Closed Lost")

OPPORTUNITY_TYPES = (N_("New Business"), N_("Existing Business"))

PRODUCT_CATEGORIES = (
    N_("Hardware"),
    N_("Software"),
    N_("Service"),
    N_("Consulting"),
    N_("Training"),
    N_("Support"),
    N_("Subscription"),
    N_("Other"),
)
UNITS = (
    N_("Each"),
    N_("Hour"),
    N_("Day"),
    N_("Month"),
    N_("Year"),
    N_("Box"),
    N_("Kg"),
    N_("Licence"),
)
TAX_CLASSES = (N_("Standard"), N_("Reduced"), N_("Zero"), N_("Exempt"))

#: ISO 4217 codes and their number of decimals (minor units).
CURRENCY_DECIMALS = {"VND": 0, "ISK": 0, "USD": 2, "EUR": 2, "BRL": 2, "GBP": 2, "JPY": 0}
CURRENCIES = tuple(CURRENCY_DECIMALS)

QUOTE_STAGES = (N_("Draft"), N_("Delivered"), N_("Reviewed"), N_("Accepted"), N_("Rejected"))
ORDER_STATUSES = (N_("Created"), N_("Approved"), N_("Delivered"), N_("Cancelled"))
#: "Group": taxes of the whole document; "Individual": taxes per line
TAX_MODES = (N_("Group"), N_("Individual"))

ACTIVITY_KINDS = (N_("Call"), N_("Meeting"), N_("Task"), N_("Visit"), N_("Email"))
#: statuses of calls, meetings, visits and emails (things that happen at a time)
EVENT_STATUSES = (N_("Planned"), N_("Held"), N_("Not Held"))
TASK_STATUSES = (N_("Not Started"), N_("In Progress"), N_("Completed"), N_("Deferred"))
ACTIVITY_STATUSES = (*EVENT_STATUSES, *TASK_STATUSES)
#: statuses that mean "nothing left to do"
ACTIVITY_DONE_STATUSES = (N_("Held"), N_("Not Held"), N_("Completed"))
ACTIVITY_PRIORITIES = (N_("Low"), N_("Medium"), N_("High"))
#: record types an activity may be linked to (registry keys)
ACTIVITY_LINK_TYPES = (
    "leads",
    "organizations",
    "contacts",
    "opportunities",
    "cases",
    "contracts",
    "projects",
)
