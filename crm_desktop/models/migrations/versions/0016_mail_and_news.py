"""News feeds and their items; mail folders, messages, attachments and their links.

Revision ID: 0016_mail_and_news
Revises: 0015_campaigns
Create Date: 2026-12-07 06:30:00

Plain tables (see models/news.py and models/mail.py), none a record table. A folder
keeps its UIDVALIDITY and the highest UID stored, so a fetch reads only what is new and
one cut short starts again where it stopped; a message's links name their record by type
and id, as the history does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_mail_and_news"
down_revision = "0015_campaigns"
branch_labels = None
depends_on = None


def _news() -> None:
    op.create_table(
        "news_feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("folder", sa.String(100), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("etag", sa.String(300), nullable=True),
        sa.Column("last_modified", sa.String(100), nullable=True),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name="fk_news_feeds_organization_id_organizations",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_news_feeds"),
        sa.UniqueConstraint("url", name="uq_news_feeds_url"),
    )
    op.create_table(
        "news_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(500), nullable=False),
        sa.Column("title", sa.String(1000), nullable=False),
        sa.Column("link", sa.String(2000), nullable=False),
        sa.Column("author", sa.String(300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.Column("is_read", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("is_starred", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["news_feeds.id"],
            name="fk_news_items_feed_id_news_feeds",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_news_items"),
        sa.UniqueConstraint("feed_id", "guid", name="uq_news_items_feed_id_guid"),
    )
    op.create_index(
        "ix_news_items_feed_id_published_at_id", "news_items", ["feed_id", "published_at", "id"]
    )
    op.create_index("ix_news_items_published_at_id", "news_items", ["published_at", "id"])


def _mail() -> None:
    op.create_table(
        "mail_folders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(400), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("uid_validity", sa.BigInteger(), nullable=True),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_mail_folders"),
        sa.UniqueConstraint("account", "name", name="uq_mail_folders_account_name"),
    )
    op.create_table(
        "mail_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("folder_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=False),
        sa.Column("subject", sa.String(1000), nullable=False),
        sa.Column("from_address", sa.String(320), nullable=False),
        sa.Column("from_name", sa.String(300), nullable=False),
        sa.Column("to_text", sa.Text(), nullable=False),
        sa.Column("cc_text", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("is_read", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["folder_id"],
            ["mail_folders.id"],
            name="fk_mail_messages_folder_id_mail_folders",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_mail_messages"),
        sa.UniqueConstraint("folder_id", "uid", name="uq_mail_messages_folder_id_uid"),
    )
    op.create_index(
        "ix_mail_messages_folder_id_sent_at_id", "mail_messages", ["folder_id", "sent_at", "id"]
    )
    op.create_table(
        "mail_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(50), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("mime_type", sa.String(200), nullable=False),
        sa.Column("encoding", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["mail_messages.id"],
            name="fk_mail_attachments_message_id_mail_messages",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_mail_attachments"),
    )
    op.create_index("ix_mail_attachments_message_id", "mail_attachments", ["message_id"])
    op.create_table(
        "mail_links",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(64), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("how", sa.String(10), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["mail_messages.id"],
            name="fk_mail_links_message_id_mail_messages",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", "record_type", "record_id", name="pk_mail_links"),
    )
    op.create_index(
        "ix_mail_links_record", "mail_links", ["record_type", "record_id", "message_id"]
    )


def upgrade() -> None:
    _news()
    _mail()


def downgrade() -> None:
    for table in ("mail_links", "mail_attachments", "mail_messages", "mail_folders"):
        op.drop_table(table)
    op.drop_table("news_items")
    op.drop_table("news_feeds")
