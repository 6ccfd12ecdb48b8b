"""Campaigns and their members, opportunities attributed to a campaign, each user's mail
account, messages to a segment and their per-recipient send log.

Revision ID: 0015_campaigns
Revises: 0014_support_records
Create Date: 2026-12-07 06:30:00

``campaigns`` is a record table like the others (numbers CAM-, the full-text index, the
live count and the change counter through ``add_record_table``). An opportunity gains
``campaign_id`` (and the campaign's cached name), a plain integer kept by the record
service like ``users.role_id``: on SQLite a column with a foreign key is dropped only by
rebuilding the table, which would lose its triggers. Contacts and leads gain the
Messenger user name a message's chat opens on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import add_record_table, drop_record_table

revision = "0015_campaigns"
down_revision = "0014_support_records"
branch_labels = None
depends_on = None

_LIVE = "deleted_at IS NULL"
_LIST_COLUMNS = (
    "number",
    "name_key",
    "campaign_type",
    "status",
    "start_date",
    "end_date",
    "budget_cost",
    "actual_cost",
    "owner_id",
    "modified_at",
)


def _user_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"], name=f"fk_{table}_{column}_users")


def _campaigns() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("campaign_type", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("budget_cost", sa.BigInteger(), nullable=True),
        sa.Column("actual_cost", sa.BigInteger(), nullable=True),
        sa.Column("expected_revenue", sa.BigInteger(), nullable=True),
        sa.Column("expected_responses", sa.Integer(), nullable=True),
        sa.Column("actual_responses", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("modified_by_id", sa.Integer(), nullable=True),
        _user_fk("campaigns", "owner_id"),
        _user_fk("campaigns", "created_by_id"),
        _user_fk("campaigns", "modified_by_id"),
        sa.PrimaryKeyConstraint("id", name="pk_campaigns"),
        sa.UniqueConstraint("number", name="uq_campaigns_number"),
    )
    for column in _LIST_COLUMNS:
        op.create_index(
            f"ix_campaigns_live_{column}",
            "campaigns",
            [column, "id"],
            sqlite_where=sa.text(_LIVE),
            postgresql_where=sa.text(_LIVE),
        )
    add_record_table("campaigns", number_prefix="CAM-")
    op.create_table(
        "campaign_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("member_type", sa.String(length=40), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("response", sa.String(length=40), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name="fk_campaign_members_campaign_id_campaigns",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_campaign_members"),
        sa.UniqueConstraint(
            "campaign_id",
            "member_type",
            "member_id",
            name="uq_campaign_members_campaign_id_member_type_member_id",
        ),
    )
    op.create_index("ix_campaign_members_member", "campaign_members", ["member_type", "member_id"])
    op.add_column("opportunities", sa.Column("campaign_id", sa.Integer(), nullable=True))
    op.add_column("opportunities", sa.Column("campaign_name", sa.String(length=300)))
    # A campaign's opportunities and its won revenue are read from this index alone.
    op.create_index(
        "ix_opportunities_campaign",
        "opportunities",
        ["campaign_id", "sales_stage", "currency", "amount"],
        sqlite_where=sa.text(_LIVE),
        postgresql_where=sa.text(_LIVE),
    )
    # The Messenger user name a chat with a contact or a lead opens on.
    for table in ("contacts", "leads"):
        op.add_column(table, sa.Column("messenger", sa.String(length=100), nullable=True))


def _server(prefix: str) -> list[sa.Column[object]]:
    return [
        sa.Column(f"{prefix}_host", sa.String(length=253), nullable=True),
        sa.Column(f"{prefix}_port", sa.Integer(), nullable=True),
        sa.Column(f"{prefix}_security", sa.String(length=10), nullable=True),
        sa.Column(f"{prefix}_user", sa.String(length=254), nullable=True),
    ]


def _mail() -> None:
    op.create_table(
        "mail_accounts",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        *_server("smtp"),
        *_server("imap"),
        _user_fk("mail_accounts", "user_id"),
        sa.PrimaryKeyConstraint("user_id", name="pk_mail_accounts"),
    )
    op.create_table(
        "message_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        _user_fk("message_runs", "user_id"),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name="fk_message_runs_campaign_id_campaigns"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_message_runs"),
    )
    op.create_index("ix_message_runs_campaign_id", "message_runs", ["campaign_id"])
    op.create_index("ix_message_runs_fingerprint", "message_runs", ["fingerprint"])
    op.create_table(
        "message_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["message_runs.id"],
            name="fk_message_deliveries_run_id_message_runs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_message_deliveries"),
        sa.UniqueConstraint(
            "run_id",
            "record_type",
            "record_id",
            name="uq_message_deliveries_run_id_record_type_record_id",
        ),
    )
    op.create_index(
        "ix_message_deliveries_record", "message_deliveries", ["record_type", "record_id"]
    )


def upgrade() -> None:
    _campaigns()
    _mail()


def downgrade() -> None:
    op.drop_table("message_deliveries")
    op.drop_table("message_runs")
    op.drop_table("mail_accounts")
    for table in ("contacts", "leads"):
        op.drop_column(table, "messenger")
    op.drop_index("ix_opportunities_campaign", table_name="opportunities")
    # SQLite 3.35+ drops a column without a rebuild, as long as no index or key uses it.
    op.drop_column("opportunities", "campaign_name")
    op.drop_column("opportunities", "campaign_id")
    op.drop_table("campaign_members")
    drop_record_table("campaigns")
    op.drop_table("campaigns")
