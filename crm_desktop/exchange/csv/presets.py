"""Which of our fields each column of a CSV file fills, recognised from its header.

A preset knows the headers of one program's export (Outlook, Google Contacts,
Thunderbird, LinkedIn); the generic one knows our own field labels in every language we
ship. The recognised preset maps the columns it knows; the generic one then maps those
left that carry one of our labels; the rest are ignored. Nothing here reads cells.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingABC
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.exchange.csv import preset_headers as h
from crm_desktop.exchange.csv.labels import key, names_of
from crm_desktop.registry import Kind, RecordType, default_registry

#: record types a CSV file can be imported into
IMPORTABLE = ("contacts", "organizations", "leads", "opportunities", "products")
GENERIC = "generic"


class Use(StrEnum):
    """What a column's cells are for."""

    FIELD = "field"  #: the value of ``field``
    FULL_NAME = "full_name"  #: a whole name, to split into first and last name
    SEVERAL = "several"  #: one or more values of ``field``'s kind (e-mails, phones)
    TYPE = "type"  #: the kind (Work, Mobile…) of the values in column ``type_of``
    IGNORED = "ignored"


@dataclass(frozen=True)
class ColumnMapping:
    index: int
    header: str
    use: Use
    #: the field filled (FIELD, SEVERAL: the first value's field)
    field: str | None = None
    #: for SEVERAL: the column saying which kind each value is (Google's "- Type")
    type_column: int | None = None
    #: for TYPE: the column whose values this one describes
    type_of: int | None = None


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    #: folded header → concept
    concepts: MappingABC[str, str]
    #: folded header → (concept of several values, header prefix of its type column)
    several: MappingABC[str, tuple[str, str]]
    #: headers one of which must be present for the preset to be recognised
    signature: tuple[str, ...]


@dataclass(frozen=True)
class ColumnMap:
    """How the columns of a file are read into one record type."""

    preset: str
    record_type: str
    columns: tuple[ColumnMapping, ...]

    def fields(self) -> dict[str, int]:
        """Field name → the first column filling it."""
        found: dict[str, int] = {}
        for column in self.columns:
            if column.field and column.use in (Use.FIELD, Use.SEVERAL):
                found.setdefault(column.field, column.index)
        return found


def _preset(
    key_: str,
    title: str,
    headers: MappingABC[str, str],
    signature: Sequence[str],
    several: MappingABC[str, tuple[str, str]] | None = None,
) -> Preset:
    return Preset(
        key_,
        title,
        {key(k): v for k, v in headers.items()},
        {key(k): v for k, v in (several or {}).items()},
        tuple(key(s) for s in signature),
    )


PRESETS: tuple[Preset, ...] = (
    _preset("linkedin", "LinkedIn", h.LINKEDIN, h.LINKEDIN_SIGNATURE),
    _preset("thunderbird", "Thunderbird", h.THUNDERBIRD, h.THUNDERBIRD_SIGNATURE),
    _preset("google", "Google Contacts", h.GOOGLE, h.GOOGLE_SIGNATURE, h.GOOGLE_SEVERAL),
    _preset("outlook", "Outlook", h.OUTLOOK, h.OUTLOOK_SIGNATURE),
)
_SEVERAL_KIND = {"emails": "email", "phones": "work_phone"}


def recognise(header: Sequence[str]) -> str:
    """The key of the preset that knows the most of ``header``; "generic" if none fits."""
    keys = {key(cell) for cell in header}
    best, best_count = GENERIC, 0
    for preset in PRESETS:
        if not keys & set(preset.signature):
            continue
        count = len(keys & (preset.concepts.keys() | preset.several.keys()))
        if count > best_count:
            best, best_count = preset.key, count
    return best


def map_columns(header: Sequence[str], record_type: str, preset: str | None = None) -> ColumnMap:
    """Map ``header``'s columns to fields of ``record_type`` with ``preset`` (recognised
    from the header when None), then by our field labels. A field is filled by one
    column only (a later column naming it again is ignored), except e-mails and phones:
    their columns (SEVERAL) fill the type's fields of that kind in turn, the column's
    own field first."""
    if record_type not in IMPORTABLE:
        raise ValueError(f"not an importable record type: {record_type}")
    preset = preset or recognise(header)
    chosen = next((p for p in PRESETS if p.key == preset), None)
    if chosen is None and preset != GENERIC:
        raise ValueError(f"no such preset: {preset}")
    rtype = default_registry().get(record_type)
    concept_fields = h.CONCEPT_FIELDS.get(record_type, {})
    by_label = _label_keys(rtype)
    folded = [key(cell) for cell in header]
    type_columns = {f: i for i, f in reversed(list(enumerate(folded)))}
    taken: set[str] = set()
    columns: list[ColumnMapping] = []
    for index, (cell, folded_cell) in enumerate(zip(header, folded, strict=True)):
        column = _known_column(
            index, cell, folded_cell, chosen, concept_fields, by_label, type_columns, rtype
        )
        if column.use is Use.FIELD and column.field in taken:
            column = ColumnMapping(index, cell, Use.IGNORED)
        if column.field and column.use is Use.FIELD:
            taken.add(column.field)
        columns.append(column)
    typed = {c.type_column: c.index for c in columns if c.type_column is not None}
    columns = [
        ColumnMapping(c.index, c.header, Use.TYPE, type_of=typed[c.index])
        if c.index in typed
        else c
        for c in columns
    ]
    return ColumnMap(preset, record_type, tuple(columns))


def _known_column(
    index: int,
    cell: str,
    folded: str,
    preset: Preset | None,
    concept_fields: MappingABC[str, str],
    by_label: MappingABC[str, str],
    type_columns: MappingABC[str, int],
    rtype: RecordType,
) -> ColumnMapping:
    has_names = rtype.has_field("first_name") and rtype.has_field("last_name")
    if preset is not None:
        concept = preset.concepts.get(folded)
        if concept == h.IGNORE:
            return ColumnMapping(index, cell, Use.IGNORED)
        if concept == "full_name" and has_names:
            return ColumnMapping(index, cell, Use.FULL_NAME)
        if concept is not None and concept in concept_fields:
            return ColumnMapping(index, cell, Use.FIELD, concept_fields[concept])
        if folded in preset.several:
            several, type_prefix = preset.several[folded]
            field_ = concept_fields.get(_SEVERAL_KIND[several])
            if field_:
                type_column = type_columns.get(key(type_prefix + "Type"))
                if type_column is None:
                    type_column = type_columns.get(key(type_prefix + "Label"))
                return ColumnMapping(index, cell, Use.SEVERAL, field_, type_column=type_column)
    if folded in by_label:
        field_ = by_label[folded]
        kind = rtype.field(field_).kind
        use = Use.SEVERAL if kind in (Kind.EMAIL, Kind.PHONE) else Use.FIELD
        return ColumnMapping(index, cell, use, field_)
    if has_names and folded in {key(n) for n in h.FULL_NAME_HEADERS}:
        return ColumnMapping(index, cell, Use.FULL_NAME)
    return ColumnMapping(index, cell, Use.IGNORED)


def _label_keys(rtype: RecordType) -> dict[str, str]:
    """Folded label (in every language) or field name → field, for fields an import
    may fill; the first field with a label keeps it (billing before shipping street)."""
    found: dict[str, str] = {}
    for spec in rtype.fields:
        if spec.read_only or spec.kind is Kind.USER:
            continue
        for name in (*names_of(spec.label, "registry"), spec.name):
            found.setdefault(key(name), spec.name)
    return found
