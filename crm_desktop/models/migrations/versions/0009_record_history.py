"""The history of every record, in one table; opportunities' stage history moves into it.

Revision ID: 0009_record_history
Revises: 0008_import_batches
Create Date: 2026-12-07 03:00:00

``record_history`` keeps, per change of any record, who made it, when, and per field the
old and new value (models/history.py). ``opportunity_stage_history`` kept a copy of an
opportunity's stage, probability, amount and expected close date after each save that
changed one of them; its rows become the field changes between one copy and the one
before (the first copy: the opportunity's creation), and the table goes.

The values are written out as the history service writes them at this revision (raw
text: amounts without trailing zeros, dates in ISO form), not imported, so that this
revision keeps doing what it did. The downgrade builds the copies back from the changes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import (
    HISTORY_TABLE,
    create_history_table,
    drop_history_table,
)

revision = "0009_record_history"
down_revision = "0008_import_batches"
branch_labels = None
depends_on = None

#: the columns of an opportunity that its stage history kept
_TRACKED = ("sales_stage", "probability", "amount", "expected_close_date")
_MONEY_SCALE = 10_000
#: opportunities read at a time, so a large file is moved in bounded memory
_BATCH = 2_000

_stages = sa.table(
    "opportunity_stage_history",
    sa.column("id", sa.Integer),
    sa.column("opportunity_id", sa.Integer),
    sa.column("sales_stage", sa.String),
    sa.column("probability", sa.Integer),
    sa.column("amount", sa.BigInteger),
    sa.column("expected_close_date", sa.Date),
    sa.column("changed_at", sa.DateTime),
    sa.column("changed_by_id", sa.Integer),
)
_history = sa.table(
    HISTORY_TABLE,
    sa.column("record_type", sa.String),
    sa.column("record_id", sa.Integer),
    sa.column("changed_at", sa.DateTime),
    sa.column("user_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("field", sa.String),
    sa.column("old_value", sa.Text),
    sa.column("new_value", sa.Text),
)


def _raw(field: str, value: Any) -> str | None:
    """A stage-history value as the history keeps it."""
    if value is None:
        return None
    if field == "amount":
        return format((Decimal(int(value)) / _MONEY_SCALE).normalize(), "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _typed(field: str, raw: str | None) -> Any:
    """The inverse of :func:`_raw`, for the downgrade."""
    if raw is None:
        return None
    if field == "amount":
        return int(Decimal(raw) * _MONEY_SCALE)
    if field == "probability":
        return int(Decimal(raw))
    if field == "expected_close_date":
        return dt.date.fromisoformat(raw)
    return raw


def _batches(conn: sa.Connection, column: sa.ColumnElement[int]) -> list[tuple[int, int]]:
    low, high = conn.execute(sa.select(sa.func.min(column), sa.func.max(column))).one()
    if low is None:
        return []
    return [(start, start + _BATCH - 1) for start in range(low, high + 1, _BATCH)]


def _copy_stage_history(conn: sa.Connection) -> None:
    column = _stages.c.opportunity_id
    for low, high in _batches(conn, column):
        rows = conn.execute(
            sa.select(_stages)
            .where(column.between(low, high))
            .order_by(column, _stages.c.changed_at, _stages.c.id)
        ).mappings()
        entries: list[dict[str, Any]] = []
        before: dict[str, Any] | None = None
        for row in rows:
            if before is not None and before["opportunity_id"] != row["opportunity_id"]:
                before = None
            for field in _TRACKED:
                old = None if before is None else before[field]
                if (before is None and row[field] is None) or (
                    before is not None and old == row[field]
                ):
                    continue
                entries.append(
                    {
                        "record_type": "opportunities",
                        "record_id": row["opportunity_id"],
                        "changed_at": row["changed_at"],
                        "user_id": row["changed_by_id"],
                        "kind": "created" if before is None else "updated",
                        "field": field,
                        "old_value": _raw(field, old),
                        "new_value": _raw(field, row[field]),
                    }
                )
            before = dict(row)
        if entries:
            conn.execute(_history.insert(), entries)


def upgrade() -> None:
    create_history_table()
    _copy_stage_history(op.get_bind())
    op.drop_index("ix_opportunity_stage_history_opportunity_id", "opportunity_stage_history")
    op.drop_table("opportunity_stage_history")


def _restore_stage_history(conn: sa.Connection) -> None:
    """One copy of the four values per change that touched one of them."""
    column = _history.c.record_id
    tracked = sa.and_(_history.c.record_type == "opportunities", _history.c.field.in_(_TRACKED))
    for low, high in _batches(conn, sa.select(column).where(tracked).subquery().c.record_id):
        rows = conn.execute(
            sa.select(_history)
            .where(tracked, column.between(low, high))
            .order_by(column, _history.c.changed_at)
        ).mappings()
        copies: list[dict[str, Any]] = []
        for row in rows:
            last = copies[-1] if copies else None
            same_change = (
                last is not None
                and last["opportunity_id"] == row["record_id"]
                and last["changed_at"] == row["changed_at"]
            )
            if not same_change:
                kept = last if last and last["opportunity_id"] == row["record_id"] else None
                last = {
                    "opportunity_id": row["record_id"],
                    "changed_at": row["changed_at"],
                    "changed_by_id": row["user_id"],
                    **{f: kept[f] if kept else None for f in _TRACKED},
                }
                copies.append(last)
            assert last is not None
            last[row["field"]] = _typed(row["field"], row["new_value"])
        for copy in copies:
            copy["sales_stage"] = copy["sales_stage"] or ""
        if copies:
            conn.execute(_stages.insert(), copies)


def downgrade() -> None:
    op.create_table(
        "opportunity_stage_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("sales_stage", sa.String(length=40), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("expected_close_date", sa.Date(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_opportunity_stage_history_changed_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_opportunity_stage_history_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_stage_history")),
    )
    op.create_index(
        "ix_opportunity_stage_history_opportunity_id",
        "opportunity_stage_history",
        ["opportunity_id"],
    )
    _restore_stage_history(op.get_bind())
    drop_history_table()
