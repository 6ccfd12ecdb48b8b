"""The settings page of what a new quote or order starts with: currency, validity, terms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from crm_desktop.registry.picklists import CURRENCY_DECIMALS
from crm_desktop.services.settings.edit import SettingsChanged, SettingsEdit
from crm_desktop.services.settings.keys import (
    DEFAULT_CURRENCY_KEY,
    MAX_VALIDITY_DAYS,
    TERMS_KEYS,
    VALIDITY_DAYS_KEY,
)
from crm_desktop.views.admin.settings_conflict import Clash
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.qt_texts import translated_errors

if TYPE_CHECKING:
    from crm_desktop.services import Services


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class DocumentsPage(QWidget):
    """What a new quote or order starts with: the currency, a quote's validity, the terms."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.currency = QComboBox(self)
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in CURRENCY_DECIMALS:
            self.currency.addItem(code, code)
        self.validity = QSpinBox(self)
        self.validity.setRange(0, MAX_VALIDITY_DAYS)
        self.validity.setSuffix(self.tr(" days"))
        self.validity.setSpecialValueText(self.tr("No date"))
        # As wide as "3650 days", not the whole row: a number of days is short.
        self.validity.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.validity.setToolTip(
            self.tr("A new quote's “Valid until” is this many days after the day it is written")
        )
        self.quote_terms = text_box(self, 6)
        self.order_terms = text_box(self, 6)
        self.message = QLabel(self)
        show_as_error(self.message)
        self.message.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Default currency"), self.currency)
        form.addRow(self.tr("New quotes are valid for"), self.validity)
        form.addRow(self.tr("Terms of new quotes"), self.quote_terms)
        form.addRow(self.tr("Terms of new sales orders"), self.order_terms)
        form.addRow(self.message)
        self.reload()

    def reload(self) -> None:
        settings = self.services.settings
        self.loaded = {
            DEFAULT_CURRENCY_KEY: settings.default_currency(),
            VALIDITY_DAYS_KEY: settings.quote_validity_days(),
            TERMS_KEYS["quotes"]: settings.default_terms("quotes"),
            TERMS_KEYS["sales_orders"]: settings.default_terms("sales_orders"),
        }
        for key, value in self.loaded.items():
            self._show(key, value)

    def _labels(self) -> dict[str, str]:
        return {
            DEFAULT_CURRENCY_KEY: self.tr("Default currency"),
            VALIDITY_DAYS_KEY: self.tr("New quotes are valid for"),
            TERMS_KEYS["quotes"]: self.tr("Terms of new quotes"),
            TERMS_KEYS["sales_orders"]: self.tr("Terms of new sales orders"),
        }

    def _now(self) -> dict[str, Any]:
        return {
            DEFAULT_CURRENCY_KEY: str(self.currency.currentData()),
            VALIDITY_DAYS_KEY: self.validity.value(),
            TERMS_KEYS["quotes"]: self.quote_terms.toPlainText().strip(),
            TERMS_KEYS["sales_orders"]: self.order_terms.toPlainText().strip(),
        }

    def _show(self, key: str, value: Any) -> None:
        if key == DEFAULT_CURRENCY_KEY:
            self.currency.setCurrentIndex(max(0, self.currency.findData(value)))
        elif key == VALIDITY_DAYS_KEY:
            self.validity.setValue(int(value))
        else:
            box = self.quote_terms if key == TERMS_KEYS["quotes"] else self.order_terms
            box.setPlainText(value)

    # -- saving with the other pages (SettingsDialog) ---------------------------------------------
    def check(self) -> bool:
        return True

    def clear_problems(self) -> None:
        self.message.hide()

    def collect(self, edit: SettingsEdit) -> None:
        for key, value in self._now().items():
            if value != self.loaded[key]:
                edit.values[key] = (self.loaded[key], value)

    def clashes(self, changed: SettingsChanged) -> list[Clash]:
        now = self._now()
        return [
            Clash(label, str(changed.values[key]), str(now[key]))
            for key, label in self._labels().items()
            if key in changed.values
        ]

    def take(self, changed: SettingsChanged, keep_mine: bool) -> None:
        for key in self.loaded:
            if key in changed.values:
                self.loaded[key] = changed.values[key]
                if not keep_mine:
                    self._show(key, changed.values[key])

    def show_errors(self, errors: dict[str, str]) -> bool:
        mine = {k: v for k, v in errors.items() if k in self.loaded}
        if mine:
            self.message.setText("\n".join(translated_errors(mine).values()))
            self.message.show()
        return bool(mine)
