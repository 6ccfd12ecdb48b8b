"""A list as a board: a column per choice of the type's board field, with the count and
the sums per currency in its head, its cards paged from SQL; a card dragged to another
column is saved there through the board service (rights, version check, history).

The board shows the rows of the list's query (saved filter, quick filter, column
filters), so the list panel hands it the same query as its table.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.views import formatting
from crm_desktop.views.board.cards import CARD_ROLE, CardDelegate, CardModel
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.board.types import BoardColumn, Card
    from crm_desktop.services.records.types import ListQuery

COLUMN_WIDTH = 250
#: the width of a column's head: the column's less its margins
HEAD_WIDTH = COLUMN_WIDTH - 8


class BoardColumnView(QFrame):
    """One column: its head and its cards."""

    def __init__(self, model: CardModel, late: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"board_column_{model.column}")
        self.setFixedWidth(COLUMN_WIDTH)
        self.model = model
        self.title = QLabel(formatting.choice_text(model.column))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.figures.setToolTip(
            self.tr("Amounts are added per currency, never converted from one to another.")
        )
        # A table of one column, not a QListView: a list view lays every row out (asking
        # the model about each one: half a second for 200,000 cards), where a table's rows
        # are all as high as its hidden header says, so it costs the cards on screen.
        self.cards = QTableView()
        self.cards.setObjectName(f"board_cards_{model.column}")
        self.cards.setAccessibleName(formatting.choice_text(model.column))
        delegate = CardDelegate(late, self.cards)
        self.cards.setItemDelegate(delegate)
        self.cards.horizontalHeader().hide()
        self.cards.horizontalHeader().setStretchLastSection(True)
        rows = self.cards.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(delegate.height(self.cards.fontMetrics()))
        self.cards.setShowGrid(False)
        self.cards.setTabKeyNavigation(False)
        self.cards.setCornerButtonEnabled(False)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.cards.setModel(model)
        self.cards.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.cards.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.cards.setDropIndicatorShown(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.cards, 1)

    def show_head(self, column: BoardColumn, locale: QLocale) -> None:
        count = formatting.format_decimal(Decimal(column.count), 0, locale)
        self.title.setText(f"{formatting.choice_text(column.value)} ({count})")
        if not column.sums:
            self.figures.setText(self.tr("No amounts"))
            return
        # A row per currency, the amounts in columns of their own: a line is never
        # broken between an amount and its weighted amount, however long the numbers.
        # When that is wider than the column (a Vietnamese pipeline's billions of đồng),
        # a currency's weighted amount goes under its amount, each named.
        text = _side_by_side(column, locale, self.tr("Amount"), self.tr("Weighted"))
        if _width(text, self.figures) > HEAD_WIDTH:
            text = _one_under_other(column, locale, self.tr("Amount"), self.tr("Weighted"))
        self.figures.setText(text)


_RIGHT = '<td align="right" style="padding-left: 6px">'
_FAINT = '<tr style="color: palette(placeholder-text)">'


def _amounts(column: BoardColumn, locale: QLocale) -> list[tuple[str, str, str]]:
    """Each currency's code, amount and weighted amount, as the user writes numbers."""
    found = []
    for total in column.sums:
        decimals = formatting.currency_decimals(total.currency)
        found.append(
            (
                html.escape(total.currency),
                html.escape(formatting.format_decimal(total.amount, decimals, locale)),
                html.escape(formatting.format_decimal(total.weighted, decimals, locale)),
            )
        )
    return found


def _side_by_side(column: BoardColumn, locale: QLocale, amount: str, weighted: str) -> str:
    rows = [
        f"{_FAINT}<td></td>{_RIGHT}{html.escape(amount)}</td>{_RIGHT}{html.escape(weighted)}</td></tr>"
    ]
    rows += [
        f"<tr><td>{code}</td>{_RIGHT}{sum_}</td>{_RIGHT}{part}</td></tr>"
        for code, sum_, part in _amounts(column, locale)
    ]
    return f'<table cellspacing="0" cellpadding="0">{"".join(rows)}</table>'


def _one_under_other(column: BoardColumn, locale: QLocale, amount: str, weighted: str) -> str:
    label = '<td style="color: palette(placeholder-text); padding-left: 6px">'
    rows = [
        f"<tr><td>{code}</td>{label}{html.escape(amount)}</td>{_RIGHT}{sum_}</td></tr>"
        f"<tr><td></td>{label}{html.escape(weighted)}</td>{_RIGHT}{part}</td></tr>"
        for code, sum_, part in _amounts(column, locale)
    ]
    return f'<table cellspacing="0" cellpadding="0">{"".join(rows)}</table>'


def _width(text: str, label: QLabel) -> float:
    """The width ``text`` takes in ``label``'s font, unbroken."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(text)
    return document.idealWidth()


class BoardView(QWidget):
    """The board of one record type."""

    record_activated = Signal(str, int)
    current_changed = Signal(str, object)  # type key, id or None
    #: a page could not be read; for the status bar
    problem = Signal(str)

    def __init__(self, services: Services, query: ListQuery, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"board_{query.record_type}")
        self.services = services
        self.type_key = query.record_type
        self._query = query
        self._locale = QLocale()
        spec = services.board.spec(self.type_key)
        heads = services.board.columns(query)
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.columns: list[BoardColumnView] = []
        for head in heads:
            model = CardModel(services, query, head.value, head.count, self)
            model.dropped.connect(self.move, Qt.ConnectionType.QueuedConnection)
            model.load_failed.connect(self.problem, Qt.ConnectionType.QueuedConnection)
            view = BoardColumnView(model, head.value not in spec.done, strip)
            view.show_head(head, self._locale)
            view.cards.doubleClicked.connect(self._activated)
            view.cards.clicked.connect(self._selected)
            row.addWidget(view)
            self.columns.append(view)
        row.addStretch(1)
        self._align_heads()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def query(self) -> ListQuery:
        return self._query

    def column(self, value: str) -> BoardColumnView:
        return next(view for view in self.columns if view.model.column == value)

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of ``query``: the heads re-read, the cards from their first page."""
        heads = self.services.board.columns(query)
        self._query = query
        for view, head in zip(self.columns, heads, strict=True):
            view.model.reset(query, head.count)
            view.show_head(head, self._locale)
        self._align_heads()

    def refresh(self) -> None:
        self.set_query(self._query)

    def _align_heads(self) -> None:
        """Every head as high as the tallest (the most currencies), so the cards of all
        columns start on one line."""
        tallest = max(view.figures.heightForWidth(HEAD_WIDTH) for view in self.columns)
        for view in self.columns:
            view.figures.setFixedHeight(tallest)

    def move(self, record_id: int, version: int, column: str) -> None:
        """Save the card in ``column``; a refusal (rights, someone saved it since) is told
        in one sentence, and the board shows the records as they are saved."""
        try:
            self.services.board.move(self.type_key, record_id, version, column)
        except DomainError as exc:
            show_domain_error(self, exc)
        try:
            self.refresh()
        except DomainError as exc:
            show_domain_error(self, exc)

    def _card(self, index: QModelIndex) -> Card | None:
        return index.data(CARD_ROLE)

    def _activated(self, index: QModelIndex) -> None:
        card = self._card(index)
        if card is not None:
            self.record_activated.emit(self.type_key, card.id)

    def _selected(self, index: QModelIndex) -> None:
        card = self._card(index)
        self.current_changed.emit(self.type_key, card.id if card else None)
