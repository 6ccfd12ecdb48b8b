"""The campaign ROI and open cases reports, and their dashboard tiles: each figure worked
out in the test from the records it makes, each row opening exactly its records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D

import pytest
from sqlalchemy import update

from crm_desktop.models.support import Case
from crm_desktop.services import Services
from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.reports.charts import chart, tile, values_of
from crm_desktop.services.reports.types import Drill, ReportTable, parse_period
from tests.conftest import AsUser

Q3 = parse_period("2026-Q3")

#: (name, owner, currency, actual cost, start date)
CAMPAIGNS = (
    ("Hội chợ Hà Nội", "an", "USD", "1000", dt.date(2026, 8, 1)),
    ("Webinar Lisboa", "maria", "EUR", "500", dt.date(2026, 9, 15)),
    ("Póstur", "chi", "ISK", None, dt.date(2026, 7, 20)),  # no cost: no return
    ("Old mailing", "an", "USD", "200", dt.date(2025, 3, 1)),  # before the quarter
)
#: (campaign, owner, stage, amount, currency)
ATTRIBUTED = (
    ("Hội chợ Hà Nội", "an", "Closed Won", "1500", "USD"),
    ("Hội chợ Hà Nội", "binh", "Closed Won", "1000", "USD"),
    ("Hội chợ Hà Nội", "an", "Closed Won", "5000000", "VND"),  # another currency
    ("Hội chợ Hà Nội", "an", "Closed Lost", "300", "USD"),
    ("Hội chợ Hà Nội", "an", "Prospecting", "800", "USD"),
    ("Webinar Lisboa", "maria", "Closed Won", "300", "EUR"),
    ("Póstur", "chi", "Closed Won", "100000", "ISK"),
    ("Old mailing", "an", "Closed Won", "900", "USD"),
)
#: (owner, status, priority, opened at (UTC))
CASES = (
    ("an", "Open", "Urgent", dt.datetime(2026, 7, 3, 9)),
    ("an", "Open", "Normal", dt.datetime(2026, 8, 3, 9)),
    ("binh", "Open", "Normal", dt.datetime(2026, 8, 4, 9)),
    ("chi", "In Progress", "High", dt.datetime(2026, 9, 1, 9)),
    ("chi", "Wait For Response", "Low", dt.datetime(2026, 9, 2, 9)),
    ("an", "Closed", "Urgent", dt.datetime(2026, 9, 3, 9)),  # closed: not open
    ("binh", "Open", "High", dt.datetime(2026, 10, 1, 9)),  # after the quarter
)


@dataclass
class Marketing:
    admin: Services
    as_user: AsUser
    campaigns: dict[str, int]


@pytest.fixture
def marketing(office: Services, as_user: AsUser) -> Marketing:
    users = {u.username: u.id for u in office.users.users()}
    ids: dict[str, int] = {}
    for name, owner, currency, cost, start in CAMPAIGNS:
        values = {"name": name, "currency": currency, "start_date": start}
        values |= {"owner_id": users[owner], "actual_cost": cost}
        ids[name] = office.records.create("campaigns", values).id
    for campaign, owner, stage, amount, currency in ATTRIBUTED:
        office.records.create(
            "opportunities",
            {
                "name": f"{campaign} {stage}",
                "sales_stage": stage,
                "amount": amount,
                "currency": currency,
                "campaign_id": ids[campaign],
                "owner_id": users[owner],
            },
        )
    for owner, status, priority, opened in CASES:
        values = {"title": f"{priority} case of {owner}", "priority": priority}
        values |= {"status": "Open", "owner_id": users[owner]}
        case = office.records.create("cases", values)
        if status != "Open":
            changed = {"status": status, "resolution": "Done" if status == "Closed" else None}
            office.records.update("cases", case.id, case.version, changed)
        with office.db.write() as session:
            when = opened.replace(tzinfo=dt.UTC)
            session.execute(update(Case).where(Case.id == case.id).values(created_at=when))
    return Marketing(office, as_user, ids)


def _expected_roi(
    names: set[str], *, owners: set[str] | None = None
) -> list[tuple[str, str, D | None, int, D, D | None]]:
    """The report's rows worked out from the tables: the wins (of ``owners``' opportunities
    when given) in the campaign's currency; best return first, none last."""
    rows = []
    for name, _owner, currency, cost, _start in CAMPAIGNS:
        if name not in names:
            continue
        wins = [
            D(amount)
            for campaign, owner, stage, amount, code in ATTRIBUTED
            if campaign == name and stage == "Closed Won" and code == currency
            and (owners is None or owner in owners)
        ]  # fmt: skip
        revenue = sum(wins, D(0))
        roi = None if cost is None else ((revenue - D(cost)) / D(cost) * 100).quantize(D("0.1"))
        rows.append((name, currency, None if cost is None else D(cost), len(wins), revenue, roi))
    return sorted(rows, key=lambda r: (r[5] is None, -(r[5] or 0)))


def _listed(services: Services, drill: Drill | None) -> int:
    assert drill is not None
    return services.lists.count(ListQuery(drill.record_type, conditions=drill.conditions))


def _money_as_is(report: ReportTable) -> list[tuple[object, ...]]:
    return [tuple(row) for row in report.rows]


