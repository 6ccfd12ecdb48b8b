"""Each user's dashboard, and the index of the pipeline board and the sales reports.

Revision ID: 0017_dashboards
Revises: 0016_mail_and_news
Create Date: 2026-12-07 06:30:00

``dashboards`` keeps the tiles of each user's dashboard in order (a user without a row
sees the default tiles). The board pages each stage's opportunities by close date on
``(sales_stage, expected_close_date, id)`` of the live rows; the index carries what the
board's heads and the sales reports add up (currency, owner, organization, amounts), so
that a stage's figures are read from it alone, never from the table's rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_dashboards"
down_revision = "0016_mail_and_news"
branch_labels = None
depends_on = None

BOARD_INDEX = "ix_opportunities_live_sales_stage_expected_close_date"
#: the board's order, then what the board's heads and the sales reports add up
BOARD_COLUMNS = [
    "sales_stage",
    "expected_close_date",
    "id",
    "currency",
    "owner_id",
    "organization_id",
    "amount",
    "weighted_amount",
]
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "dashboards",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("tiles", sa.String(length=2000), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_dashboards_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_dashboards")),
    )
    op.create_index(
        BOARD_INDEX,
        "opportunities",
        BOARD_COLUMNS,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )


def downgrade() -> None:
    op.drop_index(BOARD_INDEX, table_name="opportunities")
    op.drop_table("dashboards")
