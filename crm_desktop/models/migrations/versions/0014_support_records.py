"""Cases, contracts, documents (their files and contents apart), projects and their tasks.

Revision ID: 0014_support_records
Revises: 0013_name_order
Create Date: 2026-12-07 06:30:00

Each record table gets what every record table has (``add_record_table``). A document's
bytes live in ``document_contents``, one row per file version, so that the lists of
documents and of a document's versions never read a blob.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import add_record_table, drop_record_table

revision = "0014_support_records"
down_revision = "0013_name_order"
branch_labels = None
depends_on = None

_LIVE = "deleted_at IS NULL"
#: table -> (number prefix or None, its list columns, its indexed references)
_RECORD_TABLES = {
    "cases": (
        "CAS-",
        (
            "number",
            "title_key",
            "organization_name_key",
            "contact_name_key",
            "queue_order",
            "severity",
            "status",
            "due_at",
            "owner_id",
            "modified_at",
        ),
        ("organization_id", "contact_id", "product_id"),
    ),
    "contracts": (
        "CTR-",
        (
            "number",
            "name_key",
            "organization_name_key",
            "contract_type",
            "start_date",
            "end_date",
            "value",
            "currency",
            "status",
            "owner_id",
            "modified_at",
        ),
        ("organization_id", "contact_id", "renewed_from_id"),
    ),
    "documents": (
        "DOC-",
        (
            "number",
            "title_key",
            "folder_key",
            "related_name_key",
            "file_name_key",
            "size",
            "owner_id",
            "modified_at",
        ),
        (),
    ),
    "projects": (
        "PRJ-",
        (
            "number",
            "name_key",
            "organization_name_key",
            "status",
            "start_date",
            "end_date",
            "progress",
            "owner_id",
            "modified_at",
        ),
        ("organization_id", "opportunity_id"),
    ),
    "project_tasks": (
        None,
        (
            "name_key",
            "project_name_key",
            "status",
            "start_date",
            "end_date",
            "percent_done",
            "owner_id",
            "modified_at",
        ),
        ("project_id", "depends_on_id"),
    ),
}


def _text(name: str, length: int, nullable: bool = True) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _key(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=400), nullable=False)


def _reference(
    name: str, cache: str | None, keyed: bool, *, required: bool = False
) -> list[object]:
    """A reference column, its cached name (and that name's folded key)."""
    parts: list[object] = [sa.Column(name, sa.Integer(), nullable=not required)]
    if cache:
        parts.append(_text(cache, 300))
        if keyed:
            parts.append(_key(f"{cache}_key"))
    return parts


def _record(table: str, numbered: bool, *columns: object, references: dict[str, str]) -> None:
    """``op.create_table`` with the columns every record has and foreign keys to the users
    and to ``references`` (column -> table)."""
    users = {"owner_id": "users", "created_by_id": "users", "modified_by_id": "users"}
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        *columns,  # type: ignore[arg-type]
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("modified_by_id", sa.Integer(), nullable=True),
        *([_text("number", 32, nullable=False)] if numbered else []),
        *(
            sa.ForeignKeyConstraint(
                [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
            )
            for column, target in {**references, **users}.items()
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        *([sa.UniqueConstraint("number", name=op.f(f"uq_{table}_number"))] if numbered else []),
    )


def _indexes(table: str, list_columns: tuple[str, ...], references: tuple[str, ...]) -> None:
    for column in list_columns:
        op.create_index(
            f"ix_{table}_live_{column}",
            table,
            [column, "id"],
            unique=False,
            sqlite_where=sa.text(_LIVE),
            postgresql_where=sa.text(_LIVE),
        )
    for column in references:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def _create_tables() -> None:
    _record(
        "cases",
        True,
        _text("title", 300, nullable=False),
        _key("title_key"),
        *_reference("organization_id", "organization_name", True),
        *_reference("contact_id", "contact_name", True),
        *_reference("product_id", "product_name", False),
        _text("priority", 20, nullable=False),
        _text("queue_order", 40, nullable=False),
        _text("severity", 20),
        _text("status", 40, nullable=False),
        _text("category", 40),
        _text("origin", 40),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        references={
            "organization_id": "organizations",
            "contact_id": "contacts",
            "product_id": "products",
        },
    )
    _record(
        "contracts",
        True,
        _text("name", 300, nullable=False),
        _key("name_key"),
        *_reference("organization_id", "organization_name", True),
        *_reference("contact_id", "contact_name", False),
        _text("contract_type", 40),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=True),
        _text("currency", 3, nullable=False),
        _text("status", 20, nullable=False),
        sa.Column("renewal_reminder_days", sa.Integer(), nullable=True),
        _text("billing_terms", 40),
        *_reference("renewed_from_id", "renewed_from_name", False),
        references={
            "organization_id": "organizations",
            "contact_id": "contacts",
            "renewed_from_id": "contracts",
        },
    )
    _record(
        "documents",
        True,
        _text("title", 300, nullable=False),
        _key("title_key"),
        _text("folder", 200),
        _key("folder_key"),
        _text("related_type", 40),
        sa.Column("related_id", sa.Integer(), nullable=True),
        _text("related_name", 300),
        _key("related_name_key"),
        sa.Column("current_version", sa.Integer(), nullable=False),
        _text("file_name", 255),
        _key("file_name_key"),
        sa.Column("size", sa.BigInteger(), nullable=True),
        references={},
    )
    op.create_index("ix_documents_related", "documents", ["related_type", "related_id"])
    op.create_table(
        "document_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _text("file_name", 255, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        _text("sha256", 64, nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_files_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["users.id"], name=op.f("fk_document_files_added_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_files")),
        sa.UniqueConstraint(
            "document_id", "version", name=op.f("uq_document_files_document_id_version")
        ),
    )
    op.create_table(
        "document_contents",
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["document_files.id"],
            name=op.f("fk_document_contents_file_id_document_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("file_id", name=op.f("pk_document_contents")),
    )
    _record(
        "projects",
        True,
        _text("name", 300, nullable=False),
        _key("name_key"),
        *_reference("organization_id", "organization_name", True),
        *_reference("opportunity_id", "opportunity_name", False),
        _text("status", 40, nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=False),
        references={"organization_id": "organizations", "opportunity_id": "opportunities"},
    )
    _record(
        "project_tasks",
        False,
        _text("name", 300, nullable=False),
        _key("name_key"),
        *_reference("project_id", "project_name", True, required=True),
        sa.Column("milestone", sa.Boolean(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        _text("status", 40, nullable=False),
        sa.Column("percent_done", sa.Integer(), nullable=False),
        *_reference("depends_on_id", "depends_on_name", False),
        references={"project_id": "projects", "depends_on_id": "project_tasks"},
    )


def upgrade() -> None:
    _create_tables()
    for table, (prefix, list_columns, references) in _RECORD_TABLES.items():
        _indexes(table, list_columns, references)
        add_record_table(table, number_prefix=prefix)


def downgrade() -> None:
    for table in reversed(_RECORD_TABLES):
        drop_record_table(table)
        if table == "documents":
            op.drop_table("document_contents")
            op.drop_table("document_files")
        op.drop_table(table)
