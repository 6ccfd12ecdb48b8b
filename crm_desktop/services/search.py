"""Global search (Ctrl+K): any record of any type by any word of its name, email, phone or
number, ignoring accents and case ("nguyen duc" finds "Nguyễn Văn Đức").

It reads the same folded search text as the lists' quick filter (an FTS5 index per table
on SQLite). Each type gives its newest matches: SQLite walks the matching ids backwards
and stops after a few rows, where ordering by name would sort every match first (at a
million contacts "nguyen" matches over a hundred thousand).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.models.database import Database
from crm_desktop.registry import Registry
from crm_desktop.services.lists import ListQuery, ListService
from crm_desktop.services.records import table_of
from crm_desktop.textfold import fold_words

#: fields shown under a hit's name, the first the record has
DETAIL_FIELDS = (
    "organization_name",
    "company",
    "email",
    "phone",
    "office_phone",
    "mobile_phone",
    "number",
)


@dataclass(frozen=True)
class SearchHit:
    record_type: str
    id: int
    title: str
    #: a number, e-mail or organization that tells same-named records apart
    detail: str


class SearchService:
    def __init__(self, db: Database, registry: Registry, lists: ListService):
        self.db = db
        self.registry = registry
        self.lists = lists

    def search(self, text: str, per_type: int = 5) -> list[SearchHit]:
        """Up to ``per_type`` matches of every record type, in navigation order."""
        if not fold_words(text):
            return []
        hits: list[SearchHit] = []
        with self.db.read() as session:
            for record_type in self.registry:
                table = table_of(record_type)
                details = [n for n in DETAIL_FIELDS if n in table.c]
                columns = [table.c[n] for n in (*record_type.title_fields, *details)]
                where = self.lists._where(record_type, ListQuery(record_type.key, quick=text))
                stmt = (
                    select(table.c.id, *columns)
                    .where(*where)
                    .order_by(table.c.id.desc())
                    .limit(per_type)
                )
                for row in session.execute(stmt):
                    values = dict(zip((*record_type.title_fields, *details), row[1:], strict=True))
                    title = record_type.display_name(values) or str(values.get("number") or "")
                    detail = next((str(values[n]) for n in details if values.get(n)), "")
                    hits.append(SearchHit(record_type.key, row[0], title, detail))
        return hits
