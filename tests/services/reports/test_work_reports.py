"""Staff work, lead conversion and quotes against figures worked out by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.reports.types import parse_period
from crm_desktop.services.reports.work import week_of
from tests.services.reports.conftest import Office


def test_staff_work_per_person_per_week(sales: Office) -> None:
    report = sales.admin.reports.run("staff-work")

    assert [c.key for c in report.columns] == [
        "week", "person", "call", "meeting", "task", "visit", "email", "total",
    ]  # fmt: skip
    assert report.rows == (
        ("2026-W49", "an", 1, 0, 1, 1, 0, 3),
        ("2026-W50", "binh", 0, 0, 0, 1, 0, 1),
    )
    # December leaves out an's call of Monday 30 November.
    december = sales.admin.reports.run("staff-work", parse_period("2026-12"))
    assert december.rows[0] == ("2026-W49", "an", 0, 0, 1, 1, 0, 2)
    drill = report.drills[0]
    assert drill is not None
    assert sales.admin.lists.count(ListQuery("activities", conditions=drill.conditions)) == 3


def test_staff_work_of_mine(sales: Office) -> None:
    report = sales.as_user("binh").reports.run("staff-work", scope="mine")
    assert report.rows == (("2026-W50", "binh", 0, 0, 0, 1, 0, 1),)


def test_weeks_are_iso_weeks() -> None:
    assert week_of(dt.date(2026, 12, 31)) == "2026-W53"
    assert week_of(dt.date(2027, 1, 4)) == "2027-W01"


def test_lead_conversion_by_source(sales: Office) -> None:
    report = sales.admin.reports.run("lead-conversion", parse_period("2026"))

    assert report.rows == (
        ("Web Site", 3, 1, D("33.3")),
        ("Trade Show", 2, 2, D("100.0")),
        ("", 1, 0, D("0.0")),
    )
    for row, drill in zip(report.rows, report.drills, strict=True):
        assert drill is not None
        assert sales.admin.lists.count(ListQuery("leads", conditions=drill.conditions)) == row[1]


def test_quotes_sent_and_accepted_by_month(sales: Office) -> None:
    report = sales.admin.reports.run("quotes", parse_period("2026-Q4"))

    assert report.rows == (
        ("2026-11", "USD", 1, D("100"), 0, D("0")),
        ("2026-12", "EUR", 1, D("80"), 1, D("80")),
        ("2026-12", "USD", 1, D("250"), 1, D("250")),
    )
