"""The field groups many record types share, so that each type names them in one line."""

from __future__ import annotations

from crm_desktop.registry import picklists as p
from crm_desktop.registry.spec import N_, FieldSpec, Kind, Section

SALES = N_("Sales")

_ADDRESS_PARTS = ("street", "city", "state", "postal_code", "country")


def common() -> tuple[FieldSpec, ...]:
    """Owner, description and the stamps every record has (``RecordMixin``)."""
    return (
        FieldSpec("owner_id", N_("Assigned to"), Kind.USER, required=True, sort="owner_id"),
        FieldSpec("description", N_("Description"), Kind.MULTILINE),
        FieldSpec("created_at", N_("Created"), Kind.DATETIME, read_only=True, sort=None),
        FieldSpec("modified_at", N_("Modified"), Kind.DATETIME, read_only=True, sort="modified_at"),
    )


def number() -> FieldSpec:
    """The record's number (``NumberedMixin``), given by the service on its first save."""
    return FieldSpec("number", N_("Number"), read_only=True, sort="number", searchable=True)


def currency() -> FieldSpec:
    """The currency of the record's amounts; new records start in the settings' default."""
    return FieldSpec(
        "currency",
        N_("Currency"),
        Kind.CURRENCY,
        required=True,
        choices=p.CURRENCIES,
        sort="currency",
        default="USD",
    )


#: the field of a person's name order (``RecordType.name_order``)
NAME_ORDER = "name_order"


def person_name() -> tuple[FieldSpec, ...]:
    """Salutation, first and last name (``PersonNameMixin``), sorted by their folded keys,
    and the order the person writes them in (given or family name first; the record
    service guesses it when it is empty: services/records/names.py)."""
    return (
        FieldSpec("salutation", N_("Salutation"), Kind.CHOICE, choices=p.SALUTATIONS),
        FieldSpec(
            "first_name", N_("First name"), max_length=120, sort="first_name_key", searchable=True
        ),
        FieldSpec(
            "last_name",
            N_("Last name"),
            required=True,
            max_length=120,
            sort="last_name_key",
            searchable=True,
        ),
        FieldSpec(NAME_ORDER, N_("Name order"), Kind.CHOICE, choices=p.NAME_ORDERS),
    )


def address(prefix: str = "", city_sort: bool = False) -> tuple[FieldSpec, ...]:
    """Street, city, state, postal code and country, each named ``prefix`` + part; with
    ``city_sort`` lists sort by the city's folded key (``<prefix>city_key``)."""
    city_key = f"{prefix}city_key" if city_sort else None
    return (
        FieldSpec(f"{prefix}street", N_("Street"), max_length=400, searchable=True),
        FieldSpec(f"{prefix}city", N_("City"), max_length=120, sort=city_key, searchable=True),
        FieldSpec(f"{prefix}state", N_("State/Province"), max_length=120),
        FieldSpec(f"{prefix}postal_code", N_("Postal code"), max_length=20),
        FieldSpec(f"{prefix}country", N_("Country"), max_length=120, searchable=True),
    )


def address_names(prefix: str = "") -> tuple[str, ...]:
    """The names of the fields :func:`address` gives."""
    return tuple(f"{prefix}{part}" for part in _ADDRESS_PARTS)


def address_section(
    title: str, prefix: str = "", copy_from: tuple[str, str] | None = None
) -> Section:
    """A form section of the address ``prefix``; ``copy_from`` is (the prefix of another
    address of the type, the label of the button that copies it here)."""
    return Section(title, address_names(prefix), copy_from=copy_from)


def reference(name: str, label: str, target: str, cache: str, *, listed: bool = False) -> FieldSpec:
    """A reference to a record of type ``target`` whose display name the column ``cache``
    keeps; a ``listed`` one is sortable (by ``<cache>_key``) and found by search."""
    return FieldSpec(
        name,
        label,
        Kind.REFERENCE,
        reference=target,
        cache=cache,
        sort=f"{cache}_key" if listed else None,
        searchable=listed,
    )
