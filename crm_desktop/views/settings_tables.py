"""The tax rates and currencies pages of the settings dialog.

Each page edits a table and applies the difference to the settings service when the
dialog is applied: deletions, then changes, then additions, each one short transaction.
What cannot be saved is marked on its row and told in words; nothing typed is lost.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError, NotFound, ValidationError
from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.services import Services
from crm_desktop.services.settings import CurrencyInfo, TaxRateInfo
from crm_desktop.views.field_widgets import ERROR_STYLE, editable_decimal, parse_decimal
from crm_desktop.views.field_widgets import translated_errors as _translated

ID_ROLE = Qt.ItemDataRole.UserRole
_BAD = QBrush(QColor(198, 40, 40, 50))
#: (shown, stored) choices of separators
THOUSANDS = ((",", ","), (".", "."), ("␣", " "), ("'", "'"), ("—", ""))
DECIMAL_POINTS = ((".", "."), (",", ","))


def _messages(errors: dict[str, str], labels: dict[str, str]) -> str:
    """ "Name: This field is required." per refused field, in the user's language."""
    return "\n".join(
        f"{labels[k]}: {m}" if k in labels else m for k, m in _translated(errors).items()
    )


def _check_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


class _TablePage(QWidget):
    """A table, buttons below it, and a line for what went wrong."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)

    def show_problem(self, row: int | None, text: str) -> None:
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(_BAD if r == row else QBrush())
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if row is not None:
            self.table.setCurrentCell(row, 0)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button


class TaxRatesPage(_TablePage):
    """Name, percent and active flag of each tax rate offered on documents."""

    NAME, PERCENT, ACTIVE = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Name"), self.tr("Percent"), self.tr("Active")], parent)
        self.services = services
        self.loaded: dict[int, TaxRateInfo] = {}
        self.deleted: list[int] = []
        self.add_button = self._button(self.tr("Add tax rate"), self.add_rate)
        self.delete_button = self._button(self.tr("Delete"), self.delete_rate)
        self.buttons.addStretch(1)
        note = QLabel(
            self.tr("Documents keep the rates they were written with; changes apply to new ones."),
            self,
        )
        note.setWordWrap(True)
        self.layout().insertWidget(0, note)  # type: ignore[union-attr]
        self.reload()

    def reload(self) -> None:
        self.loaded = {r.id: r for r in self.services.settings.tax_rates()}
        self.deleted = []
        self.table.setRowCount(0)
        for rate in self.loaded.values():
            self._append(rate.id, rate.name, rate.percent, rate.active)
        self.show_problem(None, "")

    def _append(self, rate_id: int | None, name: str, percent: Decimal | None, active: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, rate_id)
        self.table.setItem(row, self.NAME, name_item)
        text = "" if percent is None else editable_decimal(percent, 0, QLocale())
        percent_item = QTableWidgetItem(text)
        percent_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, self.PERCENT, percent_item)
        self.table.setItem(row, self.ACTIVE, _check_item(active))
        return row

    def add_rate(self) -> int:
        """A new row to type a rate into (saved when the dialog is)."""
        row = self._append(None, "", None, True)
        self.table.setCurrentCell(row, self.NAME)
        self.table.editItem(self.table.item(row, self.NAME))
        return row

    def delete_rate(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        rate_id = self.table.item(row, self.NAME).data(ID_ROLE)
        if rate_id is not None:
            self.deleted.append(int(rate_id))
        self.table.removeRow(row)

    def rows(self) -> list[tuple[int | None, str, str, bool]]:
        """(id, name, percent as typed, active) of every row."""
        t = self.table
        return [
            (
                t.item(r, self.NAME).data(ID_ROLE),
                t.item(r, self.NAME).text().strip(),
                t.item(r, self.PERCENT).text().strip(),
                _checked(t.item(r, self.ACTIVE)),
            )
            for r in range(t.rowCount())
        ]

    def check(self) -> bool:
        """Every row has a name (not twice) and a percent between 0 and 100."""
        seen: set[str] = set()
        for row, (_id, name, typed, _active) in enumerate(self.rows()):
            problem = ""
            try:
                percent = parse_decimal(typed, QLocale())
            except ValueError:
                percent = None
            if not name:
                problem = self.tr("Give the tax rate a name.")
            elif name.casefold() in seen:
                problem = self.tr("There is already a tax rate of that name.")
            elif percent is None or not Decimal(0) <= percent <= Decimal(100):
                problem = self.tr("The percent must be a number between 0 and 100.")
            elif percent.as_tuple().exponent < -4:  # type: ignore[operator]
                problem = self.tr("The percent has at most 4 decimals.")
            if problem:
                self.show_problem(row, problem)
                return False
            seen.add(name.casefold())
        return True

    def apply(self) -> bool:
        if not self.check():
            return False
        settings = self.services.settings
        for rate_id in list(self.deleted):
            with contextlib.suppress(NotFound):  # someone else deleted it: what was wanted
                settings.delete_tax_rate(rate_id)
            self.deleted.remove(rate_id)
            self.loaded.pop(rate_id, None)
        for row, (rate_id, name, typed, active) in enumerate(self.rows()):
            percent = parse_decimal(typed, QLocale())
            assert percent is not None
            try:
                if rate_id is None:
                    info = settings.add_tax_rate(name, percent, active=active)
                    self.table.item(row, self.NAME).setData(ID_ROLE, info.id)
                    self.loaded[info.id] = info
                else:
                    old = self.loaded.get(int(rate_id))
                    if old is not None and (old.name, old.percent, old.active) == (
                        name,
                        percent,
                        active,
                    ):
                        continue
                    info = settings.update_tax_rate(
                        int(rate_id), name=name, percent=percent, active=active
                    )
                    self.loaded[info.id] = info
            except ValidationError as exc:
                labels = {"name": self.tr("Name"), "percent": self.tr("Percent")}
                self.show_problem(row, _messages(exc.errors, labels))
                return False
            except DomainError as exc:
                self.show_problem(row, str(exc))
                return False
        self.show_problem(None, "")
        return True


class CurrenciesPage(_TablePage):
    """How amounts of each currency are written; which currencies documents offer."""

    CODE, NAME, SYMBOL, DECIMALS, THOUSANDS, POINT, ACTIVE = range(7)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Symbol"),
                self.tr("Decimals"),
                self.tr("Thousands"),
                self.tr("Decimal point"),
                self.tr("Active"),
            ],
            parent,
        )
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.services = services
        self.loaded: dict[str, CurrencyInfo] = {}
        self.new_code = QComboBox(self)
        self.new_code.setAccessibleName(self.tr("Currency to add"))
        self.buttons.addWidget(self.new_code)
        self.add_button = self._button(self.tr("Add currency"), self.add_currency)
        self.buttons.addStretch(1)
        self.reload()

    def reload(self) -> None:
        self.loaded = {c.code: c for c in self.services.settings.currencies()}
        self.table.setRowCount(0)
        for currency in self.loaded.values():
            self._append(currency)
        self._offer_codes()
        self.show_problem(None, "")

    def _offer_codes(self) -> None:
        present = set(self.codes())
        self.new_code.clear()
        for code in CURRENCY_DECIMALS:
            if code not in present:
                self.new_code.addItem(code)
        self.add_button.setEnabled(self.new_code.count() > 0)
        self.new_code.setEnabled(self.new_code.count() > 0)

    def codes(self) -> list[str]:
        return [self.table.item(r, self.CODE).text() for r in range(self.table.rowCount())]

    def _combo(self, choices: tuple[tuple[str, str], ...], value: str) -> QComboBox:
        combo = QComboBox(self.table)
        for shown, stored in choices:
            combo.addItem(shown, stored)
        if combo.findData(value) < 0:
            combo.addItem(value, value)
        combo.setCurrentIndex(combo.findData(value))
        return combo

    def _append(self, currency: CurrencyInfo) -> int:
        t = self.table
        row = t.rowCount()
        t.insertRow(row)
        code = QTableWidgetItem(currency.code)
        code.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        t.setItem(row, self.CODE, code)
        t.setItem(row, self.NAME, QTableWidgetItem(currency.name))
        t.setItem(row, self.SYMBOL, QTableWidgetItem(currency.symbol))
        decimals = QSpinBox(t)
        decimals.setRange(0, 4)
        decimals.setValue(currency.decimals)
        t.setCellWidget(row, self.DECIMALS, decimals)
        t.setCellWidget(row, self.THOUSANDS, self._combo(THOUSANDS, currency.thousands_separator))
        t.setCellWidget(row, self.POINT, self._combo(DECIMAL_POINTS, currency.decimal_separator))
        t.setItem(row, self.ACTIVE, _check_item(currency.active))
        return row

    def add_currency(self) -> int | None:
        code = self.new_code.currentText()
        if not code:
            return None
        row = self._append(CurrencyInfo(code, code, "", CURRENCY_DECIMALS[code]))
        self._offer_codes()
        self.table.setCurrentCell(row, self.NAME)
        return row

    def currency_at(self, row: int) -> CurrencyInfo:
        t = self.table
        decimals = t.cellWidget(row, self.DECIMALS)
        thousands = t.cellWidget(row, self.THOUSANDS)
        point = t.cellWidget(row, self.POINT)
        assert isinstance(decimals, QSpinBox)
        assert isinstance(thousands, QComboBox) and isinstance(point, QComboBox)
        return CurrencyInfo(
            code=t.item(row, self.CODE).text(),
            name=t.item(row, self.NAME).text().strip(),
            symbol=t.item(row, self.SYMBOL).text().strip(),
            decimals=decimals.value(),
            thousands_separator=str(thousands.currentData()),
            decimal_separator=str(point.currentData()),
            active=_checked(t.item(row, self.ACTIVE)),
        )

    def set_cell(self, row: int, column: int, value: object) -> None:
        """Change a cell as the user would (tests and keyboard-free callers)."""
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QSpinBox):
            widget.setValue(int(value))  # type: ignore[call-overload]
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif column == self.ACTIVE:
            self.table.item(row, column).setCheckState(
                Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            )
        else:
            self.table.item(row, column).setText(str(value))

    def row_of(self, code: str) -> int:
        return self.codes().index(code)

    def apply(self) -> bool:
        for row in range(self.table.rowCount()):
            currency = self.currency_at(row)
            if self.loaded.get(currency.code) == currency:
                continue
            try:
                self.services.settings.save_currency(currency)
            except ValidationError as exc:
                labels = {
                    "code": self.tr("Code"),
                    "name": self.tr("Name"),
                    "decimals": self.tr("Decimals"),
                    "decimal_separator": self.tr("Decimal point"),
                }
                self.show_problem(row, _messages(exc.errors, labels))
                return False
            except DomainError as exc:
                self.show_problem(row, str(exc))
                return False
            self.loaded[currency.code] = currency
        self.show_problem(None, "")
        return True
