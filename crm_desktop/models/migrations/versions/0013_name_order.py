"""The order a contact or a lead writes the name in: given name first, or family name first.

Revision ID: 0013_name_order
Revises: 0012_row_security
Create Date: 2026-12-07 06:30:00

``contacts`` and ``leads`` gain ``name_order`` ("Given name first", "Family name first").
The rows already in the file get the order their name tells (a Vietnamese, Hungarian,
Chinese, Japanese or Korean name: family name first), else the one of the locale of the
program that migrates, by the function the record service uses for new records
(services/records/names.py). The names other records keep of a contact or a lead (a
quote's or an opportunity's contact, a contact's manager, an activity's "related to")
are written again in that order where it is family name first, with their sort keys.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import FILL_BATCH, fill_derived
from crm_desktop.registry.spec import FAMILY_FIRST
from crm_desktop.services.records.names import order_of, system_locale
from crm_desktop.textfold import fold

revision = "0013_name_order"
down_revision = "0012_row_security"
branch_labels = None
depends_on = None

PEOPLE = ("contacts", "leads")
#: (table, reference column, cached name, its sort key or None) of the names of contacts
#: kept in other records
_CONTACT_CACHES = (
    ("contacts", "reports_to_id", "reports_to_name", None),
    ("opportunities", "contact_id", "contact_name", "contact_name_key"),
    ("quotes", "contact_id", "contact_name", "contact_name_key"),
    ("sales_orders", "contact_id", "contact_name", "contact_name_key"),
)


def _order(locale_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    return {"name_order": order_of(row["first_name"], row["last_name"], locale_name)}


def upgrade() -> None:
    locale_name = system_locale()
    for table in PEOPLE:
        op.add_column(table, sa.Column("name_order", sa.String(20), nullable=True))
        fill_derived(
            table,
            ("first_name", "last_name"),
            ("name_order",),
            functools.partial(_order, locale_name),
        )
    for table, reference, cache, key in _CONTACT_CACHES:
        referring = sa.table(table, sa.column("id"), sa.column(reference))
        _rename(table, referring.c[reference], "contacts", cache, key)
    for person in PEOPLE:
        activities = sa.table(
            "activities", sa.column("id"), sa.column("related_type"), sa.column("related_id")
        )
        _rename(
            "activities",
            activities.c.related_id,
            person,
            "related_name",
            "related_name_key",
            activities.c.related_type == person,
        )


def _rename(
    table: str,
    reference: sa.ColumnClause[Any],
    person: str,
    cache: str,
    key: str | None,
    *where: sa.ColumnElement[bool],
) -> None:
    """Write the names ``table`` keeps of ``person`` records (through ``reference``) family
    name first where the person writes it so, in batches of the referring rows' ids."""
    referring = reference.table
    assert referring is not None  # a column of a table, not a free-standing one
    # An alias: a contact's manager is a contact too.
    people = sa.table(
        person,
        sa.column("id"),
        sa.column("first_name"),
        sa.column("last_name"),
        sa.column("name_order"),
    ).alias("person")
    names = (cache, key) if key is not None else (cache,)
    target = sa.table(table, sa.column("id"), *(sa.column(c) for c in names))
    write = (
        target.update()
        .where(target.c.id == sa.bindparam("row_id"))
        .values({c: sa.bindparam(f"new_{c}") for c in names})
    )
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(referring.c.id, people.c.first_name, people.c.last_name)
            .join(people, people.c.id == reference)
            .where(people.c.name_order == FAMILY_FIRST, referring.c.id > last, *where)
            .order_by(referring.c.id)
            .limit(FILL_BATCH)
        ).all()
        if not rows:
            return
        changes = []
        for row_id, first, family in rows:
            name = " ".join(part for part in (family, first) if part)
            values = {cache: name, key: fold(name)} if key is not None else {cache: name}
            changes.append({"row_id": row_id, **{f"new_{c}": v for c, v in values.items()}})
        bind.execute(write, changes)
        last = rows[-1][0]


def downgrade() -> None:
    # SQLite 3.35+ drops a column without a rebuild, as long as no index uses it. The
    # names kept in other records stay as they are: they are a name the person writes.
    for table in PEOPLE:
        op.drop_column(table, "name_order")
