"""An opportunity's "Stage history" tab: each change, newest first, with who made it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.views.records.record_form import RecordForm
from crm_desktop.views.sales.stage_history import StageHistoryPage


def _page(form: RecordForm) -> tuple[int, StageHistoryPage]:
    assert form.related is not None
    [page] = [p for p in form.related.pages if isinstance(p, StageHistoryPage)]
    return form.related.indexOf(page), page


def _column(page: StageHistoryPage, column: int) -> list[str]:
    return [page.table.item(row, column).text() for row in range(page.table.rowCount())]


@pytest.mark.usefixtures("english_locale")
def test_the_tab_lists_each_change_newest_first(qtbot: QtBot, services: Services) -> None:
    deal = services.records.create(
        "opportunities", {"name": "Hệ thống kho Đà Nẵng", "amount": "125000", "currency": "EUR"}
    )
    form = RecordForm(services, "opportunities")
    qtbot.addWidget(form)
    form.load(deal.id)
    index, page = _page(form)
    assert form.related is not None
    assert form.related.tabText(index).endswith("(1)")
    assert _column(page, 1) == ["Prospecting"]

    # A save elsewhere (another form, another user) shows up here.
    services.records.update(
        "opportunities",
        deal.id,
        deal.version,
        {"sales_stage": "Proposal/Price Quote", "amount": Decimal("98765.5")},
    )
    qtbot.waitUntil(lambda: page.count() == 2)
    assert form.related.tabText(index).endswith("(2)")
    assert _column(page, 1) == ["Proposal/Price Quote", "Prospecting"]
    assert _column(page, 2) == ["65", "10"]
    assert _column(page, 3) == ["98,765.50 EUR", "125,000.00 EUR"]
    assert set(_column(page, 5)) == {"Administrator"}

    form.new_record()  # a new record has no history
    assert page.count() == 0
