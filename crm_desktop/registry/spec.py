"""The vocabulary of the record-type registry: plain, immutable descriptions. No Qt, no SQL.

Labels are English source strings marked with :func:`N_`; the views translate them with
``QCoreApplication.translate("registry", label)`` (picklist values with context "picklist").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it here."""
    return text


class Kind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    INTEGER = "integer"
    DECIMAL = "decimal"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    CHOICE = "choice"
    CURRENCY = "currency"
    REFERENCE = "reference"
    USER = "user"


#: the values a latitude and a longitude may take, in degrees
LATITUDE = (-90, 90)
LONGITUDE = (-180, 180)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record type, as forms, lists, search and import see it."""

    name: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    #: for REFERENCE: the key of the referenced record type
    reference: str | None = None
    #: for REFERENCE: the column caching the referenced record's display name
    cache: str | None = None
    #: the most characters the field holds (for text: its column's length when not given)
    max_length: int | None = None
    read_only: bool = False
    #: an amount of money that may be below zero (an adjustment); the others may not
    signed: bool = False
    #: the column lists sort by (a folded ``_key`` twin, a cache key); None: not sortable
    sort: str | None = None
    #: part of the record's folded search text (quick filter, global search)
    searchable: bool = False
    default: Any = None
    #: a number's lowest and highest value (a latitude's -90 and 90), when limited; the
    #: message saying so is in services/records/values.py
    bounds: tuple[int, int] | None = None

    @property
    def sortable(self) -> bool:
        return self.sort is not None


#: the kinds whose value is text kept in a column of limited length
TEXT_KINDS = (Kind.TEXT, Kind.MULTILINE, Kind.EMAIL, Kind.PHONE, Kind.URL)


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[str, ...]
    #: an address section's (source prefix, button label): a button under the section
    #: copies the address of that prefix into this one (billing → shipping)
    copy_from: tuple[str, str] | None = None


@dataclass(frozen=True)
class RelatedTab:
    """Records of ``record_type`` whose ``via`` field references the record on show.

    Without ``via``: the records whose ``link_fields`` (type, id) point at it, as an
    activity's "related to" points at a record of any type.
    With ``page``: a page of its own about the record, refreshed when records of
    ``record_type`` change ("stage_history": an opportunity's stage changes;
    "activity_history": the activities linked to it, past and planned; "history": the
    record's own changes, which the registry gives every type; "mail": the messages
    exchanged with it or filed to it).
    """

    label: str
    record_type: str
    via: str | None = None
    page: str | None = None


#: the values of a person's name order (stored in English, shown with context "picklist"):
#: the given name first ("Anna Smith"), or the family name first as Vietnamese,
#: Hungarian, Chinese, Japanese and Korean names are written ("Nguyễn Văn Đức")
GIVEN_FIRST = N_("Given name first")
FAMILY_FIRST = N_("Family name first")

#: a condition's value standing for the current user
ME = "@me"
#: a condition's value standing for the start of today (the user's day, wherever the list
#: is read), so a filter "from today" still means today tomorrow
TODAY = "@today"


@dataclass(frozen=True)
class Condition:
    """One filter condition; ``value`` may be :data:`ME` or :data:`TODAY`."""

    field: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class Overdue:
    """When a record is overdue: ``field`` (a date or time) has passed and ``status``
    is none of ``done``. Lists mark such rows."""

    field: str
    status: str
    done: tuple[str, ...]


@dataclass(frozen=True)
class FilterSpec:
    name: str
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class BoardSpec:
    """A type's list shown as a board: a column per choice of ``column`` (opportunities
    by stage), a card per record with the fields named here."""

    column: str
    title: str
    #: a reference shown under the title (its cached name)
    subtitle: str
    amount: str
    weighted: str
    currency: str
    #: the date a card is late after (its colour changes)
    due: str
    #: the columns of finished records, never late (won and lost deals)
    done: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordType:
    key: str
    label: str
    singular: str
    icon: str
    group: str
    #: the database table holding the records (the services map it to the ORM)
    table: str
    fields: tuple[FieldSpec, ...]
    sections: tuple[Section, ...]
    list_columns: tuple[str, ...]
    #: fields joined by a space make the record's display name (given name first)
    title_fields: tuple[str, ...]
    number_prefix: str | None = None
    related: tuple[RelatedTab, ...] = ()
    default_sort: tuple[str, bool] = ("modified_at", True)
    filters: tuple[FilterSpec, ...] = ()
    #: the name of the filter (one of ``filters``) its list opens on: the work to do
    #: (open opportunities, leads not converted); "All records" shows the rest
    default_filter: str | None = None
    #: (type column, id column) of a link to a record of any type, e.g. an activity's
    #: "related to"; lead conversion moves such links from the lead to the new contact
    link_fields: tuple[str, str] | None = None
    #: the field caching the display name of the record ``link_fields`` point at; kept
    #: up to date when that record is renamed
    link_name: str | None = None
    #: a field whose true value makes the record read only (a converted lead)
    locked_by: str | None = None
    #: the form of its own that replaces the generic one (:attr:`Registry.FORMS`)
    form: str | None = None
    #: parts the generic form adds for this type (:attr:`Registry.FORM_PARTS`), e.g. a
    #: lead's conversion bar or an opportunity's forecast that follows its stage
    form_parts: tuple[str, ...] = ()
    #: the fields that say where the record is visited (street, city): a visit planned
    #: from its activity history takes them, joined, as its location
    visit_address: tuple[str, ...] = ()
    #: the field saying in which order a person writes the name (:data:`GIVEN_FIRST`,
    #: :data:`FAMILY_FIRST`): family name first, the display name reads ``title_fields``
    #: backwards
    name_order: str | None = None
    #: (record type, reference field of this type): a tab of this type's records, labelled
    #: with this type's label, on each of those types' forms (a case on its organization's,
    #: contact's and product's), so that a new type names the forms it shows on itself
    shown_on: tuple[tuple[str, str], ...] = ()
    #: the page of its own (:attr:`Registry.PAGES`) of the tabs ``shown_on`` adds
    tab_page: str | None = None
    #: the rule that marks a row overdue in lists (a case past its due time)
    overdue: Overdue | None = None
    #: the list can also be shown as a board (views/board/)
    board: BoardSpec | None = None
    #: a list everybody works from (the products): a road copy takes it whole, whatever
    #: part of the other records it takes
    taken_whole: bool = False
    _by_name: dict[str, FieldSpec] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        self._by_name.update({f.name: f for f in self.fields})
        for name in (*self.list_columns, *self.name_fields, *self.visit_address):
            self.field(name)
        for section in self.sections:
            for name in section.fields:
                self.field(name)
            if section.copy_from is not None:
                own = section.fields[0].removesuffix("street")
                for name in section.fields:
                    self.field(section.copy_from[0] + name.removeprefix(own))
        if self.locked_by is not None:
            self.field(self.locked_by)
        for _target, via in self.shown_on:
            self.field(via)
        if self.overdue is not None:
            self.field(self.overdue.field)
            self.field(self.overdue.status)
        if self.board is not None:
            board = self.board
            names = (board.column, board.title, board.subtitle, board.amount, board.weighted)
            for name in (*names, board.currency, board.due):
                self.field(name)
        if self.default_filter is not None and self.default_filter_spec() is None:
            raise KeyError(f"{self.key} has no filter {self.default_filter!r}")

    def default_filter_spec(self) -> FilterSpec | None:
        """The filter the list opens on; None: all records."""
        return next((f for f in self.filters if f.name == self.default_filter), None)

    def field(self, name: str) -> FieldSpec:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"{self.key} has no field {name!r}") from None

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    @property
    def column_fields(self) -> tuple[FieldSpec, ...]:
        """Fields a list may show (everything but long text)."""
        return tuple(f for f in self.fields if f.kind is not Kind.MULTILINE)

    @property
    def searchable_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.searchable)

    @property
    def name_fields(self) -> tuple[str, ...]:
        """The fields a display name is made of: the title fields and the name order."""
        order = (self.name_order,) if self.name_order else ()
        return (*self.title_fields, *order)

    def display_name(self, values: dict[str, Any]) -> str:
        """The record's name as its owner writes it (family name first when the name
        order says so); ``values`` holds at least :attr:`name_fields`."""
        titles = self.title_fields
        if self.name_order and values.get(self.name_order) == FAMILY_FIRST:
            titles = titles[::-1]
        return " ".join(str(values[n]) for n in titles if values.get(n)).strip()


def with_history_tab(record_type: RecordType) -> RecordType:
    """``record_type`` with the History tab last among its related tabs: every type has
    one (the changes of the record on show), so no type names it itself."""
    if any(tab.page == "history" for tab in record_type.related):
        return record_type
    history = RelatedTab(N_("History"), record_type.key, page="history")
    return replace(record_type, related=(*record_type.related, history))


#: a :attr:`RecordType.shown_on` target standing for every other record type
EVERY_TYPE = "*"


def with_shown_on_tabs(types: tuple[RecordType, ...]) -> tuple[RecordType, ...]:
    """``types`` with the tabs other types ask for through :attr:`RecordType.shown_on`,
    after each type's own tabs; a type named that is not among ``types`` is skipped (a
    registry of a few types, in tests)."""
    keys = [record_type.key for record_type in types]
    extra: dict[str, list[RelatedTab]] = {}
    for record_type in types:
        link = record_type.link_fields
        for target, via in record_type.shown_on:
            by_link = link is not None and via == link[1]
            tab = RelatedTab(
                record_type.label,
                record_type.key,
                None if by_link else via,
                page=record_type.tab_page,
            )
            targets = (
                [k for k in keys if k != record_type.key] if target == EVERY_TYPE else [target]
            )
            for key in targets:
                if key in keys:
                    extra.setdefault(key, []).append(tab)
    # A registry made again from another's types (with_column_limits) has the tabs already.
    return tuple(
        replace(t, related=(*t.related, *(x for x in extra[t.key] if x not in t.related)))
        if t.key in extra
        else t
        for t in types
    )


class Registry:
    """All record types, in navigation order."""

    GROUPS = (
        N_("Sales"),
        N_("Activities"),
        N_("Marketing"),
        N_("Support"),
        N_("Tools"),
        N_("Analytics"),
        N_("Admin"),
    )
    #: the pages of their own a related tab may name (views/records/related_tabs.py builds them)
    PAGES: tuple[str, ...] = ("stage_history", "activity_history", "history", "files", "timeline")
    #: a campaign's members and the messages sent to them (views/campaigns/)
    PAGES += ("campaign_members", "campaign_messages")
    #: a record's mail, the messages from and to its addresses (views/mail/)
    PAGES += ("mail",)
    #: the forms of their own a type may name (views/records/form_factory.py makes them)
    FORMS = ("document", "activity")
    #: the parts of the generic form a type may name (views/records/form_parts.py)
    FORM_PARTS = (
        "lead_conversion",
        "forecast",
        "photo",
        "duplicate_hint",
        "case_closing",
        "contract_renewal",
        "document_file",
        "campaign_results",
    )

    def __init__(self, types: Iterable[RecordType]):
        self._types: dict[str, RecordType] = {}
        for record_type in with_shown_on_tabs(tuple(types)):
            record_type = with_history_tab(record_type)
            if record_type.key in self._types:
                raise ValueError(f"record type {record_type.key!r} registered twice")
            if record_type.group not in self.GROUPS:
                raise ValueError(f"{record_type.key}: unknown group {record_type.group!r}")
            if record_type.form is not None and record_type.form not in self.FORMS:
                raise ValueError(f"{record_type.key}: unknown form {record_type.form!r}")
            for part in record_type.form_parts:
                if part not in self.FORM_PARTS:
                    raise ValueError(f"{record_type.key}: unknown form part {part!r}")
            self._types[record_type.key] = record_type
        for record_type in self._types.values():
            for f in record_type.fields:
                if f.kind is Kind.REFERENCE and f.reference not in self._types:
                    raise ValueError(f"{record_type.key}.{f.name} refers to unknown {f.reference}")
            for tab in record_type.related:
                target = self.get(tab.record_type)
                if tab.page is not None:
                    if tab.page not in self.PAGES:
                        raise ValueError(f"{record_type.key}: unknown page {tab.page!r}")
                elif tab.via is not None:
                    target.field(tab.via)
                elif target.link_fields is None:
                    raise ValueError(f"{record_type.key}: {target.key} has no link fields")

    def get(self, key: str) -> RecordType:
        try:
            return self._types[key]
        except KeyError:
            raise KeyError(f"no record type {key!r}") from None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._types.values())

    def __contains__(self, key: object) -> bool:
        return key in self._types

    def keys(self) -> list[str]:
        return list(self._types)

    def groups(self) -> list[tuple[str, list[RecordType]]]:
        """Navigation groups that have at least one record type, in order."""
        grouped = [(g, [t for t in self._types.values() if t.group == g]) for g in self.GROUPS]
        return [(g, types) for g, types in grouped if types]

    def references_to(self, key: str) -> list[tuple[RecordType, FieldSpec]]:
        """Every (record type, reference field) that points at record type ``key``."""
        return [
            (t, f)
            for t in self._types.values()
            for f in t.fields
            if f.kind is Kind.REFERENCE and f.reference == key
        ]
