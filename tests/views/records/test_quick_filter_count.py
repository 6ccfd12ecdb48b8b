"""A quick filter with many matches paints its first rows before its count: the list
shows "more than N" until the whole count comes from a worker thread, and the next
filter stops the count of the one before."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from crm_desktop import app as app_module
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.records.query_stop import QueryStop
from crm_desktop.views.records import later_count
from crm_desktop.views.records.list_model import RecordTableModel
from crm_desktop.views.records.list_view import ListPanel

AT_ONCE = 10


@pytest.fixture
def many(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    """40 Nguyễn (20 of them Văn), 5 Silva; a list counts 10 rows before its first paint."""
    monkeypatch.setattr(later_count, "COUNTED_AT_ONCE", AT_ONCE)
    for n in range(40):
        first = "Văn Đức" if n % 2 else "Thị Lan"
        services.records.create("leads", {"first_name": first, "last_name": f"Nguyễn {n}"})
    for n in range(5):
        services.records.create("leads", {"first_name": "Ana", "last_name": f"Silva {n}"})
    return services


def _ids(model: RecordTableModel) -> list[int | None]:
    return [model.record_id(row) for row in range(model.rowCount())]


def _stops(services: Services, monkeypatch: pytest.MonkeyPatch) -> dict[str, QueryStop]:
    """The stops of the later counts by quick filter, as the counts start (each still
    counts)."""
    stops: dict[str, QueryStop] = {}
    count_or_stop = services.lists.count_or_stop

    def counting(query: ListQuery, stop: QueryStop) -> int | None:
        stops[query.quick] = stop
        return count_or_stop(query, stop)

    monkeypatch.setattr(services.lists, "count_or_stop", counting)
    return stops


def test_first_rows_then_the_whole_count(qtbot: QtBot, many: Services) -> None:
    query = ListQuery("leads", sort_field="last_name", quick="nguyen")
    model = RecordTableModel(many, ListQuery("leads", sort_field="last_name"))
    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        model.set_query(query)
        assert model.rowCount() == AT_ONCE and not model.count_known()
        first = [r.id for r in many.lists.page(query, 0, AT_ONCE)]
        assert _ids(model) == first
    assert model.count_known()
    assert model.rowCount() == many.lists.count(query) == 40
    assert _ids(model) == [r.id for r in many.lists.page(query, 0, 100)]


def test_few_matches_are_counted_at_once(many: Services) -> None:
    model = RecordTableModel(many, ListQuery("leads", quick="silva"))
    assert model.count_known() and model.rowCount() == 5


def test_the_next_filter_stops_the_count_of_the_one_before(
    qtbot: QtBot, many: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    stops = _stops(many, monkeypatch)
    model = RecordTableModel(many, ListQuery("leads"))
    settled: list[Any] = []
    model.count_settled.connect(lambda: settled.append(model.rowCount()))
    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        model.set_query(ListQuery("leads", quick="nguyen"))
        model.set_query(ListQuery("leads", quick="nguyen van"))
    qtbot.wait(100)  # an answer of the first count would have come by now too
    assert stops["nguyen"].stopped and not stops["nguyen van"].stopped
    assert settled == [20] == [model.rowCount()]
    model.set_query(ListQuery("leads", quick="silva"))  # counted at once: nothing later
    assert stops["nguyen van"].stopped and len(stops) == 2 and model.rowCount() == 5


def test_the_status_bar_says_more_than_until_the_count_comes(
    qtbot: QtBot, many: Services, settings: QSettings
) -> None:
    window = app_module.build_main_window(many, settings)
    qtbot.addWidget(window)
    window.show()
    window.navigation.select("leads")
    panel: ListPanel = window.panel("leads")  # type: ignore[assignment]
    model = panel.table.record_model()
    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        panel.set_quick_filter("nguyen")
        assert not panel.count_known()
        assert window.count_label.text() == f"more than {AT_ONCE} records"
    assert panel.count_known() and window.count_label.text() == "40 records"


def test_a_dialog_for_every_row_gets_the_whole_count_at_once(
    qtbot: QtBot, many: Services, settings: QSettings
) -> None:
    panel = ListPanel(many, "leads", settings)
    qtbot.addWidget(panel)
    model = panel.table.record_model()
    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        panel.set_quick_filter("nguyen")
        assert not panel.count_known() and panel.count() == AT_ONCE
        assert panel.whole_count() == 40
    assert panel.whole_count() == panel.count() == 40


def test_closing_the_window_stops_the_count(
    qtbot: QtBot, many: Services, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    stops = _stops(many, monkeypatch)
    window = app_module.build_main_window(many, settings)
    qtbot.addWidget(window)
    window.navigation.select("leads")
    panel = window.panel("leads")
    assert panel is not None
    panel.set_quick_filter("nguyen")
    qtbot.waitUntil(lambda: "nguyen" in stops)
    window.shutdown_parts()
    assert stops["nguyen"].stopped


def test_a_refresh_keeps_the_rows_while_they_are_counted_again(
    qtbot: QtBot, many: Services
) -> None:
    query = ListQuery("leads", sort_field="last_name", quick="nguyen")
    model = RecordTableModel(many, query)
    qtbot.waitUntil(model.count_known, timeout=10_000)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.selectRow(30)
    selected = model.record_id(30)
    many.records.create("leads", {"last_name": "Nguyễn Mới"})
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        model.refresh()
        assert model.rowCount() == 40 and resets == []
    assert model.rowCount() == 41 and resets == []
    assert model.record_id(table.currentIndex().row()) == selected
