"""The dashboard's campaign ROI and open cases tiles: painted from the records the test
makes, following the period picker, each bar opening its records in the list."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.dashboard.screen import DashboardScreen
from crm_desktop.views.dashboard.tile import DashboardTile
from crm_desktop.views.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_locale")

TODAY = dt.date.today()
#: (name, currency, actual cost, start date, amounts won in its currency)
CAMPAIGNS = (
    ("Hội chợ Hà Nội", "USD", "1000", TODAY, ("1500", "500")),
    ("Webinar Lisboa", "EUR", "400", TODAY, ("100",)),
    ("Old mailing", "USD", "100", TODAY.replace(year=TODAY.year - 1), ("900",)),
)
#: (status, priority) of cases opened now
CASES = (
    ("Open", "Urgent"),
    ("Open", "Urgent"),
    ("Open", "Low"),
    ("In Progress", "Normal"),
    ("Closed", "High"),  # not open
)


@pytest.fixture
def marketing(services: Services) -> Services:
    for name, currency, cost, start, wins in CAMPAIGNS:
        campaign = services.records.create(
            "campaigns",
            {"name": name, "currency": currency, "actual_cost": cost, "start_date": start},
        )
        for amount in (*wins, "700"):  # the last one lost
            services.records.create(
                "opportunities",
                {
                    "name": f"{name} {amount}",
                    "sales_stage": "Closed Won" if amount != "700" else "Closed Lost",
                    "amount": amount,
                    "currency": currency,
                    "campaign_id": campaign.id,
                },
            )
    for status, priority in CASES:
        values = {"title": f"{priority} case", "priority": priority, "status": status}
        if status == "Closed":
            values["resolution"] = "Answered"
        services.records.create("cases", values)
    return services


def _roi(name: str) -> float:
    _name, _currency, cost, _start, wins = next(c for c in CAMPAIGNS if c[0] == name)
    revenue = sum((D(a) for a in wins), D(0))
    return float(((revenue - D(cost)) / D(cost) * 100).quantize(D("0.1")))


def _drawn(tile: DashboardTile) -> dict[str, tuple[float, ...]]:
    assert tile.bars is not None
    categories = tile.names
    sets = tile.bars.barSets()
    return {c: tuple(s.at(n) for s in sets) for n, c in enumerate(categories)}


def _with_tiles(qtbot: QtBot, screen: DashboardScreen) -> tuple[DashboardTile, DashboardTile]:
    screen.add_tile("campaign-roi")
    screen.add_tile("open-cases")
    roi, cases = screen.tiles[-2], screen.tiles[-1]
    qtbot.waitUntil(lambda: roi.bars is not None and cases.bars is not None, timeout=10_000)
    return roi, cases


def test_campaign_roi_and_open_cases_tiles(
    qtbot: QtBot, marketing: Services, window: MainWindow
) -> None:
    window.show_screen("dashboard")
    screen = window.screen_widget("dashboard")
    assert isinstance(screen, DashboardScreen)
    roi, cases = _with_tiles(qtbot, screen)

    this_quarter = [c[0] for c in CAMPAIGNS if c[3] == TODAY]
    best_first = sorted(this_quarter, key=lambda n: -_roi(n))
    assert _drawn(roi) == {n: (_roi(n),) for n in best_first}
    assert roi.chart.axes()[1].min() < min(_roi(n) for n in this_quarter)  # a loss shows
    open_cases = [c for c in CASES if c[0] != "Closed"]
    expected = {
        status: tuple(
            float(sum(1 for c in open_cases if c == (status, p)))
            for p in ("Urgent", "High", "Normal", "Low")
        )
        for status in ("Open", "In Progress")
    }
    assert _drawn(cases) == expected

    # A bar opens its records: a campaign's won opportunities, a status's open cases.
    assert roi.bars is not None
    roi.bars.clicked.emit(0, roi.bars.barSets()[0])
    panel = window.panel("opportunities")
    assert window.current_panel() is panel
    assert panel.count() == len(next(c for c in CAMPAIGNS if c[0] == best_first[0])[4])
    window.show_screen("dashboard")
    assert cases.bars is not None
    cases.bars.clicked.emit(0, cases.bars.barSets()[0])
    listed = window.panel("cases")
    assert window.current_panel() is listed
    assert listed.count() == sum(1 for c in CASES if c[0] == "Open")


def test_the_period_picker_rereads_the_new_tiles(qtbot: QtBot, marketing: Services) -> None:
    screen = DashboardScreen(marketing)
    qtbot.addWidget(screen)
    screen.resize(1100, 900)
    screen.show()
    roi, _cases = _with_tiles(qtbot, screen)
    before = set(_drawn(roi))

    screen.choices.period_box.setCurrentIndex(screen.choices.period_box.findText("All time"))

    qtbot.waitUntil(lambda: set(_drawn(roi)) != before, timeout=10_000)
    assert set(_drawn(roi)) == {c[0] for c in CAMPAIGNS}