def test_campaign_roi_of_the_campaigns_started_in_the_period(marketing: Marketing) -> None:
    admin = marketing.admin

    report = admin.reports.run("campaign-roi", Q3)

    in_q3 = {name for name, *_, start in CAMPAIGNS if start in Q3}
    assert _money_as_is(report) == _expected_roi(in_q3)
    # The figures of each campaign's form (services/campaigns), as a percentage.
    for row in report.rows:
        results = admin.campaigns().results(marketing.campaigns[row[0]])
        assert row[4] == results.won_revenue and row[3] == len(
            [a for a in ATTRIBUTED if a[0] == row[0] and a[2] == "Closed Won" and a[4] == row[1]]
        )
        assert row[5] == (None if results.roi is None else (results.roi * 100).quantize(D("0.1")))
    # A row opens its won opportunities in the campaign's currency.
    for row, drill in zip(report.rows, report.drills, strict=True):
        assert _listed(admin, drill) == row[3]
    everything = admin.reports.run("campaign-roi")
    assert len(everything.rows) == len(CAMPAIGNS)


def test_campaign_roi_follows_the_scope_and_the_rights(marketing: Marketing) -> None:
    an = marketing.as_user("an")
    mine = an.reports.run("campaign-roi", scope="mine")
    assert [row[0] for row in mine.rows] == [r[0] for r in _expected_roi(
        {name for name, owner, *_ in CAMPAIGNS if owner == "an"})]  # fmt: skip

    # Private opportunities: chi (in no group) counts only the wins chi may see.
    marketing.admin.office.set_private("opportunities", True)
    chi = marketing.as_user("chi")
    seen = chi.reports.run("campaign-roi", Q3)
    in_q3 = {name for name, *_, start in CAMPAIGNS if start in Q3}
    assert _money_as_is(seen) == _expected_roi(in_q3, owners={"chi"})
    for row, drill in zip(seen.rows, seen.drills, strict=True):
        assert _listed(chi, drill) == row[3]
    # Private campaigns: chi sees chi's own only.
    marketing.admin.office.set_private("campaigns", True)
    assert [row[0] for row in marketing.as_user("chi").reports.run("campaign-roi").rows] == [
        name for name, owner, *_ in CAMPAIGNS if owner == "chi"
    ]


def test_the_roi_tile_charts_the_returns_known(marketing: Marketing) -> None:
    report = marketing.admin.reports.run("campaign-roi", Q3)

    bars = chart(tile("campaign-roi"), report, "USD")

    expected = [r for r in _expected_roi({n for n, *_, s in CAMPAIGNS if s in Q3}) if r[5]]
    # Returns are percentages of each campaign's own currency: every campaign is charted,
    # whatever the currency chosen for the amounts; one without a cost has no bar.
    assert bars.currency is None
    assert values_of(bars) == {r[0]: (float(r[5] or 0),) for r in expected}
    assert [_listed(marketing.admin, d) for d in bars.drills] == [r[3] for r in expected]


def _expected_cases(
    period_start: dt.datetime, period_end: dt.datetime, owners: set[str] | None = None
) -> dict[str, dict[str, int]]:
    counted: dict[str, dict[str, int]] = {}
    for owner, status, priority, opened in CASES:
        if status == "Closed" or not period_start <= opened < period_end:
            continue
        if owners is not None and owner not in owners:
            continue
        per = counted.setdefault(status, {})
        per[priority] = per.get(priority, 0) + 1
    return counted


def _as_counts(report: ReportTable) -> dict[str, dict[str, int]]:
    priorities = [c.label for c in report.columns[1:-1]]
    found = {}
    for status, *counts, total in report.rows:
        assert total == sum(counts)
        found[status] = {p: n for p, n in zip(priorities, counts, strict=True) if n}
    return found


def test_open_cases_by_status_and_priority(marketing: Marketing) -> None:
    admin = marketing.admin
    start = dt.datetime.combine(Q3.start, dt.time())
    end = dt.datetime.combine(Q3.end, dt.time())

    report = admin.reports.run("open-cases", Q3)

    assert [c.label for c in report.columns[1:-1]] == ["Urgent", "High", "Normal", "Low"]
    assert _as_counts(report) == _expected_cases(start, end)
    assert [row[0] for row in report.rows] == ["Open", "In Progress", "Wait For Response"]
    for row, drill in zip(report.rows, report.drills, strict=True):
        assert _listed(admin, drill) == row[-1]
    bars = chart(tile("open-cases"), report, None)
    assert values_of(bars) == {row[0]: tuple(float(n) for n in row[1:-1]) for row in report.rows}

    # an's team is an, binh and maria; private cases: chi sees chi's own only.
    team = marketing.as_user("an").reports.run("open-cases", Q3, scope="team")
    assert _as_counts(team) == _expected_cases(start, end, {"an", "binh", "maria"})
    admin.office.set_private("cases", True)
    chi = marketing.as_user("chi").reports.run("open-cases", Q3)
    assert _as_counts(chi) == _expected_cases(start, end, {"chi"})
    everyone = admin.reports.run("open-cases")
    assert _as_counts(everyone) == _expected_cases(dt.datetime.min, dt.datetime.max)
