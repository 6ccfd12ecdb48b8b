"""Initial schema: users, sequences, settings, saved filters and the first five record types.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 19:17:09.961176
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import full_text_index, start_numbering

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


SEARCHABLE_TABLES = ("leads", "organizations", "contacts", "opportunities", "products")
SEQUENCES = (
    ("leads", "LEA-"),
    ("organizations", "ORG-"),
    ("contacts", "CON-"),
    ("opportunities", "OPP-"),
    ("products", "PRD-"),
)


def _create_full_text_indexes() -> None:
    for table in SEARCHABLE_TABLES:
        for statement in full_text_index(table):
            op.execute(statement)


def upgrade() -> None:
    _create_tables()
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _create_full_text_indexes()
        op.execute("PRAGMA application_id = 1129467204")  # "CRMD"
    op.bulk_insert(
        sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text)),
        [{"key": "application", "value": "crm-desktop"}],
    )
    start_numbering(SEQUENCES)
    op.execute(
        "INSERT INTO users (id, username, full_name, active, created_at) "
        "VALUES (1, 'admin', 'Administrator', TRUE, CURRENT_TIMESTAMP)"
    )


def _create_tables() -> None:
    op.create_table(
        "sequences",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.Column("padding", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sequences")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "organizations",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("org_type", sa.String(length=40), nullable=True),
        sa.Column("industry", sa.String(length=60), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("parent_name", sa.String(length=300), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("other_phone", sa.String(length=60), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("billing_street", sa.String(length=400), nullable=True),
        sa.Column("billing_city", sa.String(length=120), nullable=True),
        sa.Column("billing_city_key", sa.String(length=400), nullable=False),
        sa.Column("billing_state", sa.String(length=120), nullable=True),
        sa.Column("billing_postal_code", sa.String(length=20), nullable=True),
        sa.Column("billing_country", sa.String(length=120), nullable=True),
        sa.Column("shipping_street", sa.String(length=400), nullable=True),
        sa.Column("shipping_city", sa.String(length=120), nullable=True),
        sa.Column("shipping_state", sa.String(length=120), nullable=True),
        sa.Column("shipping_postal_code", sa.String(length=20), nullable=True),
        sa.Column("shipping_country", sa.String(length=120), nullable=True),
        sa.Column("tax_id", sa.String(length=60), nullable=True),
        sa.Column("annual_revenue", sa.BigInteger(), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("email_opt_out", sa.Boolean(), nullable=False),
        sa.Column("do_not_call", sa.Boolean(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_organizations_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["modified_by_id"], ["users.id"], name=op.f("fk_organizations_modified_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_organizations_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organizations.id"],
            name=op.f("fk_organizations_parent_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
        sa.UniqueConstraint("number", name=op.f("uq_organizations_number")),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_organizations_live_billing_city_key",
            ["billing_city_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_email",
            ["email", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_industry",
            ["industry", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_modified_at",
            ["modified_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_name_key",
            ["name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_number",
            ["number", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_org_type",
            ["org_type", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_owner_id",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_organizations_live_phone",
            ["phone", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(batch_op.f("ix_organizations_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "products",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=True),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("unit_price", sa.BigInteger(), nullable=True),
        sa.Column("cost", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_class", sa.String(length=40), nullable=True),
        sa.Column("quantity_in_stock", sa.BigInteger(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_products_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["modified_by_id"], ["users.id"], name=op.f("fk_products_modified_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_products_owner_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("number", name=op.f("uq_products_number")),
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.create_index(
            "ix_products_live_active",
            ["active", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_category",
            ["category", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_code",
            ["code", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_modified_at",
            ["modified_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_name_key",
            ["name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_number",
            ["number", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_owner_id",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_quantity_in_stock",
            ["quantity_in_stock", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_unit_price",
            ["unit_price", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_products_live_currency",
            ["currency", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "saved_filters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_saved_filters_owner_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_filters")),
        sa.UniqueConstraint(
            "record_type",
            "owner_id",
            "name",
            name=op.f("uq_saved_filters_record_type_owner_id_name"),
        ),
    )
    op.create_table(
        "contacts",
        sa.Column("salutation", sa.String(length=20), nullable=True),
        sa.Column("first_name", sa.String(length=120), nullable=True),
        sa.Column("first_name_key", sa.String(length=400), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("last_name_key", sa.String(length=400), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=True),
        sa.Column("department", sa.String(length=120), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("organization_name", sa.String(length=300), nullable=True),
        sa.Column("organization_name_key", sa.String(length=400), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("secondary_email", sa.String(length=254), nullable=True),
        sa.Column("office_phone", sa.String(length=60), nullable=True),
        sa.Column("mobile_phone", sa.String(length=60), nullable=True),
        sa.Column("home_phone", sa.String(length=60), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("mailing_street", sa.String(length=400), nullable=True),
        sa.Column("mailing_city", sa.String(length=120), nullable=True),
        sa.Column("mailing_city_key", sa.String(length=400), nullable=False),
        sa.Column("mailing_state", sa.String(length=120), nullable=True),
        sa.Column("mailing_postal_code", sa.String(length=20), nullable=True),
        sa.Column("mailing_country", sa.String(length=120), nullable=True),
        sa.Column("lead_source", sa.String(length=40), nullable=True),
        sa.Column("do_not_call", sa.Boolean(), nullable=False),
        sa.Column("email_opt_out", sa.Boolean(), nullable=False),
        sa.Column("no_messages", sa.Boolean(), nullable=False),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column("reports_to_name", sa.String(length=300), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_contacts_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["modified_by_id"], ["users.id"], name=op.f("fk_contacts_modified_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_contacts_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_contacts_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"], ["contacts.id"], name=op.f("fk_contacts_reports_to_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("number", name=op.f("uq_contacts_number")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contacts_live_email",
            ["email", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_first_name_key",
            ["first_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_last_name_key",
            ["last_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_mailing_city_key",
            ["mailing_city_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_mobile_phone",
            ["mobile_phone", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_modified_at",
            ["modified_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_number",
            ["number", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_office_phone",
            ["office_phone", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_organization_name_key",
            ["organization_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_owner_id",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_contacts_live_title",
            ["title", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "opportunities",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("organization_name", sa.String(length=300), nullable=True),
        sa.Column("organization_name_key", sa.String(length=400), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(length=300), nullable=True),
        sa.Column("contact_name_key", sa.String(length=400), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("expected_close_date", sa.Date(), nullable=True),
        sa.Column("sales_stage", sa.String(length=40), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("weighted_amount", sa.BigInteger(), nullable=True),
        sa.Column("opportunity_type", sa.String(length=40), nullable=True),
        sa.Column("lead_source", sa.String(length=40), nullable=True),
        sa.Column("campaign", sa.String(length=200), nullable=True),
        sa.Column("next_step", sa.String(length=300), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_opportunities_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_opportunities_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["modified_by_id"], ["users.id"], name=op.f("fk_opportunities_modified_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_opportunities_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_opportunities_owner_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
        sa.UniqueConstraint("number", name=op.f("uq_opportunities_number")),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunities_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            "ix_opportunities_live_amount",
            ["amount", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_contact_name_key",
            ["contact_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_currency",
            ["currency", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_expected_close_date",
            ["expected_close_date", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_modified_at",
            ["modified_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_name_key",
            ["name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_number",
            ["number", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_organization_name_key",
            ["organization_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_owner_id",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_probability",
            ["probability", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_sales_stage",
            ["sales_stage", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_opportunities_live_weighted_amount",
            ["weighted_amount", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_opportunities_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "leads",
        sa.Column("salutation", sa.String(length=20), nullable=True),
        sa.Column("first_name", sa.String(length=120), nullable=True),
        sa.Column("first_name_key", sa.String(length=400), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("last_name_key", sa.String(length=400), nullable=False),
        sa.Column("company", sa.String(length=300), nullable=True),
        sa.Column("company_key", sa.String(length=400), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("mobile_phone", sa.String(length=60), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("street", sa.String(length=400), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("city_key", sa.String(length=400), nullable=False),
        sa.Column("state", sa.String(length=120), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("country", sa.String(length=120), nullable=True),
        sa.Column("lead_source", sa.String(length=40), nullable=True),
        sa.Column("lead_status", sa.String(length=40), nullable=True),
        sa.Column("rating", sa.String(length=40), nullable=True),
        sa.Column("industry", sa.String(length=60), nullable=True),
        sa.Column("annual_revenue", sa.BigInteger(), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("converted", sa.Boolean(), nullable=False),
        sa.Column("converted_at", sa.DateTime(), nullable=True),
        sa.Column("converted_organization_id", sa.Integer(), nullable=True),
        sa.Column("converted_contact_id", sa.Integer(), nullable=True),
        sa.Column("converted_opportunity_id", sa.Integer(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["converted_contact_id"],
            ["contacts.id"],
            name=op.f("fk_leads_converted_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["converted_opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_leads_converted_opportunity_id_opportunities"),
        ),
        sa.ForeignKeyConstraint(
            ["converted_organization_id"],
            ["organizations.id"],
            name=op.f("fk_leads_converted_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_leads_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["modified_by_id"], ["users.id"], name=op.f("fk_leads_modified_by_id_users")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_leads_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
        sa.UniqueConstraint("number", name=op.f("uq_leads_number")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_leads_live_city_key",
            ["city_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_company_key",
            ["company_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_email",
            ["email", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_first_name_key",
            ["first_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_last_name_key",
            ["last_name_key", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_lead_source",
            ["lead_source", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_lead_status",
            ["lead_status", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_modified_at",
            ["modified_at", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_number",
            ["number", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_owner_id",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "ix_leads_live_phone",
            ["phone", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

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
    with op.batch_alter_table("opportunity_stage_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunity_stage_history_opportunity_id"),
            ["opportunity_id"],
            unique=False,
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in SEARCHABLE_TABLES:
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    with op.batch_alter_table("opportunity_stage_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_stage_history_opportunity_id"))

    op.drop_table("opportunity_stage_history")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_leads_live_phone",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_owner_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_modified_at",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_lead_status",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_lead_source",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_last_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_first_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_email",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_company_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_leads_live_city_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.drop_table("leads")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunities_organization_id"))
        batch_op.drop_index(
            "ix_opportunities_live_weighted_amount",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_sales_stage",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_probability",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_owner_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_organization_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_modified_at",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_expected_close_date",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_currency",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_contact_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_opportunities_live_amount",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_opportunities_contact_id"))

    op.drop_table("opportunities")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_organization_id"))
        batch_op.drop_index(
            "ix_contacts_live_title",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_owner_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_organization_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_office_phone",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_modified_at",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_mobile_phone",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_mailing_city_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_last_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_first_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_contacts_live_email",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.drop_table("contacts")
    op.drop_table("saved_filters")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_products_live_unit_price",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_currency",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_quantity_in_stock",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_owner_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_modified_at",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_category",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_products_live_active",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.drop_table("products")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organizations_parent_id"))
        batch_op.drop_index(
            "ix_organizations_live_phone",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_owner_id",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_org_type",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_name_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_modified_at",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_industry",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_email",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "ix_organizations_live_billing_city_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.drop_table("organizations")
    op.drop_table("users")
    op.drop_table("settings")
    op.drop_table("sequences")
