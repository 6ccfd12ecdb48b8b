"""The schema and transactions, on SQLite and on a database server alike."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from crm_desktop.models import Database
from crm_desktop.models.database import KNOWN_REVISIONS, SCHEMA_HEAD


def test_new_database_is_at_the_newest_revision_with_a_default_user(db: Database) -> None:
    with db.read() as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        users = session.execute(text("SELECT username FROM users")).scalars().all()
    assert revision == SCHEMA_HEAD
    assert users == ["admin"]


def test_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(text("UPDATE users SET full_name = 'X' WHERE id = 1"))
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.execute(text("SELECT full_name FROM users")).scalar() == "Administrator"


def test_known_revisions_match_the_migration_scripts() -> None:
    from crm_desktop.models.migrate import script_revisions

    assert tuple(script_revisions()) == KNOWN_REVISIONS


def test_migrations_build_exactly_the_models_schema(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from crm_desktop.models.base import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    # FTS5 shadow tables and the change counters (migration 0007) are ours but not in
    # the metadata: ignore "remove_table" for them.
    diffs = [
        d
        for d in diffs
        if not (
            d[0] == "remove_table"
            and (
                d[1].name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config"))
                or d[1].name == "table_changes"
            )
        )
    ]
    assert diffs == []
