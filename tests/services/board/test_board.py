"""The board's columns and cards read through the list's filters; a move is a save."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crm_desktop.errors import AccessDenied, ConflictError
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.board.types import CurrencySum
from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.sales.opportunities import stage_history
from tests.conftest import AsUser

OPEN = ListQuery(
    "opportunities", conditions=(Condition("sales_stage", "not_in", ("Closed Won", "Closed Lost")),)
)


def _opportunity(
    services: Services,
    name: str,
    stage: str,
    amount: str,
    currency: str,
    close: dt.date | None = None,
) -> int:
    values = {
        "name": name,
        "sales_stage": stage,
        "amount": amount,
        "currency": currency,
        "expected_close_date": close,
    }
    return services.records.create("opportunities", values).id


def test_column_heads_count_and_sum_per_currency(services: Services) -> None:
    _opportunity(services, "A", "Prospecting", "1000", "USD")  # weighted 10 %: 100
    _opportunity(services, "B", "Prospecting", "250.50", "USD")  # 25.05
    _opportunity(services, "C", "Prospecting", "2000000", "VND")  # 200,000
    _opportunity(services, "D", "Negotiation/Review", "300", "EUR")  # 80 %: 240
    _opportunity(services, "E", "Closed Won", "999", "USD")  # not on the open board

    columns = {c.value: c for c in services.board.columns(OPEN)}

    assert [c.value for c in services.board.columns(OPEN)][:2] == ["Prospecting", "Qualification"]
    assert columns["Prospecting"].count == 3
    assert columns["Prospecting"].sums == (
        CurrencySum("USD", Decimal("1250.50"), Decimal("125.05")),
        CurrencySum("VND", Decimal("2000000"), Decimal("200000")),
    )
    assert columns["Negotiation/Review"].sums == (
        CurrencySum("EUR", Decimal("300"), Decimal("240")),
    )
    assert columns["Qualification"].count == 0 and columns["Qualification"].sums == ()
    assert columns["Closed Won"].count == 0


def test_cards_are_paged_by_close_date_and_follow_the_quick_filter(services: Services) -> None:
    day = dt.date(2026, 12, 1)
    for n in range(7):
        _opportunity(services, f"Deal {n}", "Qualification", "10", "USD", day + dt.timedelta(n))
    _opportunity(services, "Hanoi hotel", "Qualification", "10", "USD", day)

    first = services.board.cards(OPEN, "Qualification", 0, 3)
    rest = services.board.cards(OPEN, "Qualification", 3, 10)

    assert [c.name for c in first] == ["Deal 0", "Hanoi hotel", "Deal 1"]
    assert [c.name for c in rest] == [f"Deal {n}" for n in range(2, 7)]
    assert first[0].overdue(dt.date(2026, 12, 2)) and not first[2].overdue(dt.date(2026, 12, 2))
    hanoi = services.board.cards(
        ListQuery("opportunities", quick="hanoi", conditions=OPEN.conditions),
        "Qualification",
        0,
        10,
    )
    assert [c.name for c in hanoi] == ["Hanoi hotel"]
    assert services.board.columns(ListQuery("opportunities", quick="hanoi"))[1].count == 1


def test_a_move_saves_the_stage_with_its_probability_and_history(services: Services) -> None:
    opportunity = _opportunity(services, "ERP", "Prospecting", "1000", "USD")
    card = services.board.cards(OPEN, "Prospecting", 0, 1)[0]

    moved = services.board.move("opportunities", card.id, card.version, "Negotiation/Review")

    assert moved.values["probability"] == 80
    assert moved.values["weighted_amount"] == Decimal("800")
    assert [h["sales_stage"] for h in stage_history(services.records, opportunity)] == [
        "Prospecting",
        "Negotiation/Review",
    ]
    assert [c.name for c in services.board.cards(OPEN, "Negotiation/Review", 0, 5)] == ["ERP"]
    with pytest.raises(ConflictError):  # the card was read before the move
        services.board.move("opportunities", card.id, card.version, "Qualification")


def test_a_move_needs_the_right_to_edit(office: Services, as_user: AsUser) -> None:
    staff = office.office.add_role("Viewers", "staff")
    office.office.set_rights(staff, "opportunities", ("view",))
    office.users.add_user("dung", "correct horse", "Viewers")
    _opportunity(office, "ERP", "Prospecting", "1000", "USD")
    dung = as_user("dung")
    card = dung.board.cards(OPEN, "Prospecting", 0, 1)[0]

    with pytest.raises(AccessDenied):
        dung.board.move("opportunities", card.id, card.version, "Qualification")
    assert office.board.cards(OPEN, "Prospecting", 0, 1)[0].version == card.version
