"""Quotes, sales orders, their lines and taxes; tax rates and currencies.

Revision ID: 0002_quotes_orders
Revises: 0001_initial
Create Date: 2026-11-23 19:31:36.286540
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import full_text_index, start_numbering

revision = "0002_quotes_orders"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


SEARCHABLE_TABLES = ("quotes", "sales_orders")
SEQUENCES = (("quotes", "QUO-"), ("sales_orders", "SO-"))
#: code, name, symbol, decimals (ISO 4217 minor units), thousands and decimal separators
CURRENCIES = (
    ("USD", "US dollar", "$", 2, ",", "."),
    ("EUR", "Euro", "€", 2, ".", ","),
    ("BRL", "Brazilian real", "R$", 2, ".", ","),
    ("VND", "Vietnamese đồng", "₫", 0, ".", ","),
    ("ISK", "Icelandic króna", "kr", 0, ".", ","),
    ("GBP", "Pound sterling", "£", 2, ",", "."),
    ("JPY", "Japanese yen", "¥", 0, ",", "."),
)


def _create_full_text_indexes() -> None:
    for table in SEARCHABLE_TABLES:
        for statement in full_text_index(table):
            op.execute(statement)


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name == "sqlite":
        _create_full_text_indexes()
    start_numbering(SEQUENCES)
    op.bulk_insert(
        sa.table(
            "currencies",
            sa.column("code", sa.String),
            sa.column("name", sa.String),
            sa.column("symbol", sa.String),
            sa.column("decimals", sa.Integer),
            sa.column("thousands_separator", sa.String),
            sa.column("decimal_separator", sa.String),
            sa.column("active", sa.Boolean),
        ),
        [
            {
                "code": code,
                "name": name,
                "symbol": symbol,
                "decimals": decimals,
                "thousands_separator": thousands,
                "decimal_separator": point,
                "active": True,
            }
            for code, name, symbol, decimals, thousands, point in CURRENCIES
        ],
    )


def _create_tables() -> None:
    op.create_table(
        "currencies",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("symbol", sa.String(length=8), nullable=False),
        sa.Column("decimals", sa.Integer(), nullable=False),
        sa.Column("thousands_separator", sa.String(length=1), nullable=False),
        sa.Column("decimal_separator", sa.String(length=1), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_currencies")),
    )
    op.create_table(
        "tax_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tax_rates")),
        sa.UniqueConstraint("name", name=op.f("uq_tax_rates_name")),
    )
    op.create_table(
        "quotes",
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("modified_by_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("subject_key", sa.String(length=400), nullable=False),
        sa.Column("organization_name", sa.String(length=300), nullable=True),
        sa.Column("organization_name_key", sa.String(length=400), nullable=False),
        sa.Column("contact_name", sa.String(length=300), nullable=True),
        sa.Column("contact_name_key", sa.String(length=400), nullable=False),
        sa.Column("opportunity_name", sa.String(length=340), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_mode", sa.String(length=16), nullable=False),
        sa.Column("discount_percent", sa.BigInteger(), nullable=True),
        sa.Column("discount_amount", sa.BigInteger(), nullable=True),
        sa.Column("shipping_amount", sa.BigInteger(), nullable=True),
        sa.Column("adjustment", sa.BigInteger(), nullable=True),
        sa.Column("subtotal", sa.BigInteger(), nullable=False),
        sa.Column("discount_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("shipping_tax_total", sa.BigInteger(), nullable=False),
        sa.Column("grand_total", sa.BigInteger(), nullable=False),
        sa.Column("billing_street", sa.String(length=400), nullable=True),
        sa.Column("billing_city", sa.String(length=120), nullable=True),
        sa.Column("billing_state", sa.String(length=120), nullable=True),
        sa.Column("billing_postal_code", sa.String(length=20), nullable=True),
        sa.Column("billing_country", sa.String(length=120), nullable=True),
        sa.Column("shipping_street", sa.String(length=400), nullable=True),
        sa.Column("shipping_city", sa.String(length=120), nullable=True),
        sa.Column("shipping_state", sa.String(length=120), nullable=True),
        sa.Column("shipping_postal_code", sa.String(length=20), nullable=True),
        sa.Column("shipping_country", sa.String(length=120), nullable=True),
        sa.Column("terms", sa.Text(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_quotes_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_quotes_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["modified_by_id"], ["users.id"], name=op.f("fk_quotes_modified_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_quotes_opportunity_id_opportunities"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_quotes_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_quotes_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("number", name=op.f("uq_quotes_number")),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quotes_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            "ix_quotes_live_contact_name_key",
            ["contact_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_currency",
            ["currency", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_grand_total",
            ["grand_total", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_modified_at",
            ["modified_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_number",
            ["number", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_organization_name_key",
            ["organization_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_owner_id",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_stage",
            ["stage", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_subject_key",
            ["subject_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_quotes_live_valid_until",
            ["valid_until", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_quotes_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_quotes_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "quote_lines",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("discount_percent", sa.BigInteger(), nullable=True),
        sa.Column("discount_amount", sa.BigInteger(), nullable=True),
        sa.Column("discount_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("line_total", sa.BigInteger(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["quotes.id"],
            name=op.f("fk_quote_lines_document_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_quote_lines_product_id_products"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_lines")),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f("uq_quote_lines_document_id_position")
        ),
    )
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_lines_product_id"), ["product_id"], unique=False)

    op.create_table(
        "sales_orders",
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("customer_po", sa.String(length=100), nullable=True),
        sa.Column("quote_id", sa.Integer(), nullable=True),
        sa.Column("quote_name", sa.String(length=340), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("modified_by_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("subject_key", sa.String(length=400), nullable=False),
        sa.Column("organization_name", sa.String(length=300), nullable=True),
        sa.Column("organization_name_key", sa.String(length=400), nullable=False),
        sa.Column("contact_name", sa.String(length=300), nullable=True),
        sa.Column("contact_name_key", sa.String(length=400), nullable=False),
        sa.Column("opportunity_name", sa.String(length=340), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_mode", sa.String(length=16), nullable=False),
        sa.Column("discount_percent", sa.BigInteger(), nullable=True),
        sa.Column("discount_amount", sa.BigInteger(), nullable=True),
        sa.Column("shipping_amount", sa.BigInteger(), nullable=True),
        sa.Column("adjustment", sa.BigInteger(), nullable=True),
        sa.Column("subtotal", sa.BigInteger(), nullable=False),
        sa.Column("discount_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("shipping_tax_total", sa.BigInteger(), nullable=False),
        sa.Column("grand_total", sa.BigInteger(), nullable=False),
        sa.Column("billing_street", sa.String(length=400), nullable=True),
        sa.Column("billing_city", sa.String(length=120), nullable=True),
        sa.Column("billing_state", sa.String(length=120), nullable=True),
        sa.Column("billing_postal_code", sa.String(length=20), nullable=True),
        sa.Column("billing_country", sa.String(length=120), nullable=True),
        sa.Column("shipping_street", sa.String(length=400), nullable=True),
        sa.Column("shipping_city", sa.String(length=120), nullable=True),
        sa.Column("shipping_state", sa.String(length=120), nullable=True),
        sa.Column("shipping_postal_code", sa.String(length=20), nullable=True),
        sa.Column("shipping_country", sa.String(length=120), nullable=True),
        sa.Column("terms", sa.Text(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_sales_orders_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_sales_orders_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["modified_by_id"], ["users.id"], name=op.f("fk_sales_orders_modified_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_sales_orders_opportunity_id_opportunities"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_sales_orders_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_sales_orders_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_sales_orders_quote_id_quotes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_sales_orders_number")),
    )
    with op.batch_alter_table("sales_orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sales_orders_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            "ix_sales_orders_live_contact_name_key",
            ["contact_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_currency",
            ["currency", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_due_date",
            ["due_date", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_grand_total",
            ["grand_total", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_modified_at",
            ["modified_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_number",
            ["number", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_organization_name_key",
            ["organization_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_owner_id",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_status",
            ["status", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_sales_orders_live_subject_key",
            ["subject_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_sales_orders_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sales_orders_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sales_orders_quote_id"), ["quote_id"], unique=False)

    op.create_table(
        "quote_taxes",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.Column("tax_rate_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["quotes.id"],
            name=op.f("fk_quote_taxes_document_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["quote_lines.id"],
            name=op.f("fk_quote_taxes_line_id_quote_lines"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tax_rate_id"],
            ["tax_rates.id"],
            name=op.f("fk_quote_taxes_tax_rate_id_tax_rates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_taxes")),
    )
    with op.batch_alter_table("quote_taxes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quote_taxes_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_quote_taxes_line_id"), ["line_id"], unique=False)

    op.create_table(
        "sales_order_lines",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("discount_percent", sa.BigInteger(), nullable=True),
        sa.Column("discount_amount", sa.BigInteger(), nullable=True),
        sa.Column("discount_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("line_total", sa.BigInteger(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["sales_orders.id"],
            name=op.f("fk_sales_order_lines_document_id_sales_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_sales_order_lines_product_id_products"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order_lines")),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f("uq_sales_order_lines_document_id_position")
        ),
    )
    with op.batch_alter_table("sales_order_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sales_order_lines_product_id"), ["product_id"], unique=False
        )

    op.create_table(
        "sales_order_taxes",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.Column("tax_rate_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["sales_orders.id"],
            name=op.f("fk_sales_order_taxes_document_id_sales_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["sales_order_lines.id"],
            name=op.f("fk_sales_order_taxes_line_id_sales_order_lines"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tax_rate_id"],
            ["tax_rates.id"],
            name=op.f("fk_sales_order_taxes_tax_rate_id_tax_rates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order_taxes")),
    )
    with op.batch_alter_table("sales_order_taxes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sales_order_taxes_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sales_order_taxes_line_id"), ["line_id"], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SEARCHABLE_TABLES:
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    sequences = sa.table("sequences", sa.column("name", sa.String))
    op.execute(sequences.delete().where(sequences.c.name.in_([n for n, _ in SEQUENCES])))
    with op.batch_alter_table("sales_order_taxes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_order_taxes_line_id"))
        batch_op.drop_index(batch_op.f("ix_sales_order_taxes_document_id"))

    op.drop_table("sales_order_taxes")
    with op.batch_alter_table("sales_order_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_order_lines_product_id"))

    op.drop_table("sales_order_lines")
    with op.batch_alter_table("quote_taxes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_taxes_line_id"))
        batch_op.drop_index(batch_op.f("ix_quote_taxes_document_id"))

    op.drop_table("quote_taxes")
    with op.batch_alter_table("sales_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_orders_quote_id"))
        batch_op.drop_index(batch_op.f("ix_sales_orders_organization_id"))
        batch_op.drop_index(batch_op.f("ix_sales_orders_opportunity_id"))
        batch_op.drop_index(
            "ix_sales_orders_live_subject_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_status",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_owner_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_organization_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_modified_at",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_grand_total",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_due_date",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_currency",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_sales_orders_live_contact_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_sales_orders_contact_id"))

    op.drop_table("sales_orders")
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_lines_product_id"))

    op.drop_table("quote_lines")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quotes_organization_id"))
        batch_op.drop_index(batch_op.f("ix_quotes_opportunity_id"))
        batch_op.drop_index(
            "ix_quotes_live_valid_until",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_subject_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_stage",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_owner_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_organization_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_modified_at",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_grand_total",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_currency",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_quotes_live_contact_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_quotes_contact_id"))

    op.drop_table("quotes")
    op.drop_table("tax_rates")
    op.drop_table("currencies")
