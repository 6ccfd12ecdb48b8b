"""The dashboard's tiles painted with QtCharts, arranged per user, each bar opening its
records; the reports screen's tables and exports."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.reports.charts import DEFAULT_TILES, tile
from crm_desktop.services.reports.types import ReportTable
from crm_desktop.views.dashboard.screen import DashboardScreen
from crm_desktop.views.dashboard.tile import DashboardTile
from crm_desktop.views.reports.screen import ReportsScreen
from crm_desktop.views.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_locale")


def _dashboard(qtbot: QtBot, services: Services) -> DashboardScreen:
    screen = DashboardScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1100, 900)
    screen.show()
    qtbot.waitUntil(lambda: all(_drawn(t) for t in screen.tiles), timeout=10_000)
    return screen


def _drawn(view: DashboardTile) -> bool:
    """Whether the tile shows its report: a chart, or why there is none."""
    return view.view.isVisible() or view.empty.text() != "Reading…"


def test_default_tiles_chart_this_quarter(qtbot: QtBot, analytics: Services) -> None:
    screen = _dashboard(qtbot, analytics)

    assert screen.tile_keys() == DEFAULT_TILES
    pipeline = screen.tiles[0]
    assert pipeline.bars is not None and pipeline.detail.text() == "USD"
    amounts = pipeline.bars.barSets()[0]
    assert [amounts.at(i) for i in range(amounts.count())] == [16500.5, 9000.0]  # open deals
    work = screen.tiles[DEFAULT_TILES.index("staff-work")]
    assert work.bars is not None
    visits = next(s for s in work.bars.barSets() if s.label() == "Visits")
    assert visits.at(0) == 2


def test_each_tile_is_drawn_as_its_report_comes_in_the_tiles_order(
    qtbot: QtBot, analytics: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last tile's report is held back (a slow one): the tiles before it are drawn
    meanwhile, and it is drawn once it comes."""
    read: list[str] = []
    last = tile(DEFAULT_TILES[-1]).report
    release = threading.Event()
    run = analytics.reports.run

    def held_back(name: str, *args: Any) -> ReportTable:
        read.append(name)
        if name == last:
            release.wait(10)
        return run(name, *args)

    monkeypatch.setattr(analytics.reports, "run", held_back)
    screen = DashboardScreen(analytics)
    qtbot.addWidget(screen)
    screen.show()
    try:
        qtbot.waitUntil(lambda: all(_drawn(t) for t in screen.tiles[:-1]), timeout=10_000)
        assert screen.tiles[0].bars is not None  # the pipeline's bars
        assert not _drawn(screen.tiles[-1])
    finally:
        release.set()
    qtbot.waitUntil(lambda: _drawn(screen.tiles[-1]), timeout=10_000)
    assert read == [tile(key).report for key in DEFAULT_TILES]


def test_another_currency_redraws_the_amounts(qtbot: QtBot, analytics: Services) -> None:
    screen = _dashboard(qtbot, analytics)

    screen.currency_box.setCurrentText("ISK")
    screen.currency_box.activated.emit(screen.currency_box.currentIndex())

    pipeline = screen.tiles[0]
    assert pipeline.detail.text() == "ISK" and pipeline.bars is not None
    assert pipeline.bars.barSets()[0].at(0) == 80000.0


def test_tiles_are_added_moved_and_removed_for_the_user(qtbot: QtBot, analytics: Services) -> None:
    screen = _dashboard(qtbot, analytics)

    screen.remove_tile("won-by-person")
    screen.move_tile("staff-work", -10)
    screen.add_tile("quotes")

    expected = ("staff-work", "pipeline", "forecast", "won-lost", "lead-conversion", "quotes")
    assert screen.tile_keys() == expected
    assert _dashboard(qtbot, analytics).tile_keys() == expected


def test_a_bar_opens_its_opportunities_in_the_list(
    qtbot: QtBot, analytics: Services, window: MainWindow
) -> None:
    window.show_screen("dashboard")
    screen = window.screen_widget("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.tiles[0].bars is not None, timeout=10_000)
    bars = screen.tiles[0].bars
    assert bars is not None

    bars.clicked.emit(1, bars.barSets()[0])  # Negotiation/Review in USD

    panel = window.panel("opportunities")
    assert window.current_panel() is panel
    assert panel.count() == 1


def test_reports_screen_shows_and_exports_a_report(
    qtbot: QtBot, analytics: Services, tmp_path: Path
) -> None:
    screen = ReportsScreen(analytics)
    qtbot.addWidget(screen)
    screen.resize(1000, 500)
    screen.show()
    screen.choose("pipeline")

    model = screen.model
    rows = [[model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip
    assert rows == [
        ["Prospecting", "USD", "2", "16,500.50", "1,650.05"],
        ["Negotiation/Review", "ISK", "1", "80,000", "64,000"],
        ["Negotiation/Review", "USD", "1", "9,000.00", "7,200.00"],
    ]
    assert "not converted" in screen.note.text()
    screen.export(tmp_path / "pipeline.csv", "csv")
    screen.export(tmp_path / "pipeline.pdf", "pdf")
    screen.export(tmp_path / "pipeline.xlsx", "xlsx")
    lines = list(csv.reader((tmp_path / "pipeline.csv").read_text("utf-8-sig").splitlines()))
    assert lines[1] == ["Prospecting", "USD", "2", "16500.50", "1650.05"]
    text = PdfReader(tmp_path / "pipeline.pdf").pages[0].extract_text()
    assert "Pipeline by stage" in text and "16,500.50" in text
    assert (tmp_path / "pipeline.xlsx").stat().st_size > 0


def test_a_report_s_figures_are_written_the_user_s_way(qtbot: QtBot, analytics: Services) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    screen = ReportsScreen(analytics)  # (english_locale puts the default back afterwards)
    qtbot.addWidget(screen)
    screen.choose("pipeline")
    model = screen.model
    rows = [[model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip
    assert rows[0][2:] == ["2", "16.500,50", "1.650,05"]  # as the forms write them
