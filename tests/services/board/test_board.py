"""The board's columns and cards read through the list's filters; a move is a save."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

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


def _figures_of_the_cards(services: Services, query: ListQuery) -> dict[str, tuple[Any, ...]]:
    """Each column's count and sums per currency, added up here from every card the column
    shows (its weighted amount read from the record): the heads, the long way round."""
    found: dict[str, tuple[Any, ...]] = {}
    for column in services.board.columns(query):
        cards = services.board.cards(query, column.value, 0, 1000)
        sums: dict[str, list[Any]] = {}
        for card in cards:
            weighted = services.records.get("opportunities", card.id).values["weighted_amount"]
            total = sums.setdefault(card.currency or "", [0, Decimal(0), Decimal(0)])
            total[0] += 1
            total[1] += card.amount or Decimal(0)
            total[2] += weighted or Decimal(0)
        in_use = sorted(sums.items(), key=lambda item: (-item[1][0], item[0]))
        found[column.value] = (
            len(cards),
            tuple(CurrencySum(code, amount, weighted) for code, (_, amount, weighted) in in_use),
        )
    return found


def test_the_heads_are_the_sums_of_their_cards_through_rights_and_filters(
    office: Services, as_user: AsUser
) -> None:
    office.office.set_private("opportunities", True)  # staff see their own only
    an, binh = as_user("an"), as_user("binh")
    close = dt.date(2026, 12, 1)
    for seller, name, stage, amount, currency in (
        (office, "Hanoi ERP", "Prospecting", "1000", "USD"),
        (office, "Saigon fleet", "Prospecting", "2000000", "VND"),
        (an, "Hanoi hotel", "Prospecting", "250.50", "USD"),
        (an, "Porto scanners", "Prospecting", "700", "EUR"),
        (an, "Reykjavík port", "Negotiation/Review", "80000", "ISK"),
        (binh, "Da Nang resort", "Prospecting", "300", "USD"),
        (binh, "Recife mill", "Qualification", "999", "BRL"),
        (office, "Old win", "Closed Won", "500", "USD"),
    ):
        _opportunity(seller, name, stage, amount, currency, close)
    an_id = _opportunity(an, "No amount yet", "Qualification", "", "USD", None)
    gone = _opportunity(office, "Thrown away", "Prospecting", "5000", "USD", close)
    office.records.delete("opportunities", gone, office.records.get("opportunities", gone).version)
    # Another program's stage: on no column.
    odd = _opportunity(office, "Odd stage", "Prospecting", "40", "USD", close)
    with office.db.write() as session:
        session.execute(
            text("UPDATE opportunities SET sales_stage = 'Ideas' WHERE id = :id"), {"id": odd}
        )
    everyone = ListQuery("opportunities")
    queries = (
        (office, everyone),
        (office, OPEN),
        (office, ListQuery("opportunities", quick="hanoi")),
        (office, ListQuery("opportunities", column_filters=(Condition("currency", "eq", "USD"),))),
        (an, everyone),  # staff: their own records only
        (an, ListQuery("opportunities", quick="hanoi", conditions=OPEN.conditions)),
        (binh, OPEN),
    )

    for services, query in queries:
        heads = {c.value: (c.count, c.sums) for c in services.board.columns(query)}
        assert heads == _figures_of_the_cards(services, query)

    mine = {c.value: c.count for c in an.board.columns(everyone)}
    assert mine["Prospecting"] == 2 and mine["Qualification"] == 1  # not binh's, not boss's
    assert an.records.get("opportunities", an_id).values["amount"] is None
    assert sum(c.count for c in office.board.columns(everyone)) == 9  # not thrown, not odd
