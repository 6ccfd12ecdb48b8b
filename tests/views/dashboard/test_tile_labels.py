"""A tile's bars are named under them in full where there is room, and cut with "…" to
the room under each bar where there is not (QtCharts' own cut left a few letters)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from crm_desktop.services.reports.charts import Chart, tile
from crm_desktop.views.dashboard.tile import DashboardTile

pytestmark = pytest.mark.usefixtures("english_locale")

NAMES = ("Farmácia São Jorge Ltda", "Thép Hà Nội", "Þórsmörk ehf.")


def _tile(qtbot: QtBot, width: int) -> DashboardTile:
    shown = DashboardTile(tile("top-customers"))
    qtbot.addWidget(shown)
    shown.resize(width, 320)
    shown.show()
    chart = Chart(NAMES, (("Revenue", (300.0, 200.0, 100.0)),), (None,) * 3, "USD", ("USD",))
    shown.show_chart(chart)
    return shown


def _room(shown: DashboardTile) -> float:
    return shown.chart.plotArea().width() / len(NAMES)


def test_names_are_whole_where_they_fit(qtbot: QtBot) -> None:
    shown = _tile(qtbot, 900)
    assert shown.categories is not None
    metrics = QFontMetrics(shown.categories.labelsFont())
    assert max(metrics.horizontalAdvance(n) for n in NAMES) < _room(shown)

    qtbot.waitUntil(
        lambda: shown.categories is not None and shown.categories.categories() == list(NAMES)
    )
    assert not shown.categories.truncateLabels()


def test_names_are_cut_to_their_room_when_narrow(qtbot: QtBot) -> None:
    shown = _tile(qtbot, 900)
    shown.resize(360, 320)

    def cut() -> bool:
        return shown.categories is not None and shown.categories.categories() != list(NAMES)

    qtbot.waitUntil(cut)
    assert shown.categories is not None
    metrics = QFontMetrics(shown.categories.labelsFont())
    labels = shown.categories.categories()
    assert len(labels) == len(NAMES)
    longest = labels[0]
    assert longest.endswith("…") and NAMES[0].startswith(longest[:-1])
    assert all(metrics.horizontalAdvance(label) <= _room(shown) for label in labels)
    assert shown.names == list(NAMES)  # the whole names, for the bars' tooltips
