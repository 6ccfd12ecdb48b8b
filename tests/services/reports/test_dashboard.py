"""Each user's dashboard tiles, and reports folded into the tiles' charts."""

from __future__ import annotations

import pytest

from crm_desktop.errors import DomainError
from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.reports.charts import DEFAULT_TILES, chart, tile, values_of
from crm_desktop.services.reports.types import parse_period
from tests.services.reports.conftest import Office


def test_tiles_are_kept_per_user(sales: Office) -> None:
    an, binh = sales.as_user("an"), sales.as_user("binh")
    assert an.dashboard.tiles() == DEFAULT_TILES

    an.dashboard.save(("staff-work", "pipeline", "staff-work"))

    assert sales.as_user("an").dashboard.tiles() == ("staff-work", "pipeline")
    assert binh.dashboard.tiles() == DEFAULT_TILES
    with pytest.raises(DomainError, match='no dashboard tile "weather"'):
        an.dashboard.save(("weather",))


def test_a_chart_shows_one_currency_and_opens_each_bar_s_records(sales: Office) -> None:
    report = sales.admin.reports.run("pipeline", parse_period("2026-Q3"))

    usd = chart(tile("pipeline"), report, "USD")
    vnd = chart(tile("pipeline"), report, "VND")

    assert usd.currencies == ("USD", "VND")  # of the open deals
    assert values_of(usd) == {
        "Prospecting": (1000.0, 100.0),
        "Negotiation/Review": (2500.5, 2000.4),
    }
    assert values_of(vnd) == {"Prospecting": (30000000.0, 3000000.0)}
    drill = usd.drills[0]
    assert drill is not None
    query = ListQuery(drill.record_type, conditions=drill.conditions)
    assert sales.admin.lists.count(query) == 1


def test_counts_add_a_person_s_weeks_and_the_bar_opens_all_of_them(sales: Office) -> None:
    report = sales.admin.reports.run("staff-work")

    bars = chart(tile("staff-work"), report, None)

    assert bars.currency is None
    # an's three activities fall in one week; binh's one in the next
    assert values_of(bars) == {"an": (1.0, 0.0, 1.0, 1.0, 0.0), "binh": (0.0, 0.0, 0.0, 1.0, 0.0)}
    quotes = chart(tile("quotes"), sales.admin.reports.run("quotes"), None)
    assert values_of(quotes) == {"2026-11": (1.0, 0.0), "2026-12": (2.0, 2.0)}
    december = quotes.drills[1]
    assert december is not None
    listed = ListQuery(december.record_type, conditions=december.conditions)
    assert sales.admin.lists.count(listed) == 2  # both currencies' quotes
