from __future__ import annotations

import pytest

from crm_desktop.errors import ValidationError
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery


def test_builtin_and_saved_filters(services: Services) -> None:
    names = [f.name for f in services.filters.filters("leads")]
    assert names[:2] == ["Hot leads", "My leads"]
    saved = services.filters.save(
        "organizations",
        "Customers in Reykjavík",
        (
            Condition("org_type", "eq", "Customer"),
            Condition("billing_city", "contains", "Reykjavík"),
        ),
        quick="ehf",
    )
    assert not saved.builtin
    again = [f for f in services.filters.filters("organizations") if f.name == saved.name]
    assert again == [saved]
    services.records.create(
        "organizations", {"name": "Kaffi ehf.", "org_type": "Customer", "billing_city": "Reykjavík"}
    )
    services.records.create("organizations", {"name": "Kaffi ehf.", "billing_city": "Reykjavík"})
    query = ListQuery("organizations", quick=saved.quick, conditions=saved.conditions)
    assert services.lists.count(query) == 1
    services.filters.delete(saved.id)  # type: ignore[arg-type]
    assert saved.name not in [f.name for f in services.filters.filters("organizations")]


def test_saving_under_the_same_name_replaces(services: Services) -> None:
    services.filters.save("contacts", "Mine", (Condition("owner_id", "eq", "@me"),))
    services.filters.save("contacts", "Mine", (Condition("title", "in", ("CEO", "CTO")),))
    mine = [f for f in services.filters.filters("contacts") if f.name == "Mine"]
    assert len(mine) == 1 and mine[0].conditions == (Condition("title", "in", ("CEO", "CTO")),)


def test_bad_filters_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.filters.save("contacts", "  ", ())
    with pytest.raises(ValidationError):
        services.filters.save("contacts", "x", (Condition("title", "sounds_like", "x"),))
    with pytest.raises(KeyError):
        services.filters.save("contacts", "x", (Condition("shoe_size", "eq", 4),))


def test_dates_and_amounts_keep_their_type(services: Services) -> None:
    import datetime as dt
    from decimal import Decimal

    conditions = (
        Condition("expected_close_date", "ge", dt.date(2026, 12, 1)),
        Condition("amount", "gt", Decimal("1000.50")),
        Condition("modified_at", "lt", dt.datetime(2030, 1, 1, tzinfo=dt.UTC)),
    )
    services.filters.save("opportunities", "Big and late", conditions)
    saved = [f for f in services.filters.filters("opportunities") if f.name == "Big and late"]
    assert saved[0].conditions == conditions
    services.records.create(
        "opportunities",
        {"name": "Yes", "amount": "2000", "expected_close_date": "2026-12-24"},
    )
    services.records.create(
        "opportunities",
        {"name": "No", "amount": "2000", "expected_close_date": "2026-11-24"},
    )
    assert services.lists.count(ListQuery("opportunities", conditions=conditions)) == 1


def test_default_sort_direction_is_the_types(services: Services) -> None:
    first = services.records.create("leads", {"last_name": "Older"})
    second = services.records.create("leads", {"last_name": "Newer"})
    rows = services.lists.page(ListQuery("leads"), 0, 10)  # newest modified first
    assert [r.id for r in rows] == [second.id, first.id]
