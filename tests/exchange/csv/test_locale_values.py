"""Dates and numbers in the file's locale, the format decided per column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.exchange.csv.locale_values import (
    DateOrder,
    date_order_of_column,
    decimal_mark_of_column,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    "values, order, sure",
    [
        (["03/04/2026", "12/31/2026"], DateOrder.MDY, True),
        (["03/04/2026", "31/12/2026"], DateOrder.DMY, True),
        (["31.12.2026", "01.02.2026"], DateOrder.DMY, True),
        (["01.02.2026"], DateOrder.DMY, True),
        (["2026-12-31", "2026-01-02"], DateOrder.YMD, True),
        (["03/04/2026", "05/06/2026"], DateOrder.DMY, False),
        (["", "n/a"], DateOrder.DMY, False),
    ],
)
def test_date_order_is_decided_from_the_whole_column(
    values: list[str], order: DateOrder, sure: bool
) -> None:
    found = date_order_of_column(values)
    assert (found.value, found.sure) == (order, sure)


def test_an_undecided_column_takes_the_callers_default() -> None:
    found = date_order_of_column(["03/04/2026"], default=DateOrder.MDY)
    assert (found.value, found.sure) == (DateOrder.MDY, False)


@pytest.mark.parametrize(
    "text, order, expected",
    [
        ("31.12.2026", DateOrder.DMY, date(2026, 12, 31)),
        ("12/31/2026", DateOrder.MDY, date(2026, 12, 31)),
        ("2026-12-31", DateOrder.MDY, date(2026, 12, 31)),
        ("3/4/26", DateOrder.DMY, date(2026, 4, 3)),
        ("3/4/85", DateOrder.MDY, date(1985, 3, 4)),
        ("31/02/2026", DateOrder.DMY, None),
        ("0.0.00", DateOrder.DMY, None),
        ("tomorrow", DateOrder.DMY, None),
    ],
)
def test_parse_date(text: str, order: DateOrder, expected: date | None) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    "values, mark, sure",
    [
        (["1.234,56", "12"], ",", True),
        (["1,234.56", "7"], ".", True),
        (["12,5"], ",", True),
        (["1.234.567"], ",", True),
        (["1,234,567"], ".", True),
        (["1,234", "12,5"], ",", True),
        (["1,234"], ".", False),
        (["abc", ""], ".", False),
    ],
)
def test_decimal_mark_is_decided_from_the_whole_column(
    values: list[str], mark: str, sure: bool
) -> None:
    found = decimal_mark_of_column(values)
    assert (found.value, found.sure) == (mark, sure)


@pytest.mark.parametrize(
    "text, mark, expected",
    [
        ("1.234,56", ",", Decimal("1234.56")),
        ("1,234.56", ".", Decimal("1234.56")),
        ("1 234,5", ",", Decimal("1234.5")),
        ("1\u00a0234,5", ",", Decimal("1234.5")),
        ("1'234.50", ".", Decimal("1234.50")),
        ("-12,5", ",", Decimal("-12.5")),
        ("1234", ",", Decimal("1234")),
        ("1.2.3", ",", None),
        ("1,5,6", ",", None),
        ("12 apples", ".", None),
    ],
)
def test_parse_number(text: str, mark: str, expected: Decimal | None) -> None:
    assert parse_number(text, mark) == expected
