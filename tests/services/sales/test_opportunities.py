from __future__ import annotations

from decimal import Decimal

from crm_desktop.services import Services
from crm_desktop.services.sales.opportunities import stage_history, weighted_amount


def test_stage_fills_probability_and_weighted_amount(services: Services) -> None:
    opp = services.records.create(
        "opportunities",
        {
            "name": "ERP",
            "amount": "1000.00",
            "currency": "EUR",
            "sales_stage": "Negotiation/Review",
        },
    )
    assert opp.values["probability"] == 80
    assert opp.values["weighted_amount"] == Decimal("800.00")


def test_user_probability_is_kept_until_the_stage_changes(services: Services) -> None:
    opp = services.records.create(
        "opportunities",
        {
            "name": "X",
            "amount": "999",
            "currency": "VND",
            "sales_stage": "Prospecting",
            "probability": 33,
        },
    )
    assert opp.values["probability"] == 33
    assert opp.values["weighted_amount"] == Decimal("330")  # 329.67 -> VND has no decimals
    moved = services.records.update(
        "opportunities", opp.id, opp.version, {"sales_stage": "Closed Won"}
    )
    assert moved.values["probability"] == 100
    both = services.records.update(
        "opportunities", opp.id, moved.version, {"sales_stage": "Qualification", "probability": 5}
    )
    assert both.values["probability"] == 5


def test_stage_history_is_kept(services: Services) -> None:
    opp = services.records.create("opportunities", {"name": "Y", "amount": "10"})
    opp = services.records.update(
        "opportunities", opp.id, opp.version, {"sales_stage": "Needs Analysis"}
    )
    services.records.update("opportunities", opp.id, opp.version, {"next_step": "call"})
    history = stage_history(services.records, opp.id)
    assert [h["sales_stage"] for h in history] == ["Prospecting", "Needs Analysis"]
    assert [h["probability"] for h in history] == [10, 25]


def test_weighted_amount_rounds_half_up_in_the_currency() -> None:
    assert weighted_amount(Decimal("0.05"), 50, "USD") == Decimal("0.03")
    assert weighted_amount(Decimal("5"), 10, "ISK") == Decimal("1")
    assert weighted_amount(None, 50, "USD") is None
