"""Document totals: hand-computed cases for every currency and both tax modes, and
properties that hold for any lines (hypothesis)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.services.quotes.totals import (
    GROUP,
    INDIVIDUAL,
    LineInput,
    TaxInput,
    compute_totals,
    currency_decimals,
    format_amount,
    format_quantity,
    round_money,
)

D = Decimal
VAT10 = (TaxInput("VAT", D(10)),)


def test_currencies_have_their_own_decimals() -> None:
    assert [currency_decimals(c) for c in ("VND", "ISK", "USD", "EUR", "BRL", "JPY")] == [
        0,
        0,
        2,
        2,
        2,
        0,
    ]


def test_rounding_is_half_up_away_from_zero() -> None:
    assert round_money(D("0.125"), 2) == D("0.13")  # half-even would give 0.12
    assert round_money(D("2.5"), 0) == D(3)
    assert round_money(D("-0.005"), 2) == D("-0.01")
    assert round_money(D("1498.5"), 0) == D(1499)


def test_vnd_group_tax() -> None:
    """VND, 0 decimals; group mode; percent discounts; taxed shipping; an adjustment."""
    totals = compute_totals(
        [
            LineInput(D("2.5"), D(1_234_567)),  # 3,086,417.5 -> 3,086,418
            LineInput(D(3), D(333_333), discount_percent=D(10)),  # 999,999 - 100,000
        ],
        decimals=0,
        tax_mode=GROUP,
        discount_percent=D(5),
        group_taxes=VAT10,
        shipping=D(50_000),
        shipping_taxes=VAT10,
        adjustment=D(-7),
    )
    assert [lt.total for lt in totals.lines] == [D(3_086_418), D(899_999)]
    assert totals.lines[1].discount == D(100_000)
    assert totals.subtotal == D(3_986_417)
    assert totals.discount == D(199_321)  # 199,320.85
    assert totals.taxable == D(3_787_096)
    assert totals.tax == D(378_710)  # 378,709.6
    assert totals.shipping_tax == D(5_000)
    assert totals.grand_total == D(4_220_799)


def test_isk_individual_taxes() -> None:
    """ISK, 0 decimals; each line carries its own taxes; group taxes do not count."""
    vsk = (TaxInput("VSK", D(24)),)
    totals = compute_totals(
        [
            LineInput(D(3), D(18_500), discount_amount=D(500), taxes=vsk),  # 55,000 + 13,200
            LineInput(D("1.5"), D(999), taxes=vsk),  # 1,499 + 359.76 -> 360
            LineInput(D(1), D(10_000), taxes=(TaxInput("Lækkað", D(11)),)),  # + 1,100
        ],
        decimals=0,
        tax_mode=INDIVIDUAL,
        discount_amount=D(159),
        group_taxes=vsk,
        shipping=D(2_500),
        shipping_taxes=vsk,
    )
    assert [(lt.net, lt.tax, lt.total) for lt in totals.lines] == [
        (D(55_000), D(13_200), D(68_200)),
        (D(1_499), D(360), D(1_859)),
        (D(10_000), D(1_100), D(11_100)),
    ]
    assert totals.subtotal == D(81_159)
    assert totals.line_tax == D(14_660)
    assert totals.taxable == D(81_000)
    assert totals.tax == 0
    assert totals.shipping_tax == D(600)
    assert totals.grand_total == D(84_100)


def test_usd_group_mode_adds_up_the_group_rates() -> None:
    totals = compute_totals(
        [
            LineInput(D(3), D("19.99"), discount_percent=D(15)),  # 59.97 - 9.00 (8.9955)
            LineInput(D("0.333"), D("10.00")),  # 3.33
            LineInput(D(5), D("0.025")),  # 0.125 -> 0.13
        ],
        decimals=2,
        group_taxes=(TaxInput("State", D("6.25")), TaxInput("City", D(2))),
        shipping=D("10"),
        adjustment=D("0.005"),
    )
    assert [lt.total for lt in totals.lines] == [D("50.97"), D("3.33"), D("0.13")]
    assert totals.subtotal == D("54.43")
    assert totals.tax == D("4.49")  # 54.43 x 8.25 % = 4.490475
    assert totals.shipping == D("10.00") and totals.shipping_tax == D("0.00")
    assert totals.adjustment == D("0.01")
    assert totals.grand_total == D("68.93")


def test_eur_individual_mode_with_percent_discount() -> None:
    totals = compute_totals(
        [
            LineInput(D(2), D("49.95"), discount_percent=D(10), taxes=(TaxInput("MwSt", D(19)),)),
            LineInput(D(1), D("0.10"), taxes=(TaxInput("ermäßigt", D(7)),)),
        ],
        decimals=2,
        tax_mode=INDIVIDUAL,
        discount_percent=D(10),
        shipping=D("4.90"),
        shipping_taxes=(TaxInput("MwSt", D(19)),),
        adjustment=D("-0.39"),
    )
    assert [(lt.discount, lt.tax, lt.total) for lt in totals.lines] == [
        (D("9.99"), D("17.08"), D("106.99")),
        (D("0.00"), D("0.01"), D("0.11")),
    ]
    assert totals.subtotal == D("107.10")
    assert totals.discount == D("10.71")
    assert totals.shipping_tax == D("0.93")  # 0.931
    assert totals.grand_total == D("101.83")


def test_brl_group_mode_with_amount_discount_on_a_line() -> None:
    totals = compute_totals(
        [
            LineInput(D("12.5"), D("180.00"), discount_amount=D("50.005")),  # 2250 - 50.01
            LineInput(D(10), D("1249.90")),
        ],
        decimals=2,
        discount_percent=D("2.5"),  # 367.47475
        group_taxes=(TaxInput("ICMS", D(18)),),
        shipping=D("149.90"),
        adjustment=D("-0.35"),
    )
    assert totals.subtotal == D("14698.99")
    assert totals.discount == D("367.47")
    assert totals.tax == D("2579.67")  # 14,331.52 x 18 % = 2,579.6736
    assert totals.grand_total == D("17060.74")


@pytest.mark.parametrize(
    ("decimals", "expected"), [(0, D(1_000_000)), (2, D("999999.99"))], ids=["JPY", "GBP"]
)
def test_other_currencies(decimals: int, expected: Decimal) -> None:
    totals = compute_totals([LineInput(D(3), D("333333.33"))], decimals=decimals)
    assert totals.grand_total == expected


def test_no_lines_gives_shipping_and_adjustment_only() -> None:
    totals = compute_totals([], decimals=2, shipping=D(5), adjustment=D(-1))
    assert (totals.subtotal, totals.grand_total) == (D("0.00"), D("4.00"))


def test_a_discount_is_a_percent_or_an_amount() -> None:
    with pytest.raises(ValueError, match="not both"):
        compute_totals([LineInput(D(1), D(10), D(5), D(1))], decimals=2)
    with pytest.raises(ValueError, match="tax mode"):
        compute_totals([], decimals=2, tax_mode="Sometimes")


def test_format_amount_follows_the_currency() -> None:
    assert format_amount(D(18_900_307), 0, thousands=".", point=",") == "18.900.307"
    assert format_amount(D("-1234.5"), 2) == "-1,234.50"
    assert format_amount(D("2984790.04"), 2, thousands=".", point=",") == "2.984.790,04"
    assert format_amount(D("-0.004"), 2) == "0.00"
    assert format_quantity(D("12.5000")) == "12.5"
    assert format_quantity(D("100.0000")) == "100"


# -- properties ---------------------------------------------------------------------------------
def _decimal(low: int, high: int, places: int = 4) -> st.SearchStrategy[Decimal]:
    scale = 10**places
    return st.integers(low * scale, high * scale).map(lambda n: D(n) / scale)


_taxes = st.lists(_decimal(0, 30, 2).map(lambda p: TaxInput("T", p)), max_size=3).map(tuple)


@st.composite
def _lines(draw: st.DrawFn) -> LineInput:
    quantity = draw(_decimal(0, 1000).filter(lambda q: q > 0))
    price = draw(_decimal(0, 100_000))
    kind = draw(st.sampled_from(["none", "percent", "amount"]))
    percent = draw(_decimal(0, 100, 2)) if kind == "percent" else None
    amount = draw(_decimal(0, int(quantity * price))) if kind == "amount" else None
    return LineInput(quantity, price, percent, amount, draw(_taxes))


_documents = st.fixed_dictionaries(
    {
        "lines": st.lists(_lines(), max_size=25),
        "decimals": st.sampled_from([0, 2]),
        "tax_mode": st.sampled_from([GROUP, INDIVIDUAL]),
        "discount_percent": st.one_of(st.none(), _decimal(0, 100, 2)),
        "group_taxes": _taxes,
        "shipping": st.one_of(st.none(), _decimal(0, 1000)),
        "shipping_taxes": _taxes,
        "adjustment": st.one_of(st.none(), _decimal(-100, 100)),
    }
)


def _exact(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(D(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@settings(max_examples=300, deadline=None)
@given(_documents)
def test_totals_never_drift_from_the_line_values(doc: dict) -> None:  # type: ignore[type-arg]
    totals = compute_totals(**doc)
    decimals = doc["decimals"]
    unit = D(1).scaleb(-decimals)
    amounts = [
        totals.subtotal,
        totals.discount,
        totals.taxable,
        totals.tax,
        totals.shipping,
        totals.shipping_tax,
        totals.adjustment,
        totals.grand_total,
    ]
    for line, lt in zip(doc["lines"], totals.lines, strict=True):
        amounts += [lt.gross, lt.discount, lt.net, lt.tax, lt.total]
        # each line: rounded once from its exact value, and its parts add up
        assert abs(lt.gross - line.quantity * line.unit_price) <= unit / 2
        assert lt.net == lt.gross - lt.discount and lt.net >= 0
        assert lt.total == lt.net + lt.tax
        if doc["tax_mode"] == GROUP:
            assert lt.tax == 0
        else:
            rate = sum((t.percent for t in line.taxes), D(0))
            assert lt.tax == _exact(lt.net * rate / 100, decimals)
    # every printed figure is a whole number of the currency's unit
    assert all(a == a.quantize(unit) for a in amounts)
    # the totals are the sums of what is printed above them
    assert totals.subtotal == sum((lt.total for lt in totals.lines), D(0))
    assert totals.taxable == totals.subtotal - totals.discount
    assert totals.grand_total == (
        totals.taxable + totals.tax + totals.shipping + totals.shipping_tax + totals.adjustment
    )
    if doc["tax_mode"] == GROUP:
        rate = sum((t.percent for t in doc["group_taxes"]), D(0))
        assert totals.tax == _exact(totals.taxable * rate / 100, decimals)
    else:
        assert totals.tax == 0


@settings(max_examples=100, deadline=None)
@given(_documents, st.randoms(use_true_random=False))
def test_totals_do_not_depend_on_the_order_of_the_lines(
    doc: dict,  # type: ignore[type-arg]
    rnd: random.Random,
) -> None:
    shuffled = list(doc["lines"])
    rnd.shuffle(shuffled)
    a = compute_totals(**doc)
    b = compute_totals(**{**doc, "lines": shuffled})
    assert (a.subtotal, a.tax, a.grand_total) == (b.subtotal, b.tax, b.grand_total)
