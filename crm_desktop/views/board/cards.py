"""The cards of one board column: a windowed model paged from SQL, and their painting.

Like the lists' model, a column knows its card count from the board's head and reads
pages of cards when they are painted, keeping a few pages: a column of 30,000 open
opportunities costs the cards on screen.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.errors import DomainError
from crm_desktop.views import formatting

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.board.types import Card
    from crm_desktop.services.records.types import ListQuery

#: what a dragged card carries: its record's id and the version it was read at
CARD_MIME = "application/x-crm-desktop-card"
CARD_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 40
MAX_PAGES = 12
_Index = QModelIndex | QPersistentModelIndex


class CardModel(QAbstractListModel):
    """The cards of one column of a board."""

    #: a page could not be read; the sentence is for the user
    load_failed = Signal(str)
    #: a card of another column was dropped here: (record id, version, this column)
    dropped = Signal(int, int, str)

    def __init__(
        self, services: Services, query: ListQuery, column: str, count: int,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._services = services
        self._query = query
        self.column = column
        self._count = count
        self._pages: dict[int, list[Card]] = {}

    def reset(self, query: ListQuery, count: int) -> None:
        self.beginResetModel()
        self._query = query
        self._count = count
        self._pages.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def card(self, row: int) -> Card | None:
        number, at = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            try:
                page = self._services.board.cards(
                    self._query, self.column, number * PAGE_SIZE, PAGE_SIZE
                )
            except DomainError as exc:
                self.load_failed.emit(str(exc))
                return None
            if len(self._pages) >= MAX_PAGES:
                del self._pages[next(iter(self._pages))]
            self._pages[number] = page
        return page[at] if at < len(page) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == CARD_ROLE:
            return self.card(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            card = self.card(index.row())
            return card.name if card else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- drag and drop ---------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        cards = [self.card(i.row()) for i in indexes]
        moved = [{"id": c.id, "version": c.version, "from": self.column} for c in cards if c]
        mime.setData(CARD_MIME, QByteArray(json.dumps(moved[:1]).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, *_where: Any) -> bool:
        moved = _moved(data)
        return bool(moved) and moved[0]["from"] != self.column

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, *_where: Any) -> bool:
        """Ask for the move, and leave the rows to the board's re-read: the drag's source
        is not to remove a row itself (the save may be refused)."""
        if not self.canDropMimeData(data, action):
            return False
        card = _moved(data)[0]
        self.dropped.emit(int(card["id"]), int(card["version"]), self.column)
        return False


def _moved(data: QMimeData) -> list[dict[str, Any]]:
    if not data.hasFormat(CARD_MIME):
        return []
    try:
        moved = json.loads(bytes(data.data(CARD_MIME).data()).decode())
    except ValueError:
        return []
    return moved if isinstance(moved, list) else []


class CardDelegate(QStyledItemDelegate):
    """A card: its name in bold, its organization, amount and due date, its owner; tinted
    when its due date has passed (unless its column is a finished one)."""

    MARGIN = 4
    PADDING = 6

    def __init__(self, late: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: whether cards of this column can be late
        self.late = late
        self.locale = QLocale()
        self.today = dt.date.today()

    def height(self, metrics: QFontMetrics) -> int:
        """A card's height in the font of ``metrics``: four lines, its margin and padding."""
        return 4 * metrics.lineSpacing() + 2 * (self.MARGIN + self.PADDING)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(200, self.height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        rect: QRect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        late = card is not None and self.late and card.overdue(self.today)
        background = palette.color(QPalette.ColorRole.Base)
        if late:
            background = _blend(background, QColor(220, 53, 69), 0.16)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        if card is not None:
            self._paint_text(painter, option, card, rect, late)
        painter.restore()

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, card: Card, rect: QRect,
        late: bool,
    ) -> None:  # fmt: skip
        palette: QPalette = option.palette
        text = rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line = option.fontMetrics.lineSpacing()
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        ink = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        amount = ""
        if card.amount is not None:
            decimals = formatting.currency_decimals(card.currency)
            number = formatting.format_decimal(card.amount, decimals, self.locale)
            amount = f"{number} {card.currency or ''}".strip()
        due = formatting.format_date(card.close_date, self.locale) if card.close_date else ""
        rows = (
            (bold, ink, card.name, ""),
            (font, muted, card.organization or "", ""),
            (font, ink, amount, due),
            (font, muted, card.owner or "", ""),
        )
        for number, (face, colour, start, end) in enumerate(rows):
            row = QRect(text.left(), text.top() + number * line, text.width(), line)
            painter.setFont(face)
            if end:
                painter.setPen(QColor(176, 42, 55) if late else muted)
                painter.drawText(row, right, end)
                row.setRight(row.right() - painter.fontMetrics().horizontalAdvance(end) - 8)
            painter.setPen(colour)
            elided = painter.fontMetrics().elidedText(
                start, Qt.TextElideMode.ElideRight, row.width()
            )
            painter.drawText(row, left, elided)


def _blend(base: QColor, tint: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() * (1 - share) + tint.red() * share),
        round(base.green() * (1 - share) + tint.green() * share),
        round(base.blue() * (1 - share) + tint.blue() * share),
    )
