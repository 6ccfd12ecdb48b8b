"""Alembic environment: always run with a connection handed over by the program."""

from __future__ import annotations

from alembic import context

from crm_desktop.models import activities, entities, presence, quotes  # noqa: F401  (registers the tables)
from crm_desktop.models.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CRM Desktop migrations run from the program (Database.migrate).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
