"""The addresses of a quote or order: from its organization or contact, copied across."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crm_desktop.errors import DomainError
from crm_desktop.services.quotes.types import ADDRESS_PARTS

if TYPE_CHECKING:
    from crm_desktop.services import Services

ADDRESS_FIELDS = tuple(f"{side}_{p}" for side in ("billing", "shipping") for p in ADDRESS_PARTS)


class AddressFilling:
    """The part of :class:`QuoteForm` about the billing and shipping address."""

    services: Services
    editors: dict[str, Any]
    _auto_address: dict[str, Any]

    # -- addresses --------------------------------------------------------------------------------
    def _addresses(self) -> dict[str, Any]:
        return {name: self.editors[name].value() for name in ADDRESS_FIELDS}

    def _set_addresses(self, values: dict[str, Any]) -> None:
        for name in ADDRESS_FIELDS:
            self.editors[name].set_value(values.get(name))

    def _auto_fill(self, source: str) -> None:
        """A new document takes the addresses of the organization (or contact) chosen, as
        long as the user has not typed an address of their own."""
        if self._addresses() != self._auto_address:
            return
        if source == "contact" and self.editors["organization_id"].value() is not None:
            return
        if self._fill_addresses(source, quiet=True):
            self._auto_address = self._addresses()

    def fill_from_organization(self) -> bool:
        return self._fill_addresses("organization")

    def fill_from_contact(self) -> bool:
        return self._fill_addresses("contact")

    def _fill_addresses(self, source: str, *, quiet: bool = False) -> bool:
        record_id = self.editors[f"{source}_id"].value()
        if not isinstance(record_id, int):
            if not quiet:
                self._warn(
                    self.tr("Choose an organization first.")
                    if source == "organization"
                    else self.tr("Choose a contact first.")
                )
            return False
        try:
            if source == "organization":
                values = self.services.quotes.addresses_from_organization(record_id)
            else:
                values = self.services.quotes.addresses_from_contact(record_id)
        except DomainError as exc:
            if not quiet:
                self._warn(str(exc))
            return False
        self._set_addresses(values)
        return True
