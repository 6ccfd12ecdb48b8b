from __future__ import annotations

import pytest

from crm_desktop.errors import ValidationError
from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.lists import ListQuery


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
