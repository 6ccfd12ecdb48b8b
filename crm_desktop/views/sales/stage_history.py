"""The "Stage history" tab of an opportunity: each change of its stage, probability,
amount or expected close date, newest first, with who made it. It is a view of the
record's history (services/history), which keeps every field's changes: the rows are
its changes of those four fields, each with the four as they then stood.

An opportunity changes stage a handful of times in its life: the page reads its rows
whole (no paging), when the opportunity is shown and after every save of one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import RelatedTab
from crm_desktop.views import formatting
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StageHistoryPage(QWidget):
    """The page under an opportunity's form (see RelatedTab.page)."""

    # The signals every page of RelatedTabs has; this one opens and creates nothing.
    open_record = Signal(str, int)
    new_related = Signal(str, dict)
    count_changed = Signal()

    def __init__(self, services: Services, tab: RelatedTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tab = tab
        self.record_id: int | None = None
        self.table = QTableWidget(0, 6, self)
        fields = services.registry.get("opportunities")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Changed")]
            + [
                formatting.field_label(fields.field(name))
                for name in ("sales_stage", "probability", "amount", "expected_close_date")
            ]
            + [self.tr("Changed by")]
        )
        self.table.setAccessibleName(self.tr("Stage history"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def count(self) -> int:
        return self.table.rowCount()

    def refresh(self) -> None:
        from crm_desktop.services.sales.opportunities import stage_history

        changes = []
        if self.record_id is not None:
            try:
                changes = stage_history(self.services.records, self.record_id)
            except DomainError as exc:  # a busy or vanished database: say so, keep the rows
                show_domain_error(self, exc)
                return
        locale = QLocale()
        self.table.setRowCount(len(changes))
        for row, change in enumerate(reversed(changes)):
            amount = change["amount"]
            probability = change["probability"]
            close = change["expected_close_date"]
            texts = (
                (formatting.format_datetime(change["changed_at"], locale), None),
                (formatting.choice_text(change["sales_stage"]), None),
                ("" if probability is None else locale.toString(probability), _RIGHT),
                (
                    ""
                    if amount is None
                    else formatting.format_decimal(
                        amount, formatting.currency_decimals(change["currency"]), locale
                    )
                    + f" {change['currency'] or ''}".rstrip(),
                    _RIGHT,
                ),
                ("" if close is None else formatting.format_date(close, locale), None),
                (change["changed_by"] or "", None),
            )
            for column, (text, align) in enumerate(texts):
                item = QTableWidgetItem(text)
                if align is not None:
                    item.setTextAlignment(align)
                self.table.setItem(row, column, item)
        self.count_changed.emit()
