"""What the settings dialog saves at once (:meth:`SettingsService.save_settings`), each
change with what was read before it, and the refusal when someone else saved meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from crm_desktop.errors import ConflictError
from crm_desktop.services.settings.types import CurrencyInfo, TaxRateInfo


@dataclass(frozen=True)
class TaxRateChange:
    """A tax rate to add (``loaded`` None), change, or delete; ``loaded`` is the rate as
    it was read before the change was made."""

    loaded: TaxRateInfo | None
    name: str = ""
    percent: Decimal | str = Decimal(0)
    active: bool = True
    delete: bool = False


@dataclass(frozen=True)
class CurrencyChange:
    """A currency to add (``loaded`` None) or to write differently."""

    loaded: CurrencyInfo | None
    wanted: CurrencyInfo


@dataclass
class SettingsEdit:
    """What the settings dialog saves at once, each with what it read before."""

    #: key/value settings (``company_key``, ``TERMS_KEYS``, ``DEFAULT_CURRENCY_KEY`` of
    #: services/settings/keys.py): name -> (value as read, value to save)
    values: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    tax_rates: list[TaxRateChange] = field(default_factory=list)
    currencies: list[CurrencyChange] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.values or self.tax_rates or self.currencies)


class SettingsChanged(ConflictError):
    """Someone else saved some of the settings being saved since they were read; nothing
    was saved. Each mapping holds what is stored now (None: deleted)."""

    def __init__(
        self,
        values: dict[str, Any],
        tax_rates: dict[int, TaxRateInfo | None],
        currencies: dict[str, CurrencyInfo | None],
    ) -> None:
        super().__init__("Someone else changed these settings in the meantime.")
        self.values = values
        self.tax_rates = tax_rates
        self.currencies = currencies


def indexed(prefix: str, index: int, errors: dict[str, str]) -> dict[str, str]:
    """Errors of the change at ``index`` of a list: "tax_rates.2.name"."""
    return {f"{prefix}.{index}.{name}": message for name, message in errors.items()}
