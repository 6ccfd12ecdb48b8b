"""The plain data the record services return and take: no SQLAlchemy, no models.

The views import these (a form's loaded record, a list's query and rows, a saved filter,
a search hit) without loading the database layer; the services that make them import
them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crm_desktop.registry import N_, Condition, RecordType


@dataclass
class Record:
    """A record as plain data: field values plus what a form needs around them."""

    record_type: str
    id: int
    version: int
    values: dict[str, Any]
    #: display names of referenced records and the owner, by field name
    references: dict[str, str] = field(default_factory=dict)
    deleted: bool = False

    @property
    def number(self) -> str | None:
        return self.values.get("number")


@dataclass(frozen=True)
class ListQuery:
    record_type: str
    #: None: the record type's default sort (field and direction)
    sort_field: str | None = None
    descending: bool = False
    quick: str = ""
    conditions: tuple[Condition, ...] = ()
    #: the column filters of the list's header (several on one field make a range)
    column_filters: tuple[Condition, ...] = ()
    #: True lists the recycle bin instead of the live records
    deleted: bool = False


@dataclass(frozen=True)
class ListRow:
    id: int
    #: one value per :meth:`ListService.columns` entry; references as their display names
    values: tuple[Any, ...]


@dataclass(frozen=True)
class ValueCount:
    """One value of a column among a list's rows, and how many rows hold it."""

    #: as stored (a choice, a currency code, an owner's id, a bool); None: empty
    value: Any
    count: int
    #: what to show when the value is an id (an owner's name); None otherwise
    name: str | None = None


@dataclass(frozen=True)
class FilterInfo:
    name: str
    conditions: tuple[Condition, ...]
    quick: str = ""
    #: None for a built-in filter
    id: int | None = None
    #: the list header's column filters kept with the filter
    column_filters: tuple[Condition, ...] = ()

    @property
    def builtin(self) -> bool:
        return self.id is None


@dataclass(frozen=True)
class SearchHit:
    record_type: str
    id: int
    title: str
    #: a number, e-mail or organization that tells same-named records apart
    detail: str


@dataclass(frozen=True)
class Match:
    """A record offered by a reference field's completion."""

    id: int
    name: str
    #: the organization, e-mail or phone and number that tell same-named records apart
    detail: str


#: format: its name in messages (for translation), the record type it is for (None: any)
FORMATS: dict[str, tuple[str, str | None]] = {
    "csv": (N_("CSV"), None),
    "xlsx": (N_("Excel workbook"), None),
    "vcf": (N_("vCard"), "contacts"),
    "ics": (N_("iCalendar"), "activities"),
}


@dataclass(frozen=True)
class ExportResult:
    #: records written (when cancelled: written before the cancel, now gone with the file)
    records: int
    cancelled: bool = False


def formats_of(record_type: RecordType) -> list[str]:
    """The formats a list of ``record_type`` can be exported to."""
    return [key for key, (_name, only) in FORMATS.items() if only in (None, record_type.key)]
