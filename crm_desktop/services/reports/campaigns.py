"""The return on each campaign's cost: the campaigns the user may see, started in the
period, each with the revenue of the won opportunities attributed to it in its own
currency, as a campaign's form shows it (services/campaigns)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from crm_desktop.registry import N_, Condition
from crm_desktop.services.campaigns.results import WON, return_on_cost
from crm_desktop.services.reports.query import ReportQuery
from crm_desktop.services.reports.types import Drill, ReportColumn, ReportTable

CAMPAIGNS = "campaigns"
OPPORTUNITIES = "opportunities"
#: the date that puts a campaign in a period
START_DATE = "start_date"

#: a note under the report: what the return is made of
ROI_NOTE = N_(
    "Return = (won revenue - actual cost) / actual cost, over the won opportunities "
    "attributed to the campaign in its own currency (wins in other currencies are not "
    "converted); empty while the cost is unknown."
)


def campaign_roi(query: ReportQuery) -> ReportTable:
    """Per campaign started in the period: its actual cost, its won opportunities and
    their revenue in the campaign's currency, and the return in percent (one decimal).
    Two statements: the campaigns, and the wins grouped by campaign and currency (the
    opportunities the user may see, on the ``campaign_id`` index)."""
    campaigns = query.table(CAMPAIGNS)
    conditions = query.conditions(CAMPAIGNS, START_DATE)
    chosen = query.rows(
        select(campaigns.c.id, campaigns.c.name, campaigns.c.currency, campaigns.c.actual_cost)
        .where(*query.where(CAMPAIGNS, conditions))
        .order_by(campaigns.c.name_key, campaigns.c.id)
    )
    opportunities = query.table(OPPORTUNITIES)
    ids = select(campaigns.c.id).where(*query.where(CAMPAIGNS, conditions))
    won = query.where(OPPORTUNITIES, (Condition("sales_stage", "eq", WON),))
    wins: dict[tuple[int, str], tuple[int, Decimal]] = {
        (campaign, code): (count, amount or Decimal(0))
        for campaign, code, count, amount in query.rows(
            select(
                opportunities.c.campaign_id,
                opportunities.c.currency,
                func.count(),
                func.sum(opportunities.c.amount),
            )
            .where(*won, opportunities.c.campaign_id.in_(ids))
            .group_by(opportunities.c.campaign_id, opportunities.c.currency)
        )
    }
    found: list[tuple[tuple[Any, ...], Drill]] = []
    for campaign, name, code, cost in chosen:
        count, revenue = wins.get((campaign, code), (0, Decimal(0)))
        roi = return_on_cost(revenue, cost)
        percent = None if roi is None else (roi * 100).quantize(Decimal("0.1"))
        drill = query.drill(
            OPPORTUNITIES,
            (),
            Condition("campaign_id", "eq", campaign),
            Condition("sales_stage", "eq", WON),
            Condition("currency", "eq", code),
        )
        found.append(((name, code, cost, count, revenue, percent), drill))
    # The best return first; those without one (no cost) last, by name.
    found.sort(key=lambda item: (item[0][5] is None, -(item[0][5] or 0)))
    columns = (
        ReportColumn("campaign", N_("Campaign")),
        ReportColumn("currency", N_("Currency"), "currency"),
        ReportColumn("cost", N_("Actual cost"), "money"),
        ReportColumn("won", N_("Won"), "count"),
        ReportColumn("revenue", N_("Won revenue"), "money"),
        ReportColumn("roi", N_("ROI (%)"), "percent"),
    )
    return ReportTable(
        "campaign-roi", N_("Campaign ROI"), columns, tuple(row for row, _ in found),
        tuple(drill for _, drill in found), query.period, query.scope,
        ROI_NOTE,
    )  # fmt: skip
