"""Global search (Ctrl+K) and the completion of reference fields: records by any word of
their name, email, phone or number, ignoring accents and case ("nguyen duc" finds
"Nguyễn Văn Đức"), each shown with what tells same-named records apart.

Both read the same folded search text as the lists' quick filter (an FTS5 index per
table on SQLite) and take the newest matches: SQLite walks the matching ids backwards
and stops after a few rows, where ordering by name would sort every match first (at a
million contacts "nguyen" matches over a hundred thousand).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, select

from crm_desktop.models.database import Database
from crm_desktop.registry import RecordType, Registry
from crm_desktop.services.access.linked import shown_names
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.records.lists import ListQuery, ListService
from crm_desktop.services.records.query_stop import QueryStop
from crm_desktop.services.records.service import table_of
from crm_desktop.services.records.types import Match, SearchHit
from crm_desktop.textfold import fold, fold_words

#: what tells two records of one name apart, shown after the name: the first field of
#: each group that the record has filled in (its organization, a way to reach it, its
#: number), so two "Thị Hương Nguyễn" of one company still differ by e-mail or number
DETAIL_GROUPS = (
    ("organization_name", "company", "contact_name"),
    ("email", "phone", "office_phone", "mobile_phone", "code"),
    ("number",),
)
#: between the parts of a detail
DETAIL_SEPARATOR = " · "


def detail_of(values: Mapping[str, Any]) -> str:
    """The detail shown after a record's name (see :data:`DETAIL_GROUPS`)."""
    parts = (
        next((str(values[n]) for n in group if values.get(n) not in (None, "", PRIVATE_NAME)), "")
        for group in DETAIL_GROUPS
    )
    return DETAIL_SEPARATOR.join(p for p in parts if p)


class SearchService:
    def __init__(self, db: Database, registry: Registry, lists: ListService):
        self.db = db
        self.registry = registry
        self.lists = lists

    def search(
        self, text: str, per_type: int = 5, *, stop: QueryStop | None = None
    ) -> list[SearchHit]:
        """Up to ``per_type`` matches of every record type, in navigation order; none
        once ``stop`` is stopped (the user typed on), the statement under way ended."""
        if not fold_words(text):
            return []
        hits: list[SearchHit] = []
        stop = stop or QueryStop()
        with self.db.read() as session:
            for record_type in self.registry:
                stmt, names = self._newest(record_type, text, per_type)
                def fetch(stmt: Any = stmt) -> list[Any]:
                    return list(session.execute(stmt).all())

                rows = stop.run(session, fetch)
                if rows is None:
                    return []
                for row in rows:
                    values = dict(zip(names, row[1:], strict=True))
                    title = _title(record_type, values)
                    hits.append(SearchHit(record_type.key, row[0], title, detail_of(values)))
        return hits

    def lookup(self, type_key: str, text: str, limit: int = 20) -> list[Match]:
        """The newest ``limit`` records of ``type_key`` whose words start with the words of
        ``text``, by name (and newest first among one name), each with its detail."""
        if not fold_words(text):
            return []
        record_type = self.registry.get(type_key)
        stmt, names = self._newest(record_type, text, limit)
        with self.db.read() as session:
            rows = session.execute(stmt).all()
        matches = []
        for row in rows:
            values = dict(zip(names, row[1:], strict=True))
            matches.append(Match(row[0], _title(record_type, values), detail_of(values)))
        # Sorted here, among the few rows read: same names side by side, told apart.
        return sorted(matches, key=lambda m: fold(m.name))

    def _newest(
        self, record_type: RecordType, text: str, limit: int
    ) -> tuple[Select[Any], tuple[str, ...]]:
        """The newest matches' ids, titles and detail fields (and the fields' names)."""
        table = table_of(record_type)
        details = tuple(n for group in DETAIL_GROUPS for n in group if n in table.c)
        titles = record_type.name_fields
        names = (*titles, *(n for n in details if n not in titles))
        where = self.lists._where(record_type, ListQuery(record_type.key, quick=text))
        shown = shown_names(self.lists.access, self.registry, record_type, table)
        stmt = (
            select(table.c.id, *(shown.get(n, table.c[n]) for n in names))
            .where(*where)
            .order_by(table.c.id.desc())
            .limit(limit)
        )
        return stmt, names


def _title(record_type: RecordType, values: dict[str, Any]) -> str:
    return record_type.display_name(values) or str(values.get("number") or "")
