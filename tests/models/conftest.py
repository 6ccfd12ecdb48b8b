"""Shared by the migrations' tests."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command

from crm_desktop.models import Database
from crm_desktop.models.migrate import alembic_config


def downgraded(db: Database, revision: str, check: Callable[[], bool]) -> str:
    """``db`` taken down to ``revision``, where ``check()`` holds, and closed: the address
    to open it at again (which upgrades it to the head)."""
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), revision)
    assert check()
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()
    return target
