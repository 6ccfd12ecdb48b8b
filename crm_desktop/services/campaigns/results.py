"""A campaign's results: members and responses, opportunities attributed to it, and the
return on its cost from those won.

Two aggregate statements whatever the number of opportunities: a ``GROUP BY`` of the
won ones by currency (on the ``campaign_id`` index) and a count of the members by
response (on the members' unique index).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from crm_desktop.errors import NotFound
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Opportunity
from crm_desktop.models.marketing import Campaign, CampaignMember
from crm_desktop.registry import Registry
from crm_desktop.services.access.rules import Access
from crm_desktop.services.campaigns.types import CampaignResults
from crm_desktop.services.quotes.totals import currency_decimals

WON = "Closed Won"
RESPONDED = "Responded"


def return_on_cost(revenue: Decimal, cost: Decimal | None) -> Decimal | None:
    """(revenue - cost) / cost to four decimals; None while the cost is unknown or zero."""
    if cost is None or cost <= 0:
        return None
    return ((revenue - cost) / cost).quantize(Decimal("0.0001")).normalize()


def campaign_results(
    db: Database, registry: Registry, access: Access, campaign_id: int
) -> CampaignResults:
    with db.read() as session:
        campaign = session.execute(
            select(Campaign.currency, Campaign.actual_cost, Campaign.owner_id).where(
                Campaign.id == campaign_id
            )
        ).first()
        if campaign is None:
            raise NotFound("Campaign %1 does not exist.", campaign_id)
        access.require_sees(registry.get("campaigns"), campaign.owner_id)
        responses = dict(
            session.execute(
                select(CampaignMember.response, func.count())
                .where(CampaignMember.campaign_id == campaign_id)
                .group_by(CampaignMember.response)
            ).all()
        )
        attributed = (Opportunity.campaign_id == campaign_id, Opportunity.deleted_at.is_(None))
        opportunities = session.execute(
            select(func.count()).select_from(Opportunity).where(*attributed)
        ).scalar_one()
        won_rows = session.execute(
            select(Opportunity.currency, func.count(), func.sum(Opportunity.amount))
            .where(*attributed, Opportunity.sales_stage == WON)
            .group_by(Opportunity.currency)
        ).all()
    # The sum of a Money column is typed as Money: it comes back as a Decimal.
    won_by_currency = {code: total or Decimal(0) for code, _, total in won_rows}
    own = campaign.currency
    revenue = won_by_currency.pop(own, Decimal(0))
    cost = campaign.actual_cost
    roi = return_on_cost(revenue, cost)
    places = Decimal(1).scaleb(-currency_decimals(own))
    return CampaignResults(
        currency=own,
        members=sum(responses.values()),
        responded=responses.get(RESPONDED, 0),
        opportunities=int(opportunities),
        won=sum(count for _, count, _ in won_rows),
        won_revenue=revenue.quantize(places),
        actual_cost=cost,
        roi=roi,
        won_elsewhere=won_by_currency,
    )
