"""Duplicate keys of leads, contacts and organizations, and the merges of duplicates.

Revision ID: 0010_duplicate_keys
Revises: 0009_record_history
Create Date: 2026-12-07 03:10:00

* ``*_match`` columns: what a duplicate check compares (a folded name, an e-mail in
  lower case, a phone's national digits), kept by the services on every save
  (services/duplicates/keys.py), each with a partial index of the live rows that have
  one. The typing hint is then an index look-up and "find duplicates" a GROUP BY that
  walks an index. The rows already in the file get their keys here, computed by the
  same function the services use (a later change of the keys needs a migration that
  computes them again).
* ``merges`` and ``merged_records``: what undoing a merge needs.

``ALTER TABLE ... ADD COLUMN`` does not rebuild the table on SQLite: the triggers of
revisions 0005 and 0007 stay.
"""

from __future__ import annotations

import functools

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.base import UTCDateTime
from crm_desktop.models.migrations.record_tables import fill_derived
from crm_desktop.services.duplicates.keys import RULES, SUFFIX, match_keys

revision = "0010_duplicate_keys"
down_revision = "0009_record_history"
branch_labels = None
depends_on = None


def _key_columns(type_key: str) -> tuple[str, ...]:
    rule = RULES[type_key]
    return tuple(f + SUFFIX for f in ("name", *rule.email_fields, *rule.phone_fields))


def _indexes(type_key: str) -> list[tuple[str, list[str], str]]:
    """(index name, columns, partial condition) of a table's duplicate keys."""
    rule, table = RULES[type_key], RULES[type_key].type_key
    indexes = []
    for column in _key_columns(type_key):
        columns = [column]
        if column == "name" + SUFFIX and rule.name_scope:
            columns.append(rule.name_scope)
        indexes.append(
            (f"ix_{table}_{column}", columns, f"{column} IS NOT NULL AND deleted_at IS NULL")
        )
    return indexes


def upgrade() -> None:
    for type_key, rule in RULES.items():
        table = rule.type_key
        derived = _key_columns(type_key)
        for column in derived:
            op.add_column(table, sa.Column(column, sa.String(400), nullable=True))
        sources = (*rule.name_fields, *rule.email_fields, *rule.phone_fields)
        fill_derived(table, sources, derived, functools.partial(match_keys, type_key))
        for name, columns, where in _indexes(type_key):
            op.create_index(
                name, table, columns, sqlite_where=sa.text(where), postgresql_where=sa.text(where)
            )
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(40), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("survivor_before", sa.Text(), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("merged_at", UTCDateTime(), nullable=False),
        sa.Column("merged_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_by_id"], ["users.id"], name="fk_merges_merged_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_merges"),
    )
    op.create_table(
        "merged_records",
        sa.Column("merge_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["merges.id"],
            name="fk_merged_records_merge_id_merges",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("merge_id", "table_name", "record_id", name="pk_merged_records"),
    )
    op.create_index("ix_merged_records_record_id", "merged_records", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_merged_records_record_id", table_name="merged_records")
    op.drop_table("merged_records")
    op.drop_table("merges")
    for type_key, rule in RULES.items():
        for name, _columns, _where in _indexes(type_key):
            op.drop_index(name, table_name=rule.type_key)
        # SQLite 3.35+ drops a column without a rebuild, as long as no index uses it.
        for column in _key_columns(type_key):
            op.drop_column(rule.type_key, column)
