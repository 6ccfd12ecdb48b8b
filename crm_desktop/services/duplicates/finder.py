"""Likely duplicates: of a record being typed (the form's hint) and over a whole type.

Both read the indexed ``*_match`` columns (keys.py). The hint makes one index look-up per
key; "find duplicates" groups each key in SQL, a slice of the key space at a time, so
that progress is told and a Cancel is seen between slices, and groups come out while
the rest is still being read.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    Integer,
    Table,
    Text,
    and_,
    any_,
    bindparam,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from crm_desktop.models.database import Database
from crm_desktop.registry import Registry
from crm_desktop.services.duplicates.keys import RULES, MatchRule, key_columns, match_keys
from crm_desktop.services.duplicates.types import Candidate, DuplicateGroup
from crm_desktop.services.records.service import table_of
from crm_desktop.textfold import fold

#: what a check compares, in the order "find duplicates" reads them
REASONS = ("email", "phone", "name")
#: first characters of keys: each reason is read in the slices between them
_BOUNDS = {
    "email": tuple("0123456789abcdefghijklmnopqrstuvwxyz"),
    "phone": tuple("23456789"),
    "name": tuple("bcdefghijklmnopqrstuvwxyz"),
}
#: ids whose names are read at a time
_NAMES_BATCH = 20_000
#: at most this many likely duplicates of a record being typed
HINT_LIMIT = 10


Progress = Callable[[int, int], None]


class DuplicateFinder:
    def __init__(self, db: Database, registry: Registry):
        self.db = db
        self.registry = registry
        self._hint_statements: dict[str, Select[Any]] = {}

    def supports(self, type_key: str) -> bool:
        """Whether records of ``type_key`` are checked for duplicates."""
        return type_key in RULES and type_key in self.registry

    def compared_fields(self, type_key: str) -> tuple[str, ...]:
        """The fields of ``type_key`` a likely duplicate is found by (a change to any of
        them calls for another look)."""
        rule = RULES[type_key]
        names = (*rule.name_fields, *rule.email_fields, *rule.phone_fields, rule.scope_field)
        return tuple(n for n in names if n is not None)

    def _rule(self, type_key: str) -> tuple[MatchRule, Table]:
        if not self.supports(type_key):
            raise ValueError(f"{type_key} records are not checked for duplicates")
        return RULES[type_key], table_of(self.registry.get(type_key))

    # -- the form's hint --------------------------------------------------------------------------
    def likely(
        self, type_key: str, values: Mapping[str, Any], exclude_id: int | None = None
    ) -> list[Candidate]:
        """Live records that share an e-mail, a phone number or the name (in the same
        organization, when one is given) with ``values``, at most :data:`HINT_LIMIT`."""
        rule, _table = self._rule(type_key)
        keys = match_keys(type_key, values)
        wanted: dict[str, set[str]] = {}
        for reason in ("email", "phone"):
            wanted[reason] = {
                k for c in key_columns(rule, reason) if (k := keys.get(c)) is not None
            }
        name = keys.get("name_match")
        if name is None and not any(wanted.values()):
            return []
        scope = self._scope_value(rule, values)
        params = {
            "email": sorted(wanted["email"]),
            "phone": sorted(wanted["phone"]),
            "name": name,
            "any_scope": scope is None,
            "scope": scope,
            "exclude": -1 if exclude_id is None else exclude_id,
        }
        found: dict[int, list[str]] = {}
        with self.db.read() as session:
            for record_id, reason in session.execute(self._hint_statement(type_key), params):
                found.setdefault(record_id, []).append(reason)
            ordered = sorted(found, key=lambda i: (-len(found[i]), -i))[:HINT_LIMIT]
            shown = self._candidates(session, type_key, ordered)
        return [
            Candidate(c.id, c.number, c.name, c.detail, tuple(dict.fromkeys(found[c.id])))
            for c in (shown[i] for i in ordered if i in shown)
        ]

    def _hint_statement(self, type_key: str) -> Select[Any]:
        """The hint's one statement for ``type_key``, made once (the form asks at every
        pause in typing): a branch per key column on its own index, at most
        HINT_LIMIT rows each, the values as parameters."""
        statement = self._hint_statements.get(type_key)
        if statement is not None:
            return statement
        rule, table = self._rule(type_key)
        live = and_(table.c.deleted_at.is_(None), table.c.id != bindparam("exclude"))
        branches: list[tuple[str, ColumnElement[bool]]] = [
            (reason, table.c[column].in_(bindparam(reason, expanding=True)))
            for reason in ("email", "phone")
            for column in key_columns(rule, reason)
        ]
        same_name = table.c.name_match == bindparam("name")
        if rule.name_scope is not None:
            # No scope given: the name alone (the index's first column still serves).
            scope = or_(
                bindparam("any_scope", type_=Boolean),
                table.c[rule.name_scope] == bindparam("scope"),
            )
            same_name = and_(same_name, scope)
        branches.append(("name", same_name))
        parts = []
        for reason, where in branches:
            ids = select(table.c.id).where(where, live).limit(HINT_LIMIT).subquery()
            parts.append(select(ids.c.id, literal(reason).label("reason")))
        statement = select(union_all(*parts).subquery())
        self._hint_statements[type_key] = statement
        return statement

    @staticmethod
    def _scope_value(rule: MatchRule, values: Mapping[str, Any]) -> Any:
        """The value of the name's scope in ``values`` (a folded company for a lead), or
        None when the user has not given it: the name alone is then compared."""
        if rule.scope_field is None:
            return None
        value = values.get(rule.scope_field)
        if rule.name_scope != rule.scope_field:  # the column is the field's folded twin
            return fold(value) or None
        return value

    # -- over a whole type ------------------------------------------------------------------------
    def find(
        self,
        type_key: str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[DuplicateGroup]:
        """Every group of live records sharing a key, for each reason in turn. Stops
        quietly when ``cancelled()`` turns true (checked between slices)."""
        rule, table = self._rule(type_key)
        slices = [(reason, lo, hi) for reason in REASONS for lo, hi in _slices(reason)]
        for done, (reason, lo, hi) in enumerate(slices):
            if cancelled is not None and cancelled():
                return
            with self.db.read() as session:
                groups = self._groups(session, rule, table, reason, lo, hi)
                ids = sorted({i for _key, members in groups for i in members})
                shown = self._candidates(session, type_key, ids)
            for key, members in groups:
                records = tuple(shown[i] for i in members if i in shown)
                if len(records) > 1:
                    yield DuplicateGroup(type_key, reason, key, records)
            if progress is not None:
                progress(done + 1, len(slices))

    def _groups(
        self,
        session: Session,
        rule: MatchRule,
        table: Table,
        reason: str,
        lo: str | None,
        hi: str | None,
    ) -> list[tuple[str, list[int]]]:
        """(key, ids) of the keys in [lo, hi) that more than one live record has."""
        scope = rule.name_scope if reason == "name" else None
        parts = []
        for column in key_columns(rule, reason):
            key = table.c[column]
            where: list[ColumnElement[bool]] = [key.is_not(None), table.c.deleted_at.is_(None)]
            if lo is not None:
                where.append(key >= lo)
            if hi is not None:
                where.append(key < hi)
            scope_column = table.c[scope] if scope else literal(None)
            parts.append(
                select(key.label("k"), scope_column.label("s"), table.c.id.label("i")).where(*where)
            )
        keyed = parts[0].subquery() if len(parts) == 1 else union_all(*parts).subquery()
        if session.get_bind().dialect.name == "sqlite":
            ids = func.group_concat(keyed.c.i)
        else:
            ids = func.string_agg(keyed.c.i.cast(Text), literal(","))
        rows = session.execute(
            select(keyed.c.k, ids).group_by(keyed.c.k, keyed.c.s).having(func.count() > 1)
        )
        # DISTINCT aggregates would cost a temporary tree per group: a record with the
        # same key in two of its fields (office and mobile phone) is counted once here.
        # Sorted here too: an ORDER BY would sort the slice's keys again.
        groups = ((k, sorted({int(i) for i in str(members).split(",")})) for k, members in rows)
        return sorted((k, ids) for k, ids in groups if len(ids) > 1)

    def _candidates(self, session: Session, type_key: str, ids: list[int]) -> dict[int, Candidate]:
        """Live records of ``ids`` as a list shows them, by id."""
        record_type = self.registry.get(type_key)
        rule, table = self._rule(type_key)
        names = record_type.name_fields
        details = rule.detail_fields
        columns = [table.c.id, table.c.number, *(table.c[n] for n in (*names, *details))]
        shown: dict[int, Candidate] = {}
        for start in range(0, len(ids), _NAMES_BATCH):
            batch = ids[start : start + _NAMES_BATCH]
            rows = session.execute(
                select(*columns).where(_id_in(session, table, batch), table.c.deleted_at.is_(None))
            )
            # Plain tuples: a find at a million contacts reads hundreds of thousands.
            for record_id, number, *texts in rows:
                name = record_type.display_name(dict(zip(names, texts, strict=False)))
                detail = next((str(t) for t in texts[len(names) :] if t), "")
                shown[record_id] = Candidate(record_id, number, name, detail)
        return shown


def _id_in(session: Session, table: Table, ids: list[int]) -> ColumnElement[bool]:
    """``table.id`` among ``ids`` as one parameter (a JSON array on SQLite, an array on
    PostgreSQL): thousands of ids without thousands of bound parameters to process."""
    if session.get_bind().dialect.name == "sqlite":
        listed = func.json_each(json.dumps(ids)).table_valued("value")
        return table.c.id.in_(select(listed.c.value))
    return table.c.id == any_(literal(ids, ARRAY(Integer)))


def _slices(reason: str) -> list[tuple[str | None, str | None]]:
    """[lo, hi) ranges of keys covering every key once: (None, b1), (b1, b2), ..., (bn, None)."""
    bounds: list[str | None] = [None, *_BOUNDS[reason], None]
    return list(itertools.pairwise(bounds))
