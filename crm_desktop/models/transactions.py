"""How a write transaction ends, and what an exclusive one takes first, on either database.

Used by :class:`~crm_desktop.models.database.Database`; see docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.errors import DatabaseUnreachable
from crm_desktop.models.sqlite_rules import APPLICATION_ID


def take_setup_lock(conn: Connection) -> None:
    """On a database server, wait for the other programs' exclusive writes (a transaction
    advisory lock, released at commit or rollback). PostgreSQL checks nothing against
    tables that are not committed yet: two programs creating the schema of an empty
    database at once collided on its catalogue (``pg_type_typname_nsp_index``)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID})


@contextmanager
def committing(transactional: Session | Connection) -> Iterator[None]:
    """Commit when the block ends normally, roll back when it raises. On a database server,
    tell the other programs (see models/watch.py) that something changed."""
    try:
        yield
    except BaseException:
        transactional.rollback()
        raise
    bind = transactional.get_bind() if isinstance(transactional, Session) else transactional
    if bind.dialect.name == "postgresql":
        transactional.execute(text("NOTIFY crm_changes"))
    try:
        transactional.commit()
    except DBAPIError as exc:
        if exc.connection_invalidated:  # the commit may have been done, or not
            raise DatabaseUnreachable(
                "The database server closed the connection while saving; look whether "
                "the change was kept before you save it again."
            ) from exc
        raise
