"""Counts of records per type (status bar, ``crm-desktop check``), and whether a database
has any record at all (the window greets a new one)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select

from crm_desktop.models.database import Database
from crm_desktop.registry import Registry
from crm_desktop.services.access.rules import UNLIMITED, Access
from crm_desktop.services.records.service import table_of


class StatsService:
    def __init__(self, db: Database, registry: Registry, access: Access = UNLIMITED):
        self.db = db
        self.registry = registry
        self.access = access

    def counts(self) -> dict[str, int]:
        """Live (not deleted) records per record type that the user sees, in registry order."""
        result: dict[str, int] = {}
        with self.db.read() as session:
            for record_type in self.registry:
                table = table_of(record_type)
                visible = self.access.visible(record_type.key, table)
                where: list[ColumnElement[bool]] = [table.c.deleted_at.is_(None)]
                if visible is not None:
                    where.append(visible)
                result[record_type.key] = int(
                    session.execute(
                        select(func.count()).select_from(table).where(*where)
                    ).scalar_one()
                )
        return result

    def has_records(self) -> bool:
        """Whether any record was ever written (those in the recycle bin count): one
        index lookup per record type, whatever the size of the tables."""
        with self.db.read() as session:
            return any(
                session.execute(select(table_of(t).c.id).limit(1)).first() is not None
                for t in self.registry
            )
