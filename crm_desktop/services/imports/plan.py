"""What an import is asked to do (:class:`ImportPlan`) and what it did, as plain data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from crm_desktop.errors import fill
from crm_desktop.exchange.csv.locale_values import DateOrder
from crm_desktop.exchange.csv.presets import ColumnMap
from crm_desktop.exchange.problems import Problem

#: file name endings read as vCard files (anything else is read as CSV)
VCARD_SUFFIXES = (".vcf", ".vcard")


class MatchRule(StrEnum):
    """How a row is matched to a record that exists already."""

    EMAIL = "email"  #: any e-mail of the row is an e-mail of the record (case ignored)
    PHONE = "phone"  #: any phone of the row is a phone of the record, compared as numbers
    NAME = "name"  #: the same name (accents and case ignored) and the same organization


class OnMatch(StrEnum):
    """What a row that matches an existing record does."""

    CREATE = "create"  #: a new record anyway
    FILL = "fill"  #: the record's empty fields are filled
    UPDATE = "update"  #: every field the file maps is written
    SKIP = "skip"  #: nothing


@dataclass(frozen=True)
class ImportPlan:
    """One import: the file, how it is read, and what happens on a match.

    ``column_map`` None: the map remembered for the file's header, else the one
    ``map_columns`` makes. ``value_map``: field → {the file's value: our choice, or None
    for "leave empty"}; the file's values are compared folded (case and accents
    ignored), and a value the map does not name is matched with ``match_choice``.
    """

    path: Path
    record_type: str = "contacts"
    encoding: str | None = None
    separator: str | None = None
    column_map: ColumnMap | None = None
    value_map: Mapping[str, Mapping[str, str | None]] = field(default_factory=dict)
    match: MatchRule = MatchRule.EMAIL
    on_match: OnMatch = OnMatch.SKIP
    #: ISO country code phones without a country code are read in ("VN"); None: digits
    default_region: str | None = None
    #: the dates' order and decimal mark where a column's values do not tell
    date_order: DateOrder = DateOrder.DMY
    decimal_mark: str = "."
    #: where rejected rows are written (their cells and the reason); None: nowhere
    rejects: Path | None = None

    @property
    def is_vcard(self) -> bool:
        return self.path.suffix.lower() in VCARD_SUFFIXES


class Action(StrEnum):
    """What happens to a row."""

    CREATE = "create"
    FILL = "fill"
    UPDATE = "update"
    SKIP = "skip"
    REJECT = "reject"


@dataclass(frozen=True)
class Rejection:
    """Why a row is rejected, for one field: ``message`` is an English template marked
    with ``N_`` (the services' messages, translated in context "validation"), "%1"…
    standing for ``args``; ``label`` the field's label (a registry text)."""

    field: str
    label: str
    message: str
    args: tuple[str | int, ...] = ()

    @property
    def text(self) -> str:
        """The English sentence ("Last name: This field is required.")."""
        return f"{self.label}: {fill(self.message, self.args)}"


@dataclass
class RowOutcome:
    """A row of the file as it will be saved (or why it is not)."""

    #: the line of the file the row starts on (a vCard: which card, 1 the first)
    line: int
    action: Action
    #: field → value as it will be saved; a reference by the referenced record's name
    values: dict[str, Any] = field(default_factory=dict)
    #: the record matched (FILL, UPDATE, SKIP), None otherwise
    matched_id: int | None = None
    #: why the row is rejected (REJECT), in English: the ``rejections``' sentences
    reason: str = ""
    #: what was left out of the row or guessed (the row is saved without it)
    problems: list[Problem] = field(default_factory=list)
    #: the file's cells of the row (a vCard: its name), for the rejects file
    cells: list[str] = field(default_factory=list)
    #: why the row is rejected, field by field, for a view to translate
    rejections: list[Rejection] = field(default_factory=list)


@dataclass
class Preview:
    """The first rows of a file as they will be saved, and the rejected ones among them."""

    header: list[str]
    column_map: ColumnMap | None
    rows: list[RowOutcome]

    @property
    def rejected(self) -> list[RowOutcome]:
        return [row for row in self.rows if row.action is Action.REJECT]


@dataclass
class ImportResult:
    """What an import did (or a dry run would do)."""

    #: the file's header (a vCard file: the rejects file's columns)
    header: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    #: the batch number (None for a dry run)
    batch_id: int | None = None
    #: organizations created for the organization names of the rows (not in ``added``)
    organizations_created: int = 0
    #: the user cancelled: nothing was saved
    cancelled: bool = False
    #: the rejected rows (line, reason, cells)
    rejected_rows: list[RowOutcome] = field(default_factory=list)
    #: what was left out of imported rows, row by row
    problems: list[Problem] = field(default_factory=list)


#: the most distinct values of one column counted (a column of free text has thousands)
MOST_VALUES = 200


@dataclass(frozen=True)
class FileValue:
    """A distinct value of a column: its first spelling in the file (values are the same
    when they differ in case, accents or spaces only), how many rows hold it, and the
    choice it is recognised as (None: not recognised)."""

    text: str
    rows: int
    recognised: str | None


@dataclass
class ColumnValues:
    """The distinct values of a column saved in a field with choices, in file order."""

    values: list[FileValue] = field(default_factory=list)
    #: the column has more than :data:`MOST_VALUES` distinct values (only those counted)
    more: bool = False


@dataclass(frozen=True)
class BatchInfo:
    id: int
    record_type: str
    file_name: str
    created_at: datetime
    added: int
    updated: int
    skipped: int
    rejected: int
    undone_at: datetime | None


@dataclass
class UndoResult:
    """What undoing a batch did."""

    removed: int = 0
    restored: int = 0
    #: records left as they are because they were changed after the import:
    #: (record type, id, display name)
    kept: list[tuple[str, int, str]] = field(default_factory=list)
