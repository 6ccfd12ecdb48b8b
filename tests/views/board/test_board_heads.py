"""A board column's head in Vietnamese amounts: its count, and each currency's sum and
weighted sum whole, however many billions of đồng."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument, QTextTable
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from tests.opportunity_rows import add_opportunities
from tests.views.board.conftest import opportunities_board

pytestmark = pytest.mark.usefixtures("vietnamese_locale")


def test_a_head_of_billions_of_dong_shows_every_figure_whole(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    today = dt.date.today() + dt.timedelta(days=7)
    add_opportunities(
        services,
        [
            ("Nhà máy thép Hải Phòng", "Prospecting", "1234567890000", "VND", today),
            ("Cảng Cái Mép", "Prospecting", "987654321000", "VND", today),
            ("ERP", "Prospecting", "12000", "USD", today),
            ("Đội xe", "Qualification", "45678901234", "VND", today),
        ],
    )
    panel = opportunities_board(qtbot, services, settings)
    assert panel.board is not None
    board = panel.board.board
    assert board is not None
    for stage, figures in (
        # Too wide side by side: each currency's weighted amount under its amount.
        ("Prospecting", ["VND", "Amount", "2.222.222.211.000", "", "Weighted", "222.222.221.100",
                         "USD", "Amount", "12.000,00", "", "Weighted", "1.200,00"]),
        ("Qualification", ["", "Amount", "Weighted", "VND", "45.678.901.234", "9.135.780.247"]),
    ):  # fmt: skip
        column = board.column(stage)
        head = QTextDocument()
        head.setDefaultFont(column.figures.font())
        head.setHtml(column.figures.text())
        table = head.rootFrame().childFrames()[0]
        assert isinstance(table, QTextTable)
        cells = [
            table.cellAt(r, c).firstCursorPosition().block().text()
            for r in range(table.rows())
            for c in range(table.columns())
        ]
        assert cells == figures
        # Every figure whole: the head is no wider than the column, and as high as it needs.
        assert head.idealWidth() <= column.figures.contentsRect().width()
        assert column.figures.height() >= column.figures.heightForWidth(column.figures.width())
    heads = {board.column(stage).figures.height() for stage in ("Prospecting", "Qualification")}
    assert len(heads) == 1  # the cards of every column start on one line
