"""The opportunities' board beside their table: columns, cards, a drag, the list's filters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QTextDocument, QTextTable
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views.board.board_view import BoardColumnView
from crm_desktop.views.board.cards import CARD_MIME, CARD_ROLE, CardModel
from crm_desktop.views.records.list_view import ListPanel
from tests.opportunity_rows import add_opportunities
from tests.views.board.conftest import opportunities_board

pytestmark = pytest.mark.usefixtures("english_locale")

DEALS = (
    ("ERP for Hanoi Steel", "Prospecting", "12000", "USD", -3),
    ("CRM roll-out", "Prospecting", "4500.50", "USD", 10),
    ("Fleet tracking", "Prospecting", "250000000", "VND", 20),
    ("Warehouse scanners", "Negotiation/Review", "80000", "BRL", 5),
    ("Old win", "Closed Won", "100", "USD", -30),
)


@pytest.fixture
def board_panel(qtbot: QtBot, services: Services, settings: QSettings) -> ListPanel:
    today = dt.date.today()
    organization = services.records.create("organizations", {"name": "Thép Hà Nội"}).id
    deals = [(*deal[:4], today + dt.timedelta(deal[4])) for deal in DEALS]
    add_opportunities(services, deals, organization_id=organization)
    return opportunities_board(qtbot, services, settings)


def _names(panel: ListPanel, stage: str) -> list[str]:
    assert panel.board is not None and panel.board.board is not None
    model = panel.board.board.column(stage).model
    return [model.data(model.index(row), CARD_ROLE).name for row in range(model.rowCount())]


def test_board_shows_a_column_per_stage_with_its_figures(board_panel: ListPanel) -> None:
    toggle = board_panel.board
    assert toggle is not None and toggle.board is not None
    assert board_panel.table.isHidden() and toggle.board.isVisible()
    prospecting = toggle.board.column("Prospecting")
    assert prospecting.title.text() == "Prospecting (3)"
    # A row per currency, its amounts in columns: no line broken inside a currency's sums.
    head = QTextDocument()
    head.setDefaultFont(prospecting.figures.font())
    head.setHtml(prospecting.figures.text())
    table = head.rootFrame().childFrames()[0]
    assert isinstance(table, QTextTable)
    assert [
        [table.cellAt(r, c).firstCursorPosition().block().text() for c in range(table.columns())]
        for r in range(table.rows())
    ] == [
        ["", "Amount", "Weighted"],
        ["USD", "16,500.50", "1,650.05"],
        ["VND", "250,000,000", "25,000,000"],
    ]
    assert head.idealWidth() <= prospecting.figures.width()
    # The list's default filter (open opportunities) holds for the board too.
    assert _names(board_panel, "Closed Won") == []
    assert _names(board_panel, "Prospecting") == [
        "ERP for Hanoi Steel",
        "CRM roll-out",
        "Fleet tracking",
    ]


def test_a_dropped_card_moves_to_its_new_stage(
    qtbot: QtBot, board_panel: ListPanel, services: Services
) -> None:
    toggle = board_panel.board
    assert toggle is not None and toggle.board is not None
    source = toggle.board.column("Prospecting").model
    target = toggle.board.column("Negotiation/Review").model
    mime = source.mimeData([source.index(1)])
    assert mime.hasFormat(CARD_MIME)
    assert not source.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())

    target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())

    qtbot.waitUntil(lambda: "CRM roll-out" in _names(board_panel, "Negotiation/Review"))
    assert _names(board_panel, "Prospecting") == ["ERP for Hanoi Steel", "Fleet tracking"]
    moved = services.board.cards(board_panel.query(), "Negotiation/Review", 0, 5)
    record = services.records.get(
        "opportunities", next(c.id for c in moved if c.name == "CRM roll-out")
    )
    assert record.values["probability"] == 80
    assert record.values["weighted_amount"] == Decimal("3600.40")
    assert toggle.board.column("Negotiation/Review").title.text() == "Negotiation/Review (2)"


def test_the_quick_filter_narrows_the_board(qtbot: QtBot, board_panel: ListPanel) -> None:
    board_panel.set_quick_filter("hanoi")
    assert _names(board_panel, "Prospecting") == ["ERP for Hanoi Steel"]
    assert _names(board_panel, "Negotiation/Review") == []


def test_the_board_is_remembered_and_painted(
    qtbot: QtBot, board_panel: ListPanel, services: Services, settings: QSettings
) -> None:
    image = board_panel.grab()
    assert not image.isNull()
    again = ListPanel(services, "opportunities", settings)
    qtbot.addWidget(again)
    assert again.board is not None and again.board.button.isChecked()
    again.board.button.click()
    assert not again.table.isHidden() or not again.isVisible()
    assert again.board.board is not None and again.board.board.isHidden()


def test_a_change_made_on_another_screen_is_on_the_board_when_it_comes_back(
    board_panel: ListPanel, services: Services
) -> None:
    board_panel.hide()  # another screen is on show (a lead is being converted there)
    add_opportunities(services, [("Kho lạnh", "Prospecting", "900", "USD", dt.date.today())])
    board_panel.refresh()  # what the window does when the records of the type change
    board_panel.show()
    assert "Kho lạnh" in _names(board_panel, "Prospecting")


class _CountedCards(CardModel):
    """A column's cards that count how often a view asks how many there are."""

    asked = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        self.asked += 1
        return super().rowCount(parent)


def test_a_column_of_many_cards_costs_the_cards_on_screen(qtbot: QtBot, services: Services) -> None:
    add_opportunities(services, [("ERP", "Prospecting", "100", "USD", dt.date.today())])
    query = ListQuery("opportunities")
    model = _CountedCards(services, query, "Prospecting", 200_000)
    column = BoardColumnView(model, late=True)
    qtbot.addWidget(column)
    column.resize(250, 700)
    column.show()
    column.grab()

    # A view that lays out every card asks about each of them (400,000 times here).
    assert 0 < model.asked < 1000
    assert column.cards.indexAt(column.cards.viewport().rect().topLeft()).row() == 0
    column.cards.scrollToBottom()
    column.grab()
    assert model.asked < 2000
    bottom = column.cards.viewport().rect().bottomLeft()
    assert column.cards.indexAt(bottom).row() == 199_999
