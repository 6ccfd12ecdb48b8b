"""Finding the record a row matches: by e-mail, by phone compared as a number, or by
name (and organization). The live records' keys are read once per import into memory
(a primary key and a few short columns per record), and every record the import
creates is added, so two rows of one file match each other too."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.exchange.csv.values import same_phone
from crm_desktop.registry import Kind, RecordType
from crm_desktop.services.imports.plan import MatchRule
from crm_desktop.services.records.bulk_insert import Folder
from crm_desktop.services.records.service import table_of

_DIGITS = re.compile(r"\D+")
#: the trailing digits two numbers written differently still share ("+84 28 3822 1234"
#: and "028 38221234"); candidates are then compared as numbers
_TAIL = 7


class Target:
    """A record a row may match: its id once it is in the database (None while a new
    record waits to be written) and what is compared."""

    __slots__ = ("id", "phones")

    def __init__(self, record_id: int | None, phones: tuple[str, ...] = ()):
        self.id = record_id
        self.phones = phones


class MatchIndex:
    def __init__(self, rule: MatchRule, record_type: RecordType, default_region: str | None):
        self.rule = rule
        self.record_type = record_type
        self.region = default_region
        self.fold = Folder()
        kind = Kind.EMAIL if rule is MatchRule.EMAIL else Kind.PHONE
        self._kind_fields = [f.name for f in record_type.fields if f.kind is kind]
        self._name_fields = [*record_type.title_fields, *self._company_fields()]
        self._targets: dict[str, list[Target]] = {}

    def _company_fields(self) -> list[str]:
        """The organization a name is matched within: a reference's cached name, or a
        lead's company."""
        for f in self.record_type.fields:
            if f.kind is Kind.REFERENCE and f.reference == "organizations" and f.cache:
                return [f.cache]
        return ["company"] if self.record_type.has_field("company") else []

    def load(self, session: Session) -> None:
        table = table_of(self.record_type)
        names = self._kind_fields if self.rule is not MatchRule.NAME else self._name_fields
        if not names:
            return
        query = select(table.c.id, *(table.c[n] for n in names)).where(table.c.deleted_at.is_(None))
        for row in session.execute(query):
            self.add(dict(zip(names, row[1:], strict=True)), Target(row[0]))

    def _keys(self, values: dict[str, Any]) -> Iterable[str]:
        if self.rule is MatchRule.NAME:
            parts = [self.fold(values.get(n)) for n in self._name_fields]
            if any(parts[: len(self.record_type.title_fields)]):
                yield "\x1f".join(parts)
            return
        for name in self._kind_fields:
            value = values.get(name)
            if not value:
                continue
            if self.rule is MatchRule.EMAIL:
                yield str(value).strip().casefold()
            else:
                digits = _DIGITS.sub("", str(value))
                if digits:
                    yield digits[-_TAIL:]

    def add(self, values: dict[str, Any], target: Target) -> None:
        if self.rule is MatchRule.PHONE:
            target.phones = tuple(str(values[n]) for n in self._kind_fields if values.get(n))
        for found in self._keys(values):
            self._targets.setdefault(found, []).append(target)

    def find(self, values: dict[str, Any]) -> Target | None:
        """The first record ``values`` match, or None."""
        phones = [str(values[n]) for n in self._kind_fields if values.get(n)]
        for found in self._keys(values):
            for target in self._targets.get(found, ()):
                if self.rule is not MatchRule.PHONE:
                    return target
                if any(same_phone(a, b, self.region) for a in phones for b in target.phones):
                    return target
        return None
