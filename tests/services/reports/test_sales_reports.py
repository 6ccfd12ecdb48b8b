"""The sales reports against figures worked out by hand from the office's table
(tests/services/reports/conftest.py), sums per currency."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.reports.types import CURRENCY_NOTE, ReportTable, parse_period
from tests.services.reports.conftest import Office

Q3 = parse_period("2026-Q3")


def _drills_count_the_rows(office: Office, report: ReportTable, count: str) -> None:
    """Each row's records, opened as a list with its conditions, are the ones it counts."""
    lists = office.admin.lists
    for row, drill in zip(report.rows, report.drills, strict=True):
        assert drill is not None
        listed = lists.count(ListQuery(drill.record_type, conditions=drill.conditions))
        assert listed == row[report.index(count)]


def test_pipeline_per_stage_and_currency_in_a_quarter(sales: Office) -> None:
    report = sales.admin.reports.run("pipeline", Q3)

    assert report.rows == (
        ("Prospecting", "USD", 1, D("1000"), D("100")),
        ("Prospecting", "VND", 1, D("30000000"), D("3000000")),
        ("Negotiation/Review", "USD", 1, D("2500.50"), D("2000.40")),
    )  # the open deals: the won and lost ones are the won-lost report's
    assert report.note == CURRENCY_NOTE
    _drills_count_the_rows(sales, report, "count")


def test_pipeline_of_mine_and_of_my_team(sales: Office) -> None:
    an = sales.as_user("an")

    mine = an.reports.run("pipeline", scope="mine")
    team = an.reports.run("pipeline", Q3, scope="team")

    assert mine.rows == (
        ("Prospecting", "USD", 1, D("1000"), D("100")),
        ("Negotiation/Review", "USD", 1, D("2500.50"), D("2000.40")),
    )
    # an's team: an, binh and the manager maria of the group "sales"; not chi.
    assert [(r[0], r[1]) for r in team.rows] == [
        ("Prospecting", "USD"),
        ("Prospecting", "VND"),
        ("Negotiation/Review", "USD"),
    ]


def test_forecast_by_month_of_the_open_opportunities(sales: Office) -> None:
    report = sales.admin.reports.run("forecast", parse_period("2026"))

    assert report.rows == (
        ("2026-07", "USD", 1, D("1000"), D("100")),
        ("2026-08", "USD", 1, D("2500.50"), D("2000.40")),
        ("2026-09", "VND", 1, D("30000000"), D("3000000")),
    )
    _drills_count_the_rows(sales, report, "count")


def test_won_and_lost_by_month(sales: Office) -> None:
    report = sales.admin.reports.run("won-lost", parse_period("2026"))

    assert report.rows == (
        ("2026-08", "USD", 1, D("700"), 1, D("400")),
        ("2026-09", "EUR", 1, D("1200"), 0, D("0")),
        ("2026-10", "VND", 1, D("50000000"), 0, D("0")),
    )
    august = parse_period("2026-08")
    assert sales.admin.reports.run("won-lost", august).rows == (report.rows[0],)


def test_won_and_lost_by_salesperson(sales: Office) -> None:
    report = sales.admin.reports.run("won-by-person", parse_period("2026"))

    assert report.rows == (
        ("an", "USD", 0, D("0"), 1, D("400")),
        ("an", "VND", 1, D("50000000"), 0, D("0")),
        ("chi", "USD", 1, D("700"), 0, D("0")),
        ("maria", "EUR", 1, D("1200"), 0, D("0")),
    )


def test_top_customers_by_won_amount_per_currency(sales: Office) -> None:
    report = sales.admin.reports.run("top-customers", parse_period("2026"))

    assert report.rows == (
        ("Farmácia São Jorge", "EUR", 1, D("1200")),
        ("Thép Hà Nội", "USD", 1, D("700")),
        ("Thép Hà Nội", "VND", 1, D("50000000")),
    )
    _drills_count_the_rows(sales, report, "won")


def test_any_list_grouped_by_a_field(sales: Office) -> None:
    report = sales.admin.reports.grouped(ListQuery("opportunities"), "owner_id")

    assert [c.key for c in report.columns] == [
        "value", "currency", "count", "amount", "weighted_amount",
    ]  # fmt: skip
    assert report.rows == (
        ("an", "USD", 3, D("3900.50"), D("2100.40")),
        ("an", "VND", 1, D("50000000"), D("50000000")),
        ("binh", "USD", 1, D("999"), D("99.90")),
        ("binh", "VND", 1, D("30000000"), D("3000000")),
        ("chi", "USD", 1, D("700"), D("700")),
        ("maria", "EUR", 1, D("1200"), D("1200")),
    )
    _drills_count_the_rows(sales, report, "count")
    stages = sales.admin.reports.grouped(ListQuery("opportunities", quick="an"), "sales_stage")
    assert stages.row(value="Prospecting", currency="USD")[2] == 1


def test_a_bad_period_scope_or_report_is_one_sentence(sales: Office) -> None:
    from crm_desktop.errors import DomainError

    for text in ("2026-Q5", "2026-13", "next year", "2026-02-30..2026-03-01"):
        with pytest.raises(DomainError, match="is not a period"):
            parse_period(text)
    with pytest.raises(DomainError, match="is not a scope"):
        sales.admin.reports.run("pipeline", scope="galaxy")
    with pytest.raises(DomainError, match='no report "pipe"'):
        sales.admin.reports.run("pipe")
    with pytest.raises(DomainError, match="have no field"):
        sales.admin.reports.grouped(ListQuery("opportunities"), "colour")


def test_periods() -> None:
    assert (Q3.start.isoformat(), Q3.end.isoformat()) == ("2026-07-01", "2026-10-01")
    december = parse_period("2026-12")
    assert (december.start.isoformat(), december.end.isoformat()) == ("2026-12-01", "2027-01-01")
    days = parse_period("2026-01-15..2026-02-14")
    assert (days.start.isoformat(), days.end.isoformat()) == ("2026-01-15", "2026-02-15")
