"""PostgreSQL's own enforcement of who sees which records (migration 0012_row_security).

On a server every record table has row-level security policies that apply the rule of
``services.access.rules.Access.visible`` to the user the program acts for, read from the
transaction's ``crm.user_id`` setting. The program's connections for a logged-in user of an
office database carry that user (:data:`USER_OPTION`, set by ``Database.as_user``) and set
it at the start of every transaction, so whatever SQL runs on them, the server returns
only the rows that user may see. A transaction without the setting (migrations,
``migrate-to``, the single-user program) is not limited.

A few steps of a save keep other users' records consistent (a renamed organization's
name cached in every contact that links to it, whoever owns the contact): they run
:func:`unrestricted`, as the service layer decides there and then what is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection

#: the execution option of an engine whose transactions act for one user (an int id)
USER_OPTION = "crm_user_id"
#: the transaction setting the policies read
SETTING = "crm.user_id"


def install_row_security(engine: Engine) -> None:
    """Set :data:`SETTING` at the start of each transaction of a connection that acts for
    a user (PostgreSQL)."""

    @event.listens_for(engine, "begin")
    def _act_for_user(conn: Connection) -> None:
        user_id = conn.get_execution_options().get(USER_OPTION)
        if user_id is not None:
            _set(conn, str(int(user_id)))


def _set(conn: Connection, value: str) -> None:
    conn.exec_driver_sql(f"SELECT set_config('{SETTING}', %(value)s, true)", {"value": value})


@contextmanager
def unrestricted(conn: Connection) -> Iterator[None]:
    """The block's statements see every row, in the transaction of ``conn``; the user's
    limits return after it."""
    user_id = conn.get_execution_options().get(USER_OPTION)
    if user_id is None or conn.dialect.name != "postgresql":
        yield
        return
    _set(conn, "")
    try:
        yield
    finally:
        _set(conn, str(int(user_id)))
