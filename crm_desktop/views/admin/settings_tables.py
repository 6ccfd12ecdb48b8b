"""The tax rates and currencies pages of the settings dialog.

Each page edits a table and hands the rows changed since it read them to the dialog,
which saves them with the other pages' changes in one service call. What cannot be saved
is marked on its row and told in words; nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.services.settings.edit import (
    CurrencyChange,
    SettingsChanged,
    SettingsEdit,
    TaxRateChange,
)
from crm_desktop.services.settings.types import CurrencyInfo, TaxRateInfo
from crm_desktop.views.admin.settings_conflict import Clash
from crm_desktop.views.admin.settings_table_page import (
    ID_ROLE,
    TablePage,
    check_item,
    field_messages,
    is_checked,
)
from crm_desktop.views.formatting import format_decimal
from crm_desktop.views.records.field_widgets import editable_decimal, parse_decimal

if TYPE_CHECKING:
    from crm_desktop.services import Services


class TaxRatesPage(TablePage):
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
        self._fill_row(row, rate_id, name, percent, active)
        return row

    def _fill_row(
        self, row: int, rate_id: int | None, name: str, percent: Decimal | None, active: bool
    ) -> None:
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, rate_id)
        self.table.setItem(row, self.NAME, name_item)
        text = "" if percent is None else editable_decimal(percent, 0, QLocale())
        percent_item = QTableWidgetItem(text)
        percent_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, self.PERCENT, percent_item)
        self.table.setItem(row, self.ACTIVE, check_item(active))

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
                is_checked(t.item(r, self.ACTIVE)),
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

    # -- saving with the other pages (SettingsDialog) ---------------------------------------------
    def collect(self, edit: SettingsEdit) -> None:
        """Deleted rates, then the rows added or changed since loaded (checked first)."""
        self._change_rows = []
        for rate_id in self.deleted:
            edit.tax_rates.append(TaxRateChange(self.loaded[rate_id], delete=True))
            self._change_rows.append(None)
        for row, (rate_id, name, typed, active) in enumerate(self.rows()):
            percent = parse_decimal(typed, QLocale())
            assert percent is not None  # check() comes first
            loaded = self.loaded.get(int(rate_id)) if rate_id is not None else None
            if loaded is not None and (loaded.name, loaded.percent, loaded.active) == (
                name,
                percent,
                active,
            ):
                continue
            edit.tax_rates.append(TaxRateChange(loaded, name, percent, active))
            self._change_rows.append(row)

    def _row_of(self, rate_id: int) -> int | None:
        ids = [self.table.item(r, self.NAME).data(ID_ROLE) for r in range(self.table.rowCount())]
        return ids.index(rate_id) if rate_id in ids else None

    def _text(self, rate: TaxRateInfo | None) -> str:
        if rate is None:
            return self.tr("deleted")
        text = f"{rate.name} {editable_decimal(rate.percent, 0, QLocale())} %"
        return text if rate.active else self.tr("%1 (inactive)").replace("%1", text)

    def clashes(self, changed: SettingsChanged) -> list[Clash]:
        found = []
        for rate_id, theirs in changed.tax_rates.items():
            row = self._row_of(rate_id)
            mine = None
            if row is not None:
                _id, name, typed, active = self.rows()[row]
                percent = parse_decimal(typed, QLocale()) or Decimal(0)
                mine = TaxRateInfo(rate_id, name, percent, active, 0)
            label = self.tr("Tax rate “%1”").replace("%1", self.loaded[rate_id].name)
            found.append(Clash(label, self._text(theirs), self._text(mine)))
        return found

    def take(self, changed: SettingsChanged, keep_mine: bool) -> None:
        """Compare with their rates from now on; show theirs unless mine are written."""
        for rate_id, theirs in changed.tax_rates.items():
            row = self._row_of(rate_id)
            if keep_mine and theirs is None:  # they deleted it: mine is added again
                self.loaded.pop(rate_id, None)
                if row is not None:
                    self.table.item(row, self.NAME).setData(ID_ROLE, None)
            elif keep_mine:
                self.loaded[rate_id] = theirs
            elif theirs is None:
                self.loaded.pop(rate_id, None)
                if row is not None:
                    self.table.removeRow(row)
            else:
                self.loaded[rate_id] = theirs
                if rate_id in self.deleted:  # I deleted it, they changed it: it stays
                    self.deleted.remove(rate_id)
                    self._append(theirs.id, theirs.name, theirs.percent, theirs.active)
                elif row is not None:
                    self.table.removeRow(row)
                    self.table.insertRow(row)
                    self._fill_row(row, theirs.id, theirs.name, theirs.percent, theirs.active)

    def show_errors(self, errors: dict[str, str]) -> bool:
        rows = self._row_errors(errors, "tax_rates")
        if not rows:
            return False
        row = min(rows, key=lambda r: -1 if r is None else r)
        labels = {"name": self.tr("Name"), "percent": self.tr("Percent")}
        self.show_problem(row, field_messages(rows[row], labels))
        return True


class CurrenciesPage(TablePage):
    """Each currency's name, symbol and decimals; which currencies documents offer.

    Digit grouping and the decimal point are not the currency's: the form and the printed
    document write them the way of the user's language (18.900.307 in Vietnamese, 18,900,307
    in English), so that the two always agree."""

    CODE, NAME, SYMBOL, DECIMALS, ACTIVE = range(5)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Symbol"),
                self.tr("Decimals"),
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

    def _append(self, currency: CurrencyInfo) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill_row(row, currency)
        return row

    def _fill_row(self, row: int, currency: CurrencyInfo) -> None:
        t = self.table
        code = QTableWidgetItem(currency.code)
        code.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        t.setItem(row, self.CODE, code)
        t.setItem(row, self.NAME, QTableWidgetItem(currency.name))
        t.setItem(row, self.SYMBOL, QTableWidgetItem(currency.symbol))
        decimals = QSpinBox(t)
        decimals.setRange(0, 4)
        decimals.setValue(currency.decimals)
        t.setCellWidget(row, self.DECIMALS, decimals)
        t.setItem(row, self.ACTIVE, check_item(currency.active))

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
        assert isinstance(decimals, QSpinBox)
        code = t.item(row, self.CODE).text()
        # The stored separators are kept as they are (a row is "changed" by what it shows).
        stored = self.loaded.get(code) or CurrencyInfo(code, code, "", CURRENCY_DECIMALS[code])
        return replace(
            stored,
            name=t.item(row, self.NAME).text().strip(),
            symbol=t.item(row, self.SYMBOL).text().strip(),
            decimals=decimals.value(),
            active=is_checked(t.item(row, self.ACTIVE)),
        )

    def set_cell(self, row: int, column: int, value: object) -> None:
        """Change a cell as the user would (tests and keyboard-free callers)."""
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QSpinBox):
            widget.setValue(int(value))  # type: ignore[call-overload]
        elif column == self.ACTIVE:
            self.table.item(row, column).setCheckState(
                Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            )
        else:
            self.table.item(row, column).setText(str(value))

    def row_of(self, code: str) -> int:
        return self.codes().index(code)

    # -- saving with the other pages (SettingsDialog) ---------------------------------------------
    def check(self) -> bool:
        return True  # the service's rules, shown on the row

    def collect(self, edit: SettingsEdit) -> None:
        self._change_rows = []
        for row in range(self.table.rowCount()):
            currency = self.currency_at(row)
            loaded = self.loaded.get(currency.code)
            if loaded != currency:
                edit.currencies.append(CurrencyChange(loaded, currency))
                self._change_rows.append(row)

    def _text(self, currency: CurrencyInfo | None) -> str:
        """ "Euro € 1,234.57": the name, the symbol, and an amount with its decimals."""
        if currency is None:
            return ""
        amount = format_decimal(Decimal("1234.5678"), currency.decimals, QLocale())
        return " ".join(part for part in (currency.name, currency.symbol, amount) if part)

    def clashes(self, changed: SettingsChanged) -> list[Clash]:
        codes = self.codes()
        return [
            Clash(
                self.tr("Currency %1").replace("%1", code),
                self._text(theirs),
                self._text(self.currency_at(codes.index(code))) if code in codes else "",
            )
            for code, theirs in changed.currencies.items()
        ]

    def take(self, changed: SettingsChanged, keep_mine: bool) -> None:
        for code, theirs in changed.currencies.items():
            if theirs is None:
                self.loaded.pop(code, None)
            else:
                self.loaded[code] = theirs
            if keep_mine or code not in self.codes():
                continue
            row = self.row_of(code)
            self.table.removeRow(row)
            if theirs is not None:
                self.table.insertRow(row)
                self._fill_row(row, theirs)
        self._offer_codes()

    def show_errors(self, errors: dict[str, str]) -> bool:
        rows = self._row_errors(errors, "currencies")
        if not rows:
            return False
        row = min(r for r in rows if r is not None)
        labels = {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "decimals": self.tr("Decimals"),
        }
        self.show_problem(row, field_messages(rows[row], labels))
        return True
